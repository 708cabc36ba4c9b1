/**
 * What is not an event (GUIDELINES "Events", "Not annotated"): the words before a trigger that make
 * it speculation, a cancellation, a negation or a demand; commentary; tallies and standing
 * relations; and the terms or coming into force of a measure already reported. events.ts applies
 * them to each trigger it finds.
 */

/** Speculation, plans, demands or expectations in the words right before a trigger: "plans to sign", "urged Beijing to lift". */
export const HYPOTHETICAL = /\b(might|could|would|should|can|if|called on|urged|asked|demanded|expects? (?:[\w-]+ ){1,3}to|expected (?:[\w-]+ ){1,3}to|expected to|expects to|plans? to|planning to|preparing|preparations for|intends? to|intend to|intended to|aims? to|hopes? to|is set to|are set to|seeks? to|seeking to|considering|negotiating|could be|in talks|talks on|proposed to|ready to|willing to|want to|wants to|likely to|attempts? to|sticking point (?:in|of)|stumbling block (?:in|of)|proposed|due to (?:sign|visit|attend|meet|hold|host|take|be|start|begin|open|launch|travel|arrive|make|announce)|scheduled to)\b(?:[^.]|\.\d){0,25}$/i;

/** A cancellation right before a trigger: "called off a four-day trip to …". */
export const CALLED_OFF = /\b(called off|cancell?ed|cancell?ing|postponed|scrapped|abandoned)\b[^.,;]{0,25}$/i;

/** A negation right before a trigger: "has not signed", "never visited", "No member has proposed". */
export const NEGATED = /\b(not|never|neither|nor|no|no \w+ (?:has|have))\s+(?:yet\s+|been\s+|formally\s+)?$/i;

/** The modal "may", in lower case only: "In May, Beijing banned …" is a date. */
export const MAY = /\bmay\b(?:[^.]|\.\d){0,25}$/;

/** "said it would impose …": a reported decision, not speculation. */
export const REPORTED = /\b(said|says|announced|decided|confirmed|stated)\b/i;

/** Commentary, not news (GUIDELINES "not events"): an opening quote or "This will be …", or analysts speaking. */
export const NOT_EVENT_START = /^\s*(“|"|(This|It|That) (will be|would be|marks)\b|Critics\b)|^[^“"]{0,60}\b(?:emphasized|emphasised|stressed|noted|added|said),? [“"]/i;

/** NOT_EVENT_START's one alternative without a quotation mark: a sentence with none needs only this. */
export const NOT_EVENT_OPENING = /^\s*(?:(This|It|That) (will be|would be|marks)\b|Critics\b)/i;

/** Analysts, researchers, executives, traders or experts speaking ("analysts said", "…,\" one Seoul-based researcher said", "said an analyst at …"): commentary (GUIDELINES "not events"). */
export const NOT_EVENT_ANALYSTS = /\b((?:opposition (?:parties|politicians|leaders|lawmakers|figures)|activists|campaigners|protesters|environmental groups|investors|analysts?|researchers?|economists?|scholars?|consultants?|strategists?|commentators?|(?:industry )?executives|traders|miners|experts?|observers?|industry (?:officials|sources))(?: (?:in|at|from) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})? (?:have |had )?(?:say|says|said|believes?|warned|warns?|expects?|urged|argued|criticised|criticized|condemned|welcomed)|according to (?:some |several |other )?(?:analysts|traders|experts|researchers|economists|observers))\b|(?:,|\bsaid) (?:an?|one|another) (?:[\w-]+ ){0,3}(?:analyst|researcher|economist|scholar|consultant|strategist|commentator|expert|observer)\b/i;

/** A quotation closed and given to a commentator ("… with half the G20," one Seoul-based researcher said): commentary even when it tells of a signing. */
export const QUOTED_COMMENTARY = /[,.!?]["”] (?:said )?(?:an?|one|another|the) (?:[\w-]+ ){0,3}(?:analyst|researcher|economist|scholar|consultant|strategist|commentator|expert|observer|trader)s?\b/i;

/** A photo caption: a present-tense scene closed by its date ("Xi Jinping delivers a keynote speech at the summit in Astana, June 17, 2025."). */
export const CAPTION = /\b(?:delivers|speaks|attends|meets|shakes hands|shake hands|pose|poses|holds|hold|arrives|visits|signs|sign|listens|gestures|waves|looks on|chairs|addresses|inspects|greets|walks|walk|review|reviews)\b[^.]{0,300},\s(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}, \d{4}|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\.?\s*$/;

/** Negotiations opened, not a meeting held: "has since opened talks with Uzbekistan on a similar partnership". */
export const OPENED_TALKS = /\b(?:opened|launched|opening|launching)\s+(?:formal\s+|official\s+)?$/i;

/** Meetings or visits counted, not told (GUIDELINES "not events": aggregate statistics). */
export const TALLY = /\b(?:several|many|numerous|multiple|dozens of) (?:rounds|times)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) times\b/i;

/** A possession verb right before a trigger: a standing relation ("has a supply agreement with"). */
export const STANDING = /\b(?:has|have|had|holds?|maintains?|keeps?) (?:a|an|the|its|their) (?:long-standing |existing )?(?:[\w-]+ )?$/i;

/** What makes a joint venture news: its forming, agreeing or signing. */
export const JV_FORMED = /\b(?:form|formed|forming|forms|set up|sets up|setting up|establish|established|establishing|create|created|creating|launch|launched|agree|agreed|agreement|sign|signed|announced|register|registered|teamed up|partnered|entered|new|stake|deal|contract)\b/i;

/** A measure coming into force (GUIDELINES "date": the day it was imposed, not the day it takes effect). */
export const IN_FORCE = /\b(?:took|take|takes|taking) effect\b|\b(?:came|come|comes|entered|enter|enters) into force\b/i;

/** A sentence whose subject is a measure ("The curbs …", "China's export controls on …"). */
export const MEASURE_SUBJECT = /^\s*(?:The|These|Those|Such|Its|Their|[A-Z][\w.]*['’]s) (?:[\w-]+ ){0,3}(?:curbs|controls|restrictions|bans?|measures|rules|quotas|requirements|regime)\b/;

/** Licences or permits needed: the terms of an export measure. */
export const LICENCE_TERMS = /\b(?:need|require)s?\b(?:[^.;]|\.\d){0,20}\b(?:licen[cs]es?|permits?)\b/i;
