import { skip, warn } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, isWorld, optionalNumber, reportedQuantity, requiredNumber, tradeCountry, TradeCollector, tradeFlow, type TradeSourceInfo, parseEachFile, readYearTable } from './trade-common.js';

/**
 * UN Comtrade: China's annual imports of HS 2846 (rare-earth compounds) by country of origin,
 * 1993-2024, every partner plus the World row (stored with exporter 'WLD'). The partners add up
 * to World exactly in every year (checked on import; a gap is a warning), so the dataset is
 * reporter-complete. Value `primaryValue` (CIF, USD), net weight in kg (often estimated).
 * Areas ("_X" areas nes, "X2" free zones, "ZA1" the former SACU) are no countries: skipped, counted.
 * Source: shared/data/raw/un-comtrade-china-hs2846-imports (therealjameswilson/
 * critical-minerals-records-stage-v3 @ a67e3d42, flattened from the Comtrade API JSON).
 */
const INFO: TradeSourceInfo = {
  id: 'comtrade-china-hs2846',
  title: 'UN Comtrade: China imports of HS 2846 (rare-earth compounds) by origin, all partners and World, 1993-2024 (USD CIF, kg)',
  publisher: 'United Nations Statistics Division (UN Comtrade)',
  citation: 'United Nations, UN Comtrade Database, https://comtradeplus.un.org/ (public preview API, retrieved 2026-07-10 in therealjameswilson/critical-minerals-records-stage-v3 @ a67e3d42)',
  licence: 'UN Comtrade terms of use (dissemination with attribution; bulk redistribution restricted)',
  url: 'https://comtradeplus.un.org/',
  completeness: 'reporter-complete',
};

const COLUMNS = ['refYear', 'reporterISO', 'flowCode', 'partnerCode', 'partnerISO', 'cmdCode', 'primaryValue', 'netWgt'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  return parseEachFile(files, ctx, readFile);
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const { table, years, vintage } = readYearTable(file, COLUMNS, 'refYear', ctx);
  const world = new Map<number, number>();
  const partners = new Map<number, number>();
  table.rows.forEach((row, i) => {
    ctx.progress.tick();
    const v = row.values;
    const year = years[i] as number;
    const hs = hsCell(row, 'cmdCode', file);
    const value = requiredNumber(row, 'primaryValue', file);
    const weight = reportedQuantity(optionalNumber(row, 'netWgt', file), value, { file, row: row.line, column: 'netWgt' }, ctx.report);
    const partnerIso = (v.partnerISO ?? '').trim();
    const sums = isWorld(partnerIso) || v.partnerCode === '0' ? world : partners;
    sums.set(year, (sums.get(year) ?? 0) + value);
    const flow = (v.flowCode ?? '').trim();
    if (flow !== 'M' && flow !== 'X') {
      skip(ctx.report, `flow "${flow}" (only imports M and exports X are kept)`);
      return;
    }
    const reporter = tradeCountry(v.reporterISO ?? '', { file, row: row.line, column: 'reporterISO' }, ctx.report);
    if (!reporter) return;
    const partner = tradeCountry(partnerIso, { file, row: row.line, column: 'partnerISO' }, ctx.report);
    if (!partner) return;
    out.bucket(INFO, vintage, file).rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: flow === 'M' ? partner : reporter, importer_iso3: flow === 'M' ? reporter : partner, year,
        period: String(year), hs_code: hs, value, currency: 'USD', quantity: weight, quantity_unit: weight === null ? null : 'kg',
        reporter: flow === 'M' ? 'importer' : 'exporter', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  });
  ctx.progress.done();
  for (const [year, total] of world) {
    const sum = partners.get(year) ?? 0;
    if (Math.abs(sum - total) > 0.005 * total) {
      warn(ctx.report, { file, column: 'primaryValue' }, `${year}: partners add up to ${sum} USD, the World row says ${total}: not every partner is listed`);
    }
  }
}

export const chinaHs2846ImportsImporter: SourceImporter = {
  id: 'comtrade-china-hs2846',
  title: 'UN Comtrade China imports of rare-earth compounds (HS 2846) by origin, 1993-2024',
  defaultFiles: ['raw/un-comtrade-china-hs2846-imports/china_imports_hs2846_by_partner_1993_2024.csv'],
  parse,
};
