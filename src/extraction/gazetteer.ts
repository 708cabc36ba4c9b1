import { allCommodities } from '../domain/commodities.js';
import { allCountries } from '../domain/countries.js';
import { GROUPS } from '../domain/groups.js';
import type { EntityKind } from './types.js';
import { COMPANIES, MORE_PLACES } from './known-names.js';
import { KNOWN_PEOPLE } from './known-people.js';
import { WORLD_PLACES } from './known-places.js';
import { phraseKeys, type Token } from './tokens.js';

/**
 * Gazetteers: every surface form the extractor recognises without guessing, indexed for longest
 * match over word tokens (a map from the first word to the longest phrase starting with it, then
 * one map lookup per candidate length: linear in the text, no regular expressions).
 *
 * Built from the domain reference tables (countries with demonyms, capitals and Cyrillic forms;
 * commodities with aliases; country groups), a small list of organisations, places and regions
 * below, and the accepted knowledge-base people, organisations and facilities the caller passes
 * (`buildGazetteer({ people, orgs, facilities })`), so the same data build gives the same output.
 */
export interface GazEntry {
  type: EntityKind;
  canonical: string;
  /** ISO3, commodity id or knowledge-base id. */
  resolvedId: string | null;
  /** Country of a person or organisation, where known. */
  country: string | null;
  /**
   * How the entity appears as an event actor: 'state' maps to `country` (officials, ministries,
   * agencies), 'eu' to "European Union", 'self' keeps the canonical, 'none' is never an actor
   * (media outlets), 'members' expands to the group's members.
   */
  actorAs: 'state' | 'eu' | 'self' | 'none' | 'members';
  members?: string[];
  /** 'capital' entries are countries standing for their government unless used as a place. */
  role?: 'capital' | 'demonym' | 'name' | 'surname';
  /** Match only when the surface is written exactly like this (abbreviations: "US", "AA"). */
  exact?: string;
  /** Person's role text, when known. */
  personRole?: string;
  /** Match a phrase of several words only when its later words are capitalised too (known companies: "USA Rare Earth", not "USA rare earth imports"). */
  capitalised?: boolean;
}

export interface PersonInput {
  id?: string;
  name: string;
  aliases?: string[];
  country?: string | null;
  role?: string | null;
}
export interface OrgInput {
  id?: string;
  name: string;
  aliases?: string[];
  country?: string | null;
}
export interface FacilityInput {
  id?: string;
  name: string;
  aliases?: string[];
}

export interface Gazetteer {
  /** Phrase key (word keys joined by a space) → entry. */
  entries: Map<string, GazEntry>;
  /** First word key → longest phrase length in words. */
  maxLen: Map<string, number>;
}

