import type { DataLocation } from '../domain/errors.js';

export interface ImportWarning extends DataLocation {
  message: string;
}

/** What an import did: rows read, stored, skipped with the reason, and warnings. Tests assert on it. */
export interface ImportReport {
  source: string;
  files: string[];
  rowsRead: number;
  rowsStored: number;
  /** Skipped rows counted by reason (e.g. "aggregate row", "no value"). */
  skipped: Record<string, number>;
  warnings: ImportWarning[];
}

export function newReport(source: string, files: string[]): ImportReport {
  return { source, files, rowsRead: 0, rowsStored: 0, skipped: {}, warnings: [] };
}

export function skip(report: ImportReport, reason: string, n = 1): void {
  report.skipped[reason] = (report.skipped[reason] ?? 0) + n;
}

/** Records a warning; repeated identical messages (same text, file, column) are kept once with a count. */
export function warn(report: ImportReport, where: DataLocation, message: string): void {
  const same = report.warnings.find((w) => w.message === message && w.file === where.file && w.column === where.column);
  if (same) return;
  report.warnings.push({ ...where, message });
}

export function skippedTotal(report: ImportReport): number {
  return Object.values(report.skipped).reduce((a, b) => a + b, 0);
}

/** A short human summary for the terminal. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `${report.source}: read ${report.rowsRead} rows, stored ${report.rowsStored}, skipped ${skippedTotal(report)}`,
  ];
  for (const [reason, n] of Object.entries(report.skipped)) lines.push(`  skipped ${n}: ${reason}`);
  for (const w of report.warnings.slice(0, 20)) {
    lines.push(`  warning: ${w.file}${w.row !== undefined ? ` row ${w.row}` : ''}${w.column ? ` column "${w.column}"` : ''}: ${w.message}`);
  }
  if (report.warnings.length > 20) lines.push(`  … ${report.warnings.length - 20} more warnings (use --json for all)`);
  return lines.join('\n');
}
