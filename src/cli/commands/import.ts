import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NotFoundError, UsageError } from '../../domain/errors.js';
import { formatReport } from '../../ingest/report.js';
import { runImport } from '../../ingest/run-import.js';
import { silentProgress, terminalProgress } from '../../ingest/progress.js';
import { SOURCES, sourceIds } from '../../ingest/sources/index.js';
import { openForRead } from '../db-open.js';
import { parseCommand, printJson, sharedDir, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone import <source> [file...] [--db PATH|URL] [--all-codes] [--vintage YEAR] [--json]
Loads a (newer) official file of a supported source into the database in one transaction;
re-importing the same vintage replaces it. Without files, the source's default files in
../shared/data are read. Sources: ${'{sources}'}
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { 'all-codes': { type: 'boolean' }, vintage: { type: 'string' }, shared: { type: 'string' } },
    'import',
  );
  if (values.help || positionals.length === 0) {
    io.stdout(HELP.replace('{sources}', sourceIds().join(', ')));
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  const [id, ...fileArgs] = positionals as [string, ...string[]];
  const source = SOURCES.find((s) => s.id === id);
  if (!source) throw new NotFoundError('source', id, sourceIds().filter((s) => s.includes(id.split('-')[0] ?? id)));
  const files = fileArgs.length > 0 ? fileArgs.map((f) => resolve(io.cwd, f)) : source.defaultFiles.map((f) => join(sharedDir(stringFlag(values, 'shared'), io.env), 'data', f));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new UsageError(`import: file not found: ${missing}`, 'check the path');
  const store = await openForRead(values, io);
  try {
    const report = await runImport(store, source, files, {
      progress: io.isTTY ? terminalProgress() : silentProgress,
      now: io.now,
      allCodes: Boolean(values['all-codes']),
      vintage: stringFlag(values, 'vintage'),
    });
    if (values.json) printJson(io, report);
    else io.stdout(`${formatReport(report)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