export interface GazMatch {
  entry: GazEntry;
  /** Token index range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  surface: string;
}

const C5 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];

/**
 * Organisations a news reader meets in this domain (canonical name, aliases, country, actor
 * mapping). Ministries and agencies act for their state (GUIDELINES "Officials acting for a state
 * … are normalized to the state's ISO3 code"); EU institutions for the European Union.
 */
const ORGS: [string, string[], string | null, GazEntry['actorAs']][] = [
  ['European Union', ['EU', 'E.U.'], null, 'self'],
  ['European Commission', ['EU Commission'], null, 'eu'],
  ['European Council', [], null, 'eu'],
  ['Council of the European Union', [], null, 'eu'],
  ['European Parliament', [], null, 'eu'],
  ['European Investment Bank', ['EIB'], null, 'self'],
  ['European Bank for Reconstruction and Development', ['EBRD'], null, 'self'],
  ['Asian Development Bank', ['ADB'], null, 'self'],
  ['Asian Infrastructure Investment Bank', ['AIIB'], null, 'self'],
  ['World Bank', [], null, 'self'],
  ['International Monetary Fund', ['IMF'], null, 'self'],
  ['United Nations', ['UN', 'U.N.'], null, 'self'],
  ['United Nations General Assembly', ['UN General Assembly', 'U.N. General Assembly', 'UNGA'], null, 'self'],
  ['United Nations Security Council', ['UN Security Council', 'Security Council'], null, 'self'],
  ['World Trade Organization', ['WTO'], null, 'self'],
  ['International Energy Agency', ['IEA'], null, 'self'],
  ['International Atomic Energy Agency', ['IAEA'], null, 'self'],
  ['NATO', ['North Atlantic Treaty Organization'], null, 'self'],
  ['Commonwealth of Independent States', ['CIS'], null, 'self'],
  ['Collective Security Treaty Organization', ['CSTO', 'Collective Security Council'], null, 'self'],
  ['Organization of Turkic States', ['OTS'], null, 'self'],
  ['Gulf Cooperation Council', ['GCC'], null, 'self'],
  ['G20', ['Group of Twenty', 'G-20'], null, 'self'],
  ['Association of Southeast Asian Nations', ['ASEAN'], null, 'self'],
  ['Conference on Interaction and Confidence-Building Measures in Asia', ['CICA', 'Conference on Interaction and Confidence Building Measures in Asia'], null, 'self'],
  ['Minerals Security Partnership', ['MSP'], null, 'self'],
  ['C5+1', ['C5 + 1', 'C-5+1'], null, 'self'],
  ['C5+1 Critical Minerals Dialogue', [], null, 'self'],
  ['Kremlin', [], 'RUS', 'state'],
  ['United States Department of State', ['State Department', 'U.S. State Department', 'US State Department', 'Department of State', 'U.S. Department of State'], 'USA', 'state'],
  ['United States Department of the Treasury', ['U.S. Department of the Treasury', 'US Department of the Treasury', 'Treasury Department', 'U.S. Treasury', 'US Treasury', 'Department of the Treasury'], 'USA', 'state'],
  ['United States Department of Commerce', ['Commerce Department', 'U.S. Department of Commerce', 'Department of Commerce'], 'USA', 'state'],
  ['United States Department of Energy', ['Department of Energy', 'U.S. Department of Energy'], 'USA', 'state'],
  ['United States Department of the Interior', ['Department of the Interior', 'Interior Department'], 'USA', 'state'],
  ['United States Department of Defense', ['Pentagon', 'Department of Defense', 'Defense Department', 'U.S. Department of Defense', 'US Department of Defense', 'U.S. Defense Department', 'US Defense Department'], 'USA', 'state'],
  ['Bureau of Industry and Security', ['BIS'], 'USA', 'state'],
  ['Office of Foreign Assets Control', ['OFAC'], 'USA', 'state'],
  ['Foreign, Commonwealth and Development Office', ['FCDO', 'Foreign Office', 'UK Foreign Office', 'British Foreign Office'], 'GBR', 'state'],
  ['United States Geological Survey', ['US Geological Survey', 'U.S. Geological Survey', 'USGS'], 'USA', 'state'],
  ['United States Congress', ['Congress', 'U.S. Congress', 'US Congress'], 'USA', 'self'],
  ['United States Senate', ['U.S. Senate', 'US Senate', 'Senate'], 'USA', 'self'],
  ['United States Senate Committee on Foreign Relations', ['Senate Foreign Relations Committee', 'U.S. Senate Foreign Relations Committee'], 'USA', 'self'],
  ['United States House of Representatives', ['House of Representatives', 'U.S. House of Representatives', 'US House of Representatives', 'U.S. House', 'US House'], 'USA', 'self'],
  ['United States Armed Forces', ['U.S. military', 'US military'], 'USA', 'self'],
  ['United States International Development Finance Corporation', ['DFC', 'U.S. International Development Finance Corporation', 'US DFC'], 'USA', 'self'],
  ['Export-Import Bank of the United States', ['EXIM', 'US EXIM', 'EXIM Bank', 'Ex-Im Bank'], 'USA', 'self'],
  ["Ministry of Commerce of the People's Republic of China", ['MOFCOM', "China's Ministry of Commerce", 'Chinese Ministry of Commerce', 'Chinese commerce ministry', "China's commerce ministry"], 'CHN', 'state'],
  ["General Administration of Customs of the People's Republic of China", ['GACC', 'General Administration of Customs'], 'CHN', 'state'],
  ['Ministry of Foreign Affairs of the Russian Federation', ['Russian Foreign Ministry'], 'RUS', 'state'],
  ['Reuters', [], null, 'none'],
  ['Associated Press', ['AP'], null, 'none'],
  ['Agence France-Presse', ['AFP'], null, 'none'],
  ['Bloomberg', [], null, 'none'],
  ['Anadolu Agency', ['AA'], null, 'none'],
  ['Xinhua', ['Xinhua News Agency'], null, 'none'],
  ['TASS', [], null, 'none'],
  ['Interfax', [], null, 'none'],
  ['Kazinform', [], null, 'none'],
  ['Kun.uz', [], null, 'none'],
  ['Trend News Agency', [], null, 'none'],
  ['Radio Free Europe/Radio Liberty', ['RFE/RL'], null, 'none'],
  ['Financial Times', [], null, 'none'],
  ['The Diplomat', [], null, 'none'],
  ['Eurasianet', [], null, 'none'],
  ['Truth Social', [], null, 'none'],
  // news agencies and outlets of the region and of the wider press, named as sources
  ['UzA', ['National News Agency of Uzbekistan'], null, 'none'],
  ['Kabar', ['Kabar news agency'], null, 'none'],
  ['Khovar', [], null, 'none'],
  ['Turkmenistan State News Agency', ['TDH'], null, 'none'],
  ['AKIpress', [], null, 'none'],
  ['24.kg', [], null, 'none'],
  ['Asia-Plus', [], null, 'none'],
  ['Daryo', [], null, 'none'],
  ['Gazeta.uz', [], null, 'none'],
  ['Tengrinews', [], null, 'none'],
  ['Kursiv', [], null, 'none'],
  ['The Astana Times', ['Astana Times'], null, 'none'],
  ['The Times of Central Asia', ['Times of Central Asia'], null, 'none'],
  ['APA', [], null, 'none'],
  ['Azertac', ['AZERTAC'], null, 'none'],
  ['Report.az', [], null, 'none'],
  ['Caspian News', [], null, 'none'],
  ['RIA Novosti', [], null, 'none'],
  ['Sputnik', [], null, 'none'],
  ['CGTN', [], null, 'none'],
  ['Global Times', [], null, 'none'],
  ["People's Daily", [], null, 'none'],
  ['South China Morning Post', ['SCMP'], null, 'none'],
  ['Nikkei', ['Nikkei Asia'], null, 'none'],
  ['Yonhap', ['Yonhap News Agency'], null, 'none'],
  ['Kyodo', ['Kyodo News'], null, 'none'],
  ['Al Arabiya', [], null, 'none'],
  ['Al Jazeera', [], null, 'none'],
  ['The Wall Street Journal', ['Wall Street Journal', 'WSJ'], null, 'none'],
  ['The New York Times', ['New York Times'], null, 'none'],
  ['Mining.com', [], null, 'none'],
  ['Argus', ['Argus Media'], null, 'none'],
  ['Fastmarkets', [], null, 'none'],
  ['Silk Road Briefing', [], null, 'none'],
  ['Boeing', [], 'USA', 'self'],
  ['Airbus', [], null, 'self'],
  ['Wabtec', [], 'USA', 'self'],
  ['General Electric', ['GE'], 'USA', 'self'],
  ['Kazatomprom', ['KAP'], 'KAZ', 'self'],
  ['Rosatom', [], 'RUS', 'self'],
  ['Gazprom', [], 'RUS', 'self'],
  ['Framatome', [], 'FRA', 'self'],
  ['Orano', [], 'FRA', 'self'],
  ['Cameco', [], 'CAN', 'self'],
  ['Rio Tinto', [], 'GBR', 'self'],
  ['Glencore', [], 'CHE', 'self'],
  ['ASML', [], 'NLD', 'self'],
  ['ASM International', ['ASM'], 'NLD', 'self'],
  ['Micron Technology', ['Micron'], 'USA', 'self'],
  ['Huawei', [], 'CHN', 'self'],
  ['Uzbekistan Airways', [], 'UZB', 'self'],
  ['Air Astana', [], 'KAZ', 'self'],
  ['Kazakhstan Temir Zholy', ['KTZ'], 'KAZ', 'self'],
  ['Samruk-Kazyna', [], 'KAZ', 'self'],
  ['Tau-Ken Samruk', [], 'KAZ', 'self'],
  ['Eurasian Resources Group', ['ERG'], 'KAZ', 'self'],
  ['Almalyk Mining and Metallurgical Complex', ['Almalyk MMC', 'AMMC', 'Almalyk Mining and Metallurgical Company'], 'UZB', 'self'],
  ['Navoiyuran', [], 'UZB', 'self'],
  ['Navoi Mining and Metallurgical Company', ['NMMC', 'Navoi MMC'], 'UZB', 'self'],
];

/** Places and regions (GUIDELINES "location"). Capitals are handled with the countries. */
const PLACES: [string, string[]][] = [
  ['Central Asia', ['Central Asian']],
  ['Europe', ['European continent']],
  ['Asia', []],
  ['Middle East', []],
  ['South Asia', []],
  ['East Asia', []],
  ['Southeast Asia', []],
  ['South Caucasus', []],
  ['Caucasus', []],
  ['Eurasia', []],
  ['Caspian Sea', ['Caspian']],
  ['Black Sea', []],
  ['Arctic', []],
  ['Africa', []],
  ['Latin America', []],
  ['North America', []],
  ['South America', []],
  ['Silk Road', []],
  ['Middle Corridor', ['Trans-Caspian International Transport Route']],
  ['Fergana Valley', ['Ferghana Valley']],
  ['Western Europe', []],
  ['Indo-Pacific', []],
  ['White House', []],
  ['Oval Office', []],
  ['Capitol Hill', []],
  // presidential residences where leaders receive guests
  ['Akorda', ['Ak Orda', 'Akorda Presidential Palace']],
  ['Kuksaroy Presidential Palace', ['Kuksaroy', 'Kuksaray']],
  ['Oguzhan Presidential Palace', ['Oguzkhan Presidential Palace']],
  ['Great Hall of the People', []],
  ['Palace of Nations', ['Palace of the Nation']],
  ['Yntymak Ordo', []],
  ['Ruhyyet Palace', []],
  ['Palace of Independence', []],
  ['Grand Kremlin Palace', []],
  ['Diaoyutai State Guesthouse', []],
  ['Élysée Palace', ['Elysee Palace', 'Élysée']],
  ['Washington, D.C.', ['Washington D.C.', 'Washington, DC']],
  ['Moscow Oblast', ['Moscow region']],
  ['New York', ['New York City']],
  ['Samarkand', ['Samarqand']],
  ['Bukhara', []],
  ['Almaty', ['Alma-Ata']],
  ['Shymkent', []],
  ['Karaganda', ['Karagandy', 'Qaraghandy']],
  ['Aktobe', []],
  ['Atyrau', []],
  ['Aktau', []],
  ['Ust-Kamenogorsk', ['Oskemen']],
  ['Pavlodar', []],
  ['Navoi', ['Navoiy']],
  ['Khiva', []],
  ['Osh', []],
  ['Khujand', []],
  ['Xinjiang', []],
  ["Xi'an", ['Xi’an', 'Xian']],
  ['Shanghai', []],
  ['Hong Kong', []],
  ['St. Petersburg', ['Saint Petersburg', 'St Petersburg']],
  ['Davos', []],
  ['Geneva', []],
  ['Istanbul', []],
  ['Dubai', []],
  ['Sydney', []],
  ['Toronto', []],
  ['Houston', []],
  ['Chicago', []],
  ['San Francisco', []],
  ['Los Angeles', []],
  ['Frankfurt', []],
  ['Munich', []],
  ['Busan', []],
  ['Gyeongju', []],
];

/** Commodity surface forms that need a canonical other than their own lower-case form. */
const COMMODITY_CANON: Record<string, string> = {
  'rare-earths': 'rare earths',
  'natural-gas': 'natural gas',
};
const EXTRA_COMMODITIES: [string, string][] = [
  ['rare earths', 'rare earths'],
  ['rare earth minerals', 'rare earths'],
  ['rare earth metals', 'rare earths'],
  ['rare earth elements', 'rare earths'],
  ['rare earth materials', 'rare earths'],
  ['rare-earth minerals', 'rare earths'],
  ['rare earth', 'rare earths'],
  ['REEs', 'rare earths'],
  ['REE', 'rare earths'],
  ['steel', 'steel'],
  ['rare metals', 'rare metals'],
  // farm goods traded and restricted like minerals (GUIDELINES "named traded materials")
  ['wheat', 'wheat'],
  ['wheat flour', 'wheat flour'],
  ['barley', 'barley'],
  ['maize', 'maize'],
  ['rye', 'rye'],
  ['meslin', 'meslin'],
  ['rice', 'rice'],
  ['cotton', 'cotton'],
  ['sugar', 'sugar'],
  ['grain', 'grain'],
  ['cattle', 'cattle'],
  ['sheep', 'sheep'],
  ['fertilizers', 'fertilizers'],
  ['fertiliser', 'fertilizers'],
  ['fertilizer', 'fertilizers'],
  ['critical minerals', 'critical minerals'],
  ['critical mineral', 'critical minerals'],
  ['critical raw materials', 'critical minerals'],
  ['critical raw material', 'critical minerals'],
  ['CRMs', 'critical minerals'],
  ['hydrogen', 'hydrogen'],
  ['green hydrogen', 'hydrogen'],
  ['natural gas', 'natural gas'],
  ['gas', 'natural gas'],
  ['LNG', 'natural gas'],
  ['oil', 'oil'],
  ['crude oil', 'oil'],
  ['superhard materials', 'superhard materials'],
  ['uranium', 'uranium'],
  ['coal', 'coal'],
];
/** Aliases too ambiguous in running text ("lead" the verb, "salt", "lime", "magnets" are goods). */
const SKIP_COMMODITY_ALIASES = new Set([
  'lead', 'salt', 'lime', 'cement', 'clay', 'clays', 'magnets', 'permanent magnets', 'silica', 'peat', 'granite', 'marble', 'potassium',
  'china clay', 'moly', 'ng', 'reo', 'iron', 'steel', 'mercury', 'phosphorus', 'nitrogen', 'ammonia', 'abrasives', 'rock salt', 'diamonds',
  'diamond', 'gemstones', 'gemstone', 'crushed stone', 'gypsum', 'mica', 'talc', 'sulfur', 'sulphur', 'bromine', 'iodine', 'helium',
  'argon', 'neon', 'krypton', 'xenon', 'barium', 'boron', 'refined copper', 'oil sands', 'tar sands', 'lanthanides', 'frac sand',
  'stone', 'dimension stone',
]);

/** British spellings of a metal's name kept as written (the annotators' canonical follows the article's spelling: "aluminium", "aluminum"). */
const AS_SPELLED = new Set(['aluminium']);

/** Named compounds keep their own canonical ("ammonium paratungstate", "tungsten carbide"); forms of a metal fold to it. */
const COMPOUND = /(carbide|paratungstate|carbonate|hydroxide|oxide|sulfate|sulphate|trioxide|pentoxide|dioxide|chloride)$/i;

function isAbbrev(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length <= 5 && letters === letters.toUpperCase() && /[A-Z]/.test(letters);
}

/**
 * An entry with every field present in one order: the entries are built from literals with
 * different optional fields, and the code reading them (each match, each mention) would otherwise
 * see a dozen object shapes and fall back to V8's slow generic property loads.
 */
function gazEntry(e: GazEntry, exact: string | undefined): GazEntry {
  return { type: e.type, canonical: e.canonical, resolvedId: e.resolvedId, country: e.country, actorAs: e.actorAs, members: e.members, role: e.role, exact, personRole: e.personRole, capitalised: e.capitalised ?? false };
}

export function buildGazetteer(extra: { people?: PersonInput[]; orgs?: OrgInput[]; facilities?: FacilityInput[] } = {}): Gazetteer {
  const entries = new Map<string, GazEntry>();
  const maxLen = new Map<string, number>();
  const add = (phrase: string, e: GazEntry, override = false): void => {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    const key = keys.join(' ');
    const entry = gazEntry(e, isAbbrev(phrase) ? phrase : e.exact);
    if (entries.has(key) && !override) return;
    entries.set(key, entry);
    const first = keys[0] ?? '';
    maxLen.set(first, Math.max(maxLen.get(first) ?? 0, keys.length));
  };

  // places and organisations first: "Central Asian" is the region, not a demonym
  for (const [name, aliases] of [...PLACES, ...MORE_PLACES, ...WORLD_PLACES]) {
    const e: GazEntry = { type: 'location', canonical: name, resolvedId: null, country: null, actorAs: 'self' };
    for (const n of [name, ...aliases]) add(n, e);
  }
  for (const [name, aliases, country, actorAs] of ORGS) {
    const e: GazEntry = { type: 'organization', canonical: name, resolvedId: null, country, actorAs };
    for (const n of [name, ...aliases]) add(n, e);
  }
  // the Central Asian Five: a region that expands to its members as event actors
  const c5: GazEntry = { type: 'location', canonical: 'Central Asia', resolvedId: 'C5', country: null, actorAs: 'members', members: C5 };
  for (const n of ['Central Asian Five', 'C5', 'C-5', 'Central Asian states', 'Central Asian countries', 'Central Asian republics', 'Central Asian nations', 'Central Asian Five countries', 'Central Asian leaders']) add(n, c5, true);
  for (const g of GROUPS) {
    if (g.id === 'C5' || g.id === 'EU' || g.id === 'EU27') continue;
    const canonical = g.name.replace(/\s*\([^)]*\)$/, '');
    const e: GazEntry = { type: 'organization', canonical, resolvedId: g.id, country: null, actorAs: 'self' };
    for (const n of [canonical, ...g.aliases]) if (!/countries|members/i.test(n)) add(n, e);
  }

