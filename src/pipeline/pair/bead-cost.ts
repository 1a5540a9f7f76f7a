import type { BeadCost } from '../pair-dp.js';
import type { Lexicon } from '../../lexicon/load.js';
import { OWN_IDF, beadMatcher, chineseBag, englishBlockBag, type ChineseBlockCache } from '../../lexicon/score.js';
import { anchorCost, type TextSignals } from '../pair-signals.js';
import {
  ANCHORS, BOILERPLATE, CAPTION, CUED, EDITORIAL, ENDS, HEADING, HOPELESS, LIST, OPEN, SHAPES, UND, anchorWeights, flags, gapInside, joinOf,
  lengthCost, prefixLengths, sameText, skipCost, type CostProfile,
} from './costs.js';
import { cutOff, perItem, type Item } from './streams.js';
import { BeadSlots, movedValues } from './bead-slots.js';
import { hanCount, letterClass } from '../detect.js';

/** The length model of a search: English characters per Chinese one, and the spread of its log. */
export interface LengthModel {
  ratio: number;
  sigma: number;
}

/** What the cost of a bead depends on. */
export interface BeadCostInput {
  en: Item[];
  zh: Item[];
  profile: CostProfile;
  /** Read at each call: a search may learn a better model between passes. */
  length: LengthModel;
  /** The languages alternate through one file: blocks standing between a bead's blocks cost. */
  interleaved: boolean;
  /** Word translation evidence between the blocks, from a lexicon. */
  evidence?: WordEvidence;
}

/**
 * The cost of linking `en[i, i + di)` with `zh[j, j + dj)` (or of leaving one block alone):
 * bead shape, length against the document's ratio, shared anchors, lexicon glosses and, in
 * interleaved documents, the blocks standing in between. `Infinity` forbids a bead.
 */
