import { isAggregateName, resolveCountry } from '../../domain/countries.js';

/**
 * Country names as MCS prints them → ISO3, or an aggregate.
 *
 * - "World total", "World total (rounded)", "World total (rutile, rounded)", "Other countries",
 *   "Other countries (includes crude)" are aggregates (never countries).
 * - A descriptive bracket ("Brazil (beneficiated)", "United States (includes Puerto Rico)") and
 *   stray spaces ("Canada ") still name the country.
 * - A combination of countries ("United States and Canada", "China, Germany, and Russia") is an
 *   aggregate too: every part is a country, but the figure belongs to none of them alone.
 * - Anything else is unknown: the caller warns and skips the row.
 */
export interface Place {
  iso3: string | null;
  isAggregate: boolean;
}

export function resolvePlace(name: string): Place | undefined {
  const clean = tidyPlace(name);
  if (clean === '') return undefined;
  if (isAggregateName(clean)) return { iso3: null, isAggregate: true };
  const direct = resolveCountry(clean);
  if (direct) return { iso3: direct, isAggregate: false };
  // Only a descriptive bracket is dropped ("(beneficiated)", "(includes Puerto Rico)"); a
  // capitalised one names the country ("Congo (Kinshasa)") and must stay.
  const bare = clean.replace(/\s*\([a-z][^)]*\)\s*$/, '').trim();
  if (bare !== clean) {
    if (isAggregateName(bare)) return { iso3: null, isAggregate: true };
    const hit = resolveCountry(bare);
    if (hit) return { iso3: hit, isAggregate: false };
  }
  const parts = bare.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => resolveCountry(p))) return { iso3: null, isAggregate: true };
  return undefined;
}

/** Collapses no-break and repeated spaces and drops footnote digits ("China3", "World total (rounded) 10"). */
export function tidyPlace(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[A-Za-z)])\s?\d{1,2}$/, '')
    .trim();
}
