import { parseAnchor } from './dates.js';
import { detectEvents, type EventContext, type Mention, type SentenceInput } from './events.js';
import { buildGazetteer, matchGazetteer, type GazEntry, type GazMatch, type Gazetteer } from './gazetteer.js';
import { findMoney, type Money } from './money.js';
import { findNames, type NameMention } from './names.js';
import { splitSentences } from './sentences.js';
import { datelineShape, datelineStarts, tokenize } from './tokens.js';
import type { ArticleHeader, ExtractedEntity, ExtractedEvent, Extraction } from './types.js';

/**
 * The extractor: one article in, entities and events with evidence out. Pure, deterministic and
 * offline; linear in the input (one tokenisation, one gazetteer pass, one pass per sentence).
 */

/** Splits the `URL:`/`TITLE:`/`DATE:` header from the body; stray header lines are tolerated. */
export function parseArticle(text: string): { header: ArticleHeader; body: string; bodyOffset: number } {
  const header: ArticleHeader = { url: null, title: null, date: null };
  let pos = 0;
  if (text.charCodeAt(0) === 0xfeff) pos = 1;
  let sawHeader = false;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    const m = /^([A-Z][A-Z_ -]{1,20}):\s?(.*)$/.exec(line.replace(/\r$/, ''));
    if (!m) break;
    const key = (m[1] ?? '').trim();
    const value = (m[2] ?? '').trim();
    if (key === 'URL') header.url = value || null;
    else if (key === 'TITLE') header.title = value || null;
    else if (key === 'DATE') {
      const d = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value);
      header.date = d?.[1] ?? null;
    } else if (!sawHeader) break;
    sawHeader = true;
    if (nl < 0) {
      pos = text.length;
      break;
    }
    pos = nl + 1;
  }
  if (!sawHeader) pos = 0;
  return { header, body: text.slice(pos), bodyOffset: pos };
}

let defaultGaz: Gazetteer | null = null;

export interface ExtractOptions {
  id: string;
  /** Publication date YYYY-MM-DD (or YYYY-MM) when the text has no DATE header. */
  date?: string;
  gazetteer?: Gazetteer;
}

const BOILERPLATE = /^\s*(by |photo|image|credit|related|read more|see also|follow us|subscribe|share this|advertisement|copyright|©|all rights reserved|\(reuters file\)|file photo)/i;
const RELATED = /^[ \t]*(related articles?|related news|related stories|related|read also|read more|see also|more on this|recommended|you may also like)[ \t]*:?[ \t]*$/im;
/** Site metadata lines: "source:", "author:", "Release time:2025-11-14". */
const META_LINE = /^[^\s:]{0,12}(\s[^\s:]+)?:\s*\S{0,24}$/;
const normalizeSpace = (x: string): string => x.replace(/\s+/g, ' ').trim();
/** Whitespace other than single spaces: only then does normalizeSpace change a trimmed text. */
const ODD_SPACE = /[^\S ]| {2}/;
/** Whether trimmed `text` reads as `normalized` once its white space is normalised. */
const sameText = (text: string, normalized: string): boolean => (ODD_SPACE.test(text) ? normalizeSpace(text) : text) === normalized;
const PLACE_BEFORE = /\b(in|at|near|outside|capital( of)?|visited)\s+$/i;

