// Generated from Rust by src-tauri/bindings.rs. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p crescendo bindings` after changing a command or type.

export type ErrorCode = "validation" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "server" | "network" | "timeout" | "decode" | "config" | "not_ready" | "keychain_unavailable" | "keychain_locked" | "key_missing" | "internal";

export type AppError = { code: ErrorCode, message: string, };

export type WorkspaceKind = "demo" | "sandbox" | "production" | "custom";

export type WorkspaceInfo = { kind: WorkspaceKind, 
/**
 * "Demo workspace", "Symphony Sandbox"...
 */
label: string, 
/**
 * The v1 base URL in use (never contains the key).
 */
advertisingUrl: string, 
/**
 * Whether launching here spends real money.
 */
spendsMoney: boolean, 
/**
 * Who the workspace's campaigns run with, and its name to show.
 */
provider: ProviderKind, providerLabel: string, 
/**
 * The key's last four characters, for showing it masked; empty for the demo.
 */
keyHint: string, 
/**
 * The saved account in use, if any.
 */
profileId: string | null, 
/**
 * Something the user should know about how this workspace was opened.
 */
notice: string | null, };

export type BrandView = { id: number, name: string, 
/**
 * The ad account's currency, when the API tells it.
 */
currency: string | null, isDefault: boolean, isActive: boolean, };

export type Money = { 
/**
 * Exact amount in major units, rounded to the currency's minor unit ("190.00", "1500").
 */
amount: string, currency: string, 
/**
 * Digits after the decimal point for this currency.
 */
exponent: number, };

export type StatusTone = "positive" | "progress" | "caution" | "negative" | "neutral";

export type CampaignState = "draft" | "pending" | "in_review" | "scheduled" | "active" | "paused" | "needs_attention" | "rejected" | "failed" | "stopped" | "completed" | "unknown";

export type ProviderKind = "symphony" | "meta" | "marin_social";

export type Choice = { value: string, label: string, };

export type FilterOptions = { statuses: Array<Choice>, objectives: Array<Choice>, };

export type CampaignRow = { 
/**
 * The provider's id, as text.
 */
id: string, provider: ProviderKind, name: string, 
/**
 * The provider's objective code, and its label.
 */
campaignType: string, typeLabel: string, 
/**
 * The provider's status code, and its label.
 */
status: string, statusLabel: string, state: CampaignState, tone: StatusTone, budget: Money, 
/**
 * ISO 8601, UTC.
 */
startDate: string, 
/**
 * None: runs until stopped.
 */
endDate: string | null, };

export type CampaignQuery = { 
/**
 * A status code from the page's `filters`; None for all.
 */
status: string | null, campaignType: string | null, 
/**
 * 1-based.
 */
page: number, pageSize: number, };

export type CampaignPageView = { rows: Array<CampaignRow>, total: number, page: number, pageSize: number, totalPages: number, 
/**
 * What this workspace's provider lets the list be filtered by.
 */
filters: FilterOptions, };

export type KeyStorage = "keychain" | "session_only";

export type KeychainStatus = { available: boolean, 
/**
 * keychain_unavailable or keychain_locked when not available.
 */
code: ErrorCode | null, 
/**
 * What is wrong and how to fix it.
 */
message: string, };

export type Environment = "sandbox" | "production" | "custom";

export type Profile = { id: string, name: string, environment: Environment, customUrl: string | null, 
/**
 * The key's last four characters, to show it masked.
 */
keyHint: string, keyStorage: KeyStorage, 
/**
 * The brand last chosen with this profile, restored when it is used again.
 */
lastBrandId: number | null, };

export type NewProfile = { name: string, environment: Environment, customUrl: string | null, apiKey: string, 
/**
 * The user chose to keep the key in memory for this session (no keychain available).
 */
sessionOnly: boolean, };

export type ConnectionCheck = { ok: boolean, code: ErrorCode | null, 
/**
 * "Connected", "Key not recognized (401)", "Key not active (403)", "Network error", "Wrong base URL"
 */
title: string, message: string, brandId: number | null, brandName: string | null, };

export type NewBrandInput = { name: string, spotifyArtistId: string | null, };

export const ERROR_CODES: readonly ErrorCode[] = ["validation", "unauthorized", "forbidden", "not_found", "rate_limited", "server", "network", "timeout", "decode", "config", "not_ready", "keychain_unavailable", "keychain_locked", "key_missing", "internal"];

export type Invoke = <T>(cmd: string, args?: Record<string, unknown>) => Promise<T>;

/** Typed wrappers over every app command. */
export function commands(invoke: Invoke) {
  return {
    /** The connected workspace (demo, Sandbox, Production). */
    workspaceInfo: () => invoke<WorkspaceInfo>("workspace_info"),
    /** Brands (artists) the key can act for. */
    listBrands: () => invoke<Array<BrandView>>("list_brands"),
    /** Act for this brand from now on. */
    selectBrand: (brandId: number) => invoke<BrandView>("select_brand", { brandId }),
    /** One page of the active brand's campaigns. */
    listCampaigns: (query: CampaignQuery) => invoke<CampaignPageView>("list_campaigns", { query }),
    /** Create a brand (artist) under the key. */
    createBrand: (input: NewBrandInput) => invoke<BrandView>("create_brand", { input }),
    /** Whether keys can be stored in the system keychain now. */
    keychainStatus: () => invoke<KeychainStatus>("keychain_status"),
    /** Saved accounts (never their keys). */
    listProfiles: () => invoke<Array<Profile>>("list_profiles"),
    /** Save an account; its key goes to the keychain and never comes back. */
    addProfile: (input: NewProfile) => invoke<Profile>("add_profile", { input }),
    /** Rename a saved account. */
    renameProfile: (id: string, name: string) => invoke<Profile>("rename_profile", { id, name }),
    /** Delete a saved account and its keychain entry. */
    removeProfile: (id: string) => invoke<null>("remove_profile", { id }),
    /** Check an account's key against the API. */
    testProfile: (id: string) => invoke<ConnectionCheck>("test_profile", { id }),
    /** Switch to a saved account, or to the demo with null. */
    useProfile: (id: string | null) => invoke<WorkspaceInfo>("use_profile", { id }),
  };
}

export const COMMAND_NAMES = ["workspace_info", "list_brands", "select_brand", "list_campaigns", "create_brand", "keychain_status", "list_profiles", "add_profile", "rename_profile", "remove_profile", "test_profile", "use_profile"] as const;
