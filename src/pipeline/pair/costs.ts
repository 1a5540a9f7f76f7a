import { perItem, type Item } from './streams.js';
import { sameKey } from '../pair-signals.js';

/** Costs that shape the search, in nats (negative log-likelihoods): one profile per kind of input. */
export interface CostProfile {
  /** Leaving a block without partner. */
  skip: number;
  /** Leaving a boilerplate block (dateline, byline) without partner. */
  skipBoilerplate: number;
  /** Leaving a heading-like block (short, with no stop) without partner: pages often leave titles untranslated. */
  skipHeading: number;
  /** Pairing a boilerplate block at all. */
  linkBoilerplate: number;
  /** Extra cost of a bead by shape (`'1-2'`: one English block with two Chinese ones). */
  shape: Record<string, number>;
  /** Per block of the other streams standing between the blocks of a bead, in interleaved documents. */
  gap: number;
  /** Changing which language comes first between consecutive pairs, in interleaved documents. */
  flip: number;
  /** Reward per unit of matched anchor weight, and cost per unit of unmatched. */
  anchorMatch: number;
  anchorMiss: number;
  /** Spread of the log length ratio of long paragraphs, and the extra variance of short ones (per character). */
  sigma: number;
  shortVariance: number;
  /** Most a length mismatch may cost, so that strong anchors can still win. */
  maxLength: number;
  /**
   * Joining a heading-like block (short, with no stop) with other blocks on its side in a merge
   * of four, or a note in brackets after a block that ends a sentence.
   */
  headingInMerge: number;
  /**
   * Shape cost of a merge whose merged sides are one sentence broken across blocks (a line
   * ending mid-sentence, the next starting in lower case), or of subtitle cues, which timing
   * cuts rather than sense: the translation need not break at the same place, so such a merge
   * is nearly as likely as two 1-1 links.
   */
  brokenSentence: number;
  /**
   * A heading-like block joining a merge after a block that ends a sentence (a subheading opens
   * a section) while the other side ends a sentence too (the heading's translation is not there).
   */
  headingAfterSentence: number;
  /** Reward of a link whose words all translate each other (lexicon evidence, share 0..1). */
  lexical: number;
  /** A block of a merge carrying numbers none of which the other side, which has numbers, shares. */
  strangerNumbers: number;
  /**
   * A block of a merge with words enough to be judged (see `STRANGER_WEIGHT`) none of which the
   * other side translates: a reader's comment or an untranslated caption beside a paragraph.
   */
  strangerWords: number;
  /**
   * Matched word weight, against the other side of a merge, per unit of a block's own word
   * weight, at or below which the block is a stranger to the merge (0: only a block matching no
   * word). Translations match about as much as the block weighs or more (the other side's words
   * count too), an untranslated neighbour little; paragraphs of rarer words match less.
   */
  strangerMatch: number;
  /**
   * For an English block of a merge: the weight it brings (words the Chinese translates that the
   * rest of the merge does not cover, both sides counted) per unit of its own weight, at or below
   * which it is a stranger. A translated part brings about as much as it weighs; a reader's comment
   * beside a short pair meets a few of the many senses of single characters (`会` like, `开` run).
   */
  strangerGain: number;
  /** A 1-1 link whose sides both carry figures of two digits or more and share no number at all. */
  numbersDisagree: number;
  /**
   * A 1-1 link one side of which carries a figure of two digits or more while the two sides share
   * no number (the other side may carry none, or others), and next to no word: a translation
   * keeps its figures, so one side is a note, caption or comment beside a paragraph whose
   * translation is missing. As much as leaving both blocks alone: such a link is no likelier than
   * two lone blocks. Charged in place of `numbersDisagree`.
   */
  figuresMissing: number;
  /**
   * A 1-1 link whose sides both carry words enough to be judged (see `STRANGER_WEIGHT`) and share
   * no word the lexicon translates: two texts that only stand side by side (an untranslated
   * paragraph beside an ad line, an unrelated title above the article's own).
   */
  strangerPair: number;
  /**
   * A 1-1 link of a heading-like line (short, no stop) and a line of the other language that ends
   * a sentence, sharing no word the lexicon translates: a title is rendered by a title, so one is
   * an untranslated title and the other a request, remark or instruction beside it. As much as
   * leaving a heading and a block alone. Charged in place of `strangerPair`.
   */
  titleBesideSentence: number;
  /**
   * A 1-1 link of two heading-like lines sharing no word the lexicon translates, the English too
   * short to render the Chinese (fewer than two letters a character): a kicker or label beside an
   * untranslated Chinese title. As much as leaving both headings alone. Charged in place of
   * `strangerPair`.
   */
  labelUnderTitle: number;
  /**
   * A 1-1 link whose sides both carry words enough to be judged in a merge (see `STRANGER_WEIGHT`)
   * while one side shares a quarter of its words or more with a neighbour of the other side's
   * stream, and four times the share of its partner (see `NEIGHBOUR_SHARE`, `NEIGHBOUR_EDGE`): the second part of the neighbour's 1-2 rendering,
   * or a comment on it, standing where a translation the page lacks would stand. More than
   * `strangerPair` (and charged in its place), since the neighbour is a likelier partner; about a
   * skip and a 1-2 shape, so that the part goes back to its neighbour's 1-2 wherever that fits as
   * well as the neighbour's 1-1, and the block left without it stays alone.
   */
  pulledAway: number;
  /**
   * A 1-1 link between blocks of two different timed cues of a subtitle file: a cue's text is
   * translated in its own cue (a sentence running over cues joins them in a merge instead).
   */
  crossCue: number;
  /**
   * A 1-1 link whose Chinese renders only the opening sentences of a longer English paragraph
   * (a free, abridged translation): the length is then weighed against those sentences, at this
   * extra cost. `Infinity` weighs only whole paragraphs.
   */
  abridged: number;
  /**
   * The mirror of `abridged`: a 1-1 link whose Chinese opening sentences render a shorter English
   * block, the sentences after them added context (what a place is, what a phrase first meant);
   * the length is then weighed against those sentences, at this extra cost, more than `abridged`'s
   * (two English blocks rendered by one Chinese paragraph of two sentences stay a 2-1 link).
   */
  expanded: number;
  /**
   * A link of English sentences (a block of twelve words or more, a stop among them) with Chinese
   * blocks none of which holds any punctuation (`，。！？；` or their ASCII forms): a translation of
   * sentences is punctuated, a line of menu links, a promotion or a site's name is not. As much as
   * leaving both blocks of a 1-1 link alone. Subtitle cues, whose Chinese is often set apart by
   * blanks alone, the Chinese of a page translating a talk phrase by phrase (long phrases set
   * apart by blanks in place of commas, throughout the page), and a paragraph the excerpt cut off
   * (whose Han no blank space sets apart) are not charged.
   */
  bareChinese: number;
}

