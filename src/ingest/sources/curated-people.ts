import { basename } from 'node:path';
import { resolveCountry } from '../../domain/countries.js';
import { DataError } from '../../domain/errors.js';
import type { EntityAliasRecord, EntityRecord } from '../../domain/records.js';
import { normalizeName } from '../../domain/text.js';
import type { CsvTable } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import type { CuratedDocuments } from './curated-documents.js';

/**
 * shared/data/curated/people.csv: 69 office-holders and envoys as of 2025–2026, each with
 * aliases (spellings and transliterations seen in sources: Tokayev / Toqaev / Kassym-Zhomart),
 * role, country (ISO3, or "EU" for EU institutions), role start where a source gave it, and a
 * source URL. People become `person` entities; every alias an entity_alias keyed by
 * normalizeName, so "Toqaev" or "Токаев" find the same person.
 */
export const PEOPLE_COLUMNS = ['id', 'name', 'aliases', 'role', 'country', 'role_start', 'source_url', 'evidence'] as const;

export const PEOPLE_DATASET = 'curated-people';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface Person {
  id: string;
  name: string;
  aliases: string[];
}

function lastWord(name: string): string {
  return name.trim().split(/\s+/).pop() ?? '';
}

/**
 * Surnames as aliases: where a person is known by the last word of the name ("Tokayev" is an
 * alias of Kassym-Jomart Tokayev), the last word of every other spelling is one too
 * ("Qasym-Jomart Toqaev" → "Toqaev"), unless that word also belongs to someone else's name
 * (the two Berdimuhamedovs share theirs). Not applied where the family name comes first
 * ("Xi Jinping", "Lee Jae-myung"), since there the last word is not an alias.
 */
export function surnameAliases(person: Person, owners: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const keys = new Set(person.aliases.map(normalizeName));
  if (!keys.has(normalizeName(lastWord(person.name)))) return [];
  const out: string[] = [];
  for (const alias of [person.name, ...person.aliases]) {
    if (!/\s/.test(alias.trim())) continue;
    const word = lastWord(alias);
    const key = normalizeName(word);
    const who = owners.get(key);
    if (key.length < 3 || keys.has(key) || (who && [...who].some((id) => id !== person.id))) continue;
    keys.add(key);
    out.push(word);
  }
  return out;
}

/** Which people each name word belongs to (for surnameAliases). */
function wordOwners(people: readonly Person[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const p of people) {
    for (const n of [p.name, ...p.aliases]) {
      for (const w of normalizeName(n).split(' ')) {
        const set = owners.get(w) ?? new Set<string>();
        set.add(p.id);
        owners.set(w, set);
      }
    }
  }
  return owners;
}

export function parsePeople(table: CsvTable, docs: CuratedDocuments, report: ImportReport): { entities: EntityRecord[]; aliases: EntityAliasRecord[] } {
  const file = basename(table.file);
  const seen = new Map<string, number>();
  const people: (Person & { line: number; values: Record<string, string> })[] = [];
  for (const row of table.rows) {
    report.rowsRead += 1;
    const v = row.values;
    const id = v.id ?? '';
    const name = v.name ?? '';
    if (id === '' || name === '') {
      skip(report, 'person without an id or name');
      warn(report, { file, row: row.line, column: id === '' ? 'id' : 'name' }, 'person without an id or name skipped');
      continue;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) throw new DataError({ file, row: row.line, column: 'id' }, `duplicate id "${id}" (first on line ${earlier})`, 'give each person their own id');
    seen.set(id, row.line);
    const start = v.role_start ?? '';
    if (start !== '' && !DATE.test(start)) throw new DataError({ file, row: row.line, column: 'role_start' }, `"${start}" is not a date`, 'use YYYY, YYYY-MM or YYYY-MM-DD');
    const aliases = (v.aliases ?? '').split(';').map((a) => a.trim()).filter((a) => a !== '');
    people.push({ id, name, aliases, line: row.line, values: v });
  }
  const owners = wordOwners(people);
  const entities: EntityRecord[] = [];
  const aliases: EntityAliasRecord[] = [];
  for (const p of people) {
    const v = p.values;
    const country = v.country ?? '';
    let iso3: string | null = null;
    if (country !== '' && country !== 'EU') {
      iso3 = resolveCountry(country) ?? null;
      if (!iso3) warn(report, { file, row: p.line, column: 'country' }, `unknown country "${country}" (person kept without a country)`);
    }
    if (v.source_url) docs.cite(v.source_url, `${p.name}: ${v.role ?? ''}`.trim(), null, PEOPLE_DATASET);
    entities.push({
      id: p.id,
      type: 'person',
      name: p.name,
      country_iso3: iso3,
      role: v.role || null,
      role_start: v.role_start || null,
      link_id: null,
      review_state: 'accepted',
      source: PEOPLE_DATASET,
    });
    const keys = new Set<string>();
    for (const alias of [p.name, ...p.aliases, ...surnameAliases(p, owners)]) {
      const key = normalizeName(alias);
      if (key === '' || keys.has(key)) continue;
      keys.add(key);
      aliases.push({ entity_id: p.id, alias, alias_key: key });
    }
  }
  return { entities, aliases };
}
