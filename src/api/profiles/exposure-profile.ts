import type { Kysely } from 'kysely';
import {
  aggregateFlows, importShares, restrictedShare, supplierSetShare, type RestrictedShare, type AggregatedFlows, type ImportShares, type SetShare,
} from '../../analytics/exposure.js';
import { chooseTradeDataset, type TradeCandidate, type TradeChoice } from '../../analytics/trade-precedence.js';
import { commodityEntry, hsCodesFor } from '../../domain/commodities.js';
import { HS_NOTES } from '../../domain/reference/commodities-data.js';
import { countryEntry, countryName, resolveCountry, suggestCountries } from '../../domain/countries.js';
import { NotFoundError, UsageError } from '../../domain/errors.js';
import { groupEntry, groupMembers, resolveGroup } from '../../domain/groups.js';
import type { Completeness, ImportShareRecord, TradeFlowRecord } from '../../domain/records.js';
import { allDatasets } from '../../store/queries/reference.js';
import { tradeCoverage, tradePartners, tradeRows, type TradeCoverageRow } from '../../store/queries/trade.js';
import { importShareRows, salientRows } from '../../store/queries/us-statistics.js';
import type { Database } from '../../store/schema.js';
import { restrictionsList } from './restrictions-list.js';

export type TradeStage = 'ore' | 'refined';

/** An importing economy: one country, or a region (a group such as EU27) whose members trade inside it. */
export interface Importer {
  id: string; // ISO3 or group id
  name: string;
  members: string[]; // [iso3] for a country
  region: boolean;
}

/** Resolves `--importer`: a country name or code, or a group (EU27, C5…) as a region on a date. */
export function resolveImporter(name: string, onDate: string): Importer {
  const group = resolveGroup(name);
  const iso3 = resolveCountry(name);
  if (iso3 && (!group || name.trim().length === 3)) return { id: iso3, name: countryName(iso3), members: [iso3], region: false };
  if (group) {
    const g = groupEntry(group);
    return { id: group, name: g?.name ?? group, members: groupMembers(group, onDate), region: true };
  }
  throw new NotFoundError('importer', name, suggestCountries(name));
}

/** The HS codes of a stage, or the ore stage when the commodity has ore codes, else refined. */
export function stageCodes(commodityId: string, stage?: TradeStage): { stage: TradeStage; codes: string[] } {
  const entry = commodityEntry(commodityId);
  if (!entry) throw new NotFoundError('commodity', commodityId);
  const s: TradeStage = stage ?? (hsCodesFor(commodityId, 'ore').length > 0 ? 'ore' : 'refined');
  const codes = hsCodesFor(commodityId, s);
  if (codes.length === 0) {
    const other: TradeStage = s === 'ore' ? 'refined' : 'ore';
    throw new UsageError(`${entry.name} has no ${s}-stage HS codes`, hsCodesFor(commodityId, other).length ? `use --stage ${other}` : 'no HS codes are mapped for it');
  }
  return { stage: s, codes };
}

export function candidatesFor(coverage: readonly TradeCoverageRow[]): TradeCandidate[] {
  const byKey = new Map<string, TradeCandidate & { hs: Set<string> }>();
  for (const r of coverage) {
    const key = `${r.dataset}@${r.vintage}`;
    const c = byKey.get(key) ?? { dataset: r.dataset, vintage: r.vintage, completeness: r.completeness, hsCodes: [], rows: 0, rowsWithQuantity: 0, hs: new Set<string>() };
    for (const h of r.hs_code.split(';')) c.hs.add(h.trim());
    c.rows += r.rows;
    c.rowsWithQuantity += r.rows_with_quantity;
    byKey.set(key, c);
  }
  return [...byKey.values()].map(({ hs, ...c }) => ({ ...c, hsCodes: [...hs].sort() }));
}

/** "comtrade-dedup 2022, 2024; usitc-dataweb 1993–2025" */
export function yearsByDataset(coverage: readonly TradeCoverageRow[], requireQuantity = false): string {
  const by = new Map<string, Set<number>>();
  for (const r of coverage) {
    if (requireQuantity && r.rows_with_quantity === 0) continue;
    by.set(r.dataset, (by.get(r.dataset) ?? new Set()).add(r.year));
  }
  return [...by.entries()]
    .map(([d, ys]) => {
      const s = [...ys].sort((a, b) => a - b);
      const contiguous = s.length > 2 && (s[s.length - 1] as number) - (s[0] as number) === s.length - 1;
      return `${d} ${contiguous ? `${s[0]}–${s[s.length - 1]}` : s.join(', ')}`;
    })
    .join('; ');
}