  for (const c of allCountries()) {
    if (c.kind === 'aggregate') continue;
    const e: GazEntry = { type: 'country', canonical: c.iso3, resolvedId: c.iso3, country: c.iso3, actorAs: 'state', role: 'name' };
    const names = [c.name, ...(c.official ? [c.official] : []), ...c.aliases].filter((n) => !/[,()]/.test(n));
    for (const n of names) add(n, e);
    for (const d of c.demonyms) add(d, { ...e, role: 'demonym' });
    for (const cap of c.capitals) add(cap, { ...e, role: 'capital' });
  }
  add('Brussels', { type: 'organization', canonical: 'European Union', resolvedId: 'EU', country: null, actorAs: 'self', role: 'capital' });
  add('Soviet', { type: 'country', canonical: 'SUN', resolvedId: 'SUN', country: 'SUN', actorAs: 'state', role: 'demonym' });
  add('Soviet Union', { type: 'country', canonical: 'SUN', resolvedId: 'SUN', country: 'SUN', actorAs: 'state', role: 'name' }, true);
  add('Republic of Korea', { type: 'country', canonical: 'KOR', resolvedId: 'KOR', country: 'KOR', actorAs: 'state', role: 'name' }, true);

  for (const c of allCommodities()) {
    if (c.id === 'rare-earth-magnets') continue;
    const base = COMMODITY_CANON[c.id] ?? (c.id === 'light-rare-earths' || c.id === 'heavy-rare-earths' ? 'rare earths' : undefined) ?? c.name.replace(/\s*\([^)]*\).*$/, '').replace(/\s+–.*$/, '').toLowerCase();
    for (const n of [c.name.replace(/\s*\([^)]*\).*$/, ''), ...c.aliases]) {
      if (!/^[A-Za-z][A-Za-z -]+$/.test(n) || SKIP_COMMODITY_ALIASES.has(n.toLowerCase())) continue;
      if (n.length < 4 && !isAbbrev(n)) continue;
      const canonical = c.id.endsWith('rare-earths') ? 'rare earths' : COMPOUND.test(n) || AS_SPELLED.has(n.toLowerCase()) ? n.toLowerCase() : base;
      add(n, { type: 'commodity', canonical, resolvedId: c.id, country: null, actorAs: 'none' });
    }
  }
  for (const [n, canonical] of EXTRA_COMMODITIES) add(n, { type: 'commodity', canonical, resolvedId: null, country: null, actorAs: 'none' }, true);

  // the knowledge base's people override any other entry of their names; the known people after them do not
  const kbPeople = extra.people ?? [];
  for (const [p, own] of [...kbPeople.map((x): [PersonInput, boolean] => [x, true]), ...KNOWN_PEOPLE.map((x): [PersonInput, boolean] => [x, false])]) {
    const official = isStateRole(p.role ?? '');
    const eu = official && /European (Commission|Council|Union|Parliament)|\bEU\b/.test(p.role ?? '');
    const e: GazEntry = { type: 'person', canonical: p.name, resolvedId: p.id ?? null, country: p.country ?? null, actorAs: eu ? 'eu' : official && p.country ? 'state' : 'self', personRole: p.role ?? undefined };
    add(p.name, e, own);
    for (const a of p.aliases ?? []) if (!/^[a-z]/.test(a)) add(a, { ...e, role: a.split(/\s+/).length === 1 ? 'surname' : 'name' });
  }
  for (const o of extra.orgs ?? []) {
    const e: GazEntry = { type: 'organization', canonical: o.name, resolvedId: o.id ?? null, country: o.country ?? null, actorAs: 'self' };
    for (const n of [o.name, ...(o.aliases ?? [])]) add(n, e);
  }
  // known companies after the knowledge base's organisations, whose entries (and ids) come first
  for (const [name, aliases, country] of COMPANIES) {
    const e: GazEntry = { type: 'organization', canonical: name, resolvedId: null, country, actorAs: 'self', capitalised: true };
    for (const n of [name, ...aliases]) add(n, e);
  }
  for (const f of extra.facilities ?? []) {
    const e: GazEntry = { type: 'location', canonical: f.name, resolvedId: f.id ?? null, country: null, actorAs: 'self' };
    for (const n of [f.name, ...(f.aliases ?? [])]) add(n, e);
  }
  return { entries, maxLen };
}