export function beadCost(input: BeadCostInput): BeadCost {
  const { en, zh, profile, length, interleaved, evidence } = input;
  // Streams blocks counted before each input position, to measure gaps inside a bead.
  let maxPos = 2;
  for (const x of en) maxPos = Math.max(maxPos, x.position + 2);
  for (const x of zh) maxPos = Math.max(maxPos, x.position + 2);
  const before = new Int32Array(maxPos + 1);
  for (const x of en) if (!x.signals.boilerplate) before[x.position + 1] = 1;
  for (const x of zh) if (!x.signals.boilerplate) before[x.position + 1] = 1;
  for (let p = 1; p <= maxPos; p++) before[p] = before[p]! + before[p - 1]!;
  const enLength = prefixLengths(en);
  const zhLength = prefixLengths(zh);
  const enSignals = en.map((x) => x.signals);
  const zhSignals = zh.map((x) => x.signals);
  const enWeight = anchorWeights(en, true);
  const zhWeight = anchorWeights(zh, false);
  const enCut = cutOff(en);
  const zhCut = cutOff(zh);
  const enFlags = flags(en, enCut);
  const zhFlags = flags(zh, zhCut);
  // The Han characters of each heading-like Chinese block (see `labelUnderTitle`).
  const zhHeadingHan = perItem(Uint16Array, zh, (x, k) => (zhFlags[k]! & HEADING ? hanCount(x.block.text) : 0));
  // Chinese titles given with their English on the same line (see `titledInEnglish`).
  const zhTitled = perItem(Uint8Array, zh, (x) => (titledInEnglish(x.block.text) ? 1 : 0));
  // Letters of the English name a Chinese heading closes on in brackets (see `namedInBrackets`).
  const zhNamed = perItem(Uint16Array, zh, (x) => namedInBrackets(x.block.text));
  const shape = SHAPES.map((k) => profile.shape[k] ?? Infinity);
  const cuesWithEn = new Set<number>();
  const cuesWithZh = new Set<number>();
  for (const x of en) if (x.cue !== undefined) cuesWithEn.add(x.cue);
  for (const x of zh) if (x.cue !== undefined) cuesWithZh.add(x.cue);
  const enLoneCue = loneCues(en, cuesWithEn, cuesWithZh);
  const zhLoneCue = loneCues(zh, cuesWithZh, cuesWithEn);
  // Of two texts only one of which holds Han characters neither is the other (`sameText` keeps
  // them in its key): their keys need not be worked out.
  const enHan = perItem(Uint8Array, en, (x) => (HAN_CHAR.test(x.block.text) ? 1 : 0));
  const zhHan = perItem(Uint8Array, zh, (x) => (HAN_CHAR.test(x.block.text) ? 1 : 0));
  const same = (i: number, j: number) => enHan[i] === zhHan[j] && sameText(en[i]!, zh[j]!);
  // Each merge's stranger blocks, by the bead: the passes of a search ask a bead again.
  const strangersOf = evidence && beadCountMemo(STRANGERS_MOST, (i, di, j, dj) => strangerBlocks(evidence, profile, i, di, j, dj, enFlags, zhFlags));
  // How the blocks of each side of a merge join, by `i * 4 + di` (the search asks a side again and again).
  const enJoins: (ReturnType<typeof joinOf> | undefined)[] = [];
  const zhJoins: (ReturnType<typeof joinOf> | undefined)[] = [];
  const enAsks = perItem(Uint8Array, en, (x) => asks(x.block.text, x.signals.length < SHORT_REMARK.en));
  // English blocks of sentences, and Chinese blocks holding no punctuation (see `bareChinese`).
  const enSentences = perItem(Uint8Array, en, (x) => (sentencesIn(x.block.text) ? 1 : 0));
  // The last block may be a paragraph the excerpt cut off before its first comma, unless blank
  // space sets its Han apart (items of a menu or of a list of links; prose runs on without blanks).
  // A page translating a talk phrase by phrase sets its Chinese clauses apart by blanks throughout;
  // a line or two so set among punctuated ones are menu links or promotions.
  const apart = perItem(Uint8Array, zh, (x) => (x.block.lang === 'zh' && phrasesApart(x.block.text) ? 1 : 0));
  const apartCount = apart.reduce((n, a) => n + a, 0);
  const byPhrases = apartCount >= PHRASED_LEAST && apartCount * PHRASED_SHARE >= zh.length;
  const zhBare = perItem(Uint8Array, zh, (x, k) => (x.block.lang === 'zh' && !PUNCTUATION.test(x.block.text) && (k !== zhCut || HAN_APART.test(x.block.text)) && !(byPhrases && apart[k]) ? 1 : 0));
  const bareBeside = (i: number, di: number, j: number, dj: number): boolean => {
    let sentences = 0;
    for (let k = i; k < i + di; k++) sentences |= enSentences[k]!;
    if (!sentences) return false;
    for (let k = j; k < j + dj; k++) if (!zhBare[k]) return false;
    return true;
  };
  const zhAsks = perItem(Uint8Array, zh, (x) => asks(x.block.text, x.signals.length < SHORT_REMARK.zh));
  const leads: (readonly number[] | undefined)[] = [];
  const enLeads = (k: number) => (leads[k] ??= leadingSentenceShares(en[k]!.block.text));
  const zhLeadsOf: (readonly number[] | undefined)[] = [];
  const zhLeads = (k: number) => (zhLeadsOf[k] ??= leadingChineseShares(zh[k]!.block.text));
  // `floor` leaves out the terms that only add (strangers, figures that disagree) and takes the
  // most the anchors and the word evidence could take off: a bound no higher than the cost,
  // the same sums in the same order otherwise.
  // The weights a bead's cost reads, read from the profile once: a run spends most of its time in
  // V8's interpreter, where each read of a fractional field makes a new number object.
  const { skip, lexical, anchorMatch, anchorMiss, strangerWords, gap, abridged, expanded } = profile;
  const linkCost = (i: number, di: number, j: number, dj: number, floor: boolean): number => {
    if (di === 0) return zhFlags[j]! & HEADING ? Math.min(profile.skipHeading, skipCost(zh[j]!, profile)) : skipCost(zh[j]!, profile);
    if (dj === 0) return enFlags[i]! & HEADING ? Math.min(profile.skipHeading, skipCost(en[i]!, profile)) : skipCost(en[i]!, profile);
    let any = 0;
    let all = -1;
    for (let k = i; k < i + di; k++) {
      any |= enFlags[k]!;
      all &= enFlags[k]!;
    }
    for (let k = j; k < j + dj; k++) {
      any |= zhFlags[k]!;
      all &= zhFlags[k]!;
    }
    if (any & UND) return di + dj > 2 || !same(i, j) ? Infinity : -8;
    // An editor's or translator's note is rendered by a note: it joins no merge, and links
    // only with a note of the other language.
    if (any & EDITORIAL && (di + dj > 2 || !(enFlags[i]! & zhFlags[j]! & EDITORIAL))) return Infinity;
    if (di + dj === 2 && same(i, j)) return -8;
    // A photo's caption is rendered by a caption alone: it joins no merge.
    if (di + dj > 2 && any & CAPTION) return Infinity;
    let c = shape[di * 4 + dj]!;
    if (any & BOILERPLATE) {
      if (di + dj > 2) return Infinity;
      // The two halves of one line that are both boilerplate (`Updated: 2024-05-20 | 更新时间：2024年5月20日`)
      // render each other: no cost for pairing them. A credit beside a column's title does not.
      if (!(enFlags[i]! & zhFlags[j]! & BOILERPLATE && sameLine(en[i]!, zh[j]!))) {
        if (enFlags[i]! & BOILERPLATE) c += profile.linkBoilerplate;
        if (zhFlags[j]! & BOILERPLATE) c += profile.linkBoilerplate;
      }
    }
    // A Chinese title carrying its English title on its line is a pair of its own: it joins no
    // paragraph's merge (the English paragraph's words it shares are its own English's).
    if (dj > 1 && (titledIn(zhTitled, j, dj) || titledIn(zhNamed, j, dj))) return Infinity;
    // Nor does a Chinese heading closing on its English name in brackets (`▌中国西双版纳(Xishuangbanna,
    // China)`) render a paragraph that only names the place: the words they share are its own
    // English's, which neither anchors nor word evidence count, and a heading renders a heading.
    const named = dj === 1 && di === 1 && zhNamed[j]! > 0 && !(enFlags[i]! & HEADING) && enLength[i + 1]! - enLength[i]! > NAMED_BEYOND * zhNamed[j]!;
    if (named) c += profile.titleBesideSentence;
    if (di + dj > 2) {
      // One sentence broken across blocks on each merged side, or subtitle cues: a merge as
      // likely as its parts; otherwise headings do not join merges of four, nor follow a sentence.
      const e = (enJoins[i * 4 + di] ??= joinOf(enFlags, i, di));
      const z = (zhJoins[j * 4 + dj] ??= joinOf(zhFlags, j, dj));
      if (all & CUED || ((di === 1 || e.broken) && (dj === 1 || z.broken) && (e.sure || z.sure))) c = Math.min(c, profile.brokenSentence);
      // Short list items without stops may join one another, as a list rendered in one line.
      else if ((di + dj > 3 && headingIn(enFlags, i, di, e.list) + headingIn(zhFlags, j, dj, z.list) > 0) || e.apart || z.apart) c += profile.headingInMerge;
      // A subheading closing one side: its translation would close the other side too, with no stop.
      else if ((e.heading && zhFlags[j + dj - 1]! & ENDS) || (z.heading && enFlags[i + di - 1]! & ENDS)) c += profile.headingAfterSentence;
      // An English title opening the merged side above a sentence, sharing no word with the
      // Chinese, which opens with a sentence: a title is translated as a line of its own, so the
      // Chinese lacks it. (A short Chinese line without a stop may as well be a sentence broken
      // across lines.)
      else if (!(any & CUED) && di > 1 && titleOver(enFlags, i) && (zhFlags[j]! & (HEADING | ENDS)) === ENDS && evidence?.share(i, 1, j, dj) === 0) c += profile.headingAfterSentence;
      // Two cues whose English and Chinese both break at the same point of the sentence at the
      // first cue's end (both mid-sentence, or both at its stop): the translation follows the cue
      // break, and each cue is its own link.
      if (all & CUED && di === 2 && dj === 2 && enFlags[i]! & zhFlags[j]! & (OPEN | ENDS)) c += SAME_CUE_BREAK + (enFlags[i]! & zhFlags[j]! & ENDS && cuesTranslatedInPlace(en, zh, i, j) ? profile.crossCue : 0);
      // A speaker's next turn (`HOST:`, `问：`, a dash in a cue of two speakers) is translated as a turn of its own.
      if (e.turn || z.turn) c += profile.headingInMerge;
      // A cue left in one language where the others carry both has lost its translation: it joins
      // a neighbour cue's merge only as part of a sentence running over the cue break.
      if (all & CUED) c += profile.headingInMerge * (loneInMerge(enLoneCue, enFlags, i, di) + loneInMerge(zhLoneCue, zhFlags, j, dj));
      // Outside interleaved documents a paragraph's parts stand together: a side whose blocks
      // stand apart around blocks of the other language outside the bead (an English line before
      // the Chinese group and a note after it) joins two groups of the page.
      if (!interleaved && (straddles(en, i, di, zh, j, dj, before) || straddles(zh, j, dj, en, i, di, before))) c += profile.headingInMerge;
      // In interleaved documents a merged side wraps around its translation (English, the Chinese,
      // more English): a translation follows or precedes what it renders, so the block after it
      // opens the next pair, whose translation the page lacks. A sentence running on across the
      // blocks is exempt.
      else if (interleaved && !(any & CUED) && ((!e.broken && wraps(en, i, di, zh, j, dj)) || (!z.broken && wraps(zh, j, dj, en, i, di)))) c += profile.headingInMerge;
    }
    if (!floor && di + dj > 2 && any & ANCHORS) c += strangerCost(enSignals, i, di, zhSignals, j, dj, profile, evidence && ((k) => wordsVouch(evidence, i, di, j, dj, k)));
    // Subtitle cues are cut by timing, not sense: a cue of a merge may hold few words of its own.
    if (!floor && di + dj > 2 && strangersOf && strangerWords > 0 && !(all & CUED)) c += strangerWords * strangersOf(i, di, j, dj);
    if (!floor) c += strangerWords * questionStrangers(enAsks, i, di, zhAsks, j, dj);
    // Punctuated English sentences beside Chinese lines without any punctuation: menus,
    // promotions, a site's name, no translation (the Chinese of a cut-off paragraph may stop
    // before its first comma).
    if (!floor && !(all & CUED) && bareBeside(i, di, j, dj)) c += profile.bareChinese;
    // Two short parts of one line are a row's two values or its two labels, whose figures may be
    // written apart (`NT$412.7bn 4127億元`) or disagree by a slip the checks are to tell, and whose
    // words a dictionary may not link (`April 9 4月9日`): none of the costs of strangers below (a
    // credit beside a column's title, boilerplate beside text, is no row).
    const rowMates = di + dj === 2 && !(any & CUED) && (enFlags[i]! & BOILERPLATE) === (zhFlags[j]! & BOILERPLATE) && shortPartsOfALine(en[i]!, zh[j]!);
    // A translation keeps its figures: one side's figures with no number of them on the other side
    // and next to no word in common (a paragraph cut off by the excerpt may lack them).
    if (!floor && di + dj === 2 && evidence && i !== enCut && j !== zhCut && figuresUnshared(enSignals[i]!, zhSignals[j]!) && evidence.share(i, 1, j, 1) < MISSING_FIGURES_SHARE && !rowMates) c += profile.figuresMissing;
    else if (!floor && di + dj === 2 && figuresDisagree(enSignals[i]!, zhSignals[j]!) && !rowMates) c += profile.numbersDisagree;
    // A block sharing no word with its partner but many with a neighbour of the partner's stream:
    // the link fills the gap of a translation the page lacks with a part of the neighbour's.
    if (!floor && di + dj === 2 && evidence && !(all & CUED) && !rowMates && pulledAway(evidence, i, j, en.length, zh.length)) c += profile.pulledAway;
    else if (!floor && di + dj === 2 && evidence && !(all & CUED) && !rowMates && titleBesideSentence(evidence, i, j, enFlags[i]!, zhFlags[j]!, enSignals[i]!.length, zhSignals[j]!.length)) c += profile.titleBesideSentence;
    else if (!floor && di + dj === 2 && evidence && !(all & CUED) && !rowMates && labelUnderTitle(evidence, i, j, enFlags[i]!, zhFlags[j]!, enLength[i + 1]! - enLength[i]!, zhHeadingHan[j]!)) c += profile.labelUnderTitle;
    else if (!floor && di + dj === 2 && evidence && !(all & CUED) && !rowMates && strangerPair(evidence, i, j, (enFlags[i]! & HEADING) !== 0, (zhFlags[j]! & HEADING) !== 0)) c += profile.strangerPair;
    if (!floor && di + dj === 2 && crossesCues(en[i]!, zh[j]!, cuesWithZh, cuesWithEn)) c += profile.crossCue;
    // The English and the Chinese part of one line of a subtitle cue (`Good morning. 早上好。`), or
    // two short parts of one line (a key-figures row's values, `NT$412.7bn 4127億元`): the line
    // gives them together as a pair, however few words they share.
    if (di + dj === 2 && (all & CUED ? sameLine(en[i]!, zh[j]!) : rowMates)) c -= SAME_LINE;
    let le = enLength[i + di]! - enLength[i]!;
    let lz = zhLength[j + dj]! - zhLength[j]!;
    // A paragraph cut off by the excerpt's end may be any shorter than its partner.
    if (di === 1 && dj === 1 && i === enCut) le = Math.max(le, length.ratio * lz);
    if (di === 1 && dj === 1 && j === zhCut) lz = Math.max(lz, le / length.ratio);
    // The blocks the side that runs too long holds beyond the other side's count.
    const beyond = le < length.ratio * lz ? dj - di : di - dj;
    let lc = lengthCost(le, lz, length.ratio, length.sigma, profile, Math.min(di, dj), Math.max(0, beyond));
    if (di === 1 && dj === 1 && abridged < Infinity && le > length.ratio * lz && i !== enCut) {
      for (const share of enLeads(i)) lc = Math.min(lc, abridged + lengthCost(le * share, lz, length.ratio, length.sigma, profile, 1));
    }
    // The mirror: a Chinese rendering whose opening sentences render the English, the rest added context.
    if (di === 1 && dj === 1 && expanded < Infinity && le < length.ratio * lz && j !== zhCut && i !== enCut) {
      for (const share of zhLeads(j)) lc = Math.min(lc, expanded + lengthCost(le, lz * share, length.ratio, length.sigma, profile, 1));
    }
    c += lc;
    if (any & ANCHORS && !named) {
      // Anchors can only lower the cost by their matched weight: skip them where that cannot matter.
      let reward = 0;
      for (let k = i; k < i + di; k++) reward += enWeight[k]!;
      let zhReward = 0;
      for (let k = j; k < j + dj; k++) zhReward += zhWeight[k]!;
      if (c - anchorMatch * Math.min(reward, zhReward) < (di + dj) * skip + HOPELESS) {
        c += floor ? -anchorMatch * Math.min(reward, zhReward) : anchorCost(enSignals, zhSignals, anchorMatch, anchorMiss, i, di, j, dj);
      }
    }
    // Word evidence lowers a cost by `lexical` at most: skip it where that cannot matter.
    // Cues are cut by timing: a merge of cues stands for more than one link, and its word
    // evidence counts for more than one link's (each two-sided cue beyond the first adds half).
    const links = all & CUED ? 1 + CUE_LINK_SHARE * (Math.min(di, dj) - 1) : 1;
    if (evidence && !named && c - lexical * links < (di + dj) * skip + HOPELESS) c -= lexical * links * (floor ? 1 : evidence.share(i, di, j, dj));
    if (interleaved) c += gap * Math.min(3, gapInside(en, i, di, zh, j, dj, before));
    // Rounding may take a hair more off the anchors' bound than their sums could.
    return floor ? c - FLOOR_SLACK : c;
  };
  const cost: BeadCost = (i, di, j, dj) => linkCost(i, di, j, dj, false);
  cost.floor = (i, di, j, dj) => linkCost(i, di, j, dj, true);
  return cost;
}

