import { parseAnchor, type Anchor } from './dates.js';
import { capitalState, isIso3, uniq } from './actor-codes.js';
import { detectEvents, type EventContext, type Mention, type SentenceInput } from './events.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { C5, makeMention, mentionChunks, type FullMention } from './mentions.js';
import { findMoney, type Money } from './money.js';
import { splitSentences, type Sentence } from './sentences.js';
import { DATELINE_PLACE, DATELINE_SOURCE, datelineShape, datelineStarts, isSpaceLike } from './tokens.js';
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
    const m = /^([A-Z][A-Z_ -]{1,20}):\s?(.*)$/.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
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
/** "By 2030, …", "By March, …": a time, not a byline. */
const BY_WHEN = /^\s*by\s+(?:\d|the end\b|then\b|now\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|early|mid|late)\b)/i;
/** Whether `x` may open with a BOILERPLATE word: its first character, in either case, is one the words start with, or it lies outside ASCII ("©", a white space). */
const boilerplateStart = (x: string): boolean => {
  const c = x.charCodeAt(0);
  return c >= 128 || c <= 32 || 'bpicrsfa('.includes(String.fromCharCode(c | 32));
};
const RELATED = /^[ \t]*(related articles?|related news|related stories|related|read also|read more|see also|more on this|recommended|you may also like)[ \t]*:?[ \t]*$/im;
/** RELATED at a line's start (sticky). */
const RELATED_AT = new RegExp(RELATED.source.slice(1), 'imy');

/**
 * Where RELATED first matches in `body` (a line's start), or the body's length. Tried only at the
 * starts of lines whose first letter after blanks opens one of its phrases (r, s, m, y); a body
 * with other line breaks than "\n" takes the pattern itself.
 */
function relatedCut(body: string): number {
  if (body.includes('\r') || body.includes('\u2028') || body.includes('\u2029')) return RELATED.exec(body)?.index ?? body.length;
  for (let at = 0; at < body.length; ) {
    let i = at;
    while (body.charCodeAt(i) === 32 || body.charCodeAt(i) === 9) i++;
    const c = body.charCodeAt(i) | 32;
    if (c === 114 || c === 115 || c === 109 || c === 121) {
      RELATED_AT.lastIndex = at;
      if (RELATED_AT.test(body)) return at;
    }
    const nl = body.indexOf('\n', i);
    if (nl < 0) break;
    at = nl + 1;
  }
  return body.length;
}
/** Site metadata lines: "source:", "author:", "Release time:2025-11-14". */
const META_LINE = /^[^\s:]{0,12}(\s[^\s:]+)?:\s*\S{0,24}$/;
/**
 * Whether `x` holds a white space other than " " or two spaces in a row (`/[^\S ]| {2}/` without a
 * pattern; above the control characters isSpaceLike is `\s`): without one, normalising the white
 * space of a text only trims it.
 */
function oddSpace(x: string): boolean {
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c === 32 ? x.charCodeAt(i + 1) === 32 : c <= 32 ? c >= 9 && c <= 13 : isSpaceLike(c)) return true;
  }
  return false;
}
const normalizeSpace = (x: string): string => (oddSpace(x) ? x.replace(/\s+/g, ' ') : x).trim();
/** Whether trimmed `text` reads as `normalized` once its white space is normalised. */
const sameText = (text: string, normalized: string): boolean => (oddSpace(text) ? normalizeSpace(text) : text) === normalized;

