import { restrictionsList, type RestrictionItem } from '../../api/profiles/restrictions-list.js';
import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import { openForRead } from '../db-open.js';
import { table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone restrictions [--commodity NAME] [--imposer COUNTRY] [--country COUNTRY] [--on YYYY-MM-DD] [--status STATUS] [--json]
Export-restriction measures with their status on a date (default today): announced, in_force,
suspended or lifted; targets, commodities and HS codes, dates and sources.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(
    args,
    { commodity: { type: 'string' }, imposer: { type: 'string' }, country: { type: 'string' }, on: { type: 'string' }, status: { type: 'string' } },
    'restrictions',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const on = stringFlag(values, 'on') ?? io.now().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on))) throw new UsageError(`--on must be a date YYYY-MM-DD, got "${on}"`);
  const status = stringFlag(values, 'status');
  if (status && !['announced', 'in_force', 'suspended', 'lifted'].includes(status)) throw new UsageError(`--status must be announced, in_force, suspended or lifted, got "${status}"`);
  const commodity = stringFlag(values, 'commodity');
  const imposer = stringFlag(values, 'imposer');
  const country = stringFlag(values, 'country');
  const q = {
    on,
    commodityId: commodity ? findCommodity(commodity) : undefined,
    imposer: imposer ? findCountry(imposer) : undefined,
    involving: country ? findCountry(country) : undefined,
  };
  const store = await openForRead(values, io);
  try {
    const items = (await restrictionsList(store.db, q)).filter((r) => !status || r.status === status);
    if (values.json) printJson(io, { on, filters: { commodity: q.commodityId ?? null, imposer: q.imposer ?? null, country: q.involving ?? null, status: status ?? null }, restrictions: items });
    else io.stdout(render(items, on));
    return 0;
  } finally {
    await store.close();
  }
}

function render(items: RestrictionItem[], on: string): string {
  if (items.length === 0) return `no restriction measures match (on ${on})\n`;
  const rows = items.map((r) => [
    r.status + (r.status === 'suspended' && r.suspended_until ? ` until ${r.suspended_until}` : ''),
    r.imposer,
    r.kind,
    r.commodities.map((c) => c.name).join(', '),
    r.applies_to_all ? 'all' : r.targets.join(' '),
    r.effective ?? r.announced ?? '',
    r.title,
  ]);
  return `Export restrictions on ${on}\n${table(['Status', 'Imposer', 'Kind', 'Commodities', 'Targets', 'Effective', 'Measure'], rows)}\n`;
}