/** Costs for paragraphs. Exported for tuning scripts. */
export const COST: CostProfile = {
  skip: 4,
  skipBoilerplate: 0.5,
  skipHeading: 2.5,
  linkBoilerplate: 4,
  shape: { '1-1': 0, '1-2': 3.5, '2-1': 3.5, '2-2': 4.4, '1-3': 4.4, '3-1': 4.4 },
  gap: 1.5,
  flip: 1,
  anchorMatch: 1.2,
  anchorMiss: 0.35,
  sigma: 0.1,
  shortVariance: 3,
  maxLength: 14,
  headingInMerge: 4,
  brokenSentence: 1,
  headingAfterSentence: 1.5,
  lexical: 8,
  strangerNumbers: 7,
  strangerWords: 3,
  strangerMatch: 0,
  strangerGain: 0.5,
  numbersDisagree: 3,
  figuresMissing: 8,
  strangerPair: 3,
  titleBesideSentence: 6.5,
  labelUnderTitle: 5,
  pulledAway: 7.5,
  crossCue: 2.5,
  abridged: 0.5,
  expanded: 2,
  bareChinese: 8,
};

/**
 * Costs for documents whose languages alternate block by block: a block's neighbour is its
 * partner so often that a length mismatch (an abridged translation) weighs less.
 */
export const INTERLEAVED_COST: CostProfile = {
  ...COST,
  maxLength: 6,
};

/** Costs for aligning sentences (pre-split line files): links other than 1-1 are common. */
export const SENTENCE_COST: CostProfile = {
  ...COST,
  shape: { '1-1': 0, '1-2': 1.6, '2-1': 1.6, '2-2': 3.2, '1-3': 3.4, '3-1': 3.4 },
  sigma: 0.2,
  shortVariance: 4,
  maxLength: 1000,
  strangerNumbers: 0,
  strangerMatch: 0.5,
  bareChinese: 0,
};

/** Cost of leaving one block without partner. */
export function skipCost(x: Item, profile: CostProfile): number {
  return x.signals.boilerplate ? profile.skipBoilerplate : profile.skip;
}

/**
 * Log-ratio of lengths against the document's ratio, as a normal log-likelihood, capped at
 * `maxLength` times `blocks` (the blocks of the bead's smaller side): a merge of two abridged
 * paragraphs with two short lines is capped no lower than the two links it would stand for.
 * `beyond` is the count of blocks the side that runs too long holds beyond the other side's
 * count: each lifts the cap by `skip`, so that a block joining the side already too long costs
 * at least what leaving it alone would (under a reached cap, a merge would otherwise take any
 * partnerless neighbour for the price of its shape).
 */