/** Extracts entities and events from an article (header + body, or plain text with opts.date). */
export function extractArticle(input: string, opts: ExtractOptions): Extraction {
  const { header, body: original } = parseArticle(input);
  // HTML pasted as text: tags and entities are blanked (same length, so offsets index the original)
  const body = maskMarkup(original);
  if (!header.date && opts.date) header.date = opts.date;
  const gaz = opts.gazetteer ?? (defaultGaz ??= buildGazetteer());
  const anchor = parseAnchor(header.date);

  // "Related Articles" and similar teasers end the article proper (GUIDELINES "Scope")
  const limit = relatedCut(body);
  const sentences = splitSentences(body).filter((s) => s.end <= limit && !(boilerplateStart(s.text) && BOILERPLATE.test(s.text) && !BY_WHEN.test(s.text)) && !(s.text.includes(':') && META_LINE.test(s.text)));
  const title = header.title ? normalizeSpace(header.title.includes('[') ? header.title.replace(/\s*\[[^\]]*\]\s*$/, '') : header.title) : null;
  // datelines are looked for at the line starts of the head that can hold one
  const head = body.slice(0, HEAD);
  const starts = datelineStarts(head);
  // chunk by chunk (sentences never cross a chunk's end, a line break): entities, then events
  const found = new EntityPass(sentences);
  const { entities, canon } = found;
  const events = new EventPass(sentences, title, anchor, found);
  let dateline: string | null = null;
  let region: string | null = null;
  let first = true;
  for (const { end, mentions } of mentionChunks(body, gaz)) {
    if (first) {
      addDatelineSource(head, starts, mentions);
      dateline = datelinePlace(head, starts, mentions);
      first = false;
    }
    region ??= mentions.find((m) => m.type === 'location' && m.group)?.canonical ?? null;
    found.feed(mentions);
    events.feed(end, mentions);
  }
  finishEvents(events.events, canon, { dateline, region, date: header.date });
  // evidence and names as written in the original text
  for (const e of events.events) e.evidence = original.slice(e.evidence_start, e.evidence_end);
  for (const e of entities) e.name = original.slice(e.start, e.end);
  return { id: opts.id, header, body: original, entities, events: events.events };
}

/**
 * Entities: one per (type, canonical), its first mention, mentions in boilerplate sentences
 * skipped; and their canonical names. Fed the mentions chunk by chunk, in text order.
 */
class EntityPass {
  readonly entities: ExtractedEntity[] = [];
  /** The canonical names of the entities (events keep only actors, places and commodities among them). */
  readonly canon = new Set<string>();
  /** Seen (type, canonical) pairs, per type, as written and in lower case (the canonical as written spares the lower-casing of names seen before). */
  private readonly written = TYPES.map(() => new SeenStrings());
  private readonly seen = TYPES.map(() => new SeenStrings());
  /** One pointer over the sentences: mentions come in order. */
  private si = 0;
  constructor(private readonly sentences: Sentence[]) {}

  /**
   * Adds an entity for an actor code that only appears inside another mention (the "Kazakh" of a
   * title), at the words that name it, and marks it seen, so a later chunk's mention of the
   * country adds no second entity.
   */
  ensure(actor: string, sm: Mention[]): void {
    const src = sm.find((m) => m.actors.includes(actor));
    if (!src || !isIso3(actor) || !src.stateSurface) return;
    const at = src.surface.indexOf(src.stateSurface);
    const start = src.start + Math.max(0, at);
    this.entities.push({ type: 'country', name: src.stateSurface, canonical: actor, start, end: at < 0 ? src.end : start + src.stateSurface.length, confidence: 0.6, resolved_id: actor });
    this.canon.add(actor);
    const t = TYPES.indexOf('country');
    this.written[t]?.add(actor);
    this.seen[t]?.add(actor.toLowerCase());
  }

  feed(mentions: FullMention[]): void {
    const { sentences, entities, canon } = this;
    for (const m of mentions) {
      while (this.si < sentences.length && (sentences[this.si]?.end ?? 0) <= m.start) this.si++;
      const s = sentences[this.si];
      if (!s || m.start < s.start || m.start >= s.end) continue;
      const t = TYPES.indexOf(m.type);
      const asWritten = this.written[t] as SeenStrings;
      if (asWritten.has(m.canonical)) continue;
      asWritten.add(m.canonical);
      const k = m.canonical.toLowerCase();
      const ofType = this.seen[t] as SeenStrings;
      if (ofType.has(k)) continue;
      ofType.add(k);
      entities.push({ type: m.type, name: m.surface, canonical: m.canonical, start: m.start, end: m.nameEnd ?? m.end, confidence: m.confidence, resolved_id: m.resolvedId });
      canon.add(m.canonical);
    }
  }
}

