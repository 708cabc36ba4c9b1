import { basename, dirname } from 'node:path';
import type { DatasetRecord } from '../../domain/records.js';
import type { DeleteSpec } from '../../store/bulk.js';
import { contentHash } from '../run-import.js';
import { MCS_DATASET, type McsRows } from './usgs-mcs-context.js';

/**
 * The dataset record of one MCS vintage. Citations from the data releases' metadata:
 * - 2026: U.S. Geological Survey, National Minerals Information Center, 2026, Mineral Commodity
 *   Summaries 2026 Data Release, https://doi.org/10.5066/P1WKQ63T (CC0 1.0);
 * - 2025: U.S. Geological Survey, National Minerals Information Center, 2025, Mineral Commodity
 *   Summaries 2025 Data Release, https://doi.org/10.5066/P13XCP3R (US Government work, public domain).
 * A later vintage gets the same citation without a DOI (we cannot know it) and the MCS page.
 */
const RELEASES: Record<string, { doi: string; licence: string }> = {
  '2026': { doi: 'https://doi.org/10.5066/P1WKQ63T', licence: 'CC0 1.0 Universal (public domain)' },
  '2025': { doi: 'https://doi.org/10.5066/P13XCP3R', licence: 'Public domain (US Government work)' },
};
const MCS_PAGE = 'https://www.usgs.gov/centers/national-minerals-information-center/mineral-commodity-summaries';
export const MCS_PUBLISHER = 'U.S. Geological Survey, National Minerals Information Center';

/** A file's path relative to data/raw when it lies there, else its name. */
export function rawRelative(file: string): string {
  return /data\/raw\/(.+)$/.exec(file.replace(/\\/g, '/'))?.[1] ?? basename(file);
}

/** The file list of a dataset record; a folder of many files (salient/) is written as "folder/*.csv". */
export function fileList(files: Iterable<string>): string {
  const rel = [...files].map(rawRelative);
  const byDir = new Map<string, number>();
  for (const f of rel) byDir.set(dirname(f), (byDir.get(dirname(f)) ?? 0) + 1);
  const out: string[] = [];
  for (const f of rel) {
    const dir = dirname(f);
    const entry = (byDir.get(dir) ?? 0) > 3 ? `${dir}/*.csv` : f;
    if (!out.includes(entry)) out.push(entry);
  }
  return out.join(';');
}

export function mcsDataset(vintage: string, rows: McsRows, importedAt: string): DatasetRecord {
  const release = RELEASES[vintage];
  const mine = <T extends { vintage: string }>(list: T[]): T[] => list.filter((r) => r.vintage === vintage);
  const figure = mine(rows.figure);
  const salient = mine(rows.salient);
  const shares = mine(rows.import_share);
  const title = `Mineral Commodity Summaries ${vintage} Data Release`;
  return {
    id: MCS_DATASET,
    vintage,
    title,
    publisher: MCS_PUBLISHER,
    citation: `${MCS_PUBLISHER}, ${vintage}, ${title}: U.S. Geological Survey data release${release ? `, ${release.doi}` : ''}.`,
    licence: release?.licence ?? 'Public domain (US Government work)',
    url: release?.doi ?? MCS_PAGE,
    completeness: null,
    files: fileList(rows.files.get(vintage) ?? []),
    row_count: figure.length + salient.length + shares.length,
    content_hash: contentHash([...figure, ...salient, ...shares].map((r) => JSON.stringify(r))),
    imported_at: importedAt,
  };
}

/** Re-importing a vintage replaces all its rows in the three tables. */
export function mcsReplace(vintage: string): DeleteSpec[] {
  return (['figure', 'salient', 'import_share'] as const).map((table) => ({ table, where: { dataset: MCS_DATASET, vintage } }));
}
