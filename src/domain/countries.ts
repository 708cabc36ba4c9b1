import { NotFoundError } from './errors.js';
import { resolveGroup } from './groups.js';
import type { CountryAliasRecord, CountryRecord } from './records.js';
import { COUNTRY_ENTRIES, type CountryEntry } from './reference/countries-data.js';
import { closestMatches, editDistance, normalizeName } from './text.js';

/**
 * Country resolution: any name, code, demonym, capital or Cyrillic form → ISO 3166-1 alpha-3.
 * Pure and synchronous (a prebuilt index over the reference table), so importers, analytics and
 * the extractor all share it.
 *
 * Forgiving where it cannot be wrong: case, accents, hyphens, punctuation, "the", "of", "and",
 * possessives ("Beijing's"), Cyrillic (transliterated), mojibake from a UTF-8 file read as
 * Latin-1 ("CÃ´te d'Ivoire"), dataset abbreviations ("Rep.", "Dem.", "Isds", "St."), inverted
 * forms ("Korea, Republic of", "Bahamas, The") and qualifiers in brackets ("Brazil
 * (beneficiated)", "Myanmar (Burma)"). Never fuzzy: a misspelling resolves to nothing, and
 * suggestCountries() offers the close matches.
 *
 * Codes: alpha-3, alpha-2, M49 and Comtrade/BACI numeric codes, and abbreviations ("U.S.",
 * "PRC", "DPRK"). Two-letter codes and abbreviations count only when written in capitals, and
 * three-letter codes that are English words ("CAN", "ARE", "SUN") too, so "us", "can" and "no"
 * never resolve.
 *
 * Ambiguous names take the reading the reference table documents: "Congo" is the Republic of
 * the Congo (ISO/UN short name), "Korea" and "Korean" South Korea, "Dominican" the Dominican
 * Republic, "Sudan" the Republic of the Sudan, "CS" Serbia and Montenegro; "Niger"/"Nigeria",
 * "Guinea"/"Equatorial Guinea"/"Guinea-Bissau" and "Dominica"/"Dominican Republic" are distinct.
 */

/** Three-letter codes and abbreviations that are also English words: they count in capitals only. */
const WORD_CODES = new Set([
  'ago', 'and', 'ant', 'are', 'arm', 'bel', 'ben', 'bra', 'can', 'car', 'cod', 'cog', 'col', 'com', 'cub', 'dom', 'fin',
  'gab', 'gin', 'gum', 'guy', 'hun', 'jam', 'ken', 'lie', 'mac', 'mar', 'mus', 'nam', 'nic', 'nor', 'pan', 'per', 'pol',
  'pry', 'rom', 'sen', 'som', 'sun', 'sur', 'ton', 'tun', 'vat',
]);

/** Abbreviations datasets use inside names, expanded word by word. */
const WORD_EXPANSIONS: Record<string, string> = {
  rep: 'republic', dem: 'democratic', fed: 'federal', sts: 'states', isds: 'islands', isd: 'island', is: 'islands',
  st: 'saint', ste: 'sainte', br: 'british', fr: 'french', terr: 'territory', fmr: 'former', utd: 'united',
};
const STOPWORDS = new Set(['the', 'of', 'and']);

/** Qualifiers that add nothing after a comma or in brackets: "Egypt, Arab Rep.", "Bolivia (Plurinational State of)". */
const GENERIC_WORDS = new Set([
  'republic', 'islamic', 'arab', 'rb', 'bolivarian', 'plurinational', 'state', 'federal', 'federated', 'states',
  'kingdom', 'united', 'federation', 'commonwealth', 'principality', 'sultanate', 'grand', 'duchy', 'fed', 'sts', 'rep',
]);

/** The lookup key of a name: normalised, dataset abbreviations expanded, "the"/"of"/"and" dropped. */
export function countryKey(name: string): string {
  return normalizeName(name)
    .split(' ')
    .map((w) => WORD_EXPANSIONS[w] ?? w)
    .filter((w) => w && !STOPWORDS.has(w))
    .join(' ');
}

function isAbbreviation(alias: string): boolean {
  return /^[A-Z](?:[A-Z.\s]*[A-Z])?\.?$/.test(alias) && alias.replace(/[^A-Z]/g, '').length <= 5;
}

const byIso3 = new Map<string, CountryEntry>();
const byCode = new Map<string, string>(); // upper-case codes and abbreviations
const byNumber = new Map<string, string>(); // M49 (unpadded) and trade codes
const byKey = new Map<string, string>();
const byRaw = new Map<string, string>(); // forms with no Latin or Cyrillic letters (中国)
const conflicts: { key: string; kept: string; dropped: string }[] = [];

function addCode(code: string, iso3: string): void {
  const k = code.replace(/[.\s]/g, '').toUpperCase();
  if (k && !byCode.has(k)) byCode.set(k, iso3);
}

function addKey(key: string, iso3: string): void {
  if (!key) return;
  const have = byKey.get(key);
  if (have === undefined) byKey.set(key, iso3);
  else if (have !== iso3) conflicts.push({ key, kept: have, dropped: iso3 });
}

