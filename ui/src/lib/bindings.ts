// Generated from Rust by src-tauri/bindings/. Do not edit: run
// `UPDATE_BINDINGS=1 cargo test -p crescendo bindings` after changing a command or type.

export type ErrorCode = "validation" | "unauthorized" | "forbidden" | "not_found" | "rate_limited" | "server" | "network" | "timeout" | "decode" | "config" | "not_ready" | "keychain_unavailable" | "keychain_locked" | "key_missing" | "unsupported" | "internal";

export type AppError = { code: ErrorCode, message: string, 
/**
 * For a form refused as a whole: each problem at its field (absent otherwise), so the UI
 * shows core's words where they belong and writes none of its own.
 */
problems?: Array<Problem>, };

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

export type UiMark = "mounted" | "first-data" | "painted";

export type BrandView = { id: number, name: string, 
/**
 * The ad account's currency, when the API tells it.
 */
currency: string | null, 
/**
 * The ad account's time zone (IANA name), when the provider tells it (Meta does): the
 * days of its statistics are counted there.
 */
timeZone?: string, isDefault: boolean, isActive: boolean, };

export type Money = { 
/**
 * Exact amount in major units, rounded to the currency's minor unit. Crosses IPC as its
 * decimal text ("190.00", "1500"), never as a float.
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

export type FilterOptions = { statuses: Array<Choice>, objectives: Array<Choice>, 
/**
 * Whose campaigns the list holds (one per provider; a filter when there are several).
 */
providers: Array<Choice>, };

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
 * The budget per day, for a campaign run on one (Meta's); `budget` is then derived.
 */
dailyBudget?: Money, 
/**
 * ISO 8601, UTC.
 */
startDate: string, 
/**
 * None: runs until stopped.
 */
endDate: string | null, 
/**
 * Why pause/resume (and edits) are off for now; None when they are allowed. The same
 * precondition the campaign page and `campaign_page::set_paused` apply.
 */
lockedReason: string | null, 
/**
 * Spent so far, from the daily stats kept on this computer (None: never opened here, or
 * kept in another currency than the budget's).
 */
spent: Money | null, 
/**
 * `spent` as a share of the budget, in percent with one decimal ("34.4").
 */
spentPct: string | null, };

export type SortKey = "name" | "start_date" | "end_date" | "budget" | "status";

export type CampaignSort = { key: SortKey, descending: boolean, };

export type CampaignQuery = { 
/**
 * A status code from the page's `filters`; None for all.
 */
status: string | null, campaignType: string | null, 
/**
 * Running between these days ("2026-11-01"), as typed; both optional.
 */
startsFrom: string | null, endsBefore: string | null, 
/**
 * Lifetime budget between these amounts, as typed; both optional.
 */
budgetMin: string | null, budgetMax: string | null, 
/**
 * Part of the name, any case, with or without accents; blank for all.
 */
search: string | null, 
/**
 * None: the provider's order.
 */
sort: CampaignSort | null, 
/**
 * Only this provider's campaigns; None for every account's.
 */
provider: ProviderKind | null, 
/**
 * 1-based.
 */
page: number, pageSize: number, };

export type CampaignPageView = { rows: Array<CampaignRow>, total: number, page: number, pageSize: number, totalPages: number, 
/**
 * What this workspace's provider lets the list be filtered by.
 */
filters: FilterOptions, 
/**
 * When this list was read from the provider (None: not known).
 */
fetchedAt: string | null, 
/**
 * Why the live list is missing ("Offline: …") when this is the one kept last time.
 */
offline: string | null, };

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
lastBrandId: number | null, 
/**
 * Whose account this is. Files written before Meta accounts existed have none: Symphony.
 */
provider?: ProviderKind, 
/**
 * A Meta account's ad account, `act_<digits>`.
 */
adAccountId?: string, };

export type NewProfile = { name: string, environment: Environment, customUrl: string | null, apiKey: string, 
/**
 * The user chose to keep the key in memory for this session (no keychain available).
 */
sessionOnly: boolean, 
/**
 * Whose account this is; absent: Symphony (the form's default). For Meta, `api_key` is the
 * access token.
 */
provider?: ProviderKind, 
/**
 * Meta's ad account id, `act_<digits>` (required for Meta, ignored otherwise).
 */
adAccountId?: string, };

export type ConnectionCheck = { ok: boolean, code: ErrorCode | null, 
/**
 * "Connected", "Key not recognized (401)", "Key not active (403)", "Network error", "Wrong base URL"
 */
title: string, message: string, brandId: number | null, brandName: string | null, };

export type NewBrandInput = { name: string, spotifyArtistId: string | null, };

export type Problem = { 
/**
 * Documented request field path; empty for the request as a whole.
 */
field: string, code: ProblemCode, 
/**
 * What is wrong, in a sentence.
 */
message: string, 
/**
 * What to do about it, when there is a clear fix.
 */
fix: string | null, };

export type ProblemCode = "required" | "invalid" | "too_low" | "too_high" | "too_many" | "mismatch" | "refused";

