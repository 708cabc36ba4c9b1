import { loadScenarioData, runScenario, type ScenarioReport } from '../../api/profiles/scenario-run.js';
import { DEFAULT_RUNS, DEFAULT_SEED } from '../../analytics/monte-carlo.js';
import type { Addition } from '../../analytics/scenario.js';
import { PARAMETER_NAMES, type ParameterName } from '../../analytics/scenario-parameters.js';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { intFlag, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone scenario --commodity NAME [--supplier ISO3|NAME [--cut 0-1] [--target ISO3,...]]
                          [--add ISO3:TONNES[@YEAR] ...] [--demand CHANGE] [--runs N] [--seed S]
                          [--param NAME=VALUE ...] [--json]
A what-if on the base-year data (the latest year with production; World Mining Data where USGS
MCS has none): a supplier's export cut (a fraction of its net exports, default 1 = a complete ban,
to all importers or to the --target list), new supply (--add KAZ:5000@2027: tonnes per year, the
@YEAR is a label; applied to the base year) and a demand change (--demand -0.1 = 10 % less).
Prints new production shares and HHI, each importer's shortfall, the other suppliers' spare
capacity and the price and quantity change (median and 5–95 % range of a Monte-Carlo over the
parameter ranges: default ${DEFAULT_RUNS} runs, seed ${DEFAULT_SEED}). Parameters: ${PARAMETER_NAMES.join(', ')}.
`;

/** "KAZ:5000@2027" → an Addition; the country may be a name ("Kazakhstan:5000"). */
export function parseAddition(text: string): Addition {
  const m = /^\s*([^:@]+?)\s*:\s*([0-9][0-9_,]*(?:\.[0-9]+)?)\s*(?:@\s*(\d{4}))?\s*$/.exec(text);
  if (!m) throw new UsageError(`--add must look like COUNTRY:TONNES[@YEAR], got "${text}"`, 'e.g. --add KAZ:5000@2027 (5,000 t/year from Kazakhstan, arriving 2027)');
  const tonnes = Number((m[2] as string).replace(/[_,]/g, ''));
  if (!(tonnes > 0)) throw new UsageError(`--add ${text}: tonnes must be positive`, 'e.g. --add KAZ:5000@2027');
  return { iso3: findCountry(m[1] as string), tonnes, year: m[3] ? Number(m[3]) : null };
}

function fraction(values: Record<string, unknown>, name: string): number | undefined {
  const v = stringFlag(values as Parameters<typeof stringFlag>[0], name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${v}"`);
  return n;
}

function parseParams(list: string[]): Partial<Record<ParameterName, number>> {
  const out: Partial<Record<ParameterName, number>> = {};
  for (const item of list) {
    const [name, value] = item.split('=');
    if (!name || value === undefined || !PARAMETER_NAMES.includes(name as ParameterName)) {
      throw new UsageError(`--param must be NAME=VALUE with NAME one of ${PARAMETER_NAMES.join(', ')}, got "${item}"`);
    }
    const v = Number(value);
    const bad =
      !Number.isFinite(v) ||
      v < 0 ||
      (name === 'demandElasticity' && v <= 0) ||
      ((name === 'rampUp' || name === 'stockCover') && v > 1) ||
      (name === 'utilisation' && (v <= 0 || v > 1));
    if (bad) throw new UsageError(`--param ${name}=${value} is out of range`, 'elasticities ≥ 0 (demand > 0); rampUp, stockCover in 0–1; utilisation in (0, 1]');
    out[name as ParameterName] = v;
  }
  return out;
}

/** Flags whose value may be negative: "--demand -0.1" becomes "--demand=-0.1" (parseArgs would take -0.1 for a flag). */
const SIGNED_FLAGS = new Set(['--demand', '--cut']);

function joinNegativeValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    if (SIGNED_FLAGS.has(a) && next !== undefined && /^-\d*\.?\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(
    joinNegativeValues(args),
    {
      commodity: { type: 'string' },
      supplier: { type: 'string' },
      cut: { type: 'string' },
      target: { type: 'string' },
      add: { type: 'string', multiple: true },
      demand: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      param: { type: 'string', multiple: true },
    },
    'scenario',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = stringFlag(values, 'commodity');
  if (!name) throw new UsageError('scenario: --commodity is required', 'e.g. lodestone scenario --commodity gallium --supplier CHN --cut 1');
  const commodityId = findCommodity(name);
  const supplierName = stringFlag(values, 'supplier');
  const supplier = supplierName ? findCountry(supplierName) : null;
  const cutFlag = fraction(values, 'cut');
  if (cutFlag !== undefined && (cutFlag < 0 || cutFlag > 1)) {
    throw new UsageError(`--cut must be a fraction between 0 and 1, got ${cutFlag}`, 'e.g. --cut 1 for a complete ban, --cut 0.5 for half');
  }
  if (cutFlag !== undefined && !supplier) throw new UsageError('--cut needs --supplier', 'e.g. --supplier CHN --cut 1');
  const targetFlag = stringFlag(values, 'target');
  if (targetFlag && !supplier) throw new UsageError('--target needs --supplier', 'e.g. --supplier CHN --cut 1 --target USA,JPN');
  const targets = targetFlag ? [...new Set(targetFlag.split(',').map((t) => t.trim()).filter(Boolean).map(findCountry))] : null;
  const additions = ((values.add as string[] | undefined) ?? []).map(parseAddition);
  const demandChange = fraction(values, 'demand') ?? 0;
  if (demandChange <= -1) throw new UsageError(`--demand must be a relative change above -1, got ${demandChange}`, 'e.g. --demand -0.1 for 10 % less demand');
  if (!supplier && additions.length === 0 && demandChange === 0) {
    throw new UsageError('scenario: nothing to change', 'give --supplier [--cut], --add COUNTRY:TONNES or --demand CHANGE');
  }
  const runs = intFlag(values, 'runs') ?? DEFAULT_RUNS;
  if (runs < 1 || runs > 1_000_000) throw new UsageError(`--runs must be between 1 and 1,000,000, got ${runs}`);
  const seed = intFlag(values, 'seed') ?? DEFAULT_SEED;
  const overrides = parseParams((values.param as string[] | undefined) ?? []);

  const store = await openForRead(values, io);
  try {
    const loaded = await loadScenarioData(store.db, commodityId);
    const report = runScenario(loaded, {
      commodityId,
      patch: { supplier, cut: supplier ? (cutFlag ?? 1) : 0, targets, additions, demandChange },
      runs,
      seed,
      overrides,
    });
    if (values.json) printJson(io, report);
    else io.stdout(render(report));
    return 0;
  } finally {
    await store.close();
  }
}

const signed = (x: number): string => (Math.abs(x) < 0.0005 ? '0.0 %' : `${x > 0 ? '+' : ''}${(x * 100).toFixed(1)} %`);

function render(r: ScenarioReport): string {
  const p = r.patch;
  const what = [
    p.supplier ? `${p.supplier} cuts ${pct(p.cut, 0)} of its exports${p.targets ? ` to ${p.targets.join(', ')}` : ''}` : '',
    ...p.additions.map((a) => `${a.iso3} adds ${num(a.tonnes)} t/year${a.year ? ` (from ${a.year})` : ''}`),
    p.demand_change ? `demand ${signed(p.demand_change)}` : '',
  ].filter(Boolean);
  const lines = [
    `${r.commodity.name} — scenario on ${r.base_year}: ${what.join('; ')}`,
    `Production: ${r.source.dataset} ${r.source.vintage}, ${r.source.stage} (${r.source.unit})`,
    `Trade: supplier share from ${r.source.supply_trade ?? 'production shares'}; shortfalls from ${r.source.exposure_trade ?? 'no bilateral series'}`,
    '',
    `Price change     ${signed(r.price_change.median)}  (5–95 %: ${signed(r.price_change.p05)} to ${signed(r.price_change.p95)})`,
    `Quantity change  ${signed(r.quantity_change.median)}  (5–95 %: ${signed(r.quantity_change.p05)} to ${signed(r.quantity_change.p95)})`,
    `Monte-Carlo: ${r.monte_carlo.runs} runs, seed ${r.monte_carlo.seed}; lost supply ${pct(r.shock.lost)} of the importers' market, spare capacity known ${pct(r.shock.known_headroom)}`,
    `HHI (0–1) ${r.hhi.before.toFixed(4)} → ${r.hhi.after.toFixed(4)}`,
    '',
    table(
      ['Country', 'ISO3', 'Share before', 'Share after'],
      r.shares.slice(0, 10).map((s) => [s.name, s.iso3, pct(s.before), pct(s.after)]),
      ['l', 'l', 'r', 'r'],
    ),
  ];
  if (r.shortfall.length) {
    lines.push('', 'Importer shortfalls (largest first):');
    lines.push(
      table(
        ['Importer', 'ISO3', 'From supplier', 'Lost', 'Share of imports'],
        r.shortfall.slice(0, 10).map((s) => [s.name, s.iso3, `${num(s.imports_from_supplier)} ${s.unit}`, `${num(s.lost)} ${s.unit}`, pct(s.shortfall_share)]),
        ['l', 'l', 'r', 'r', 'r'],
      ),
    );
  }
  if (r.headroom.length) {
    lines.push('', `Other suppliers' headroom (${r.source.unit}):`);
    lines.push(
      table(
        ['Supplier', 'Production', 'Capacity', 'Spare', 'Basis'],
        r.headroom.slice(0, 10).map((h) => [h.name, num(h.production), num(h.capacity), h.capacity === null ? '' : num(h.spare), h.capacity_basis]),
        ['l', 'r', 'r', 'r', 'l'],
      ),
    );
  }
  if (r.notes.length) lines.push('', ...r.notes.map((n) => `Note: ${n}`));
  lines.push('');
  return lines.join('\n');
}
