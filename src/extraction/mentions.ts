import type { Mention } from './events.js';
import { matchGazetteer, type GazEntry, type GazMatch, type Gazetteer } from './gazetteer.js';
import { findNames, joinCompanyNames, NOT_NAMES, TITLE_WORDS, type NameMention } from './names.js';
import { tokenize, type Token } from './tokens.js';

/**
 * Mentions: every gazetteer match and name found by shape, as the entity and event rules see them
 * (type, canonical name, the actors it stands for, whether it is a place), with in-document
 * coreference (a later surname or acronym is the earlier full name). Built chunk by chunk
 * (paragraph boundaries, ~64 KB): each chunk's mentions, in text order, with the chunk's end; the
 * caller uses them and lets them go, so memory stays flat on huge inputs. Coreference carries over.
 */
export function* mentionChunks(body: string, gaz: Gazetteer): Generator<{ end: number; mentions: FullMention[] }> {
  const coref: Coref = { surnames: new Map(), acronyms: new Map() };
  for (const [cs, ce] of chunks(body, CHUNK)) {
    const chunk = body.slice(cs, ce);
    const tokens = tokenize(chunk, cs);
    const gm = joinCompanyNames(matchGazetteer(gaz, tokens, chunk, cs), tokens, chunk, cs);
    const names = findNames(tokens, chunk, cs, gm);
    yield { end: ce, mentions: buildMentions(body, gm, names, tokens, coref) };
  }
}

/** Every mention of `body` (the chunks' mentions joined). */
export function collectMentions(body: string, gaz: Gazetteer): FullMention[] {
  const out: FullMention[] = [];
  for (const c of mentionChunks(body, gaz)) for (const m of c.mentions) out.push(m);
  return out;
}

const PLACE_BEFORE = /\b(in|at|near|outside|capital( of)?|visited|left|(?:travel\w*|trip|visits?|flew|fly|head(?:ed|s|ing)?|returned) to)\s+$/i;

export interface FullMention extends Mention {
  confidence: number;
  resolvedId: string | null;
  /** Surface of the country named in a title ("Kazakh" of "Kazakh President …"). */
  stateSurface?: string;
  /** Where the name as written ends when it runs past the mention ("Raygorodok gold deposit" of the site "Raygorodok deposit"). */
  nameEnd?: number;
}

/** The Central Asian Five (ISO3). */
export const C5 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];

/** Every mention with the same fields in the same order, so the code reading them sees one object shape. */
export function makeMention(m: FullMention): FullMention {
  return {
    type: m.type,
    canonical: m.canonical,
    surface: m.surface,
    start: m.start,
    end: m.end,
    actors: m.actors,
    place: m.place,
    specific: m.specific,
    group: m.group,
    country: m.country,
    demonym: m.demonym,
    stateSurface: m.stateSurface,
    confidence: m.confidence,
    resolvedId: m.resolvedId,
    nameEnd: m.nameEnd,
  };
}

function actorsOf(e: GazEntry, surface: string): string[] {
  switch (e.actorAs) {
    case 'state':
      return e.country ? [e.country] : [e.canonical];
    case 'eu':
      return ['European Union'];
    case 'none':
      return [];
    case 'members':
      return /\b(Five|C-?5|countries|states|republics|nations|leaders)\b/.test(surface) ? (e.members ?? C5) : ['Central Asia'];
    default:
      return e.type === 'commodity' ? [] : [e.canonical];
  }
}

/** Whether `s` is written in capitals (unchanged by toUpperCase); a lower-case second letter settles it cheaply. */
function allCaps(s: string): boolean {
  const c = s.charCodeAt(1);
  if (c >= 97 && c <= 122) return false;
  return s === s.toUpperCase();
}

function titleCase(s: string): string {
  // ASCII (the usual case) without a pattern: each run of letters keeps its first one as written
  if (!/[^ -~]/.test(s)) {
    let out = '';
    let inWord = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      out += letter && inWord && c <= 90 ? String.fromCharCode(c + 32) : s[i];
      inWord = letter;
    }
    return out;
  }
  return s.replace(/\p{L}+/gu, (w) => (w[0] ?? '') + w.slice(1).toLowerCase());
}