export type PlaceKind = "country" | "region" | "city";

export type Place = { kind: PlaceKind, 
/**
 * The provider's key ("US", "3847").
 */
key: string, label: string, 
/**
 * ISO 3166 country the place is in (the place itself for a country).
 */
countryCode: string | null, };

export type Market = { name: string, 
/**
 * Fraction of the budget, 0 < share ≤ 1, exact ("0.5").
 */
share: string, places: Array<Place>, };

export type Audience = { id: string, name: string, 
/**
 * How many people the provider estimates the audience reaches, as its range.
 */
sizeMin: number | null, sizeMax: number | null, 
/**
 * Where the provider files it ("Interests > Music").
 */
path: Array<string>, };

export type Language = { key: number, name: string, };

export type Demographics = { ageMin: number | null, ageMax: number | null, 
/**
 * "All", "Male", "Female".
 */
gender: string | null, languages: Array<Language>, };

export type MediaDraft = { url: string, name: string, thumbnail: string | null, 
/**
 * reel, story or feed (videos).
 */
formatType: string | null, };

export type CreativeDraft = { instagramPostId: string | null, videos: Array<MediaDraft>, images: Array<MediaDraft>, 
/**
 * The link a link-clicks campaign sends people to.
 */
link: string | null, caption: string | null, 
/**
 * The release promoted (Spotify track or album id).
 */
spotifyId: string | null, 
/**
 * The same release on other platforms (URLs).
 */
externalLinks: Array<string>, callToAction: string | null, 
/**
 * Playlist pitching: the tier's code ("30000_followers") and notes for curators.
 */
playlistTier: string | null, pitchNotes: string | null, 
/**
 * Video views: the video and what to optimise for.
 */
videoId: string | null, viewsGoal: string | null, };

export type CampaignDraft = { name: string, 
/**
 * The provider's objective code ("record_streams").
 */
objective: string, 
/**
 * Lifetime budget as typed ("190", "12.50").
 */
budget: string, currency: string, start: string | null, end: string | null, creative: CreativeDraft, markets: Array<Market>, audiences: Array<Audience>, demographics: Demographics | null, };

export type CreateResult = { "outcome": "created", campaignId: string, 
/**
 * The answer was lost and the campaign was found afterwards.
 */
recovered: boolean, } | { "outcome": "invalid", problems: Array<Problem>, } | { "outcome": "not_created", message: string, } | { "outcome": "unknown", message: string, };

export type LaunchRequest = { draft: CampaignDraft, 
/**
 * What the manager typed to confirm a launch that spends real money.
 */
confirmation: string | null, };

export type LaunchPreview = { 
/**
 * The exact request body the launch will send, pretty-printed.
 */
request: string, 
/**
 * The total budget, rounded to the currency's minor unit; None until it is an amount.
 */
budget: Money | null, 
/**
 * Days billed (a started day counts whole); None until both dates are set, in order.
 */
days: number | null, perDay: Money | null, 
/**
 * What a launch that spends money asks the manager to type.
 */
confirmation: string, };

export type Step = "basics" | "release" | "post" | "media" | "link" | "platforms" | "tier" | "video" | "budget" | "targeting" | "review";

export type ObjectiveInfo = { code: string, label: string, description: string, 
/**
 * The provider charges the manager directly at launch (instead of the ad account).
 */
paidByProvider: boolean, steps: Array<Step>, 
/**
 * The ad platform a v2 campaign runs on ("meta", "tiktok"); None for Symphony's own types.
 */
adPlatform: string | null, };

export type WizardContext = { provider: ProviderKind, providerLabel: string, brandId: number | null, brandName: string, 
/**
 * The ad account's currency: budgets must be in it. None when the provider does not say.
 */
currency: string | null, 
/**
 * Launching here spends real money: the launch needs a typed confirmation.
 */
spendsMoney: boolean, objectives: Array<ObjectiveInfo>, callsToAction: Array<Choice>, 
/**
 * The calls to action v2 Meta campaigns take (TikTok derives its own).
 */
v2CallsToAction: Array<Choice>, 
/**
 * The account answers Symphony's v2 api-test: Meta and TikTok ads are offered.
 */
v2: boolean, 
/**
 * Meta's age bounds for v2 campaigns (FAQ: 13 to 65).
 */
v2AgeMin: number, v2AgeMax: number, playlistTiers: Array<Choice>, genders: Array<string>, ageMin: number, ageMax: number, maxMarkets: number, maxLinks: number, };

export type SearchKind = "places" | "audiences" | "languages" | "releases";

export type SearchResults = { "kind": "places", "items": Array<Place> } | { "kind": "audiences", "items": Array<Audience> } | { "kind": "languages", "items": Array<Language> } | { "kind": "releases", "items": Array<Release> };

export type SearchAnswer = { generation: number, query: string, 
/**
 * A newer query of the same picker arrived first: this one was dropped (or its answer
 * came too late) and must not be shown.
 */
superseded: boolean, results: SearchResults | null, };