/** Extracts entities and events from an article (header + body, or plain text with opts.date). */
export function extractArticle(input: string, opts: ExtractOptions): Extraction {
  const { header, body: original } = parseArticle(input);
  // HTML pasted as text: tags and entities are blanked (same length, so offsets index the original)
  const body = maskMarkup(original);
  if (!header.date && opts.date) header.date = opts.date;
  const gaz = opts.gazetteer ?? (defaultGaz ??= buildGazetteer());
  const anchor = parseAnchor(header.date);
  const year = anchor?.year ?? null;

  // "Related Articles" and similar teasers end the article proper (GUIDELINES "Scope")
  const cut = RELATED.exec(body);
  const limit = cut ? cut.index : body.length;
  const sentences = splitSentences(body).filter((s) => s.end <= limit && !BOILERPLATE.test(s.text) && !META_LINE.test(s.text));
  const title = header.title ? normalizeSpace(header.title.replace(/\s*\[[^\]]*\]\s*$/, '')) : null;
  // mentions chunk by chunk (paragraph boundaries, ~64 KB), so memory stays flat on huge inputs;
  // coreference maps carry over from one chunk to the next
  const mentions: FullMention[] = [];
  const coref: Coref = { surnames: new Map(), acronyms: new Map() };
  for (const [cs, ce] of chunks(body, CHUNK)) {
    const chunk = body.slice(cs, ce);
    const tokens = tokenize(chunk, cs);
    const gm = matchGazetteer(gaz, tokens, chunk, cs);
    const names = findNames(tokens, chunk, cs, gm);
    for (const m of buildMentions(body, gm, names, tokens, coref)) mentions.push(m);
  }
  // datelines are looked for at the line starts of the head that have a dash close enough
  const head = body.slice(0, HEAD);
  const starts = datelineStarts(head);
  addDatelineSource(head, starts, mentions);

  // entities: one per (type, canonical), first mention, boilerplate sentences skipped
  let si = 0;
  const inBody = (start: number): boolean => {
    // mentions come in order: one pointer over the sentences
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= start) si++;
    const s = sentences[si];
    return s !== undefined && s.start <= start && start < s.end;
  };
  const entities: ExtractedEntity[] = [];
  // the canonical names of the entities (events keep only actors, places and commodities among them)
  const canon = new Set<string>();
  // seen (type, lower-case canonical) pairs, one set per type
  const seen = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (!inBody(m.start)) continue;
    let ofType = seen.get(m.type);
    if (!ofType) seen.set(m.type, (ofType = new Set()));
    const k = m.canonical.toLowerCase();
    if (ofType.has(k)) continue;
    ofType.add(k);
    entities.push({ type: m.type, name: m.surface, canonical: m.canonical, start: m.start, end: m.end, confidence: m.confidence, resolved_id: m.resolvedId });
    canon.add(m.canonical);
  }

  // events, sentence by sentence, with context carried forward
  const ctx: EventContext = { anchor, prevActors: [], prevCommodities: [], prevDate: null, mainDate: null, seenTypes: new Set(), lastPerson: null, lastOrg: null, lastStateAgency: null };
  const events: ExtractedEvent[] = [];
  let mainIsSummit = false;
  let mi = 0;
  for (const s of sentences) {
    while (mi < mentions.length && (mentions[mi]?.start ?? 0) < s.start) mi++;
    const sm: Mention[] = [];
    for (let k = mi; k < mentions.length && (mentions[k]?.start ?? 0) < s.end; k++) {
      const m = mentions[k];
      if (m) sm.push(m);
    }
    // the headline repeats the lead: its events are the body's (and a headline is no evidence sentence)
    if ((title !== null && Math.abs(s.text.length - title.length) < 16 && sameText(s.text, title)) || (s === sentences[0] && sentences.length > 1 && !/[.!?”"]$/.test(s.text) && s.text.length < 200)) continue;
    if (/^UPDATE\b/.test(s.text)) continue;
    const evs = detectEvents(new SentenceData(s.text, s.start, s.end, sm, year), ctx);
    for (const e of evs) {
      // every actor, location and commodity must be among the entities
      for (const a of e.actors) if (!canon.has(a)) ensureEntity(entities, a, sm, canon);
      events.push(e);
    }
    for (const e of evs) {
      ctx.seenTypes.add(e.type);
      // the main date: the first summit's day, else the first event dated to the day
      if (e.date?.length === 10 && (!ctx.mainDate || (e.type === 'summit' && !mainIsSummit))) {
        ctx.mainDate = e.date;
        mainIsSummit = e.type === 'summit';
      }
    }
    const last = evs[evs.length - 1];
    if (last) {
      ctx.prevActors = last.actors;
      if (last.date && last.date.length === 10) ctx.prevDate = last.date;
    }
    const comm = new Set<string>();
    for (const m of sm) if (m.type === 'commodity') comm.add(m.canonical);
    if (comm.size) ctx.prevCommodities = [...comm];
    for (const m of sm) {
      if (m.type === 'person') ctx.lastPerson = m.actors;
      if (m.type === 'organization' && m.actors.length === 1 && m.actors[0] === m.canonical) ctx.lastOrg = m.canonical;
      if (m.type === 'organization' && m.actors.length === 1 && /^[A-Z]{3}$/.test(m.actors[0] ?? '')) ctx.lastStateAgency = m.actors[0] ?? null;
    }
  }
  const dateline = datelinePlace(head, starts, mentions);
  const lastRegion = mentions.find((m) => m.type === 'location' && m.group)?.canonical ?? null;
  for (const e of events) {
    const c5 = e.actors.filter((a) => C5.includes(a));
    if (c5.length === 5 && !C5.every((a) => canon.has(a)) && canon.has('Central Asia')) e.actors = [...e.actors.filter((a) => !C5.includes(a)), 'Central Asia'];
    const named = e.actors.filter((a) => C5.includes(a) && canon.has(a));
    if (named.length >= 3) e.actors = e.actors.filter((a) => a !== 'Central Asia' && !/^C5\s?\+\s?1$/.test(a));
    e.actors = [...new Set(e.actors)].filter((a) => canon.has(a));
    // the dateline city is where the day's news happened, when the text names no other place
    // a deal or investment between a company and one state: the project lies in that state (GUIDELINES "location")
    if (!e.location && (e.type === 'deal' || e.type === 'investment')) {
      const states = e.actors.filter((a) => /^[A-Z]{3}$/.test(a));
      if (states.length === 1 && e.actors.length > 1) e.location = states[0] ?? null;
    }
    // "a visit … to the region": the region the article names
    if (!e.location && e.type === 'visit' && /\bto the region\b/.test(e.evidence) && lastRegion) e.location = lastRegion;
    if (!e.location && dateline && DATELINE_TYPES.has(e.type) && header.date && e.date && header.date.startsWith(e.date.slice(0, 7))) e.location = dateline;
    if (e.location && !canon.has(e.location)) e.location = null;
    e.commodities = e.commodities.filter((c) => canon.has(c));
  }
  // evidence and names as written in the original text
  for (const e of events) e.evidence = original.slice(e.evidence_start, e.evidence_end);
  for (const e of entities) e.name = original.slice(e.start, e.end);
  return { id: opts.id, header, body: original, entities, events };
}

/** A sentence as the event rules see it; money is looked for only when a rule asks (most sentences have no trigger word). */
class SentenceData implements SentenceInput {
  private found: Money[] | null = null;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly mentions: Mention[],
    private readonly year: number | null,
  ) {}
  get money(): Money[] {
    return (this.found ??= findMoney(this.text, this.year, this.start));
  }
}

/** Blanks HTML tags, comments and character entities with spaces, keeping every offset. */
export function maskMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text.replace(/<!--[\s\S]{0,10000}?-->|<\/?[A-Za-z][^<>]{0,2000}>|&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});/gi, (m) => (/^<(\/?(p|div|br|li|h\d|tr|article|section))\b/i.test(m) ? '\n' + ' '.repeat(m.length - 1) : ' '.repeat(m.length)));
}

