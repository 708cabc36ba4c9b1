import { concentrationSeries, type ConcentrationSeriesResult } from '../../api/profiles/concentration-series.js';
import type { ProductionSource } from '../../api/profiles/production-table.js';
import { findCommodity } from '../../domain/commodities.js';
import { UsageError } from '../../domain/errors.js';
import type { Stage } from '../../domain/records.js';
import { openForRead } from '../db-open.js';
import { pct, table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone concentration <commodity> [--source usgs|wmd|all] [--stage mine|refinery] [--json]
Concentration of world production per year: HHI (0–1), HHI on the 0–10,000 scale, normalised HHI,
top-3 share, China, Russia and C5 shares, and the governance-weighted HHI Σ s² × (2.5 − WGI PV)/5
(WGI Political Stability, latest year at or before the production year). Every year of USGS MCS
(both vintages; the newer wins a year both give) and World Mining Data (2018–2022), mine and
refinery stage. Default: both sources, both stages (those the commodity has).
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { source: { type: 'string' }, stage: { type: 'string' } }, 'concentration');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('concentration: name a commodity', 'e.g. "lodestone concentration gallium"');
  const source = stringFlag(values, 'source') ?? 'all';
  if (!['usgs', 'wmd', 'all'].includes(source)) throw new UsageError(`--source must be usgs, wmd or all, got "${source}"`);
  const stage = stringFlag(values, 'stage');
  if (stage !== undefined && stage !== 'mine' && stage !== 'refinery') throw new UsageError(`--stage must be mine or refinery, got "${stage}"`);
  const commodityId = findCommodity(name);
  const store = await openForRead(values, io);
  try {
    const result = await concentrationSeries(store.db, {
      commodityId,
      sources: source === 'all' ? undefined : [source as ProductionSource],
      stages: stage ? [stage as Stage] : undefined,
    });
    if (values.json) printJson(io, result);
    else io.stdout(render(result));
    return 0;
  } finally {
    await store.close();
  }
}

function render(r: ConcentrationSeriesResult): string {
  const lines = [`${r.commodity.name} — concentration of world production`, ''];
  for (const s of r.series) {
    const first = s.points[0];
    lines.push(`${s.dataset} · ${s.stage} stage · ${first?.series ?? ''} (${first?.unit ?? ''})`);
    lines.push(
      table(
        ['Year', 'Vintage', 'HHI', 'HHI 10k', 'HHI norm.', 'Top-3', 'China', 'Russia', 'C5', 'HHI×WGI', 'WGI yr', 'n'],
        s.points.map((p) => [
          p.year, p.vintage, p.hhi.toFixed(4), Math.round(p.hhi_10000), p.hhi_normalised.toFixed(4), pct(p.top3_share),
          pct(p.group_shares.CHN), pct(p.group_shares.RUS), pct(p.group_shares.C5, 2), p.hhi_governance.toFixed(4), p.wgi_year ?? '', p.producers,
        ]),
        ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    const missing = [...new Set(s.points.flatMap((p) => p.governance_missing))];
    if (missing.length) lines.push(`No WGI ${r.conventions.wgi_dimension} estimate (weighted 0.5): ${missing.join(', ')}`);
    lines.push('');
  }
  lines.push(
    'HHI = Σ share² (0–1); HHI 10k = 10,000 × HHI; HHI norm. = (HHI − 1/n)/(1 − 1/n);',
    `HHI×WGI = Σ share² × clamp((2.5 − WGI ${r.conventions.wgi_dimension})/5, 0, 1), WGI of the latest year ≤ the production year.`,
    '',
    `Sources: ${r.sources.map((s) => `${s.dataset} ${s.vintage}`).join('; ')}   data build ${r.data_build ?? 'unknown'}`,
    '',
  );
  return lines.join('\n');
}
