import { commodityProfile, type CommodityProfile } from '../../api/profiles/commodity-profile.js';
import type { ProductionSource } from '../../api/profiles/production-table.js';
import { findCommodity } from '../../domain/commodities.js';
import { UsageError } from '../../domain/errors.js';
import type { Stage } from '../../domain/records.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { intFlag, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone commodity <name> [--year YYYY] [--stage mine|refinery] [--source usgs|wmd] [--vintage YYYY] [--json]
Production by country with shares, concentration (HHI, top-3, China/Russia/C5 shares), reserves,
US net import reliance and import sources, critical-list flags, Central Asian facilities, and the
other source's figures beside. Default: the latest year of USGS MCS (newest vintage), or World
Mining Data where MCS lacks the commodity.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { year: { type: 'string' }, stage: { type: 'string' }, source: { type: 'string' }, vintage: { type: 'string' } },
    'commodity',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('commodity: name a commodity', 'e.g. "lodestone commodity tungsten"');
  const stage = stringFlag(values, 'stage');
  if (stage && stage !== 'mine' && stage !== 'refinery') throw new UsageError(`--stage must be mine or refinery, got "${stage}"`);
  const source = stringFlag(values, 'source');
  if (source && source !== 'usgs' && source !== 'wmd') throw new UsageError(`--source must be usgs or wmd, got "${source}"`);
  const commodityId = findCommodity(name);
  const store = await openForRead(values, io);
  try {
    const profile = await commodityProfile(store.db, {
      commodityId,
      year: intFlag(values, 'year'),
      stage: stage as Stage | undefined,
      source: source as ProductionSource | undefined,
      vintage: stringFlag(values, 'vintage'),
    });
    if (values.json) printJson(io, profile);
    else io.stdout(render(profile));
    return 0;
  } finally {
    await store.close();
  }
}

function render(p: CommodityProfile): string {
  const src = p.sources.find((s) => s.dataset === p.dataset && s.vintage === p.vintage);
  const lines = [
    `${p.commodity.name} — ${p.stage} ${p.series.toLowerCase()}, ${p.year} (${p.unit}, ${p.commodity.basis})`,
    `Source: ${src?.title ?? p.dataset} (vintage ${p.vintage})`,
    '',
    table(
      ['#', 'Country', 'ISO3', 'Value', 'Share', 'Raw'],
      p.producers.map((r, i) => [i + 1, r.name, r.iso3, num(r.value), pct(r.share), r.qualifier ? `${r.raw} (${r.qualifier})` : r.raw]),
      ['r', 'l', 'l', 'r', 'r', 'l'],
    ),
    `World total: ${num(p.world_total.value)}${p.world_total.computed ? ' (sum of country rows)' : ` (published${p.world_total.raw ? `: ${p.world_total.raw}` : ''})`}`,
    '',
    `HHI ${p.hhi.toFixed(4)} (0–1; ${Math.round(p.hhi_10000)} on 0–10,000; normalised ${p.hhi_normalised.toFixed(4)})   top-3 ${pct(p.top3_share)}   not attributed ${pct(p.uncovered_share)}`,
    `Shares: ${Object.entries(p.shares).map(([k, v]) => `${k} ${pct(v)}`).join(', ')}`,
  ];
  if (p.reserves) lines.push(`Reserves ${p.reserves.year}: world ${p.reserves.world_total.raw || num(p.reserves.world_total.value)} ${p.reserves.unit}${p.reserves_to_production_years ? `; reserves/production ≈ ${Math.round(p.reserves_to_production_years)} years` : ''}`);
  if (p.us_net_import_reliance?.latest) {
    const l = p.us_net_import_reliance.latest;
    lines.push(`US net import reliance ${l.year}: ${l.raw}${l.qualifier ? ` (${l.qualifier})` : ''} % of apparent consumption`);
  }
  if (p.us_import_sources.length) lines.push(`US import sources (${p.us_import_sources[0]?.period}): ${p.us_import_sources.map((s) => `${s.name} ${s.raw}%`).join(', ')}`);
  const cl = p.critical_lists;
  lines.push(`Critical lists: USGS 2025 ${cl.usgs_2025 ? 'yes' : 'no'}; EU 2023 critical ${cl.eu_critical_2023 ? 'yes' : 'no'}, strategic ${cl.eu_strategic_2023 ? 'yes' : 'no'}`);
  if (p.facilities_c5.length) lines.push(`Central Asian sites: ${p.facilities_c5.map((f) => `${f.name} (${f.iso3}${f.status ? `, ${f.status}` : ''})`).join('; ')}`);
  if (p.other_source) {
    const o = p.other_source;
    const flagged = o.differences.filter((d) => d.flagged);
    lines.push(
      `Other source: ${o.dataset} ${o.year}${o.same_year ? '' : ' (its latest year)'}: HHI ${o.hhi.toFixed(4)}; top ${o.producers.slice(0, 3).map((x) => `${x.name} ${pct(x.share)}`).join(', ')}` +
        (flagged.length ? `; share differences over 10 %: ${flagged.map((d) => d.name).join(', ')}` : ''),
    );
  }
  lines.push('', `Sources: ${p.sources.map((s) => `${s.dataset} ${s.vintage}`).join('; ')}   data build ${p.data_build ?? 'unknown'}`, '');
  return lines.join('\n');
}