const TYPES: Mention['type'][] = ['country', 'person', 'organization', 'commodity', 'location'];

/** A set of strings kept as a list while small (an article names a few dozen entities: a scan is cheaper than hashing), as a Set beyond. */
class SeenStrings {
  private list: string[] = [];
  private set: Set<string> | null = null;
  has(x: string): boolean {
    return this.set ? this.set.has(x) : this.list.includes(x);
  }
  add(x: string): void {
    if (this.set) this.set.add(x);
    else if (this.list.push(x) > 32) this.set = new Set(this.list);
  }
}

/** Events, sentence by sentence, with context carried forward; actors named only inside another mention become entities. Fed chunk by chunk. */
class EventPass {
  readonly events: ExtractedEvent[] = [];
  private readonly ctx: EventContext;
  private readonly year: number | null;
  private mainIsSummit = false;
  /** The next sentence to read. */
  private si = 0;
  constructor(
    private readonly sentences: Sentence[],
    private readonly title: string | null,
    anchor: Anchor | null,
    private readonly found: EntityPass,
  ) {
    this.year = anchor?.year ?? null;
    this.ctx = { anchor, prevActors: [], prevCommodities: [], prevDate: null, lastTalksDate: null, lastTalksLocation: null, lastVisit: null, prevLocation: null, mainDate: null, seenTypes: new Set(), lastPerson: null, lastOrg: null, lastStateAgency: null };
  }

