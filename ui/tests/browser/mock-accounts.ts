// Saved accounts in the mocked backend: core's answers to add_profile (session/accounts.rs,
// profiles.rs), problem by problem, in its words and at its fields, for Symphony and Meta.
import type { ConnectionCheck, NewProfile, Profile } from "../../src/lib/bindings";

type Found = { field: string; message: string };

export const profiles: Profile[] = [];

/** Answers like core: every problem of the form at once, each at its field, in core's words. */
export function refuse(problems: Found[]): void {
  if (problems.length === 0) return;
  throw { code: "validation", message: problems[0]!.message, problems: problems.map((p) => ({ ...p, code: "invalid", fix: null })) };
}

/** profiles::validate_url: https, or http only to this machine; no credentials, query or fragment. */
function validateUrl(raw: string): string | Found {
  const u = raw.trim().replace(/\/+$/, "");
  const bad = (message: string): Found => ({ field: "customUrl", message });
  let parsed: URL;
  try {
    parsed = new URL(u);
  } catch {
    return bad(`"${u}" is not a web address; use one like https://api.example.com`);
  }
  if (parsed.username || parsed.password) return bad("Leave the user name and password out of the address: the API key is the only credential.");
  if (parsed.search || parsed.hash || u.includes("?") || u.includes("#"))
    return bad("Leave ?query and #fragment out of the address: give only https://host[/path].");
  const local = ["localhost", "[::1]"].includes(parsed.hostname.toLowerCase()) || /^127\./.test(parsed.hostname);
  if (parsed.protocol === "https:") return u;
  if (parsed.protocol === "http:" && local) return u;
  if (parsed.protocol === "http:") return bad("Use https:// for a remote API: your key must not travel unencrypted.");
  return bad("The address must start with https://");
}

/** profiles::validate_ad_account: act_ and digits, or the digits alone. */
function validateAdAccount(raw: string): string | null {
  const t = raw.trim();
  const digits = t.startsWith("act_") ? t.slice(4) : t;
  return /^\d{1,20}$/.test(digits) ? `act_${digits}` : null;
}

export function addProfile(input: NewProfile, keychainAvailable: boolean): Profile {
  const problems: Found[] = [];
  const name = input.name.trim();
  if (!name) problems.push({ field: "name", message: "Give the account a name, e.g. \"Label Sandbox\"." });
  else if ([...name].length > 60) problems.push({ field: "name", message: "Keep the account name under 60 characters." });
  else if (profiles.some((p) => p.name.toLowerCase() === name.toLowerCase()))
    problems.push({ field: "name", message: `An account named "${name}" already exists; choose another name.` });
  const provider = input.provider ?? "symphony";
  const meta = provider === "meta";
  if (meta && input.environment === "sandbox")
    problems.push({ field: "environment", message: "Meta has no separate sandbox address: choose Production (graph.facebook.com, with a test ad account if you like) or Custom for a local simulator." });
  const marin = provider === "marin_social";
  if (marin && input.environment === "sandbox")
    problems.push({ field: "environment", message: "Marin Social documents no sandbox address: choose Production (api.mysocialpixel.com) or Custom for a local simulator." });
  let customUrl: string | null = null;
  if (input.environment === "custom") {
    const u = validateUrl(input.customUrl ?? "");
    if (typeof u === "string") customUrl = u;
    else problems.push(u);
  }
  const adAccountId = meta ? validateAdAccount(input.adAccountId ?? "") : marin ? (/^\d{1,20}$/.test((input.adAccountId ?? "").trim()) ? (input.adAccountId ?? "").trim() : null) : null;
  if (meta && !adAccountId)
    problems.push({ field: "adAccountId", message: "Type the ad account id as Ads Manager shows it: act_ followed by digits, e.g. act_1234567890." });
  if (marin && !adAccountId)
    problems.push({ field: "adAccountId", message: "Type the Marin Social account id: the digits of its \"id\" in Marin's accounts list, e.g. 101." });
  const key = input.apiKey.trim();
  if (!key || /[\s\p{Cc}]/u.test(key))
    problems.push({ field: "apiKey", message: meta ? "Paste the whole access token: it cannot be empty or contain spaces." : marin ? "Paste the whole agency token: it cannot be empty or contain spaces." : "Paste the whole API key: it cannot be empty or contain spaces." });
  else if (meta && !/^[\x21-\x7e]+$/.test(key))
    problems.push({ field: "apiKey", message: "An access token is printable ASCII only: copy it again from Business settings or the Graph API Explorer." });
  refuse(problems);
  if (!keychainAvailable && !input.sessionOnly)
    throw { code: "keychain_unavailable", message: "No keychain is available: start a Secret Service such as GNOME Keyring." };
  const p: Profile = {
    id: `p${profiles.length + 1}`, name, environment: input.environment, customUrl, keyHint: [...key].slice(-4).join(""),
    keyStorage: input.sessionOnly ? "session_only" : "keychain", lastBrandId: null, provider,
    // Like core's serde: no ad account id on a Symphony account.
    ...(adAccountId ? { adAccountId } : {}),
  };
  profiles.push(p);
  return p;
}

// provider/meta/error.rs, for the checks below.
const TOKEN_INVALID = "Meta does not accept this access token (190): it is invalid, expired or was revoked. Generate a new one (a system user's token in Business settings does not expire) and save it again in Settings > Accounts.";
const TOKEN_EXPIRED = "This Meta access token has expired (190): generate a new one (a system user's token in Business settings does not expire) and save it again in Settings > Accounts.";
const PERMISSION = "Meta refused for lack of permission: the token needs ads_management (and ads_read for insights) and a role on this ad account. Grant them in Business settings, then test the account again.";

/** provider/meta/check.rs; the token's last four characters pick the outcome. */
function metaCheck(p: Profile): ConnectionCheck {
  const id = p.adAccountId ?? "";
  const fail = (code: ConnectionCheck["code"], title: string, message: string): ConnectionCheck => ({ ok: false, code, title, message, brandId: null, brandName: null });
  switch (p.keyHint) {
    case "dead": return fail("unauthorized", "Token expired (190)", TOKEN_EXPIRED);
    case "nope": return fail("unauthorized", "Token not accepted (190)", TOKEN_INVALID);
    case "read": return fail("forbidden", "Missing permissions", `The token works but lacks ads_management: ${PERMISSION}`);
    case "gone": return fail("not_found", "Ad account not found", `Meta has no ad account ${id} that this token can see: check the id in Ads Manager and the token user's role on it.`);
  }
  const number = Number(id.slice(4));
  return { ok: true, code: null, title: "Connected", message: `The token works for Luna Vega Ads (${id}): currency USD, time zone America/Los_Angeles.`, brandId: number, brandName: "Luna Vega Ads" };
}

export function testProfile(id: string): ConnectionCheck {
  const p = profiles.find((x) => x.id === id);
  if (!p) throw { code: "not_found", message: "That account no longer exists." };
  if (p.provider === "meta") return metaCheck(p);
  if (p.keyHint === "dead") return { ok: false, code: "forbidden", title: "Key not active (403)", message: "The key exists but is not active.", brandId: null, brandName: null };
  if (p.keyHint === "nope") return { ok: false, code: "unauthorized", title: "Key not recognized (401)", message: "Symphony does not recognize this key.", brandId: null, brandName: null };
  return { ok: true, code: null, title: "Connected", message: "The key works. Its default artist is Luna Vega (358).", brandId: 358, brandName: "Luna Vega" };
}
