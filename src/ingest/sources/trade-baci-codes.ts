import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataError, type DataLocation } from '../../domain/errors.js';
import { readCsv } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { isAreaCode, statedIso3 } from './trade-common.js';

const AREA_REASON = 'partner is an aggregate area (not a country)';

/**
 * CEPII BACI country codes: BACI's numeric code (mostly UN M49, with BACI's own codes such as 251
 * France, 579 Norway, 699 India, 757 Switzerland, 842 USA, 490 "Other Asia, nes" = Taiwan) to ISO3.
 *
 * Which list is used (decided here, documented in docs/data-sources.md): the `country_codes_V*.csv`
 * that CEPII ships beside every BACI year file, when one is found in the data file's folder (the
 * newest version if several); otherwise the list bundled below, transcribed from CEPII's
 * country_codes_V202601.csv (as copied in shared/data/raw/critical-materials-atlas-baci-comtrade)
 * and checked against country_codes_V202401b.csv in baci-reference-codes (they differ only where
 * V202401b has blank or two-letter ISO3 cells: 344 "HK", 446 "MO", 490 and 697 blank).
 * Source: CEPII, BACI, http://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37 (Etalab 2.0).
 */
export const BUNDLED_BACI_CODES: Readonly<Record<number, string>> = {
  4: 'AFG', 8: 'ALB', 12: 'DZA', 16: 'ASM', 20: 'AND', 24: 'AGO', 28: 'ATG', 31: 'AZE', 32: 'ARG', 36: 'AUS',
  40: 'AUT', 44: 'BHS', 48: 'BHR', 50: 'BGD', 51: 'ARM', 52: 'BRB', 56: 'BEL', 58: 'BEL', 60: 'BMU', 64: 'BTN',
  68: 'BOL', 70: 'BIH', 72: 'BWA', 76: 'BRA', 84: 'BLZ', 86: 'IOT', 90: 'SLB', 92: 'VGB', 96: 'BRN',
  100: 'BGR', 104: 'MMR', 108: 'BDI', 112: 'BLR', 116: 'KHM', 120: 'CMR', 124: 'CAN', 132: 'CPV', 136: 'CYM',
  140: 'CAF', 144: 'LKA', 148: 'TCD', 152: 'CHL', 156: 'CHN', 162: 'CXR', 166: 'CCK', 170: 'COL', 174: 'COM',
  175: 'MYT', 178: 'COG', 180: 'COD', 184: 'COK', 188: 'CRI', 191: 'HRV', 192: 'CUB', 196: 'CYP', 200: 'CSK',
  203: 'CZE', 204: 'BEN', 208: 'DNK', 212: 'DMA', 214: 'DOM', 218: 'ECU', 222: 'SLV', 226: 'GNQ', 231: 'ETH',
  232: 'ERI', 233: 'EST', 238: 'FLK', 242: 'FJI', 246: 'FIN', 251: 'FRA', 258: 'PYF', 260: 'ATF', 262: 'DJI',
  266: 'GAB', 268: 'GEO', 270: 'GMB', 275: 'PSE', 276: 'DEU', 278: 'DDR', 280: 'DEU', 288: 'GHA', 292: 'GIB',
  296: 'KIR', 300: 'GRC', 304: 'GRL', 308: 'GRD', 316: 'GUM', 320: 'GTM', 324: 'GIN', 328: 'GUY', 332: 'HTI',
  340: 'HND', 344: 'HKG', 348: 'HUN', 352: 'ISL', 360: 'IDN', 364: 'IRN', 368: 'IRQ', 372: 'IRL', 376: 'ISR',
  380: 'ITA', 384: 'CIV', 388: 'JAM', 392: 'JPN', 398: 'KAZ', 400: 'JOR', 404: 'KEN', 408: 'PRK', 410: 'KOR',
  414: 'KWT', 417: 'KGZ', 418: 'LAO', 422: 'LBN', 426: 'LSO', 428: 'LVA', 430: 'LBR', 434: 'LBY', 440: 'LTU',
  442: 'LUX', 446: 'MAC', 450: 'MDG', 454: 'MWI', 458: 'MYS', 462: 'MDV', 466: 'MLI', 470: 'MLT', 478: 'MRT',
  480: 'MUS', 484: 'MEX', 490: 'S19', 496: 'MNG', 498: 'MDA', 499: 'MNE', 500: 'MSR', 504: 'MAR', 508: 'MOZ',
  512: 'OMN', 516: 'NAM', 520: 'NRU', 524: 'NPL', 528: 'NLD', 530: 'ANT', 531: 'CUW', 533: 'ABW', 534: 'SXM',
  535: 'BES', 540: 'NCL', 548: 'VUT', 554: 'NZL', 558: 'NIC', 562: 'NER', 566: 'NGA', 570: 'NIU', 574: 'NFK',
  579: 'NOR', 580: 'MNP', 583: 'FSM', 584: 'MHL', 585: 'PLW', 586: 'PAK', 591: 'PAN', 598: 'PNG', 600: 'PRY',
  604: 'PER', 608: 'PHL', 612: 'PCN', 616: 'POL', 620: 'PRT', 624: 'GNB', 626: 'TLS', 634: 'QAT', 642: 'ROU',
  643: 'RUS', 646: 'RWA', 652: 'BLM', 654: 'SHN', 659: 'KNA', 660: 'AIA', 662: 'LCA', 666: 'SPM', 670: 'VCT',
  674: 'SMR', 678: 'STP', 682: 'SAU', 686: 'SEN', 688: 'SRB', 690: 'SYC', 694: 'SLE', 697: 'R20', 699: 'IND',
  702: 'SGP', 703: 'SVK', 704: 'VNM', 705: 'SVN', 706: 'SOM', 710: 'ZAF', 711: 'ZA1', 716: 'ZWE', 724: 'ESP',
  728: 'SSD', 729: 'SDN', 736: 'SDN', 740: 'SUR', 748: 'SWZ', 752: 'SWE', 757: 'CHE', 760: 'SYR', 762: 'TJK',
  764: 'THA', 768: 'TGO', 772: 'TKL', 776: 'TON', 780: 'TTO', 784: 'ARE', 788: 'TUN', 792: 'TUR', 795: 'TKM',
  796: 'TCA', 798: 'TUV', 800: 'UGA', 804: 'UKR', 807: 'MKD', 810: 'SUN', 818: 'EGY', 826: 'GBR', 834: 'TZA',
  842: 'USA', 849: 'PUS', 854: 'BFA', 858: 'URY', 860: 'UZB', 862: 'VEN', 876: 'WLF', 882: 'WSM', 887: 'YEM',
  891: 'SCG', 894: 'ZMB'
};

