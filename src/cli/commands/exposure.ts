import { exposureProfile, type ExposureProfile, type TradeStage } from '../../api/profiles/exposure-profile.js';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import { dayOf } from '../../domain/restrictions.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { intFlag, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone exposure <commodity> --importer ISO3|GROUP [--stage ore|refined] [--suppliers CHN,RUS] [--on YYYY-MM-DD] [--year YYYY] [--trade DATASET] [--json]
Where an importer's supply comes from, by stage (ore and concentrate HS codes, or refined; without
--stage the ore stage in full and the refined stage in brief):
partners and shares, shares from {CHN}, {CHN, RUS}, the C5 and a custom --suppliers list, the
share from suppliers with an export restriction in force on --on (default today) that covers the
importer and commodity, and (USA) the MCS net import reliance. The trade dataset is chosen by
precedence unless --trade names one; a partner outside an excerpt reads "not covered".
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { importer: { type: 'string' }, stage: { type: 'string' }, suppliers: { type: 'string' }, on: { type: 'string' }, year: { type: 'string' }, trade: { type: 'string' } },
    'exposure',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('exposure: name a commodity', 'e.g. "lodestone exposure graphite --importer USA"');
  const importer = stringFlag(values, 'importer');
  if (!importer) throw new UsageError('exposure: --importer is required', 'e.g. --importer USA, or a region such as --importer EU27');
  const stage = stringFlag(values, 'stage');
  if (stage && stage !== 'ore' && stage !== 'refined') throw new UsageError(`--stage must be ore or refined, got "${stage}"`);
  const suppliers = stringFlag(values, 'suppliers')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => findCountry(s));
  const on = dayOf(stringFlag(values, 'on') ?? io.now().toISOString().slice(0, 10));
  const commodityId = findCommodity(name);
  const store = await openForRead(values, io);
  try {
    const profile = await exposureProfile(store.db, {
      commodityId,
      importer,
      stage: stage as TradeStage | undefined,
      year: intFlag(values, 'year'),
      trade: stringFlag(values, 'trade'),
      suppliers,
      on,
    });
    if (values.json) printJson(io, profile);
    else io.stdout(render(profile));
    return 0;
  } finally {
    await store.close();
  }
}

function render(p: ExposureProfile): string {
  const lines = [
    `Exposure — ${p.commodity.name}, ${p.importer_name} (${p.importer}) imports ${p.year}, ${p.stage} stage (HS ${p.hs_codes.join(', ')})`,
    `Trade: ${p.trade_dataset} ${p.trade_vintage} — ${p.trade_completeness}${p.trade_flagged ? ' (FLAGGED: partner excerpt)' : ''}; ${p.trade_title}`,
    `Total: ${num(p.total_value)} ${p.currency}${p.total_quantity_t !== null ? `, ${num(p.total_quantity_t)} t` : ''} (${p.denominator})`,
    '',
    table(
      ['#', 'Partner', 'ISO3', `Value (${p.currency})`, 'Share', 'Tonnes', 'Qty share'],
      p.partners.map((x, i) => [i + 1, x.name, x.iso3, num(x.value), pct(x.value_share), num(x.quantity), pct(x.quantity_share)]),
      ['r', 'l', 'l', 'r', 'r', 'r', 'r'],
    ),
    '',
    'Supplier sets:',
  ];
  for (const [k, s] of Object.entries(p.supplier_sets)) {
    const members = s.members.map((m) => `${m.iso3} ${m.status === 'not covered' ? 'not covered' : pct(m.share)}`).join(', ');
    lines.push(`  ${k.padEnd(8)} ${pct(s.share)}${s.lower_bound ? ' (at least: some members not covered)' : ''}   [${members}]`);
  }
  const r = p.restricted;
  lines.push(
    `Restricted on ${r.on}: ${pct(r.share)}${r.upper_bound ? ' (upper bound: flows under a broader HS code than the measure)' : ''} from ${r.suppliers.length ? r.suppliers.map((m) => `${m.iso3}${m.status === 'not covered' ? ' (not covered)' : ''}`).join(', ') : 'no supplier with a measure in force'}` +
      (r.measures.length ? ` — ${r.measures.map((m) => m.title).join('; ')}` : ''),
  );
  if (p.net_import_reliance) {
    const latest = p.net_import_reliance.years.at(-1);
    if (latest) lines.push(`US net import reliance ${latest.year}: ${latest.raw}${latest.qualifier ? ` (${latest.qualifier})` : ''} % of apparent consumption (USGS MCS ${p.net_import_reliance.vintage})`);
  }
  if (p.mcs_import_sources.length) lines.push(`MCS import sources (${p.mcs_import_sources[0]?.period}): ${p.mcs_import_sources.map((s) => `${s.place}${s.share !== null ? ` ${pct(s.share, 0)}` : ''}`).join(', ')}`);
  const o = p.other_stage;
  if (o && 'error' in o) lines.push(`${o.stage[0]?.toUpperCase()}${o.stage.slice(1)} stage: ${o.error}`);
  else if (o) {
    lines.push(
      `${o.stage[0]?.toUpperCase()}${o.stage.slice(1)} stage (HS ${o.hs_codes.join(', ')}), ${o.year}, ${o.trade_dataset} (${o.trade_completeness}${o.trade_flagged ? ', flagged' : ''}): ` +
        `top ${o.top_partners.map((x) => `${x.iso3} ${pct(x.value_share)}`).join(', ')}; CHN ${o.supplier_sets.CHN?.not_covered.length ? 'not covered' : pct(o.supplier_sets.CHN?.share)}; restricted ${pct(o.restricted_share)}${o.restricted_upper_bound ? ' (upper bound)' : ''}`,
    );
  }
  for (const n of p.notes) lines.push(`Note: ${n}`);
  lines.push(`Other trade datasets: ${p.trade_precedence.filter((c) => c.dataset !== p.trade_dataset).map((c) => `${c.dataset} (${c.reason})`).join('; ') || 'none'}`, '');
  return lines.join('\n');
}
