import type { GazEntry, GazMatch } from './gazetteer.js';
import { isSpaceLike, type Token } from './tokens.js';
import type { EntityKind } from './types.js';

/**
 * Names the gazetteers lack, recognised by their shape over capitalised word runs:
 * - titled persons: "Deputy Secretary of State Christopher Landau", "Senators Steve Daines (R-MT)";
 * - organisations: a run containing a legal form or an organisation word ("… LLC", "… JSC",
 *   "… Bank", "… Airways", "Ministry of …", "… Committee");
 * - deposits, mines, projects and infrastructure: a capitalised run before "deposit", "mine",
 *   "project", "field", "pipeline", "refinery", "terminal".
 */
export interface NameMention {
  type: EntityKind;
  canonical: string;
  surface: string;
  start: number;
  end: number;
  from: number;
  to: number;
  /** For titled persons: where the title starts (a token index; -1 for other names), to find the state it names. */
  titleFrom: number;
  titleWords: string[];
  /** An acronym written in brackets right after the name: "(PSB)". */
  acronym?: string;
  /** Where the name as written ends when it runs past the mention: a site's commodity and site word ("Raygorodok gold deposit"). */
  nameEnd?: number;
}

/** Words of job titles (and their small connecting words): what may stand before a person's name. */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'deputy', 'senator', 'senators', 'sen', 'representative', 'representatives', 'rep',
  'reps', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'chair', 'ceo', 'ambassador', 'envoy', 'commissioner', 'spokesperson', 'spokesman',
  'spokeswoman', 'governor', 'director', 'chancellor', 'king', 'queen', 'premier', 'mr', 'mrs', 'ms', 'dr', 'prof', 'founder', 'chief', 'head',
  'leader', 'emir', 'sheikh', 'general', 'executive', 'adviser', 'advisor', 'aide', 'mayor', 'speaker', 'foreign', 'affairs', 'state', 'special',
  'first', 'high', 'trade', 'energy', 'economy', 'finance', 'investment', 'industry', 'mining', 'geology', 'treasury', 'commerce', 'defense',
  'interior', 'national', 'of', 'the', 'for', 'and', 'to', 'on', 'vp', 'managing', 'partner', 'analyst', 'economic', 'central', 'asia', 'south',
  'security', 'policy', 'relations', 'development', 'infrastructure', 'transport', 'agriculture', 'justice', 'environment', 'under', 'assistant',
  'natural', 'resources', 'shri', 'sri',
  // portfolios ("Minister for Industry and Construction", "Commissioner for International Partnerships")
  'construction', 'partnerships', 'cooperation', 'digital', 'water', 'health', 'education', 'culture', 'labour', 'labor',
  'science', 'higher', 'technology', 'technologies', 'information', 'communications', 'ecology', 'innovation', 'innovations', 'internal',
  'emergency', 'situations', 'tourism', 'hydrocarbons', 'climate', 'integration', 'enlargement', 'neighbourhood', 'connectivity', 'employment',
  'protection', 'social', 'planning', 'budget', 'digitalization', 'digitalisation', 'aerospace', 'transportation', 'communication',
]);
/** Words after which the next capitalised name is a person (lower-case titles included). */
const PERSON_CUES = new Set(['president', 'minister', 'secretary', 'senator', 'senators', 'sen', 'representative', 'representatives', 'rep', 'reps', 'chairman', 'chairwoman', 'ceo', 'ambassador', 'envoy', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'governor', 'director', 'chancellor', 'premier', 'mr', 'mrs', 'ms', 'dr', 'prof', 'founder', 'analyst', 'leader', 'king', 'emir', 'congressman', 'congresswoman', 'adviser', 'advisor', 'aide', 'mayor', 'speaker', 'head', 'chief', 'economist', 'expert', 'researcher', 'executive', 'officer']);
const ORG_WORDS = new Set([
  'llc', 'jsc', 'llp', 'ltd', 'limited', 'plc', 'inc', 'corp', 'corporation', 'company', 'co', 'group', 'holding', 'holdings', 'bank', 'airways', 'airlines',
  'agency', 'committee', 'commission', 'council', 'ministry', 'department', 'office', 'bureau', 'fund', 'institute', 'university', 'association',
  'organization', 'organisation', 'center', 'centre', 'plant', 'exchange', 'authority', 'service', 'survey', 'partners', 'capital', 'resources',
  'mining', 'minerals', 'metals', 'technologies', 'technology', 'petroleum', 'railways', 'railway', 'ag', 'gmbh', 'sa', 'nv', 'pjsc', 'ojsc', 'cjsc',
  'forum', 'chamber', 'federation', 'union', 'party', 'parliament', 'senate', 'court', 'treasury', 'administration', 'foundation', 'consortium',
  'industries', 'enterprises', 'energy', 'power', 'motors', 'systems', 'media', 'news', 'times', 'post', 'journal', 'materials', 'cabinet',
]);
/** Organisation words that describe a business rather than close a name: "Almalyk Mining and Metallurgical Company" is one company. */
const BUSINESS_WORDS = new Set(['mining', 'minerals', 'metals', 'energy', 'power', 'petroleum', 'resources', 'technologies', 'technology', 'materials', 'industries', 'systems', 'media', 'capital', 'partners']);
const ORG_HEAD = new Set(['ministry', 'department', 'office', 'bureau', 'agency', 'committee', 'council', 'commission', 'state', 'cabinet']);
const LEGAL_PREFIX = /^(Public |Private |Closed |Open )?(Joint[- ]Stock Company|Limited Liability Company|JSC|LLC|PJSC|OJSC|CJSC)\s+/;
/** A legal form after the name, dropped from the canonical as annotators mostly do ("Talco Gold LLC" → "Talco Gold"); LLP, Ltd and plc stay, as they mostly keep them. */
const LEGAL_SUFFIX = /\s+(?:JSC|LLC|PJSC|OJSC|CJSC|AG)$/;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'der', 'van', 'al', 'bin', 'da', 'du', 'la', 'on']);
const REGION_WORDS = new Set(['region', 'province', 'oblast', 'district']);
const BROAD_REGIONS = new Set(['Central Asia', 'Europe', 'Asia', 'Middle East', 'South Asia', 'East Asia', 'Southeast Asia', 'Caucasus', 'South Caucasus', 'Eurasia', 'Africa', 'Latin America', 'Arctic', 'Indo-Pacific', 'Western Europe']);
/** Capitalised words that open a sentence, not a site's name: "Several uranium mines were closed". */
const NOT_SITE_NAMES = new Set(['several', 'two', 'three', 'four', 'five', 'many', 'some', 'both', 'such', 'other', 'large', 'small', 'most', 'few', 'all', 'undeveloped', 'existing', 'major', 'key', 'big', 'main', 'those', 'its', 'their', 'each', 'every', 'any', 'no', 'one', 'chinese', 'russian', 'american', 'european', 'western', 'foreign', 'local', 'state', 'national']);
/** Lower-case words of a power plant's kind, and the words that close it ("… thermal power plant", "… wind farm"). */
const ENERGY_WORDS = new Set(['compressor', 'pumping', 'hydropower', 'hydroelectric', 'power', 'nuclear', 'thermal', 'coal-fired', 'gas-fired', 'solar', 'wind', 'combined', 'heat', 'and', 'pumped', 'storage']);
const PLANT_WORDS = new Set(['plant', 'station', 'farm']);
/** Lower-case infrastructure words after a name: "Dostyk border crossing", "Aktau seaport", "Zhetygen logistics centre". */
const INFRA_PHRASES: string[][] = [['border', 'crossing'], ['checkpoint'], ['dry', 'port'], ['seaport'], ['sea', 'port'], ['port'], ['logistics', 'centre'], ['logistics', 'center'], ['logistics', 'hub'], ['railway'], ['railroad'], ['industrial', 'park'], ['industrial', 'zone'], ['free', 'economic', 'zone'], ['special', 'economic', 'zone'], ['economic', 'zone']];
/** Capitalised words that close the name of a place of trade or transport: "… Free Economic Zone", "… Industrial Park", "… Corridor". */
/** The first words of INFRA_PHRASES: a token that may open one. */
const INFRA_FIRST = new Set(INFRA_PHRASES.map((phrase) => phrase[0] ?? ''));
const INFRA_CLOSERS = new Set(['zone', 'park', 'corridor', 'checkpoint', 'seaport']);
/** Whether a token may open power-plant or infrastructure words: an energy word, one of the infrastructure phrases, or a number joined by a hyphen ("-1"). */
const mayOpenPlantOrInfra = (t: Token): boolean => ENERGY_WORDS.has(t.key) || INFRA_FIRST.has(t.key) || t.gap === '-';
/** Words of geographic names: "Lake …", "… River", "… Pass", "… Gulf". */
const GEO_WORDS = new Set(['lake', 'river', 'mount', 'mountains', 'pass', 'valley', 'gulf', 'sea', 'ocean', 'desert', 'peninsula', 'bay', 'strait', 'basin', 'steppe', 'canal', 'plateau']);
const SITE_WORDS = new Set(['deposit', 'deposits', 'mine', 'mines', 'project', 'field', 'fields', 'pipeline', 'pipelines', 'refinery', 'terminal', 'block', 'site', 'smelter']);
export const NOT_NAMES = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'this', 'that', 'these', 'in', 'on', 'at', 'as', 'it', 'he', 'she',
  'they', 'we', 'but', 'and', 'however', 'according', 'after', 'before', 'during', 'while', 'following', 'since', 'also', 'his', 'her', 'their',
  'its', 'our', 'i', 'you', 'summit', 'meanwhile', 'additionally', 'ahead', 'last', 'earlier', 'to', 'for', 'with', 'by', 'from', 'against',
  'photo', 'file', 'related', 'read', 'more', 'said', 'says', 'new', 'why', 'what', 'how', 'when', 'who', 'where', 'major', 'current', 'given',
]);