/**
 * Whether the merged blocks `side[a, a + n)` stand on both sides of all of the bead's blocks of the
 * other stream, `other[b, b + m)`: an English block, its Chinese, then another English block.
 */
function wraps(side: Item[], a: number, n: number, other: Item[], b: number, m: number): boolean {
  if (n < 2) return false;
  const first = side[a]!.position;
  const last = side[a + n - 1]!.position;
  for (let k = b; k < b + m; k++) {
    const p = other[k]!.position;
    if (p < first || p > last) return false;
  }
  return true;
}

/**
 * Whether the blocks `side[a, a + n)` stand apart around a block of the other stream that is not
 * `other[b, b + m)`: `before` counts the blocks of both streams, boilerplate left out, before each
 * position, so the blocks between the side's first and last, less its own and the bead's other
 * blocks standing there, are the other stream's.
 */
function straddles(side: Item[], a: number, n: number, other: Item[], b: number, m: number, before: Int32Array): boolean {
  if (n < 2) return false;
  const first = side[a]!.position;
  const last = side[a + n - 1]!.position;
  let inside = 0;
  for (let k = a; k < a + n; k++) if (!side[k]!.signals.boilerplate) inside++;
  for (let k = b; k < b + m; k++) {
    const x = other[k]!;
    if (x.position > first && x.position < last && !x.signals.boilerplate) inside++;
  }
  return before[last + 1]! - before[first]! - inside > 0;
}