export type PastedName = { 
/**
 * The name as pasted (trimmed).
 */
name: string, 
/**
 * The best match: the result named exactly like it, else the provider's first result.
 */
best: Audience | null, 
/**
 * The best match's name is the pasted name (ignoring case): safe to preselect.
 */
exact: boolean, 
/**
 * Other results to choose from instead.
 */
others: Array<Audience>, };

export type PastedList = { names: Array<PastedName>, 
/**
 * Names beyond [`MAX_PASTED_NAMES`], not searched.
 */
leftOut: number, };

export type ExternalLink = { 
/**
 * "spotify", "apple_music", "youtube"...
 */
platform: string, url: string, };

export type Release = { id: string, name: string, 
/**
 * The Spotify id campaigns take.
 */
spotifyId: string | null, 
/**
 * "2017-10-30", as the provider gives it.
 */
releaseDate: string | null, links: Array<ExternalLink>, 
/**
 * The artwork's address (Symphony's `thumbnail_url`); shown only through the `image`
 * command, never loaded by the page itself.
 */
imageUrl: string | null, };

export type Post = { id: string, caption: string | null, 
/**
 * "IMAGE", "VIDEO", "CAROUSEL_ALBUM".
 */
mediaType: string | null, permalink: string | null, 
/**
 * ISO 8601.
 */
postedAt: string | null, likes: number | null, 
/**
 * A still of the post: its `thumbnail_url`, else its `media_url` unless that is a video.
 */
imageUrl: string | null, };

export type Video = { id: string, title: string, publishedAt: string | null, views: number | null, 
/**
 * The video's still (`thumbnail_url`).
 */
imageUrl: string | null, };

export type Objective = { 
/**
 * The provider's code ("record_streams", "OUTCOME_TRAFFIC").
 */
code: string, 
/**
 * "Music streams".
 */
label: string, };

export type Status = { state: CampaignState, tone: StatusTone, 
/**
 * The provider's own code ("IN_REVIEW"), for filters and support conversations.
 */
original: string, 
/**
 * The provider's code made readable ("In review").
 */
label: string, };

export type Schedule = { start: string, 
/**
 * None: runs until stopped.
 */
end: string | null, };

export type TargetingSummary = { 
/**
 * Market names, in order ("Recommended Markets").
 */
markets: Array<string>, 
/**
 * ISO country codes reached, sorted, each once.
 */
countries: Array<string>, };

export type Campaign = { 
/**
 * The provider's id, as text (Meta's ids do not fit a JavaScript number).
 */
id: string, provider: ProviderKind, name: string, objective: Objective, status: Status, 
/**
 * Lifetime budget. Its currency is "XXX" (ISO: none) when the provider did not say.
 * For a campaign run on a daily budget (Meta), the daily budget times its days when it has
 * an end, else the daily budget: `daily_budget` says which.
 */
budget: Money, 
/**
 * The budget per day, for providers that run campaigns on one (Meta's `daily_budget`).
 */
dailyBudget?: Money, schedule: Schedule, 
/**
 * What the list knows about targeting (empty when only the details tell).
 */
targeting: TargetingSummary, };

export type CampaignEdit = { 
/**
 * The new budget, as typed ("2010"), in `currency`.
 */
budget: string | null, currency: string | null, end: string | null, };

export type DateRange = { first: string, last: string, };

export type MoneyKpi = { value: Money | null, previous: Money | null, 
/**
 * Change from the previous period in percent (2 dp, decimal text); None when the previous
 * period has no data or its value is 0 or missing.
 */
changePct: string | null, };

export type CountKpi = { value: number | null, previous: number | null, changePct: string | null, };

export type PercentKpi = { value: string | null, previous: string | null, 
/**
 * Relative change of the percentage itself (CTR 2% → 3% is +50.00), not points.
 */
changePct: string | null, };

export type Kpis = { range: DateRange, 
/**
 * Same length, ending the day before `range` starts.
 */
previousRange: DateRange, 
/**
 * Days of `range` with a stats row (the others have no data, not zero).
 */
daysWithData: number, previousDaysWithData: number, spend: MoneyKpi, 
/**
 * Spend in the range as a share of the lifetime budget, in percent (2 dp).
 */
spendOfBudgetPct: string | null, 
/**
 * Unique people reached from the campaign's start to the range's latest day with data:
 * cumulative, not the reach of the range alone (reach does not add up across days).
 */
reachToDate: CountKpi, impressions: CountKpi, clicks: CountKpi, conversions: CountKpi, 
/**
 * Spend / clicks.
 */
cpc: MoneyKpi, 
/**
 * Spend × 1000 / impressions.
 */
cpm: MoneyKpi, 
/**
 * Clicks / impressions, in percent.
 */
ctr: PercentKpi, 
/**
 * Spend / conversions.
 */
costPerConversion: MoneyKpi, };

export type PaceVerdict = "not_started" | "under" | "on" | "over";

