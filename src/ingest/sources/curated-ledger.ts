import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DataError } from '../../domain/errors.js';
import type { DatasetRecord } from '../../domain/records.js';
import type { DeleteSpec } from '../../store/bulk.js';
import type { TableName } from '../../store/schema.js';
import { checkHeader, readCsv, type CsvTable } from '../csv.js';
import { contentHash } from '../run-import.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { CuratedDocuments } from './curated-documents.js';
import { EVENTS_DATASET, EVENT_COLUMNS, ORGANIZATIONS_SOURCE, parseEvents } from './curated-events.js';
import { sharedDataDir } from './curated-paths.js';
import { PEOPLE_COLUMNS, PEOPLE_DATASET, parsePeople } from './curated-people.js';
import { RESTRICTIONS_DATASET, SUPPLEMENT_FILE, buildRestrictions } from './curated-restrictions.js';
import { RESTRICTION_DETAILS } from './restriction-details.js';

/**
 * The curated knowledge base: shared/data/curated/events.csv (166 events) and people.csv (69
 * people), mapped onto the GUIDELINES vocabulary, plus the restriction measures the curated
 * export_restriction events feed (restriction-details.ts). Writes documents (one per source
 * URL), entities (people, organisations) with aliases, events with actors, commodities,
 * evidence and a 'create' review, and the restriction tables. Re-importing replaces all of it.
 */

interface FileKind {
  name: 'events' | 'people';
  columns: readonly string[];
  signature: string;
  defaultFile: string;
}

const FILES: FileKind[] = [
  { name: 'events', columns: EVENT_COLUMNS, signature: 'actors', defaultFile: 'curated/events.csv' },
  { name: 'people', columns: PEOPLE_COLUMNS, signature: 'aliases', defaultFile: 'curated/people.csv' },
];

const META: Record<string, Pick<DatasetRecord, 'title' | 'publisher' | 'citation' | 'licence' | 'url'>> = {
  [EVENTS_DATASET]: {
    title: 'Central Asia critical-minerals and geopolitics events 2019–2026 (curated)',
    publisher: 'Lodestone shared curated reference tables',
    citation: 'shared/data/curated/events.csv: paraphrased, dated events, one cited source per row (see README.md there).',
    licence: 'Compilation of sourced facts; each row cites its source',
    url: 'shared/data/curated/events.csv',
  },
  [PEOPLE_DATASET]: {
    title: 'Office-holders and envoys 2025–2026 (curated)',
    publisher: 'Lodestone shared curated reference tables',
    citation: 'shared/data/curated/people.csv: roles and aliases, one cited source per row.',
    licence: 'Compilation of sourced facts; each row cites its source',
    url: 'shared/data/curated/people.csv',
  },
  [RESTRICTIONS_DATASET]: {
    title: 'Export-restriction measures (Lodestone curated supplement)',
    publisher: 'Lodestone',
    citation: 'Structured from the curated export_restriction events; each measure cites its instrument (MOFCOM/GAC announcement number and exportcontrol.mofcom.gov.cn URL where the curated row gives it).',
    licence: 'Compilation of sourced facts; each measure cites its sources',
    url: SUPPLEMENT_FILE,
  },
};

function recognise(table: CsvTable): FileKind {
  const kind = FILES.find((k) => table.header.includes(k.signature));
  if (!kind) {
    throw new DataError({ file: table.file, row: 1 }, 'unexpected header: not a curated events or people file', FILES.map((k) => `${k.name}: ${k.columns.join(', ')}`).join(' | '));
  }
  checkHeader(table.file, table.header, kind.columns);
  return kind;
}

/** The ledger's vintage: the year of its newest event or source date (e.g. '2026'). */
function ledgerVintage(events: CsvTable, ctx: ParseContext): string {
  const years = events.rows.flatMap((r) => [r.values.date ?? '', r.values.source_date ?? '']).map((d) => d.slice(0, 4)).filter((y) => /^\d{4}$/.test(y));
  const vintage = years.sort().pop() ?? ctx.options.vintage;
  if (!vintage) throw new DataError({ file: events.file }, 'cannot tell the vintage of the events file (no dates)', 'pass --vintage YEAR');
  return vintage;
}