/**
 * The news outlet in a dateline's brackets ("Tashkent, Uzbekistan (UzDaily.com) —") is an
 * organisation named as a source (GUIDELINES "media outlets named as sources"), never an actor.
 */
function addDatelineSource(head: string, starts: number[], mentions: FullMention[]): void {
  const m = execAt(DATELINE_SOURCE, head, starts.filter((s) => datelineShape(head, s, true)));
  if (!m?.[1]) return;
  const surface = m[1];
  const start = m.index + m[0].indexOf(`(${surface})`) + 1;
  if (mentions.some((x) => x.start <= start && start < x.end)) return;
  const canonical = surface.replace(/\.(com|org|net|uz|kz|ru|kg|tj|tm)$/i, '');
  const at = mentions.findIndex((x) => x.start > start);
  const mention = makeMention({ type: 'organization', canonical, surface, start, end: start + surface.length, actors: [], place: false, specific: false, confidence: 0.6, resolvedId: null });
  mentions.splice(at < 0 ? mentions.length : at, 0, mention);
}

/** Dateline shapes, tried only at line starts (see execAt). */
const DATELINE_SOURCE = /\s*[A-Z][\p{L}.' -]{1,30}(?:,\s[A-Z][\p{L} ]{1,30})?\s*\(([^)]{2,40})\)\s*[—–-]{1,2}\s/uy;
const DATELINE_PLACE = /\s*([A-Z][\p{L}.' -]{1,30})(,\s[A-Z][\p{L} ]{1,30})?\s*(\([^)]{1,40}\))?\s*[—–-]{1,2}\s/uy;

/** The first match of a sticky pattern at one of `starts` (leftmost first): what `/^…/mu` finds, without trying every character. */
function execAt(re: RegExp, text: string, starts: number[]): RegExpExecArray | null {
  for (const at of starts) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

const DATELINE_TYPES = new Set(['summit', 'meeting', 'visit', 'agreement', 'deal']);

/** The city of a dateline ("ASTANA — …", "Tashkent, Uzbekistan (UzDaily.com) — …") at the start of the body, if any. */
function datelinePlace(head: string, starts: number[], mentions: FullMention[]): string | null {
  const m = execAt(DATELINE_PLACE, head, starts);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] ?? '');
  const place = mentions.find((x) => x.start === at && x.type === 'location');
  return place ? place.canonical : null;
}

/** Adds an entity for an actor code that only appears inside another mention (the "Kazakh" of a title). */
function ensureEntity(entities: ExtractedEntity[], actor: string, sm: Mention[], canon: Set<string>): void {
  const src = sm.find((m) => m.actors.includes(actor));
  if (!src) return;
  if (/^[A-Z]{3}$/.test(actor) && src.stateSurface) {
    entities.push({ type: 'country', name: src.stateSurface, canonical: actor, start: src.start, end: src.end, confidence: 0.6, resolved_id: actor });
    canon.add(actor);
  }
}

interface FullMention extends Mention {
  confidence: number;
  resolvedId: string | null;
  /** Surface of the country named in a title ("Kazakh" of "Kazakh President …"). */
  stateSurface?: string;
}

const C5 = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];

/** Every mention with the same fields in the same order, so the code reading them sees one object shape. */
function makeMention(m: FullMention): FullMention {
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
const CHUNK = 1 << 16;
/** Datelines are looked for in the first lines of the body only. */
const HEAD = 1500;

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

interface Coref {
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
    let type = e.type;
    let canonical = e.canonical;
    let place = e.type === 'location' || e.type === 'country';
    let specific = e.type === 'location' && !WIDE_REGIONS.has(e.canonical);
    let actors = actorsOf(e, g.surface);
    let capitalOf: string | undefined;
    // words inside a job title are not places ("Minister of State for Europe, North America …")
    if (e.type === 'location' && inTitle(body.slice(Math.max(0, g.start - 60), g.start))) continue;
    // metals inside an alloy or technology name ("samarium-cobalt alloys", "gold antimony smelting technology")
    if (e.type === 'commodity' && (body.charCodeAt(g.start - 1) === 45 || ALLOY_AFTER.test(body.slice(g.end, g.end + 40)))) continue;
    if (e.role === 'capital') {
      const before = body.slice(Math.max(0, g.start - 12), g.start);
      const after = body.slice(g.end, g.end + 8);
      const lineStart = g.start === 0 || body[g.start - 1] === '\n';
      const dateline = lineStart && /^\s*(\(|,|—|–|-\s)/.test(after);
      if (PLACE_BEFORE.test(before) || dateline || /^-based/.test(after)) {
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
      const stateRole = n.titleWords.some((w) => /^(president|minister|secretary|ambassador|envoy|spokes\w*|chancellor|premier|king|emir|deputy|governor|aide|adviser|advisor)$/.test(w));
      const legislator = n.titleWords.some((w) => /^(senators?|sen|representatives?|reps?|congress\w*|chairman|chairwoman|ceo|founder|director|executive|analyst)$/.test(w));
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
    }
    if (n.type === 'location' || n.type === 'organization') {
      if (n.type === 'organization' && /^(Ministry|Department|Office|Agency|Bureau|Committee|State)\b/.test(n.canonical.replace(/^(U\.S\.|US|United States)\s+/, ''))) {
        // a ministry acts for the state its name or the text before it names
        const g = cover[n.from - 1] ?? cover[n.from] ?? cover[n.from - 2];
        if (g && g.entry.type === 'country') actors = [g.entry.canonical];
      }
    }
    const m = makeMention({ type: n.type, canonical: n.canonical, surface: n.surface, start: n.start, end: n.end, actors: n.type === 'location' ? [] : actors, place: n.type === 'location', specific: n.type === 'location', confidence: 0.6, resolvedId: null, stateSurface });
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
