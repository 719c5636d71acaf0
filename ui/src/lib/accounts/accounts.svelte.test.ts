import { describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { AccountForm, AccountsState } from "./accounts.svelte";

describe("AccountForm", () => {
  it("puts each of core's problems at its field and keeps what was typed", async () => {
    const problems = [
      { field: "name", code: "invalid", message: "Give the account a name, e.g. \"Label Sandbox\".", fix: null },
      { field: "customUrl", code: "invalid", message: "Use https:// for a remote API: your key must not travel unencrypted.", fix: null },
      { field: "apiKey", code: "invalid", message: "Paste the whole API key: it cannot be empty or contain spaces.", fix: null },
    ];
    const backend = {
      listProfiles: vi.fn(async () => []),
      keychainStatus: vi.fn(async () => ({ available: true, code: null, message: "ok" })),
      addProfile: vi.fn(async () => {
        throw { code: "validation", message: problems[0]!.message, problems };
      }),
    } as unknown as Backend;
    const s = new AccountsState(backend);
    await s.load();
    s.form.environment = "custom";
    s.form.customUrl = "http://api.example.com";
    s.form.apiKey = "sk 1234";
    expect(await s.add()).toBeNull();
    expect(s.form.errors).toEqual({ name: problems[0]!.message, customUrl: problems[1]!.message, apiKey: problems[2]!.message });
    expect(s.form.serverError).toBeNull();
    expect([s.form.customUrl, s.form.apiKey]).toEqual(["http://api.example.com", "sk 1234"]);
    // What was sent is what was typed: core judges it, the form writes no message of its own.
    expect(backend.addProfile).toHaveBeenCalledWith(expect.objectContaining({ name: "", customUrl: "http://api.example.com", apiKey: "sk 1234" }));
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
