import type { EventType } from '../domain/records.js';
import { findDates, firstDate, shiftDay, type Anchor, type FoundDate } from './dates.js';
import type { Money } from './money.js';
import { buildKeywordMatcher, keywordMask } from './keywords.js';
import { CALLED_OFF, CAPTION, HYPOTHETICAL, IN_FORCE, LICENCE_TERMS, MAY, MEASURE_SUBJECT, NEGATED, NOT_EVENT_ANALYSTS, NOT_EVENT_OPENING, NOT_EVENT_START, QUOTED_COMMENTARY } from './not-events.js';
import { BACKGROUND_MEASURE, ruledOut } from './trigger-checks.js';
import { TRIGGERS, type Trigger } from './triggers.js';
import { DATELINE_PLACE, datelineShape, isSpaceLike } from './tokens.js';
import type { ExtractedEvent } from './types.js';
import { capitalCity, isIso3, uniq } from './actor-codes.js';
import { MULTILATERAL, settleTypes } from './event-types.js';

/**
 * Event detection, one sentence at a time (GUIDELINES "Events"): trigger phrases per type, the
 * rules of what is not an event (a modal or plan right before the trigger: "may offer", "expected
 * to be adopted", "intend to visit"; ongoing negotiations), then the fields: actors from the
 * sentence's mentions (officials and agencies as their state, EU institutions as the European
 * Union, "the company"/"he"/"the sides" from context), the date at the precision the text
 * determines, location, commodities, sector and value.
 */
export interface Mention {
  type: 'country' | 'person' | 'organization' | 'commodity' | 'location';
  canonical: string;
  surface: string;
  start: number;
  end: number;
  /** Actor codes this mention contributes (ISO3, canonical names); empty for none. */
  actors: string[];
  /** A place usable as an event location (cities, buildings, countries, regions). */
  place: boolean;
  /** Building or city (more specific than a country or region). */
  specific: boolean;
  /** A region or group that can be a party ("Central Asia", "the Central Asian Five"). */
  group?: boolean;
  /** For a capital used as a place: its country. */
  country?: string;
  /** A demonym or adjective ("Russian"), which names no explicit target. */
  demonym?: boolean;
  /** Surface of the country named in a person's title ("Kazakh" of "Kazakh President …"). */
  stateSurface?: string;
}

export interface SentenceInput {
  text: string;
  start: number;
  end: number;
  mentions: Mention[];
  money: Money[];
}

export interface EventContext {
  anchor: Anchor | null;
  /** Actors of the previous event (for "the sides", "both countries"). */
  prevActors: string[];
  prevCommodities: string[];
  prevDate: string | null;
  /** Date of the last meeting or summit (for "following the talks"). */
  lastTalksDate: string | null;
  /** The place and date of the last visit with a place (talks during it are held there). */
  lastVisit: { location: string; date: string | null } | null;
  /** Location of the last meeting or summit (for "following the talks", "in the presence of the leaders"). */
  lastTalksLocation: string | null;
  /** Location of the previous event (for "at the same ceremony"). */
  prevLocation: string | null;
  /** Date of the article's summit or first dated event ("during the summit", "at the summit"). */
  mainDate: string | null;
  /** Event types already found in the article. */
  seenTypes: Set<EventType>;
  lastPerson: string[] | null;
  lastOrg: string | null;
  lastStateAgency: string | null;
}

/** After the talks reported before, or at their ceremony: their day and place carry over. */
const AFTER_TALKS = /\b(?:after|following) the (?:talks|meeting|negotiations)\b|\bin the presence of (?:the )?(?:two |three |five )?(?:heads of state|leaders|presidents)\b/i;

/** The same occasion as the event before: its day and place carry over. */
const SAME_OCCASION = /\b(that|the same) (afternoon|morning|evening|night|ceremony|event|occasion)\b|\blater that day\b/i;

const CUES = ['leaders', 'presidents', 'heads of state'];
/** Bit of the summit cues ("leaders", "presidents", "heads of state") in a keyword mask. */
const CUE_BIT = 1 << TRIGGERS.length;
/** The words of NOT_EVENT_ANALYSTS's speakers: without one of them it cannot match. */
const COMMENTATORS = ['investors', 'opposition', 'activists', 'campaigners', 'protesters', 'environmental groups', 'analyst', 'researcher', 'economist', 'scholar', 'consultant', 'strategist', 'commentator', 'executives', 'traders', 'expert', 'observer', 'industry officials', 'industry sources', 'miners'];
/** Bit of the commentators' words (COMMENTATORS), without which the commentary test cannot match. */
const ANALYST_BIT = 1 << (TRIGGERS.length + 1);
/** The bits a trigger or summit-cue keyword sets: a sentence with none of them states no event. */
const TRIGGER_BITS = (1 << (TRIGGERS.length + 1)) - 1;
/** Per trigger, the bit of its second keyword group (0 when it has none); bits above ANALYST_BIT. */
const KW2_BITS = (() => {
  let next = TRIGGERS.length + 2;
  return TRIGGERS.map((t) => (t.kw2 ? 1 << next++ : 0));
})();
/**
 * Bits of literals that later patterns need, found by the same scan so those patterns run only when
 * they can match: "will " (the future test), " day" (DAY_SHIFT), "these " (the "these metals" test),
 * and the words of the clause references ("the sides", "the company", "the ministry", "joint statement").
 */
const GATE_START = TRIGGERS.length + 2 + TRIGGERS.filter((t) => t.kw2).length;
const WILL_BIT = 1 << GATE_START;
const DAY_BIT = 1 << (GATE_START + 1);
const THESE_BIT = 1 << (GATE_START + 2);
const REFS_BIT = 1 << (GATE_START + 3);
const TALKS_BIT = 1 << (GATE_START + 4);
const GATES: [string[], number][] = [
  [['will '], WILL_BIT],
  [[' day'], DAY_BIT],
  [['these '], THESE_BIT],
  [['sides', 'parties', 'countries', 'leaders', 'governments', 'the company', 'the firm', 'the ministry', 'joint statement'], REFS_BIT],
  [['the talks', 'the meeting', 'the negotiations', 'presence of'], TALKS_BIT],
];

