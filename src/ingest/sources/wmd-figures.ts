import { resolveCountry } from '../../domain/countries.js';
import type { DataLocation } from '../../domain/errors.js';
import type { FigureRecord } from '../../domain/records.js';
import { skip, warn, type ImportReport } from '../report.js';
import type { WmdValue } from './wmd-rows.js';
import { WMD_FLAGS, wmdCommodity, wmdStage, wmdUnit } from './wmd-sheets.js';

export const WMD_DATASET = 'wmd';

/** A total row may differ from the sum of its country rows by rounding only. */
const TOTAL_TOLERANCE = 0.005;

/**
 * Turns WMD values into figure rows (metric production). Total rows (Country_Code = DELETE) are
 * kept as aggregates (no country code, is_aggregate = 1) so they never count as countries; WMD
 * shares are taken over the sum of the country rows, which these totals equal. Blank cells are
 * skipped; a table whose commodity the reference lacks is skipped with a warning.
 */
export function wmdFigures(values: readonly WmdValue[], vintage: string, report: ImportReport, tick: () => void = () => undefined): FigureRecord[] {
  const figures: FigureRecord[] = [];
  const sheets = sheetCommodities(values, report);
  const countries = new CountryResolver(report);
  const unitsSeen = new Map<string, string>();
  for (const v of values) {
    tick();
    const commodity = sheets.get(v.sheet);
    if (!commodity) {
      skip(report, 'commodity not in the reference table (or its table duplicates another)');
      continue;
    }
    if (v.value === null) {
      skip(report, 'blank cell (no figure for that year)');
      continue;
    }
    const unitAt = { ...v.where, column: 'unit' };
    const unit = wmdUnit(v.unit, unitAt);
    const before = unitsSeen.get(v.sheet);
    if (before === undefined) unitsSeen.set(v.sheet, unit);
    else if (before !== unit) warn(report, unitAt, `unit change in "${v.sheet}": ${before} then ${unit}`);
    const flag = v.flag.toLowerCase();
    if (!v.total && !WMD_FLAGS[flag]) warn(report, { ...v.where, column: 'data_source' }, `unknown data_source flag "${v.flag}" (expected r, e or p)`);
    if (v.value < 0) warn(report, v.where, `negative production ${v.value} for ${v.place} in "${v.sheet}" (suspicious value, kept)`);
    const place = v.total ? countries.total(v) : countries.resolve(v);
    figures.push({
      dataset: WMD_DATASET,
      vintage,
      commodity_id: commodity,
      country_iso3: place.iso3,
      place: v.place,
      is_aggregate: v.total ? 1 : 0,
      metric: 'production',
      stage: wmdStage(v.sheet),
      series: v.sheet,
      year: v.year,
      value: v.value,
      unit,
      raw: v.raw,
      qualifier: flag === 'e' ? 'estimated' : null,
      note: [WMD_FLAGS[flag] ? `data source: ${flag} (${WMD_FLAGS[flag]})` : '', place.note].filter(Boolean).join('; '),
      source_row: v.sourceRow,
    });
  }
  checkTotals(figures, values, report);
  return figures;
}

/** Commodity per WMD table; a second table claiming the same commodity and stage is refused. */
function sheetCommodities(values: readonly WmdValue[], report: ImportReport): Map<string, string> {
  const out = new Map<string, string>();
  const claimed = new Map<string, string>();
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v.sheet)) continue;
    seen.add(v.sheet);
    const where = { file: v.where.file, column: 'commodity' };
    const id = wmdCommodity(v.sheet);
    if (!id) {
      warn(report, where, `WMD table "${v.sheet}" names no commodity in the reference table; its rows are skipped`);
      continue;
    }
    const key = `${id}|${wmdStage(v.sheet)}`;
    const other = claimed.get(key);
    if (other) {
      warn(report, where, `WMD table "${v.sheet}" resolves to ${id} like "${other}"; its rows are skipped`);
      continue;
    }
    claimed.set(key, v.sheet);
    out.set(v.sheet, id);
  }
  return out;
}

/**
 * Country_ISO is trusted when it agrees with the name. Where they disagree the name wins (the
 * database codes French Guiana GUY, Guyana's code); non-ISO codes (R20 Kosovo, S19 Taiwan) are
 * resolved by name; a code the reference lacks is kept as given. Each problem is warned once.
 */
class CountryResolver {
  private readonly warned = new Set<string>();
  constructor(private readonly report: ImportReport) {}

  total(v: WmdValue): { iso3: null; note: string } {
    return { iso3: null, note: `total row (Country_Code ${v.iso || 'DELETE'}): the sum of the country rows` };
  }

  resolve(v: WmdValue): { iso3: string | null; note: string } {
    const at: DataLocation = { ...v.where, column: 'Country_ISO' };
    const isoShaped = /^[A-Z]{3}$/.test(v.iso);
    const byCode = isoShaped ? resolveCountry(v.iso) : undefined;
    const byName = v.place ? resolveCountry(v.place) : undefined;
    if (byCode && byName && byCode !== byName) {
      this.once(at, `"${v.place}" is coded ${v.iso} but its name resolves to ${byName}; stored as ${byName}`);
      return { iso3: byName, note: `Country_ISO ${v.iso} corrected to ${byName} from the name` };
    }
    if (byCode) return { iso3: byCode, note: '' };
    if (byName) {
      if (v.iso !== byName) this.once(at, `"${v.place}" has the non-ISO code "${v.iso}"; resolved by name to ${byName}`);
      return { iso3: byName, note: v.iso !== byName ? `Country_ISO ${v.iso} resolved by name to ${byName}` : '' };
    }
    if (isoShaped) {
      this.once(at, `${v.iso} ("${v.place}") is not in the country reference; kept as given`);
      return { iso3: v.iso, note: '' };
    }
    this.once(at, `"${v.place}" (code "${v.iso}") resolves to no country; stored without a country code`);
    return { iso3: null, note: `unresolved country code "${v.iso}"` };
  }

  private once(at: DataLocation, message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this.report, at, message);
  }
}

/** Warns where a total row differs from its country rows beyond rounding, or a country appears twice. */
function checkTotals(figures: readonly FigureRecord[], values: readonly WmdValue[], report: ImportReport): void {
  const sums = new Map<string, number>();
  const totals = new Map<string, FigureRecord>();
  const countries = new Map<string, number>();
  for (const f of figures) {
    const key = `${f.series}|${f.year}`;
    if (f.is_aggregate) totals.set(key, f);
    else {
      sums.set(key, (sums.get(key) ?? 0) + (f.value ?? 0));
      if (f.country_iso3) {
        const ck = `${key}|${f.country_iso3}`;
        countries.set(ck, (countries.get(ck) ?? 0) + 1);
        if (countries.get(ck) === 2) {
          warn(report, { file: fileOf(values, f.series), row: f.source_row, column: 'Country_ISO' }, `${f.country_iso3} appears twice in "${f.series}" ${f.year}`);
        }
      }
    }
  }
  for (const [key, t] of totals) {
    const sum = sums.get(key) ?? 0;
    const total = t.value ?? 0;
    if (Math.abs(sum - total) > Math.max(1, Math.abs(total) * TOTAL_TOLERANCE)) {
      warn(report, { file: fileOf(values, t.series), row: t.source_row, column: String(t.year) }, `total ${total} for "${t.series}" ${t.year} differs from the sum of its country rows ${sum}`);
    }
  }
}

function fileOf(values: readonly WmdValue[], sheet: string): string {
  return values.find((v) => v.sheet === sheet)?.where.file ?? '';
}
