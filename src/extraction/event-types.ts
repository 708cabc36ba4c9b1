import type { EventType } from '../domain/records.js';
import { isIso3 } from './actor-codes.js';
import type { EventContext, Mention, SentenceInput } from './events.js';

/**
 * Which events a sentence states, once its triggers have been found (events.ts): the rules that
 * settle one type against another (a leaders' meeting is a summit, a priced agreement a deal, a
 * financing agreement an investment) and drop what the trigger words do not make an event here (a
 * summit proposed or called off, a statement still to come, a follow-up on a document already
 * reported, a standing sanction). GUIDELINES "Events" gives the type definitions.
 */

/** Leaders of several states meeting: a summit (GUIDELINES "summit"). */
const LEADERS = /\b(met|meets|hosted|hosts|received|meeting with|meeting of|gathered|joined|joins)\b(?:[^.;]|\.\d){0,60}\b(the )?(leaders|presidents|heads of state)\b|\b(leaders|presidents|heads of state) of (?:[^.;]|\.\d){0,80}\b(met|meet|gathered|convened|held)\b|\b(leaders|presidents|heads of state) (?:met|convened|gathered)\b/i;

/** What may stand between two leaders of a list: a comma or "and", then maybe a state's possessive or a title ("Kazakhstan's", "President of the Kyrgyz Republic"). */
const LEADER_LIST_GAP = /^(?:,|,? and)\s(?:[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?[’']s |President (?:of (?:the )?(?:[A-Z][\w-]* ){1,3})?)?$/;

/**
 * The number of states in the longest list of officials the sentence names one after another
 * ("Xi, Putin and Khurelsukh"; "Kazakhstan's Tokayev, Kyrgyzstan's Japarov …"), each counted
 * by the state they stand for.
 */
function listedLeaders(s: SentenceInput): number {
  let best = 0;
  let states: string[] = [];
  let prevEnd = -1;
  for (const m of s.mentions) {
    if (m.type !== 'person' || m.actors.length !== 1 || !isIso3(m.actors[0] ?? '')) continue;
    const state = m.actors[0] as string;
    const listed = prevEnd >= 0 && m.start - prevEnd <= 60 && LEADER_LIST_GAP.test(s.text.slice(prevEnd - s.start, m.start - s.start));
    if (!listed) states = [];
    if (!states.includes(state)) states.push(state);
    best = Math.max(best, states.length);
    prevEnd = m.end;
  }
  return best;
}

/** A bank, fund or finance institution (by its name): a lender or investor. */
const LENDER = /\b(Bank|Fund|Finance Corporation|EXIM|DFC)\b/;

/** The first party named before the trigger at `at`: a mention that stands for actors, neither a place nor a commodity. */
function firstParty(s: SentenceInput, at: number): Mention | undefined {
  return s.mentions.find((m) => m.actors.length && m.type !== 'location' && m.type !== 'commodity' && m.start - s.start < at);
}

/** Whether the first party named before the trigger at `at` is a lender ("The European Investment Bank … signed memoranda worth €1.47 billion"). */
function lenderFirst(s: SentenceInput, at: number): boolean {
  const first = firstParty(s, at);
  return first !== undefined && first.type === 'organization' && LENDER.test(first.canonical);
}

/** Where a side clause opens: the terms of an agreement ("; under it, …", ", under which …"), not its price. */
const TERMS = /;|\bunder (?:which|it|its terms)\b/;

/** Whether an amount stands in the clause of the trigger at `at` (before any "; under it" or "under which" that follows it). */
function ownMoney(s: SentenceInput, at: number): boolean {
  if (!s.money.length) return false;
  const tail = s.text.slice(at);
  const m = TERMS.exec(tail);
  const end = m ? s.start + at + m.index : Infinity;
  return s.money.some((x) => x.start < end);
}

/**
 * Whether a sentence imposes a sanction rather than naming one that stands ("the sanctioned
 * bank"): a verb of listing or imposing, "sanctioned" as a verb before its target, or a state's
 * sanctions on a named target ("Washington's sanctions on Keremet Bank").
 */
function sanctionImposed(text: string): boolean {
  return (
    /\b(added|adding|adopted|imposed|imposing|expanded|extended|prolonged|renewed|(?<!\bthe )designated|blacklisted|banned|listed|listing|lists|bars|prohibits|introduced|introducing|designating|sanctioning|announced|prompting|froze|placed|put|targeted|targeting|sanctioned by)\b/i.test(text) ||
    /\b[A-Z][\w.]*['’]s (?:new |latest |fresh |first )?sanctions (?:on|against)\b/.test(text) ||
    /(?<!\b(?:[Tt]he|an?|its|their|been|was|were|is|are|being|of) )\bsanctioned (?:the |a |an |\d|[A-Z]|two |three |four |five |several )/.test(text)
  );
}

/** A gathering called off, or not yet announced, in the words after its trigger: "(the summit), planned for Astana in August, was called off", "(a visit by Putin) has not been announced". */
const CALLED_OFF_AFTER = /^[^;]{0,80}\b(?:(?:was|were|has been|had been) (?:called off|cancell?ed|postponed|scrapped)|(?:has|have|had) not (?:yet )?been (?:announced|confirmed|scheduled|held))\b/i;

/** A sentence that quotes and ends in its attribution: '…," the ministry said in a statement.' */
const QUOTED_STATEMENT = /[,.!?]["”] (?:[^.;"”]|\.\d){1,80}\bsaid in a (?:written )?statement\.?$/;

/** Multilateral formats whose leaders' meeting is a summit (GUIDELINES "summit"). */
export const MULTILATERAL = /^(?:C5\s?\+\s?1|Eurasian Economic Union|Organization of Turkic States|Shanghai Cooperation Organi[sz]ation|Commonwealth of Independent States|Collective Security Treaty Organization|BRICS|G7|G20|Gulf Cooperation Council|ASEAN|Organisation of Islamic Cooperation|Conference on Interaction and Confidence-Building Measures in Asia)$/;

/** What the keyword scan and the sentence tell the rules: a summit cue ("leaders", "presidents"), a "will ", a quotation mark. */
export interface TypeCues {
  leaders: boolean;
  will: boolean;
  quoted: boolean;
}

/** A stake or stock bought: by a state, an investment. */
const STATE_STAKE = /\b(?:preferred stock|equity stake|(?:take|took|taking|takes) (?:a |an )?(?:[\w-]+ )?stake|(?:buy|bought|buying|acquire|acquired) (?:[^.;]|\.\d){0,40}\b(?:stock|shares|equity))\b/i;

/** Whether the first party named before the trigger at `at` is a state or acts for one ("the U.S. Department of Defense"). */
function stateFirst(s: SentenceInput, at: number): boolean {
  const first = firstParty(s, at);
  return first !== undefined && first.type !== 'person' && isIso3(first.actors[0] ?? '');
}

/** A gathering named in a side clause: ", who chaired the meeting,". */
const SIDE_GATHERING = /, (?:who|which) (?:had )?(?:chaired|hosted|attended|opened|led|co-chaired) the (?:meeting|summit|talks|session|forum)\b/i;

/** Documents signed or exchanged beside a joint statement: "witnessed the exchange of a package of intergovernmental documents". */
const DOCUMENTS_EXCHANGED = /\b(?:signing|exchange) of (?:[^.;]|\.\d){0,50}\b(?:agreements|documents|memorand(?:ums|a))\b|\b(?:signed|exchanged) (?:a |the )?(?:package|set|number|series) of (?:[^.;]|\.\d){0,50}\b(?:agreements|documents|memorand(?:ums|a))\b/i;

/** A gathering or document still talked about, in the words after its trigger: "(an EU–Central Asia leaders' summit) is under discussion". */
const UNDER_DISCUSSION = /^[^;.]{0,60}\b(?:is|are|remains?) (?:still )?(?:under discussion|being discussed|under consideration|in preparation)\b/i;

/** Words of a public body's name: its word is official ("the European Commission said …"); a company's is not. */
const INSTITUTION = /\b(?:Ministry|Commission|Council|Union|Organi[sz]ation|Agency|Department|Office|Government|Parliament|Committee|Service|Administration|Bureau|Treasury|Secretariat|Presidency|Cabinet|Kremlin|Bank|Fund|Nations|Court|Authority|Inspectorate|Senate|Assembly|House|Congress)\b/;

/** A company executive speaking, or a position said again and again. */
const EXECUTIVE_OR_REPEATED = /\b(?:chief executive|CEO|managing director|executive director|chairman of the board)\b|\b(?:repeatedly|consistently)\b/i;
/** "the company said", "the Chinese company said": a company speaking (capitals as written). */
const THE_COMPANY = /\bthe (?:[A-Z][\w-]+ )?(?:company|firm|miner)\b/;

/**
 * Whether the statement whose trigger is at `at` is a company's word or a standing position, not an
 * official one that is news: an executive or "the company" in the words up to it, "repeatedly",
 * or a company named right before its "said" ("Rio Tinto said on Monday …", "…, Polymetal said in a statement").
 */
function privateWord(s: SentenceInput, at: number): boolean {
  const head = s.text.slice(0, at + 20);
  if (EXECUTIVE_OR_REPEATED.test(head) || THE_COMPANY.test(head)) return true;
  if (!s.text.startsWith('said', at)) return false;
  const m = s.mentions.find((x) => x.end - s.start <= at && at - (x.end - s.start) <= 1);
  return m !== undefined && m.type === 'organization' && !m.group && !m.actors.some(isIso3) && !m.actors.includes('European Union') && !INSTITUTION.test(m.canonical);
}

/** An investment told without an amount: invested, financed by, funded, undertaken to finance, an investment made, billions spent, an investment agreement, a letter of interest, a financial close. */
const MONEYLESS_INVESTMENT = /\binvested\b|letters? of interest|financial close|\bfinanced (?:in part |partly |largely |mainly |mostly |jointly )?(?:by|with|through)\b|\b(?:has|have|had) (?:also |already |partly |jointly |largely )?funded\b|\b(?:undertaken|undertook|agreed|pledged|committed|promised|decided) to (?:finance|fund|co-finance)\b|\bmade (?:its |their |a |an |the )?(?:[\w-]+ ){0,2}investments? in\b|\bspent (?:billions|millions|hundreds of millions)\b|\binvestment (?:agreement|accord|contract)s?\b/i;

/**
 * Settles the types `found` (type → trigger offset) in place; false when the sentence states no new
 * event at all ("Under the deal, …": the terms of an event already reported, but for an investment they commit).
 */
export function settleTypes(found: Map<EventType, number>, s: SentenceInput, ctx: EventContext, cues: TypeCues): boolean {
  const text = s.text;
  // a meeting with the leaders of a group of states is a summit (GUIDELINES "summit")
  if (!found.has('summit') && cues.leaders && LEADERS.test(text)) {
    const states = new Set<string>();
    for (const m of s.mentions) if (m.type === 'country' || m.actors.length > 2) for (const a of m.actors) states.add(a);
    if (states.size >= 3 || s.mentions.some((m) => m.actors.length >= 3 || (m.type === 'organization' && MULTILATERAL.test(m.canonical))) || /\b(?:five|six|all (?:the )?\w+) (?:Central Asian )?(?:leaders|presidents|heads of state)\b/i.test(text)) {
      found.set('summit', found.get('meeting') ?? LEADERS.exec(text)?.index ?? 0);
      found.delete('meeting');
    }
  }
  // "Biden met Kazakhstan's Tokayev, Kyrgyzstan's Japarov, …", "Xi, Putin and Khurelsukh held a
  // trilateral meeting": a meeting of the listed leaders of three or more states is a summit
  if (found.has('meeting') && !found.has('summit') && !/\b(?:separate(?:ly)?|bilateral|ministers?|officials|delegations)\b/i.test(text) && listedLeaders(s) >= 3) {
    found.set('summit', found.get('meeting') ?? 0);
    found.delete('meeting');
  }
  // "signed during the visit": the visit already reported
  if (found.has('visit') && ctx.seenTypes.has('visit') && /\b(?:during|in the course of|on the sidelines of) the visit\b/i.test(text)) found.delete('visit');
  // "the talks were held in a narrow format": the talks already reported, described
  if (found.has('meeting') && ctx.seenTypes.has('meeting') && /\bthe talks (?:were|was) held in (?:a |an )?(?:narrow|extended|expanded|restricted|closed|one-on-one|tete-a-tete|tête-à-tête)\b/i.test(text)) found.delete('meeting');
  // "proposed holding the first Korea–Central Asia summit", "welcomed the intention of Korea to host the
  // summit": a summit proposed or intended is not a summit
  if (found.has('summit') && /\b(?:proposed|proposal|offered|suggested|intention|intends|plans? to host|bid to host)\b(?:[^.;]|\.\d){0,80}$/.test(text.slice(0, found.get('summit') ?? 0))) found.delete('summit');
  // "the summit, planned for Astana in August, was called off": a gathering called off after its trigger did not happen
  for (const t of ['summit', 'meeting', 'visit'] as const) if (found.has(t) && CALLED_OFF_AFTER.test(text.slice(found.get(t) ?? 0))) found.delete(t);
  // "will adopt a joint statement at the close of the forum": a statement still to come
  if (found.has('statement') && cues.will && /\bwill (?:adopt|issue|sign|release|publish) (?:a |the )?(?:joint )?statement\b/i.test(text)) found.delete('statement');
  // "added 140 entities to a trade blacklist" beside an export ban: the export control, not a sanction
  if (found.has('sanction') && found.has('export_restriction') && !/\bsanction/i.test(text) && /\b(?:trade|export) blacklist\b|\bblacklisted (?:\w+ ){0,2}(?:companies|firms|entities)\b/i.test(text)) found.delete('sanction');
  // "the guest was met by … at the airport": a greeting on arrival, not a meeting
  if (found.has('meeting') && /\b(?:was|were) (?:met|greeted|welcomed) by\b/.test(text) && /\bairport\b/i.test(text)) found.delete('meeting');
  // a follow-up on a document already reported ("The agreement was signed at …") is no new event
  if (/^\s*(The|This|That) (agreement|memorandum|MoU|deal|accord|roadmap|document)s? (was|were) (signed|inked|concluded)\b/.test(text) && ctx.seenTypes.has('agreement')) found.delete('agreement');
  if (/^\s*(The|This|That) (deal|contract)s? (was|were) (signed|inked|concluded|sealed)\b/.test(text) && ctx.seenTypes.has('deal')) found.delete('deal');
  // "signed the law ratifying the agreement": the law, not a new agreement
  if (found.has('legislation') && found.has('agreement') && /\b(?:law|bill|decree) (?:on )?ratif/i.test(text)) found.delete('agreement');
  // "adopted by the Council": the body that adopted a law, not a council set up by an agreement
  if (found.has('legislation') && found.has('agreement') && /\b(?:adopted|approved|passed) by the (?:[A-Z][\w-]+ )*(?:Council|Parliament|Senate|Congress|Assembly)\b/.test(text)) found.delete('agreement');
  // one trigger word, one type: a priced agreement is a deal, or, signed by a development bank or
  // fund, financing (GUIDELINES "investment": financing pledges and commitments)
  if (found.has('agreement') && (ownMoney(s, found.get('agreement') ?? 0) || /\bagreement to supply\b/i.test(text)) && !found.has('investment')) {
    const at = found.get('agreement') ?? 0;
    found.delete('agreement');
    if (s.money.length && !found.has('deal') && lenderFirst(s, at)) found.set('investment', at);
    else found.set('deal', found.get('deal') ?? at);
  }
  if (found.has('deal') && found.has('agreement') && /cooperation deal/i.test(text)) found.delete('deal');
  // a financing or loan agreement (or deal), an investment "under an agreement signed" with a state, or money awarded to build something, is the investment it finances
  if (found.has('investment') && found.has('agreement') && /\b(?:financing|loan|credit|grant) agreement\b|\bunder (?:an|the|a) (?:[\w-]+ )?agreement (?:signed|concluded|reached)\b/i.test(text)) found.delete('agreement');
  if (found.has('investment') && found.has('deal') && /\b(?:financing|loan|credit) (?:deal|contract)\b|\bawarded (?:a |an )?(?:\S+ ){0,4}(?:grant|loan)s?\b|\bawarded (?:[\w'’-]+ ){1,5}(?:about |some |up to |nearly |more than |over )?(?:US)?[$€£]\s?\d[^.;]{0,40}\bto (?:build|expand|develop|construct|fund|support|finance)\b/i.test(text)) found.delete('deal');
  // the agreement of a commercial transaction is the deal (GUIDELINES "agreement": no specific commercial transaction)
  if (found.has('deal') && found.has('agreement') && !/\b(memorand|MoUs?\b|declaration|partnership|road ?map|framework|cooperation)/i.test(text)) found.delete('agreement');
  // "adopted a joint statement on … partnership": a statement, not an agreement
  if (found.has('agreement') && /^\w+ (?:a |the )?joint statement\b(?! and\b)/i.test(text.slice(found.get('agreement') ?? 0))) {
    // "… and witnessed the exchange of a package of documents": the documents are the agreement
    const docs = DOCUMENTS_EXCHANGED.exec(text);
    if (docs) found.set('agreement', docs.index);
    else found.delete('agreement');
  }
  // "signed a $50 billion investment agreement": the investment it commits (GUIDELINES "investment")
  if ((found.has('agreement') || found.has('deal')) && !found.has('investment') && text.includes('nvestment ') && /\binvestment (?:agreement|accord|contract)s?\b/i.test(text)) {
    found.set('investment', found.get('agreement') ?? found.get('deal') ?? 0);
    found.delete('agreement');
    found.delete('deal');
  }
  // a state buying a stake or stock ("the Department of Defense agreed to buy $400 million of preferred stock in …") invests (GUIDELINES "investment")
  if (found.has('deal') && !found.has('investment') && (text.includes('stake') || text.includes('stock') || text.includes('shares') || text.includes('equity')) && STATE_STAKE.test(text) && stateFirst(s, found.get('deal') ?? 0)) {
    found.set('investment', found.get('deal') ?? 0);
    found.delete('deal');
  }
  // "Tokayev, who chaired the meeting, described …": a gathering already reported, named in a side clause
  const side = (found.has('meeting') || found.has('summit')) && text.includes(', wh') ? SIDE_GATHERING.exec(text) : null;
  if (side) for (const t of ['meeting', 'summit'] as const) if ((found.get(t) ?? -1) >= side.index && (found.get(t) ?? -1) < side.index + side[0].length) found.delete(t);
  // "agreed to invest … through their joint venture": the investment, not a new venture
  if (found.has('deal') && found.has('investment') && /\bto invest\b/i.test(text) && /\bthrough (?:its|their|a|the) (?:[\w-]+ )?(?:joint venture|vehicle|subsidiary)\b/i.test(text)) found.delete('deal');
  // "Senator Barrasso introduced the ban": a bill, not an export measure
  if (found.has('export_restriction') && !found.has('legislation') && /\b(?:Senators?|Sen\.|Representatives?|Rep\.|lawmakers|legislators|congress(?:wo)?m[ae]n|MPs?)\b(?:[^.;]|\.\d){0,60}\bintroduced\b/.test(text)) {
    found.set('legislation', found.get('export_restriction') ?? 0);
    found.delete('export_restriction');
  }
  // "a leaders' summit is under discussion": still talked about
  for (const t of ['summit', 'meeting', 'visit', 'agreement', 'deal'] as const) if (found.has(t) && UNDER_DISCUSSION.test(text.slice(found.get(t) ?? 0))) found.delete(t);
  // a purchase commitment ("committed to buying the output …") is the deal, not an investment
  if (found.has('deal') && found.has('investment') && /\bcommitted (?:[^.;]|\.\d){0,40}\bto (?:buy|buying|purchase|purchasing)\b/i.test(text)) found.delete('investment');
  // leaders who "attended the summit" already reported add no new summit
  if (found.has('summit') && ctx.seenTypes.has('summit') && /\b(attended|attending|joined) the summit\b/i.test(text)) found.delete('summit');
  // "the summit brought together …", "It was the first visit by …": the gathering or trip already reported, described
  if ((found.has('summit') || found.has('meeting')) && ctx.seenTypes.has('summit') && /\bthe summit (?:brought together|gathered|was attended by|drew)\b/i.test(text)) {
    found.delete('summit');
    found.delete('meeting');
  }
  if (found.has('visit') && ctx.seenTypes.has('visit') && /^\s*(?:It|This|That) (?:was|is|marked) (?:the|his|her|their) (?:first|second|third|fourth|fifth|\w+th|last|latest) visit\b/i.test(text)) found.delete('visit');
  // "The move adds to a string of curbs": the measure already reported, commented on
  if (found.has('export_restriction') && ctx.seenTypes.has('export_restriction') && /^\s*(?:The|This|That) (?:move|measure|decision|step)s? (?:adds?|is|was|marks?|marked)\b/i.test(text)) found.delete('export_restriction');
  if (found.has('investment') && !s.money.length && !MONEYLESS_INVESTMENT.test(text)) found.delete('investment');
  if (found.has('sanction') && /^\s*In response to\b/i.test(text)) found.delete('sanction');
  // "asked for the bank to be removed from the sanctions list": a removal asked for, not a listing
  if (found.has('sanction') && /\b(?:removed|removal|delist\w*|taken off)\b(?:[^.;]|\.\d){0,30}\bsanctions? list/i.test(text)) found.delete('sanction');
  // a standing listing or a "sanctioned" adjective is no new measure
  if (found.has('sanction') && !sanctionImposed(text)) found.delete('sanction');
  if (found.has('statement') && found.size > 1 && !/\b(issued a (joint )?statement|joint statement)\b/i.test(text)) found.delete('statement');
  // "… chief executive Lewis Black said in a statement", "has repeatedly said", "Rio Tinto said": a company's word or a standing position, not an official one that is news
  if (found.has('statement') && privateWord(s, found.get('statement') ?? 0)) found.delete('statement');
  // tariffs are not annotated (GUIDELINES), nor a leader's word that he would cut or raise one
  if (found.has('statement') && found.size === 1 && text.includes('tariff') && /\b(?:would|will|to) (?:cut|raise|impose|lift|reduce|increase|slap|double|halve)\b(?:[^.;]|\.\d){0,40}\btariffs?\b/.test(text)) found.delete('statement');
  // "…," the press service said in a statement.': a quote commenting on the news (GUIDELINES "not events")
  if (found.has('statement') && cues.quoted && QUOTED_STATEMENT.test(text)) found.delete('statement');
  if (found.has('meeting') && found.has('summit') && /\bsummit\b/i.test(text) && (!/\bmet\b/.test(text) || /\bmet (?:[^.;]|\.\d){0,30}\bfor (?:their|the|its|an?) (?:\w+ ){0,2}summit\b/.test(text))) found.delete('meeting');
  if (found.has('visit') && found.has('summit') && !/\b(state|official|working) visit\b/i.test(text)) found.delete('visit');
  // "Under the deal, Cove Capital will hold …", "Under the arrangement, …": the terms of an event already reported
  if (!/^\s*Under (?:the|this|that) (?:deal|agreement|contract|terms|arrangement|settlement|decision|decree|order|rules|regulation)\b/.test(text)) return true;
  // an investment committed under the terms is news of its own ("Under the contract, IPGL will invest about US$120 million")
  for (const t of [...found.keys()]) if (t !== 'investment') found.delete(t);
  return found.size > 0;
}