/** One automaton over every trigger keyword and the summit cues. */
const KEYWORDS = (() => {
  const masks = new Map<string, number>();
  TRIGGERS.forEach((t, bit) => {
    for (const k of t.kw) masks.set(k, (masks.get(k) ?? 0) | (1 << bit));
  });
  for (const k of CUES) masks.set(k, (masks.get(k) ?? 0) | CUE_BIT);
  for (const k of COMMENTATORS) masks.set(k, (masks.get(k) ?? 0) | ANALYST_BIT);
  TRIGGERS.forEach((t, i) => {
    for (const k of t.kw2 ?? []) masks.set(k, (masks.get(k) ?? 0) | (KW2_BITS[i] ?? 0));
  });
  for (const [words, bit] of GATES) for (const k of words) masks.set(k, (masks.get(k) ?? 0) | bit);
  // bit 31 is the sign bit: masks are only ever read with &, so all 32 bits serve
  if (GATE_START + GATES.length > 32) throw new Error('too many keyword groups for one 32-bit mask');
  return buildKeywordMatcher(masks);
})();

/** Counters of pattern work (read by the linear-time test: they grow with the input, never faster). */
export const eventStats = { sentences: 0, triggerAttempts: 0, secondClauseChars: 0 };

/** Sector words (GUIDELINES "sector"), one bit each, with literals one of which every match contains (a prefilter). */
const SECTOR_RULES: { sector: string; re: RegExp; words: string[] }[] = [
  { sector: 'aviation', re: /\b(aircraft|airlines?|airways|boeing|airbus|dreamliner|aviation|jets?)\b/i, words: ['aircraft', 'airline', 'airways', 'boeing', 'airbus', 'dreamliner', 'aviation', 'jet'] },
  { sector: 'rail', re: /\b(rail(way)?s?|locomotives?|train)\b/i, words: ['rail', 'locomotive', 'train'] },
  { sector: 'energy', re: /\b(nuclear|oil|gas|pipelines?|power plants?|electricity|hydrogen|energy|hydropower|solar|wind farm)\b/i, words: ['nuclear', 'oil', 'gas', 'pipeline', 'power plant', 'electricity', 'hydrogen', 'energy', 'hydropower', 'solar', 'wind farm'] },
  { sector: 'mining', re: /\b(mining|minerals?|metals?|raw materials|deposits?|exploration|geolog\w*|mines?|ores?|uranium|tungsten|rare earths?|lithium|copper|gold)\b/i, words: ['mining', 'mineral', 'metal', 'raw materials', 'deposit', 'exploration', 'geolog', 'mine', 'ore', 'uranium', 'tungsten', 'rare earth', 'lithium', 'copper', 'gold'] },
  { sector: 'finance', re: /\b(banks?|financial|finance|funding|investors?|fund)\b/i, words: ['bank', 'financ', 'fund', 'investor'] },
  { sector: 'defense', re: /\b(military|defen[cs]e|weapons|arms)\b/i, words: ['military', 'defen', 'weapons', 'arms'] },
];
const sectorBit = (sector: string): number => 1 << SECTOR_RULES.findIndex((r) => r.sector === sector);
const [AVIATION, RAIL, ENERGY, MINING, FINANCE, DEFENSE] = ['aviation', 'rail', 'energy', 'mining', 'finance', 'defense'].map(sectorBit) as [number, number, number, number, number, number];
const SECTOR_WORDS = buildKeywordMatcher(
  SECTOR_RULES.reduce((m, r, bit) => {
    for (const w of r.words) m.set(w, (m.get(w) ?? 0) | (1 << bit));
    return m;
  }, new Map<string, number>()),
);

/** The sectors (bits of SECTOR_RULES) whose words a sentence names (the last sentence's, kept: its events share it). */
let lastSectorText: string | null = null;
let lastSectorMask = 0;
function sectorMask(text: string): number {
  if (text !== lastSectorText) {
    const maybe = keywordMask(SECTOR_WORDS, text);
    let mask = 0;
    SECTOR_RULES.forEach((r, bit) => {
      if (maybe & (1 << bit) && r.re.test(text)) mask |= 1 << bit;
    });
    lastSectorMask = mask;
    lastSectorText = text;
  }
  return lastSectorMask;
}

function bitCount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function sectorOf(type: EventType, text: string, commodities: string[]): string | null {
  if (type === 'export_restriction') return 'trade';
  if (type === 'sanction') return /\b(bank|financial)/i.test(text) ? 'finance' : /\b(nuclear power plant|entities)\b/i.test(text) ? null : 'trade';
  if (type === 'legislation') return /\b(trade|tariff|jackson|export|import)/i.test(text) ? 'trade' : /\b(subsoil|mining|minerals?|mines?|deposits?|uranium|rare earths?)\b/i.test(text) ? 'mining' : 'other';
  if (type === 'summit' || type === 'meeting' || type === 'visit') {
    if (type !== 'visit' && commodities.some((c) => c === 'critical minerals' || c === 'rare earths')) return 'mining';
    return null;
  }
  let hits = sectorMask(text);
  if (commodities.length && !commodities.every((c) => c === 'natural gas' || c === 'oil' || c === 'hydrogen')) hits |= MINING;
  if (type === 'investment' && /\b(Bank|Finance Corporation|EXIM|DFC|[Ff]und)\b/.test(text)) return 'finance';
  if (type === 'investment' && bitCount(hits) >= 2) return 'other';
  // a statement on export controls, tariffs or sanctions is about trade; else the sector its words name
  if (type === 'statement') {
    if (/\b(?:export controls?|export restrictions?|export bans?|tariffs?|sanctions|trade (?:war|rules|restrictions))\b/i.test(text)) return 'trade';
    if (hits & FINANCE && !(hits & ~FINANCE)) return 'finance';
    if (hits & ENERGY && !(hits & MINING)) return 'energy';
    if (hits & MINING) return 'mining';
    return hits & FINANCE ? 'finance' : null;
  }
  if (hits & AVIATION) return 'aviation';
  if (hits & RAIL) return 'rail';
  if (hits & ENERGY && !(hits & MINING)) return 'energy';
  if (hits & MINING) return 'mining';
  if (hits & ENERGY) return 'energy';
  if (hits & FINANCE) return type === 'agreement' ? null : 'finance';
  if (hits & DEFENSE) return 'defense';
  return type === 'investment' ? 'other' : null;
}