export type Pacing = { 
/**
 * The last complete day (today − 1, account's zone): the figures below are at its end.
 */
asOf: string, 
/**
 * Budget days of the whole schedule.
 */
totalDays: number, 
/**
 * Budget days started by the end of `as_of` (0..=total_days).
 */
elapsedDays: number, budget: Money, 
/**
 * budget × elapsed_days / total_days.
 */
idealToDate: Money, 
/**
 * Spend of every row dated up to `as_of`.
 */
actualToDate: Money, 
/**
 * The average daily spend so far (actual / elapsed days) kept up to the end:
 * actual × total_days / elapsed_days. None before a day has elapsed.
 */
projectedAtEnd: Money | null, verdict: PaceVerdict, 
/**
 * See [`PACE_TOLERANCE_PCT`].
 */
tolerancePct: number, };

export type DayPoint = { date: string, spend: Money | null, 
/**
 * Spend of every row from the campaign's first to this day (rows before the range count).
 */
cumulativeSpend: Money | null, 
/**
 * Where cumulative spend would be if the budget were spent evenly (see `pacing`); None
 * for an open-ended campaign. Present on gap days too: it is a plan, not data.
 */
idealCumulative: Money | null, impressions: number | null, 
/**
 * Cumulative unique reach at the end of this day.
 */
reachToDate: number | null, clicks: number | null, conversions: number | null, 
/**
 * The day's spend / clicks; None on a day without clicks.
 */
cpc: Money | null, };

export type CampaignReport = { campaignId: string, campaignName: string, 
/**
 * The budget's currency: every money figure of the report is in it.
 */
currency: string, exponent: number, 
/**
 * The days shown (tiles and series).
 */
range: DateRange, 
/**
 * The campaign's own days in the account's zone (see `campaign_days`).
 */
campaignDays: DateRange, 
/**
 * The ad account's offset from UTC, in minutes (east positive).
 */
utcOffsetMinutes: number, kpis: Kpis, 
/**
 * None for an open-ended campaign.
 */
pacing: Pacing | null, 
/**
 * Every day of `range`, oldest first.
 */
series: Array<DayPoint>, 
/**
 * Rows not counted: unreadable, in another currency, or a repeated date.
 */
rowsLeftOut: number, 
/**
 * False when the provider counts no reach: its reach tile and line are left out.
 */
reachReported: boolean, };

export type PlotArea = { left: number, top: number, width: number, height: number, };

export type XDomain = { first: string, last: string, min: number, max: number, };

export type YDomain = { min: number, max: number, };

export type ChartSvg = { svg: string, plot: PlotArea, xDomain: XDomain | null, yDomain: YDomain | null, empty: boolean, };

export type PageFigure = { key: string, title: string, description: string, chart: ChartSvg, 
/**
 * The series' labels, in drawing order (series-0, series-1...).
 */
series: Array<string>, 
/**
 * Per day: the date, then each series' value as text ("" for a gap).
 */
rows: Array<Array<string>>, };

export type CountryRow = { code: string, name: string, currency: string, spend: Money, 
/**
 * Sum of campaign reach in this country: a person reached by two campaigns counts twice.
 */
reach: number, impressions: number, clicks: number, cpc: Money | null, campaigns: number, };

export type CreativeStat = { 
/**
 * The provider's format code (Symphony's `type`).
 */
format: string, clicks: number, 
/**
 * Share of the campaign's clicks, in percent (Symphony's `percentage`), as decimal text.
 */
sharePct: string, };

export type PlatformEntity = { id: string, name: string, 
/**
 * The platform's code, as sent.
 */
status: string, 
/**
 * The code made readable ("With issues").
 */
label: string, };

export type PlatformIssue = { 
/**
 * Where it is: "CAMPAIGN", "AD_SET", "AD" (Meta's `level`), when said.
 */
level: string | null, 
/**
 * A short title ("Ad account disabled"); the message when there is none.
 */
summary: string, 
/**
 * The platform's full explanation, when it gave one beyond the summary.
 */
message: string | null, };

export type PlatformAdSet = { id: string, name: string, 
/**
 * The platform's code, as sent ("play"), and made readable ("Play").
 */
status: string, label: string, 
/**
 * In the campaign's currency; None when the platform sent none.
 */
dailyBudget: Money | null, bid: Money | null, 
/**
 * How the bid is used ("Lowest cost with bid cap"), when said.
 */
bidStrategy: string | null, 
/**
 * What the ad set optimizes for ("Post engagement"), when said.
 */
optimizationGoal: string | null, 
/**
 * Why its budget and bid cannot be changed from Crescendo; None when they can.
 */
lockedReason: string | null, };

export type AdSetChange = { dailyBudget: string | null, bid: string | null, };

export type AccountHealth = { good: boolean, error: string | null, };

export type MarketLocation = { 
/**
 * The provider's key ("US", "3847"): the documented `location_key`.
 */
key: string, label: string, kind: PlaceKind, countryCode: string | null, 
/**
 * Paused on the platform: the market no longer reaches it.
 */
paused: boolean, };