export interface TradeSelection {
  year: number;
  hs_codes: string[];
  choice: TradeChoice;
  ranked: TradeChoice[];
  title: string;
  flows: AggregatedFlows;
  rows: TradeFlowRecord[];
  /** Partners the chosen dataset can report for the importer, when it is an excerpt; null when complete. */
  covered_partners: string[] | null;
}

/** The MCS import sources as a shares-only trade candidate (tier 7): listed partners, "Other" unattributed. */
const MCS = 'usgs-mcs';

function mcsCandidate(mcs: readonly ImportShareRecord[]): TradeCandidate[] {
  const withShares = mcs.filter((r) => r.share !== null);
  if (withShares.length === 0) return [];
  // No HS codes: published shares cover the commodity as a whole and never set what a dataset lacks.
  return [{ dataset: MCS, vintage: withShares[0]?.vintage ?? '', completeness: 'shares-only', hsCodes: [], rows: withShares.length, rowsWithQuantity: 0 }];
}

function mcsFlows(mcs: readonly ImportShareRecord[]): AggregatedFlows {
  const listed = mcs.filter((r) => r.share !== null && r.exporter_iso3);
  return {
    partners: listed.map((r) => ({ iso3: r.exporter_iso3 as string, value: r.share, quantity: null })),
    world: { iso3: 'WLD', value: 1, quantity: null },
    currency: 'share',
    basis: 'importer',
  };
}

/** The part of an MCS detail before its footnote ("Oxide -- Data have been adjusted…" → "Oxide"). */
function seriesOf(r: ImportShareRecord): string {
  return (r.detail.split(' -- ')[0] ?? '').trim();
}

/**
 * One MCS import-source series for a stage: MCS publishes several per commodity for some ("Ore and
 * concentrates", "Oxide", "Total metal and oxide"). Ore stage: an ore/concentrate series, else the
 * total; refined: the total ("Total…", "Combined total", "All"), else the largest non-ore series.
 */
export function mcsSeriesFor(rows: readonly ImportShareRecord[], stage: TradeStage): ImportShareRecord[] {
  const series = [...new Set(rows.map(seriesOf))];
  const isOre = (d: string) => /ore|concentrate/i.test(d);
  const isTotal = (d: string) => /^(all|total|combined)/i.test(d);
  const size = (d: string) => rows.filter((r) => seriesOf(r) === d).length;
  const pick =
    (stage === 'ore' ? series.find(isOre) : undefined) ??
    series.find(isTotal) ??
    [...series].filter((d) => !isOre(d)).sort((a, b) => size(b) - size(a))[0] ??
    series[0];
  return rows.filter((r) => seriesOf(r) === pick);
}

/** The end year of an MCS period such as "2021-2024". */
function periodEnd(mcs: readonly ImportShareRecord[]): number | undefined {
  const years = mcs.map((r) => Number(r.period.slice(-4))).filter((y) => Number.isFinite(y));
  return years.length ? Math.max(...years) : undefined;
}

/** Whether a year falls in the MCS period ("2021-2024"); the published shares stand for those years only. */
function inPeriod(mcs: readonly ImportShareRecord[], year: number): boolean {
  return mcs.some((r) => {
    const [from, to] = r.period.split('-').map(Number);
    return from !== undefined && Number.isFinite(from) && year >= from && year <= (to ?? from);
  });
}

/**
 * The trade data for an importer, commodity stage and year by the precedence of
 * analytics/trade-precedence.ts (or the dataset named by `trade`). The year defaults to the latest
 * year in which the chosen dataset is neither an excerpt nor short of a subheading. The MCS import
 * sources (`mcs`, USA only) are the last resort when quantities are not required. Impossible
 * requests are UsageErrors that name what exists.
 */
