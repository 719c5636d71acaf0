import type { ConnectionCheck, Environment, KeychainStatus, NewProfile, Profile, ProviderKind } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

/** The fields core names in its problems; each has a place in the form. */
export const FORM_FIELDS = ["name", "environment", "customUrl", "adAccountId", "apiKey"] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FieldErrors = Partial<Record<FormField, string>>;
/** The providers the form can add. */
export type FormProvider = ProviderKind;

/** The one check made here: a Meta or Marin account has no default place, so nothing chosen cannot be sent. */
export const CHOOSE_META_ENVIRONMENT = "Choose where this account’s ads run: on Meta (graph.facebook.com) or at a custom address.";
export const CHOOSE_MARIN_ENVIRONMENT = "Choose where this account is: on Marin Social (api.mysocialpixel.com) or at a custom address.";

/**
 * The Add account form. Values survive errors; only a successful save clears them.
 * Name, key and session choice are shared by both providers; the place (environment and
 * address) is each provider's own, so switching back and forth shows each one's choice again
 * and a save never carries the other provider's fields.
 */
export class AccountForm {
  #provider = $state<FormProvider>("symphony");
  name = $state("");
  apiKey = $state("");
  sessionOnly = $state(false);
  symphonyEnvironment = $state<Environment>("sandbox");
  symphonyUrl = $state("");
  // No default: one choice spends real money, the other is a developer's simulator.
  metaEnvironment = $state<Environment | null>(null);
  metaUrl = $state("");
  adAccountId = $state("");
  errors = $state<FieldErrors>({});
  serverError = $state<string | null>(null);
  saving = $state(false);

  hasErrors = $derived(Object.keys(this.errors).length > 0 || this.serverError !== null);

