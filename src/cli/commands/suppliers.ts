import { alternativeSuppliers, type SuppliersResult } from '../../api/profiles/suppliers.js';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import type { Stage } from '../../domain/records.js';
import { dayOf } from '../../domain/restrictions.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone suppliers <commodity> --importer ISO3 [--exclude CHN,RUS] [--stage mine|refinery] [--on DATE] [--json]
Ranks every producing country outside the excluded set (and the importer itself) as an alternative
source: production share, reserves share, governance (WGI PV and VA), existing trade link to the
importer ("not covered" where the trade data are an excerpt) and export-restriction status on the
date (default today), each factor shown beside the score
  score = 0.40 production + 0.20 reserves + 0.20 governance + 0.10 trade link + 0.10 no restriction.
The five Central Asian states are always listed, with explicit zeros, the reason, and their known
deposits and projects.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { importer: { type: 'string' }, exclude: { type: 'string' }, stage: { type: 'string' }, on: { type: 'string' } },
    'suppliers',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('suppliers: name a commodity', 'e.g. "lodestone suppliers tungsten --importer USA --exclude CHN"');
  const importerFlag = stringFlag(values, 'importer');
  if (!importerFlag) throw new UsageError('suppliers: --importer is required', 'e.g. --importer USA (a country name or ISO3 code)');
  const stage = stringFlag(values, 'stage');
  if (stage !== undefined && stage !== 'mine' && stage !== 'refinery') throw new UsageError(`--stage must be mine or refinery, got "${stage}"`);
  const excludeFlag = stringFlag(values, 'exclude');
  const exclude = excludeFlag === undefined ? [] : excludeFlag.split(',').map((s) => s.trim()).filter(Boolean);
  if (excludeFlag !== undefined && exclude.length === 0) throw new UsageError('--exclude needs a comma-separated list of countries', 'e.g. --exclude CHN,RUS');
  const onFlag = stringFlag(values, 'on');
  if (onFlag !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(onFlag)) throw new UsageError(`--on must be a date, got "${onFlag}"`, 'use YYYY-MM-DD, e.g. --on 2025-12-01');
  const date = onFlag ? dayOf(onFlag) : io.now().toISOString().slice(0, 10);
  const importer = findCountry(importerFlag);
  const excluded = exclude.map((c) => findCountry(c));
  const commodityId = findCommodity(name);
  const store = await openForRead(values, io);
  try {
    const result = await alternativeSuppliers(store.db, { commodityId, importer, exclude: excluded, date, stage: stage as Stage | undefined });
    if (values.json) printJson(io, result);
    else io.stdout(render(result));
    return 0;
  } finally {
    await store.close();
  }
}

const TRADE_LABEL = { yes: 'yes', no: 'none recorded', not_covered: 'not covered' } as const;

function render(r: SuppliersResult): string {
  const ps = r.production_source;
  const lines = [
    `${r.commodity.name} — alternative suppliers for ${r.importer.name} (${r.importer.iso3}), ${r.stage} stage, restrictions on ${r.date}`,
    `Production: ${ps.dataset} ${ps.vintage}, ${ps.year} (${ps.unit})${r.other_source ? `; other source ${r.other_source.dataset} ${r.other_source.year} (${r.other_source.unit})` : ''}` +
      (r.reserves_source ? `; reserves ${r.reserves_source.dataset} ${r.reserves_source.vintage}, ${r.reserves_source.year} (${r.reserves_source.unit})` : '; no reserves published'),
    `Excluded: ${r.excluded.length ? r.excluded.map((e) => `${e.name} ${pct(e.share)}`).join(', ') : 'none'}; the importer itself is not ranked` +
      (r.importer_production?.share ? ` (its own share ${pct(r.importer_production.share)})` : ''),
    '',
    table(
      ['#', 'Country', 'Score', 'Production', 'Share', 'Basis', 'Reserves', 'WGI PV', 'WGI VA', 'Trade link', 'Restriction'],
      r.suppliers.map((s) => [
        s.rank,
        `${s.name}${s.c5 ? ' (C5)' : ''}`,
        s.score.toFixed(3),
        s.production ? `${num(s.production.value)}${s.production.value === null ? s.production.raw : ''}` : s.production_other ? `${num(s.production_other.value)}` : '0',
        pct(s.production_share, 2),
        s.production_basis ?? '',
        s.reserves_share === null ? '' : pct(s.reserves_share),
        s.wgi_pv === null ? 'n/a' : s.wgi_pv.toFixed(2),
        s.wgi_va === null ? 'n/a' : s.wgi_va.toFixed(2),
        TRADE_LABEL[s.trade_link],
        s.restriction === 'none' ? '' : s.restriction.replace('_', ' '),
      ]),
      ['r', 'l', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'l', 'l'],
    ),
    '',
    `${r.score.formula}; P production, R reserves, G governance, T trade link, X restriction (see --json "score").`,
  ];
  const c5 = r.suppliers.filter((s) => s.c5);
  if (c5.length) {
    lines.push('', 'Central Asia:');
    for (const s of c5) {
      const prod = s.production?.value ? `${num(s.production.value)} ${s.production.unit} in ${s.production.year} (${s.production.dataset} ${s.production.vintage})` : null;
      lines.push(`  ${s.name}: ${prod ?? (s.production_other?.value ? `${num(s.production_other.value)} ${s.production_other.unit} in ${s.production_other.year} (WMD)` : '0')}${s.zero_reason ? ` — ${s.zero_reason}` : ''}`);
      for (const f of s.facilities) lines.push(`    - ${f.name} (${[f.kind, f.status].filter(Boolean).join(', ')})${f.size_note ? `: ${f.size_note}` : ''}`);
    }
  }
  lines.push('', `Trade: ${r.trade_hs_codes.length ? `HS ${r.trade_hs_codes.join(', ')}` : 'no HS code known'}; "not covered" = the importer's trade data are an excerpt that does not list the partner.`);
  lines.push(`Sources: ${r.sources.map((s) => `${s.dataset} ${s.vintage}`).join('; ')}   data build ${r.data_build ?? 'unknown'}`, '');
  return lines.join('\n');
}