/**
 * Whether a role acts for a state (GUIDELINES: heads of state or government, ministers,
 * spokespeople, ambassadors, envoys) rather than in the person's own name (legislators who
 * introduce bills, company executives).
 */
export function isStateRole(role: string): boolean {
  if (/senator|representative|congress|member of parliament|\bmp\b|ceo|chief executive|chairman of the (management )?board|founder|analyst|professor|director of|investor|executive/i.test(role)) return false;
  return /president|minister|secretary|ambassador|envoy|spokes|chancellor|king|emir|premier|head of|leader|deputy|aide|commissioner|governor|representative/i.test(role);
}

/** Whether the words after the first of a phrase at `i` are capitalised, the small connecting words aside. */
function laterWordsCapitalised(tokens: Token[], i: number, L: number): boolean {
  for (let k = i + 1; k < i + L; k++) {
    const t = tokens[k];
    if (t && !t.upper && !LOWER_IN_NAMES.has(t.key) && !/^\d/.test(t.key)) return false;
  }
  return true;
}
const LOWER_IN_NAMES = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'von', 'der', 'on', 'in', 'y', 's']);

/** What may stand between the words of a phrase: up to three of " . - ' ’ & + /" (or a no-break space), or ", ". */
function gapOk(g: string): boolean {
  const n = g.length;
  if (n > 3) return false;
  if (g === ', ') return true;
  for (let i = 0; i < n; i++) if (!GAP_CHARS.has(g.charCodeAt(i))) return false;
  return true;
}
const GAP_CHARS = new Set([...' \u00a0.-\'’&+/'].map((c) => c.charCodeAt(0)));