  /** The sentences that start before `end` (a chunk's end), with that chunk's `mentions`. */
  feed(end: number, mentions: FullMention[]): void {
    const { sentences, ctx, title } = this;
    let mi = 0;
    for (; this.si < sentences.length && (sentences[this.si]?.start ?? 0) < end; this.si++) {
      const s = sentences[this.si] as Sentence;
      while (mi < mentions.length && (mentions[mi]?.start ?? 0) < s.start) mi++;
      const sm: Mention[] = [];
      for (let k = mi; k < mentions.length && (mentions[k]?.start ?? 0) < s.end; k++) {
        const m = mentions[k];
        if (m) sm.push(m);
      }
      // the headline repeats the lead: its events are the body's (and a headline is no evidence sentence)
      if ((title !== null && Math.abs(s.text.length - title.length) < 16 && sameText(s.text, title)) || (s === sentences[0] && sentences.length > 1 && !/[.!?”"]$/.test(s.text) && s.text.length < 200)) continue;
      if (s.text.startsWith('UPDATE') && /^UPDATE\b/.test(s.text)) continue;
      // a sub-headline or caption line in the present tense ("Chinese, Kazakh presidents hold talks in Xi'an"): the body tells its news
      if (s.text.length < 160 && !/[.!?”"’)]$/.test(s.text) && HEADLINE_VERB.test(s.text)) continue;
      const evs = detectEvents(new SentenceData(s.text, s.start, s.end, sm, this.year), ctx);
      for (const e of evs) {
        // every actor, location and commodity must be among the entities
        for (const a of e.actors) if (!this.found.canon.has(a)) this.found.ensure(a, sm);
        this.events.push(e);
      }
      this.remember(evs, sm);
    }
  }

  /** What the next sentences read: the last event's actors, date and place, the main date, the last person and organisation. */
  private remember(evs: ExtractedEvent[], sm: Mention[]): void {
    const ctx = this.ctx;
    for (const e of evs) {
      ctx.seenTypes.add(e.type);
      if ((e.type === 'meeting' || e.type === 'summit') && e.date) ctx.lastTalksDate = e.date;
      if (e.type === 'meeting' || e.type === 'summit') ctx.lastTalksLocation = e.location;
      if (e.type === 'visit' && e.location) ctx.lastVisit = { location: e.location, date: e.date };
      // the main date: the first summit's day, else the first event dated to the day
      if (e.date?.length === 10 && (!ctx.mainDate || (e.type === 'summit' && !this.mainIsSummit))) {
        ctx.mainDate = e.date;
        this.mainIsSummit = e.type === 'summit';
      }
    }
    const last = evs[evs.length - 1];
    if (last) {
      ctx.prevActors = last.actors;
      if (last.date && last.date.length === 10) ctx.prevDate = last.date;
      ctx.prevLocation = last.location;
    }
    let comm: Set<string> | null = null;
    for (const m of sm) if (m.type === 'commodity') (comm ??= new Set()).add(m.canonical);
    if (comm) ctx.prevCommodities = [...comm];
    for (const m of sm) {
      if (m.type === 'person') ctx.lastPerson = m.actors;
      if (m.type === 'organization' && m.actors.length === 1 && m.actors[0] === m.canonical) ctx.lastOrg = m.canonical;
      if (m.type === 'organization' && m.actors.length === 1 && isIso3(m.actors[0] ?? '')) ctx.lastStateAgency = m.actors[0] ?? null;
    }
  }
}

/**
 * Article-level fixes of the events: groups named member by member, actors, places and commodities
 * kept only when they are entities, and locations the sentence left open (the one state of a
 * deal, the region of "a visit to the region", the dateline city for the day's news).
 */
function finishEvents(events: ExtractedEvent[], canon: Set<string>, article: { dateline: string | null; region: string | null; date: string | null }): void {
  const { dateline, region: lastRegion, date } = article;
  for (const e of events) {
    const c5 = e.actors.filter((a) => C5.includes(a));
    if (c5.length === 5 && !C5.every((a) => canon.has(a)) && canon.has('Central Asia')) e.actors = [...e.actors.filter((a) => !C5.includes(a)), 'Central Asia'];
    const named = e.actors.filter((a) => C5.includes(a) && canon.has(a));
    if (named.length >= 3) e.actors = e.actors.filter((a) => a !== 'Central Asia' && !(a.startsWith('C5') && /^C5\s?\+\s?1$/.test(a)));
    e.actors = uniq(e.actors).filter((a) => canon.has(a));
    // a deal or investment between a company and one state: the project lies in that state (GUIDELINES "location")
    if (!e.location && (e.type === 'deal' || e.type === 'investment')) {
      const states = e.actors.filter(isIso3);
      if (states.length === 1 && e.actors.length > 1) e.location = states[0] ?? null;
    }
    // "a visit … to the region": the region the article names
    if (!e.location && e.type === 'visit' && /\bto the region\b/.test(e.evidence) && lastRegion) e.location = lastRegion;
    // the dateline city is where the day's news happened, when the text names no other place
    if (!e.location && dateline && DATELINE_TYPES.has(e.type) && date && e.date && date.startsWith(e.date.slice(0, 7))) e.location = dateline;
    // a capital the article never names ("the Kazakh capital") stands for its state when the state is an entity
    if (e.location && !canon.has(e.location)) {
      const state = capitalState(e.location);
      e.location = state !== undefined && canon.has(state) ? state : null;
    }
    e.commodities = e.commodities.filter((c) => canon.has(c));
  }
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


/** The first match of a sticky pattern at one of `starts` (leftmost first): what `/^…/mu` finds, without trying every character. */
function execAt(re: RegExp, text: string, starts: number[]): RegExpExecArray | null {
  for (const at of starts) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** Verbs in the present tense of headlines; a body sentence tells its news in the past. */
const HEADLINE_VERB = /\b(?:meets|meet with|signs|sign|holds|hold talks|says|visits|agrees|inks|wins|seals|eyes|mulls|backs|urges|unveils|launches|bans|curbs|sanctions|hosts)\b/i;

const DATELINE_TYPES = new Set(['summit', 'meeting', 'visit', 'agreement', 'deal']);

/** The city of a dateline ("ASTANA — …", "Tashkent, Uzbekistan (UzDaily.com) — …") at the start of the body, if any. */
function datelinePlace(head: string, starts: number[], mentions: FullMention[]): string | null {
  const m = execAt(DATELINE_PLACE, head, starts);
  if (!m) return null;
  const at = m.index + m[0].indexOf(m[1] ?? '');
  const place = mentions.find((x) => x.start === at && x.type === 'location');
  return place ? place.canonical : null;
}


/** Datelines are looked for in the first lines of the body only. */
const HEAD = 1500;
