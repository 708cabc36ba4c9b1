import { skip } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, optionalNumber, reportedQuantity, requiredNumber, tradeCountry, TradeCollector, tradeFlow, type TradeSourceInfo, parseEachFile, readYearTable } from './trade-common.js';

/**
 * UN Comtrade: imports of natural graphite (2504), cobalt oxides (2822) and lithium hydroxide
 * (282520) by Australia, India, Japan and the USA from China and from the World, 2019-2024, as
 * the Comtrade API returns them (47 columns). Only China and World are partners, so the dataset is
 * a partner excerpt; the World row is stored with exporter 'WLD'. Only total rows (customs C00,
 * transport mode 0, second partner 0) are kept. Value `primaryValue` (USD), net weight in kg.
 * Source: shared/data/raw/un-comtrade-quad-imports-china-world (areeshafirdaus01/
 * quad-critical-minerals-supply-chain @ 2eb10885). Citation: United Nations, UN Comtrade Database.
 */
const INFO: TradeSourceInfo = {
  id: 'comtrade-quad',
  title: 'UN Comtrade: Australia, India, Japan and USA imports of graphite (2504), cobalt oxides (2822) and lithium hydroxide (282520) from China and from the World, 2019-2024 (USD, kg)',
  publisher: 'United Nations Statistics Division (UN Comtrade)',
  citation: 'United Nations, UN Comtrade Database, https://comtradeplus.un.org/ (Comtrade exports in areeshafirdaus01/quad-critical-minerals-supply-chain @ 2eb10885)',
  licence: 'UN Comtrade terms of use (the repository states none)',
  url: 'https://comtradeplus.un.org/',
  completeness: 'partner-excerpt',
};

const COLUMNS = ['refYear', 'reporterISO', 'flowCode', 'partnerISO', 'partner2Code', 'cmdCode', 'customsCode', 'motCode', 'netWgt', 'primaryValue'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  return parseEachFile(files, ctx, readFile);
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const { table, years, vintage } = readYearTable(file, COLUMNS, 'refYear', ctx);
  table.rows.forEach((row, i) => {
    ctx.progress.tick();
    const v = row.values;
    const year = years[i] as number;
    const hs = hsCell(row, 'cmdCode', file);
    const value = requiredNumber(row, 'primaryValue', file);
    const weight = reportedQuantity(optionalNumber(row, 'netWgt', file), value, { file, row: row.line, column: 'netWgt' }, ctx.report);
    if (v.customsCode !== 'C00' || v.motCode !== '0' || v.partner2Code !== '0') {
      skip(ctx.report, 'breakdown row (not the total of customs procedures, transport modes and second partners)');
      return;
    }
    const flow = (v.flowCode ?? '').trim();
    if (flow !== 'M' && flow !== 'X') {
      skip(ctx.report, `flow "${flow}" (only imports M and exports X are kept)`);
      return;
    }
    const reporter = tradeCountry(v.reporterISO ?? '', { file, row: row.line, column: 'reporterISO' }, ctx.report);
    if (!reporter) return;
    const partner = tradeCountry(v.partnerISO ?? '', { file, row: row.line, column: 'partnerISO' }, ctx.report);
    if (!partner) return;
    const bucket = out.bucket(INFO, vintage, file);
    bucket.rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: flow === 'M' ? partner : reporter, importer_iso3: flow === 'M' ? reporter : partner, year,
        period: String(year), hs_code: hs, value, currency: 'USD', quantity: weight, quantity_unit: weight === null ? null : 'kg',
        reporter: flow === 'M' ? 'importer' : 'exporter', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  });
  ctx.progress.done();
}

export const comtradeQuadImporter: SourceImporter = {
  id: 'comtrade-quad',
  title: 'UN Comtrade QUAD (AUS, IND, JPN, USA) imports of graphite, cobalt oxides and lithium hydroxide from China and World, 2019-2024',
  defaultFiles: ['raw/un-comtrade-quad-imports-china-world/quad_imports_from_china_and_world_2019_2024.csv'],
  parse,
};