/** Longest gazetteer matches over the tokens, left to right, without overlaps. */
interface TrieNode {
  entry?: GazEntry;
  next?: Map<string, TrieNode>;
}

/**
 * The phrase table as a word trie (first word key → node), built once per gazetteer, with two
 * filters that spare most words the map lookup: for the first two characters of a first word, a
 * bit per length (up to 31) — one table for every phrase, one for commodity phrases (the only ones
 * a word in lower case may open).
 */
interface Trie {
  size: number;
  root: Map<string, TrieNode>;
  any: Uint32Array;
  commodity: Uint32Array;
}
const tries = new WeakMap<Gazetteer, Trie>();

/** Filter classes of ASCII characters: 0-25 letters, 26-35 digits, 36 anything else (37 in all, so the tables stay small). */
const FILTER_CLASS = new Uint8Array(128).fill(36);
for (let c = 97; c <= 122; c++) FILTER_CLASS[c] = c - 97;
for (let c = 65; c <= 90; c++) FILTER_CLASS[c] = c - 65;
for (let c = 48; c <= 57; c++) FILTER_CLASS[c] = 26 + c - 48;
const FILTER_SLOTS = 37 * 37;

/** The filter slot of a word key (the classes of its first two characters), or -1 when the filter cannot tell (shorter, or not ASCII). */
function slotOf(key: string): number {
  if (key.length < 2) return -1;
  const c0 = key.charCodeAt(0);
  const c1 = key.charCodeAt(1);
  return c0 < 128 && c1 < 128 ? (FILTER_CLASS[c0] as number) * 37 + (FILTER_CLASS[c1] as number) : -1;
}