export function lengthCost(le: number, lz: number, ratio: number, sigma: number, profile: CostProfile, blocks = 1, beyond = 0): number {
  const d = Math.log((le + 4) / (ratio * lz + 4));
  const variance = sigma * sigma + profile.shortVariance / ((le + ratio * lz) / 2 + 1);
  return Math.min(profile.maxLength * blocks + profile.skip * beyond, (d * d) / (2 * variance)) + 0.5 * Math.log(variance / (sigma * sigma));
}

/**
 * Both blocks have the same normalized text (a URL, a name given for both languages), told by the
 * keys' digests first: the keys are built only where those agree.
 */
export function sameText(a: Item, b: Item): boolean {
  return a.signals.keyDigest.length > 0 && sameKey(a.signals, b.signals);
}

/** Bead shapes by `enCount * 4 + zhCount`. */
export const SHAPES = Array.from({ length: 16 }, (_, k) => `${k >> 2}-${k & 3}`);
/**
 * Item flags: `und` block, boilerplate, has anchors (numbers or Latin words in Chinese),
 * heading-like, a note wholly in brackets, ends a sentence, runs on into the next item of its
 * stream (no stop at its end), and does so surely (the next English item opens in lower case,
 * or it ends on a comma); then the wider flags below.
 */
export const UND = 1;
export const BOILERPLATE = 2;
export const ANCHORS = 4;
export const HEADING = 8;
export const NOTE = 16;
export const ENDS = 32;
export const OPEN = 64;
export const RUNS_ON = 128;
/** Item flag (of a wider set): the text of a timed subtitle cue. */
export const CUED = 256;
/** Item flag: an editor's or translator's note (`编者按：`, `Editor's note:`). */
export const EDITORIAL = 512;
/** Item flag: a list item opening with a bullet. */
export const LIST = 1024;
/** Item flag: a dialogue or interview turn, opening with its speaker's label (`HOST:`, `Q:`, `问：`). */
export const TURN = 2048;
/** Item flag: a photo's caption, closing on the photo's credit (see `photoCaption`). */
export const CAPTION = 4096;

/**
 * The label opening a turn of a dialogue, transcript or interview: one to three capitalised
 * English words (`HOST:`, `Dr. Lin:`, `Q:`, `Reporter:`), or the question and answer, speaker
 * and letter labels of Chinese transcripts (`问：`, `答：`, `男：`, `女：`, `甲：`, `乙：`).
 */
const TURN_LABEL = /^(?:[A-Z][A-Za-z'’.-]{0,15}(?: [A-Z][A-Za-z'’.-]{0,15}){0,2}\s?:\s|[问答問答男女甲乙]\s?[：:])/;
/** A subtitle line opened by a dash: a speaker's turn in a cue of two speakers (`- Are you OK?`, `-我没事。`). */
const CUE_DASH = /^[-‐–—]\s?\S/;

/**
 * The label opening an editor's or translator's note (`编者按`, `Editor's note`; `編輯垂注`, `Note to
 * editors`, as Hong Kong's press releases close), or a bare note (`注：`, `注意：`, `备注：`, `注释：`,
 * `Note:`, `Notes:`; the colon required).
 */