const DOT_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'gen', 'sen', 'rep', 'prof', 'gov', 'lt', 'col']);
/** Lower-case words after which a capitalised name is an organisation: "memory maker Micron", "firm PRISM". */
const ORG_CUES = new Set(['firm', 'company', 'maker', 'manufacturer', 'producer', 'operator', 'miner', 'group', 'consultancy', 'lender', 'carrier', 'airline', 'startup', 'developer', 'conglomerate', 'giant', 'outlet', 'newspaper', 'agency', 'bank', 'fund', 'insurer', 'exchange', 'corporation', 'subsidiary', 'unit', 'trader', 'supplier', 'contractor']);
/** A space or a hyphen (with a space either side or not): what may join the words of a name. */
function isSpaceGap(g: string): boolean {
  const n = g.length;
  if (n === 1) return g === ' ' || g === '\u00a0' || g === '-';
  if (n === 2) return (g[0] === '-' && isSpace(g.charCodeAt(1))) || (g[1] === '-' && isSpace(g.charCodeAt(0)));
  return n === 3 && g[1] === '-' && isSpace(g.charCodeAt(0)) && isSpace(g.charCodeAt(2));
}
const isSpace = (c: number): boolean => c === 32 || c === 0xa0;
/** "O'Sullivan", "D'Souza": a capital O, D or L and an apostrophe open a surname. */
const irishPrefix = (pk: Token | undefined, tk: Token): boolean => (tk.gap === "'" || tk.gap === '\u2019') && tk.upper && pk !== undefined && /^[ODL]$/.test(pk.text);
/** A gap of one space (`/^[ \u00a0]$/`). */
const oneSpace = (g: string): boolean => g === ' ' || g === '\u00a0';
/** A period, maybe with one white space after it (`/^\.\s?$/`): "Dr. Smith", "J. Smith". */
const dotGap = (g: string): boolean => g === '.' || (g.length === 2 && g.charCodeAt(0) === 46 && /\s/.test(g.charAt(1)));
/** Whether the first character at or after `at` that is not white space is "(". */
function bracketNext(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && isSpaceLike(text.charCodeAt(j))) j++;
  return text.charCodeAt(j) === 40;
}
const startsWithDigit = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};

