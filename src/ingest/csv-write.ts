/**
 * Tidy CSV writing for the bundled tables and exports. A null is an unquoted empty field, an
 * empty string is `""`, so a round trip keeps the difference.
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s = String(v);
  if (s === '' || /[",\n\r]/.test(s) || s !== s.trim()) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const out = [csvLine(columns)];
  for (const r of rows) out.push(csvLine(columns.map((c) => r[c])));
  return `${out.join('\n')}\n`;
}
