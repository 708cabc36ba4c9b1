import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotationToArticle } from '../../src/ingest/news-annotations.js';
import type { NewsArticle } from '../../src/ingest/news-types.js';
import type { NewsInput } from '../../src/ingest/news.js';

/** The demo news corpus written for issue 4: NN.txt articles with NN.json GUIDELINES annotations. */
export const NEWS_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'news');

export function newsIds(): string[] {
  return readdirSync(NEWS_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

export function newsText(id: string): string {
  return readFileSync(join(NEWS_DIR, `${id}.txt`), 'utf8');
}

/** A fixture article as the ingest receives it (its gold annotation standing in for the extractor). */
export function goldArticle(id: string): NewsArticle {
  const file = join(NEWS_DIR, `${id}.json`);
  return annotationToArticle(newsText(id), JSON.parse(readFileSync(file, 'utf8')), `test/fixtures/news/${id}.json`);
}

export function goldInput(id: string): NewsInput {
  return { file: `test/fixtures/news/${id}.txt`, article: goldArticle(id) };
}
