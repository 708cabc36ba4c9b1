import { criticalityTable, CRITICALITY_COLUMNS, type CriticalityTable } from '../../api/profiles/criticality.js';
import type { ProductionSource } from '../../api/profiles/production-table.js';
import { UsageError } from '../../domain/errors.js';
import { dayOf } from '../../domain/restrictions.js';
import { toCsv } from '../../ingest/csv-write.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone criticality --importer ISO3|GROUP [--on YYYY-MM-DD] [--source wmd|usgs] [--csv | --json]
Every commodity and trade stage with production data and trade with quantities for the importer:
production HHI, GeoPolRisk import risk, score and CF, China's and the C5's shares of imports, the
share from suppliers with an export restriction in force on --on (default today), the measures,
and a rank (GeoPolRisk score, descending). Coverage (cells with production, with trade, with both)
and the cells left out are printed.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { importer: { type: 'string' }, on: { type: 'string' }, source: { type: 'string' }, csv: { type: 'boolean' } }, 'criticality');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`criticality takes no positional argument, got "${positionals.join(' ')}"`, 'e.g. "lodestone criticality --importer USA"');
  const importer = stringFlag(values, 'importer');
  if (!importer) throw new UsageError('criticality: --importer is required', 'e.g. --importer USA, or a region such as --importer EU27');
  if (values.csv && values.json) throw new UsageError('--csv and --json exclude each other', 'pick one output format');
  const source = stringFlag(values, 'source');
  if (source && source !== 'usgs' && source !== 'wmd') throw new UsageError(`--source must be wmd or usgs, got "${source}"`);
  const on = dayOf(stringFlag(values, 'on') ?? io.now().toISOString().slice(0, 10));
  const store = await openForRead(values, io);
  try {
    const t = await criticalityTable(store.db, { importer, on, sources: source ? [source as ProductionSource] : undefined });
    if (values.json) printJson(io, t);
    else if (values.csv) io.stdout(toCsv([...CRITICALITY_COLUMNS], t.rows.map((r) => ({ ...r, restrictions_in_force: r.restrictions_in_force.join(';') }))));
    else io.stdout(render(t));
    return 0;
  } finally {
    await store.close();
  }
}

function render(t: CriticalityTable): string {
  const c = t.coverage;
  return [
    `Criticality — ${t.importer_name} (${t.importer}), restrictions in force on ${t.on}`,
    `Coverage: ${c.covered} of ${c.cells} commodity × stage cells have both production and trade with quantities (${c.with_production} with production, ${c.with_quantity_trade} with trade); ${c.ranked} ranked (production in tonnes)`,
    `Rank: ${t.rank_by}`,
    '',
    table(
      ['#', 'Commodity', 'Stage', 'Year', 'HHI', 'Import risk', 'GPRS', 'CF', 'CHN', 'Restricted', 'Trade'],
      t.rows.map((r) => [
        r.rank, r.name, r.stage, r.year, r.hhi.toFixed(3), r.import_risk.toFixed(3), r.gprs.toFixed(4), r.cf === null ? '' : num(r.cf),
        r.chn_share === null ? 'not covered' : pct(r.chn_share), `${pct(r.restricted_share)}${r.restricted_upper_bound ? ' ≤' : ''}`,
        `${r.trade_dataset}${r.trade_flagged ? ' (excerpt)' : ''}`,
      ]),
      ['r', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
    '',
    `Left out: ${t.excluded.map((e) => `${e.commodity} ${e.stage} (${e.reason})`).join('; ') || 'none'}`,
    `data build ${t.data_build ?? 'unknown'}`,
    '',
  ].join('\n');
}
