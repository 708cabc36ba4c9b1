import type { TradeStage } from '../../api/profiles/exposure-profile.js';
import type { ProductionSource } from '../../api/profiles/production-table.js';
import { riskProfile, type RiskProfile } from '../../api/profiles/risk-profile.js';
import { findCommodity } from '../../domain/commodities.js';
import { UsageError } from '../../domain/errors.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { intFlag, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone risk <commodity> --importer ISO3|GROUP [--year YYYY] [--source wmd|usgs] [--trade DATASET] [--stage ore|refined] [--json]
GeoPolRisk of an importer for a commodity (the method of geopolrisk-py): production HHI, import
risk Σ g·f / (domestic production + imports) with g from WGI Political Stability, score, price and
characterisation factor (kg Cu-eq/kg). A group importer (EU27) is a region: partners inside it
weigh 0. Trade data by precedence (complete BACI with quantities > Comtrade > importer series >
USITC) unless --trade names a dataset; production from World Mining Data unless --source usgs.
Example: lodestone risk graphite --importer USA --year 2022 --source wmd --trade geopolrisk-testcase
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { importer: { type: 'string' }, year: { type: 'string' }, source: { type: 'string' }, trade: { type: 'string' }, stage: { type: 'string' } },
    'risk',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('risk: name a commodity', 'e.g. "lodestone risk graphite --importer USA"');
  const importer = stringFlag(values, 'importer');
  if (!importer) throw new UsageError('risk: --importer is required', 'e.g. --importer USA, or a region such as --importer EU27');
  const source = stringFlag(values, 'source');
  if (source && source !== 'usgs' && source !== 'wmd') throw new UsageError(`--source must be wmd or usgs, got "${source}"`);
  const stage = stringFlag(values, 'stage');
  if (stage && stage !== 'ore' && stage !== 'refined') throw new UsageError(`--stage must be ore or refined, got "${stage}"`);
  const commodityId = findCommodity(name);
  const store = await openForRead(values, io);
  try {
    const profile = await riskProfile(store.db, {
      commodityId,
      importer,
      year: intFlag(values, 'year'),
      source: source as ProductionSource | undefined,
      trade: stringFlag(values, 'trade'),
      stage: stage as TradeStage | undefined,
    });
    if (values.json) printJson(io, profile);
    else io.stdout(render(profile));
    return 0;
  } finally {
    await store.close();
  }
}

function fixed(x: number | null, digits: number): string {
  return x === null ? 'n/a' : x.toFixed(digits);
}

function render(p: RiskProfile): string {
  const lines = [
    `GeoPolRisk — ${p.commodity.name}, ${p.importer_name} (${p.importer}) imports ${p.year}, ${p.stage} stage (HS ${p.hs_codes.join(', ')})`,
    `Trade: ${p.trade_dataset} ${p.trade_vintage} — ${p.trade_completeness}${p.trade_flagged ? ' (FLAGGED: partner excerpt)' : ''}; ${p.trade_title}`,
    `Production: ${p.production.dataset} ${p.production.vintage}, ${p.production.year} (${p.production.producers} producers, ${p.production.unit})`,
    '',
    `HHI (0–1)              ${fixed(p.hhi, 6)}`,
    `Domestic production    ${num(p.domestic_production)} t`,
    `Imports F              ${num(p.total_imports)} t   Σ g·f ${num(p.numerator)}`,
    `Import risk (WTA)      ${fixed(p.import_risk, 4)}`,
    `GeoPolRisk score       ${fixed(p.gprs, 5)}`,
    `Price                  ${fixed(p.price, 4)} ${p.price_unit}`,
    `Midpoint               ${fixed(p.midpoint, 5)}`,
    `CF                     ${fixed(p.cf, 4)} ${p.cf_unit}`,
    '',
    table(
      ['Partner', 'ISO3', 'Tonnes', 'Share', 'PV', 'g'],
      p.partners.map((x) => [x.name, x.iso3, num(x.quantity), pct(x.share), x.pv === null ? 'missing' : x.pv.toFixed(3), `${x.g.toFixed(3)}${x.g_basis === 'assumed' ? ' (assumed)' : x.g_basis === 'intra-region' ? ' (in region)' : ''}`]),
      ['l', 'l', 'r', 'r', 'r', 'l'],
    ),
    '',
    `WGI Political Stability year: ${p.pv_year ?? 'none'}`,
  ];
  if (p.assumed_pv.length) lines.push(`PV assumed 0.5 (no WGI estimate) for: ${p.assumed_pv.join(', ')}`);
  for (const n of p.notes) lines.push(`Note: ${n}`);
  lines.push(`Other trade datasets: ${p.trade_precedence.filter((c) => c.dataset !== p.trade_dataset).map((c) => `${c.dataset} (${c.reason})`).join('; ') || 'none'}`);
  lines.push(`Sources: ${p.sources.map((s) => `${s.dataset} ${s.vintage}`).join('; ')}   data build ${p.data_build ?? 'unknown'}`, '');
  return lines.join('\n');
}
