/**
 * The id a provider shows for a campaign. A linked account's campaigns carry their route in
 * core's id ("meta:demo:6003…", "marin:<account>:…"): the manager knows them by the provider's own number.
 */
export function shownId(id: string): string {
  const parts = id.split(":");
  return parts.length >= 3 && (parts[0] === "meta" || parts[0] === "marin") ? parts.slice(2).join(":") : id;
}
