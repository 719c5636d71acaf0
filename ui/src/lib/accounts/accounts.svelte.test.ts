import { describe, expect, it, vi } from "vitest";
import type { Backend } from "../backend/backend";
import { AccountsState, CHOOSE_META_ENVIRONMENT, environmentLabel } from "./accounts.svelte";

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

/** A backend whose add_profile records what it got and answers with a saved profile. */
function recording(keychain = true) {
  const add = vi.fn(async (input: Record<string, unknown>) => ({
    id: "p1", name: String(input.name), environment: input.environment, customUrl: input.customUrl, keyHint: "abcd",
    keyStorage: "keychain", lastBrandId: null, provider: input.provider ?? "symphony", ...(input.adAccountId ? { adAccountId: input.adAccountId } : {}),
  }));
  const backend = {
    listProfiles: vi.fn(async () => []),
    keychainStatus: vi.fn(async () => ({ available: keychain, code: null, message: "ok" })),
    addProfile: add,
  } as unknown as Backend;
  return { backend, add };
}

describe("AccountsState.add for each provider", () => {
  it("sends a Symphony account exactly as before: no provider, no ad account, even after visiting Meta", async () => {
    const { backend, add } = recording();
    const s = new AccountsState(backend);
    await s.load();
    s.form.name = "Label";
    s.form.apiKey = "sk_abcd";
    s.form.provider = "meta";
    s.form.environment = "custom";
    s.form.customUrl = "http://127.0.0.1:8080/v10.0";
    s.form.adAccountId = "act_1010";
    s.form.provider = "symphony";
    await s.add();
    expect(add).toHaveBeenCalledWith({ name: "Label", environment: "sandbox", customUrl: null, apiKey: "sk_abcd", sessionOnly: false });
  });

  it("sends a Meta account with its provider, ad account, place and token, and never Symphony's address", async () => {
    const { backend, add } = recording();
    const s = new AccountsState(backend);
    await s.load();
    s.form.environment = "custom";
    s.form.customUrl = "https://symphony.example.com";
    s.form.provider = "meta";
    s.form.name = "Luna on Meta";
    s.form.apiKey = "EAAB_token_abcd";
    s.form.adAccountId = "act_1234567890";
    s.form.environment = "production";
    const saved = await s.add();
    expect(add).toHaveBeenCalledWith({
      name: "Luna on Meta", environment: "production", customUrl: null, apiKey: "EAAB_token_abcd", sessionOnly: false,
      provider: "meta", adAccountId: "act_1234567890",
    });
    expect(saved?.provider).toBe("meta");
    // The next account starts empty, still on Meta, with no place chosen.
    expect([s.form.provider, s.form.environment, s.form.adAccountId, s.form.apiKey]).toEqual(["meta", null, "", ""]);
    // Symphony is back at its safe default.
    s.form.provider = "symphony";
    expect(s.form.environment).toBe("sandbox");
  });

  it("sends a Meta simulator's address with a custom place", async () => {
    const { backend, add } = recording();
    const s = new AccountsState(backend);
    await s.load();
    s.form.provider = "meta";
    s.form.name = "Meta sim";
    s.form.environment = "custom";
    s.form.customUrl = "http://127.0.0.1:8080/v10.0";
    s.form.adAccountId = "1010";
    s.form.apiKey = "tok_abcd";
    await s.add();
    expect(add).toHaveBeenCalledWith(expect.objectContaining({ environment: "custom", customUrl: "http://127.0.0.1:8080/v10.0", provider: "meta", adAccountId: "1010" }));
  });

  it("keeps name and token across a provider switch", async () => {
    const { backend } = recording();
    const s = new AccountsState(backend);
    await s.load();
    s.form.name = "Typed";
    s.form.apiKey = "secret_1234";
    s.form.provider = "meta";
    s.form.provider = "symphony";
    s.form.provider = "meta";
    expect([s.form.name, s.form.apiKey]).toEqual(["Typed", "secret_1234"]);
  });

  it("asks for a Meta place before sending anything, at the environment field", async () => {
    const { backend, add } = recording();
    const s = new AccountsState(backend);
    await s.load();
    s.form.provider = "meta";
    s.form.name = "No place";
    s.form.apiKey = "tok_abcd";
    expect(await s.add()).toBeNull();
    expect(add).not.toHaveBeenCalled();
    expect(s.form.errors).toEqual({ environment: CHOOSE_META_ENVIRONMENT });
    expect(s.form.name).toBe("No place");
  });
});

describe("core's answers for a Meta account", () => {
  const problems = [
    { field: "environment", code: "invalid", message: "Meta has no separate sandbox address: choose Production (graph.facebook.com, with a test ad account if you like) or Custom for a local simulator.", fix: null },
    { field: "adAccountId", code: "invalid", message: "Type the ad account id as Ads Manager shows it: act_ followed by digits, e.g. act_1234567890.", fix: null },
    { field: "apiKey", code: "invalid", message: "Paste the whole access token: it cannot be empty or contain spaces.", fix: null },
  ];

  it("land at adAccountId, environment and apiKey, and what was typed stays", async () => {
    const backend = {
      listProfiles: vi.fn(async () => []),
      keychainStatus: vi.fn(async () => ({ available: true, code: null, message: "ok" })),
      addProfile: vi.fn(async () => {
        throw { code: "validation", message: problems[0]!.message, problems };
      }),
    } as unknown as Backend;
    const s = new AccountsState(backend);
    await s.load();
    s.form.provider = "meta";
    s.form.name = "Luna";
    s.form.environment = "production";
    s.form.adAccountId = "12-34";
    s.form.apiKey = "tok en";
    expect(await s.add()).toBeNull();
    expect(s.form.errors).toEqual({ environment: problems[0]!.message, adAccountId: problems[1]!.message, apiKey: problems[2]!.message });
    expect(s.form.serverError).toBeNull();
    expect([s.form.name, s.form.environment, s.form.adAccountId, s.form.apiKey]).toEqual(["Luna", "production", "12-34", "tok en"]);
  });

  it("a problem at a field the form does not have is said above the form, not dropped", () => {
    const s = new AccountsState({} as Backend);
    s.form.showError({ code: "validation", message: "x", problems: [{ field: "provider", code: "invalid", message: "Marin Social accounts cannot be added yet: choose Symphony or Meta.", fix: null }] } as never);
    expect(s.form.errors).toEqual({});
    expect(s.form.serverError).toBe("Marin Social accounts cannot be added yet: choose Symphony or Meta.");
  });

  it("switching provider clears the other provider's errors, not what was typed", () => {
    const s = new AccountsState({} as Backend);
    s.form.provider = "meta";
    s.form.adAccountId = "bad";
    s.form.errors = { adAccountId: problems[1]!.message };
    s.form.provider = "symphony";
    expect(s.form.hasErrors).toBe(false);
    s.form.provider = "meta";
    expect(s.form.adAccountId).toBe("bad");
  });
});

describe("environmentLabel", () => {
  it("names the place beside the provider badge, in the provider's terms", () => {
    expect(environmentLabel("production", "meta")).toBe("Production");
    expect(environmentLabel("custom", "meta")).toBe("Custom address");
    expect(environmentLabel("sandbox", "meta")).toBe("Not valid for Meta");
    expect(environmentLabel("sandbox", "symphony")).toBe("Sandbox");
    expect(environmentLabel("sandbox")).toBe("Sandbox");
  });
});