/** Whether some phrase in the filter can start with this word key. */
function mayStart(filter: Uint32Array, key: string): boolean {
  const slot = slotOf(key);
  return slot < 0 || ((filter[slot] as number) & (1 << Math.min(key.length, 31))) !== 0;
}

function trieOf(gaz: Gazetteer): Trie {
  const cached = tries.get(gaz);
  if (cached && cached.size === gaz.entries.size) return cached;
  const root = new Map<string, TrieNode>();
  const any = new Uint32Array(FILTER_SLOTS);
  const commodity = new Uint32Array(FILTER_SLOTS);
  for (const [key, entry] of gaz.entries) {
    let level = root;
    let node: TrieNode | undefined;
    const words = key.split(' ');
    for (const word of words) {
      node = level.get(word);
      if (!node) {
        node = {};
        level.set(word, node);
      }
      level = node.next ??= new Map();
    }
    if (node) node.entry = entry;
    const first = words[0] ?? '';
    const slot = slotOf(first);
    if (slot >= 0) {
      const bit = 1 << Math.min(first.length, 31);
      any[slot] = (any[slot] as number) | bit;
      if (entry.type === 'commodity') commodity[slot] = (commodity[slot] as number) | bit;
    }
  }
  const trie = { size: gaz.entries.size, root, any, commodity };
  tries.set(gaz, trie);
  return trie;
}

