import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../../domain/errors.js';
import { extractArticle } from '../../extraction/extract.js';
import { buildGazetteer, type Gazetteer, type OrgInput, type PersonInput } from '../../extraction/gazetteer.js';
import { toEval } from '../../extraction/types.js';
import { readBundleTable, readManifest } from '../../ingest/bundle.js';
import { bundleDir, openForRead } from '../db-open.js';
import { storeGazetteer } from '../../api/profiles/gazetteer.js';
import { parseCommand, stringFlag, type CliIO, type ParsedCommand } from '../io.js';

const HELP = `Usage: lodestone extract <file|dir...> [--out DIR] [--format eval|full] [--date YYYY-MM-DD]
Extracts entities and events from articles (URL:/TITLE:/DATE: header, then the text; or plain
text with --date). For every NN.txt writes NN.json into --out (created if missing; default: print
one JSON document). --format eval is the GUIDELINES schema that score.mjs reads; full adds
offsets, confidences, resolved ids and USD values. People and organisations come from the
accepted knowledge-base entities of the database given with --db, else of the bundled data build.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, { out: { type: 'string' }, format: { type: 'string' }, date: { type: 'string' } }, 'extract');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = stringFlag(values, 'format') ?? 'eval';
  if (format !== 'eval' && format !== 'full') throw new UsageError(`--format must be eval or full, got "${format}"`);
  const date = stringFlag(values, 'date');
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
  if (!positionals.length) throw new UsageError('extract: name at least one file or directory', 'e.g. "lodestone extract articles/ --out out/"');
  const files: string[] = [];
  for (const p of positionals) {
    const abs = resolve(io.cwd, p);
    if (!existsSync(abs)) throw new UsageError(`extract: no such file or directory: ${p}`, 'give a .txt article or a folder of them');
    if (statSync(abs).isDirectory()) {
      for (const f of readdirSync(abs).sort()) if (f.endsWith('.txt')) files.push(join(abs, f));
    } else files.push(abs);
  }
  const outDir = stringFlag(values, 'out');
  if (outDir) mkdirSync(resolve(io.cwd, outDir), { recursive: true });
  const gazetteer = stringFlag(values, 'db') ? await databaseGazetteer(values, io) : knowledgeBaseGazetteer();
  const docs: unknown[] = [];
  for (const file of files) {
    const id = basename(file).replace(/\.[^.]*$/, '');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new UsageError(`extract: cannot read ${file}: ${(err as Error).message}`);
    }
    const x = extractArticle(text, { id, date, gazetteer });
    const doc = format === 'eval' ? toEval(x) : { ...x, body: undefined };
    if (outDir) writeFileSync(join(resolve(io.cwd, outDir), `${id}.json`), `${JSON.stringify(doc, null, 2)}\n`);
    else docs.push(doc);
  }
  if (outDir) io.stderr(`extract: wrote ${files.length} file(s) to ${outDir}\n`);
  else io.stdout(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
  return 0;
}

/** Accepted people and organisations of the database named by --db. */
async function databaseGazetteer(values: ParsedCommand['values'], io: CliIO): Promise<Gazetteer> {
  const store = await openForRead(values, io);
  try {
    return await storeGazetteer(store);
  } finally {
    await store.close();
  }
}

/** Accepted people and organisations of the bundled knowledge base, as gazetteer input. */
function knowledgeBaseGazetteer(): Gazetteer {
  const dir = bundleDir();
  if (!existsSync(join(dir, 'manifest.json'))) return buildGazetteer();
  const manifest = readManifest(dir);
  const entities = readBundleTable(dir, 'entity', manifest);
  const aliases = readBundleTable(dir, 'entity_alias', manifest);
  const byEntity = new Map<string, string[]>();
  for (const a of aliases) {
    const id = String(a.entity_id);
    const list = byEntity.get(id) ?? [];
    list.push(String(a.alias));
    byEntity.set(id, list);
  }
  const people: PersonInput[] = [];
  const orgs: OrgInput[] = [];
  for (const e of entities) {
    if (e.review_state !== 'accepted') continue;
    const id = String(e.id);
    const item = { id, name: String(e.name), aliases: byEntity.get(id) ?? [], country: (e.country_iso3 as string | null) ?? null };
    if (e.type === 'person') people.push({ ...item, role: (e.role as string | null) ?? null });
    else if (e.type === 'organization') orgs.push(item);
  }
  return buildGazetteer({ people, orgs });
}