/** "a day earlier", "two days later" (not "three days after", which may count back from this event), "the next day": a date relative to the previous event's. */
const DAY_SHIFT = /\b(a|one) day (earlier|before|later|after)\b|\b(two|three|four|five|six|\d) days (earlier|later)\b|\bthe (previous|next|following) day\b/i;
/** The number of days of a DAY_SHIFT match's count word ("the next day": 1). */
const SHIFT_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const PLACE_PREP = /\b(in|at|to|inside|visited|for|near|(city|capital|town|village|region|province) of)\s+(the\s+)?$/i;

/** A date not governed by "the", "until", "to", "through" or "by" (the end of a range, a deadline). */
const notBound = (d: FoundDate): boolean => !(endsLike(d.before, 'elohyELOHY') && /\b(the|until|to|through|by)\s*$/i.test(d.before)) && !/^(?:by|until)\b/i.test(d.text);

/**
 * Whether a date is not the day a measure takes effect ("from January 2027", "effective September
 * 15"), which is not the date it was imposed (GUIDELINES "date"); the start of a range ("from March
 * 15 to June 30") is when it was imposed.
 */
function notInForce(d: FoundDate, s: SentenceInput): boolean {
  if (!/\b(?:from|effective|starting|beginning|as of|(?:take|takes|took) effect(?: on)?|(?:came|come|comes|enter|entered|enters) into force(?: on)?)\s*$/i.test(d.before) && !/^from\b/i.test(d.text)) return true;
  return /^\s*(?:to|until|till|through|[–-])\s/.test(s.text.slice(d.end - s.start, d.end - s.start + 12));
}

/** Whether `s` ends in white space or in one of `letters` (a pattern ending in one of those words and `\s*$` can match only then). */
function endsLike(s: string, letters: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return isSpaceLike(c) || letters.includes(s.charAt(s.length - 1));
}

/** Whether an apostrophe-s and white space stand at `at` ("Kyrgyzstan's Keremet Bank"): `/^[’']s\s/` at a position. */
function possessive(text: string, at: number): boolean {
  const q = text.charCodeAt(at);
  return (q === 0x2019 || q === 39) && text.charCodeAt(at + 1) === 115 && at + 2 < text.length && /\s/.test(text.charAt(at + 2));
}

