import { UsageError } from '../../domain/errors.js';
import { normalizeName } from '../../domain/text.js';
import { searchAll } from '../../store/queries/search.js';
import { openForRead } from '../db-open.js';
import { table } from '../format.js';
import { intFlag, parseCommand, printJson, type CliIO } from '../io.js';

const HELP = `Usage: lodestone search <text> [--limit N] [--json]
Finds commodities, countries, groups, facilities, people and organisations by name or alias.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { limit: { type: 'string' } }, 'search');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const text = positionals.join(' ').trim();
  const key = normalizeName(text);
  if (!key) throw new UsageError('search: give some text to look for', 'e.g. "lodestone search tungsten"');
  const store = await openForRead(values, io);
  try {
    const hits = await searchAll(store.db, key, intFlag(values, 'limit') ?? 20);
    if (values.json) printJson(io, { query: text, hits });
    else if (hits.length === 0) io.stdout(`nothing found for "${text}"\n`);
    else io.stdout(`${table(['Kind', 'Id', 'Name', 'Detail'], hits.map((h) => [h.kind, h.id, h.name, h.detail]))}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
