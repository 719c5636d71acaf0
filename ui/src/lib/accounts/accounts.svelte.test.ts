import { describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { AccountForm, AccountsState } from "./accounts.svelte";

describe("AccountForm", () => {
  it("names each missing field and keeps what was typed", () => {
    const f = new AccountForm();
    f.apiKey = "sk_1234";
    f.environment = "custom";
    expect(f.validate()).toBe(false);
    expect(Object.keys(f.errors).sort()).toEqual(["customUrl", "name"]);
    expect(f.apiKey).toBe("sk_1234");
    f.name = "Label";
    f.customUrl = "ftp://x";
    expect(f.validate()).toBe(false);
    expect(f.errors.customUrl).toMatch(/https:\/\//);
    f.customUrl = "https://api.example.com";
    f.apiKey = "sk 1234";
    expect(f.validate()).toBe(false);
    expect(f.errors.apiKey).toMatch(/spaces/);
  });
});

describe("AccountsState", () => {
  it("keeps the form and shows the server's message when saving fails", async () => {
    const backend = {
      listProfiles: vi.fn(async () => []),
      keychainStatus: vi.fn(async () => ({ available: true, code: null, message: "ok" })),
      addProfile: vi.fn(async () => {
        throw { code: "keychain_locked", message: "Your keychain is locked." };
      }),
    } as unknown as Backend;
    const s = new AccountsState(backend);
    await s.load();
    s.form.name = "Label";
    s.form.apiKey = "sk_abcd";
    expect(await s.add()).toBeNull();
    expect(s.form.serverError).toBe("Your keychain is locked.");
    expect(s.form.apiKey).toBe("sk_abcd");
    expect(s.keychain?.available).toBe(false);
  });

  it("refuses to save without a keychain unless the session-only choice is made", async () => {
    const add = vi.fn(async () => ({ id: "p1", name: "T", environment: "sandbox", customUrl: null, keyHint: "abcd", keyStorage: "session_only", lastBrandId: null }));
    const backend = {
      listProfiles: vi.fn(async () => []),
      keychainStatus: vi.fn(async () => ({ available: false, code: "keychain_unavailable", message: "No keychain." })),
      addProfile: add,
    } as unknown as Backend;
    const s = new AccountsState(backend);
    await s.load();
    s.form.name = "T";
    s.form.apiKey = "sk_abcd";
    expect(await s.add()).toBeNull();
    expect(add).not.toHaveBeenCalled();
    s.form.sessionOnly = true;
    await s.add();
    // What was sent: the explicit session-only choice, with the form's values.
    expect(add).toHaveBeenCalledTimes(1);
    expect(add).toHaveBeenCalledWith({ name: "T", environment: "sandbox", customUrl: null, apiKey: "sk_abcd", sessionOnly: true });
    expect(s.profiles.map((p) => p.id)).toEqual(["p1"]);
    expect(s.form.apiKey).toBe("");
  });
});