const NO_WORDS: string[] = [];

/** Lower-case words a title-case headline keeps in lower case (and the "s" of "China's"). */
const MINOR_WORDS = new Set(['s', 'a', 'an', 'the', 'of', 'on', 'in', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'vs', 'from', 'over', 'after', 'amid', 'into', 'but', 'nor', 'up']);

/**
 * Per token, 1 when it stands on a line written in title case: at least five words, no comma,
 * and every word capitalised (or a digit) but the minor words of MINOR_WORDS. Null when the text
 * has no such line (the usual case: sentences hold lower-case words, so a line is given up at its
 * first one). `text` is the tokens' text, starting at `offset`.
 */
function titleCaseLines(tokens: Token[], text: string, offset: number): Uint8Array | null {
  let out: Uint8Array | null = null;
  let k = 0;
  for (let from = 0; from < text.length && k < tokens.length; ) {
    const nl = text.indexOf('\n', from);
    const end = (nl < 0 ? text.length : nl) + offset;
    while (k < tokens.length && (tokens[k] as Token).start < from + offset) k++;
    // the line's tokens are those from k that start before its end
    let b = k;
    let title = k < tokens.length && (tokens[k] as Token).start < end && (tokens[k] as Token).upper;
    for (b = k + 1; title && b < tokens.length && (tokens[b] as Token).start < end; b++) {
      const t = tokens[b] as Token;
      if (t.gap.includes(',') || !(t.upper || startsWithDigit(t.text) || MINOR_WORDS.has(t.text))) title = false;
    }
    if (title && b - k >= 5) (out ??= new Uint8Array(tokens.length)).fill(1, k, b);
    if (nl < 0) break;
    from = nl + 1;
  }
  return out;
}

/** A name mention with every field present (one object shape for the code that reads them). */
function nameMention(type: EntityKind, canonical: string, surface: string, start: number, end: number, from: number, to: number): NameMention {
  return { type, canonical, surface, start, end, from, to, titleFrom: -1, titleWords: NO_WORDS, acronym: undefined, nameEnd: undefined };
}