export async function selectTrade(
  db: Kysely<Database>,
  q: { commodityName: string; importer: Importer; codes: string[]; year?: number; trade?: string; requireQuantity?: boolean; mcs?: readonly ImportShareRecord[] },
): Promise<TradeSelection> {
  const coverage = await tradeCoverage(db, { importers: q.importer.members, hsCodes: q.codes });
  const mcs = q.requireQuantity || (q.year !== undefined && !inPeriod(q.mcs ?? [], q.year)) ? [] : mcsCandidate(q.mcs ?? []);
  const what = `${q.importer.name} imports of ${q.commodityName} (HS ${q.codes.join(', ')})`;
  if (coverage.length === 0 && mcs.length === 0) {
    const period = q.requireQuantity ? undefined : q.mcs?.[0]?.period;
    if (period && q.year !== undefined) throw new UsageError(`no trade data for ${what} in ${q.year}`, `only the MCS import sources cover it, for ${period}`);
    throw new UsageError(`no trade data${q.requireQuantity ? ' with quantities' : ''} for ${what}`, 'try another --stage or importer');
  }
  if (q.trade && q.trade !== MCS && !coverage.some((r) => r.dataset === q.trade)) {
    throw new UsageError(`--trade ${q.trade} has no rows for ${what}`, `datasets with data: ${yearsByDataset(coverage) || 'none'}${mcs.length ? `; ${MCS} (import shares)` : ''}`);
  }
  const usable = coverage.filter((r) => (!q.requireQuantity || r.rows_with_quantity > 0) && (!q.trade || r.dataset === q.trade));
  if (usable.length === 0 && mcs.length === 0) {
    throw new UsageError(`no trade data with quantities for ${what}${q.trade ? ` in ${q.trade}` : ''}`, `datasets (values only): ${yearsByDataset(coverage)}`);
  }
  const choose = (y: number) =>
    chooseTradeDataset([...candidatesFor(coverage.filter((r) => r.year === y)), ...(inPeriod(q.mcs ?? [], y) ? mcs : [])], { override: q.trade, requireQuantity: q.requireQuantity, requestedCodes: q.codes });
  const year = q.year ?? (usable.length ? defaultYear(usable, choose) : (periodEnd(q.mcs ?? []) as number));
  if (!usable.some((r) => r.year === year) && mcs.length === 0) {
    throw new UsageError(`no trade data${q.requireQuantity ? ' with quantities' : ''} for ${what} in ${year}${q.trade ? ` in ${q.trade}` : ''}`, `years with data: ${yearsByDataset(q.trade ? usable : coverage, q.requireQuantity)}`);
  }
  const { chosen, ranked } = choose(year);
  if (!chosen) throw new UsageError(`no usable trade dataset for ${what} in ${year}`, `candidates: ${ranked.map((r) => `${r.dataset} (${r.reason})`).join('; ')}`);
  const meta = (await allDatasets(db)).find((d) => d.id === chosen.dataset && d.vintage === chosen.vintage);
  if (chosen.dataset === MCS) {
    const flows = mcsFlows(q.mcs ?? []);
    const series = q.mcs?.[0] ? seriesOf(q.mcs[0]) : '';
    return { year, hs_codes: q.codes, choice: chosen, ranked, title: `${meta?.title ?? MCS}: import sources ${q.mcs?.[0]?.period ?? ''}, "${series}" (shares only)`, flows, rows: [], covered_partners: flows.partners.map((p) => p.iso3) };
  }
  const rows = await tradeRows(db, { importers: q.importer.members, hsCodes: q.codes, year, dataset: chosen.dataset, vintage: chosen.vintage });
  const excerpt = !['complete', 'reporter-complete'].includes(chosen.completeness);
  return {
    year,
    hs_codes: q.codes,
    choice: chosen,
    ranked,
    title: meta?.title ?? chosen.dataset,
    flows: aggregateFlows(rows),
    rows,
    covered_partners: excerpt ? (await tradePartners(db, chosen.dataset, q.importer.members)).filter((p) => p !== 'WLD') : null,
  };
}

/**
 * The default year: the latest in which the dataset chosen by precedence is neither an excerpt nor
 * short of an HS subheading; the latest year with any data when there is no such year.
 */
export function defaultYear(usable: readonly TradeCoverageRow[], choose: (y: number) => { chosen: TradeChoice | null }): number {
  const years = [...new Set(usable.map((r) => r.year))].sort((a, b) => b - a);
  const good = years.find((y) => {
    const c = choose(y).chosen;
    return c !== null && !c.flagged && c.missing_hs.length === 0;
  });
  return good ?? (years[0] as number);
}

