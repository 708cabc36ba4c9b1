import { countryProfile, type CountryProfile } from '../../api/profiles/country-profile.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import { openForRead } from '../db-open.js';
import { num, pct, table } from '../format.js';
import { parseCommand, printJson, type CliIO } from '../io.js';

const HELP = `Usage: lodestone country <name|iso3> [--json]
Positions in world supply (every commodity where the country ranks in the top 10 or holds ≥ 1 %,
latest year per commodity and source), reserves, governance (six WGI dimensions, latest and
trend), facilities, events by counterpart, and export restrictions imposed by or targeting it.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {}, 'country');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const name = positionals.join(' ').trim();
  if (!name) throw new UsageError('country: name a country', 'e.g. "lodestone country Kazakhstan" or "lodestone country KAZ"');
  const iso3 = findCountry(name);
  const store = await openForRead(values, io);
  try {
    const profile = await countryProfile(store.db, iso3, io.now().toISOString().slice(0, 10));
    if (values.json) printJson(io, profile);
    else io.stdout(render(profile));
    return 0;
  } finally {
    await store.close();
  }
}

function render(p: CountryProfile): string {
  const lines = [`${p.country.name} (${p.country.iso3})${p.country.groups.length ? ` — ${p.country.groups.join(', ')}` : ''}`, ''];
  const pos = (title: string, rows: CountryProfile['production']) => {
    if (rows.length === 0) return;
    lines.push(title);
    lines.push(
      table(
        ['Commodity', 'Stage', 'Rank', 'Share', 'Value', 'Unit', 'Year', 'Source'],
        rows.map((r) => [r.name, r.stage, r.rank, pct(r.share), num(r.value), r.unit, r.year, `${r.dataset} ${r.vintage}`]),
        ['l', 'l', 'r', 'r', 'r', 'l', 'r', 'l'],
      ),
      '',
    );
  };
  pos('Production (world top 10 or ≥ 1 %):', p.production);
  pos('Reserves:', p.reserves);
  const g = p.governance.filter((d) => d.estimate !== null);
  if (g.length) {
    lines.push('Governance (World Bank WGI; estimate −2.5…2.5, percentile 0–100):');
    lines.push(
      table(
        ['Dimension', 'Year', 'Estimate', 'Percentile', '10-year change'],
        g.map((d) => [d.name, d.year, d.estimate?.toFixed(2), d.percentile_rank?.toFixed(1), d.change_10y === null ? '' : (d.change_10y >= 0 ? '+' : '') + d.change_10y.toFixed(2)]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
      '',
    );
  }
  if (p.facilities.length) lines.push(`Facilities (${p.facilities.length}): ${p.facilities.slice(0, 15).map((f) => f.name).join('; ')}${p.facilities.length > 15 ? '; …' : ''}`, '');
  const ev = Object.entries(p.events).filter(([, v]) => v.count > 0);
  if (ev.length) {
    lines.push('Events by counterpart:');
    for (const [k, v] of ev) lines.push(`  ${k}: ${v.count} (${Object.entries(v.by_type).map(([t, n]) => `${t} ${n}`).join(', ')})`);
    lines.push('');
  }
  if (p.restrictions.length) lines.push('Export restrictions (imposed by or targeting it):', ...p.restrictions.map((x) => `  [${x.status}] ${x.imposer}: ${x.title}`), '');
  lines.push(`Sources: ${p.sources.map((s) => `${s.dataset} ${s.vintage}`).join('; ')}   data build ${p.data_build ?? 'unknown'}`, '');
  return lines.join('\n');
}