/** Words that close a company's name after a known company's ("Polymetal International", "Zijin Mining Group"). */
const COMPANY_SUFFIXES = new Set(['international', 'group', 'holding', 'holdings', 'corporation', 'corp', 'limited', 'ltd', 'plc', 'inc', 'resources', 'minerals', 'metals', 'mining', 'energy', 'global']);
/** Two to five capitals ("SDI", "PJSC"). */
const isAcronym = (w: string): boolean => /^[A-Z]{2,5}$/.test(w);
/** Commodities whose capitalised name closes a company's ("Kinross Gold", "Arcadium Lithium", "Zhejiang Huayou Cobalt"). */
const COMPANY_COMMODITIES = new Set(['gold', 'silver', 'copper', 'lithium', 'cobalt', 'nickel', 'uranium', 'zinc', 'tin', 'iron', 'tungsten', 'graphite', 'manganese', 'aluminium', 'aluminum', 'platinum', 'coal']);

/**
 * Company names the gazetteer reads in parts, joined (a new list of matches when one changes):
 * - a capitalised commodity after a capitalised name the gazetteer lacks is the company's last
 *   word ("Kinross Gold", "Zhejiang Huayou Cobalt"), not a mention of the commodity;
 * - a known company followed by a country (after a hyphen only for a media outlet: not "EU-China"),
 *   an acronym or a corporate word that ends the name is a company of its own ("Vale Indonesia",
 *   "Interfax-Kazakhstan", "Samsung SDI", "Polymetal International"), keeping the known one's
 *   country and actor role.
 * Not on title-case lines, where every word is capitalised.
 */
export function joinCompanyNames(gm: GazMatch[], tokens: Token[], text: string, offset: number): GazMatch[] {
  // most chunks hold neither a capitalised commodity nor a company followed by a capitalised word
  if (!gm.some((m) => (m.entry.type === 'commodity' || m.entry.type === 'organization') && (m.entry.type === 'commodity' ? tokens[m.from]?.upper : tokens[m.to]?.upper) === true)) return gm;
  let headline: Uint8Array | null | undefined;
  const at = new Array<number>(tokens.length).fill(-1);
  gm.forEach((m, k) => {
    for (let i = m.from; i < m.to; i++) at[i] = k;
  });
  const dropped = new Set<number>();
  const added: GazMatch[] = [];
  const capital = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && t.upper && !NOT_NAMES.has(t.key) && !TITLE_WORDS.has(t.key) && !PERSON_CUES.has(t.key);
  };
  const joined = (i: number): boolean => oneSpace(tokens[i]?.gap ?? '');
  const make = (m: GazMatch | null, from: number, to: number): GazMatch => {
    const start = tokens[from]?.start ?? 0;
    const end = tokens[to - 1]?.end ?? 0;
    const surface = text.slice(start - offset, end - offset);
    const base = m?.entry;
    const entry: GazEntry = { type: 'organization', canonical: surface, resolvedId: null, country: base?.country ?? null, actorAs: base?.actorAs ?? 'self' };
    return { entry, from, to, start, end, surface };
  };
  const inHeadline = (i: number): boolean => (headline === undefined ? (headline = titleCaseLines(tokens, text, offset)) : headline) !== null && headline?.[i] === 1;
  gm.forEach((m, k) => {
    const t = tokens[m.from];
    if (!t || dropped.has(k)) return;
    if (m.entry.type === 'commodity' && m.to === m.from + 1 && t.upper && COMPANY_COMMODITIES.has(t.key) && joined(m.from)) {
      let a = m.from;
      while (a > 0 && at[a - 1] === -1 && capital(a - 1) && joined(a) && m.from - a < 3) a--;
      if (a === m.from || inHeadline(a)) return;
      // a place before the name ("Zhejiang Huayou Cobalt")
      const p = at[a - 1] ?? -1;
      const pm = gm[p];
      if (pm && pm.entry.type === 'location' && pm.to === a && pm.from === a - 1 && joined(a) && tokens[a - 1]?.upper) {
        dropped.add(p);
        a--;
      }
      dropped.add(k);
      added.push(make(null, a, m.to));
      return;
    }
    if (m.entry.type !== 'organization' || (m.entry.actorAs !== 'self' && m.entry.actorAs !== 'none') || (!joined(m.to) && !(tokens[m.to]?.gap === '-' && m.entry.actorAs === 'none'))) return;
    const b = m.to + 1;
    const next = tokens[m.to];
    const c = gm[at[m.to] ?? -1];
    const country = c !== undefined && c.entry.type === 'country' && c.from === m.to && c.to === b && c.entry.role !== 'demonym';
    if (!next || !capital(m.to) || !(country || (c === undefined && (COMPANY_SUFFIXES.has(next.key) || isAcronym(next.text))))) return;
    // the word ends the name: no capitalised word, "of" or "for" follows it
    const after = tokens[b];
    if ((after && (after.upper || after.key === 'of' || after.key === 'for') && joined(b)) || inHeadline(m.from)) return;
    for (let x = m.to; x < b; x++) if (at[x] !== -1) dropped.add(at[x] as number);
    dropped.add(k);
    added.push(make(m, m.from, b));
  });
  if (!added.length) return gm;
  return gm
    .filter((_, k) => !dropped.has(k))
    .concat(added)
    .sort((x, y) => x.from - y.from);
}