/** Notes on HS codes shared by several commodities (811292: Ga, Ge, In, Nb, V), from the reference table. */
export function sharedCodeNotes(codes: readonly string[]): string[] {
  return codes.filter((c) => /\(shared\)/.test(HS_NOTES[c] ?? '')).map((c) => `HS ${c} is shared (${HS_NOTES[c]}): flows under it overstate this commodity`);
}

const DEFAULT_SETS: Record<string, string[]> = { CHN: ['CHN'], 'CHN+RUS': ['CHN', 'RUS'], C5: groupMembers('C5') };

export interface ExposureQuery {
  commodityId: string;
  importer: string;
  stage?: TradeStage;
  year?: number;
  trade?: string;
  /** A custom supplier set, shown beside {CHN}, {CHN, RUS} and the C5. */
  suppliers?: string[];
  /** Date for restriction measures in force (YYYY-MM-DD). */
  on: string;
}

/** Published shares have no HS detail: the imposers' whole shares count, as an upper bound. */
function mcsRestricted(shares: ImportShares, imposers: readonly string[], covered: readonly string[] | null): RestrictedShare {
  const set = supplierSetShare(shares, [...new Set(imposers)].sort(), covered);
  return {
    share: set.share,
    suppliers: set.members.map((m) => ({ iso3: m.iso3, value: m.share, share: m.share, status: m.status })),
    upper_bound: imposers.length > 0,
    not_covered: set.not_covered,
  };
}

function setView(s: SetShare) {
  return { suppliers: s.suppliers, share: s.share, members: s.members, not_covered: s.not_covered, lower_bound: s.not_covered.length > 0 };
}

/**
 * Importer exposure for one stage (`lodestone exposure`): partners and shares from the trade
 * dataset chosen by precedence, supplier-set shares, the share from suppliers with a restriction
 * in force on a date covering the importer and commodity, and the MCS net import reliance and
 * import sources (USA only).
 */
async function stageExposure(db: Kysely<Database>, q: ExposureQuery) {
  const entry = commodityEntry(q.commodityId);
  if (!entry) throw new NotFoundError('commodity', q.commodityId);
  const importer = resolveImporter(q.importer, q.on);
  const { stage, codes } = stageCodes(entry.id, q.stage);
  const mcsAll: ImportShareRecord[] = importer.id === 'USA' ? await importShareRows(db, entry.id, 'USA') : [];
  const mcsVintage = mcsAll.map((r) => r.vintage).sort().at(-1);
  const mcsShares = mcsSeriesFor(mcsAll.filter((r) => r.vintage === mcsVintage), stage);
  const sel = await selectTrade(db, { commodityName: entry.name, importer, codes, year: q.year, trade: q.trade, mcs: mcsShares });
  const shares: ImportShares = importShares(sel.flows);
  const sets: Record<string, ReturnType<typeof setView>> = {};
  for (const [k, members] of Object.entries(DEFAULT_SETS)) sets[k] = setView(supplierSetShare(shares, members, sel.covered_partners));
  if (q.suppliers?.length) sets.custom = setView(supplierSetShare(shares, q.suppliers, sel.covered_partners));

  const measures = (await restrictionsList(db, { on: q.on, commodityId: entry.id }))
    .filter((m) => m.status === 'in_force')
    .filter((m) => m.applies_to_all || importer.members.some((i) => m.targets.includes(i)));
  const scopes = measures.map((m) => ({ imposer: m.imposer, hsCodes: m.commodities.find((c) => c.id === entry.id)?.hs_codes ?? [] }));
  // Published shares have no HS detail: the imposers' whole shares count, as an upper bound.
  const restricted: RestrictedShare = sel.choice.dataset === MCS ? mcsRestricted(shares, scopes.map((x) => x.imposer), sel.covered_partners) : restrictedShare(sel.rows, scopes, shares, sel.covered_partners);

  const nir = importer.id === 'USA' ? (await salientRows(db, entry.id, 'Net import reliance')).filter((r) => r.detail.startsWith('Net import reliance')) : [];
  const nirVintage = nir.map((r) => r.vintage).sort().at(-1);
  const nirRows = nir.filter((r) => r.vintage === nirVintage);

  return {
    commodity: { id: entry.id, name: entry.name },
    importer: importer.id,
    importer_name: importer.name,
    region_members: importer.region ? importer.members : undefined,
    stage,
    hs_codes: codes,
    year: sel.year,
    trade_dataset: sel.choice.dataset,
    trade_vintage: sel.choice.vintage,
    trade_title: sel.title,
    trade_completeness: sel.choice.completeness as Completeness,
    trade_flagged: sel.choice.flagged,
    trade_basis: sel.flows.basis,
    trade_precedence: sel.ranked,
    currency: sel.flows.currency === 'share' ? 'share of imports' : `thousand ${sel.flows.currency}`,
    total_value: shares.total_value,
    total_quantity_t: shares.total_quantity,
    denominator: shares.denominator,
    unattributed_value_share: shares.unattributed_value_share,
    covered_partners: sel.covered_partners,
    partners: shares.partners.map((p) => ({ ...p, name: countryEntry(p.iso3)?.name ?? p.iso3 })),
    supplier_sets: sets,
    restricted: {
      on: q.on,
      share: restricted.share,
      suppliers: restricted.suppliers,
      not_covered: restricted.not_covered,
      upper_bound: restricted.upper_bound,
      measures: measures.map((m, i) => ({ id: m.id, title: m.title, imposer: m.imposer, kind: m.kind, effective: m.effective, hs_codes: scopes[i]?.hsCodes ?? [] })),
    },
    net_import_reliance: nirRows.length
      ? { dataset: nirRows[0]?.dataset, vintage: nirVintage, unit: 'percent of apparent consumption', years: nirRows.map((r) => ({ year: r.year, value: r.value, raw: r.raw, qualifier: r.qualifier })) }
      : null,
    notes: [
      ...sharedCodeNotes(codes),
      ...(sel.choice.flagged ? [`${sel.choice.dataset} is a partner excerpt: a partner outside it reads "not covered", and shares are of the covered partners`] : []),
      ...(sel.choice.missing_hs.length ? [`${sel.choice.dataset} lacks HS ${sel.choice.missing_hs.join(', ')}`] : []),
    ],
    mcs_import_sources: mcsShares
      .map((r) => ({ iso3: r.exporter_iso3, place: r.place, period: r.period, share: r.share, raw: r.raw })),
  };
}

