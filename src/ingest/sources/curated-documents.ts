import type { DocumentRecord } from '../../domain/records.js';
import { contentHash } from '../run-import.js';

/**
 * The source documents of the curated ledger: one document per distinct source URL (a curated
 * event, a person's role, a restriction measure's citation). The curated rows are paraphrases,
 * so a document keeps the URL, a title (the first citing row's title or label), the publisher
 * (the URL's host) and the date the citing row gives — never the page text.
 */
export class CuratedDocuments {
  private readonly byUrl = new Map<string, { title: string; date: string | null; tags: Set<string> }>();

  /** The stable id of the document at `url` ("doc-" + a hash of the URL). */
  static idFor(url: string): string {
    return `doc-${contentHash([url])}`;
  }

  /** Registers a citation of `url`; the first title and the first non-empty date are kept. */
  cite(url: string, title: string, date: string | null, tag: string): string {
    const doc = this.byUrl.get(url);
    if (!doc) this.byUrl.set(url, { title, date, tags: new Set([tag]) });
    else {
      doc.tags.add(tag);
      if (!doc.date && date) doc.date = date;
    }
    return CuratedDocuments.idFor(url);
  }

  records(createdAt: string): DocumentRecord[] {
    return [...this.byUrl.entries()].map(([url, d]) => ({
      id: CuratedDocuments.idFor(url),
      url,
      title: d.title,
      publisher: publisherOf(url),
      published_date: d.date,
      content_hash: contentHash([url, d.title]),
      kind: 'curated',
      text: null,
      tags: [...d.tags].sort().join(';'),
      created_at: createdAt,
    }));
  }
}

/** The host of a URL without "www." ("https://www.trend.az/…" → "trend.az"); null if it is not a URL. */
export function publisherOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