/** BACI's code for "Other Asia, nes" is Taiwan (CEPII and UN Comtrade convention). */
const BACI_RENAMED: Readonly<Record<string, string>> = { S19: 'TWN' };

export type BaciCodes = ReadonlyMap<number, string>;

export function bundledBaciCodes(): BaciCodes {
  return new Map(Object.entries(BUNDLED_BACI_CODES).map(([k, v]) => [Number(k), v]));
}

/**
 * Reads a CEPII country code list: the V2024+ layout (country_code, country_name, country_iso2,
 * country_iso3) or the older one (country_code, …, iso_3digit_alpha).
 */
export function readBaciCodes(file: string): BaciCodes {
  const table = readCsv(file);
  const isoColumn = ['country_iso3', 'iso_3digit_alpha'].find((c) => table.header.includes(c));
  if (!table.header.includes('country_code') || !isoColumn) {
    throw new DataError({ file, row: 1 }, 'unexpected header for a BACI country code list', 'expected columns: country_code, country_name, country_iso2, country_iso3');
  }
  const out = new Map<number, string>();
  for (const row of table.rows) {
    const code = Number(row.values.country_code);
    if (!Number.isInteger(code)) throw new DataError({ file, row: row.line, column: 'country_code' }, `"${row.values.country_code}" is not a country code`);
    out.set(code, (row.values[isoColumn] ?? '').trim().toUpperCase());
  }
  return out;
}

