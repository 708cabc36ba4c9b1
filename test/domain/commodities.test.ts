import { describe, expect, it } from 'vitest';
import {
  allCommodities,
  commoditiesForHs,
  commodityEntry,
  commodityMembers,
  commodityName,
  commodityRecords,
  findCommodity,
  hsCodesFor,
  resolveCommodity,
} from '../../src/domain/commodities.js';
import { NotFoundError } from '../../src/domain/errors.js';
import { EU_CRMA_2024, HS_NOTES, USGS_CRITICAL_MINERALS_2025 } from '../../src/domain/reference/commodities-data.js';

function flags(id: string): { usgs: boolean; euCritical: boolean; euStrategic: boolean } {
  const c = commodityEntry(id);
  if (!c) throw new Error(`no entry ${id}`);
  return { usgs: c.usgsCritical2025, euCritical: c.euCritical2023, euStrategic: c.euStrategic2023 };
}

describe('resolveCommodity', () => {
  it('resolves the forms of rare earths to one id', () => {
    for (const name of ['rare earths', 'Rare Earths', 'RARE EARTHS', 'rare-earth', 'rare earth', 'REE', 'ree', 'REO', 'Rare Earth Elements', 'rare-earths', 'Rare Earths (REO)']) {
      expect(resolveCommodity(name), name).toBe('rare-earths');
    }
  });

  it('keeps heavy rare earths, the elements and the magnets apart from the group', () => {
    expect(resolveCommodity('RARE EARTHS (Heavy)')).toBe('heavy-rare-earths');
    expect(resolveCommodity('HREE')).toBe('heavy-rare-earths');
    expect(resolveCommodity('LREE')).toBe('light-rare-earths');
    expect(resolveCommodity('Dysprosium')).toBe('dysprosium');
    expect(resolveCommodity('Nd')).toBe('neodymium');
    expect(resolveCommodity('NdFeB magnets')).toBe('rare-earth-magnets');
  });

  it('matches one- and two-letter symbols case-sensitively, so English words stay unresolved', () => {
    expect(resolveCommodity('W')).toBe('tungsten');
    expect(resolveCommodity('w')).toBeUndefined();
    expect(resolveCommodity('In')).toBe('indium');
    expect(resolveCommodity('in')).toBeUndefined();
    expect(resolveCommodity('As')).toBe('arsenic');
    expect(resolveCommodity('as')).toBeUndefined();
    expect(resolveCommodity('Be')).toBe('beryllium');
    expect(resolveCommodity('be')).toBeUndefined();
    expect(resolveCommodity('Sb')).toBe('antimony');
    expect(resolveCommodity(' U ')).toBe('uranium');
    expect(resolveCommodity('Y')).toBe('yttrium');
    expect(resolveCommodity('NG')).toBe('natural-gas');
    expect(resolveCommodity('ng')).toBeUndefined();
  });

  it('resolves the platinum-group forms to the group and each metal to itself', () => {
    for (const name of ['PGM', 'PGMs', 'pgm', 'platinum-group metals', 'Platinum-Group Metals', 'PLATINUM-GROUP METALS', 'platinum group elements']) {
      expect(resolveCommodity(name), name).toBe('platinum-group-metals');
    }
    expect(resolveCommodity('Platinum')).toBe('platinum');
    expect(resolveCommodity('palladium')).toBe('palladium');
  });

  it('reads graphite as natural graphite, synthetic graphite apart', () => {
    for (const name of ['graphite', 'Graphite', 'natural graphite', 'GRAPHITE (NATURAL)', 'Graphite (Natural)', 'flake graphite']) {
      expect(resolveCommodity(name), name).toBe('graphite');
    }
    expect(resolveCommodity('synthetic graphite')).toBe('synthetic-graphite');
    expect(resolveCommodity('artificial graphite')).toBe('synthetic-graphite');
  });

  it('separates ore from metal where the sources do', () => {
    expect(resolveCommodity('iron ore')).toBe('iron-ore');
    expect(resolveCommodity('IRON ORE')).toBe('iron-ore');
    expect(resolveCommodity('Iron (Fe)')).toBe('iron-ore');
    expect(resolveCommodity('steel')).toBe('iron-and-steel');
    expect(resolveCommodity('Bauxite')).toBe('bauxite');
    expect(resolveCommodity('Alumina')).toBe('alumina');
    expect(resolveCommodity('aluminium')).toBe('aluminum');
    expect(resolveCommodity('ilmenite')).toBe('titanium-mineral-concentrates');
    expect(resolveCommodity('Titanium (TiO2)')).toBe('titanium-mineral-concentrates');
    expect(resolveCommodity('titanium')).toBe('titanium');
    expect(resolveCommodity('magnesite')).toBe('magnesium-compounds');
    expect(resolveCommodity('Magnesium metal')).toBe('magnesium');
  });

  it('drops stage words, brackets and qualifiers when the whole label is unknown', () => {
    expect(resolveCommodity('tungsten ore')).toBe('tungsten');
    expect(resolveCommodity('Tungsten ores and concentrates')).toBe('tungsten');
    expect(resolveCommodity('Tungsten (W2O3)')).toBe('tungsten');
    expect(resolveCommodity('COPPER, refined')).toBe('copper');
    expect(resolveCommodity('Lithium – battery grade')).toBe('lithium');
    expect(resolveCommodity('manganese ore')).toBe('manganese');
    expect(resolveCommodity('unwrought gallium')).toBe('gallium');
  });

  it('accepts spelling variants, plurals and ids', () => {
    expect(resolveCommodity('wolfram')).toBe('tungsten');
    expect(resolveCommodity('sulphur')).toBe('sulfur');
    expect(resolveCommodity('caesium')).toBe('cesium');
    expect(resolveCommodity('baryte')).toBe('barite');
    expect(resolveCommodity('columbium')).toBe('niobium');
    expect(resolveCommodity('fluorite')).toBe('fluorspar');
    expect(resolveCommodity('Phosphates')).toBe('phosphate-rock');
    expect(resolveCommodity('metallurgical coal')).toBe('coking-coal');
    expect(resolveCommodity('Uranium (U3O8)')).toBe('uranium');
    expect(resolveCommodity('iron-ore')).toBe('iron-ore');
    expect(resolveCommodity('platinum-group-metals')).toBe('platinum-group-metals');
  });

  it('reads Russian names through transliteration', () => {
    expect(resolveCommodity('Вольфрам')).toBe('tungsten');
    expect(resolveCommodity('уран')).toBe('uranium');
    expect(resolveCommodity('редкоземельные металлы')).toBe('rare-earths');
    expect(resolveCommodity('хром')).toBe('chromium');
  });

  it('returns undefined for unknown names and blanks', () => {
    expect(resolveCommodity('unobtainium')).toBeUndefined();
    expect(resolveCommodity('')).toBeUndefined();
    expect(resolveCommodity('   ')).toBeUndefined();
    expect(resolveCommodity('the')).toBeUndefined();
    expect(resolveCommodity('ferroalloys')).toBeUndefined();
  });

  it('resolves every id, name, symbol and alias of the table back to its own entry (no clashes)', () => {
    const clashes: string[] = [];
    for (const c of allCommodities()) {
      for (const n of [c.id, c.name, ...(c.symbol ? [c.symbol] : []), ...c.aliases]) {
        const got = resolveCommodity(n);
        if (got !== c.id) clashes.push(`${n} → ${String(got)} (expected ${c.id})`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('findCommodity', () => {
  it('returns the id of a known name', () => {
    expect(findCommodity('Tungsten')).toBe('tungsten');
  });

  it('throws NotFoundError (exit 2) with close matches for a misspelt name', () => {
    let caught: unknown;
    try {
      findCommodity('tungstn');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(NotFoundError);
    const e = caught as NotFoundError;
    expect(e.exitCode).toBe(2);
    expect(e.suggestions).toContain('Tungsten');
    expect(e.hint).toMatch(/did you mean: .*Tungsten/);
  });

  it('suggests lithium for "lithum" and molybdenum for "molybdnum"', () => {
    expect(() => findCommodity('lithum')).toThrow(NotFoundError);
    try {
      findCommodity('lithum');
    } catch (err) {
      expect((err as NotFoundError).suggestions).toContain('Lithium');
    }
    try {
      findCommodity('molybdnum');
    } catch (err) {
      expect((err as NotFoundError).suggestions[0]).toBe('Molybdenum');
    }
  });
});

describe('commoditiesForHs', () => {
  it('maps 2612 10 to uranium and 2611 to tungsten, ignoring dots and spaces', () => {
    expect(commoditiesForHs('261210')).toEqual(['uranium']);
    expect(commoditiesForHs('2612.10')).toEqual(['uranium']);
    expect(commoditiesForHs('261100')).toEqual(['tungsten']);
    expect(commoditiesForHs('2611 00 00')).toEqual(['tungsten']);
  });

  it('maps 8112 92 to the gallium/germanium family of HS 2022', () => {
    const ids = commoditiesForHs('811292');
    expect(ids).toEqual(expect.arrayContaining(['gallium', 'germanium', 'indium', 'niobium', 'vanadium']));
    expect(ids).toHaveLength(5);
  });

  it('puts the commodity of a CN8 line first', () => {
    expect(commoditiesForHs('81129289')[0]).toBe('gallium');
    expect(commoditiesForHs('81129295')[0]).toBe('germanium');
    expect(commoditiesForHs('284610')[0]).toBe('cerium');
    expect(commoditiesForHs('284610')).toContain('rare-earths');
  });

  it('maps processed forms to their commodity', () => {
    expect(commoditiesForHs('811010')).toEqual(['antimony']);
    expect(commoditiesForHs('282520')).toEqual(['lithium']);
    expect(commoditiesForHs('283691')).toEqual(['lithium']);
    expect(commoditiesForHs('810520')).toEqual(['cobalt']);
    expect(commoditiesForHs('280530')).toEqual(['rare-earths']);
    expect(commoditiesForHs('850511')).toEqual(['rare-earth-magnets']);
    expect(commoditiesForHs('250410')).toEqual(['graphite']);
  });

  it('does not claim a basket HS6 for the CN8 lines inside it', () => {
    expect(commoditiesForHs('253090')).toEqual([]);
  });

  it('returns the commodities inside a heading only when asked (nested)', () => {
    expect(commoditiesForHs('2612')).toEqual([]);
    expect(commoditiesForHs('2612', { nested: true })).toEqual(['uranium', 'thorium']);
    expect(commoditiesForHs('2615', { nested: true })).toEqual(expect.arrayContaining(['niobium', 'tantalum', 'vanadium', 'zirconium']));
  });

  it('returns nothing for codes outside the table or too short to mean anything', () => {
    expect(commoditiesForHs('010121')).toEqual([]);
    expect(commoditiesForHs('2')).toEqual([]);
    expect(commoditiesForHs('')).toEqual([]);
  });
});

describe('hsCodesFor', () => {
  it('gives ore and refined codes, or one stage', () => {
    expect(hsCodesFor('tungsten', 'ore')).toEqual(['2611']);
    expect(hsCodesFor('tungsten', 'refined')).toContain('8101');
    expect(hsCodesFor('uranium')).toEqual(['261210', '284410', '284420']);
    expect(hsCodesFor('manganese', 'ore')).toEqual(['2602']);
    expect(hsCodesFor('chromium', 'ore')).toEqual(['2610']);
    expect(hsCodesFor('graphite', 'ore')).toEqual(['2504']);
    expect(hsCodesFor('antimony', 'ore')).toEqual(['261710']);
  });

  it('returns an empty list for an unknown id', () => {
    expect(hsCodesFor('unobtainium')).toEqual([]);
  });
});

describe('critical-list flags', () => {
  // Regulation (EU) 2024/1252, OJ L 2024/1252 of 3.5.2024: Annex I Section 1 (q) and Annex II Section 1 (ag).
  it('flags tungsten as EU strategic and critical and USGS critical', () => {
    expect(flags('tungsten')).toEqual({ usgs: true, euCritical: true, euStrategic: true });
  });

  // Annex I (e) and Annex II (j); copper joined the USGS list in 2025.
  it('flags copper on all three lists', () => {
    expect(flags('copper')).toEqual({ usgs: true, euCritical: true, euStrategic: true });
  });

  // Annex II (i) "Coking Coal", absent from Annex I; USGS 2025 "metallurgical coal".
  it('flags coking coal as EU critical only, and USGS critical', () => {
    expect(flags('coking-coal')).toEqual({ usgs: true, euCritical: true, euStrategic: false });
    expect(flags('steam-coal')).toEqual({ usgs: false, euCritical: false, euStrategic: false });
  });

  // Annex II (k) "Feldspar"; not on the USGS list (MCS 2026 flags FELDSPAR "No").
  it('flags feldspar as EU critical only', () => {
    expect(flags('feldspar')).toEqual({ usgs: false, euCritical: true, euStrategic: false });
  });

  // Neither annex names chromium, uranium or molybdenum; the USGS 2025 list has chromium and uranium.
  it('flags chromium and uranium for the USGS only, and molybdenum for none', () => {
    expect(flags('chromium')).toEqual({ usgs: true, euCritical: false, euStrategic: false });
    expect(flags('uranium')).toEqual({ usgs: true, euCritical: false, euStrategic: false });
    expect(flags('molybdenum')).toEqual({ usgs: false, euCritical: false, euStrategic: false });
  });

  // Annex I (h), (k), (l): "Lithium – battery grade", "Graphite – battery grade", "Nickel – battery grade".
  it('keeps the EU grade qualifiers in the descriptions', () => {
    expect(commodityEntry('lithium')?.description).toMatch(/lithium – battery grade/);
    expect(commodityEntry('graphite')?.description).toMatch(/graphite – battery grade/);
    expect(commodityEntry('nickel')?.description).toMatch(/nickel – battery grade/);
    expect(commodityEntry('boron')?.description).toMatch(/boron – metallurgy grade/);
    expect(commodityEntry('rare-earths')?.description).toMatch(/for permanent magnets \(Nd, Pr, Tb, Dy, Gd, Sm, and Ce\)/);
  });

  // Osmium is a PGM (Annexes I (m), II (aa)) but the MCS 2026 file flags it "No" for the USGS list.
  it('flags osmium for the EU through the PGM and not for the USGS', () => {
    expect(flags('osmium')).toEqual({ usgs: false, euCritical: true, euStrategic: true });
  });

  it('transcribes 17 strategic and 34 critical raw materials', () => {
    expect(EU_CRMA_2024.annexI).toHaveLength(17);
    expect(EU_CRMA_2024.annexII).toHaveLength(34);
    expect(new Set(EU_CRMA_2024.annexII.map((m) => m.name)).size).toBe(34);
  });

  it('sets the EU flags exactly for the ids the annexes cover', () => {
    const critical = new Set(EU_CRMA_2024.annexII.flatMap((m) => m.ids));
    const strategic = new Set(EU_CRMA_2024.annexI.flatMap((m) => m.ids));
    for (const c of allCommodities()) {
      expect(c.euCritical2023, `${c.id} critical`).toBe(critical.has(c.id));
      expect(c.euStrategic2023, `${c.id} strategic`).toBe(strategic.has(c.id));
    }
  });

  it('lists every strategic raw material among the critical ones (Article 4)', () => {
    const critical = new Set(EU_CRMA_2024.annexII.flatMap((m) => m.ids));
    for (const id of EU_CRMA_2024.annexI.flatMap((m) => m.ids)) expect(critical.has(id), id).toBe(true);
  });

  it('resolves each annex name to the first id it covers', () => {
    for (const m of [...EU_CRMA_2024.annexI, ...EU_CRMA_2024.annexII]) expect(resolveCommodity(m.name), m.name).toBe(m.ids[0]);
  });

  it('transcribes the 60 minerals of the USGS 2025 list and flags each', () => {
    expect(USGS_CRITICAL_MINERALS_2025.minerals).toHaveLength(60);
    for (const m of USGS_CRITICAL_MINERALS_2025.minerals) {
      expect(resolveCommodity(m.name), m.name).toBe(m.ids[0]);
      for (const id of m.ids) expect(commodityEntry(id)?.usgsCritical2025, id).toBe(true);
    }
  });

  it('flags for the USGS only listed minerals, or groups with a listed member', () => {
    const listed = new Set(USGS_CRITICAL_MINERALS_2025.minerals.flatMap((m) => m.ids));
    for (const c of allCommodities().filter((e) => e.usgsCritical2025)) {
      const viaMember = commodityMembers(c.id).some((id) => listed.has(id));
      expect(listed.has(c.id) || viaMember, c.id).toBe(true);
    }
  });
});

describe('commodityMembers', () => {
  it('lists the six platinum-group metals', () => {
    expect(commodityMembers('platinum-group-metals').sort()).toEqual(['iridium', 'osmium', 'palladium', 'platinum', 'rhodium', 'ruthenium']);
  });

  it('walks the rare-earth tree to its elements', () => {
    const ids = commodityMembers('rare-earths');
    expect(ids).toEqual(expect.arrayContaining(['light-rare-earths', 'heavy-rare-earths', 'neodymium', 'dysprosium', 'yttrium', 'scandium']));
    expect(commodityMembers('heavy-rare-earths')).toHaveLength(10);
    expect(commodityMembers('light-rare-earths')).toHaveLength(5);
  });

  it('returns nothing for a commodity without members', () => {
    expect(commodityMembers('tungsten')).toEqual([]);
  });
});

describe('commodityName', () => {
  it('gives the display name, or the id when unknown', () => {
    expect(commodityName('platinum-group-metals')).toBe('Platinum-group metals');
    expect(commodityName('nope')).toBe('nope');
  });
});

describe('commodityRecords', () => {
  const { commodities, aliases, hs } = commodityRecords();

  it('gives one row per entry with unique kebab-case ids and 0/1 flags', () => {
    expect(commodities).toHaveLength(allCommodities().length);
    expect(new Set(commodities.map((c) => c.id)).size).toBe(commodities.length);
    for (const c of commodities) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect([0, 1]).toContain(c.usgs_critical_2025);
      expect(c.description.length, c.id).toBeGreaterThan(0);
      expect(c.basis.length, c.id).toBeGreaterThan(0);
    }
    expect(commodities.find((c) => c.id === 'tungsten')).toMatchObject({ symbol: 'W', usgs_critical_2025: 1, eu_critical_2023: 1, eu_strategic_2023: 1 });
  });

  it('points every parent at an existing entry', () => {
    for (const c of allCommodities()) if (c.parent) expect(commodityEntry(c.parent), c.id).toBeDefined();
  });

  it('gives alias rows with folded keys, symbols included', () => {
    expect(aliases).toContainEqual({ alias_key: 'w', alias: 'W', commodity_id: 'tungsten', kind: 'symbol' });
    expect(aliases).toContainEqual({ alias_key: 'rare earth elements', alias: 'rare earth elements', commodity_id: 'rare-earths', kind: 'alias' });
    expect(new Set(aliases.map((a) => `${a.alias_key}|${a.commodity_id}`)).size).toBe(aliases.length);
  });

  it('gives HS rows of 4, 6 or 8 digits, every 8-digit one explained in HS_NOTES', () => {
    for (const h of hs) {
      expect(h.hs_code, h.commodity_id).toMatch(/^(\d{4}|\d{6}|\d{8})$/);
      if (h.hs_code.length === 8) expect(HS_NOTES[h.hs_code], h.hs_code).toBeDefined();
    }
    expect(hs).toContainEqual(expect.objectContaining({ commodity_id: 'uranium', hs_code: '261210', stage: 'ore' }));
    expect(hs).toContainEqual(expect.objectContaining({ commodity_id: 'gallium', hs_code: '81129289', stage: 'refined', description: expect.stringMatching(/gallium/) }));
  });
});
