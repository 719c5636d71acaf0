import type { ConnectionCheck, Environment, KeychainStatus, Profile } from "../bindings";
import { BackendError, normalizeError, type Backend } from "../backend/backend";

export type FieldErrors = Partial<Record<"name" | "customUrl" | "apiKey", string>>;

/** The Add account form. Values survive errors; only a successful save clears the key. */
export class AccountForm {
  name = $state("");
  environment = $state<Environment>("sandbox");
  customUrl = $state("");
  apiKey = $state("");
  sessionOnly = $state(false);
  errors = $state<FieldErrors>({});
  serverError = $state<string | null>(null);
  saving = $state(false);

  hasErrors = $derived(Object.keys(this.errors).length > 0 || this.serverError !== null);

  /** Puts core's answer where it belongs: each problem at its field, the rest above the form. */
  showError(err: BackendError): void {
    const e: FieldErrors = {};
    for (const p of err.problems) {
      if (p.field === "name" || p.field === "customUrl" || p.field === "apiKey") e[p.field] ??= p.message;
    }
    this.errors = e;
    this.serverError = Object.keys(e).length > 0 ? null : err.message;
  }

  reset(): void {
    this.name = "";
    this.environment = "sandbox";
    this.customUrl = "";
    this.apiKey = "";
    this.sessionOnly = false;
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
    f.saving = true;
    try {
      const p = await this.#backend.addProfile({
        name: f.name,
        environment: f.environment,
        customUrl: f.environment === "custom" ? f.customUrl : null,
        apiKey: f.apiKey,
        sessionOnly: f.sessionOnly,
      });
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

export const ENVIRONMENTS: { value: Environment; label: string; hint: string }[] = [
  { value: "sandbox", label: "Symphony Sandbox", hint: "For trying things: no ads go live, no spend." },
  { value: "production", label: "Production", hint: "Real campaigns with real budgets." },
  { value: "custom", label: "Custom address", hint: "Advanced: an API laid out like Symphony’s." },
];

export function environmentLabel(e: Environment): string {
  return ENVIRONMENTS.find((x) => x.value === e)?.label ?? e;
}