/** Whether `before` ends inside a job title (TITLE_FOR; its " for " or " to " is looked for first). */
const inTitle = (before: string): boolean => (before.includes(' for ') || before.includes(' to ')) && TITLE_FOR.test(before);
const TITLE_FOR = /\b(Minister|Secretary|Commissioner|Envoy|Representative|Ambassador|Director|Adviser)( of State)? (for|to) ([A-Z][\w-]*,? (and )?)*$/;
const ALLOY_AFTER = /^(-[a-z]+)* alloys?\b|^-[a-z]+\b|^( [a-z]+){0,2} (smelting|processing|extraction) technolog/;
/** ALLOY_AFTER at `at`, tried only when a hyphen follows, or a space and then "alloy" or, within 40 characters, "technolog". */
function alloyAfter(body: string, at: number): boolean {
  const c = body.charCodeAt(at);
  if (c !== 45 && c !== 32) return false;
  const after = body.slice(at, at + 40);
  return (c === 45 || after.startsWith(' alloy') || after.includes('technolog')) && ALLOY_AFTER.test(after);
}
/** Title words of state officials, and those that make a titled person no official (legislators, executives). */
const STATE_ROLES = new Set(['president', 'minister', 'secretary', 'ambassador', 'envoy', 'chancellor', 'premier', 'king', 'emir', 'deputy', 'governor', 'aide', 'adviser', 'advisor']);
const NOT_STATE_ROLES = new Set(['senator', 'senators', 'sen', 'representative', 'representatives', 'rep', 'reps', 'chairman', 'chairwoman', 'ceo', 'founder', 'director', 'executive', 'analyst']);
const CHUNK = 1 << 16;

