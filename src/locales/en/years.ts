import type { NumberToken } from './numbers.js';

/** Words after which a bare four-digit number is a year (`in 2003`, `since 2003`, `by 2030`, `the first four months of 2026`). */
const YEAR_CONTEXT =
  /(?:\b(?:in|since|from|by|until|till|before|after|during|year|early|late|mid|as of|circa|between|fiscal|FY|spring|summer|autumn|fall|winter|end of|start of|beginning of|middle of|(?:months?|quarters?|half|weeks?|days?)[ \t]+of)[ \t-]*(?:the[ \t]+(?:year[ \t]+)?)?|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t,]+)$/i;

/** True for a plausible year written as a bare number (1000–2199). */
export function yearLike(token: NumberToken): boolean {
  return token.bare === true && token.end - token.start === 4 && token.value >= 1000 && token.value < 2200;
}

/**
 * True when `token` reads as a year in `text`: a bare four-digit number after a year word, before a
 * named event (`2008 Beijing Olympics`) or its kind (`the 2023 fiscal year`), or opening a line of a timeline (`2008: Founded in…`).
 */
export function readsAsYear(text: string, token: NumberToken): boolean {
  if (!yearLike(token)) return false;
  const before = text.slice(Math.max(0, token.start - 40), token.start);
  if (YEAR_CONTEXT.test(before.slice(-24)) && !CHANGE_BY.test(before)) return true;
  // `2008 Beijing Olympics`, `the 2005 World Championships`: a year naming its event.
  const after = text.slice(token.end, token.end + 48);
  if (EVENT_AFTER.test(after) || YEAR_NOUN_AFTER.test(after)) return true;
  // `a 2008 study`, `the 2019 election`: a year naming which record or event, after a determiner.
  if (DETERMINER_BEFORE.test(before) && RECORD_AFTER.test(after)) return true;
  // A year of this century or the last, as `level` and a bare `for` take it.
  const recent = token.value >= 1900 && token.value < 2100;
  // `77 percent of the 2019 level`, `back to 2019 levels`: the level of a year, a measure compared with it.
  if (recent && LEVEL_AFTER.test(after)) return true;
  // `planned for 2035.`, `targets for 2030 and 2035`: a year after a plan's `for` with no noun after it to count.
  if (FOR_BEFORE.test(before) && NOTHING_COUNTED_AFTER.test(after)) return true;
  // `a record profit for 2023, up 135%`: a year of this century or the last after `for`, the clause
  // ending on it (a count after `for` counts a noun: `for 2023 people`; a round hundred, `asked for
  // 2000,`, is as often a sum).
  if (recent && token.value % 100 !== 0 && FOR_ALONE_BEFORE.test(before) && NOTHING_COUNTED_AFTER.test(after)) return true;
  // `2008: Founded in Shenzhen`: a year opening a line of a timeline.
  return TIMELINE_AFTER.test(after) && LINE_START_BEFORE.test(before);
}

/** `for` after a word of a plan, a target or a forecast, right before the number (`planned for`, `targets for`, `forecast for`). */
const FOR_BEFORE = /\b(?:plann?ed|plans?|scheduled|slated|set|due|targets?|goals?|forecasts?|projected|projections?|expected|expectations?|budget(?:ed)?|outlook|guidance|estimates?|deadlines?|pledges?|promised)[ \t]+for[ \t]+$/i;
/** `for` right before the number. */
const FOR_ALONE_BEFORE = /\bfor[ \t]+$/i;
/** After a number, no noun it would count: a stop or a clause's end, or a join to another year (`and 2040`, `or later`). */
const NOTHING_COUNTED_AFTER = /^(?:[ \t]*(?:$|[.,;:!?)\]]|[—–]))|^[ \t]+(?:and|or)[ \t]+(?:\d{4}\b|beyond\b|later\b|earlier\b)|^[ \t]+onwards?\b/i;

/** A named event after a year: up to three capitalized words, then the event's word (`Beijing Olympics`, `World Cup`). */
const EVENT_AFTER = /^[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Olympics|Paralympics|Olympic[ \t]+Games|Games|World[ \t]+Cup|Cup|Championships?|Expo|Summit|Census|Elections?|Festival|Awards|Forum|Conference|Marathon|Open|Biennale|Universiade)\b/;
/** The kind of a year after it: `the 2023 fiscal year`, `the 2024 financial year`, `the 2025 academic year`. */
const YEAR_NOUN_AFTER = /^[ \t]+(?:fiscal|financial|academic|school|calendar|tax|budget)[ \t]+year\b/i;
/** A determiner right before a number (`a`, `the`, `its`). */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that)[ \t]+$/i;
/**
 * A record or event a year names, in the singular, right after it (`a 2008 study`, `the 2019
 * election`, `its 2023 report`): common nouns of news for documents, votes, agreements, disasters,
 * contests and estimates. A count would take the plural (`the 2008 studies`).
 */
const RECORD_AFTER = /^[ \t]+(?:study|report|survey|census|poll|election|referendum|law|act|agreement|deal|treaty|plan|policy|ruling|decision|paper|book|film|movie|album|season|campaign|budget|target|goal|deadline|pledge|crisis|earthquake|quake|flood|storm|typhoon|hurricane|attack|war|coup|visit|trip|tour|meeting|summit|match|final|edition|version|estimate|forecast|review|audit|interview|speech|article|reform|merger|ipo|listing|debut|launch|protest|strike|scandal|outbreak|pandemic|recession)\b(?!-)/i;
/** What a year's figures reached, after the year (`the 2019 level`, `2019 levels`, `the 2021 peak`). */
const LEVEL_AFTER = /^[ \t]+(?:levels?|peak|baseline)\b(?!-)/i;
/** A colon and a space after a year: an entry of a timeline. */
const TIMELINE_AFTER = /^[ \t]*[:：][ \t]/;
/** Only blank space (or a list mark) between a line's start and the year. */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*(?:[-*•·][ \t]*)?$/;

/** `rose by 2000`, `cut it by 1500`: after a word of change, `by` gives an amount, not a year. */
const CHANGE_BY = /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|gr[eo]w[ns]?|growing|(?:in|de)creas(?:e[sd]?|ing)|cut(?:s|ting)?|rais(?:e[sd]?|ing)|reduc(?:e[sd]?|ing)|dropp?(?:ed|s|ing)?|climb(?:ed|s|ing)?|declin(?:e[sd]?|ing)|jump(?:ed|s|ing)?|slipp?(?:ed|s|ing)?|up|down|more|less|higher|lower|widen(?:ed|s|ing)?|narrow(?:ed|s|ing)?|outnumber(?:ed|s)?)\b(?:[ \t]+[a-z]+){0,2}[ \t]+by[ \t]+$/i;
