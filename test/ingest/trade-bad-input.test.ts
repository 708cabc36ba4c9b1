import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { baciAtlasImporter } from '../../src/ingest/sources/trade-baci-atlas.js';
import { baciCsvImporter } from '../../src/ingest/sources/trade-baci-csv.js';
import { chinaExportsMonthlyImporter } from '../../src/ingest/sources/trade-china-exports-monthly.js';
import { chinaHs2846ImportsImporter } from '../../src/ingest/sources/trade-china-hs2846-imports.js';
import { comtradeDedupImporter } from '../../src/ingest/sources/trade-comtrade-dedup.js';
import { comtradeJapanImporter } from '../../src/ingest/sources/trade-comtrade-japan.js';
import { comtradeQuadImporter } from '../../src/ingest/sources/trade-comtrade-quad.js';
import { eurostatComextImporter } from '../../src/ingest/sources/trade-eurostat-comext.js';
import { geopolriskTestcaseImporter } from '../../src/ingest/sources/trade-geopolrisk-testcase.js';
import { usitcImporter } from '../../src/ingest/sources/trade-usitc.js';
import type { SourceImporter } from '../../src/ingest/types.js';
import { parseTrade, tradeFixture } from './trade-helpers.js';

/**
 * Every trade importer on the same five kinds of broken file, each made from a good fixture of
 * ours: a wrong header, a truncated row, text in the value column, an empty file, a binary file.
 * Each must fail with a DataError naming the file (and the row and column where there is one).
 */
const CASES: { importer: SourceImporter; fixture: string[]; valueColumn: string }[] = [
  { importer: baciAtlasImporter, fixture: ['baci_flows_top6_2017_2018.csv'], valueColumn: 'value_usd' },
  { importer: comtradeDedupImporter, fixture: ['comtrade_dedup_2022.csv'], valueColumn: 'value_usd' },
  { importer: eurostatComextImporter, fixture: ['eu_comext_fixture_2023.csv'], valueColumn: 'VALUE_IN_EUROS' },
  { importer: comtradeJapanImporter, fixture: ['jp_comtrade_fixture.csv'], valueColumn: 'value' },
  { importer: comtradeQuadImporter, fixture: ['quad_fixture.csv'], valueColumn: 'primaryValue' },
  { importer: usitcImporter, fixture: ['usitc_fixture.csv'], valueColumn: 'value' },
  { importer: chinaExportsMonthlyImporter, fixture: ['china_exports_fixture.csv'], valueColumn: 'val' },
  { importer: chinaHs2846ImportsImporter, fixture: ['china_hs2846_fixture.csv'], valueColumn: 'primaryValue' },
  { importer: geopolriskTestcaseImporter, fixture: ['testcase_trade_fixture.csv'], valueColumn: 'Trade Value (1000 USD)' },
  { importer: baciCsvImporter, fixture: ['baci', 'BACI_HS17_Y2023_V202601.csv'], valueColumn: 'v' },
];

/** Splits a simple CSV line (our fixtures quote only fields with commas). */
function fields(line: string): string[] {
  return line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '')).slice(0, -1) ?? [];
}

async function failure(importer: SourceImporter, file: string): Promise<DataError> {
  const err = await parseTrade(importer, [file]).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  return err as DataError;
}

for (const { importer, fixture, valueColumn } of CASES) {
  describe(`${importer.id} on bad input`, () => {
    let dir: string;
    let lines: string[];
    const name = basename(fixture[fixture.length - 1] as string);
    const write = (sub: string, content: string | Buffer): string => {
      mkdirSync(join(dir, sub), { recursive: true });
      const f = join(dir, sub, name);
      writeFileSync(f, content);
      return f;
    };
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), `lodestone-${importer.id}-`));
      lines = readFileSync(tradeFixture(...fixture), 'utf8').trimEnd().split('\n');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('the good fixture parses', async () => {
      const { rows } = await parseTrade(importer, [tradeFixture(...fixture)]);
      expect(rows.length).toBeGreaterThan(0);
    });

    it('a wrong header names the file and row 1', async () => {
      const header = (lines[0] as string).replace(valueColumn, 'amount');
      const f = write('header', [header, ...lines.slice(1)].join('\n'));
      const err = await failure(importer, f);
      expect(err.location).toMatchObject({ file: f, row: 1 });
      expect(err.message).toContain(name);
    });

    it('a truncated row names the file and its line', async () => {
      const cut = (lines[2] as string).slice(0, (lines[2] as string).lastIndexOf(','));
      const f = write('truncated', [...lines.slice(0, 2), cut, ...lines.slice(3)].join('\n'));
      const err = await failure(importer, f);
      expect(err.location).toMatchObject({ file: f, row: 3 });
    });

    it('text in the value column names the file, row and column', async () => {
      const header = fields(lines[0] as string);
      const cells = fields(lines[1] as string);
      cells[header.indexOf(valueColumn)] = 'abc';
      const f = write('text', [lines[0], cells.join(','), ...lines.slice(2)].join('\n'));
      const err = await failure(importer, f);
      expect(err.location).toEqual({ file: f, row: 2, column: valueColumn });
    });

    it('an empty file is refused', async () => {
      const f = write('empty', '');
      const err = await failure(importer, f);
      expect(err.location.file).toBe(f);
      expect(err.message).toContain('empty');
    });

    it('a binary file is refused', async () => {
      const f = write('binary', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]));
      const err = await failure(importer, f);
      expect(err.location.file).toBe(f);
      expect(err.message).toContain('binary');
    });
  });
}