/**
 * Longest gazetteer matches over the tokens, left to right, without overlaps. One walk down the
 * word trie per token (no phrase strings are built), so the pass is linear in the tokens times
 * the longest phrase.
 */
export function matchGazetteer(gaz: Gazetteer, tokens: Token[], text: string, offset = 0): GazMatch[] {
  const out: GazMatch[] = [];
  const trie = trieOf(gaz);
  const root = trie.root;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a word in lower case can only open a commodity phrase
    if (!t || !mayStart(t.upper ? trie.any : trie.commodity, t.key)) continue;
    let node = root.get(t.key);
    let best: GazMatch | null = null;
    for (let L = 1; node && i + L <= tokens.length; L++) {
      const tk = tokens[i + L - 1];
      if (!tk) break;
      if (L > 1) {
        if (!gapOk(tk.gap)) break;
        node = node.next?.get(tk.key);
        if (!node) break;
      }
      const e = node.entry;
      if (!e) continue;
      let end = tk.end;
      // keep a closing period of a dotted abbreviation: "U.S."
      if (text[end - offset] === '.' && /^[A-Z]$/.test(tk.text) && L > 1) end++;
      const surface = text.slice(t.start - offset, end - offset);
      if (e.exact && surface.replace(/\.$/, '') !== e.exact.replace(/\.$/, '')) continue;
      if (e.type !== 'commodity' && !t.upper) continue;
      // "USA rare earth imports" is no mention of USA Rare Earth: a known company's later words are capitalised too
      if (e.capitalised && L > 1 && !laterWordsCapitalised(tokens, i, L)) continue;
      // an all-capital word that is not an abbreviation entry still matches ("BEIJING" dateline)
      best = { entry: e, from: i, to: i + L, start: t.start, end, surface };
    }
    if (best) {
      out.push(best);
      i = best.to - 1;
    }
  }
  return out;
}
