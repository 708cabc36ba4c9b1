import { DataError } from '../../domain/errors.js';
import { readCsv } from '../csv.js';
import { skip, warn, type ImportReport } from '../report.js';
import { addFile, MCS_DATASET, type McsNames, type McsRows } from './usgs-mcs-context.js';
import { FIG2_NIR_COLUMN, FIG2_SOURCES_COLUMN } from './usgs-mcs-layout.js';
import { tidyPlace } from './usgs-mcs-places.js';
import { parseValueToken } from './usgs-mcs-tokens.js';

/**
 * MCS 2025 Figure 2, "2024 U.S. net import reliance" (`industry_trends/MCS2025_Fig2_Net_Import_Reliance.csv`,
 * MCS 2025 Data Release, https://doi.org/10.5066/P13XCP3R): per commodity form ("GALLIUM,
 * metal"), the 2024 net import reliance in percent ("100", ">95", "<25", "E") and the major
 * import sources 2020–23 in descending order of import share, without the shares.
 * - Net import reliance → a salient row (statistic "Net import reliance", detail "Fig. 2: <form>").
 * - Each import source → an import_share row with share null (MCS gives the order only), the
 *   rank in `detail`, period "2020-2023". A footnote digit on a name ("China3") is dropped.
 */
export interface Fig2Context {
  report: ImportReport;
  names: McsNames;
  vintageOverride?: string;
}

export function parseFig2File(file: string, out: McsRows, ctx: Fig2Context): string {
  const table = readCsv(file, ['Commodity']);
  if (table.rows.length === 0) throw new DataError({ file }, 'no data rows', 'pass the Figure 2 CSV as published');
  const nirColumn = table.header.find((h) => FIG2_NIR_COLUMN.test(h)) as string;
  const sourcesColumn = table.header.find((h) => FIG2_SOURCES_COLUMN.test(h)) as string;
  const year = Number(FIG2_NIR_COLUMN.exec(nirColumn)?.[1]);
  const span = FIG2_SOURCES_COLUMN.exec(sourcesColumn) as RegExpExecArray;
  const period = `${span[1]}-${span[2]}`;
  const named = /^MCS\s*(\d{4})$/i.exec(table.rows[0]?.values.Source ?? '');
  const vintage = ctx.vintageOverride ?? named?.[1] ?? String(year + 1);
  addFile(out, vintage, file);
  for (const row of table.rows) {
    ctx.report.rowsRead += 1;
    const label = (row.values.Commodity ?? '').replace(/\s+/g, ' ').trim();
    const token = parseValueToken(row.values[nirColumn] ?? '', { file, row: row.line, column: nirColumn });
    const commodity = ctx.names.commodity([label], { file, row: row.line });
    if (!commodity) continue;
    const rank = row.values.Import_Share_Order ?? '';
    out.salient.push({
      dataset: MCS_DATASET,
      vintage,
      commodity_id: commodity,
      country_iso3: 'USA',
      statistic: 'Net import reliance',
      detail: `Fig. 2: ${label}`,
      year,
      value: token.value,
      unit: 'percent',
      raw: token.raw,
      qualifier: token.qualifier,
      note: rank ? `MCS 2025 Figure 2, position ${rank}` : 'MCS 2025 Figure 2',
      source_row: row.line,
    });
    const partners = (row.values[sourcesColumn] ?? '').split(',').map(tidyPlace).filter(Boolean);
    if (partners.length === 0) {
      skip(ctx.report, 'Figure 2 row without import sources');
      continue;
    }
    const notes = (row.values.Notes ?? '').replace(/\s+/g, ' ').trim();
    partners.forEach((partner, i) => {
      const place = ctx.names.place(partner, { file, row: row.line, column: sourcesColumn });
      if (!place) return;
      if (place.isAggregate) warn(ctx.report, { file, row: row.line, column: sourcesColumn }, `import source "${partner}" is not a single country`);
      out.import_share.push({
        dataset: MCS_DATASET,
        vintage,
        commodity_id: commodity,
        importer_iso3: 'USA',
        exporter_iso3: place.iso3,
        place: partner,
        period,
        share: null,
        raw: '',
        qualifier: null,
        detail: [`Fig. 2: ${label}; major import source ${i + 1} of ${partners.length} (descending order of import share, shares not published)`, notes].filter(Boolean).join(' -- '),
        source_row: row.line,
      });
    });
  }
  return vintage;
}
