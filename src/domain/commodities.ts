import { NotFoundError } from './errors.js';
import type { CommodityAliasRecord, CommodityHsRecord, CommodityRecord } from './records.js';
import { COMMODITY_ENTRIES, HS_NOTES, type CommodityEntry } from './reference/commodities-data.js';
import { closestMatches, nameKeys, normalizeName } from './text.js';

/**
 * Commodity resolution: name, alias, symbol, plural, hyphenated or Cyrillic form → canonical id.
 * Pure and synchronous (a prebuilt index over the reference table), shared by importers, the CLI
 * and the extractor.
 *
 * Symbols and other one- or two-letter codes match case-sensitively only ("W", "Sb", "In", "NG"),
 * so the English words "in", "as" and "be" never resolve to indium, arsenic or beryllium. Every
 * longer name folds case, accents, punctuation, hyphens and a plural "s".
 */
const byId = new Map<string, CommodityEntry>();
const exact = new Map<string, string>();
const byKey = new Map<string, string>();

/** Keys shorter than this are codes, looked up exactly. */
const MIN_KEY = 3;

function addKeys(name: string, id: string): void {
  if (normalizeName(name).length < MIN_KEY) {
    if (!exact.has(name.trim())) exact.set(name.trim(), id);
    return;
  }
  for (const k of nameKeys(name)) if (k.length >= MIN_KEY && !byKey.has(k)) byKey.set(k, id);
}

for (const c of COMMODITY_ENTRIES) {
  byId.set(c.id, c);
  if (c.symbol && !exact.has(c.symbol)) exact.set(c.symbol, c.id);
}
// Ids and names first, then aliases: earlier entries win a clash (the tests assert there is none).
for (const c of COMMODITY_ENTRIES) for (const n of [c.id, c.name]) addKeys(n, c.id);
for (const c of COMMODITY_ENTRIES) for (const a of c.aliases) addKeys(a, c.id);
for (const c of COMMODITY_ENTRIES) if (c.symbol && c.symbol.length >= MIN_KEY) addKeys(c.symbol, c.id);

/** Words that name a stage or form rather than the commodity: "tungsten ores and concentrates". */
const FORM_WORDS = new Set([
  'ore', 'ores', 'concentrate', 'concentrates', 'and', 'unwrought', 'refined', 'powder', 'powders', 'compounds',
  'metal', 'metals', 'battery', 'metallurgy', 'grade', 'all', 'forms', 'waste', 'scrap', 'content',
]);

/**
 * The forms of a label tried in turn: as given, without brackets ("Tungsten (W)"), before a comma
 * or dash ("COPPER, refined", "Lithium – battery grade"), then each without form words.
 */
function candidates(label: string): string[] {
  const noBrackets = label.replace(/\s*[([][^)\]]*[)\]]/g, ' ').trim();
  const head = (noBrackets.split(/[,;:–—]/)[0] ?? '').trim();
  const forms = [label, noBrackets, head];
  for (const f of [noBrackets, head]) {
    const kept = normalizeName(f).split(' ').filter((w) => !FORM_WORDS.has(w));
    forms.push(kept.join(' '));
  }
  return [...new Set(forms.filter((f) => f.length > 0))];
}

