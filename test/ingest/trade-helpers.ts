import { join } from 'node:path';
import type { TradeFlowRecord } from '../../src/domain/records.js';
import { silentProgress } from '../../src/ingest/progress.js';
import { newReport, type ImportReport } from '../../src/ingest/report.js';
import type { ParsedImport, SourceImporter } from '../../src/ingest/types.js';

/** A fixed clock, so dataset records are deterministic. */
export const NOW = (): Date => new Date('2026-01-01T00:00:00Z');

export function tradeFixture(...parts: string[]): string {
  return join(import.meta.dirname, '..', 'fixtures', 'trade', ...parts);
}

export interface ParsedTrade {
  parsed: ParsedImport;
  report: ImportReport;
  rows: TradeFlowRecord[];
}

/** Runs an importer's parse step (and drains its batches, if it streams) without a database. */
export async function parseTrade(importer: SourceImporter, files: string[], options: { allCodes?: boolean; vintage?: string } = {}): Promise<ParsedTrade> {
  const report = newReport(importer.id, files);
  const parsed = await importer.parse(files, { report, progress: silentProgress, now: NOW, options });
  const rows = [...((parsed.tables.trade_flow ?? []) as TradeFlowRecord[])];
  if (parsed.batches) {
    for await (const b of parsed.batches) if (b.table === 'trade_flow') rows.push(...(b.rows as unknown as TradeFlowRecord[]));
  }
  return { parsed, report, rows };
}

/** The stored row made from a given source line (and file, when an importer reads several). */
export function rowFrom(rows: readonly TradeFlowRecord[], line: number, where: Partial<TradeFlowRecord> = {}): TradeFlowRecord | undefined {
  return rows.find((r) => r.source_row === line && Object.entries(where).every(([k, v]) => r[k as keyof TradeFlowRecord] === v));
}
