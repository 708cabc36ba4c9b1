import { h } from './dom.js';

/** What a view can hand away: table rows (CSV), the JSON it shows, map features, a briefing. */
export interface Exportable {
  /** File name stem, e.g. "commodity-tungsten". */
  name: string;
  rows?: Record<string, unknown>[];
  json?: unknown;
  geojson?: unknown;
  /** A briefing note in Markdown with the sources cited. */
  markdown?: () => string;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV: the header is the union of the rows' keys, in first-seen order. */
export function toCsv(rows: Record<string, unknown>[]): string {
  const cols: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
  return [cols.map(csvCell).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

export function download(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export toolbar of a view. */
export function exportBar(x: Exportable): HTMLElement {
  const bar = h('div', { class: 'exports', role: 'group', 'aria-label': 'Export this view' }, h('span', {}, 'Export:'));
  const btn = (label: string, fn: () => void): HTMLButtonElement => h('button', { type: 'button', onclick: fn, 'data-export': label.toLowerCase() }, label);
  if (x.rows) bar.append(btn('CSV', () => download(`${x.name}.csv`, toCsv(x.rows ?? []), 'text/csv')));
  if (x.json !== undefined) bar.append(btn('JSON', () => download(`${x.name}.json`, JSON.stringify(x.json, null, 2), 'application/json')));
  if (x.geojson) bar.append(btn('GeoJSON', () => download(`${x.name}.geojson`, JSON.stringify(x.geojson), 'application/geo+json')));
  if (x.markdown) bar.append(btn('Briefing', () => download(`${x.name}.md`, (x.markdown as () => string)(), 'text/markdown')));
  return bar;
}

/** Markdown helpers for briefing notes. */
export function mdTable(rows: (string | number)[][], header: string[]): string {
  const esc = (s: string | number): string => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.map(esc).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

export interface Citation {
  title?: string | null;
  citation?: string | null;
  url?: string | null;
  dataset?: string | null;
  vintage?: string | null;
}

export function mdSources(sources: Citation[]): string {
  const lines = sources.map((s, i) => `${i + 1}. ${s.citation ?? s.title ?? s.dataset ?? ''}${s.vintage ? ` (${s.dataset ?? ''} ${s.vintage})` : ''}${s.url && !(s.citation ?? '').includes(s.url) ? ` ${s.url}` : ''}`);
  return `## Sources\n\n${lines.join('\n')}\n`;
}