const EDITORIAL_LABEL = /^[【[(（]?\s*(?:编者按|編者按|编者注|編者註|编者的话|編者的話|小编按|小編按|小编说|小編說|小编导读|小編導讀|小编提示|小編提示|小编提醒|小編提醒|小编注|小編註|小编有话说|小編有話說|译者注|譯者註|译者按|譯者按|译注|譯註|编辑注意|編輯注意|编辑垂注|編輯垂注|编按|編按|editor'?s note|editors'? note|translator'?s note|notes? to editors)\s*[】\])）]?\s*[:：]?|^[【[(（]?\s*(?:注|註|注意|备注|備註|注释|註釋|注解|註解|附注|附註|note|notes|explanatory notes?|remarks?|nb)\s*[:：]/i;
/**
 * A note's label in both languages (`Editor's note 编者注:`, `编者按 Editor's note:`): the note is given in
 * both, and its translation may stand on a line of its own without the label, so it pairs as any block.
 */
const BILINGUAL_NOTE_LABEL = /^[【[(（]?\s*(?:(?:editor'?s|editors'?|translator'?s)[ \t]+note|note)[ \t]*\p{Script=Han}{2,5}[ \t]*[:：]|^[【[(（]?\s*\p{Script=Han}{2,5}[ \t]*(?:(?:editor'?s|editors'?|translator'?s)[ \t]+note|note)[ \t]*[:：]/iu;

/** Ends with a stop or a closing quote or bracket, as a sentence does. */
const ENDS_SENTENCE = /[.!?。！？…"”’」』)）]\s*$/;
/** Ends with no stop, colon or closing mark: the sentence goes on after it. */
const OPEN_END = /[\p{L}\p{N},，、]\s*$/u;
/** The closing marks OPEN_END never ends on, beside ASCII (answered by code): `。`, `！`, `？`, `”`, `」`, `』`, `）`, `…`. */
const CLOSED_ENDS = '。！？”」』）…';

/**
 * OPEN_END on a trimmed text (`\s*$` then matches nothing), answered without the pattern where the
 * last character is ASCII (a letter or digit of `\p{L}`/`\p{N}`, or a comma) or a closing mark.
 */
function openEnd(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 44;
  if (CLOSED_ENDS.includes(text.charAt(text.length - 1))) return false;
  return OPEN_END.test(text);
}

/** Ends on a comma: surely mid-sentence. */
const COMMA_END = /[,，、]\s*$/;
/** A list item opening with a bullet (`• take leftovers home`). */
const LIST_ITEM = /^[•●○◦▪■□◆◇▶►·‧∙*–—-]\s/;
/** A note wholly in brackets: `(Editing by …)`, `（本文由…供稿）`, `[Photo]`. */
const BRACKETED = /^[(（[【][^()（）[\]【】]*[)）\]】]$/;

/**
 * A photo's credit closing its caption, perhaps before the photo's number in a series (`(1)`): an
 * agency or photographer in brackets, in English (`(Xinhua/Li Ming)`, `(Photo by Li Ming)`,
 * `[Photo/China Daily]`) or Chinese (`(新华社记者 李明 摄)`, `（受访者供图）`), as news agencies and
 * papers print them.
 */
const PHOTO_CREDIT_END = /(?:\((?:(?:photos?|images?|pictures?)\s*(?:by\b|:|\/)|(?:xinhua|reuters|ap|afp|cfp|ic|vcg|getty images|china daily|cns)\s*\/)[^()\n]{0,60}\)|\[(?:photos?|images?)\s*(?:\/|by\b|provided\b)[^[\]\n]{0,60}\]|[(（][^()（）\n]{0,40}(?:摄|攝|供图|供圖)\s*[)）])\s*(?:[(（]\d{1,2}[)）]\s*)?$/i;
/** Most characters of a photo's caption. */
const CAPTION_MAX = 300;

/** Whether a block is a photo's caption: a short text closing on a photo's credit (PHOTO_CREDIT_END). */
function photoCaption(text: string): boolean {
  const last = text.charAt(text.length - 1);
  return text.length <= CAPTION_MAX && (last === ')' || last === '）' || last === ']') && PHOTO_CREDIT_END.test(text);
}

/** Most words of a line of a speech's salutation (`Chief Economist David Mann,`). */
const ADDRESS_WORDS = 6;

/** Most characters of a Chinese line of a speech's salutation (`尊敬的市交通局局长王明先生，`). */
const ADDRESS_HAN = 40;
/**
 * The words opening a Chinese line of a speech's or a letter's salutation: `尊敬的`, `敬爱的`,
 * `亲爱的`, `尊贵的` (honoured, dear), `各位` (all of you), `女士们` (ladies), as speeches and
 * letters open in either script.
 */
const ZH_ADDRESS = /^(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的|尊贵的|尊貴的|各位|女士们|女士們)/;

/**
 * Whether an English line ending on a comma may be one line of a speech's salutation, each
 * person or group addressed on a line of its own (`Chief Economist David Mann,` above
 * `Mr. Parag Khanna,`) and rendered alone: a few words, with a capital opening the next line. A
 * sentence broken after a comma runs on in lower case as often as not, so it is not surely broken.
 * A Chinese line is one when it is short and opens with a word of address (ZH_ADDRESS).
 */
function addressLine(x: Item, text: string, next: string): boolean {
  if (x.block.lang === 'zh') return x.signals.length <= ADDRESS_HAN && ZH_ADDRESS.test(text);
  return x.block.lang === 'en' && /^[A-Z]/.test(next) && text.split(' ').length <= ADDRESS_WORDS;
}

/** The flags of each item; `cut` is the index of a paragraph the excerpt cut off (not a heading). */
export function flags(items: Item[], cut = -1): Uint16Array {
  return perItem(Uint16Array, items, (x, k) => {
    const text = x.block.text.trim();
    const next = items[k + 1]?.block.text.trimStart() ?? '';
    const open = k + 1 < items.length && openEnd(text);
    const runsOn = open && ((COMMA_END.test(text) && !addressLine(x, text, next)) || (x.block.lang === 'en' && /^[a-z]/.test(next)));
    return (x.block.lang === 'und' ? UND : 0)
      | (x.signals.boilerplate ? BOILERPLATE : 0)
      | (x.signals.numberKeys.length > 0 || (x.block.lang !== 'en' && x.signals.hasWords) ? ANCHORS : 0)
      | (k !== cut && !runsOn && x.signals.length < (x.block.lang === 'zh' ? 30 : 80) && !ENDS_SENTENCE.test(text) ? HEADING : 0)
      | (BRACKETED.test(text) && x.signals.length < (x.block.lang === 'zh' ? 60 : 160) ? NOTE : 0)
      | (ENDS_SENTENCE.test(text) ? ENDS : 0)
      | (open ? OPEN : 0)
      | (runsOn ? RUNS_ON : 0)
      | (x.cued ? CUED : 0)
      | (EDITORIAL_LABEL.test(text) && !BILINGUAL_NOTE_LABEL.test(text) ? EDITORIAL : 0)
      | (LIST_ITEM.test(text) ? LIST : 0)
      | (TURN_LABEL.test(text) || (x.cued && CUE_DASH.test(text)) ? TURN : 0)
      | (photoCaption(text) ? CAPTION : 0);
  });
}

/**
 * How the blocks of one side of a merge join: `broken` when every block but the last runs on
 * into the next (one sentence broken across blocks) and one surely does; `apart` when a note
 * in brackets follows a block that ends a sentence (a note stands apart from the text before
 * it), or a list item stands beside a block that is no item; `turn` when a block after the
 * first opens a speaker's turn (each turn is translated as a turn); `list` when every block is a list item; `heading` when a heading-like block does (a subheading, though short lines of posts
 * without stops do join their neighbours' translations).
 */
export function joinOf(f: Uint16Array, from: number, count: number): { broken: boolean; sure: boolean; apart: boolean; heading: boolean; list: boolean; turn: boolean } {
  let broken = count > 1;
  let list = true;
  for (let k = from; k < from + count; k++) if (!(f[k]! & LIST)) list = false;
  let sure = false;
  let apart = false;
  let heading = false;
  let turn = false;
  for (let k = from; k < from + count - 1; k++) {
    if (!(f[k]! & OPEN)) broken = false;
    if (f[k]! & RUNS_ON) sure = true;
    // A note after a sentence, or a list item beside text that is no item, stands apart.
    if ((f[k]! & ENDS && f[k + 1]! & NOTE) || (f[k]! & LIST) !== (f[k + 1]! & LIST)) apart = true;
    if (f[k + 1]! & TURN) turn = true;
    if (f[k]! & ENDS && f[k + 1]! & HEADING) heading = true;
  }
  return { broken, sure, apart, heading, list, turn };
}

/** Margin over leaving all its blocks alone above which a bead is never chosen. */
export const HOPELESS = 3;

/** The most anchor weight each item can match: its numbers, and for Chinese its Latin words. */
export function anchorWeights(items: Item[], english: boolean): Float64Array {
  return perItem(Float64Array, items, (x) => {
    let w = 0;
    for (const n of x.signals.numberWeights) w += n;
    if (english) return w + (x.signals.hasWords ? 1e9 : 0);
    if (x.signals.hasWords) x.signals.words.forEach((n, word) => { w += n * (word.length >= 3 ? 1.5 : 0.8); });
    return w;
  });
}

/**
 * Lengths summed up to each item (`out[k]` is the length of the first `k`): whole numbers in a
 * plain array, read without making a number object each time as a Float64Array's are.
 */
export function prefixLengths(items: Item[]): number[] {
  const out = [0];
  for (let k = 0; k < items.length; k++) out.push(out[k]! + items[k]!.signals.length);
  return out;
}

/** Non-boilerplate stream blocks lying between the blocks of a bead, outside the bead. */
export function gapInside(en: Item[], i: number, di: number, zh: Item[], j: number, dj: number, before: Int32Array): number {
  let first = Infinity;
  let last = -Infinity;
  let inside = 0;
  for (let k = 0; k < di + dj; k++) {
    const x = k < di ? en[i + k]! : zh[j + k - di]!;
    if (x.position < first) first = x.position;
    if (x.position > last) last = x.position;
    if (!x.signals.boilerplate) inside++;
  }
  return Math.max(0, before[last + 1]! - before[first]! - inside);
}