  get provider(): FormProvider {
    return this.#provider;
  }
  /** The previous attempt's errors were about the other provider's form: they go with it. */
  set provider(p: FormProvider) {
    if (p === this.#provider) return;
    this.#provider = p;
    this.errors = {};
    this.serverError = null;
  }

  get environment(): Environment | null {
    return this.#provider !== "symphony" ? this.metaEnvironment : this.symphonyEnvironment;
  }
  set environment(e: Environment | null) {
    if (this.#provider !== "symphony") this.metaEnvironment = e;
    else if (e) this.symphonyEnvironment = e;
  }

  get customUrl(): string {
    return this.#provider !== "symphony" ? this.metaUrl : this.symphonyUrl;
  }
  set customUrl(u: string) {
    if (this.#provider !== "symphony") this.metaUrl = u;
    else this.symphonyUrl = u;
  }

  /** What add_profile gets: exactly the chosen provider's fields, as typed (core judges them). */
  request(): NewProfile | null {
    const environment = this.environment;
    if (!environment) return null;
    const base = {
      name: this.name,
      environment,
      customUrl: environment === "custom" ? this.customUrl : null,
      apiKey: this.apiKey,
      sessionOnly: this.sessionOnly,
    };
    // Symphony's request is the one core has always had: absent provider means Symphony.
    return this.#provider !== "symphony" ? { ...base, provider: this.#provider, adAccountId: this.adAccountId } : base;
  }

  /** Puts core's answer where it belongs: each problem at its field, the rest above the form. */
  showError(err: BackendError): void {
    const e: FieldErrors = {};
    const elsewhere: string[] = [];
    for (const p of err.problems) {
      if ((FORM_FIELDS as readonly string[]).includes(p.field)) e[p.field as FormField] ??= p.message;
      else elsewhere.push(p.message);
    }
    this.errors = e;
    this.serverError = elsewhere.length > 0 ? elsewhere.join(" ") : Object.keys(e).length > 0 ? null : err.message;
  }

  /** After a save: empty fields for the next account, with the same provider chosen. */
  reset(): void {
    this.name = "";
    this.apiKey = "";
    this.sessionOnly = false;
    this.symphonyEnvironment = "sandbox";
    this.symphonyUrl = "";
    this.metaEnvironment = null;
    this.metaUrl = "";
    this.adAccountId = "";
    this.errors = {};
    this.serverError = null;
  }
}

/** Saved accounts, the keychain's state, and connection checks. */
export class AccountsState {
  profiles = $state.raw<Profile[]>([]);
  keychain = $state<KeychainStatus | null>(null);
  checks = $state<Record<string, ConnectionCheck | "checking">>({});
  error = $state<BackendError | null>(null);
  loading = $state(true);
  form = new AccountForm();

  #backend: Backend;

  constructor(backend: Backend) {
    this.#backend = backend;
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      const [profiles, keychain] = await Promise.all([this.#backend.listProfiles(), this.#backend.keychainStatus()]);
      this.profiles = profiles;
      this.keychain = keychain;
      this.error = null;
    } catch (e) {
      this.error = normalizeError("list_profiles", e);
    } finally {
      this.loading = false;
    }
  }

  /** Saves the form; returns the new profile, or null with errors set on the form. */
  async add(): Promise<Profile | null> {
    const f = this.form;
    f.errors = {};
    f.serverError = null;
    if (this.keychain && !this.keychain.available && !f.sessionOnly) {
      f.serverError = `${this.keychain.message} Or tick “Keep the key for this session only”.`;
      return null;
    }
    const input = f.request();
    if (!input) {
      f.errors = { environment: f.provider === "marin_social" ? CHOOSE_MARIN_ENVIRONMENT : CHOOSE_META_ENVIRONMENT };
      return null;
    }
    f.saving = true;
    try {
      const p = await this.#backend.addProfile(input);
      this.profiles = [...this.profiles, p];
      f.reset();
      return p;
    } catch (e) {
      const err = normalizeError("add_profile", e);
      f.showError(err);
      if (err.code === "keychain_unavailable" || err.code === "keychain_locked") {
        this.keychain = { available: false, code: err.code, message: err.message };
      }
      return null;
    } finally {
      f.saving = false;
    }
  }

  async test(id: string): Promise<void> {
    this.checks = { ...this.checks, [id]: "checking" };
    try {
      const c = await this.#backend.testProfile(id);
      this.checks = { ...this.checks, [id]: c };
    } catch (e) {
      const err = normalizeError("test_profile", e);
      this.checks = { ...this.checks, [id]: { ok: false, code: err.code, title: "Check failed", message: err.message, brandId: null, brandName: null } };
    }
  }

  async rename(id: string, name: string): Promise<string | null> {
    try {
      const p = await this.#backend.renameProfile(id, name);
      this.profiles = this.profiles.map((x) => (x.id === id ? p : x));
      return null;
    } catch (e) {
      return normalizeError("rename_profile", e).message;
    }
  }

  async remove(id: string): Promise<string | null> {
    try {
      await this.#backend.removeProfile(id);
      this.profiles = this.profiles.filter((x) => x.id !== id);
      const { [id]: _, ...rest } = this.checks;
      this.checks = rest;
      return null;
    } catch (e) {
      return normalizeError("remove_profile", e).message;
    }
  }
}

/** `spends`: marked "Real spend" in the Meta form, where no choice is the safe default. */
export type EnvironmentChoice = { value: Environment; label: string; hint: string; spends?: boolean };

export const ENVIRONMENTS: EnvironmentChoice[] = [
  { value: "sandbox", label: "Symphony Sandbox", hint: "For trying things: no ads go live, no spend." },
  { value: "production", label: "Production", hint: "Real campaigns with real budgets." },
  { value: "custom", label: "Custom address", hint: "Advanced: an API laid out like Symphony’s." },
];

/** Meta has no sandbox: its real Graph API, or a simulator on this machine. */
export const META_ENVIRONMENTS: EnvironmentChoice[] = [
  { value: "production", label: "Meta (graph.facebook.com)", hint: "Real ads on your ad account, paid from its payment method.", spends: true },
  { value: "custom", label: "Custom address", hint: "Advanced: a simulator of Meta’s Graph API, such as meta-sandbox." },
];

/** Marin Social documents no sandbox either: its API, or a simulator on this machine. */
export const MARIN_ENVIRONMENTS: EnvironmentChoice[] = [
  { value: "production", label: "Marin Social (api.mysocialpixel.com)", hint: "Your agency’s real media plans and campaigns.", spends: true },
  { value: "custom", label: "Custom address", hint: "Advanced: a simulator of Marin Social’s API, such as marin-sandbox." },
];

// The hints are part of each radio's name: they must not repeat a field's label.
export const PROVIDERS: { value: FormProvider; label: string; hint: string }[] = [
  { value: "symphony", label: "Symphony", hint: "With the partner key Symphony gave you." },
  { value: "meta", label: "Meta ad account", hint: "Your account in Meta Ads Manager, reached with a token." },
  { value: "marin_social", label: "Marin Social agency", hint: "Your agency’s media plans and campaigns in Marin Social." },
];

/** Files written before Meta accounts existed have no provider: Symphony. */
export function providerOf(p: Pick<Profile, "provider">): ProviderKind {
  return p.provider ?? "symphony";
}

export function providerLabel(p: ProviderKind): string {
  return ({ symphony: "Symphony", meta: "Meta", marin_social: "Marin Social" } as const)[p];
}

/** The row's environment pill, beside its provider badge (so "Sandbox", not "Symphony Sandbox"). */
export function environmentLabel(e: Environment, provider: ProviderKind = "symphony"): string {
  if (e === "custom") return "Custom address";
  if (e === "production") return "Production";
  // Meta has no sandbox: core refuses one, so only an old or hand-edited file has it.
  return provider === "symphony" ? "Sandbox" : `Not valid for ${providerLabel(provider)}`;
}
