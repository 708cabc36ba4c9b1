import { basename } from 'node:path';
import { resolveCountry } from '../../domain/countries.js';
import { DataError } from '../../domain/errors.js';
import { readCsv } from '../csv.js';
import { skip } from '../report.js';
import type { ParseContext, ParsedImport, SourceImporter } from '../types.js';
import { hsCell, optionalNumber, requiredNumber, tradeCountry, TradeCollector, tradeFlow, type TradeSourceInfo } from './trade-common.js';

/**
 * Eurostat Comext (DS-045409, EU trade by CN8): imports of the 27 EU member states from each
 * partner, 66 critical-input CN8 codes, annual 2022-2024, value in EUR, statistical procedure 1
 * (normal) only. The CN8 code is kept whole in `hs_code` (8 digits; its first 6 are the HS6).
 * Intra-EU partners are dropped (counted): for them the partner is the member state of
 * consignment, not of origin (the Rotterdam/Antwerp transit effect), so they would distort import
 * dependence (DATA-NOTES.md "Trade flows"); the member states are the file's own declarants.
 * Eurostat geo codes that are not ISO 3166 are mapped: EL Greece, UK United Kingdom, XS Serbia,
 * XK Kosovo. Source: shared/data/raw/eurostat-comext-eu27-critical-inputs-cn8 (burvolapp-arch/
 * isi-backend @ c6f55b09). Citation: Eurostat (2025), International trade in goods — detailed data.
 */
const INFO: TradeSourceInfo = {
  id: 'eurostat-comext',
  title: 'Eurostat Comext: EU-27 member states\' imports of 66 critical-input CN8 codes from extra-EU partners (EUR, normal procedure, no quantities)',
  publisher: 'Eurostat',
  citation: 'Eurostat (2025), International trade in goods - detailed data by CN8 (Comext DS-045409), bulk files full_v2_2022-2024; extract by burvolapp-arch/isi-backend @ c6f55b09',
  licence: 'Eurostat re-use policy (free re-use with acknowledgement of the source); the extracting repository says "Proprietary"',
  url: 'https://ec.europa.eu/eurostat/comext/newxtweb/',
  completeness: 'reporter-complete',
};

const COLUMNS = ['DECLARANT_ISO', 'PARTNER_ISO', 'PRODUCT_NC', 'FLOW', 'PERIOD', 'VALUE_IN_EUROS'] as const;

/** Eurostat geo codes that differ from ISO 3166-1 alpha-2. */
const EUROSTAT_GEO: Readonly<Record<string, string>> = { EL: 'GRC', UK: 'GBR', XS: 'SRB', XK: 'XKX' };

async function parse(files: string[], ctx: ParseContext): Promise<ParsedImport> {
  const out = new TradeCollector();
  for (const file of files) readFile(file, out, ctx);
  return out.result(ctx.now());
}

function country(code: string, file: string, line: number, column: string, ctx: ParseContext): string | undefined {
  const mapped = EUROSTAT_GEO[code.trim()];
  return mapped ?? tradeCountry(code, { file, row: line, column }, ctx.report);
}

function readFile(file: string, out: TradeCollector, ctx: ParseContext): void {
  const table = readCsv(file, COLUMNS);
  const hasQuantity = table.header.includes('QUANTITY_IN_KG');
  ctx.report.rowsRead += table.rows.length;
  const declarants = new Set<string>();
  let lastYear = 0;
  for (const row of table.rows) {
    const code = (row.values.DECLARANT_ISO ?? '').trim();
    const d = EUROSTAT_GEO[code] ?? resolveCountry(code);
    if (d) declarants.add(d);
    lastYear = Math.max(lastYear, Number((row.values.PERIOD ?? '').slice(0, 4)) || 0);
  }
  const vintage = ctx.options.vintage ?? String(lastYear);
  ctx.progress.start(basename(file), table.rows.length);
  for (const row of table.rows) {
    ctx.progress.tick();
    const v = row.values;
    const period = (v.PERIOD ?? '').trim();
    const m = /^(\d{4})(52)?$/.exec(period);
    if (!m) throw new DataError({ file, row: row.line, column: 'PERIOD' }, `"${period}" is not a year (YYYY or YYYY52)`, 'only annual Comext files are supported');
    const year = Number(m[1]);
    const hs = hsCell(row, 'PRODUCT_NC', file);
    const value = requiredNumber(row, 'VALUE_IN_EUROS', file);
    const quantity = hasQuantity ? optionalNumber(row, 'QUANTITY_IN_KG', file) : null;
    const flow = (v.FLOW ?? '').trim();
    if (flow !== '1' && flow !== '2') throw new DataError({ file, row: row.line, column: 'FLOW' }, `"${flow}" is not a Comext flow`, 'FLOW is 1 (imports) or 2 (exports)');
    const declarant = country(v.DECLARANT_ISO ?? '', file, row.line, 'DECLARANT_ISO', ctx);
    if (!declarant) continue;
    const partner = country(v.PARTNER_ISO ?? '', file, row.line, 'PARTNER_ISO', ctx);
    if (!partner) continue;
    if (declarants.has(partner)) {
      skip(ctx.report, 'intra-EU partner (member state of consignment, not origin)');
      continue;
    }
    const imports = flow === '1';
    const bucket = out.bucket(INFO, vintage, file);
    bucket.rows.push(
      tradeFlow({
        dataset: INFO.id, vintage, exporter_iso3: imports ? partner : declarant, importer_iso3: imports ? declarant : partner, year,
        period: String(year), hs_code: hs, value, currency: 'EUR', quantity, quantity_unit: quantity === null ? null : 'kg',
        reporter: imports ? 'importer' : 'exporter', completeness: INFO.completeness, source_row: row.line,
      }),
    );
  }
  ctx.progress.done();
}

export const eurostatComextImporter: SourceImporter = {
  id: 'eurostat-comext',
  title: 'Eurostat Comext EU-27 imports of 66 critical-input CN8 codes by partner, 2022-2024 (EUR)',
  defaultFiles: ['raw/eurostat-comext-eu27-critical-inputs-cn8/eu_comext_critical_inputs_cn8_2022_2024.csv'],
  parse,
};
