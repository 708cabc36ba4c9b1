import { findCommodity } from '../../domain/commodities.js';
import { findCountry } from '../../domain/countries.js';
import { UsageError } from '../../domain/errors.js';
import { EVENT_TYPES, type EventType } from '../../domain/records.js';
import { normalizeName } from '../../domain/text.js';
import { findEvents, type EventWithParts } from '../../store/queries/events.js';
import { openForRead } from '../db-open.js';
import { intFlag, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone events [--country KAZ] [--type deal] [--commodity tungsten] [--since 2025-01] [--until 2025-12] [--text WORDS] [--tag NAME] [--dataset news|curated-events] [--limit N] [--json]
Accepted events (curated ledger and reviewed news) with their sources and evidence sentences,
newest first. --since/--until take YYYY, YYYY-MM or YYYY-MM-DD (--until 2025-12 keeps all of
December); --text matches the title, actors and evidence (case and accents ignored); --tag keeps
events with that tag (e.g. demo); --dataset keeps one source of events.
`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface EventsQuery {
  iso3?: string;
  type?: EventType;
  commodityId?: string;
  since?: string;
  until?: string;
  text?: string;
  tag?: string;
  dataset?: string;
  limit?: number;
}

/** Validates the flags into a query; each bad value is a UsageError naming its flag. */
export function eventsQuery(values: Record<string, string | boolean | string[] | undefined>): EventsQuery {
  const q: EventsQuery = {};
  const country = stringFlag(values, 'country');
  if (country) q.iso3 = findCountry(country);
  const type = stringFlag(values, 'type');
  if (type) {
    if (!EVENT_TYPES.includes(type as EventType)) throw new UsageError(`--type must be one of ${EVENT_TYPES.join(', ')}, got "${type}"`);
    q.type = type as EventType;
  }
  const commodity = stringFlag(values, 'commodity');
  if (commodity) q.commodityId = findCommodity(commodity);
  for (const flag of ['since', 'until'] as const) {
    const v = stringFlag(values, flag);
    if (v === undefined) continue;
    if (!DATE.test(v)) throw new UsageError(`--${flag} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
    q[flag] = v;
  }
  if (q.since && q.until && q.since > `${q.until}\uffff`) throw new UsageError(`--since ${q.since} is after --until ${q.until}`);
  const text = stringFlag(values, 'text');
  if (text !== undefined) {
    if (!normalizeName(text)) throw new UsageError('--text needs a word to look for');
    q.text = text;
  }
  q.tag = stringFlag(values, 'tag');
  const dataset = stringFlag(values, 'dataset');
  if (dataset !== undefined && !/^[a-z0-9-]+$/.test(dataset)) throw new UsageError(`--dataset must be a dataset id such as news or curated-events, got "${dataset}"`);
  q.dataset = dataset;
  const limit = intFlag(values, 'limit');
  if (limit !== undefined && limit < 1) throw new UsageError(`--limit must be at least 1, got ${limit}`);
  q.limit = limit;
  return q;
}

/** Accepted events matching the query; --text searches title, actor names and evidence sentences. */
export async function acceptedEvents(db: Parameters<typeof findEvents>[0], q: EventsQuery): Promise<EventWithParts[]> {
  const events = await findEvents(db, { reviewState: 'accepted', iso3: q.iso3, type: q.type, commodityId: q.commodityId, since: q.since, until: q.until });
  const key = q.text ? normalizeName(q.text) : '';
  const hits = events.filter(
    (e) =>
      (!key || normalizeName([e.title, ...e.actors.map((a) => a.name), ...e.evidence.map((x) => x.sentence)].join(' ')).includes(key)) &&
      (!q.tag || e.tags.split(';').includes(q.tag)) &&
      (!q.dataset || e.dataset === q.dataset),
  );
  return q.limit ? hits.slice(0, q.limit) : hits;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { country: { type: 'string' }, type: { type: 'string' }, commodity: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, text: { type: 'string' }, tag: { type: 'string' }, dataset: { type: 'string' }, limit: { type: 'string' } },
    'events',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`events: unexpected "${positionals[0]}"`, 'filter with --country, --type, --commodity, --since, --until or --text');
  const q = eventsQuery(values);
  const store = await openForRead(values, io);
  try {
    const events = await acceptedEvents(store.db, q);
    if (values.json) printJson(io, events);
    else io.stdout(render(events));
    return 0;
  } finally {
    await store.close();
  }
}

function render(events: EventWithParts[]): string {
  if (!events.length) return 'No accepted events match.\n';
  const lines: string[] = [];
  for (const e of events) {
    const value = e.value_amount !== null ? `  ${e.value_amount.toLocaleString('en-US')} ${e.value_currency ?? ''}` : '';
    lines.push(`${e.date ?? 'undated'}  ${e.type}  ${e.title}${value}`);
    lines.push(`  actors: ${e.actors.map((a) => a.name).join(', ') || '—'}${e.commodities.length ? `; commodities: ${e.commodities.map((c) => c.name).join(', ')}` : ''}; sources: ${e.corroboration} (${e.dataset})`);
    for (const ev of e.evidence) lines.push(`  “${ev.sentence}” — ${ev.title}${ev.published_date ? `, ${ev.published_date}` : ''}${ev.url ? ` <${ev.url}>` : ''}`);
    lines.push('');
  }
  lines.push(`${events.length} event(s)`, '');
  return lines.join('\n');
}