/** An English sentence's end followed by the next sentence's start. */
const SENTENCE_END = /[.!?]["”’)]?\s+(?=["“]?[A-Z])/g;

/** Fewest characters of an opening sentence (`1. When …` opens with a number, not a sentence). */
const LEAD_MIN = 24;

/** Most opening runs of sentences of a paragraph an abridged translation is weighed against. */
const MAX_LEADS = 6;

/**
 * The shares of a paragraph's length that its opening sentences take (one, two, …, all but the
 * last; a sentence of `LEAD_MIN` characters or more), empty for a paragraph of one sentence.
 */
export function leadingSentenceShares(text: string): number[] {
  const out: number[] = [];
  for (const m of text.trimEnd().matchAll(SENTENCE_END)) {
    if (m.index < LEAD_MIN) continue;
    out.push((m.index + m[0].length) / text.length);
    if (out.length >= MAX_LEADS) break;
  }
  return out;
}

/** A Chinese sentence's stop, with a closing quote after it, and more text after that. */
const ZH_SENTENCE_END = /[。！？][”’」』）]?(?=.)/gu;

/** Fewest characters of a Chinese opening sentence. */
const ZH_LEAD_MIN = 8;

/**
 * The shares of a Chinese paragraph's length that its opening sentences take (one, two, …, all but
 * the last; a sentence of `ZH_LEAD_MIN` characters or more), empty for a paragraph of one sentence.
 */
export function leadingChineseShares(text: string): number[] {
  const out: number[] = [];
  const trimmed = text.trimEnd();
  for (const m of trimmed.matchAll(ZH_SENTENCE_END)) {
    if (m.index < ZH_LEAD_MIN) continue;
    out.push((m.index + m[0].length) / trimmed.length);
    if (out.length >= MAX_LEADS) break;
  }
  return out;
}

/** A Han character (unified or compatibility ideograph). */
const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Beads whose stranger blocks a bead cost keeps before its memo is emptied (see `beadCost`): as
 * for the word evidence (`EVIDENCE_MOST`), the beads near the rows a search works on are the
 * ones it asks again, and a table of them stays a few MB.
 */
const STRANGERS_MOST = 1 << 17;

/** What `floor` takes off its bound for rounding: far above the error of a sum of a few costs, far below any cost that matters. */
const FLOOR_SLACK = 1e-9;

/**
 * The two blocks stand in different timed cues, one of which holds a block of the other's
 * language as well (cues carrying both languages: each is translated in its own cue). Cues of
 * one language each (all the English cues, then the Chinese) link across cues.
 */
function crossesCues(e: Item, z: Item, cuesWithZh: ReadonlySet<number>, cuesWithEn: ReadonlySet<number>): boolean {
  if (e.cue === undefined || z.cue === undefined || e.cue === z.cue) return false;
  return cuesWithZh.has(e.cue) || cuesWithEn.has(z.cue);
}

/**
 * Two cues each holding an English block and a Chinese one (`en[i]` with `zh[j]`, `en[i + 1]` with
 * `zh[j + 1]`), the first cue's two blocks of as many sentences: the first cue is translated in
 * itself, none of its English carried into the next cue's Chinese.
 */
function cuesTranslatedInPlace(en: readonly Item[], zh: readonly Item[], i: number, j: number): boolean {
  const a = en[i]!.cue;
  const b = en[i + 1]?.cue;
  if (a === undefined || b === undefined || a === b || zh[j]!.cue !== a || zh[j + 1]?.cue !== b) return false;
  return (en[i]!.block.text.match(/[.!?](?=["”’)]?(?:\s|$))/g)?.length ?? 0) === (zh[j]!.block.text.match(/[。！？]/g)?.length ?? 0);
}

/**
 * For each item, whether it stands in a timed cue holding no block of the other language while
 * other cues of the file hold both languages (a cue whose translation is missing).
 */
function loneCues(items: readonly Item[], mine: ReadonlySet<number>, other: ReadonlySet<number>): Uint8Array {
  let bilingual = false;
  for (const c of mine) if (other.has(c)) bilingual = true;
  return perItem(Uint8Array, items, (x) => (bilingual && x.cue !== undefined && !other.has(x.cue) ? 1 : 0));
}

/**
 * The lone-cue items (see `loneCues`) of one merged side of a bead that no sentence carries over
 * a cue break: neither running on into the next item of the side nor continuing the one before.
 */
function loneInMerge(lone: Uint8Array, f: Uint16Array, from: number, count: number): number {
  if (count < 2) return 0;
  let n = 0;
  for (let k = from; k < from + count; k++) {
    if (!lone[k]) continue;
    const carries = (k + 1 < from + count && f[k]! & OPEN) || (k > from && f[k - 1]! & OPEN);
    if (!carries) n++;
  }
  return n;
}

/** What a 1-1 link of the two parts of one line of a subtitle cue, or of two short parts of one line, takes off its cost. */
const SAME_LINE = 1.5;
/** Most characters of each of two parts of one line that link as a pair of their own (`SAME_LINE`). */
const SAME_LINE_SHORT = 32;

/** Two parts of one line of `SAME_LINE_SHORT` characters or fewer each. */
function shortPartsOfALine(e: Item, z: Item): boolean {
  return e.block.text.length <= SAME_LINE_SHORT && z.block.text.length <= SAME_LINE_SHORT && sameLine(e, z);
}

/** The two blocks were cut from one line of one file. */
function sameLine(e: Item, z: Item): boolean {
  return e.block.line === z.block.line && e.block.source === z.block.source;
}

/**
 * Extra cost of a merge of two cues whose English and Chinese both run on past the first cue's
 * end: about what two short links pay more than one for their length spread, so that the merge
 * no longer wins by being one link.
 */
const SAME_CUE_BREAK = 1.5;

/** What each cue beyond the first on both sides of a merge of cues adds to its word evidence, in links. */
const CUE_LINK_SHARE = 0.5;

/** Punctuation a translated sentence holds: a comma or a stop, Chinese or ASCII. */
const PUNCTUATION = /[，。！？；,.!?;]/;
/** Han characters set apart by blank space. */
const HAN_APART = /[\u3400-\u9fff][ \t\u3000]+[\u3400-\u9fff]/;
/** Fewest Han, on average, of the phrases of a Chinese rendering set apart by blanks (see `phrasesApart`). */
const PHRASE_HAN = 6;
/** Fewest Chinese blocks of a page translated phrase by phrase that set their phrases apart by blanks, and their least share (one in this many). */
const PHRASED_LEAST = 3;
const PHRASED_SHARE = 4;

/**
 * Whether a Chinese block is a rendering whose clauses blank space sets apart in place of commas,
 * as transcripts of talks translated phrase by phrase set them (`我們這些工作人員總是 開玩笑說每集節目之中的
 * 秘密主題都是一樣的`): two phrases of Han or more, six Han each on average. A menu's or a list's
 * items run shorter (`首页 新闻 体育`, `每日英语 双语阅读`).
 */
function phrasesApart(text: string): boolean {
  if (!HAN_APART.test(text)) return false;
  let phrases = 0;
  let han = 0;
  for (const piece of text.split(/[ \t\u3000]+/)) {
    const n = hanCount(piece);
    if (n === 0) continue;
    phrases++;
    han += n;
  }
  return phrases >= 2 && han >= PHRASE_HAN * phrases;
}

/** Fewest words of an English block of sentences (see `bareChinese`). */
const SENTENCES_LEAST_WORDS = 12;

/**
 * The number or letter opening an item of a numbered list or a numbered heading (`1. `, `IV. `,
 * `b) `): its dot closes no sentence.
 */
const ITEM_NUMBER = /^\s*(?:\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)]\s/;

/**
 * Whether an English text is sentences: twelve words or more, and a stop closing a sentence among
 * them (not the dot after a list item's or a heading's number).
 */
function sentencesIn(text: string): boolean {
  const m = ITEM_NUMBER.exec(text);
  const body = m ? text.slice(m[0].length) : text;
  return /[.!?](?:["”’)]?\s|["”’)]?$)/.test(body) && holdsLetterRuns(text, SENTENCES_LEAST_WORDS);
}

/**
 * Whether `text` holds `least` runs of ASCII letters or more (as many matches of `/[A-Za-z]+/g`),
 * counted only until there are enough: no array of every word of the block.
 */
export function holdsLetterRuns(text: string, least: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k) | 32;
    const letter = c >= 97 && c <= 122;
    if (letter && !inRun && ++runs >= least) return true;
    inRun = letter;
  }
  return least <= 0;
}