type StageExposure = Awaited<ReturnType<typeof stageExposure>>;

/** The other stage in brief: where its imports come from and how much is restricted, or why there is nothing. */
function stageSummary(e: StageExposure) {
  return {
    stage: e.stage,
    hs_codes: e.hs_codes,
    year: e.year,
    trade_dataset: e.trade_dataset,
    trade_completeness: e.trade_completeness,
    trade_flagged: e.trade_flagged,
    top_partners: e.partners.slice(0, 5).map((p) => ({ iso3: p.iso3, value_share: p.value_share, quantity_share: p.quantity_share })),
    supplier_sets: Object.fromEntries(Object.entries(e.supplier_sets).map(([k, v]) => [k, { share: v.share, lower_bound: v.lower_bound, not_covered: v.not_covered }])),
    restricted_share: e.restricted.share,
    restricted_upper_bound: e.restricted.upper_bound,
    notes: e.notes,
  };
}

/**
 * Exposure split by stage: the stage asked for, or (without --stage) the ore stage where the
 * commodity has ore codes and data, with the other stage in brief under `other_stage` (or the
 * reason it has none).
 */
export async function exposureProfile(db: Kysely<Database>, q: ExposureQuery) {
  if (q.stage) return { ...(await stageExposure(db, q)), other_stage: null };
  const stages = (['ore', 'refined'] as const).filter((s) => hsCodesFor(q.commodityId, s).length > 0);
  if (stages.length === 0) return { ...(await stageExposure(db, q)), other_stage: null }; // throws the no-codes error
  const results: (StageExposure | UsageError)[] = [];
  for (const stage of stages) {
    try {
      results.push(await stageExposure(db, { ...q, stage }));
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      results.push(err);
    }
  }
  const mainIndex = results.findIndex((r) => !(r instanceof UsageError));
  if (mainIndex < 0) throw results[0] as UsageError;
  const main = results[mainIndex] as StageExposure;
  const other = results.find((_, i) => i !== mainIndex);
  const otherStage = stages.find((_, i) => i !== mainIndex);
  return {
    ...main,
    other_stage: other === undefined || otherStage === undefined ? null : other instanceof UsageError ? { stage: otherStage, error: other.message } : stageSummary(other),
  };
}

export type ExposureProfile = Awaited<ReturnType<typeof exposureProfile>>;