/** Capitalised runs (with lower-case connectors inside) not covered by a gazetteer match. */
export function findNames(tokens: Token[], text: string, offset: number, covered: GazMatch[]): NameMention[] {
  const out: NameMention[] = [];
  const cover = new Array<number>(tokens.length).fill(-1);
  covered.forEach((m, k) => {
    for (let i = m.from; i < m.to; i++) cover[i] = k;
  });
  const headline = titleCaseLines(tokens, text, offset);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.upper) {
      i++;
      continue;
    }
    // a headline in title case ("China's Metals Ban on US Shows Beijing Is Ready"): every word is
    // capitalised, so the shape of a run names nothing; only the gazetteer's names count there
    if (headline !== null && headline[i] === 1) {
      i++;
      continue;
    }
    // grow a run of capitalised tokens joined by spaces or hyphens, allowing connectors
    let j = i + 1;
    while (j < tokens.length) {
      const tk = tokens[j];
      const pk = tokens[j - 1];
      // "Ministry of Trade, Industry and Energy": a ministry's list of portfolios runs through its commas
      if (tk && tk.gap === ', ' && (tk.upper || tk.key === 'and') && listedPortfolio(i, j)) {
        j++;
        continue;
      }
      if (!tk || !(isSpaceGap(tk.gap) || (dotGap(tk.gap) && pk !== undefined && (/^[A-Z]$/.test(pk.text) || DOT_TITLES.has(pk.key))) || irishPrefix(pk, tk))) break;
      if (tk.upper || startsWithDigit(tk.text)) {
        j++;
        continue;
      }
      if (CONNECTORS.has(tk.key)) {
        // "chairman Askhat Khassenov and Eni CEO Claudio Descalzi": a name, "and", then another titled person
        if (tk.key === 'and' && !TITLE_WORDS.has(pk?.key ?? '') && titleAhead(j + 1)) break;
        // "of", "of the", "and the" between capitalised words
        let k = j + 1;
        if (tk.key === 'of' && tok(k)?.key === 'the' && isSpaceGap(tok(k)?.gap ?? '')) k++;
        if (tok(k)?.upper && isSpaceGap(tok(k)?.gap ?? '') && !NOT_NAMES.has(tok(k)?.key ?? '')) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    classify(i, j);
    i = j;
  }
  return out;

  /** The token at i, or undefined outside the array (no out-of-bounds reads, which deoptimise). */
  function tok(i: number): Token | undefined {
    return i >= 0 && i < tokens.length ? tokens[i] : undefined;
  }

  /**
   * Whether the comma before token j continues the name opened at i: the name is "Ministry of …"
   * (or Department, Office, Agency) and capitalised words from j reach "and" and one more
   * capitalised word before any other punctuation.
   */
  function listedPortfolio(i: number, j: number): boolean {
    let h = tokens[i]?.key === 'the' ? i + 1 : i;
    // "the Kyrgyz Ministry of …": a state's name or adjective may stand before the ministry
    if (cover[h] !== -1 && ORG_HEAD.has(tokens[h + 1]?.key ?? '')) h++;
    if (!ORG_HEAD.has(tokens[h]?.key ?? '') || tokens[h + 1]?.key !== 'of') return false;
    for (let k = j; k < tokens.length && k < j + 8; k++) {
      const t = tokens[k];
      if (!t || (k > j && !isSpaceGap(t.gap) && t.gap !== ', ')) return false;
      if (t.key === 'and') return tok(k + 1)?.upper === true && isSpaceGap(tok(k + 1)?.gap ?? '') && cover[k + 1] === -1;
      if (!t.upper || cover[k] !== -1) return false;
    }
    return false;
  }

  /** Where a name that token i opens starts when capitalised words joined to it by dashes stand before it ("Baku–Tbilisi–Ceyhan"). */
  function dashedStart(i: number): number {
    let a = i;
    while (a > 0 && /^ ?[–—-] ?$/.test(t0gap(a)) && tokens[a - 1]?.upper && !NOT_NAMES.has(tokens[a - 1]?.key ?? '')) a--;
    return a;
  }

  /**
   * The end (exclusive token index) of lower-case infrastructure or power-plant words from k
   * ("border crossing", "hydropower plant", "combined heat and power plant", "wind farm"), or k
   * when none follow.
   */
  function plantOrInfraEnd(k: number): number {
    const infra = infraEnd(k);
    if (infra > k) return infra;
    let energy = false;
    // a number joined by a hyphen belongs to the name ("Kambarata-1", "Dushanbe-2")
    const from = tokens[k]?.gap === '-' && /^\d+$/.test(tokens[k]?.text ?? '') ? k + 1 : k;
    for (let x = from; x < from + 5 && x < tokens.length; x++) {
      const t = tokens[x];
      if (!t || t.upper || !oneSpace(t.gap)) return k;
      if (PLANT_WORDS.has(t.key)) return energy ? x + 1 : k;
      if (!ENERGY_WORDS.has(t.key)) return k;
      energy = true;
    }
    return k;
  }

  /** The end of lower-case infrastructure words from k ("border crossing", "dry port", "logistics centre"), or k. */
  function infraEnd(k: number): number {
    for (const phrase of INFRA_PHRASES) {
      let x = k;
      for (const w of phrase) {
        const t = tokens[x];
        if (!t || t.upper || t.key !== w || !oneSpace(t.gap)) break;
        x++;
      }
      if (x - k === phrase.length) return x;
    }
    return k;
  }

  /** Whether a person's title word stands within the three tokens from k. */
  function titleAhead(k: number): boolean {
    for (let x = k; x < k + 3 && x < tokens.length; x++) if (PERSON_CUES.has(tokens[x]?.key ?? '')) return true;
    return false;
  }

  /** The first token in [from, to) that may open a site's name, or `to`. */
  function siteStart(from: number, to: number): number {
    let a = from;
    while (a < to && !siteWord(a)) a++;
    return a;
  }

  /** Whether token i may open a site's name: not a function word, and no gazetteer name other than a place's ("Balkhash East deposit"). */
  function siteWord(i: number): boolean {
    if (NOT_NAMES.has(tokens[i]?.key ?? '') || NOT_SITE_NAMES.has(tokens[i]?.key ?? '') || startsWithDigit(tokens[i]?.text ?? '')) return false;
    const c = cover[i] ?? -1;
    return c === -1 || covered[c]?.entry.type === 'location';
  }

  function t0gap(i: number): string {
    return tokens[i]?.gap ?? '';
  }

  function classify(from: number, to: number): void {
    // a run of gazetteer names and function words ("The", "China") adds nothing unless a site or
    // region word follows it (the cases below that can use such tokens)
    const next = tok(to);
    if (!next || (!SITE_WORDS.has(next.key) && !REGION_WORDS.has(next.key) && (!mayOpenPlantOrInfra(next) || plantOrInfraEnd(to) === to))) {
      let x = from;
      while (x < to && (cover[x] !== -1 || NOT_NAMES.has(tokens[x]?.key ?? ''))) x++;
      if (x >= to) return;
    }
    const run = tokens.slice(from, to);
    const keys = run.map((t) => t.key);
    const after = tok(to);
    const afterGap = after?.gap ?? '';
    const surfaceOf = (a: number, b: number): string => text.slice((tokens[a]?.start ?? 0) - offset, (tokens[b - 1]?.end ?? 0) - offset);
    const mk = (type: EntityKind, a: number, b: number, canonical?: string): NameMention => {
      const surface = surfaceOf(a, b);
      const m = nameMention(type, canonical ?? surface, surface, tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0, a, b);
      const acr = bracketNext(text, m.end - offset) ? /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(m.end - offset, m.end - offset + 12)) : null;
      if (acr?.[1]) m.acronym = acr[1];
      return m;
    };
    // "the Upper Kairakty and Northern Katpar tungsten deposits", "Zhana Kazakhstan rare earth
    // deposit": a commodity between the name and the site word; each name is the site's
    // ("Upper Kairakty deposit"), its mention the name alone (the commodity keeps its own)
    const cm = after && oneSpace(afterGap) ? covered[cover[to] ?? -1] : undefined;
    const siteTok = cm && cm.entry.type === 'commodity' && cm.from === to ? tok(cm.to) : undefined;
    if (siteTok && SITE_WORDS.has(siteTok.key) && !siteTok.upper && oneSpace(siteTok.gap)) {
      const a = siteStart(from, to);
      if (a < to) {
        const site = siteTok.text.replace(/s$/, '');
        // plural site words may follow two names: "X and Y deposits"
        const parts: [number, number][] = [];
        let p = a;
        for (let x = a; x < to; x++) {
          if (tokens[x]?.key === 'and' && siteTok.key.endsWith('s') && x > p) {
            parts.push([p, x]);
            p = x + 1;
          }
        }
        parts.push([p, to]);
        for (const [pa, pb] of parts) if (pb > pa) out.push(nameMention('location', `${surfaceOf(pa, pb)} ${site}`, surfaceOf(pa, pb), tokens[pa]?.start ?? 0, tokens[pb - 1]?.end ?? 0, pa, pb));
        // one site ("the Raygorodok gold deposit"): its name as written runs to the site word
        const last = out[out.length - 1];
        if (parts.length === 1 && last) last.nameEnd = siteTok.end;
        return;
      }
    }
    // deposits, mines, projects
    if (after && SITE_WORDS.has(after.key) && oneSpace(afterGap)) {
      const a0 = siteStart(from, to);
      // a name joined by dashes to the words before it is read whole ("Baku–Tbilisi–Ceyhan pipeline")
      const a = a0 === from ? dashedStart(a0) : a0;
      if (a < to) {
        const site = after.text.replace(/s$/, '');
        const surface = text.slice((tokens[a]?.start ?? 0) - offset, after.end - offset);
        out.push(nameMention('location', `${surfaceOf(a, to)} ${site}`, surface, tokens[a]?.start ?? 0, after.end, a, to + 1));
        return;
      }
    }
    // "Lake Balkhash", "Vakhsh River", "Torugart Pass": a geographic word opening or closing the run
    if (to - from >= 2 && (GEO_WORDS.has(keys[0] ?? '') || GEO_WORDS.has(keys[keys.length - 1] ?? '')) && !NOT_NAMES.has(keys[0] ?? '')) {
      out.push(nameMention('location', surfaceOf(from, to), surfaceOf(from, to), tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0, from, to));
      return;
    }
    // "Stibnite Gold Project", "Kumtor Mine": a site word closing the run names the site
    const lastKey = keys[keys.length - 1] ?? '';
    if (to - from >= 2 && to - from <= 5 && (SITE_WORDS.has(lastKey) || INFRA_CLOSERS.has(lastKey)) && tokens[to - 1]?.upper) {
      const a0 = siteStart(from, to - 1);
      const a = a0 === from ? dashedStart(a0) : a0;
      if (a < to - 1 && to - a <= 4 && !keys.slice(Math.max(0, a - from)).some((k) => CONNECTORS.has(k))) {
        out.push(nameMention('location', surfaceOf(a, to), surfaceOf(a, to), tokens[a]?.start ?? 0, tokens[to - 1]?.end ?? 0, a, to));
        return;
      }
    }
    // "Kambarata-1 hydropower plant", "Aktau seaport", "Dostyk border crossing": a plant or a place of transport after its name
    const placeEnd = next && mayOpenPlantOrInfra(next) ? plantOrInfraEnd(to) : to;
    if (placeEnd > to && !GEO_WORDS.has(lastKey)) {
      const a0 = siteStart(from, to);
      const a = a0 === from ? dashedStart(a0) : a0;
      if (a < to && !keys.slice(Math.max(0, a - from)).some((k) => CONNECTORS.has(k))) {
        const surface = text.slice((tokens[a]?.start ?? 0) - offset, (tokens[placeEnd - 1]?.end ?? 0) - offset);
        out.push(nameMention('location', surface, surface, tokens[a]?.start ?? 0, tokens[placeEnd - 1]?.end ?? 0, a, placeEnd));
        return;
      }
    }
    // "Karaganda region", "Turkestan region": a named region of a country
    if (after && REGION_WORDS.has(after.key) && oneSpace(afterGap) && to - from <= 3) {
      const ok = run.every((_, x) => {
        const c = cover[from + x] ?? -1;
        if (c === -1) return !NOT_NAMES.has(keys[x] ?? '');
        const g = covered[c];
        return g !== undefined && (g.entry.type === 'location' || g.entry.role === 'capital') && !BROAD_REGIONS.has(g.entry.canonical);
      });
      if (ok) {
        const surface = text.slice((tokens[from]?.start ?? 0) - offset, after.end - offset);
        out.push(nameMention('location', surface, surface, tokens[from]?.start ?? 0, after.end, from, to + 1));
        return;
      }
    }
    // a run fully inside gazetteer matches adds nothing, except as a title before a name
    // organisations: "Ministry of …", or a run containing an organisation word
    const firstFree = (() => {
      let a = from;
      while (a < to && (cover[a] !== -1 || NOT_NAMES.has(tokens[a]?.key ?? '') || startsWithDigit(tokens[a]?.text ?? ''))) a++;
      return a;
    })();
    if (firstFree >= to) return;
    // a country or place written before the name belongs to it: "Azerbaijan Airlines", "U.S. Department …"
    let orgStart = firstFree;
    const pc = cover[firstFree - 1] ?? -1;
    const pm = pc === -1 ? undefined : covered[pc];
    // a known company's name opening a longer one ("Hyundai Rotem"), not a known body before an organisation word ("U.S. Treasury Department")
    const knownFirst = pm?.entry.type === 'organization' && !ORG_HEAD.has(keys[firstFree - from] ?? '');
    if (firstFree > from && pm && (pm.entry.type === 'country' || pm.entry.type === 'location' || knownFirst) && oneSpace(t0gap(firstFree))) orgStart = pm.from;
    // "Kazakhstan–Korea Business Forum", "Turkmen-Turkish Intergovernmental Commission": the names joined by dashes open it
    if (orgStart === from || (pm && orgStart === pm.from)) orgStart = dashedStart(orgStart);
    const orgHead = ORG_HEAD.has(keys[firstFree - from] ?? '') && tok(firstFree + 1)?.key === 'of';
    const orgWordAt = keys.findIndex((k, x) => x + from >= firstFree && ORG_WORDS.has(k) && cover[x + from] === -1);
    const titleInRun = keys.slice(firstFree - from).some((k) => PERSON_CUES.has(k) && !ORG_WORDS.has(k));
    if (orgHead || (orgWordAt >= 0 && to - orgStart >= 2 && !titleInRun)) {
      const a = orgStart;
      const surface = surfaceOf(a, to);
      if (cover.slice(a, to).every((c) => c !== -1)) return;
      // "Tolubay Bank and Eurasian Savings Bank": two organisations
      const ministry = ORG_HEAD.has(keys[a - from] ?? '') && keys[a - from + 1] === 'of';
      const knownLast = (cover[to - 1] ?? -1) !== -1 && covered[cover[to - 1] ?? -1]?.entry.type === 'organization';
      // the second name may also be a short one of its own ("Abu Dhabi Commercial Bank and Natixis")
      const and = ministry ? -1 : keys.findIndex((k, x) => k === 'and' && x + from > a && ORG_WORDS.has(keys[x - 1] ?? '') && !(BUSINESS_WORDS.has(keys[x - 1] ?? '') && !knownLast) && (ORG_WORDS.has(keys[to - 1 - from] ?? '') || knownLast || to - from - x <= 2));
      if (and > 0) {
        out.push(mk('organization', a, from + and));
        // a known organisation after "and" keeps its gazetteer mention
        const right = covered[cover[from + and + 1] ?? -1];
        if (!(right && right.from === from + and + 1 && right.to === to)) out.push(mk('organization', from + and + 1, to));
        return;
      }
      const canonical = surface.replace(LEGAL_PREFIX, '').replace(/^The\s+/, '').replace(LEGAL_SUFFIX, '');
      out.push(mk('organization', a, to, canonical));
      return;
    }
    // a name right after an organisation noun: "memory maker Micron", "firm PRISM"
    const cueTok = tok(firstFree - 1);
    if (firstFree === from && cueTok && !cueTok.upper && ORG_CUES.has(cueTok.key) && oneSpace(t0gap(firstFree)) && to - firstFree <= 4) {
      out.push(mk('organization', firstFree, to));
      return;
    }
    // persons: trailing name tokens after title words
    let nameFrom = to;
    while (nameFrom > from && !TITLE_WORDS.has(keys[nameFrom - 1 - from] ?? '') && cover[nameFrom - 1] === -1 && !NOT_NAMES.has(keys[nameFrom - 1 - from] ?? '')) nameFrom--;
    const nameLen = to - nameFrom;
    if (nameLen < 1 || nameLen > 4) return;
    const prev = tok(nameFrom - 1);
    const titled = nameFrom > from && run.slice(0, nameFrom - from).some((t) => PERSON_CUES.has(t.key));
    // "Chairman of the Halk Maslahaty", "Speaker of the Senate": what a title is "of the" is a body, not a person
    if (titled && prev?.key === 'the' && tok(nameFrom - 2)?.key === 'of') {
      out.push(mk('organization', nameFrom, to));
      return;
    }
    const lowerCue = prev && !prev.upper && PERSON_CUES.has(prev.key) && nameFrom === from;
    const partyTag = (): boolean => /^\s*\((?:[RDI]-[A-Z]{2}|[RDI]\.?)\)/.test(text.slice((tokens[to - 1]?.end ?? 0) - offset, (tokens[to - 1]?.end ?? 0) - offset + 8));
    const saidAfter = after && (after.key === 'said' || after.key === 'says' || after.key === 'told') && /^[ ,]+$/.test(afterGap);
    const saidBefore = prev && (prev.key === 'said' || prev.key === 'says') && nameFrom === from;
    const apposition = (): boolean => /^,\s+(?:a|an|the|who|founder|head|director|chief|senior|managing|analyst|partner|expert|chairman|chairwoman|president|ceo|minister|secretary|governor|spokesman|spokeswoman|spokesperson|deputy)\b/.test(text.slice((tokens[to - 1]?.end ?? 0) - offset, (tokens[to - 1]?.end ?? 0) - offset + 20));
    if (nameLen >= 2 && (titled || lowerCue || saidAfter || saidBefore || partyTag() || apposition())) {
      const m = mk('person', nameFrom, to);
      if (titled) {
        m.titleFrom = from;
        m.titleWords = keys.slice(0, nameFrom - from);
      }
      out.push(m);
      return;
    }
    // "in Cupertino", "near Lubumbashi": an unknown name of one or two words after "in" or "near" is a place
    if (nameFrom === from && nameLen <= 2 && prev && !prev.upper && (prev.key === 'in' || prev.key === 'near') && isSpaceGap(tokens[from]?.gap ?? '') && !keys.some((k) => ORG_WORDS.has(k))) {
      out.push(mk('location', from, to));
    }
  }
}
