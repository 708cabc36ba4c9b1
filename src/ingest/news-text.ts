import { createHash } from 'node:crypto';
import { DataError } from '../domain/errors.js';
import { normalizeName } from '../domain/text.js';

/**
 * Text helpers of the news ingest: the article header, the content hash that keys documents, and
 * the sentence overlap that tells a syndicated copy from an independent report.
 */

export interface ArticleFile {
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD (a note after the date on the DATE line is dropped). */
  date: string | null;
  body: string;
}

/**
 * Splits an article file into its `URL:` / `TITLE:` / `DATE:` header and body (GUIDELINES.md
 * "Article files start with URL:, TITLE: and DATE: lines, then a blank line, then the text").
 * Text without a header is all body; other `Key:` lines in the header block are tolerated.
 */
export function parseArticleFile(text: string): ArticleFile {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = src.split('\n');
  const out: ArticleFile = { url: null, title: null, date: null, body: src };
  if (!/^(URL|TITLE|DATE):/i.test(lines[0] ?? '')) return out;
  let i = 0;
  for (; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') break;
    const m = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (!m) break;
    const key = (m[1] as string).toUpperCase();
    const value = (m[2] as string).trim();
    if (key === 'URL') out.url = /^https?:\/\//i.test(value) ? value : null;
    else if (key === 'TITLE') out.title = value || null;
    else if (key === 'DATE') out.date = /^(\d{4}-\d{2}-\d{2})/.exec(value)?.[1] ?? null;
  }
  out.body = lines.slice(i).join('\n').replace(/^\n+/, '');
  return out;
}

/** SHA-256 of the body with whitespace collapsed and Unicode in NFC: the document key. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Sentence keys of a text (normalised, at least four words) for the syndication test. */
export function sentenceKeys(text: string): Set<string> {
  const out = new Set<string>();
  for (const part of text.split(/\n+|(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)) {
    const key = normalizeName(part);
    if (key.split(' ').length >= 4) out.add(key);
  }
  return out;
}

/**
 * Share of the shorter document's sentences that the other document also contains. Two
 * documents sharing most of their sentences (≥ SYNDICATION_SHARE) are one report syndicated,
 * not two independent sources (issue 4: "syndicated copies … count once").
 */
export function sentenceOverlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const k of small) if (large.has(k)) shared += 1;
  return shared / small.size;
}

export const SYNDICATION_SHARE = 0.6;

/**
 * Number of independent documents among `ids`: documents are grouped when they share most of
 * their sentences (single linkage), and each group counts once.
 */
export function independentCount(ids: readonly string[], texts: ReadonlyMap<string, string>): number {
  const unique = [...new Set(ids)];
  const keys = unique.map((id) => sentenceKeys(texts.get(id) ?? ''));
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (let i = 0; i < unique.length; i += 1) {
    for (let j = i + 1; j < unique.length; j += 1) {
      if (sentenceOverlap(keys[i] as Set<string>, keys[j] as Set<string>) >= SYNDICATION_SHARE) parent[find(i)] = find(j);
    }
  }
  return new Set(unique.map((_, i) => find(i))).size;
}

/** Lowercase ASCII slug for ids: "Cove Kaz Capital Group" → "cove-kaz-capital-group". */
export function slug(text: string, max = 60): string {
  return normalizeName(text).replace(/ /g, '-').slice(0, max).replace(/-+$/, '') || 'x';
}

/** The publisher of a URL (its host without "www."), or null. */
export function publisherOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Throws a DataError naming the file when a date string is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function checkDate(value: unknown, file: string, column: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new DataError({ file, column }, `date must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}
