import { warn, type ImportReport } from '../report.js';
import { readCsv, fileLabel } from '../csv.js';
import { AUDIT_COLUMNS } from './usgs-mcs-layout.js';

/**
 * The MCS 2026 revision audit (`usgs_mcs2026_revision_audit.csv`, carried beside the data
 * release by therealjameswilson/critical-minerals-records-stage-v3): corrections USGS made to
 * the report after the v1.0 data release (versions 1.1–1.3, see the release's version
 * history). `replace_value` changes a value (Brazil rare-earth reserves 21,000,000 → 11,000,000
 * t; world reserves >85,000,000 → >75,000,000 t); the other actions change a row's notes.
 * A correction that matches no row, or whose "before" differs from the file, is a warning.
 */
export interface Revision {
  key: string;
  line: number;
  action: string;
  rawValue: string;
  currentValue: string;
  rawNotes: string;
  currentNotes: string;
  version: string;
  note: string;
  used: boolean;
}

export function revisionKey(chapter: string, section: string, country: string, statistics: string, year: string): string {
  return [chapter, section, country, statistics, year].map((s) => s.replace(/\s+/g, ' ').trim().toLowerCase()).join('|');
}

export function readRevisions(file: string): Map<string, Revision> {
  const table = readCsv(file, AUDIT_COLUMNS);
  const out = new Map<string, Revision>();
  for (const row of table.rows) {
    const v = row.values;
    const key = revisionKey(v.mcs_chapter ?? '', v.section ?? '', v.country ?? '', v.statistics ?? '', v.year ?? '');
    out.set(key, {
      key,
      line: row.line,
      action: v.revision_action ?? '',
      rawValue: v.raw_value ?? '',
      currentValue: v.current_value ?? '',
      rawNotes: v.raw_notes ?? '',
      currentNotes: v.current_notes ?? '',
      version: v.revision_version ?? '',
      note: v.revision_note ?? '',
      used: false,
    });
  }
  return out;
}

export interface RevisedCell {
  value: string;
  notes: string;
  /** True when the value itself was replaced. */
  valueRevised: boolean;
  /** What to add to the stored note, or '' when nothing was applied. */
  remark: string;
}

/** Applies a revision to a row's Value and Notes; the file's "before" must match, else a warning and no change. */
export function applyRevision(rev: Revision, value: string, notes: string, report: ImportReport, auditFile: string, dataFile: string, line: number): RevisedCell {
  rev.used = true;
  const remark = `Revised (MCS 2026 v${rev.version}): ${rev.note}`;
  if (rev.action === 'replace_value') {
    if (value === rev.rawValue) return { value: rev.currentValue, notes, valueRevised: true, remark };
    if (value !== rev.currentValue) {
      warn(report, { file: dataFile, row: line, column: 'Value' }, `revision at ${fileLabel(auditFile)} row ${rev.line} expects "${rev.rawValue}", the file has "${value}": not applied`);
    }
    return { value, notes, valueRevised: false, remark: '' };
  }
  if (notes === rev.rawNotes) return { value, notes: rev.currentNotes, valueRevised: false, remark };
  if (notes !== rev.currentNotes) {
    warn(report, { file: dataFile, row: line, column: 'Notes' }, `revision at ${fileLabel(auditFile)} row ${rev.line} expects other notes: not applied`);
  }
  return { value, notes, valueRevised: false, remark: '' };
}

/** Warns about corrections that matched no row (e.g. a newer release already carries them differently). */
export function reportUnusedRevisions(revisions: Map<string, Revision>, report: ImportReport, auditFile: string): void {
  for (const rev of revisions.values()) {
    if (!rev.used) warn(report, { file: auditFile, row: rev.line }, `revision (${rev.action}) matches no row of the MCS file: not applied`);
  }
}
