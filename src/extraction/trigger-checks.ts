import { CALLED_OFF, HYPOTHETICAL, JV_FORMED, MAY, NEGATED, OPENED_TALKS, REPORTED, STANDING, TALLY } from './not-events.js';
import type { EventContext, SentenceInput } from './events.js';
import type { Trigger } from './triggers.js';

/** An expectation in the clause before a trigger (no comma, semicolon or full stop between). */
const EXPECTED_CLAUSE = /\b(?:is|are|was|were) (?:also |now |widely |still )?expected to [^,;.]*$/;
/** An intention in the clause before a trigger: "said … that he intended to visit Armenia and Georgia as part of a tour". */
const INTENDED_CLAUSE = /\b(?:intends?|intended|plans?|planned|hopes?|hoped) to [^,;.]*$/;
/** A measure on named goods dated in passing, the export pattern's last alternative ("restrictions on gallium and germanium in 2023"): it needs no verb of its own, but a commodity. */
export const BACKGROUND_MEASURE = /^(?:restrictions|curbs|controls|licensing) on .*\b(?:in|since) /i;

/**
 * Whether a trigger that matched (`m`) states no event after all (GUIDELINES "Events", "Not
 * annotated"): speculation, cancellation or negation in the words before it, talks opened or
 * continuing, standing relations and tallies, and the shapes each type's pattern lets through that
 * the sentence rules out (a ban on imports, licensing rules without exports, a summit of next year).
 */
export function ruledOut(tr: Trigger, m: RegExpExecArray, s: SentenceInput, ctx: EventContext): boolean {
  const text = s.text;
  // a pattern that opens with "to" ("to invest") lends it to the words before ("plans to")
  const before = text.slice(Math.max(0, m.index - 45), m.index) + (m[0].startsWith('to ') ? 'to ' : '');
  if ((HYPOTHETICAL.test(before) || MAY.test(before)) && !(REPORTED.test(before) && /\bwould\b/.test(before) && !/\b(may|might|could|if|expected)\b/i.test(before))) return true;
  // "to host", "to hold": a gathering planned, not held
  if ((tr.type === 'summit' || tr.type === 'meeting') && /\bto\s+$/i.test(before) && /^(?:host|hold)/i.test(m[0])) return true;
  // a trip or meeting called off did not happen; "has not signed", "no member has proposed"
  if (CALLED_OFF.test(before) || NEGATED.test(before)) return true;
  if (tr.type === 'meeting' && /^(?:talks|negotiations)\b/i.test(m[0]) && OPENED_TALKS.test(before)) return true;
  // "are also expected to travel to Berlin later this month for talks": an expectation further back in the clause
  // … or an intention ("said that he intended to visit Armenia … as part of a tour")
  const clause = m.index > 45 ? text.slice(Math.max(0, m.index - 110), m.index) : '';
  if (clause && text.includes('expected to') && EXPECTED_CLAUSE.test(clause)) return true;
  if (clause && (tr.type === 'visit' || tr.type === 'meeting' || tr.type === 'summit') && INTENDED_CLAUSE.test(clause)) return true;
  // "has yet to reach financial close": not done
  if (/\byet to\b[^.;,]{0,25}$/.test(before)) return true;
  // talks that "continue" are negotiations, not a meeting (GUIDELINES "not events")
  if (tr.type === 'meeting' && /\btalks\b/i.test(m[0]) && /^[^,;.]{0,120}\b(continue|continues|continuing|ongoing|under ?way)\b/i.test(text.slice(m.index))) return true;
  // patterns whose capitals matter under the /i flag: a title before "discussed", a name after "received"
  if (tr.type === 'meeting' && /discussed$/i.test(m[0]) && !/^(?:President|Prime Minister|Minister|Chancellor) [A-Z]/.test(m[0])) return true;
  // "has a supply agreement with …": a standing relation, not a transaction or a signing
  if ((tr.type === 'deal' || tr.type === 'agreement') && STANDING.test(before)) return true;
  // "several rounds of talks since 2020", "has visited China more than ten times": a tally, not an event
  if ((tr.type === 'meeting' || tr.type === 'visit') && (text.includes('times') || text.includes('rounds')) && TALLY.test(text)) return true;
  // a joint venture is a deal when it is formed or agreed, not when it runs a mine
  if (tr.type === 'deal' && /^joint venture$/i.test(m[0]) && !JV_FORMED.test(text)) return true;
  if (tr.type === 'meeting' && /^received /i.test(m[0]) && !/^received (?:in [A-Z][\w'’-]+ )?(?:(?:then|former|visiting|outgoing) )?(?:[A-Z]|the [A-Z]|a delegation)/.test(m[0])) return true;
  // "flew to", "went to", "headed to" (the visit pattern's words): a trip only to a named place ("went to Moscow", not "went to the polls")
  if (tr.type === 'visit' && /^(?:flew|flies|went|headed|travels|travell?ing) to$/i.test(m[0]) && !/^ [A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return true;
  // "extended the regime to September 30": a change to a measure the article has reported, or one the sentence names
  if (tr.type === 'export_restriction' && /^(?:extended|prolonged|lifted|eased|relaxed) the/i.test(m[0]) && !ctx.seenTypes.has('export_restriction') && !/\bexport|\bshipment/i.test(text)) return true;
  // licensing rules and requirements, and curbs "were announced", are export measures only when the sentence names exports, shipments or a control list
  if (tr.type === 'export_restriction' && /requirements|rules to|regulations to|licen[cs]e|(?:announced|introduced|imposed)$/i.test(m[0]) && !/\bexport|\bshipments?\b|control list|entity list/i.test(text) && !(/licen[cs]|permit/i.test(m[0]) && /\b(?:announced|introduced|imposed)\b/.test(text) && s.mentions.some((x) => x.type === 'commodity'))) return true;
  // "restrictions on gallium and germanium in 2023": a background measure only when it names goods of ours (a commodity), not "restrictions on foreign ownership in 2023"
  if (tr.type === 'export_restriction' && BACKGROUND_MEASURE.test(m[0]) && !s.mentions.some((x) => x.type === 'commodity' && x.start - s.start >= m.index && x.end - s.start <= m.index + m[0].length)) return true;
  // "introduced legislation to ban Russian uranium imports": a ban on imports is no export measure
  if (tr.type === 'export_restriction' && /\bban$/i.test(m[0]) && /^\s+(?:[\w-]+ ){0,3}imports\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) return true;
  // "Next year's G7 summit will be hosted by France", "The next Consultative Meeting is to be held next year": a summit to come
  if (tr.type === 'summit' && text.includes('ext ') && (/\bnext (?:year|month)['’]s (?:[\w-]+ )?summit\b/i.test(text) || /^\s*The next (?:[\w-]+ ){0,3}(?:summit|consultative meeting|meeting)\b/i.test(text))) return true;
  // "sanctioning" and "lists" under the pattern's i flag: a sanction only before a name, a number or "the" as written
  if (tr.type === 'sanction' && /(?:^sanctioning|\blists) $/i.test(m[0]) && !/^(?:[A-Z]|the |two |three |four |five |several |\d)/.test(text.slice(m.index + m[0].length))) return true;
  // "invited Xi to pay a state visit": an invitation, not a trip
  if (tr.type === 'visit' && /\binvit\w* (?:[^.;]|\.\d){0,80}\bto (?:pay|make)\b[^.;]{0,20}$/i.test(text.slice(Math.max(0, m.index - 120), m.index))) return true;
  return false;
}