/** Holds a question mark (`ASKS`), and ends with one (`QUESTION`, a question). */
const ASKS = 1;
const QUESTION = 2;
const QUESTION_END = /[?？]["”’」』)）]?\s*$/;

/** Fewest characters of a block whose words can judge it (see `strangerBlocks`): shorter ones are remarks. */
const SHORT_REMARK = { en: 60, zh: 20 };

/** What a text asks: see `ASKS`, and `QUESTION` for a short one (`short`, a remark) ending with a question mark. */
function asks(text: string, short: boolean): number {
  if (!text.includes('?') && !text.includes('？')) return 0;
  return ASKS | (short && QUESTION_END.test(text) ? QUESTION : 0);
}

/**
 * The short blocks of a link that are questions while the other side asks nothing: a
 * translation keeps a question a question, so such a block is no part of the link (a teacher's
 * `你学会了吗？` after a pair, a forum thread's title asking for help, too short for their words to
 * tell). Longer blocks are left to their words: translations do turn a long rhetorical question
 * into a statement.
 */
function questionStrangers(enAsks: Uint8Array, i: number, di: number, zhAsks: Uint8Array, j: number, dj: number): number {
  let enAny = 0;
  let zhAny = 0;
  for (let k = i; k < i + di; k++) enAny |= enAsks[k]!;
  for (let k = j; k < j + dj; k++) zhAny |= zhAsks[k]!;
  if ((enAny | zhAny) === 0 || (enAny & zhAny & ASKS) !== 0) return 0;
  let strangers = 0;
  if (!(zhAny & ASKS)) for (let k = i; k < i + di; k++) if (enAsks[k]! & QUESTION) strangers++;
  if (!(enAny & ASKS)) for (let k = j; k < j + dj; k++) if (zhAsks[k]! & QUESTION) strangers++;
  return strangers;
}

/** Item `k` is a heading-like line (not a list item) and item `k + 1` a sentence ending with a stop. */
function titleOver(f: Uint16Array, k: number): boolean {
  return (f[k]! & (HEADING | LIST)) === HEADING && (f[k + 1]! & (HEADING | ENDS)) === ENDS;
}

/** Heading-like blocks of one side of a bead, none when the side is a run of list items. */
function headingIn(f: Uint16Array, from: number, count: number, list: boolean): number {
  if (list && count > 1) return 0;
  let n = 0;
  for (let k = from; k < from + count; k++) if (f[k]! & HEADING) n++;
  return n;
}

/* eslint-disable @typescript-eslint/prefer-for-of -- index loops: no iterator result per element in V8's interpreter */
/** Both texts carry a figure of two digits or more, and no number of one is a number of the other. */
function figuresDisagree(en: TextSignals, zh: TextSignals): boolean {
  if (!hasFigure(en.numberKeys) || !hasFigure(zh.numberKeys)) return false;
  // Asked of every 1-1 bead: no closure per call.
  const a = en.numberKeys;
  const b = zh.numberKeys;
  for (let k = 0; k < a.length; k++) for (let z = 0; z < b.length; z++) if (sameFigure(a[k]!, b[z]!)) return false;
  return true;
}

/**
 * Word share below which a 1-1 link whose figures the other side lacks (see `figuresUnshared`) pays
 * `CostProfile.figuresMissing`: a free translation that spells a figure out in words still shares
 * words with its original.
 */
const MISSING_FIGURES_SHARE = 0.1;

/** One of the texts carries a figure of two digits or more, and they share no number (the other may have none). */
function figuresUnshared(en: TextSignals, zh: TextSignals): boolean {
  if (!hasFigure(en.numberKeys) && !hasFigure(zh.numberKeys)) return false;
  const a = en.numberKeys;
  const b = zh.numberKeys;
  for (let k = 0; k < a.length; k++) for (let z = 0; z < b.length; z++) if (a[k] === b[z] || sameFigure(a[k]!, b[z]!)) return false;
  return true;
}

/** Whether one of the keys is a figure of two digits or more. */
function hasFigure(keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (keys[k]!.length >= 2) return true;
  return false;
}

/**
 * Two numbers' significant digits name the same figure: equal, or the longer rounded to the
 * shorter's digits (a translation rounds: `6326.87亿` = `632.69 billion`).
 */
function sameFigure(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length < b.length ? a : b;
  const long = a.length < b.length ? b : a;
  if (short.length < 2) return false;
  const head = long.slice(0, short.length);
  if (head === short) return true;
  const up = String(Number(head) + (long.charCodeAt(short.length) >= 53 ? 1 : 0));
  return up === short;
}

/**
 * The extra cost of a bead for its blocks whose numbers the other side shares none of (when the
 * other side has no numbers: its blocks with a figure of two digits or more): a translation keeps
 * its figures, so such a block renders other text (an abridged line's neighbour, not its own original). Each such block on the merged
 * side of a bead costs `strangerNumbers`; one whose words the other side translates as fully as
 * a part of a translation's (`vouched`) costs `numbersDisagree`, as a one-to-one link whose figures
 * disagree does: its figure is a slip the checks are to tell, and a merge that lost it would
 * report the block missing instead.
 */
function strangerCost(
  en: readonly TextSignals[], i: number, di: number, zh: readonly TextSignals[], j: number, dj: number, profile: CostProfile,
  vouched?: (k: number) => boolean,
): number {
  if (profile.strangerNumbers === 0) return 0;
  const enMany = di > 1;
  // The other side's numbers are read where they stand, in its blocks: no set of them is made.
  const other = enMany ? zh : en;
  const otherFrom = enMany ? j : i;
  const otherTo = enMany ? j + dj : i + di;
  let none = true;
  for (let k = otherFrom; k < otherTo; k++) if (other[k]!.numberKeys.length > 0) none = false;
  let cost = 0;
  const from = enMany ? i : j;
  const to = enMany ? i + di : j + dj;
  for (let k = from; k < to; k++) {
    const own = (enMany ? en[k]! : zh[k]!).numberKeys;
    // With no numbers on the other side, only a figure (two digits or more) is out of place.
    if (none ? own.some((key) => key.length >= 2) : own.length > 0 && !own.some((key) => figureIn(other, otherFrom, otherTo, key))) {
      cost += vouched?.(k) ? profile.numbersDisagree : profile.strangerNumbers;
    }
  }
  return cost;
}

/**
 * Share of a merged block's own word weight that the words it brings to the merge must reach
 * before they vouch for it whatever its figures (see `strangerCost`): half again the share below
 * which a block is a stranger (`strangerGain`, 0.5), so that a block meeting a few senses of the
 * other side's characters is not vouched for.
 */
const VOUCHED_SHARE = 0.75;

/**
 * Whether block `k` of the merged side of bead `(i, di, j, dj)` brings words the other side
 * translates (`wordsBrought`) for `VOUCHED_SHARE` of its own weight or more.
 */
function wordsVouch(evidence: WordEvidence, i: number, di: number, j: number, dj: number, k: number): boolean {
  const zhSide = di <= 1;
  const own = zhSide ? evidence.weight(0, 0, k, 1) : evidence.weight(k, 1, 0, 0);
  return own >= STRANGER_WEIGHT && wordsBrought(evidence, i, di, j, dj, k, zhSide) >= VOUCHED_SHARE * own;
}

/**
 * The words block `k` of a merged side of bead `(i, di, j, dj)` brings that the other side
 * translates: an English block, those the rest of the merge does not cover (`gain`), or without it
 * all its words; a Chinese block (`zhSide`), all its words.
 */
function wordsBrought(evidence: WordEvidence, i: number, di: number, j: number, dj: number, k: number, zhSide: boolean): number {
  if (zhSide) return evidence.share(i, di, k, 1) * evidence.weight(i, di, k, 1);
  return evidence.gain ? evidence.gain(i, di, j, dj, k, false) : evidence.share(k, 1, j, dj) * evidence.weight(k, 1, j, dj);
}

/** Whether a number of `signals[from, to)` names the same figure as `key` (the same number included). */
function figureIn(signals: readonly TextSignals[], from: number, to: number, key: string): boolean {
  for (let k = from; k < to; k++) {
    const keys = signals[k]!.numberKeys;
    for (let n = 0; n < keys.length; n++) if (sameFigure(key, keys[n]!)) return true;
  }
  return false;
}
/* eslint-enable @typescript-eslint/prefer-for-of */

/** Own word weight (idf-weighted) a block needs before its words are judged in a merge. */
export const STRANGER_WEIGHT = 4.5;

/**
 * The blocks of a merge's merged sides that carry `STRANGER_WEIGHT` of words or more and match
 * `strangerMatch` of it or less in the other side (see `CostProfile`): a translation shares
 * words with each part of its original.
 */
function strangerBlocks(
  evidence: WordEvidence, profile: CostProfile, i: number, di: number, j: number, dj: number, enFlags: Uint16Array, zhFlags: Uint16Array,
): number {
  let strangers = 0;
  // What a block brings. An English block: its words the Chinese translates that the rest of the
  // merge does not already cover (a reader's comment repeating a word of the paragraph beside it
  // brings nothing; one meeting a sense or two of the Chinese characters' many brings little:
  // `strangerGain`). A Chinese block: all its words the English translates, since the stricter
  // test on that side lost right 1-2 links of joined English paragraphs (merge_en held-out 0.985
  // to 0.976). Without `gain`, all a block's words the other side translates. An English block
  // never brings more than all its words the other side translates (a kept bead of its own):
  // when that is already little, it is a stranger without asking `gain`. An English block too light
  // to be judged so is a stranger when it brings no word at all (see `SILENT_WEIGHT`).
  const stranger = (own: number, k: number, zhSide: boolean): boolean => {
    if (own < (((zhSide ? zhFlags : enFlags)[k]! & (HEADING | LIST)) === HEADING ? HEADING_WEIGHT : STRANGER_WEIGHT)) {
      return !zhSide && own >= SILENT_WEIGHT && !joinedBySentence(enFlags, i, di, k) && wordsBrought(evidence, i, di, j, dj, k, false) === 0;
    }
    if (zhSide) return wordsBrought(evidence, i, di, j, dj, k, true) <= profile.strangerMatch * own;
    const alone = evidence.share(k, 1, j, dj) * evidence.weight(k, 1, j, dj);
    if (!evidence.gain) return alone <= profile.strangerMatch * own;
    const limit = Math.max(profile.strangerMatch, profile.strangerGain) * own;
    return alone <= limit || evidence.gain(i, di, j, dj, k, zhSide) <= limit;
  };
  if (di > 1) for (let k = i; k < i + di; k++) if (stranger(evidence.weight(k, 1, 0, 0), k, false)) strangers++;
  if (dj > 1) for (let k = j; k < j + dj; k++) if (stranger(evidence.weight(0, 0, k, 1), k, true)) strangers++;
  return strangers;
}

/**
 * Own word weight from which an English block of a merge too light for `STRANGER_WEIGHT` is a
 * stranger when it brings no word at all (none the other side translates that the rest of the
 * merge does not cover): a short sentence, a reply or a remark beside a paragraph whose
 * translation renders that paragraph alone, its own translation missing. Lighter blocks (`OK.`,
 * a bare number) say too little to tell.
 */
export const SILENT_WEIGHT = 1.5;

/**
 * Whether block `k` of a merged side continues a sentence of the block before it in the merge or
 * runs on into the next one (no stop between them): a fragment of a sentence broken across lines
 * is translated with the rest of its sentence, however few words it holds.
 */
function joinedBySentence(f: Uint16Array, from: number, count: number, k: number): boolean {
  return (k > from && (f[k - 1]! & OPEN) !== 0) || (k + 1 < from + count && (f[k]! & OPEN) !== 0);
}

/**
 * Own word weight of a heading-like line (short, no stop) before its words are judged: a title's
 * few words are its content words (two or three of a document's rarer ones), and a title that
 * translates another shares one of them.
 */
export const HEADING_WEIGHT = 2.5;

/**
 * Own word weight both blocks of a 1-1 link need before sharing no word makes them strangers:
 * twice a merge's, since a short translation may render its few words by others than the
 * lexicon's (`step-free` for `无障碍`), while two sentences of a dozen words each share some.
 */
export const STRANGER_PAIR_WEIGHT = 2 * STRANGER_WEIGHT;

/**
 * Whether English block `i` and Chinese block `j` both weigh words enough to be judged and share
 * none that translate each other: a translation shares some of its words. A heading-like line
 * (`enHeading`, `zhHeading`: short, no stop) is judged on a merge's `STRANGER_WEIGHT`, since a
 * title's few words are its content words; other blocks on `STRANGER_PAIR_WEIGHT`.
 */
function strangerPair(evidence: WordEvidence, i: number, j: number, enHeading: boolean, zhHeading: boolean): boolean {
  return evidence.share(i, 1, j, 1) === 0
    && evidence.weight(i, 1, 0, 0) >= (enHeading ? HEADING_WEIGHT : STRANGER_PAIR_WEIGHT)
    && evidence.weight(0, 0, j, 1) >= (zhHeading ? HEADING_WEIGHT : STRANGER_PAIR_WEIGHT);
}

/** Fewest characters (spaces left out) of a title in `titleBesideSentence`: three words or so. */
const TITLE_LENGTH = { en: 12, zh: 6 };

/**
 * Whether one of English block `i` and Chinese block `j` is a title (heading-like, short with no
 * stop, and a phrase of `TITLE_LENGTH` at least) and the other ends a sentence (a stop, a question
 * mark, a closing bracket), while they share no word that translates each other and each weighs
 * words enough to tell (`SILENT_WEIGHT` for the title, `HEADING_WEIGHT` for the sentence): a title
 * is rendered by a title, so the two are an untranslated title and a line of the other language (a
 * request, a remark, an instruction) that only stand side by side. A word or two without a stop
 * (`Yay`, `Thanks`) is a reply or an exclamation as often, rendered with its stop.
 */
function titleBesideSentence(evidence: WordEvidence, i: number, j: number, enFlag: number, zhFlag: number, enLength: number, zhLength: number): boolean {
  const enTitle = (enFlag & (HEADING | ENDS)) === HEADING && (zhFlag & (HEADING | ENDS)) === ENDS && enLength >= TITLE_LENGTH.en;
  const zhTitle = (zhFlag & (HEADING | ENDS)) === HEADING && (enFlag & (HEADING | ENDS)) === ENDS && zhLength >= TITLE_LENGTH.zh;
  if (!enTitle && !zhTitle) return false;
  const enWeight = evidence.weight(i, 1, 0, 0);
  const zhWeight = evidence.weight(0, 0, j, 1);
  return evidence.share(i, 1, j, 1) === 0
    && (enTitle ? enWeight : zhWeight) >= SILENT_WEIGHT
    && (enTitle ? zhWeight : enWeight) >= HEADING_WEIGHT;
}

/**
 * Fewest English letters per Chinese character of a title's rendering (spaces left out; see
 * `labelUnderTitle`): news English runs two to four letters a character, and Chinese titles are
 * terse, so their renderings run longer still.
 */
const TITLE_LETTERS = 2;

/**
 * Whether English block `i` and Chinese block `j` are both heading-like (short, no stop), share no
 * word that translates each other while the Chinese weighs words enough to tell (`HEADING_WEIGHT`),
 * and the English holds fewer than `TITLE_LETTERS` letters per Han character of the Chinese
 * (`enLength`, `zhHan`; Latin words in the Chinese run as long in English): too short to render
 * the title, the English is a kicker or label of its own (`SCIENCE`, `Paragraph 1`, `How to
 * apply`) beside an untranslated Chinese title.
 */
function labelUnderTitle(evidence: WordEvidence, i: number, j: number, enFlag: number, zhFlag: number, enLength: number, zhHan: number): boolean {
  return (enFlag & zhFlag & HEADING) !== 0
    && enLength < TITLE_LETTERS * zhHan
    && evidence.share(i, 1, j, 1) === 0
    && evidence.weight(0, 0, j, 1) >= HEADING_WEIGHT;
}

/**
 * Share of its words (idf-weighted) a block must match in a neighbour of the other language's
 * stream before that neighbour pulls it away from its partner (see `NEIGHBOUR_EDGE`).
 */
export const NEIGHBOUR_SHARE = 0.25;

/**
 * How many times its partner's share a block must match in a neighbour (see `pulledAway`) before
 * that neighbour pulls it away: a translation shares more words with its original than with the
 * paragraphs beside it, which speak of the same things; a caption, a comment or the second part of
 * a neighbour's rendering meets its false partner in a word or two of that common topic.
 */
export const NEIGHBOUR_EDGE = 4;

/**
 * How far along its stream a neighbour may stand (see `pulledAway`): the next block, or the one
 * after it, since a caption or a note may stand between a paragraph and the second part of its
 * rendering.
 */
const NEIGHBOUR_REACH = 2;

/**
 * Whether English block `i` and Chinese block `j`, both weighing words enough to be judged
 * (`STRANGER_WEIGHT`), share few words that translate each other, while one of them shares many
 * (`NEIGHBOUR_SHARE`) and `NEIGHBOUR_EDGE` times as many with a neighbour of the other's stream
 * (`en[i ± 1]`, `zh[j ± 1]`, or one block farther: see `NEIGHBOUR_REACH`): the block belongs with
 * that neighbour (the second part of its 1-2 rendering, a comment on it) and its link here only
 * fills a gap left by a translation the page lacks.
 */
function pulledAway(evidence: WordEvidence, i: number, j: number, enCount: number, zhCount: number): boolean {
  if (evidence.weight(i, 1, 0, 0) < STRANGER_WEIGHT || evidence.weight(0, 0, j, 1) < STRANGER_WEIGHT) return false;
  const enough = Math.max(NEIGHBOUR_SHARE, evidence.share(i, 1, j, 1) * NEIGHBOUR_EDGE);
  // A share is at most 1: a pair sharing more than 1 / NEIGHBOUR_EDGE of its words stays together
  // whatever its neighbours share, and they need not be worked out.
  if (enough > 1) return false;
  // Any neighbour will do, so they are asked in the order cheapest to work out: the English ones
  // first, whose beads share Chinese block `j` with the bead just asked (the bead matcher keeps
  // the marks of the last Chinese side it read), then the Chinese ones.
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) {
    if (i >= d && evidence.share(i - d, 1, j, 1) >= enough) return true;
    if (i + d < enCount && evidence.share(i + d, 1, j, 1) >= enough) return true;
  }
  for (let d = 1; d <= NEIGHBOUR_REACH; d++) {
    if (j >= d && evidence.share(i, 1, j - d, 1) >= enough) return true;
    if (j + d < zhCount && evidence.share(i, 1, j + d, 1) >= enough) return true;
  }
  return false;
}

