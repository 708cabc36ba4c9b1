import { NotFoundError } from './errors.js';
import type { CommodityAliasRecord, CommodityHsRecord, CommodityRecord } from './records.js';
import { COMMODITY_ENTRIES, type CommodityEntry } from './reference/commodities-data.js';
import { closestMatches, nameKeys, normalizeName } from './text.js';

/** Commodity resolution: name, alias, symbol, plural or hyphenated form → canonical id. */
const byId = new Map<string, CommodityEntry>();
const byKey = new Map<string, string>();
const bySymbol = new Map<string, string>();

for (const c of COMMODITY_ENTRIES) {
  byId.set(c.id, c);
  if (c.symbol) bySymbol.set(c.symbol, c.id);
}
for (const c of COMMODITY_ENTRIES) for (const k of [...nameKeys(c.id), ...nameKeys(c.name)]) if (!byKey.has(k)) byKey.set(k, c.id);
for (const c of COMMODITY_ENTRIES) for (const a of c.aliases) for (const k of nameKeys(a)) if (!byKey.has(k)) byKey.set(k, c.id);

export function resolveCommodity(name: string): string | undefined {
  const t = name.trim();
  // Element symbols are case-sensitive ("W", "Sb"): "w" alone is not tungsten, but "W" is.
  const sym = bySymbol.get(t);
  if (sym) return sym;
  for (const k of nameKeys(t)) {
    const hit = byKey.get(k);
    if (hit) return hit;
  }
  return undefined;
}

export function findCommodity(name: string): string {
  const id = resolveCommodity(name);
  if (id) return id;
  const cands = COMMODITY_ENTRIES.flatMap((c) => [c.name, c.id, ...c.aliases].map((a) => ({ key: normalizeName(a), display: c.name })));
  throw new NotFoundError('commodity', name, closestMatches(name, cands));
}

export function commodityEntry(id: string): CommodityEntry | undefined {
  return byId.get(id);
}

export function allCommodities(): readonly CommodityEntry[] {
  return COMMODITY_ENTRIES;
}

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
  const hs: CommodityHsRecord[] = COMMODITY_ENTRIES.flatMap((c) => [
    ...c.hsOre.map((h) => ({ commodity_id: c.id, hs_code: h, stage: 'ore' as const, description: '', source: 'reference' })),
    ...c.hsRefined.map((h) => ({ commodity_id: c.id, hs_code: h, stage: 'refined' as const, description: '', source: 'reference' })),
  ]);
  return { commodities, aliases, hs };
}
