import { UsageError } from '../../domain/errors.js';
import { reviewEvents, EDITABLE_FIELDS, type ReviewOutcome } from '../../ingest/news-review.js';
import { findEvents, type EventWithParts } from '../../store/queries/events.js';
import { openForRead } from '../db-open.js';
import { table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone review [--accept ID...] [--reject ID... --reason TEXT] [--edit ID field=value...] [--who NAME] [--json]
Without --accept/--reject/--edit: lists the pending events with their evidence.
  --accept ID...            accept events (export restrictions then update the restriction measures)
  --reject ID... --reason   reject events, saying why
  --edit ID field=value...  change fields: ${EDITABLE_FIELDS.join(', ')}
                            (value="4200000000 USD"; actors=USA,KAZ; location is a country; empty clears)
  --who NAME                who is recorded in the audit trail (default: $USER or "cli")
Every change is one row of the audit trail (event_review: who, when, what changed, why), and one
call is one transaction.
`;

interface Parsed {
  accept: string[];
  reject: string[];
  edits: { id: string; fields: Record<string, string> }[];
  rest: string[];
}

/** Splits the multi-value flags (--accept ID ID, --edit ID f=v f=v) from the ordinary ones. */
export function splitReviewArgs(args: readonly string[]): Parsed {
  const out: Parsed = { accept: [], reject: [], edits: [], rest: [] };
  const VALUE_FLAGS = new Set(['--reason', '--who', '--db']);
  let mode: 'accept' | 'reject' | 'edit' | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] as string;
    if (a === '--accept' || a === '--reject') {
      mode = a === '--accept' ? 'accept' : 'reject';
      continue;
    }
    if (a === '--edit') {
      mode = 'edit';
      out.edits.push({ id: '', fields: {} });
      continue;
    }
    if (a.startsWith('-')) {
      mode = null;
      out.rest.push(a);
      if (VALUE_FLAGS.has(a) && i + 1 < args.length) out.rest.push(args[(i += 1)] as string);
      continue;
    }
    if (mode === 'accept' || mode === 'reject') out[mode].push(a);
    else if (mode === 'edit') {
      const cur = out.edits[out.edits.length - 1] as Parsed['edits'][number];
      if (!cur.id) cur.id = a;
      else {
        const eq = a.indexOf('=');
        if (eq <= 0) throw new UsageError(`--edit ${cur.id}: "${a}" is not field=value`, `e.g. --edit ${cur.id} date=2025-11-06 sector=mining`);
        cur.fields[a.slice(0, eq)] = a.slice(eq + 1);
      }
    } else out.rest.push(a);
  }
  for (const e of out.edits) {
    if (!e.id) throw new UsageError('--edit needs an event id and field=value pairs', 'e.g. --edit ev-news-20251106-summit-… date=2025-11-06');
    if (Object.keys(e.fields).length === 0) throw new UsageError(`--edit ${e.id}: give at least one field=value`, `editable fields: ${EDITABLE_FIELDS.join(', ')}`);
  }
  return out;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const split = splitReviewArgs(args);
  const { values, positionals } = parseCommand(split.rest, { reason: { type: 'string' }, who: { type: 'string' } }, 'review');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`review: unexpected "${positionals[0]}"`, 'event ids follow --accept, --reject or --edit');
  const reason = stringFlag(values, 'reason');
  const acting = split.accept.length + split.reject.length + split.edits.length > 0;
  if (!acting && reason) throw new UsageError('--reason goes with --reject (or --edit)', 'e.g. lodestone review --reject ID --reason "forecast, not an event"');
  const store = await openForRead(values, io);
  try {
    if (!acting) {
      const pending = await findEvents(store.db, { reviewState: 'pending' });
      if (values.json) printJson(io, pending);
      else io.stdout(renderPending(pending));
      return 0;
    }
    const outcomes = await reviewEvents(store, {
      accept: split.accept,
      reject: split.reject,
      edits: split.edits,
      reason,
      who: stringFlag(values, 'who') ?? io.env.USER ?? 'cli',
      now: io.now,
    });
    if (values.json) printJson(io, outcomes);
    else io.stdout(renderOutcomes(outcomes));
    return 0;
  } finally {
    await store.close();
  }
}

function renderPending(events: EventWithParts[]): string {
  if (!events.length) return 'No pending events.\n';
  const lines = [`${events.length} pending event(s):`, ''];
  for (const e of events) {
    lines.push(`${e.id}  ${e.type}  ${e.date ?? 'undated'}  corroboration ${e.corroboration}`, `  ${e.title}`);
    for (const ev of e.evidence) lines.push(`  “${ev.sentence}” — ${ev.title}${ev.url ? ` <${ev.url}>` : ''}`);
    lines.push('');
  }
  lines.push('Accept with "lodestone review --accept ID...", reject with "--reject ID... --reason TEXT".', '');
  return lines.join('\n');
}

function renderOutcomes(outcomes: ReviewOutcome[]): string {
  const rows = outcomes.map((o) => [
    o.id,
    o.action,
    o.skipped ?? Object.entries(o.changes).map(([k, v]) => `${k}: ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`).join('; '),
  ]);
  return `${table(['Event', 'Action', 'Changes'], rows)}\n`;
}