export type CampaignMarket = { 
/**
 * The provider's id for the market's edits (Symphony: `fbCampaign.id`, the documented
 * `market_id`). None until the provider has set the market up on the ad platform.
 */
id: string | null, name: string, 
/**
 * Fraction of the budget, exact ("0.5"), when the provider says.
 */
budgetShare: string | null, locations: Array<MarketLocation>, };

export type CampaignDetail = { campaign: Campaign, report: CampaignReport, figures: Array<PageFigure>, countries: Array<CountryRow>, creatives: Array<CreativeStat>, platformCampaigns: Array<PlatformEntity>, platformAds: Array<PlatformEntity>, account: AccountHealth | null, 
/**
 * What the ad platform says is wrong with the campaign (Meta's `issues_info`).
 */
issues: Array<PlatformIssue>, 
/**
 * The campaign's ad sets with their budgets and bids (Marin Social's).
 */
adSets: Array<PlatformAdSet>, 
/**
 * The markets on the ad platform and their locations (empty when the provider has none).
 */
markets: Array<CampaignMarket>, 
/**
 * The budget, end date and pause can be changed (the provider has completed the campaign
 * on the ad platform); when false, `locked_reason` says why.
 */
editable: boolean, lockedReason: string | null, 
/**
 * The days the figures use are this zone's (the provider gives no ad-account zone).
 */
timeZone: string, 
/**
 * When the data shown was fetched from the provider.
 */
fetchedAt: string, 
/**
 * Painted from the local history, before (or instead of) a live answer.
 */
cached: boolean, 
/**
 * Why the live answer is missing ("Offline: …") when the page shows kept data instead.
 */
offline: string | null, 
/**
 * Something the manager should know that did not stop the page (history not kept).
 */
notice: string | null, };

export type ExportFormat = "csv" | "svg" | "png";

export type ExportRequest = { format: ExportFormat, figure: string | null, };

export type BudgetHistory = { objectiveCode: string, currency: string, 
/**
 * Campaigns used (HISTORY_MIN_CAMPAIGNS..=HISTORY_MAX_CAMPAIGNS).
 */
campaigns: number, 
/**
 * Clicks per one unit of the currency (lifetime clicks / lifetime spend), 4 dp.
 */
clicksPerUnitMin: string, clicksPerUnitMax: string, 
/**
 * Impressions per one unit of the currency, 2 dp.
 */
impressionsPerUnitMin: string, impressionsPerUnitMax: string, 
/**
 * Lowest and highest CPC among them (None when none had clicks).
 */
cpcMin: Money | null, cpcMax: Money | null, };

export type Totals = { currency: string, campaigns: number, 
/**
 * Campaign-days with a stats row.
 */
daysWithData: number, spend: Money, impressions: number, clicks: number, conversions: number, 
/**
 * Each campaign's reach to date at its latest day in the range, summed: "sum of campaign
 * reach", not unique people.
 */
sumOfCampaignReach: number, 
/**
 * True when more than one campaign reached people: one person may be counted twice.
 */
reachOverlaps: boolean, 
/**
 * False when no campaign of the group has a reach figure (its provider counts none, or
 * no day had data): "sum of campaign reach" would be a false 0.
 */
reachReported: boolean, cpc: Money | null, cpm: Money | null, ctrPct: string | null, costPerConversion: Money | null, };

export type PortfolioDay = { date: string, spend: Money | null, impressions: number | null, clicks: number | null, conversions: number | null, 
/**
 * Campaigns with a row this day.
 */
campaigns: number, };

export type CampaignScore = { campaignId: string, campaignName: string, brand: string, objective: Objective, currency: string, spend: Money, impressions: number, clicks: number, reachToDate: number | null, cpc: Money | null, ctrPct: string | null, };

export type CurrencyGroup = { totals: Totals, 
/**
 * Every day of the range.
 */
daily: Array<PortfolioDay>, 
/**
 * Lowest and highest CPC among campaigns of this currency with at least
 * [`MIN_CLICKS_FOR_CPC_RANK`] clicks (CPCs in different currencies do not compare).
 */
bestCpc: CampaignScore | null, worstCpc: CampaignScore | null, };

export type TypeGroup = { objective: Objective, byCurrency: Array<Totals>, };

export type Portfolio = { range: DateRange, campaigns: number, 
/**
 * Grouped by currency (sorted by code): no conversion between them.
 */
byCurrency: Array<CurrencyGroup>, 
/**
 * Sorted by objective code.
 */
byType: Array<TypeGroup>, 
/**
 * Sorted by spend (highest first) within each currency, currencies by code.
 */
byCountry: Array<CountryRow>, 
/**
 * Every campaign, in the order given.
 */
scores: Array<CampaignScore>, 
/**
 * Highest and lowest CTR among campaigns with at least [`MIN_IMPRESSIONS_FOR_CTR_RANK`]
 * impressions (CTR has no currency: ranked across all).
 */
bestCtr: CampaignScore | null, worstCtr: CampaignScore | null, minClicksForCpcRank: number, minImpressionsForCtrRank: number, rowsLeftOut: number, };