function addName(name: string, iso3: string): void {
  const key = countryKey(name);
  if (key) addKey(key, iso3);
  else if (name.trim() && !byRaw.has(name.trim())) byRaw.set(name.trim(), iso3);
}

for (const c of COUNTRY_ENTRIES) byIso3.set(c.iso3, c);
// Earlier passes win a clash: codes, then names, official names, aliases, demonyms, capitals.
for (const c of COUNTRY_ENTRIES) addCode(c.iso3, c.iso3);
for (const c of COUNTRY_ENTRIES) if (c.iso2) addCode(c.iso2, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const code of c.otherCodes) addCode(code, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const a of c.aliases) if (isAbbreviation(a)) addCode(a, c.iso3);
for (const c of COUNTRY_ENTRIES) if (c.m49) byNumber.set(String(Number(c.m49)), c.iso3);
for (const c of COUNTRY_ENTRIES) for (const t of c.tradeCodes) if (!byNumber.has(t)) byNumber.set(t, c.iso3);
for (const c of COUNTRY_ENTRIES) addName(c.name, c.iso3);
for (const c of COUNTRY_ENTRIES) if (c.official) addName(c.official, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const a of c.aliases) if (!isAbbreviation(a)) addName(a, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const d of c.demonyms) addName(d, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const d of c.capitals) addName(d, c.iso3);
// Last, the same keys without spaces ("D.R. Congo" = "DRCongo"), never overriding a spaced key.
for (const [key, iso3] of [...byKey]) if (key.includes(' ') && !byKey.has(key.replace(/ /g, ''))) byKey.set(key.replace(/ /g, ''), iso3);

function lookupCode(text: string): string | undefined {
  const compact = text.replace(/[.\s]/g, '');
  if (/^\d{1,3}$/.test(compact)) return byNumber.get(String(Number(compact)));
  if (!/^[A-Za-z][A-Za-z0-9]{1,4}$/.test(compact)) return undefined;
  if (compact === compact.toUpperCase()) return byCode.get(compact);
  // Written in lower or mixed case: a code only if three or more letters and not an English word.
  if (compact.length < 3 || WORD_CODES.has(compact.toLowerCase())) return undefined;
  return byCode.get(compact.toUpperCase());
}

function lookupExact(text: string): string | undefined {
  const code = lookupCode(text);
  if (code) return code;
  const key = countryKey(text);
  if (!key) return byRaw.get(text.trim());
  return byKey.get(key) ?? byKey.get(key.replace(/ /g, ''));
}