/** Word translation evidence of a document's blocks. */
export interface WordEvidence {
  /** The idf-weighted share of the words of `en[i, i + di)` and `zh[j, j + dj)` that translate each other, 0..1. */
  share: (i: number, di: number, j: number, dj: number) => number;
  /** The idf-weighted count of those words: how much the share has to go on. */
  weight: (i: number, di: number, j: number, dj: number) => number;
  /** What block `k` of a merged side brings to the bead's match that the rest does not (`BeadMatcher.gain`). */
  gain?: (i: number, di: number, j: number, dj: number, k: number, zhSide: boolean) => number;
}

/**
 * Beads whose word evidence `wordEvidence` keeps before it empties its table. A search asks a
 * bead's evidence again only while it works on the rows near the bead's own (its pieces, for the
 * beads that merge them), so a table of recent beads serves it as well as one of every bead, in
 * a few MB that stay in the processor's cache rather than hundreds that grow by copying: 10,000
 * lines a half asked for 4 million beads.
 */
export const EVIDENCE_MOST = 1 << 17;

/**
 * Reads every block's words once (English lemmas; Chinese dictionary words with their glosses)
 * and weights them by rarity in the document; a bead's match is then computed on demand and
 * kept, since the search asks for the same bead more than once, until the table holds `most`
 * beads and is emptied. `chinese` keeps what was read of the Chinese blocks for their sentences.
 */