export type PortfolioView = { artist: string, portfolio: Portfolio, 
/**
 * One daily-spend figure per currency, in `portfolio.by_currency` order.
 */
figures: Array<PageFigure>, 
/**
 * Campaigns whose results could not be read (name: reason); the totals leave them out.
 */
leftOut: Array<string>, timeZone: string, fetchedAt: string, };

export type LaunchState = "pending" | "launched";

export type DraftRecord = { 
/**
 * Empty for a draft never saved: `save` gives it one.
 */
id: string, 
/**
 * Whose draft it is (a profile id, "demo"): drafts never show in another account.
 */
scope: string, brandId: number, draft: CampaignDraft, createdAt: string, updatedAt: string, 
/**
 * 0 before the first save; each save returns the next one.
 */
revision: number, launchState: LaunchState | null, launchedCampaignId: string | null, };

export type DraftSummary = { id: string, brandId: number, name: string, objective: string, 
/**
 * As typed.
 */
budget: string, currency: string, updatedAt: string, revision: number, launchState: LaunchState | null, };

export type MetaCampaignDraft = { 
/**
 * The key of one of the Meta ad accounts the workspace shows (`options().accounts`).
 */
account: string, name: string, 
/**
 * One of the reference's objectives (LINK_CLICKS, REACH, ...).
 */
objective: string, 
/**
 * NONE alone, or the categories the ads are in (HOUSING, EMPLOYMENT, CREDIT,
 * ISSUES_ELECTIONS_POLITICS).
 */
specialAdCategories: Array<string>, 
/**
 * "daily" or "lifetime".
 */
budgetKind: string, 
/**
 * In the account's currency, as typed ("25.50"; whole units for JPY, KRW...).
 */
amount: string, 
/**
 * One of the documented bid strategies.
 */
bidStrategy: string, 
/**
 * "PAUSED" (the default) or "ACTIVE" (starts delivering as soon as it has ads).
 */
status: string, };

export type MetaAccountOption = { key: string, label: string, 
/**
 * The account's currency; None when it could not be read (see `problem`).
 */
currency: string | null, 
/**
 * Graph's real base: a campaign started here spends money. A local simulator does not.
 */
spendsMoney: boolean, 
/**
 * Why the account cannot be used now (it could not be read).
 */
problem: string | null, };

export type MetaChoice = { value: string, label: string, hint: string | null, };

export type MetaCampaignOptions = { accounts: Array<MetaAccountOption>, objectives: Array<Choice>, specialAdCategories: Array<MetaChoice>, bidStrategies: Array<MetaChoice>, 
/**
 * A new draft with the defaults (paused, no special category, first account).
 */
draft: MetaCampaignDraft, };

export type MetaCreateResult = { "outcome": "created", 
/**
 * Routed as the list routes it (`meta:<key>:<id>`, or the bare id for the main account).
 */
campaignId: string, 
/**
 * The new campaign as the list shows it; None if it could not be read back yet.
 */
campaign: Campaign | null, 
/**
 * The answer was lost and the campaign was found in the account afterwards.
 */
recovered: boolean, } | { "outcome": "invalid", problems: Array<Problem>, } | { "outcome": "confirmation_needed", phrase: string, message: string, } | { "outcome": "unknown", message: string, };

export type MarinCampaignDraft = { 
/**
 * The key of one of the Marin accounts the workspace shows (`options().accounts`).
 */
account: string, 
/**
 * The media plan's id (the API's `clients`), one of the account's.
 */
plan: string, name: string, 
/**
 * One of the reference's objectives (fan_acq, reach, ...).
 */
objective: string, 
/**
 * "daily" or "lifetime".
 */
budgetType: string, 
/**
 * In the account's currency, as typed ("25.50").
 */
amount: string, 
/**
 * "YYYY-MM-DDTHH:MM", in UTC (sent as a Unix timestamp).
 */
startDate: string, 
/**
 * Like `start_date`; empty: no end.
 */
endDate: string, 
/**
 * credit / housing / employment / none.
 */
specialAdCategory: string, 
/**
 * For website_conv only.
 */
pixelExternalId: string, pixelEvent: string, 
/**
 * For product_catalog_sales only.
 */
businessManagerId: string, productCatalogId: string, 
/**
 * "pause" (the default) or "play" (starts delivering at once).
 */
status: string, };

export type MarinPlanOption = { id: string, name: string, };

export type MarinAccountOption = { key: string, label: string, 
/**
 * The account's currency; None when it could not be read (see `problem`).
 */
currency: string | null, 
/**
 * Marin's real API: a campaign started here spends money. A local simulator does not.
 */
spendsMoney: boolean, plans: Array<MarinPlanOption>, 
/**
 * Why the account cannot be used now (it or its media plans could not be read, or it has
 * no media plan).
 */
problem: string | null, };

