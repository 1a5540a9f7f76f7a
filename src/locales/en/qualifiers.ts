import type { NumberToken } from './numbers.js';

/** How a qualifier changes a value: approximate, or a bound in one direction. */
export interface Qualifier {
  approx?: boolean;
  bound?: 'over' | 'under';
}

/**
 * Approximation words right before a number (`nearly 700`, `about 95 times`): they set
 * `approx` and stay outside the span, as Recognizers-Text leaves them out.
 */
const APPROX_BEFORE =
  /\b(?:nearly|almost|about|around|approximately|approx\.?|roughly|some|closer? to|nearer to|circa|ca\.|an estimated|estimated|more or less|just about|or so)[ \t]+(?:\$|US\$|HK\$|€|£|¥)?$/i;

/**
 * Bound phrases right before a number (`more than 20`, `at least 3`, `under 5`): they set
 * `bound` and `approx` (the value is not exact) and join the span, since they change its meaning.
 */
const BOUND_BEFORE =
  /(?:\b(?:((?:(?:no|not)[ \t]+)?(?:taller|longer|older|heavier|wider|deeper|shorter|younger|lighter|narrower|more|greater|higher|larger|bigger|less|fewer|lower|smaller|warmer|hotter|colder|cooler|faster|slower|cheaper|costlier|farther))(?:[ \t]+or[ \t]+equal)?[ \t]+than(?:[ \t]+or[ \t]+equal[ \t]+to)?|(not[ \t]+(?:to[ \t]+)?exceed(?:ing)?|(?:does|do|did|will|shall|must|may|should)[ \t]+not[ \t]+exceed|over|above|exceeding|exceeds?|exceeded|top(?:s|ped|ping)|(?:will|would|can|could|may|might|to|should|must)[ \t]+top|(?<=(?<![A-Za-z'’])(?!(?:its|his|hers|was|has|this|thus|yes|plus|less|across|unless|ranks)\b)[A-Za-z]{2,}s[ \t]+)top|surpass(?:es|ed|ing)?|upwards of|in excess of|beyond|at least(?:[ \t]+or[ \t]+equal[ \t]+to)?|no less than|not less than|no fewer than|as many as|as much as|as high as|under|below|at most|up to|no more than|not more than|as few as|as little as|as low as|just over|just under|well over|well under|(?:capped|caps?)[ \t]+at|(?:a|the)[ \t]+(?:cap|ceiling)[ \t]+of|(?:has|have|had|just|already)[ \t]+(?:passed|crossed)|(?:will|would|can|could|may|might|to|should|must)[ \t]+(?:pass|cross)|(?<!\b(?:the|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?)(?:a[ \t]+)?(?:minimum|maximum)[ \t]+of|(?<!\b(?:the|its|his|her|their)[ \t]+)(?:minimum|maximum)))[ \t]+|(?<![=<>])([<>]=?|[≥≤])[ \t]*)$/i;

const OVER_WORDS = /^(?:(?:no|not)[ \t]+(?:shorter|younger|lighter|narrower|less|fewer|lower|smaller|colder|cooler|slower|cheaper)|taller|longer|older|heavier|wider|deeper|more|greater|higher|larger|bigger|warmer|hotter|faster|costlier|farther|over|above|exceed|top|(?:will|would|can|could|may|might|to|should|must)[ \t]+top|surpass|upwards|in excess|beyond|at least|no less|not less|no fewer|just over|well over|(?:has|have|had|just|already)[ \t]+(?:passed|crossed)|(?:will|would|can|could|may|might|to|should|must)[ \t]+(?:pass|cross)|(?:a[ \t]+)?minimum|>|≥)/i;

/**
 * The last words of BOUND_BEFORE's phrases, in lower case, each with the words that must stand
 * right before it (any word where none is listed): `than`, `up to`, `upwards of`, `at least`, `as many as`;
 * `top` after a modal or a plural noun (`will top`, `deliveries top 130 billion`, as headlines write it);
 * `pass` and `cross` after a modal (`expected to pass two-thirds`), as `has passed` reads.
 */
const BOUND_LAST_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['than', []], ['exceed', []], ['exceeding', []], ['exceeds', []], ['exceeded', []], ['over', []], ['above', []],
  ['tops', []], ['topped', []], ['topping', []], ['top', ['will', 'would', 'can', 'could', 'may', 'might', 'to', 'should', 'must', 's']], ['surpass', []], ['surpasses', []], ['surpassed', []], ['surpassing', []],
  ['beyond', []], ['under', []], ['below', []], ['to', ['up', 'equal']], ['of', ['upwards', 'excess', 'minimum', 'maximum', 'cap', 'ceiling']], ['minimum', []], ['maximum', []],
  ['least', ['at']], ['most', ['at']], ['as', ['many', 'much', 'high', 'few', 'little', 'low']], ['at', ['capped', 'cap', 'caps']],
  ['passed', ['has', 'have', 'had', 'just', 'already']], ['crossed', ['has', 'have', 'had', 'just', 'already']],
  ['pass', ['will', 'would', 'can', 'could', 'may', 'might', 'to', 'should', 'must']], ['cross', ['will', 'would', 'can', 'could', 'may', 'might', 'to', 'should', 'must']],
];
const BOUND_SYMBOLS = '<>=≥≤';

/**
 * Whether the text before a number may end with a bound BOUND_BEFORE reads: a bound symbol
 * (`>`, `≤`, `>=`) before spaces or tabs, or, before at least one space or tab, a word that ends
 * one of its phrases, after the word that phrase needs. Text that cannot is answered without
 * running (and compiling) the pattern. Words are compared by their ends, in lower case (its `i`
 * flag reads ASCII letters in any case), so a word glued to punctuation (`(over`) still runs it.
 */
function mayEndWithBound(before: string): boolean {
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  if (end === 0) return false;
  if (BOUND_SYMBOLS.includes(before.charAt(end - 1))) return true;
  if (end === before.length) return false;
  const head = before.slice(0, end).toLowerCase();
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'));
  const last = head.slice(space + 1);
  let prevEnd = space;
  while (prevEnd > 0 && (head[prevEnd - 1] === ' ' || head[prevEnd - 1] === '\t')) prevEnd--;
  const prev = space < 0 ? '' : head.slice(0, prevEnd);
  // Loops by index: destructuring each entry would step an iterator through it, at each number of the text.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- as above
  for (let k = 0; k < BOUND_LAST_WORDS.length; k++) {
    const entry = BOUND_LAST_WORDS[k]!;
    if (!last.endsWith(entry[0])) continue;
    const needs = entry[1];
    if (needs.length === 0) return true;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- as above
    for (let j = 0; j < needs.length; j++) if (prev.endsWith(needs[j]!)) return true;
  }
  return false;
}

/** A unit of distance right after a value (`1,200 metres`, `1600m`, `2 miles`, `5 furlongs`). */
const DISTANCE_AFTER = /^[ \t-]*(?:m|km|metres?|meters?|kilometres?|kilometers?|miles?|furlongs?|yards?)\b/i;
/** A race named right before `over` and its distance (`Sprint over`, `the race over`). */
const RACE_BEFORE = /\b(?:sprint|race|races|raced|racing|handicap|hurdles?|relay|stakes|cup|derby|dash|marathon|steeplechase|trials?|plate|classic)\b[ \t]*$/i;

/**
 * `hand over` (deliver): the `over` after it is the verb's, not a bound on the number after it.
 * Not `take over` or `sign over`, which as often take a bound (`the trip took over 3 hours`).
 */
const OVER_PARTICLE = /\bhand(?:s|ed|ing)?[ \t]*$/i;

/** A verb of extent before `over` (`spread over two floors`, `stretching over 12 hectares`): what it covers, no bound. */
const OVER_EXTENT = /\b(?:spread|spreads|spreading|stretch(?:es|ed|ing)?|scattered|split|spans?|spanned|spanning|sprawl(?:s|ed|ing)?|laid[ \t]+out|set[ \t]+out)(?:[ \t]+out)?[ \t]*$/i;

/**
 * Words after which `over` means `about`: arrest, prison, suit, inquiry, dispute, protest, worry,
 * resignation and blame, a term between or not (`jailed for 22 years over`, `jails four for six
 * months over`). Not a fine or a charge (`fined over $5,000` is more than $5,000), nor a term's
 * own bound (`jailed for over 10 years`).
 */
const OVER_ABOUT = /\b(?:jails?|jailed|jailing|imprisons?|imprisoned|arrests?|arrested|detains?|detained|sues|sued|suing|convicts?|convicted|sentences|sentenced|investigated|probed|questioned|quizzed|rows?|disputes?|clash(?:es|ed)?|protests?|protested|concerns?|fears?|worries|anger|outrage|feuds?|spats?|stand-?offs?|talks|lawsuits?|resigns?|resigned|quits|apologi[sz](?:es|ed)|slammed|criticized|criticised|blamed|scandal)(?:[ \t]+(?!(?:by|to|of|at|in|for)\b)[A-Za-z0-9]+)?(?:[ \t]+(?:(?:for|to)[ \t]+)?(?:[A-Za-z0-9.-]+[ \t]+){1,4}(?:years?|months?|weeks?|days?))?[ \t]*$/i;

/** Comparatives of a measure rather than an amount (`warmer`, `slower`, `cheaper`). */
const MEASURE_COMPARED = /^(?:warmer|hotter|colder|cooler|faster|slower|cheaper|costlier|farther)$/i;
/** A value with its measure: a currency before it, or a unit of heat, speed, time, length or money after it. */
const MEASURED_VALUE = /^(?:[A-Z]{0,3}\$|[€£¥])|^[\d.,]+[ \t-]*(?:°|℃|%|per[ \t]?cent|degrees?|km|kph|mph|m\b|metres?|meters?|miles?|seconds?|secs?|s\b|minutes?|mins?|hours?|days?|yuan|dollars?|euros?|pounds?|yen|kg|g\b)/i;

/**
 * Words of addition between a bound and its value (`at least an extra`, `up to a further`, `no more
 * than another`), and the end of a stretch counted (`at least the last 100 kilometres`, `up to the first 50`).
 */
const ADDED_BEFORE = /\b(?:an?[ \t]+(?:extra|additional|further)|another|the[ \t]+(?:first|last|final))[ \t]+$/i;

/**
 * `passed`, `crossed`, `reclaimed`, `regained` right before a value, `the` between or not (`sales
 * passed 350,000`, `the index reclaimed the 3,000-point level`, as 站上 and 重上 say it): a threshold
 * when the value is large (`LARGE_VALUE`).
 */
const PASSED_BEFORE = /\b(?:pass(?:e[sd]|ing)?|cross(?:e[sd]|ing)?|reclaim(?:ed|s|ing)?|regain(?:ed|s|ing)?)[ \t]+(?:the[ \t]+)?$/i;
/** Land measured after a value (`1,000 acres`, `500 hectares of land`): what reclaiming it wins back. */
const LAND_AFTER = /^[ \t]+(?:acres?|hectares?|ha|square|sq|km2|mu)\b/i;
/** A value of four digits or more, or with a word of scale (`350,000`, `2 million`, `1.5bn`, `half a billion`). */
const LARGE_VALUE = /^(?:[A-Z]{0,3}\$|[€£¥])?(?:\d{1,3}(?:,\d{3})+|\d{4,}|[\d.]+[ \t]*(?:thousand|million|billion|trillion|bn|m)\b|(?:(?:half|a[ \t]+quarter|three[ \t]+quarters)[ \t]+(?:of[ \t]+)?an?|an?|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:thousand|million|billion|trillion)\b)/i;

/** `cap` with what it caps between it and `at` (`caps written homework at`, `caps bamboo rafting on the Nine-Bend Stream at`). */
export const CAPPED_AT = /\bcap(?:s|ped|ping)?[ \t]+(?:[A-Za-z'-]+[ \t]+){1,7}at[ \t]+$/i;

/**
 * `limit` with what it limits between it and `to` (`limits annual pay to`, `limited the fee to`; a
 * second thing joined by `and`: `limits domestic players' pay to Rmb5mn and foreign players' to`).
 */
const LIMITED_TO = /\blimit(?:s|ed|ing)?[ \t]+(?:(?!and\b)[A-Za-z'’-]+[ \t]+){0,6}to[ \t]+(?:\S+[ \t]+and[ \t]+(?:(?!and\b)[A-Za-z'’-]+[ \t]+){0,3}to[ \t]+)?$/i;

/** `before`, `prior to`, `in advance` after a length: the length sets a cut-off before an event. */
/** Instruments a thing is done under, after a count and up to three words (`free trade agreements`, `schemes`, `bilateral treaties`). */
const INSTRUMENTS_AFTER = /^(?:[ \t]+[A-Za-z-]+){0,3}?[ \t]+(?:agreements|arrangements|treaties|accords|pacts|deals|conventions|protocols|frameworks|schemes|programmes|programs|laws|acts|ordinances|statutes|regulations|rules|provisions|clauses|contracts|licences|licenses|memorandums|memoranda)\b/i;
const CUT_OFF_AFTER = /^[ \t]+(?:before|prior[ \t]+to|in[ \t]+advance|ahead[ \t]+of)\b/i;

/**
 * A verb of motion right before `up to` (`go up to`, `went up to`, `moved up to`): the rise is to the
 * value. So is a sum's verb (`add up to`, `adds up to`, `summed up to`): the total, no bound.
 */
export const MOVED_UP = /\b(?:add(?:s|ed|ing)?|sum(?:s|med|ming)?|go|goes|going|gone|went|move[sd]?|moving|climb(?:s|ed|ing)?|step(?:s|ped|ping)?|push(?:es|ed|ing)?|bump(?:s|ed|ing)?|jump(?:s|ed|ing)?|rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|round(?:s|ed|ing)?|edg(?:e|es|ed|ing)|inch(?:es|ed|ing)?|tick(?:s|ed|ing)?|creep(?:s|ing)?|crept|shot|shoot(?:s|ing)?|leap(?:s|t|ed|ing)?|surg(?:e|es|ed|ing)|rose|rise[ns]?|rising|spik(?:e|es|ed|ing))[ \t]+$/i;

/** `raise` right before `up to`, which before money raises funds. */
const RAISED_BEFORE = /\brais(?:e|es|ed|ing)[ \t]+$/i;
/** An amount that opens with its currency's sign or code (`HK$`, `US$`, `$`, `€`, `RMB`). */
const CURRENCY_OPENS = /^(?:[A-Z]{0,3}\$|[€£¥￥]|RMB|CNY|USD|HKD|EUR)/;
/** An amount that closes on its currency's name or code (`3.2 billion yuan`, `500 million euros`, `80m HKD`). */
const CURRENCY_CLOSES = /(?:yuan|renminbi|dollars?|euros?|pounds?|sterling|yen|won|francs?|rupees?|ringgits?|baht|pesos?|patacas?|RMB|CNY|USD|HKD|EUR|GBP|JPY|MOP)$/i;

/**
 * Bound phrases right after a number (`500 or more`, `100+`, `20-odd`, `65 or older`, `aged 65 and
 * over`, `12 and under`, `ages 8 and up`). The words after `and` are prepositions when a phrase or a
 * number follows them (`5 and over the year`, `10 and up to 20`, `12 and under pressure`): then no
 * bound. Such a phrase is told by its first word: an article, pronoun, preposition or quantity word
 * (`the`, `them`, `to`, `each`), or a bare noun English idioms put after these prepositions
 * (`over time`, `under way`, `below zero`, `above average`).
 */
const BOUND_AFTER = /(?:[ \t]+or[ \t]+(more|above|over|greater|higher|larger|bigger|less|fewer|below|under|lower|smaller|older|younger|longer|shorter|later|earlier)\b(?:[ \t]+than\b)?|[ \t]+and[ \t]+(over|above|older|up|under|below|younger)\b(?![ \t]+(?:the|a|an|to|of|in|on|at|by|for|from|with|this|that|these|those|its|their|his|her|our|my|your|them|him|it|us|me|you|time|pressure|way|control|budget|average|par|zero|water|ground|review|construction|consideration|investigation|threat|fire|attack|arrest|contract|age|next|last|past|each|every|all|many|much|several|some)\b|[ \t]*[-\d$£€¥])|[ \t]*\+(?![\d\w])|-plus\b|-odd\b|[ \t]+odd\b|[ \t]+or[ \t]+so\b)/iy;
/** `and over` after an age (`aged 65 and over last year`), where `BOUND_AFTER` would take the words after for a phrase. */
const AGE_BOUND_AFTER = /[ \t]+and[ \t]+(over|above|older|up|under|below|younger)\b/iy;

/** `AGE_BOUND_AFTER` at `at`, or null. */
function ageBoundAt(text: string, at: number): RegExpExecArray | null {
  AGE_BOUND_AFTER.lastIndex = at;
  return AGE_BOUND_AFTER.exec(text);
}
/**
 * Whether BOUND_AFTER may match at `at`: each of its phrases opens with `+`, `-p` or `-o`
 * (`-plus`, `-odd`), or with spaces or tabs and then `or` (`or more`, `or so`), `od`, `an` (`and
 * over`) or `+`. Most numbers are followed by a word that is none of these, and the pattern is then
 * neither run nor compiled.
 */
function mayOpenBoundAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 43) return true;
  if (c === 45) {
    const letter = text.charCodeAt(at + 1) | 32;
    return letter === 112 || letter === 111;
  }
  let k = at;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  if (k === at) return false;
  if (text.charCodeAt(k) === 43) return true;
  const next = text.charCodeAt(k + 1) | 32;
  const first = text.charCodeAt(k) | 32;
  return (first === 111 && (next === 114 || next === 100)) || (first === 97 && next === 110);
}
/** BOUND_AFTER and its gate, for the test that checks the gate against the pattern. */
export const BOUND_AFTER_GATE = { pattern: BOUND_AFTER, mayOpen: mayOpenBoundAfter } as const;

/** The words of BOUND_AFTER that put the value as an upper bound (`or less`, `and under`). */
const UNDER_AFTER = /^(?:less|fewer|below|under|lower|smaller|younger|shorter|earlier)$/;

/**
 * A unit of measure between a number and its bound (`40 kg or more`, `40°C or above`, `26 C or higher`, `10 metres or
 * less`, `6,000 kW and above`, a unit joined by a hyphen and its noun: `the 28-nanometer node and above`),
 * or the people or things it counts (`10 persons or more`, `seven
 * seats or fewer`: any plural noun), perhaps per a unit (`0.5 grams per litre or more`, `80 milligrams
 * per 100 millilitres or above`).
 */
const UNIT_BEFORE_BOUND = /[ \t]*(?:-[a-z]{2,14}(?:[ \t]+[a-z]{2,12})?(?=[ \t]+(?:or|and)[ \t])|°[CF]?|℃|(?<=[ \t])[CF](?![A-Za-z])|(?:people|persons|children|adults|members|units|tables|rooms|nights|items|pieces|copies|shares|households|families|kg|g|mg|km|cm|mm|m|ml|mph|km\/h|[kMGT]Wh|[kMG]W|(?:kilo|mega|giga)?watt(?:-hour)?s?|tonnes?|tons?|kilo(?:gram|metre|meter)s?|(?:centi|milli|nano|micro)?(?:metre|meter)s?|nm|grams?|litres?|liters?|degrees?(?:[ \t]+(?:Celsius|Fahrenheit|C|F))?|feet|foot|inch(?:es)?|pounds?|miles?|[a-z]{2,14}s)(?![A-Za-z])(?:[ \t]+(?:per|a|an)[ \t]+(?:\d{1,4}[ \t]+)?[A-Za-z]{2,12}(?![A-Za-z]))?)/iy;

/** A unit of nanometres, a chip's node (`-nanometer`, ` nm`). */
const NANOMETRE = /nanomet|(?<![A-Za-z])nm(?![A-Za-z])/i;
/** `and more advanced`, `or more advanced` after a node: the node and finer ones. */
const MORE_ADVANCED_AFTER = /^[ \t]+(?:and|or)[ \t]+more[ \t]+advanced\b/i;

/** `per` right before a value: the measure a rate is of (`per 100 millilitres`), which a bound after it leaves alone. */
const PER_BEFORE = /\bper[ \t]+$/i;

/** What a legislature or a candidate passes, counted after the number (`passed 42 bills`, `passed 3 exams`). */
const PASSED_COUNTED = /^[ \t]+(?:new[ \t]+)?(?:bills?|laws?|motions?|resolutions?|amendments?|ordinances?|budgets?|tests?|exams?|examinations?)\b/i;

/** Occasions counted after a number, which `over` spans (`over three visits`, `over two sessions`, `run over 15 laps`). */
const OCCASIONS_AFTER = /^[ \t]+(?:visits|sessions|meetings|rounds|games|matches|trips|stages|phases|episodes|instal?lments|sittings|races|legs|laps|innings)\b/i;

/** `or equal`, `or equal to it` after a bound (`less than 5000 or equal`). */
const OR_EQUAL = /[ \t]+or[ \t]+equal(?:[ \t]+to)?\b/iy;
/** `equal to 5000`, read into the span of the value it introduces. */
const EQUAL_BEFORE = /\bequal(?:s|ing)?[ \t]+to[ \t]+$/i;
/** A number right after `or more than`: the bound belongs to that number, not this one. */
const NUMBER_AHEAD = /^[ \t]+(?:than[ \t]+)?(?:[-\d.]|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)\b)/i;

/** Where a value's span starts and ends once its qualifiers are read, and what they say. */
export interface Qualified extends Qualifier {
  start: number;
  end: number;
  /** `equal to 20`: an exact value written as a (degenerate) range. */
  exact?: boolean;
}

/**
 * Reads the qualifiers around the span `start..end` of a value: approximation words before
 * it (left outside the span), bound phrases before or after it (taken into the span of a
 * plain number, which they turn into a range; left outside for money, percentages and
 * durations, as Recognizers-Text does, unless `boundInSpan`).
 */
export function qualify(text: string, start: number, end: number, boundInSpan = true, overMeansDuring = false): Qualified {
  const before = text.slice(Math.max(0, start - 28), start);
  const out: Qualified = { start, end };
  // `at least an extra half hour`, `up to a further 5%`: words of addition between the bound and its value.
  const added = ADDED_BEFORE.exec(before);
  const boundText = added ? before.slice(0, added.index) : before;
  let bound = mayEndWithBound(boundText) ? BOUND_BEFORE.exec(boundText) : null;
  /** Where the bound's words start, back from the value. */
  const reach = (bound?.[0].length ?? 0) + (added?.[0].length ?? 0);
  /** The bound is the word `over`, which other words around it may make no bound. */
  const over = /^over$/i.test(bound?.[2] ?? '');
  // `over three years` is usually `during three years`.
  if (bound && overMeansDuring && over) bound = null;
  // `> 30 killed in …` at the head of a line quotes a headline: the `>` is no bound.
  if (bound?.[3] === '>' && /(?:^|\n)[ \t]*>[ \t]+$/.test(text.slice(Math.max(0, start - reach - 8), start))) bound = null;
  // `slower than five of the other finalists`: a comparison of a measure (speed, heat, price) binds a value
  // of that measure (`colder than 10°C`, `cheaper than $200`), not a count of the things compared.
  if (bound && MEASURE_COMPARED.test(bound[1] ?? '') && !MEASURED_VALUE.test(text.slice(start, Math.min(text.length, end + 16)))) bound = null;
  // `two jailed over HK$4.6 million robbery`, `a row over 5% pay rise`: `over` is `about` after a
  // word of arrest, suit or dispute, as headlines write it.
  if (bound && over && OVER_ABOUT.test(text.slice(Math.max(0, start - reach - 64), start - reach))) bound = null;
  // `handed over 600 jets`: `over` is the particle of its verb (delivered), no bound.
  if (bound && over && OVER_PARTICLE.test(text.slice(Math.max(0, start - reach - 16), start - reach))) bound = null;
  // `spread over two floors`: the extent a thing covers, no bound.
  if (bound && over && OVER_EXTENT.test(text.slice(Math.max(0, start - reach - 20), start - reach))) bound = null;
  // `had passed 42 bills`: bills, laws and tests passed are counted, no threshold crossed.
  if (bound && /pass(?:ed)?$/i.test(bound[2] ?? '') && PASSED_COUNTED.test(text.slice(end, end + 16))) bound = null;
  // `the Sha Tin Sprint over 1,200 metres`: a race run over its distance, no bound on it.
  if (bound && over && DISTANCE_AFTER.test(text.slice(end, end + 12)) && RACE_BEFORE.test(text.slice(Math.max(0, start - reach - 40), start - reach))) bound = null;
  // `go up to NT$190`, `moved up to third`: `up` is the verb's (a rise to a level), no bound.
  // Money raised up to an amount is a ceiling on the funds (`raise up to HK$4.6 billion`), not a rise.
  // A value added to another (`add up to another 6%`, `up to an extra 5%`) is bound by it, no sum.
  if (bound && !added && /^up[ \t]+to$/i.test(bound[2] ?? '')) {
    const verb = text.slice(Math.max(0, start - reach - 12), start - reach);
    if (MOVED_UP.test(verb) && !(RAISED_BEFORE.test(verb) && (CURRENCY_OPENS.test(text.slice(start, start + 4)) || CURRENCY_CLOSES.test(text.slice(start, end))))) bound = null;
  }
  // `paid HK$880,000 over three visits`: `over` a few occasions is across them, no bound.
  if (bound && over && OCCASIONS_AFTER.test(text.slice(end, end + 16)) && /^(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)$/i.test(text.slice(start, end))) bound = null;
  // `under 24 free trade agreements`, `under three schemes`: `under` the instruments that govern a
  // thing is `according to` them, no bound on their count.
  if (bound && /^under$/i.test(bound[2] ?? '') && INSTRUMENTS_AFTER.test(text.slice(end, end + 48))) bound = null;
  // `cancel up to 48 hours before arrival`: a cut-off a length before an event, no bound on the length.
  if (bound && /^up[ \t]+to$/i.test(bound[2] ?? '') && CUT_OFF_AFTER.test(text.slice(end, end + 16))) bound = null;
  // `sales passed 350,000`, `crossed 2 million`: a threshold passed, where the value is a large one (`passed 3 exams` is a count).
  const passed = bound ? null : PASSED_BEFORE.exec(before);
  // `reclaiming 1,000 acres`: land won back from the sea, no threshold.
  if (passed && LARGE_VALUE.test(text.slice(start, Math.min(text.length, end + 12))) && !(/^re/i.test(passed[0]) && LAND_AFTER.test(text.slice(end, end + 24)))) {
    if (boundInSpan) out.start = start - passed[0].length;
    out.bound = 'over';
    out.approx = true;
  }
  // `caps written homework at 60 minutes`, `limits foreign players' pay to $3mn`: a ceiling set on
  // the thing named between, left outside the span.
  if (!bound && !out.bound && ((/\bat[ \t]+$/i.test(before) && CAPPED_AT.test(text.slice(Math.max(0, start - 72), start)))
    || (/\bto[ \t]+$/i.test(before) && LIMITED_TO.test(text.slice(Math.max(0, start - 90), start))))) {
    out.bound = 'under';
    out.approx = true;
  }
  // `as little as S$40`, `as low as 2%`, `as few as three`: the value at its extreme, which the
  // other side may word as a floor (`最低40新元`) or a reach (`低至2%`): rough, no bound either way.
  if (bound && /^as[ \t]+(?:few|little|low)[ \t]+as$/i.test(bound[2] ?? '')) {
    if (boundInSpan) out.start = start - reach;
    out.approx = true;
    bound = null;
  } else if (bound) {
    if (boundInSpan) out.start = start - reach;
    out.bound = OVER_WORDS.test(bound[1] ?? bound[2] ?? bound[3] ?? '') ? 'over' : 'under';
    out.approx = true;
  } else if (APPROX_BEFORE.test(before)) out.approx = true;
  const equal = !bound && boundInSpan ? EQUAL_BEFORE.exec(before) : null;
  if (bound && boundInSpan) {
    OR_EQUAL.lastIndex = end;
    if (OR_EQUAL.exec(text)) out.end = OR_EQUAL.lastIndex;
  }
  let after: RegExpExecArray | null = null;
  if (mayOpenBoundAfter(text, out.end)) {
    BOUND_AFTER.lastIndex = out.end;
    after = BOUND_AFTER.exec(text);
  }
  // `aged 65 and over last year`: after an age the words are the bound whatever follows them.
  const age = !after && text.charCodeAt(out.end) === 32 && /\b(?:aged|ages?)[ \t]+$/i.test(before) ? ageBoundAt(text, out.end) : null;
  if (age) {
    out.end = AGE_BOUND_AFTER.lastIndex;
    out.approx = true;
    out.bound = UNDER_AFTER.test(age[1]!) ? 'under' : 'over';
  } else if (after?.[1] && NUMBER_AHEAD.test(text.slice(BOUND_AFTER.lastIndex, BOUND_AFTER.lastIndex + 12))) {
    // `200 or greater than 190`: the bound is 190's.
  } else if (after) {
    const word = (after[1] ?? after[2] ?? '').toLowerCase();
    if (boundInSpan || /or|and/i.test(after[0])) out.end = BOUND_AFTER.lastIndex;
    out.approx = true;
    if (UNDER_AFTER.test(word)) out.bound = 'under';
    else if (word || /\+|odd|plus/i.test(after[0])) out.bound = 'over';
  }
  // `40 kg or more`, `40°C or above`: the bound after the number's unit of measure.
  if (!after && !out.bound && !PER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
    UNIT_BEFORE_BOUND.lastIndex = out.end;
    const unit = UNIT_BEFORE_BOUND.exec(text);
    if (unit && mayOpenBoundAfter(text, UNIT_BEFORE_BOUND.lastIndex)) {
      BOUND_AFTER.lastIndex = UNIT_BEFORE_BOUND.lastIndex;
      const late = BOUND_AFTER.exec(text);
      const word = (late?.[1] ?? late?.[2] ?? '').toLowerCase();
      if (late && word && !NUMBER_AHEAD.test(text.slice(BOUND_AFTER.lastIndex, BOUND_AFTER.lastIndex + 12))) {
        out.approx = true;
        out.bound = UNDER_AFTER.test(word) ? 'under' : 'over';
      } else if (NANOMETRE.test(unit[0]) && MORE_ADVANCED_AFTER.test(text.slice(UNIT_BEFORE_BOUND.lastIndex, UNIT_BEFORE_BOUND.lastIndex + 24))) {
        // `7-nanometer and more advanced processes`: a chip's node, finer the more advanced, as
        // Chinese writes it (`7纳米及以下`).
        out.approx = true;
        out.bound = 'under';
      }
    }
  }
  // `the current NT$2 minimum.`, `a 30% cap`: the value named as a floor or a ceiling, the noun
  // closing its phrase (not `a HK$42.1 minimum wage`, where the floor is the wage's name).
  if (!after && !out.bound && text.charCodeAt(out.end) === 32) {
    const limit = LIMIT_AFTER.exec(text.slice(out.end, out.end + 24));
    if (limit) {
      out.approx = true;
      out.bound = /^(?:minimum|floor)$/i.test(limit[1]!) ? 'over' : 'under';
    }
  }
  if (equal && (out.bound || !after)) {
    out.start = start - equal[0].length;
    if (!out.bound) out.exact = true;
  }
  return out;
}

/** A floor or a ceiling named after a value, closing its phrase (`NT$2 minimum.`, `5% cap on`, `60 maximum for`). */
const LIMIT_AFTER = /^[ \t]+(minimum|maximum|floor|ceiling|cap)(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:of|for|on|in|per|set|required|and|or|that|which|is|was|will|would|has|had)\b)/i;

/**
 * Range joiners between two numbers (`10-11`, `20 to 30`, `20 through 100`), and `to` with the
 * hyphens of a compound (`16-to-24-year-olds`, `16- to 24-year-olds`).
 */
const RANGE_JOIN = /[ \t]*(?:-?[ \t]*(?:to|through)[ \t]*-?|[-\u2013\u2014~]|thru|and)[ \t]*/iy;
const BETWEEN_BEFORE = /\b(?:between|from)[ \t]+$/i;
/** A unit's word or symbol right after a range's low end (`100 kg`, `5 km`); group 1 the unit. */
const UNIT_AFTER_LOW = /[ \t]?(?!(?:to|through|thru|and)(?![A-Za-z]))([A-Za-z]{1,12})(?![A-Za-z])/y;
/**
 * `by` before the first number: a change by one amount to another (`fell by 1.39 million to
 * 1.408 billion`) where the two are of other scales, or the second over ten times the first;
 * numbers alike make a range (`rose by 3 to 5 percent`). Bounds and ages likewise (`AGE_BOUND_BEFORE`).
 */
const CHANGE_BY_BEFORE = /\bby[ \t]+(?:(?:about|around|nearly|almost|roughly|some|over|more[ \t]+than|less[ \t]+than|a[ \t]+further|another)[ \t]+)?$/i;

/**
 * Whether `low to high`, the first amount starting at `start` (its currency included), is a change
 * by one amount to another (`CHANGE_BY_BEFORE`) rather than a range.
 */
export function changeAndLevel(text: string, start: number, low: NumberToken, high: NumberToken): boolean {
  // A range from zero (`aged 0 to 2`) is no value and a level: any end is more than ten times it.
  if (!(low.scaled !== high.scaled || (low.value > 0 && high.value > 10 * low.value))) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  return CHANGE_BY_BEFORE.test(before) || AGE_BOUND_BEFORE.test(before);
}

/**
 * A bound or an age before the first number (`children under three to 300 yuan`, `those aged 65 to
 * 2,000 yuan`): the first is a value of its own and the second a level something is raised to,
 * where they are of other scales or the second is over ten times the first (`under 3 to 5 years`
 * stays a range).
 */
const AGE_BOUND_BEFORE = /\b(?:under|over|above|below|aged|older[ \t]+than|younger[ \t]+than)[ \t]+$/i;

/** A range of two tokens, with `between` / `from` read into the span when present. */
export interface RangeSpan {
  start: number;
  end: number;
  /** Index of the upper bound in the token list. */
  high: number;
}

/**
 * Reads a range that starts at token `i` (`10-11`, `20 to 30`, `between 20 and 30`):
 * the next token must follow right after a joiner. `and` joins only after `between`.
 * `accept` decides whether the upper token may close the range (same form of number).
 */
export function rangeAt(
  text: string,
  tokens: readonly NumberToken[],
  i: number,
  accept: (low: NumberToken, high: NumberToken) => boolean = () => true,
): RangeSpan | undefined {
  const low = tokens[i]!;
  const high = tokens[i + 1];
  if (!high) return undefined;
  // After `between`, a unit after each end (`between 100 kg and 150 kg`): the same word after the high
  // one (`from 144 hours to 240 hours` is a change from one to the other as often).
  UNIT_AFTER_LOW.lastIndex = low.end;
  const unit = /\bbetween[ \t]+$/i.test(text.slice(Math.max(0, low.start - 8), low.start)) ? UNIT_AFTER_LOW.exec(text) : null;
  let unitEnd = low.end;
  if (unit) {
    const afterLow = UNIT_AFTER_LOW.lastIndex;
    UNIT_AFTER_LOW.lastIndex = high.end;
    if (UNIT_AFTER_LOW.exec(text)?.[1] === unit[1]) unitEnd = afterLow;
  }
  RANGE_JOIN.lastIndex = unitEnd;
  const join = RANGE_JOIN.exec(text);
  if (!join || RANGE_JOIN.lastIndex !== high.start) return undefined;
  const word = /[a-z]/i.test(join[0]) ? join[0].replace(/[-\s]/g, '').toLowerCase() : join[0].trim();
  const lead = BETWEEN_BEFORE.exec(text.slice(Math.max(0, low.start - 10), low.start));
  if (word === 'and' && !(lead && /^between/i.test(lead[0]))) return undefined;
  if (word === 'to' && !lead && changeAndLevel(text, low.start, low, high)) return undefined;
  if (word === '-' && /[ \t]/.test(join[0]) && !lead && (low.form !== 'digits' || high.form !== 'digits')) return undefined;
  if (!accept(low, high) || high.value < low.value) return undefined;
  if (word === '-' && (low.form === 'words' || high.form === 'words')) return undefined;
  // Phone numbers and codes: `+1-222-2222`, `12-34-56`.
  if (word === '-' && (/[+\d][-\u2013]?$/.test(text.slice(Math.max(0, low.start - 2), low.start)) || /^[-\u2013/]\d/.test(text.slice(high.end, high.end + 2)))) return undefined;
  const start = lead ? low.start - lead[0].length : low.start;
  return { start, end: high.end, high: i + 1 };
}