/** "held a summit meeting with President Tokayev": summit talks with one leader, a bilateral meeting. */
const ONE_LEADER_SUMMIT = /\bsummit (?:meeting|talks) with (?:(?:[A-Z][\w-]+ )?(?:President|Prime Minister|Chancellor|King|Emir) [A-Z]|[A-Z][\w-]+[’']s (?:President|Prime Minister|leader) )/;

/** Where an event stands in its sentence: its trigger, and the part of the sentence that is its own ([lo, hi)). */
interface Occurrence {
  type: EventType;
  at: number;
  lo: number;
  hi: number;
  /** A measure whose verb and subject are left out shares the subject of the one before ("… in July and of graphite in October"). */
  elliptic?: boolean;
}

/**
 * Types a sentence may state twice, in two clauses ("on Monday he held talks with …, and on Tuesday
 * he met …"; "Indonesia barred exports …, and Zimbabwe, which outlawed shipments …"). Not
 * agreements: documents signed at one ceremony are one event (GUIDELINES "agreement").
 */
const TWICE: EventType[] = ['meeting', 'visit', 'export_restriction', 'deal', 'sanction', 'investment', 'summit'];
/** A month name or a year, as a date phrase opens. */
const MONTH_OR_YEAR = '(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4})\\b';
/** A month or year as a clause dates an event: "July", "July 2023", "August last year", "3 December", "2022". */
const WHEN = `(?:(?:early|mid|late|mid-) ?)?(?:\\d{1,2}(?:[–-]\\d{1,2})? )?${MONTH_OR_YEAR}(?: \\d{1,2}(?:[–-]\\d{1,2})?\\b)?(?:,? \\d{4}\\b| last year\\b| this year\\b)?`;

/** Two meetings in one phrase: "with A and (separately) with B", or calls in the plural with two parties. */
const SEPARATE_MEETINGS = /^((?:met|meetings?|talks)(?: separately)? with (?:[^.;,]|\.\d){1,60}?) and (?:separately )?with\b|^((?:phone |telephone )?calls with (?:[^.;,]|\.\d){1,60}?) and\b/;

/** Where a second clause opens: ", and", ", while", "; ", "and later". */
const NEXT_CLAUSE = /,\s+and\s+|,\s+while\s+|;\s+|\s+and\s+(?:later|then|afterwards)\s+|\s+and\s+(?=[A-Z])|\s+and\s+(?=(?:banned|imposed|added|restricted|suspended|lifted|signed|visited|met|invested|acquired|bought)\b)/g;
/**
 * Per trigger, its pattern after at most 80 characters at the start of a text (group 1): the
 * leftmost match of the pattern when it starts within them, found without trying the later starts.
 */
const EARLY_TRIGGERS = new Map<Trigger, RegExp>();

/**
 * The events of a sentence in text order: one per type found, and a second one of a TWICE type
 * when a later clause opens with its own trigger (GUIDELINES: one sentence may state several events).
 */
function occurrences(found: Map<EventType, number>, text: string, hits: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [type, at] of found) out.push({ type, at, lo: 0, hi: text.length });
  // "met with Mirziyoyev and with Japarov", "after phone calls with Sheinbaum and Trudeau": two meetings
  const meeting = out.find((o) => o.type === 'meeting');
  const two = meeting ? SEPARATE_MEETINGS.exec(text.slice(meeting.at)) : null;
  if (meeting && two) {
    const split = meeting.at + two.index + (two[1] ?? two[2] ?? '').length;
    meeting.hi = split;
    out.push({ type: 'meeting', at: split, lo: split, hi: text.length });
  }
  if (!out.some((o) => TWICE.includes(o.type))) return out.sort((a, b) => a.at - b.at);
  for (const o of out.slice()) {
    if (!TWICE.includes(o.type)) continue;
    NEXT_CLAUSE.lastIndex = o.at;
    for (let b = NEXT_CLAUSE.exec(text); b; b = NEXT_CLAUSE.exec(text)) {
      const from = b.index + b[0].length;
      const at = secondTrigger(o.type, text, from, hits);
      if (at < 0 || out.some((x) => x !== o && x.at >= o.at && x.at < at)) continue;
      const before = text.slice(Math.max(0, at - 45), at);
      if (HYPOTHETICAL.test(before) || MAY.test(before) || CALLED_OFF.test(before) || NEGATED.test(before)) continue;
      o.hi = b.index;
      out.push({ type: o.type, at, lo: from, hi: text.length });
      break;
    }
    // "restricted exports of gallium in July and of graphite in October": the verb left out, a second measure with its own date
    if ((o.type === 'export_restriction' || o.type === 'visit' || o.type === 'sanction' || o.type === 'meeting' || o.type === 'summit') && o.hi === text.length) {
      // a list of them ("in July 2023, for graphite in October 2023 and for antimony in August 2024"): one each, up to three
      let prev: Occurrence = o;
      ELLIPTIC_MEASURE.lastIndex = o.at;
      for (let k = 0, e = ELLIPTIC_MEASURE.exec(text); k < 3 && e && e.index - prev.at <= 160; k++, e = ELLIPTIC_MEASURE.exec(text)) {
        const at = e.index + e[0].indexOf(e[1] ?? '');
        prev.hi = e.index;
        prev = { type: o.type, at, lo: at, hi: text.length, elliptic: true };
        out.push(prev);
        ELLIPTIC_MEASURE.lastIndex = at;
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The place an elliptic visit's clause opens with (within a few characters of `at`), or undefined. */
function ellipticStop(s: SentenceInput, at: number): Mention | undefined {
  return s.mentions.find((m) => m.place && m.start - s.start >= at && m.start - s.start - at <= 8);
}

/** The state a place stands in: a country itself, or the country of a capital. */
const stateOf = (m: Mention | undefined): string | undefined => (m ? (m.type === 'country' ? m.actors[0] : m.country) : undefined);

/** The visitors of the visit before (its actors but its host), then the state of the new stop. */
function visitorsTo(prev: ExtractedEvent | undefined, s: SentenceInput, stop: Mention): string[] {
  const prevHost = stateOf(s.mentions.find((m) => m.place && m.canonical === prev?.location));
  const visitors = (prev?.actors ?? []).filter((a) => a !== prevHost && a !== prev?.location);
  const host = stateOf(stop);
  return host && !visitors.includes(host) ? [...visitors, host] : visitors;
}

/** A second measure whose verb is left out, with a date of its own: " in July and (of) graphite in October". */
const ELLIPTIC_MEASURE = new RegExp(`\\b(?:in|on) ${WHEN}(?:,? and|,) ((?:(?:of|on|for) )?(?:[\\w-]+ ){1,5}?(?:in|on) ${WHEN})`, 'g');

/**
 * Where a trigger of `type` matches in the clause opening at `from` (within its first 80
 * characters, with no comma before it other than that of ", which"), or -1.
 */
function secondTrigger(type: EventType, text: string, from: number, hits: number): number {
  for (let bit = 0; bit < TRIGGERS.length; bit++) {
    const tr = TRIGGERS[bit] as Trigger;
    // a trigger whose keywords the sentence lacks cannot match in a part of it
    if (tr.type !== type || !(hits & (1 << bit)) || (KW2_BITS[bit] && !(hits & (KW2_BITS[bit] ?? 0)))) continue;
    let re = EARLY_TRIGGERS.get(tr);
    if (!re) EARLY_TRIGGERS.set(tr, (re = new RegExp(`^([\\s\\S]{0,80}?)(?:${tr.re.source})`, tr.re.flags.replace('g', ''))));
    // the clause's first 200 characters only: each boundary costs a bounded search (linear in the sentence)
    const window = text.slice(from, from + 200);
    eventStats.secondClauseChars += window.length;
    const m = re.exec(window);
    const before = m?.[1];
    if (before !== undefined && !/[,;]/.test(before.replace(/, (?:which|who) $/, ' ')) && (!tr.needs || tr.needs.test(window))) return from + before.length;
  }
  return -1;
}

/** A comma before a lower-case word: a clause boundary (not the comma of "November 10, 2026"). */
const CLAUSE_BREAK = /,\s+[a-z]/;

/**
 * The one of `dates` nearest to `at` (text offsets; the earlier on a tie), or null; a date with a
 * clause boundary between it and the trigger counts only after those of the trigger's own clause
 * ("Tokayev, who postponed his trip in June, visited Beijing on Monday": Monday).
 */
function dateNear(dates: FoundDate[], at: number, s: SentenceInput): FoundDate | null {
  let best: FoundDate | null = null;
  let gap = Infinity;
  for (const d of dates) {
    const between = d.end <= at ? s.text.slice(d.end - s.start, at - s.start) : d.start >= at ? s.text.slice(at - s.start, d.start - s.start) : '';
    const g = (d.end <= at ? at - d.end : d.start >= at ? d.start - at : 0) + (CLAUSE_BREAK.test(between + s.text.charAt(Math.max(at, d.end) - s.start)) ? 100000 : 0);
    if (g < gap) {
      best = d;
      gap = g;
    }
  }
  return best;
}

/** Whether `text` ends in a four-digit year (and perhaps a full stop): what a dated photo caption ends in, tested before CAPTION. */
function endsInYear(text: string): boolean {
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 46 || isSpaceLike(text.charCodeAt(e - 1)))) e--;
  if (e < 4) return false;
  for (let i = e - 4; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Events stated by one sentence. */
export function detectEvents(s: SentenceInput, ctx: EventContext): ExtractedEvent[] {
  const text = s.text;
  const found = new Map<EventType, number>();
  // one scan for every trigger keyword, then only the triggers whose keywords occur are tried
  eventStats.sentences++;
  const hits = keywordMask(KEYWORDS, text);
  if (!(hits & TRIGGER_BITS)) return [];
  const quoted = text.includes('"') || text.includes('“');
  if (((quoted ? NOT_EVENT_START : NOT_EVENT_OPENING).test(text) || (hits & ANALYST_BIT && NOT_EVENT_ANALYSTS.test(text))) && !/\b(signed|announced)\b/.test(text)) return [];
  if (quoted && hits & ANALYST_BIT && QUOTED_COMMENTARY.test(text)) return [];
  if (endsInYear(text) && CAPTION.test(text)) return [];
  for (let bit = 0; bit < TRIGGERS.length; bit++) {
    const tr = TRIGGERS[bit];
    if (!tr || found.has(tr.type) || !(hits & (1 << bit))) continue;
    // a two-part pattern needs a word of its second part too
    const kw2 = KW2_BITS[bit] ?? 0;
    if (kw2 && !(hits & kw2)) continue;
    eventStats.triggerAttempts++;
    const m = tr.re.exec(text);
    if (!m) continue;
    // a measure on a metal dated in passing ("restrictions on gallium and germanium in 2023") needs no verb of its own
    if (tr.needs && !tr.needs.test(text) && !BACKGROUND_MEASURE.test(m[0])) continue;
    if (ruledOut(tr, m, s, ctx)) continue;
    found.set(tr.type, m.index);
  }
  if (!settleTypes(found, s, ctx, { leaders: (hits & CUE_BIT) !== 0, will: (hits & WILL_BIT) !== 0, quoted })) return [];
  if (!found.size) return [];

  const future = (hits & WILL_BIT) !== 0 && /\bwill (be )?(host|hold|meet|visit|travel|take place|begin|start|open|attend|convene|arrive)\b/i.test(text);
  // the dates not bound to "the", "until", "to", "through": an event takes the one nearest its
  // trigger ("… today held talks with Yoon, who arrived in Tashkent yesterday on a state visit")
  const allDates = findDates(text, ctx.anchor, s.start, future);
  const dates = allDates.filter(notBound);
  const commodities: string[] = [];
  for (const m of s.mentions) if (m.type === 'commodity' && m.canonical && !commodities.includes(m.canonical)) commodities.push(m.canonical);
  if (!commodities.length && hits & THESE_BIT && /\bthese (three |two )?(metals|minerals|elements|materials)\b/i.test(text)) commodities.push(...ctx.prevCommodities);

  const events: ExtractedEvent[] = [];
  let sameAs: boolean | undefined;
  for (const { type, at, lo, hi, elliptic } of occurrences(found, text, hits)) {
    // "Exporters will need licences …" after a measure already reported, with no date of its own: its terms
    if (type === 'export_restriction' && !allDates.length && ctx.seenTypes.has('export_restriction') && LICENCE_TERMS.test(text)) continue;
    // "The curbs took effect on August 1": a measure already reported coming into force
    if (type === 'export_restriction' && ctx.seenTypes.has('export_restriction') && IN_FORCE.test(text) && MEASURE_SUBJECT.test(text)) continue;
    const measureDates = type === 'export_restriction' ? dates.filter((d) => notInForce(d, s)) : dates;
    // an event of a later clause takes a date of its own clause when it has one
    const own = lo > 0 ? measureDates.filter((d) => d.start - s.start >= lo && d.start - s.start < hi) : [];
    const date0 = dateNear(own.length ? own : measureDates, s.start + at, s);
    let date: string | null = date0?.value ?? null;
    const shift = ctx.prevDate && ctx.prevDate.length === 10 && (!date0 || date0.kind === 'relative') && hits & DAY_BIT ? DAY_SHIFT.exec(text) : null;
    if (shift && ctx.prevDate) {
      const back = /earlier|before|previous/i.test(shift[0]) && !/\bafter\b/i.test(shift[0]);
      const count = shift[1] ?? shift[3] ?? 'a';
      const days = SHIFT_DAYS[count.toLowerCase()] ?? Number(count);
      date = shiftDay(ctx.prevDate, back ? -days : days);
    }
    if (!date && /\b(during|at|on the sidelines of|on the margins of) the (summit|meeting|forum|visit)\b|\bon the same day\b/i.test(text) && ctx.mainDate) date = /same day/i.test(text) && ctx.prevDate ? ctx.prevDate : ctx.mainDate;
    // "Following the talks, the two governments signed …", "in the presence of the two leaders": the day (and place) of the talks before
    const afterTalks = (hits & TALKS_BIT) !== 0 && AFTER_TALKS.test(text);
    if (!date && ctx.lastTalksDate && afterTalks) date = ctx.lastTalksDate;
    // "that afternoon", "at the same ceremony": the day (and place) of the event before; tested
    // once per sentence, and only when a date or place is missing
    const sameOccasion = (): boolean => (sameAs ??= SAME_OCCASION.test(text));
    if (!date && ctx.prevDate && sameOccasion()) date = ctx.prevDate;
    if (!date) {
      if (/^\s*(The|This) (deal|agreement|contract|summit|meeting|visit|ban|measure|decision)\b/.test(text) && ctx.prevDate) date = ctx.prevDate;
      else if (/\b(has|have) (also|already)\b|\b(has|have) been (actively )?\w+(ed|ing)\b|\b(decades?|years?) ago\b/i.test(text)) date = null;
      else if (/\b(days|weeks) (after|before|earlier)\b/i.test(text) && ctx.anchor) date = String(ctx.anchor.year);
      else if (ctx.anchor) date = ctx.anchor.month !== null ? `${ctx.anchor.year}-${String(ctx.anchor.month).padStart(2, '0')}` : String(ctx.anchor.year);
    }
    // a visit whose verb is left out goes to the place its clause opens with ("visited Kazakhstan in May and Uzbekistan in June")
    const stop = elliptic && type === 'visit' ? ellipticStop(s, at) : undefined;
    // "designated by Washington in January and by London in February": the second measure's imposer is its own "by"
    const imposer = elliptic && (type === 'sanction' || type === 'export_restriction') && text.startsWith('by ', at) ? stateOf(s.mentions.find((m) => m.start - s.start === at + 3)) : undefined;
    const prevActors = events[events.length - 1]?.actors ?? [];
    const actors = elliptic ? (stop ? visitorsTo(events[events.length - 1], s, stop) : imposer ? [imposer, ...prevActors.slice(1)] : prevActors) : actorsFor(type, s, ctx, at, (hits & REFS_BIT) !== 0, lo, hi);
    // two heads of state "held a summit": bilateral talks (GUIDELINES "summit" is multilateral or a regional format)
    const bilateral = actors.length <= 2 && /\b(summit talks|held (?:a|their) summit|bilateral summit)\b/i.test(text);
    // summit talks with one named leader are a meeting even when the sentence names a region ("… on a supply chain in Central Asia")
    const kind: EventType = type === 'summit' && (ONE_LEADER_SUMMIT.test(text) || (bilateral && !s.mentions.some((m) => m.group || (m.type === 'organization' && m.actors.length > 0 && !m.actors.every(isIso3))))) ? 'meeting' : type;
    // a summit of a bloc ("the SCO summit in Astana") is the bloc's; one or two states beside it are its host or a guest, not its parties
    const blocSummit = kind === 'summit' && actors.some((a) => a !== 'C5+1' && MULTILATERAL.test(a)) && actors.filter(isIso3).length <= 2;
    // measures have no place (GUIDELINES "location"), nor statements unless the sentence opens with one
    const placeless = type === 'export_restriction' || type === 'sanction' || type === 'statement';
    let location = placeless ? (type === 'statement' ? sceneOf(s) : null) : stop ? stop.canonical : locationFor(type, s, at);
    if (!location && !placeless && ctx.prevLocation && sameOccasion()) location = ctx.prevLocation;
    if (!location && !placeless && ctx.lastTalksLocation && afterTalks) location = ctx.lastTalksLocation;
    // talks during a visit reported before are held where the visit went ("arrived in Tashkent …; on Monday he held talks with …")
    if (!location && type === 'meeting' && ctx.lastVisit && date !== null && ctx.lastVisit.date !== null && date.startsWith(ctx.lastVisit.date.slice(0, 7))) location = ctx.lastVisit.location;
    // a statement made on the day of the talks reported before, at them ("The leaders also adopted a joint statement")
    if (!location && type === 'statement' && ctx.lastTalksLocation && date !== null && date.length === 10 && date === ctx.lastTalksDate) location = ctx.lastTalksLocation;
    // an event of a later clause takes an amount of its own clause when it has one
    const stated = (m: Money): boolean => !/\(\s*(approx|about|around|some|roughly|or|equivalent)/i.test(text.slice(Math.max(0, m.start - s.start - 16), m.start - s.start));
    const inClause = (m: Money): boolean => m.start - s.start >= lo && m.start - s.start < hi;
    const value = type === 'deal' || type === 'investment' ? ((lo > 0 ? s.money.find((m) => inClause(m) && stated(m)) : undefined) ?? s.money.find(stated) ?? null) : null;
    const evCommodities = commodities;
    events.push({
      type: kind,
      date,
      date_precision: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
      actors: blocSummit ? actors.filter((a) => !isIso3(a)) : actors,
      location,
      commodities: evCommodities,
      sector: sectorOf(type, text, commodities),
      value: value ? { amount: value.amount, currency: value.currency, qualifier: value.qualifier, usd: value.usd } : null,
      evidence: text,
      evidence_start: s.start,
      evidence_end: s.end,
      confidence: dates.length ? 0.7 : 0.55,
    });
    if (type === 'summit' && commodities.some((c) => c === 'critical minerals' || c === 'rare earths')) {
      const ev = events[events.length - 1];
      if (ev) ev.commodities = commodities.filter((c) => c === 'critical minerals' || c === 'rare earths');
    }
  }
  const er = events.find((e) => e.type === 'export_restriction');
  if (er) {
    const second = secondRestriction(s, er, found.get('export_restriction') ?? 0, ctx);
    if (second) events.push(second);
  }
  return events;
}

/**
 * A second export-control measure in the same sentence: the original measure a change refers to
 * ("suspended a ban … that it imposed in December", "months after announcing in August") or the
 * other side's ("a day after Washington expanded its curbs", "Washington's new restrictions", "a
 * day after the Biden administration added 140 entities …"). GUIDELINES: changes to a regime are
 * new events, and one sentence may state several.
 */
const SECOND = /\b(?:that|which) (?:it|they|China|Beijing|Washington|the \w+) (?:had )?(?:first )?(?:imposed|introduced|announced|adopted)\b|\bafter (?:first )?(?:announcing|imposing|introducing)\b|\b([A-Z][\w.]*) (?:expanded|tightened|imposed|introduced|announced) (?:its|their|new|fresh) (?:curbs|restrictions|controls|export controls)\b|\b([A-Z][\w.]*)[’'](?:s)? (?:new |expanded |own )?(?:restrictions|curbs|export controls)\b|\b(?:a day|one day|two days|three days|four days|five days|days|a week|weeks|months|hours) after (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)(?: administration| government)? (?:added|imposed|tightened|expanded|introduced|announced|said|unveiled|restricted)\b/;

const SECOND_ALL = new RegExp(SECOND.source, 'g');

function secondRestriction(s: SentenceInput, first: ExtractedEvent, at: number, ctx: EventContext): ExtractedEvent | null {
  const text = s.text;
  const re = SECOND_ALL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null = null;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    // a measure named by its state ("Washington expanded its curbs") is another than the one at `at`; one "days after" the first comes after its trigger
    if (x[3] ? x.index > at : (x[1] ?? x[2]) ? x.index !== at : x.index > at) {
      m = x;
      break;
    }
  }
  if (!m) return null;
  const q = m.index;
  const subject = m[1] ?? m[2] ?? m[3];
  let actors = first.actors;
  let commodities = first.commodities;
  if (subject) {
    // the state the subject names ("Washington", "the Netherlands", "the Biden administration")
    const from = q + m[0].indexOf(subject);
    const mention = s.mentions.find((x) => x.start - s.start >= from && x.start - s.start < from + subject.length && x.actors.length > 0 && isIso3(x.actors[0] ?? ''));
    if (!mention) return null;
    actors = [...new Set([...mention.actors, ...first.actors.slice(0, 1)])];
    commodities = [];
  }
  let date: string | null = null;
  const later = firstDate(text.slice(q), ctx.anchor, s.start + q, false, notBound);
  if (later) {
    date = later.value;
    // "banned … in December, months after announcing in August": the earlier measure precedes the first, a year back when its month comes after
    if (first.date && /^(?:[\w ]+ )?after\b/.test(m[0]) && !/\d{4}/.test(later.text) && later.value.slice(0, 7) > first.date.slice(0, 7)) date = String(Number(later.value.slice(0, 4)) - 1) + later.value.slice(4);
  } else if (first.date) {
    const shift = /\b(a|one) day (after|before)\s+$/i.exec(text.slice(Math.max(0, q - 16), q)) ?? /^(?:a|one) day (after|before)\b/i.exec(m[0]);
    if (shift && first.date.length === 10) {
      date = shiftDay(first.date, /after/i.test(shift[0]) ? -1 : 1);
    } else date = first.date.slice(0, 4);
  }
  return { ...first, actors, commodities, date, date_precision: date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', confidence: 0.5 };
}

/** Where the clause of a trigger starts and ends (sentence offsets): an introductory phrase ("During …,") and trailing participle or relative clauses (", marking …", ", which …") are cut off. */
/** Where a clause ends: a comma before a participle, relative or new subject, a speech tag, ", and the same day" or "later", or a dash. */
const CUT = /,\s+(?!including\b)(\w+ing|which|who|whose|where|while|whereas|but|though|although|amid|after|before|because|since|said|says|according|ahead|following|their|its|his|her|a|an)\b|,\s+the\s[^,;]{1,60}\b(said|says|announced|reported)\b|,\s+and\s+(?:the same day|on the same day|later|then|afterwards|meanwhile)\b|\s[—–]\s/gi;

/** A name governed by "of", "between", "from" or "with" before the comma: where a list of names may open. */
const LIST_OPENS = /\b(?:of|between|from|with) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*,\s$/;
/** Names listed after a comma up to "and" or "or": what follows the first comma of a list. */
const LIST_GOES_ON = /^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*(?:,\s[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)*,?\s(?:and|or)\s/;

function clauseOf(text: string, at: number): [number, number] {
  let from = 0;
  let to = text.length;
  const intro = /^\s*(During|In|On|At|After|Following|Ahead of|Given|Since|According to|As|Additionally|However|Last|Earlier|Meanwhile|Against|Despite|Amid|To|With)\b[^,]{0,160},\s/.exec(text);
  // "On 9 August the presidents of Kazakhstan, Kyrgyzstan … and Uzbekistan held …": the comma is a list's, not an introduction's
  if (intro && !(LIST_OPENS.test(intro[0]) && LIST_GOES_ON.test(text.slice(intro[0].length, intro[0].length + 200)))) {
    const end = intro[0].length;
    if (at >= end) from = end;
    else to = end;
  }
  CUT.lastIndex = Math.max(at, from);
  const m = CUT.exec(text);
  if (m && m.index < to) to = m.index;
  return [from, to];
}

/** The end of a dateline ("ISTANBUL (AA) - ", "Tashkent, Uzbekistan (UzDaily.com) — "), or 0. */
/** The sentence whose dateline end was found last, and that end (a sentence's events share it). */
let lastDatelineText: string | null = null;
let lastDatelineEnd = 0;
function datelineEnd(text: string): number {
  if (text !== lastDatelineText) {
    lastDatelineEnd = findDatelineEnd(text);
    lastDatelineText = text;
  }
  return lastDatelineEnd;
}

function findDatelineEnd(text: string): number {
  if (!datelineShape(text, 0, false)) return 0;
  DATELINE_PLACE.lastIndex = 0;
  const m = DATELINE_PLACE.exec(text);
  return m && (m[2] || m[3] || /^\s*[A-Z .'-]+\s*[—–-]/.test(text)) ? m[0].length : 0;
}

/**
 * Whether "he" or "she" is the subject of the clause: it opens the clause, or follows a short
 * introduction without a comma ("In Ashgabat on Monday he held talks …") before the trigger,
 * with no party named before it.
 */
function pronounSubject(clause: string, s: SentenceInput, from: number, at: number): boolean {
  if (/^\s*(He|She)\b/.test(clause)) return true;
  const m = /^\s*(?:In|On|At|During|Later|Earlier|Then|After|Afterwards)\b[^,;]{0,60}?\s(he|she)\b/i.exec(clause);
  if (!m) return false;
  const pronoun = from + m[0].length - (m[1] ?? '').length;
  return pronoun < at && !s.mentions.some((x) => x.actors.length && x.type !== 'location' && x.start - s.start >= from && x.start - s.start < pronoun);
}

/** The number of states the sentence names (countries and officials, not places). */
function namedStates(s: SentenceInput): number {
  const states: string[] = [];
  for (const m of s.mentions) if (m.type !== 'location' && m.actors.length === 1 && isIso3(m.actors[0] ?? '') && !states.includes(m.actors[0] ?? '')) states.push(m.actors[0] ?? '');
  return states.length;
}

/** `refs`: whether the sentence holds a word of the clause references (REFS_BIT); without one their patterns cannot match. */
function actorsFor(type: EventType, s: SentenceInput, ctx: EventContext, at: number, refs: boolean, lo = 0, hi = Infinity): string[] {
  const text = s.text;
  const out: string[] = [];
  const [from0, to0] = clauseOf(text, at);
  // the clause, within the part of a sentence that states two events of one type
  const from = Math.max(from0, lo);
  const to = Math.min(to0, hi);
  const clause = text.slice(from, to);
  if (ctx.lastPerson && pronounSubject(clause, s, from, at)) out.push(...ctx.lastPerson);
  // "the two governments" are the previous event's parties, unless the sentence names two states itself
  if (refs && /\b(the|both) (two )?(sides|parties|countries|leaders|governments)\b/i.test(clause) && namedStates(s) < 2) out.push(...ctx.prevActors);
  if (refs && /\bthe (company|firm)\b/i.test(clause) && ctx.lastOrg) out.push(ctx.lastOrg);
  if (refs && /\bthe ministry\b/i.test(clause) && ctx.lastStateAgency) out.push(ctx.lastStateAgency);
  const restrict = type === 'export_restriction' || type === 'sanction';
  const skipBefore = Math.max(from, datelineEnd(text));
  let first = out.length === 0;
  for (const m of s.mentions) {
    const rel = m.start - s.start;
    if (rel < skipBefore || rel >= to || (!m.actors.length && !(type === 'visit' && m.country))) continue;
    if (m.type === 'location' && !(m.group && (type === 'summit' || type === 'meeting' || type === 'agreement')) && !(type === 'visit' && m.country)) continue;
    // the 30 characters before the mention, cut only when a rule reads them
    const before = (): string => text.slice(Math.max(0, rel - 30), rel);
    // "Kyrgyzstan's Keremet Bank": the organisation is the party, not its country
    if (m.type === 'country' && possessive(text, m.end - s.start) && s.mentions.some((o) => o.type === 'organization' && o.start - m.end <= 4 && o.start > m.end)) continue;
    // "U.S. company Cove Capital", "Uzbekistan's state uranium company Navoiyuran": the organisation is the party
    if (m.type === 'country') {
      const org = s.mentions.find((o) => o.type === 'organization' && o.start >= m.end && o.start - m.end <= 60);
      if (org && /^([’']s)?(\s+(?!(?:and|with|or|to|by|from|of|in|at|that|which|who|is|was|were|are|said|says|has|have|had|will|would|as|for|on|signed|agreed)\b)[a-z][\w-]*){1,6}\s+$/.test(text.slice(m.end - s.start, org.start - s.start))) continue;
    }
    // a country that is only where a meeting took place is not a party
    if ((type === 'meeting' || type === 'summit') && m.type === 'country' && isSpaceLike(text.charCodeAt(rel - 1)) && /\b(in|at)\s+(([A-Z][\w'’-]*\s?){1,3},\s+)?$/.test(before())) continue;
    // the host of a visit is the country of the capital visited ("arrived in Moscow")
    if (type === 'visit' && m.type === 'location' && m.country) {
      out.push(m.country);
      continue;
    }
    if (restrict && !first) {
      const b = before();
      if (!/\b(to|against|on|targeting|adding|added|from|including|listing|listed)\s+(the\s+)?([\w’'.-]+\s+){0,3}$/i.test(b)) continue;
      if (m.demonym && !/\bto\s+$/i.test(b)) continue;
    }
    if (restrict && m.type === 'organization' && first && !m.actors.every(isIso3) && !m.actors.includes('European Union')) continue;
    out.push(...m.actors);
    first = false;
  }
  let actors = uniq(out.filter((a) => a !== 'SUN'));
  // a statement is its speaker's ("the sides" keep both)
  if (type === 'statement' && actors.length > 1 && !(refs && /\b(the|both) (two )?(sides|parties|countries|leaders|governments)\b|\bjoint statement\b/i.test(clause))) {
    // the speaker: the party named nearest before the verb ("Chairman of the … Committee James Risch announced")
    const speaker = s.mentions.filter((m) => m.actors.length && m.type !== 'location' && m.type !== 'commodity' && m.start - s.start >= skipBefore && m.end - s.start <= at).pop();
    actors = speaker ? speaker.actors.slice(0, 1) : actors.slice(0, 1);
  }
  // bills: the legislators or the legislature that introduced them, else the state
  if (type === 'legislation') {
    const named = s.mentions.filter((m) => (m.type === 'person' || m.type === 'organization') && m.start - s.start >= skipBefore && m.start - s.start < to).flatMap((m) => m.actors);
    const own = uniq(named.filter((a) => !isIso3(a)));
    actors = own.length ? own : actors.slice(0, 1);
  }
  return actors;
}

/** "In Tokyo, the chief cabinet secretary said …": the place a sentence opens with, where its statement was made. */
function sceneOf(s: SentenceInput): string | null {
  const m = s.mentions.find((x) => x.place && x.start - s.start < 12);
  if (!m || !/^\s*(?:In|At) (?:the )?$/.test(s.text.slice(0, m.start - s.start)) || s.text.charAt(m.end - s.start) !== ',') return null;
  return m.canonical;
}

/** A mine, deposit or project by its name ("Arcadia mine", "Raygorodok deposit"). */
const SITE = /\b(?:mine|deposit|project|field)$/i;

function locationFor(type: EventType, s: SentenceInput, at: number): string | null {
  const text = s.text;
  // a deal or investment without a stated venue takes place at its asset, when its clause names one (GUIDELINES "location")
  if (type === 'deal' || type === 'investment') {
    const sites = s.mentions.filter((m) => m.type === 'location' && SITE.test(m.canonical));
    const site = sites[0];
    if (site && sites.length === 1) {
      const [from, to] = clauseOf(text, at);
      if (site.start - s.start >= from && site.start - s.start < to) return site.canonical;
    }
  }
  // a visit goes where its trigger points: "visited Kazakhstan", "state visit to the Kyrgyz Republic", "arrived in Tashkent"
  if (type === 'visit') {
    const to = s.mentions.find((m) => m.place && m.start - s.start >= at && m.start - s.start - at <= 60 && /\b(?:to|visited|in|visiting|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start)));
    if (to) return placeName(to, s);
  }
  let best: Mention | null = null;
  for (const m of s.mentions) {
    if (!m.place) continue;
    const before = text.slice(Math.max(0, m.start - s.start - 12), m.start - s.start);
    if (type === 'legislation' && m.type === 'country') continue;
    // every pattern ends in white space, or in the "l" of "capital" or the "f" of "of"
    const last = before.charCodeAt(before.length - 1);
    if (!(isSpaceLike(last) || (last | 32) === 108 || (last | 32) === 102)) continue;
    const ok = PLACE_PREP.test(before) || (type === 'visit' && /\bvisited\s+$/i.test(before)) || /capital (of )?\s*$/i.test(before) || /’s capital of\s*$/.test(before);
    if (!ok) continue;
    if (!best || (m.specific && !best.specific)) best = m;
  }
  return best ? placeName(best, s) : null;
}

/** A place as an event's location: "the Kazakh capital" is the capital city, not the state. */
function placeName(m: Mention, s: SentenceInput): string {
  if (!m.demonym || !s.text.startsWith(' capital', m.end - s.start)) return m.canonical;
  return capitalCity(m.actors[0] ?? '') ?? m.canonical;
}