/** Undoes UTF-8 text that was decoded as Latin-1 ("TÃ¼rkiye" → "Türkiye"). */
function repairMojibake(text: string): string {
  if (!/[ÃÂ][\u0080-\u00bf]/.test(text)) return text;
  const fixed = Buffer.from(text, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? text : fixed;
}

function tidy(text: string): string {
  return repairMojibake(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/(\p{L})['’]s$/u, '$1')
    .replace(/(s)['’]$/u, '$1');
}

function isGeneric(text: string): boolean {
  const words = countryKey(text).split(' ').filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

function resolveTidy(text: string): string | undefined {
  const exact = lookupExact(text);
  if (exact) return exact;
  // "Korea, Republic of" → "Republic of Korea"; "Egypt, Arab Rep." → "Egypt".
  const comma = /^([^,]+),([^,]+)$/.exec(text);
  if (comma) {
    const head = comma[1]!.trim();
    const tail = comma[2]!.trim();
    const swapped = lookupExact(`${tail} ${head}`);
    if (swapped) return swapped;
    if (isGeneric(tail)) return lookupExact(head);
  }
  // "Korea (North)" → "North Korea"; "Brazil (beneficiated)" → "Brazil", unless the bracket
  // names another country ("Russia (Kazakhstan)" stays unresolved).
  const paren = /^(.*?)\s*\(([^()]*)\)\s*(.*)$/.exec(text);
  if (paren) {
    const head = `${paren[1]!} ${paren[3]!}`.trim();
    const inner = paren[2]!.trim();
    if (!head) return undefined;
    const swapped = lookupExact(`${inner} ${head}`);
    if (swapped) return swapped;
    const outer = resolveTidy(head);
    if (!outer) return undefined;
    const named = isGeneric(inner) ? undefined : lookupExact(inner);
    return named === undefined || named === outer ? outer : undefined;
  }
  return undefined;
}

/** The ISO3 code for a name or code, or undefined. */
export function resolveCountry(name: string): string | undefined {
  const text = tidy(name);
  return text ? resolveTidy(text) : undefined;
}

/** Like resolveCountry but throws NotFoundError listing close matches. */
export function findCountry(name: string): string {
  const iso3 = resolveCountry(name);
  if (iso3) return iso3;
  throw new NotFoundError('country', name, suggestCountries(name));
}

let suggestionCandidates: { key: string; display: string }[] | undefined;

/**
 * Display names ("Kazakhstan (KAZ)") of the countries whose names are closest to `name`: the
 * close matches of closestMatches(), ranked by the smallest edit distance to any of their names.
 */
export function suggestCountries(name: string, limit = 5): string[] {
  const candidates = (suggestionCandidates ??= COUNTRY_ENTRIES.flatMap((c) =>
    [c.name, c.official ?? '', ...c.aliases, ...c.demonyms, ...c.capitals]
      .map((a) => normalizeName(a))
      .filter((key) => key.length > 2)
      .map((key) => ({ key, display: `${c.name} (${c.iso3})` })),
  ));
  const key = normalizeName(name);
  const distance = (display: string): number =>
    Math.min(...candidates.filter((c) => c.display === display).map((c) => editDistance(key, c.key)));
  return closestMatches(name, candidates, limit * 2)
    .map((display, rank) => ({ display, rank, d: distance(display) }))
    .sort((a, b) => a.d - b.d || a.rank - b.rank)
    .slice(0, limit)
    .map((s) => s.display);
}

export function countryEntry(iso3: string): CountryEntry | undefined {
  return byIso3.get(iso3);
}

export function countryName(iso3: string): string {
  return byIso3.get(iso3)?.name ?? iso3;
}

export function allCountries(): readonly CountryEntry[] {
  return COUNTRY_ENTRIES;
}

/** Keys two entries claim (the first keeps it): the reference table's known ambiguities. */
export function ambiguousCountryKeys(): readonly { key: string; kept: string; dropped: string }[] {
  return conflicts;
}

/** Rows for the country and country_alias tables. */
export function countryRecords(): { countries: CountryRecord[]; aliases: CountryAliasRecord[] } {
  const countries: CountryRecord[] = COUNTRY_ENTRIES.map((c) => ({
    iso3: c.iso3,
    iso2: c.iso2,
    m49: c.m49,
    name: c.name,
    official_name: c.official,
    kind: c.kind,
  }));
  const aliases: CountryAliasRecord[] = [];
  const seen = new Set<string>();
  const push = (alias: string, iso3: string, kind: string): void => {
    const key = normalizeName(alias);
    if (!key || seen.has(`${key}|${iso3}`)) return;
    seen.add(`${key}|${iso3}`);
    aliases.push({ alias_key: key, alias, iso3, kind });
  };
  for (const c of COUNTRY_ENTRIES) {
    push(c.name, c.iso3, 'name');
    if (c.official) push(c.official, c.iso3, 'official');
    for (const code of [c.iso3, c.iso2 ?? '', c.m49 ?? '', ...c.tradeCodes, ...c.otherCodes]) push(code, c.iso3, 'code');
    c.demonyms.forEach((d) => push(d, c.iso3, 'demonym'));
    c.capitals.forEach((d) => push(d, c.iso3, 'capital'));
    c.aliases.forEach((d) => push(d, c.iso3, /[\u0400-\u04ff]/.test(d) ? 'cyrillic' : isAbbreviation(d) ? 'code' : 'alias'));
  }
  return { countries, aliases };
}

const AGGREGATE_PATTERN =
  /^(world|other|others|total|totals|rest of( the)? world|unspecified|not specified|areas|special categories|bunkers|free zones|unknown)\b|\bnes$|\bn e s\b|not elsewhere specified|customs union/;

/** Regions and blocs datasets give rows for; groups with members (EU, C5…) come from resolveGroup. */
const REGIONS = new Set(
  [
    'Africa', 'Asia', 'Europe', 'Oceania', 'Americas', 'North America', 'South America', 'Latin America',
    'Latin America and the Caribbean', 'Caribbean', 'Central America', 'Middle East', 'Near East', 'East Asia',
    'Eastern Asia', 'South Asia', 'Southern Asia', 'Southeast Asia', 'South-Eastern Asia', 'Western Asia',
    'Western Europe', 'Eastern Europe', 'Northern Europe', 'Southern Europe', 'Central Europe', 'Sub-Saharan Africa',
    'North Africa', 'Northern Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Central Africa',
    'Middle East and North Africa', 'MENA', 'ASEAN', 'OPEC', 'CIS', 'Commonwealth of Independent States', 'EFTA',
    'Pacific', 'Belgium-Luxembourg', 'Neth. Antilles and Aruba', 'Fmr Rhodesia Nyas', 'Rhodesia and Nyasaland',
  ].map((r) => countryKey(r)),
);

/**
 * Names datasets use for aggregates rather than countries: "World total", "Other countries",
 * "Other Asia, nes", regions ("Africa"), groups ("European Union", "Central Asia") and rows
 * that sum several countries ("United States and Canada", "China, Germany, and Russia").
 */
export function isAggregateName(name: string): boolean {
  const text = tidy(name);
  const bare = text.replace(/\([^)]*\)/g, ' ');
  const k = countryKey(text);
  if (!k) return false;
  const iso3 = resolveCountry(name);
  if (iso3) return byIso3.get(iso3)?.kind === 'aggregate';
  if (AGGREGATE_PATTERN.test(k) || REGIONS.has(countryKey(bare)) || resolveGroup(name)) return true;
  // Several countries summed in one row: "United States and Canada", "China, Germany, and Russia".
  const parts = bare
    .split(/,|\band\b|&|\//)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.every((p) => resolveCountry(p) !== undefined);
}
