import type { FactCandidate } from '../../types.js';
import { candidate, lowerHolds, type Scan } from './scan.js';

/** `secondary` and `tertiary` as ranks (`secondary materials` = 二次材料 = 2). */
const RANKS = /\b(secondary|tertiary)\b/gi;
/** What RANKS needs one of (a text without either is not run through it). */
const RANKS_NEEDS = ['secondary', 'tertiary'];
/**
 * A school level, not a rank: `secondary schools` (中学), `tertiary education` (高等教育),
 * `Secondary 3` (a Singapore school year), `upper secondary`, `post-secondary`. Chinese names the
 * level with no ordinal, so a rank read there meets the Chinese `首批` or `第一` of another phrase.
 */
const SCHOOL_LEVEL_AFTER = /^[ \t-]+(?:schools?|schooling|education|educational|students?|pupils?|teachers?|levels?|institutions?|colleges?|graduates?|classes|curriculum|[1-5]|one|two|three|four|five)\b/i;
const SCHOOL_LEVEL_BEFORE = /\b(?:post|upper|lower|junior|senior|pre)[ \t-]*$/i;

/**
 * What makes an ordinal word a compound adjective after a hyphen: `first-time`, `second-hand`,
 * `third-party`, `first-class`, `second-rate`, `first-ever`, `third-tier` (a city's tier, 三线城市,
 * which Chinese writes with no ordinal).
 */
const COMPOUND_AFTER = /^-(?:time|hand|class|rate|party|ever|tier)\b/i;

/** A bound after a level by its number (`Level 4 or above`, `Band 6 and higher`), the word that says which way. */
const LEVEL_BOUND_AFTER = /^[ \t]+(?:or|and)[ \t]+(above|over|higher|up|below|lower|under)\b(?![ \t]+(?:the|a|an|that|this|its|their)\b)/i;

/**
 * A bound after a rank (`the third and subsequent children`, `a second or later offence`, `the
 * fourth and later rounds`): that rank and those after it, as Chinese writes 第三胎及以上.
 */
const RANK_BOUND_AFTER = /^[ \t]+(?:and|or)[ \t]+(?:subsequent|later|after|onwards?|beyond|more)\b(?![ \t]+(?:the|a|an|that|this|its|their|his|her|which)\b)/i;

/** A half after an ordinal: `first half`, `second-half`. A quarter keeps its ordinal, as Chinese writes it (一季度, 第三季度). */
const PART_AFTER = /^[ \t-]+(?:half|halves)\b/i;

/** A count of units of time after `first`: `first nine months`, `first 10 days`, `first three quarters`, `first few weeks`. */
const FIRST_SPAN_AFTER = /^[ \t]+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)[ \t-]+(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?)\b/i;

/**
 * Ordinals: `21st`, `14th`, `twenty-first`, `second time`, and `first` as an adjective
 * (`the first batch` is ordinal 1, as Chinese says 首批). Not `first of all` nor `at first`
 * (dropped by the number scan); `secondary` (2) and `tertiary` (3), but not as school levels
 * (`secondary schools`).
 */
export function extractOrdinals(scan: Scan): FactCandidate[] {
  const { text, numbers } = scan;
  const out: FactCandidate[] = [];
  for (const t of numbers) {
    if (!t.ordinal) continue;
    // `first-time buyers`, `second-hand cars`, `a third-party audit`: a compound adjective, no rank.
    if (t.form === 'words' && COMPOUND_AFTER.test(text.slice(t.end, t.end + 8))) continue;
    // `the first half`, `second-half profit`: a half of a year or a game, which Chinese names with
    // no ordinal (上半年, 下半场).
    if (PART_AFTER.test(text.slice(t.end, t.end + 10))) continue;
    // `the first nine months`, `the first 10 days`: the opening span of a period, which Chinese
    // names with no ordinal (前9个月, 前三季度).
    if (t.value === 1 && FIRST_SPAN_AFTER.test(text.slice(t.end, t.end + 32))) continue;
    // `Level 4 or above`, `Grade 3 and below`: a level and those past it, as Chinese writes 四级及以上.
    const past = /^\d+$/.test(text.slice(t.start, t.end)) ? LEVEL_BOUND_AFTER.exec(text.slice(t.end, t.end + 16)) : null;
    if (past) {
      const over = /^(?:above|over|higher|up)$/i.test(past[1]!);
      out.push(candidate('ordinal', { start: t.start, end: t.end + past[0].length, approx: true, bound: over ? 'over' : 'under' }, t.value));
      continue;
    }
    const later = text.charCodeAt(t.end) === 32 ? RANK_BOUND_AFTER.exec(text.slice(t.end, t.end + 20)) : null;
    if (later) {
      out.push(candidate('ordinal', { start: t.start, end: t.end + later[0].length, approx: true, bound: 'over' }, t.value));
      continue;
    }
    out.push(candidate('ordinal', { start: t.start, end: t.end }, t.value));
  }
  RANKS.lastIndex = 0;
  if (lowerHolds(scan)(RANKS_NEEDS)) for (let m = RANKS.exec(text); m; m = RANKS.exec(text)) {
    const end = m.index + m[0].length;
    if (SCHOOL_LEVEL_AFTER.test(text.slice(end, end + 16)) || SCHOOL_LEVEL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(candidate('ordinal', { start: m.index, end: m.index + m[0].length }, m[1]!.toLowerCase() === 'secondary' ? 2 : 3));
  }
  return out;
}

/**
 * Each gated pattern of this file with the lists of words it needs one of each of (in lower case),
 * as its gate asks them: for the test that checks every gate against its pattern.
 */
export const ORDINAL_GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [[RANKS, RANKS_NEEDS]];
