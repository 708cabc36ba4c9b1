import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { DataError, UsageError } from '../../domain/errors.js';
import { extractArticle } from '../../extraction/extract.js';
import { toUsd } from '../../extraction/exchange-rates.js';
import { ingestNews, type NewsIngestReport, type NewsInput } from '../../ingest/news.js';
import { annotationProblems, annotationToArticle } from '../../ingest/news-annotations.js';
import type { Store } from '../../store/connection.js';
import { openForRead } from '../db-open.js';
import { table } from '../format.js';
import { packageRoot, parseCommand, printJson, stringFlag, type CliIO } from '../io.js';
import { storeGazetteer } from '../../api/profiles/gazetteer.js';

const HELP = `Usage: lodestone ingest <file|dir...> [--accept] [--tag NAME]... [--annotated] [--date YYYY-MM-DD] [--who NAME] [--json]
Extracts entities and events from articles (URL:/TITLE:/DATE: header, blank line, text; a folder
means its *.txt files) and stores them in the knowledge base in one transaction: documents keyed
by content hash (ingesting again changes nothing), people and organisations resolved or created
pending, events merged with other reports of the same event (corroboration counts independent
documents; syndicated copies count once), export restrictions linked to the restriction measures.
Events are pending until reviewed ("lodestone review"); --accept accepts them at once.
  --annotated   use the GUIDELINES annotation NN.json beside each NN.txt instead of the extractor
  --tag NAME    tag the documents and events (repeatable), e.g. --tag demo
  --date        publication date for plain text without a header
  --who NAME    who is recorded in the audit trail (default: $USER or "cli")
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    args,
    { accept: { type: 'boolean' }, tag: { type: 'string', multiple: true }, annotated: { type: 'boolean' }, date: { type: 'string' }, who: { type: 'string' } },
    'ingest',
  );
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('ingest: name at least one article file or folder', 'e.g. "lodestone ingest test/fixtures/news --annotated --accept --tag demo"');
  const date = stringFlag(values, 'date');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  const tags = (values.tag as string[] | undefined) ?? [];
  for (const t of tags) if (!/^[A-Za-z0-9_-]+$/.test(t)) throw new UsageError(`--tag must be letters, digits, "-" or "_", got "${t}"`);
  const files = articleFiles(positionals, io.cwd);
  const store = await openForRead(values, io);
  try {
    const inputs = values.annotated ? annotatedInputs(files, io.cwd) : await extractedInputs(store, files, io.cwd, date);
    const report = await ingestNews(store, inputs, {
      accept: values.accept === true,
      tags,
      who: stringFlag(values, 'who') ?? io.env.USER ?? 'cli',
      now: io.now,
    });
    if (values.json) printJson(io, report);
    else io.stdout(render(report));
    return 0;
  } finally {
    await store.close();
  }
}

/** The demo news corpus shipped with the package: articles written and annotated for issue 4. */
export function demoNewsDir(): string {
  return resolve(packageRoot(), 'test', 'fixtures', 'news');
}

/**
 * Ingests the demo corpus from its annotations, accepted and tagged 'demo' (what `npm start`
 * does unless --no-demo). Idempotent: stored articles are skipped by content hash.
 */
export async function ingestDemoNews(store: Store, io: CliIO): Promise<NewsIngestReport> {
  const files = articleFiles([demoNewsDir()], io.cwd);
  return ingestNews(store, annotatedInputs(files, io.cwd), { accept: true, tags: ['demo'], who: 'lodestone start (demo corpus)', now: io.now });
}

/** The *.txt files named, folders expanded (sorted, so ingest order and ids are reproducible). */
export function articleFiles(paths: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UsageError(`ingest: no such file or folder: ${p}`, 'give an article .txt file or a folder of them');
    if (statSync(abs).isDirectory()) {
      const txt = readdirSync(abs).filter((f) => f.endsWith('.txt')).sort();
      if (!txt.length) throw new UsageError(`ingest: folder ${p} has no .txt articles`);
      files.push(...txt.map((f) => join(abs, f)));
    } else files.push(abs);
  }
  return files;
}

function read(file: string, cwd: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new DataError({ file: relative(cwd, file) }, `cannot read: ${(err as Error).message}`);
  }
}

function annotatedInputs(files: readonly string[], cwd: string): NewsInput[] {
  return files.map((file) => {
    const jsonFile = file.replace(/\.txt$/, '.json');
    const name = relative(cwd, jsonFile);
    if (!existsSync(jsonFile)) throw new DataError({ file: name }, 'no annotation beside the article', 'write NN.json in the GUIDELINES schema, or drop --annotated to run the extractor');
    let json: unknown;
    try {
      json = JSON.parse(read(jsonFile, cwd));
    } catch (err) {
      throw new DataError({ file: name }, `not valid JSON: ${(err as Error).message}`);
    }
    const article = annotationToArticle(read(file, cwd), json, name);
    const problems = annotationProblems(article);
    if (problems.length) throw new DataError({ file: name }, `${problems.length} annotation problem(s): ${problems.slice(0, 3).join('; ')}`, 'fix the annotation (GUIDELINES.md "These checks were run on every file")');
    // USD at the annual average rate of the event's year (else the article's), as the extractor does.
    const events = article.events.map((e) => {
      const year = Number((e.date ?? article.header.date ?? '').slice(0, 4)) || null;
      return e.value ? { ...e, value: { ...e.value, usd: toUsd(e.value.amount, e.value.currency, year) } } : e;
    });
    return { file: relative(cwd, file), article: { ...article, events, id: article.id || basename(file, '.txt') } };
  });
}

async function extractedInputs(store: Store, files: readonly string[], cwd: string, date: string | undefined): Promise<NewsInput[]> {
  const gazetteer = await storeGazetteer(store);
  return files.map((file) => ({ file: relative(cwd, file), article: extractArticle(read(file, cwd), { id: basename(file).replace(/\.[^.]*$/, ''), date, gazetteer }) }));
}


function render(r: NewsIngestReport): string {
  const rows = r.items.map((i) => [i.file, i.status, i.document_id, i.events_created.length, i.events_merged.length, i.entities_created.length]);
  const fresh = r.items.filter((i) => i.status === 'new');
  const lines = [
    table(['File', 'Status', 'Document', 'Events new', 'Merged', 'Entities new'], rows, ['l', 'l', 'l', 'r', 'r', 'r']),
    `${fresh.length} new document(s), ${r.items.length - fresh.length} already stored; ` +
      `${fresh.reduce((a, i) => a + i.events_created.length, 0)} event(s) created, ${fresh.reduce((a, i) => a + i.events_merged.length, 0)} merged into existing ones`,
  ];
  if (r.restrictions_linked.length || r.restrictions_created.length) {
    lines.push(`Restriction measures: linked ${[...new Set(r.restrictions_linked)].join(', ') || 'none'}; created ${r.restrictions_created.join(', ') || 'none'}; status rows added ${r.restriction_status_added.length}`);
  }
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  lines.push('');
  return lines.join('\n');
}