export type MarinCampaignOptions = { accounts: Array<MarinAccountOption>, objectives: Array<Choice>, specialAdCategories: Array<Choice>, pixelEvents: Array<Choice>, 
/**
 * A new draft with the defaults (paused, daily, no special category, first account and
 * its first plan).
 */
draft: MarinCampaignDraft, };

export type MarinCreateResult = { "outcome": "created", 
/**
 * Routed as the list routes it (`marin:<key>:<id>`, or the bare id for the main
 * account).
 */
campaignId: string, 
/**
 * The new campaign as the list shows it; None if it could not be mapped.
 */
campaign: Campaign | null, 
/**
 * The answer was lost and the campaign was found in the media plan afterwards.
 */
recovered: boolean, } | { "outcome": "invalid", problems: Array<Problem>, } | { "outcome": "confirmation_needed", phrase: string, message: string, } | { "outcome": "unknown", message: string, };

export const ERROR_CODES: readonly ErrorCode[] = ["validation", "unauthorized", "forbidden", "not_found", "rate_limited", "server", "network", "timeout", "decode", "config", "not_ready", "keychain_unavailable", "keychain_locked", "key_missing", "unsupported", "internal"];

export type Invoke = <T>(cmd: string, args?: Record<string, unknown>) => Promise<T>;