export function wordEvidence(en: Item[], zh: Item[], lexicon: Lexicon, chinese?: ChineseBlockCache, most = EVIDENCE_MOST): WordEvidence {
  const enBags = en.map((x) => englishBlockBag(x.block.text, chinese));
  const zhBags = zh.map((x) => chineseBag(x.block.text, lexicon, chinese));
  const matchBead = beadMatcher(enBags, zhBags, OWN_IDF);
  // Each bead's share and weight, by its slot (`BeadSlots`). Room for 16 beads a block before the
  // table grows, sized by the document: a fixed table of a few thousand slots, zeroed on every
  // call, cost a short document more than its whole search.
  let size = 64;
  while (size <= 32 * (en.length + zh.length) && size < most * 2) size *= 2;
  let shares = new Float64Array(size);
  let weights = new Float64Array(size);
  const slots = new BeadSlots(size, (to, grown) => {
    shares = movedValues(shares, to, grown, (n) => new Float64Array(n));
    weights = movedValues(weights, to, grown, (n) => new Float64Array(n));
  }, most);
  const slot = (i: number, di: number, j: number, dj: number): number => {
    let at = slots.slotOf(i, di, j, dj);
    if (slots.isFree(at)) {
      const found = matchBead(i, di, j, dj);
      at = slots.take(i, di, j, dj, at);
      shares[at] = found.total > 0 ? Math.min(1, found.matched / found.total) : 0;
      weights[at] = found.total;
    }
    return at;
  };
  // The weight of each block alone (NaN: not asked yet), which the tests of a 1-1 link ask twice
  // each, kept by the block: an array read rather than a search of the table. A side with no block
  // matches nothing, wherever it stands, so the block's weight is the same against any.
  const enAlone = new Float64Array(en.length).fill(NaN);
  const zhAlone = new Float64Array(zh.length).fill(NaN);
  // The slot first: asking it may grow the table, and so replace the arrays.
  return {
    share: (i, di, j, dj) => {
      const at = slot(i, di, j, dj);
      return shares[at]!;
    },
    weight: (i, di, j, dj) => {
      if (di === 1 && dj === 0) {
        let w = enAlone[i]!;
        if (Number.isNaN(w)) enAlone[i] = w = weights[slot(i, di, j, dj)]!;
        return w;
      }
      if (di === 0 && dj === 1) {
        let w = zhAlone[j]!;
        if (Number.isNaN(w)) zhAlone[j] = w = weights[slot(i, di, j, dj)]!;
        return w;
      }
      const at = slot(i, di, j, dj);
      return weights[at]!;
    },
    gain: matchBead.gain,
  };
}

