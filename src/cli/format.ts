/** Plain-text tables and number formats for human output. */
export function table(headers: string[], rows: (string | number | null | undefined)[][], align: ('l' | 'r')[] = []): string {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (align[i] === 'r' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...cells.map(fmt)].join('\n');
}

export function pct(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? '' : `${(share * 100).toFixed(digits)} %`;
}

export function num(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : String(Number(value.toPrecision(4)));
}