/** Typed wrappers over every app command. */
export function commands(invoke: Invoke) {
  return {
    /** The connected workspace (demo, Sandbox, Production). */
    workspaceInfo: () => invoke<WorkspaceInfo>("workspace_info"),
    /** Records a point of the page's startup (the startup timeline scripts/bench reads). */
    startupMark: (mark: UiMark) => invoke<null>("startup_mark", { mark }),
    /** Brands (artists) the key can act for. */
    listBrands: () => invoke<Array<BrandView>>("list_brands"),
    /** Act for this brand from now on. */
    selectBrand: (brandId: number) => invoke<BrandView>("select_brand", { brandId }),
    /** One page of the active brand's campaigns. */
    listCampaigns: (query: CampaignQuery) => invoke<CampaignPageView>("list_campaigns", { query }),
    /** The campaign page: KPIs, pacing, figures, breakdowns, statuses. */
    campaignDetail: (id: string, first: string | null, last: string | null, locale: string) => invoke<CampaignDetail>("campaign_detail", { id, first, last, locale }),
    /** The campaign page from the local history (painted at once); null if never opened. */
    keptCampaignDetail: (id: string, first: string | null, last: string | null, locale: string) => invoke<CampaignDetail | null>("kept_campaign_detail", { id, first, last, locale }),
    /** Saves the daily stats (CSV) or a chart (SVG, PNG) where the manager picks; the path, or null if cancelled. */
    exportCampaign: (id: string, first: string | null, last: string | null, locale: string, request: ExportRequest) => invoke<string | null>("export_campaign", { id, first, last, locale, request }),
    /** Pause or resume a campaign the platform runs; answers the campaign as it is now. Resuming one that spends real money needs `confirmed` (else a validation error with a `confirmation` problem). */
    setCampaignPaused: (id: string, paused: boolean, confirmed: boolean) => invoke<Campaign>("set_campaign_paused", { id, paused, confirmed }),
    /** Change a running campaign's budget and/or end date. */
    editCampaign: (id: string, edit: CampaignEdit) => invoke<Campaign>("edit_campaign", { id, edit }),
    /** Change one ad set's daily budget and/or bid (Marin Social); answers the ad set as it is now. Bad input is a validation error with each problem at its field (`dailyBudget`, `bid`). */
    editAdSet: (id: string, adSet: string, change: AdSetChange) => invoke<PlatformAdSet>("edit_ad_set", { id, adSet, change }),
    /** Pause or resume one ad of a campaign (Marin Social). Resuming one that spends real money needs `confirmed` (else a validation error with a `confirmation` problem). */
    setAdPaused: (id: string, ad: string, paused: boolean, confirmed: boolean) => invoke<null>("set_ad_paused", { id, ad, paused, confirmed }),
    /** Add places to a market of a campaign the platform runs; answers its markets as they are now. */
    addCampaignLocations: (id: string, marketId: string, places: Array<Place>) => invoke<Array<CampaignMarket>>("add_campaign_locations", { id, marketId, places }),
    /** Pause or resume one location of a market; answers the campaign's markets as they are now. */
    setLocationPaused: (id: string, marketId: string, key: string, paused: boolean) => invoke<Array<CampaignMarket>>("set_location_paused", { id, marketId, key, paused }),
    /** The active artist's campaigns together, grouped by currency. */
    portfolio: (first: string | null, last: string | null, locale: string) => invoke<PortfolioView>("portfolio", { first, last, locale }),
    /** Saves the portfolio's daily rows (CSV) or a currency's chart (SVG, PNG) where the manager picks; the path, or null if cancelled. */
    exportPortfolio: (first: string | null, last: string | null, locale: string, request: ExportRequest) => invoke<string | null>("export_portfolio", { first, last, locale, request }),
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
    /** What the campaign wizard opens with for the active artist. */
    wizardContext: () => invoke<WizardContext>("wizard_context"),
    /** The documented rules on a draft: each problem at its request field. */
    validateDraft: (draft: CampaignDraft, currency: string | null) => invoke<Array<Problem>>("validate_draft", { draft, currency }),
    /** The request a launch will send, its budget figures and the confirmation phrase. */
    launchPreview: (draft: CampaignDraft, artist: string, brandId: number | null) => invoke<LaunchPreview>("launch_preview", { draft, artist, brandId }),
    /** A picker's type-ahead query; older generations of the same picker are dropped. */
    search: (kind: SearchKind, picker: string, query: string, generation: number) => invoke<SearchAnswer>("search", { kind, picker, query, generation }),
    /** What budgets bought in the artist's recent campaigns of this type. */
    budgetHistory: (objective: string, currency: string) => invoke<BudgetHistory | null>("budget_history", { objective, currency }),
    /** A pasted list of interests or artists, each name with its best match. */
    resolveAudiences: (text: string) => invoke<PastedList>("resolve_audiences", { text }),
    /** The artist's Instagram posts. */
    listPosts: () => invoke<Array<Post>>("list_posts"),
    /** The artist's YouTube videos. */
    listVideos: () => invoke<Array<Video>>("list_videos"),
    /** Launch a draft, at most once; Production needs the typed confirmation. */
    launchCampaign: (request: LaunchRequest, draftId: string | null) => invoke<CreateResult>("launch_campaign", { request, draftId }),
    /** One campaign, fresh from the provider. */
    getCampaign: (id: string) => invoke<Campaign>("get_campaign", { id }),
    /** Drafts of the account and artist in use, newest first. */
    listDrafts: () => invoke<Array<DraftSummary>>("list_drafts"),
    /** One saved draft. */
    getDraft: (id: string) => invoke<DraftRecord>("get_draft", { id }),
    /** Save the wizard's draft (a stale revision is refused, never overwritten). */
    saveDraft: (id: string | null, revision: number, draft: CampaignDraft, brandId: number | null) => invoke<DraftRecord>("save_draft", { id, revision, draft, brandId }),
    /** Delete a draft. */
    deleteDraft: (id: string) => invoke<null>("delete_draft", { id }),
    /** A copy of a draft, as a new draft. */
    duplicateDraft: (id: string) => invoke<DraftRecord>("duplicate_draft", { id }),
    /** An artwork or thumbnail address as a data: URL (https only, fetched once, cached on disk). */
    image: (url: string) => invoke<string>("image", { url }),
    /** The Meta ad accounts the workspace shows and the documented choices for a new campaign. */
    metaCampaignOptions: () => invoke<MetaCampaignOptions>("meta_campaign_options"),
    /** The reference's rules on a new Meta campaign: each problem at its draft field. */
    validateMetaCampaign: (draft: MetaCampaignDraft) => invoke<Array<Problem>>("validate_meta_campaign", { draft }),
    /** Create a Meta campaign, at most once; starting one that spends money needs the typed phrase. */
    createMetaCampaign: (draft: MetaCampaignDraft, confirmation: string | null) => invoke<MetaCreateResult>("create_meta_campaign", { draft, confirmation }),
    /** The Marin Social accounts the workspace shows, their media plans, and the documented choices for a new campaign. */
    marinCampaignOptions: () => invoke<MarinCampaignOptions>("marin_campaign_options"),
    /** The reference's rules on a new Marin Social campaign: each problem at its draft field. */
    validateMarinCampaign: (draft: MarinCampaignDraft) => invoke<Array<Problem>>("validate_marin_campaign", { draft }),
    /** Create a Marin Social campaign, at most once; starting one that spends money needs the typed phrase. */
    createMarinCampaign: (draft: MarinCampaignDraft, confirmation: string | null) => invoke<MarinCreateResult>("create_marin_campaign", { draft, confirmation }),
  };
}

export const COMMAND_NAMES = ["workspace_info", "startup_mark", "list_brands", "select_brand", "list_campaigns", "campaign_detail", "kept_campaign_detail", "export_campaign", "set_campaign_paused", "edit_campaign", "edit_ad_set", "set_ad_paused", "add_campaign_locations", "set_location_paused", "portfolio", "export_portfolio", "create_brand", "keychain_status", "list_profiles", "add_profile", "rename_profile", "remove_profile", "test_profile", "use_profile", "wizard_context", "validate_draft", "launch_preview", "search", "budget_history", "resolve_audiences", "list_posts", "list_videos", "launch_campaign", "get_campaign", "list_drafts", "get_draft", "save_draft", "delete_draft", "duplicate_draft", "image", "meta_campaign_options", "validate_meta_campaign", "create_meta_campaign", "marin_campaign_options", "validate_marin_campaign", "create_marin_campaign"] as const;