/**
 * `count` of each bead (a small whole number, 0 to 255), worked out once and kept by its slot
 * (`BeadSlots`), as the word evidence is: a Map keyed by one number made of both keys took a
 * boxed key for each bead of a long document and a tenth of the search's time on sentence files.
 * Emptied when it holds `most` beads, before memory runs out.
 */
export function beadCountMemo(most: number, count: (i: number, di: number, j: number, dj: number) => number): (i: number, di: number, j: number, dj: number) => number {
  let values = new Uint8Array(64);
  const slots = new BeadSlots(64, (to, grown) => {
    values = movedValues(values, to, grown, (n) => new Uint8Array(n));
  }, most);
  return (i, di, j, dj) => {
    let at = slots.slotOf(i, di, j, dj);
    if (!slots.isFree(at)) return values[at]!;
    const n = count(i, di, j, dj);
    at = slots.take(i, di, j, dj, at);
    values[at] = n;
    return n;
  };
}

/** How many times its bracketed English name an English block runs, at least, that is no rendering of the Chinese heading. */
const NAMED_BEYOND = 2;

/**
 * The letters of the English name a Chinese heading closes on in brackets (`中国西双版纳(Xishuangbanna,
 * China)`, `故宫（The Palace Museum）`), or 0: Han before the opening bracket, at most
 * `TITLED_HAN_MOST`, and only Latin words, blanks and commas inside.
 */
export function namedInBrackets(text: string): number {
  const t = text.trim();
  if (t.length > 200 || !/[)）]$/.test(t)) return 0;
  const open = Math.max(t.lastIndexOf('('), t.lastIndexOf('（'));
  if (open < 1) return 0;
  const inside = t.slice(open + 1, -1);
  const before = t.slice(0, open).trimEnd();
  const han = hanCount(before);
  if (han === 0 || han > TITLED_HAN_MOST || !/^[A-Za-z][A-Za-z ,.'’-]*$/.test(inside) || letterClass(before.charCodeAt(before.length - 1)) !== 1) return 0;
  return inside.replace(/[^A-Za-z]/g, '').length;
}

/** Most Han of a Chinese title that `titledInEnglish` reads. */
const TITLED_HAN_MOST = 40;
/** Fewest English words of the title after a Chinese one. */
const TITLED_WORDS_LEAST = 3;

/**
 * Whether a block is a Chinese title followed on its line by its English title, as bilingual news
 * lists print a story's headline (`美国人庆祝独立日 Americans Celebrate Independence Day`,
 * `【通乌门】…人数上调 supporters for Trump impeachment increase`): no Chinese stop, at most
 * `TITLED_HAN_MOST` Han, and `TITLED_WORDS_LEAST` English words or more closing the line after a
 * word ending in Han. Reads the line's words once.
 */
export function titledInEnglish(text: string): boolean {
  const t = text.trim();
  if (t.length > 400 || !/[A-Za-z]$/.test(t) || /[。！？]/.test(t) || hanCount(t) > TITLED_HAN_MOST) return false;
  const tokens = t.split(/\s+/);
  let k = tokens.length;
  while (k > 0 && /^[A-Za-z][A-Za-z'’-]*$/.test(tokens[k - 1]!)) k--;
  return tokens.length - k >= TITLED_WORDS_LEAST && k > 0 && /\p{Script=Han}[】\]]?$/u.test(tokens[k - 1]!);
}

/** Whether one of `count` blocks from `from` is a Chinese title carrying its English. */
function titledIn(titled: Uint8Array | Uint16Array, from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) if (titled[k]) return true;
  return false;
}