/** [start, end) ranges of about `size` characters, cut after a line break. */
function chunks(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  while (s < text.length) {
    let e = s + size;
    if (e >= text.length) e = text.length;
    else {
      const nl = text.indexOf('\n', e);
      e = nl < 0 ? text.length : nl + 1;
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

export interface Coref {
  surnames: Map<string, FullMention>;
  acronyms: Map<string, FullMention>;
}

/** Text order of mentions: by start, the longer first. */
const byPosition = (a: FullMention, b: FullMention): number => a.start - b.start || b.end - a.end;

/**
 * `xs` sorted by position, stably, given that each run [bounds[k], bounds[k + 1]) is already in
 * order: a merge that takes the earlier run first on ties, which is what a stable sort gives. A run
 * out of order falls back to the sort.
 */
function mergeRuns(xs: FullMention[], bounds: number[]): FullMention[] {
  for (let k = 0; k + 1 < bounds.length; k++) {
    for (let i = (bounds[k] as number) + 1; i < (bounds[k + 1] as number); i++) {
      if (byPosition(xs[i - 1] as FullMention, xs[i] as FullMention) > 0) return xs.slice().sort(byPosition);
    }
  }
  const heads = bounds.slice(0, -1);
  const out: FullMention[] = [];
  for (;;) {
    let best = -1;
    for (let k = 0; k < heads.length; k++) {
      if ((heads[k] as number) >= (bounds[k + 1] as number)) continue;
      if (best < 0 || byPosition(xs[heads[k] as number] as FullMention, xs[heads[best] as number] as FullMention) < 0) best = k;
    }
    if (best < 0) return out;
    out.push(xs[heads[best] as number] as FullMention);
    heads[best] = (heads[best] as number) + 1;
  }
}

/** A currency word right after a country's name or demonym. */
const CURRENCY_AFTER = /^\$|^ (?:dollars?|yuan|renminbi|rubles?|roubles?|tenge|soums?|euros?|pounds?|yen|won|rupees?|riyals?|dirhams?|lira)\b/i;

/** Whether the token before `i` is a capitalised word, joined by one space, that no gazetteer entry covers, no title holds and no sentence opens with. */
function otherFirstName(tokens: ReturnType<typeof tokenize>, i: number, cover: (GazMatch | undefined)[]): boolean {
  const p = tokens[i - 1];
  return p !== undefined && p.upper && !cover[i - 1] && tokens[i]?.gap === ' ' && !TITLE_WORDS.has(p.key) && !NOT_NAMES.has(p.key) && !OPENERS.has(p.key);
}

/** Capitalised words that open a sentence before a name ("When Putin visited …", "If Tokayev …"), beyond NOT_NAMES: no first names. */
const OPENERS = new Set(['if', 'once', 'then', 'yet', 'so', 'both', 'under', 'although', 'though', 'because', 'until', 'today', 'yesterday', 'later', 'unlike', 'like', 'even', 'only', 'now', 'there', 'here', 'whether', 'instead', 'still']);

/**
 * The country match that ends right before token `at`, directly ("Kazakh Senate", "Tokyo,") or
 * through an apostrophe-s ("Japan's Chief Cabinet Secretary"), and whether through the latter.
 */
function countryBefore(tokens: Token[], cover: (GazMatch | undefined)[], at: number): { g: GazMatch; possessive: boolean } | undefined {
  const possessive = tokens[at - 1]?.key === 's' && /^[’']$/.test(tokens[at - 1]?.gap ?? '');
  const end = possessive ? at - 1 : at;
  const g = cover[end - 1];
  return g && g.entry.type === 'country' && g.to === end ? { g, possessive } : undefined;
}

/**
 * The state (a gazetteer country or capital) that stands right before a title at token `at`: a
 * possessive ("Japan's Chief Cabinet Secretary") or an opening "In <capital>," ("In Tokyo,
 * Industry Minister"); undefined otherwise.
 */
function stateBeforeTitle(tokens: Token[], cover: (GazMatch | undefined)[], at: number): GazMatch | undefined {
  const c = countryBefore(tokens, cover, at);
  if (c?.possessive) return c.g.entry.role !== 'demonym' ? c.g : undefined;
  if (!c || c.g.entry.role !== 'capital' || c.g.from !== at - 1 || tokens[at]?.gap !== ', ') return undefined;
  return tokens[at - 2]?.key === 'in' ? c.g : undefined;
}

/** The state other than the US named just before "Senate" ("Kazakh Senate", "Kazakhstan's Senate"), or undefined. */
function stateBeforeSenate(tokens: Token[], cover: (GazMatch | undefined)[], at: number): GazMatch | undefined {
  const c = countryBefore(tokens, cover, at);
  return c && c.g.entry.canonical !== 'USA' ? c.g : undefined;
}

/** Regions too wide to be an event's location when a more specific place is named. */
const WIDE_REGIONS = new Set(['Central Asia', 'Europe', 'Asia', 'Middle East', 'Eurasia', 'Africa', 'Caucasus']);

function buildMentions(body: string, gm: GazMatch[], names: NameMention[], tokens: ReturnType<typeof tokenize>, coref: Coref): FullMention[] {
  const out: FullMention[] = [];
  // names that start on a gazetteer-covered token replace it ("U.S. Department of …")
  // token index → the gazetteer match / name covering it
  const cover: (GazMatch | undefined)[] = new Array<GazMatch | undefined>(tokens.length);
  for (const g of gm) for (let i = g.from; i < g.to; i++) cover[i] = g;
  const nameAt: (NameMention | undefined)[] = new Array<NameMention | undefined>(tokens.length);
  for (const n of names) for (let i = n.from; i < n.to; i++) nameAt[i] = n;
  for (const g of gm) {
    const n = nameAt[g.from];
    if (n && n.from <= g.from && g.to <= n.to && n.type !== 'person') continue;
    if (n && n.from === g.from && n.to > g.to) continue;
    const e = g.entry;
    // "4.5 billion US dollars", "Chinese yuan": a currency, not the state
    if (e.type === 'country' && CURRENCY_AFTER.test(body.slice(g.end, g.end + 10))) continue;
    // "Dilshod Karimov": a first name the gazetteer lacks before a known person's surname names someone else
    if (e.role === 'surname' && ((n && n.type === 'person' && n.from < g.from) || otherFirstName(tokens, g.from, cover))) continue;
    let type = e.type;
    let canonical = e.canonical;
    let place = e.type === 'location' || e.type === 'country';
    let specific = e.type === 'location' && !WIDE_REGIONS.has(e.canonical);
    let actors = actorsOf(e, g.surface);
    let capitalOf: string | undefined;
    // words inside a job title are not places ("Minister of State for Europe, North America …")
    if (e.type === 'location' && inTitle(body.slice(Math.max(0, g.start - 60), g.start))) continue;
    // metals inside an alloy or technology name ("samarium-cobalt alloys", "gold antimony smelting technology")
    if (e.type === 'commodity' && (body.charCodeAt(g.start - 1) === 45 || alloyAfter(body, g.end))) continue;
    if (e.role === 'capital') {
      const before = body.slice(Math.max(0, g.start - 16), g.start);
      const after = body.slice(g.end, g.end + 8);
      const lineStart = g.start === 0 || body[g.start - 1] === '\n';
      const dateline = lineStart && /^\s*(\(|,|—|–|-\s)/.test(after);
      if (PLACE_BEFORE.test(before) || dateline || /^-(based|listed|headquartered)/.test(after)) {
        type = 'location';
        canonical = allCaps(g.surface) ? titleCase(g.surface) : g.surface;
        if (e.type === 'organization') canonical = g.surface;
        capitalOf = e.type === 'country' ? e.canonical : undefined;
        actors = [];
        place = true;
        specific = true;
      }
    }
    if (e.type === 'location' && g.surface.length > 3 && allCaps(g.surface)) canonical = e.canonical;
    // "the Kazakh Senate", "Kazakhstan's Senate": another state's senate, not the US one
    const state = e.canonical === 'United States Senate' && g.surface === 'Senate' ? stateBeforeSenate(tokens, cover, g.from) : undefined;
    if (state) {
      canonical = state.entry.role === 'demonym' ? `${state.surface} Senate` : `Senate of ${state.surface}`;
      actors = [state.entry.canonical];
    }
    const group = type === 'location' && (e.actorAs === 'members' || e.canonical === 'Central Asia');
    if (type === 'location' && !group) actors = [];
    out.push(makeMention({ type, canonical, surface: g.surface, start: g.start, end: g.end, actors, place, specific, confidence: 0.9, resolvedId: e.resolvedId, group, demonym: e.role === 'demonym', country: capitalOf }));
  }
  // names found by shape, with their title's state
  const gazEnd = out.length;
  const { surnames, acronyms } = coref;
  for (const n of names) {
    let actors: string[] = [n.canonical];
    let stateSurface: string | undefined;
    if (n.type === 'person' && n.titleFrom >= 0) {
      const stateRole = n.titleWords.some((w) => STATE_ROLES.has(w) || (w.startsWith('spokes') && /^spokes\w*$/.test(w)));
      const legislator = n.titleWords.some((w) => NOT_STATE_ROLES.has(w) || (w.startsWith('congress') && /^congress\w*$/.test(w)));
      if (stateRole && !legislator) {
        for (let i = n.titleFrom; i < n.from; i++) {
          const g = cover[i];
          if (g && g.entry.type === 'country') {
            actors = [g.entry.canonical];
            stateSurface = g.surface;
            break;
          }
        }
      }
      // "EU Commissioner for Trade …", "EU foreign policy chief …": an official of the European Union (GUIDELINES "actors")
      if (!legislator && actors[0] === n.canonical && (stateRole || n.titleWords.includes('commissioner'))) {
        for (let i = Math.max(0, n.titleFrom - 1); i < n.from; i++) if (cover[i]?.entry.actorAs === 'eu' || cover[i]?.entry.canonical === 'European Union') actors = ['European Union'];
      }
      if (stateRole && !legislator) {
        // a state just before the title: "Japan's Chief Cabinet Secretary …", "In Tokyo, Industry Minister …"
        const g = actors[0] === n.canonical ? stateBeforeTitle(tokens, cover, n.titleFrom) : undefined;
        if (g) {
          actors = [g.entry.canonical];
          stateSurface = g.surface;
        }
      }
    }
    if (n.type === 'location' || n.type === 'organization') {
      if (n.type === 'organization' && /^(Ministry|Department|Office|Agency|Bureau|Committee|State)\b/.test(n.canonical.replace(/^(U\.S\.|US|United States)\s+/, ''))) {
        // a ministry acts for the state its name or the text before it names
        const g = cover[n.from - 1] ?? cover[n.from] ?? cover[n.from - 2];
        if (g && g.entry.type === 'country') actors = [g.entry.canonical];
      }
    }
    const m = makeMention({ type: n.type, canonical: n.canonical, surface: n.surface, start: n.start, end: n.end, actors: n.type === 'location' ? [] : actors, place: n.type === 'location', specific: n.type === 'location', confidence: 0.6, resolvedId: null, stateSurface, nameEnd: n.nameEnd });
    out.push(m);
    if (n.type === 'person') {
      const parts = n.canonical.split(/\s+/);
      const last = parts[parts.length - 1];
      if (last) surnames.set(last, m);
    }
    if (n.acronym) acronyms.set(n.acronym, m);
  }
  // later mentions of a surname or acronym: coreference to the full name
  const namesEnd = out.length;
  for (let ti = 0; ti < tokens.length; ti++) {
    const t = tokens[ti];
    if (!t || !t.upper || cover[ti] || nameAt[ti]) continue;
    const ref = surnames.get(t.text) ?? acronyms.get(t.text);
    if (!ref || t.start <= ref.start) continue;
    out.push(makeMention({ ...ref, surface: t.text, start: t.start, end: t.end, confidence: 0.5 }));
  }
  // in text order (longer first at one start): the three runs are each in order, so they are merged
  const ordered = mergeRuns(out, [0, gazEnd, namesEnd, out.length]);
  // drop mentions nested in an earlier longer one
  const res: FullMention[] = [];
  let reach = -1;
  for (const m of ordered) {
    if (m.start < reach) continue;
    res.push(m);
    reach = m.end;
  }
  return res;
}
