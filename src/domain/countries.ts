import { NotFoundError } from './errors.js';
import type { CountryAliasRecord, CountryRecord } from './records.js';
import { COUNTRY_ENTRIES, type CountryEntry } from './reference/countries-data.js';
import { closestMatches, nameKeys, normalizeName } from './text.js';

/**
 * Country resolution: any name, code, demonym, capital or Cyrillic form → ISO 3166-1 alpha-3.
 * Pure and synchronous (a prebuilt index over the reference table), so importers, analytics and
 * the extractor all share it.
 */
const byIso3 = new Map<string, CountryEntry>();
const byKey = new Map<string, string>();

function addKey(key: string, iso3: string): void {
  if (key && !byKey.has(key)) byKey.set(key, iso3);
}

for (const c of COUNTRY_ENTRIES) byIso3.set(c.iso3, c);
// Codes first (exact), then names, then the looser forms: earlier entries win a clash.
for (const c of COUNTRY_ENTRIES) {
  addKey(c.iso3.toLowerCase(), c.iso3);
  if (c.iso2) addKey(c.iso2.toLowerCase(), c.iso3);
}
for (const c of COUNTRY_ENTRIES) for (const n of [c.name, c.official ?? '']) for (const k of nameKeys(n)) addKey(k, c.iso3);
for (const c of COUNTRY_ENTRIES) for (const n of [...c.aliases, ...c.demonyms, ...c.capitals]) for (const k of nameKeys(n)) addKey(k, c.iso3);

/** The ISO3 code for a name or code, or undefined. */
export function resolveCountry(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed) && byIso3.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  for (const k of nameKeys(trimmed)) {
    const hit = byKey.get(k);
    if (hit) return hit;
  }
  return undefined;
}

/** Like resolveCountry but throws NotFoundError listing close matches. */
export function findCountry(name: string): string {
  const iso3 = resolveCountry(name);
  if (iso3) return iso3;
  throw new NotFoundError('country', name, suggestCountries(name));
}

export function suggestCountries(name: string): string[] {
  const cands = COUNTRY_ENTRIES.flatMap((c) =>
    [c.name, ...c.aliases].map((a) => ({ key: normalizeName(a), display: `${c.name} (${c.iso3})` })),
  );
  return closestMatches(name, cands);
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
    push(c.iso3, c.iso3, 'code');
    if (c.iso2) push(c.iso2, c.iso3, 'code');
    c.demonyms.forEach((d) => push(d, c.iso3, 'demonym'));
    c.capitals.forEach((d) => push(d, c.iso3, 'capital'));
    c.aliases.forEach((d) => push(d, c.iso3, /[\u0400-\u04ff]/.test(d) ? 'cyrillic' : 'alias'));
  }
  return { countries, aliases };
}

/** Names datasets use for aggregates rather than countries ("World total", "Other countries"). */
export function isAggregateName(name: string): boolean {
  const k = normalizeName(name);
  return /^(world|world total|other|others|other countries|total|rest of world|world total rounded)\b/.test(k) || k.startsWith('world total');
}