function tables(files: string[]): Record<FileKind['name'], CsvTable> {
  const given = new Map<FileKind['name'], CsvTable>();
  for (const file of files) {
    const table = readCsv(file);
    const kind = recognise(table);
    if (given.has(kind.name)) throw new DataError({ file }, `a second ${kind.name} file was given`, 'pass at most one events and one people file');
    given.set(kind.name, table);
  }
  for (const kind of FILES) {
    if (given.has(kind.name)) continue;
    const file = join(sharedDataDir(), kind.defaultFile);
    if (!existsSync(file)) throw new DataError({ file }, `default curated ${kind.name} file not found`, 'pass both events.csv and people.csv');
    const table = readCsv(file);
    recognise(table);
    given.set(kind.name, table);
  }
  return { events: given.get('events') as CsvTable, people: given.get('people') as CsvTable };
}

/** Deletes every row this importer wrote before (children first), so a re-import replaces them. */
function replaceSpecs(): DeleteSpec[] {
  const ofEvents = (table: TableName): DeleteSpec => ({ table, in: { column: 'event_id', from: 'event', select: 'id', fromWhere: { dataset: EVENTS_DATASET } } });
  const ofMeasures = (table: TableName): DeleteSpec => ({ table, in: { column: 'restriction_id', from: 'restriction', select: 'id', fromWhere: { dataset: RESTRICTIONS_DATASET } } });
  const ofEntities = (source: string): DeleteSpec => ({ table: 'entity_alias', in: { column: 'entity_id', from: 'entity', select: 'id', fromWhere: { source } } });
  return [
    ...(['evidence', 'event_actor', 'event_commodity', 'event_review'] as const).map(ofEvents),
    ...(['restriction_target', 'restriction_commodity', 'restriction_status', 'restriction_source'] as const).map(ofMeasures),
    { table: 'restriction', where: { dataset: RESTRICTIONS_DATASET } },
    { table: 'event', where: { dataset: EVENTS_DATASET } },
    ofEntities(PEOPLE_DATASET),
    ofEntities(ORGANIZATIONS_SOURCE),
    { table: 'entity', where: { source: PEOPLE_DATASET } },
    { table: 'entity', where: { source: ORGANIZATIONS_SOURCE } },
    { table: 'document', where: { kind: 'curated' } },
    ...[EVENTS_DATASET, PEOPLE_DATASET, RESTRICTIONS_DATASET].map((id): DeleteSpec => ({ table: 'dataset', where: { id } })),
  ];
}

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const input = tables(files);
  ctx.progress.start('curated ledger', input.events.rows.length + input.people.rows.length);
  const vintage = ledgerVintage(input.events, ctx);
  const now = ctx.now().toISOString();
  const docs = new CuratedDocuments();
  const events = parseEvents(input.events, docs, ctx.report, vintage, now);
  const people = parsePeople(input.people, docs, ctx.report);
  const measures = buildRestrictions(RESTRICTION_DETAILS, events.byId, docs, ctx.report);
  ctx.progress.tick(input.events.rows.length + input.people.rows.length);
  ctx.progress.done();
  const dataset = (id: string, file: string, rows: number, hash: string): DatasetRecord => ({
    id, vintage, ...(META[id] as (typeof META)[string]), completeness: null, files: file, row_count: rows, content_hash: hash, imported_at: now,
  });
  const hashOf = (t: CsvTable): string => contentHash(t.rows.map((r) => JSON.stringify(r.values)));
  return {
    datasets: [
      dataset(EVENTS_DATASET, basename(input.events.file), events.events.length, hashOf(input.events)),
      dataset(PEOPLE_DATASET, basename(input.people.file), people.entities.length, hashOf(input.people)),
      dataset(RESTRICTIONS_DATASET, SUPPLEMENT_FILE, measures.restriction.length, contentHash([JSON.stringify(RESTRICTION_DETAILS)])),
    ],
    tables: {
      document: docs.records(now),
      entity: [...people.entities, ...events.organizations],
      entity_alias: [...people.aliases, ...events.organizationAliases],
      event: events.events,
      event_actor: events.actors,
      event_commodity: events.commodities,
      evidence: events.evidence,
      event_review: events.reviews,
      ...measures,
    },
    replace: replaceSpecs(),
  };
}

export const curatedLedgerImporter: SourceImporter = {
  id: 'curated-ledger',
  title: 'Curated knowledge base: events, people and restriction measures',
  defaultFiles: FILES.map((k) => k.defaultFile),
  parse,
};