/** The canonical id for a commodity name, alias or symbol, or undefined. */
export function resolveCommodity(name: string): string | undefined {
  const t = name.trim();
  if (!t) return undefined;
  const code = exact.get(t);
  if (code) return code;
  for (const form of candidates(t)) {
    for (const k of nameKeys(form)) {
      if (k.length < MIN_KEY) continue;
      const hit = byKey.get(k);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Like resolveCommodity but throws NotFoundError (exit 2) listing close matches. */
export function findCommodity(name: string): string {
  const id = resolveCommodity(name);
  if (id) return id;
  throw new NotFoundError('commodity', name, suggestCommodities(name));
}

/** Commodity names close to an unknown name, best first. */
export function suggestCommodities(name: string): string[] {
  const cands = COMMODITY_ENTRIES.flatMap((c) => [c.name, c.id, ...c.aliases].map((a) => ({ key: normalizeName(a), display: c.name })));
  return closestMatches(name, cands);
}

export function commodityEntry(id: string): CommodityEntry | undefined {
  return byId.get(id);
}

/** The display name of a commodity id (the id itself when unknown). */
export function commodityName(id: string): string {
  return byId.get(id)?.name ?? id;
}

export function allCommodities(): readonly CommodityEntry[] {
  return COMMODITY_ENTRIES;
}

/** The ids of every member of a group, at any depth (rare-earths → light-rare-earths, cerium…). */
export function commodityMembers(id: string): string[] {
  const out: string[] = [];
  const walk = (parent: string): void => {
    for (const c of COMMODITY_ENTRIES) {
      if (c.parent === parent && !out.includes(c.id)) {
        out.push(c.id);
        walk(c.id);
      }
    }
  };
  walk(id);
  return out;
}

/** HS codes of a commodity, ore stage first; one stage when asked. Empty for an unknown id. */
export function hsCodesFor(id: string, stage?: 'ore' | 'refined'): string[] {
  const c = byId.get(id);
  if (!c) return [];
  if (stage === 'ore') return [...c.hsOre];
  if (stage === 'refined') return [...c.hsRefined];
  return [...c.hsOre, ...c.hsRefined];
}

export interface HsLookupOptions {
  /**
   * Also return commodities whose codes sit inside the given (shorter) code: a 4-digit heading
   * such as 2612 then gives uranium (2612 10) and thorium (2612 20). Off by default, so a basket
   * HS6 (2530 90) is not claimed by the CN8 lines of it that the table names.
   */
  nested?: boolean;
}

/**
 * Commodity ids whose HS codes cover a code (an HS code of the table is a prefix of it: 2611
 * covers 261100; 811292 covers CN 81129289), most specific first: 81129289 gives gallium (its own
 * CN8 line) before the other metals of 8112 92. Dots and spaces in the code are ignored.
 */
export function commoditiesForHs(hsCode: string, options: HsLookupOptions = {}): string[] {
  const digits = hsCode.replace(/[^0-9]/g, '');
  if (digits.length < 2) return [];
  const hits: { id: string; score: number; order: number }[] = [];
  COMMODITY_ENTRIES.forEach((c, order) => {
    let score = -1;
    for (const code of [...c.hsOre, ...c.hsRefined]) {
      if (digits.startsWith(code)) score = Math.max(score, code.length);
      else if (options.nested && code.startsWith(digits)) score = Math.max(score, 0);
    }
    if (score >= 0) hits.push({ id: c.id, score, order });
  });
  hits.sort((a, b) => b.score - a.score || a.order - b.order);
  return hits.map((h) => h.id);
}

/** Rows for the commodity, commodity_alias and commodity_hs tables. */
export function commodityRecords(): { commodities: CommodityRecord[]; aliases: CommodityAliasRecord[]; hs: CommodityHsRecord[] } {
  const commodities = COMMODITY_ENTRIES.map((c) => ({
    id: c.id,
    name: c.name,
    symbol: c.symbol,
    basis: c.basis,
    usgs_critical_2025: c.usgsCritical2025 ? 1 : 0,
    eu_critical_2023: c.euCritical2023 ? 1 : 0,
    eu_strategic_2023: c.euStrategic2023 ? 1 : 0,
    description: c.description,
  }));
  const aliases: CommodityAliasRecord[] = [];
  const seen = new Set<string>();
  const push = (alias: string, id: string, kind: string): void => {
    const key = normalizeName(alias);
    if (!key || seen.has(`${key}|${id}`)) return;
    seen.add(`${key}|${id}`);
    aliases.push({ alias_key: key, alias, commodity_id: id, kind });
  };
  for (const c of COMMODITY_ENTRIES) {
    push(c.name, c.id, 'name');
    if (c.symbol) push(c.symbol, c.id, 'symbol');
    c.aliases.forEach((a) => push(a, c.id, 'alias'));
  }
  const hsRow = (c: CommodityEntry, code: string, stage: 'ore' | 'refined'): CommodityHsRecord => ({
    commodity_id: c.id,
    hs_code: code,
    stage,
    description: HS_NOTES[code] ?? '',
    source: 'reference',
  });
  const hs: CommodityHsRecord[] = COMMODITY_ENTRIES.flatMap((c) => [
    ...c.hsOre.map((h) => hsRow(c, h, 'ore')),
    ...c.hsRefined.map((h) => hsRow(c, h, 'refined')),
  ]);
  return { commodities, aliases, hs };
}