/** The country_codes_V*.csv beside a BACI data file (the newest version), if there is one. */
export function codeListBeside(dataFile: string): string | undefined {
  const dir = dirname(dataFile);
  if (!existsSync(dir)) return undefined;
  const lists = readdirSync(dir).filter((f) => /^country_codes_V\d+[a-z]?\.csv$/i.test(f)).sort();
  const newest = lists[lists.length - 1];
  return newest ? join(dir, newest) : undefined;
}

/** What a BACI numeric code stands for: a country (ISO3 as listed), or a reason to drop the row. */
type CodeOutcome = { iso3: string } | { reason: string; warning?: string };

function classifyBaciCode(code: string, codes: BaciCodes): CodeOutcome {
  const c = code.trim();
  const listed = /^\d+$/.test(c) ? codes.get(Number(c)) : undefined;
  if (listed === undefined) return { reason: 'unknown country', warning: `unknown BACI country code "${c}": rows skipped` };
  const iso = BACI_RENAMED[listed] ?? listed;
  if (isAreaCode(iso) || !/^[A-Z]{3}$/.test(iso)) return { reason: AREA_REASON };
  return { iso3: iso };
}

function applyOutcome(outcome: CodeOutcome, where: DataLocation, report: ImportReport): string | undefined {
  if ('iso3' in outcome) return outcome.iso3;
  if (outcome.warning) warn(report, where, outcome.warning);
  skip(report, outcome.reason);
  return undefined;
}

/**
 * ISO3 for a BACI numeric country code. An aggregate code or a code missing from the list is a
 * counted skip (the latter with a warning); the caller drops the row.
 */
export function baciIso3(code: string, codes: BaciCodes, where: DataLocation, report: ImportReport): string | undefined {
  const iso = applyOutcome(classifyBaciCode(code, codes), where, report);
  return iso === undefined ? undefined : statedIso3(iso, where, report);
}

/** An ISO3 code as BACI-derived files state it ("S19" is Taiwan; "R20", "ZA1" are groups). */
export function baciStatedIso3(code: string, where: DataLocation, report: ImportReport): string | undefined {
  const c = code.trim().toUpperCase();
  const iso = BACI_RENAMED[c] ?? c;
  if (!isAreaCode(iso) && !/^[A-Z]{3}$/.test(iso)) {
    warn(report, where, `"${code}" is not an ISO3 code: rows skipped`);
    skip(report, 'unknown country');
    return undefined;
  }
  return statedIso3(iso, where, report);
}

/**
 * baciIso3 with a memory, for the ~10 M rows of a BACI year: each code is resolved (and warned
 * about) once; a dropped code is counted again on every row it appears in.
 */
export class BaciCountryResolver {
  private readonly known = new Map<string, CodeOutcome>();
  constructor(private readonly codes: BaciCodes) {}

  resolve(code: string, where: DataLocation, report: ImportReport): string | undefined {
    const hit = this.known.get(code);
    if (hit) {
      if ('iso3' in hit) return hit.iso3;
      skip(report, hit.reason);
      return undefined;
    }
    const first = classifyBaciCode(code, this.codes);
    const iso = applyOutcome(first, where, report);
    const stated = iso === undefined ? undefined : statedIso3(iso, where, report);
    const outcome: CodeOutcome = stated ? { iso3: stated } : iso === undefined ? first : { reason: AREA_REASON };
    this.known.set(code, outcome);
    return 'iso3' in outcome ? outcome.iso3 : undefined;
  }
}
