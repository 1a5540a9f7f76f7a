import type { EntityType, FactCandidate } from '../../types.js';
import type { EntityOptions } from '../../pipeline/entities.js';
import { chinesePlaceKey, CHINESE_PLACE_NAMES, cuedCityAt, districtNameAt, gazetteerCountryNames, listedChineseKey, placeParent, taiwanShortFormAt, ZH_COUNTRY_ABBREVIATIONS, ZH_PLACE_SUFFIXES, ZH_PROVINCE_ABBREVIATIONS, worldCityKey } from '../../entities/gazetteer.js';
import { POS, segmentWithOffsets } from '../../entities/lazy.js';
import { properNoun } from '../../lexicon/proper-nouns.js';
import { cedictOrgName, chineseOrgKey, entityKey } from '../../entities/key.js';
import { JAPANESE_SURNAMES, NAME_DOTS, TRANSLIT_CHARS, ZH_AFTER_NAME, ZH_SURNAMES_DOUBLE, ZH_TITLES, chineseSurnameAt, isFunctionWordSurname } from '../../entities/names.js';
import { CHINESE_ORG_NAMES, chineseOrgAlias, isCompanyName, ORG_GLOSSARY, ZH_FIELD_JOINS, ZH_ORG_SUFFIXES } from '../../entities/organizations.js';
import { CEDICT_PEOPLE } from '../../entities/people-table.js';
import { namesTableRows } from '../../entities/names-table.js';
import { FOREIGN_SOUNDS, chinesePersonKey, pinyinWord } from '../../entities/romanize.js';
import { foldTraditional } from '../../entities/traditional.js';
import { lazyValue, longestLength } from '../../memo.js';
import { groupBy } from '../../group-by.js';

/**
 * A candidate with the rank of the rule that found it (lower wins overlaps). Its `value` is the
 * key (`KEY`), or the person's or organization's name (`PERSON_NAME`, `ORG_NAME`) whose key is
 * worked out only if the candidate is kept: about a third of them lose an overlap.
 */
interface Found {
  start: number;
  end: number;
  type: EntityType;
  value: string;
  keyed: typeof KEY | typeof PERSON_NAME | typeof ORG_NAME;
  rank: number;
}

/** What `Found.value` holds: the key, a name for `chinesePersonKey`, a name for `chineseOrgKey`. */
const KEY = 0;
const PERSON_NAME = 1;
const ORG_NAME = 2;

const HAN = /\p{Script=Han}/u;
/**
 * Whether a character is Han. The CJK Unified Ideographs block is Han throughout and no Han
 * character comes before U+2E80, so most characters are told by their code alone.
 */
const isHan = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x2e80) return false;
  if (c.length === 1) return isScriptHanCode(code);
  return (code >= 0x4e00 && code <= 0x9fff) || HAN.test(c);
};

/**
 * Whether each UTF-16 code from U+2E80 outside the CJK block is Han (2) or not (1), filled in as
 * codes are met (0: not yet read): Chinese punctuation (`，`, `。`) is read by `HAN` once, not at
 * every place it stands. 64 KB at most.
 */
const hanCodes = new Uint8Array(0x10000);

/**
 * Whether the one UTF-16 unit `code` is Han by script (`\p{Script=Han}`, as `isHan` reads a string of
 * it; the lexicon's `isHanCode` takes the ideograph blocks alone); NaN (past the text) is not.
 */
function isScriptHanCode(code: number): boolean {
  if (!(code >= 0x2e80)) return false;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  let known = hanCodes[code]!;
  if (known === 0) {
    known = HAN.test(String.fromCharCode(code)) ? 2 : 1;
    hanCodes[code] = known;
  }
  return known === 2;
}

/** Transliteration characters and name dots by UTF-16 code (`codeBits`): a look-up makes no string of a character. */
const TRANSLIT_CODES = codeBits([...TRANSLIT_CHARS].map((c) => c.charCodeAt(0)));
const DOT_CODES = codeBits([...NAME_DOTS].map((c) => c.charCodeAt(0)));
/** Whether `text[at]` is a transliteration character (false past either end). */
const translitAt = (text: string, at: number): boolean => hasCode(TRANSLIT_CODES, text.charCodeAt(at));
/** Whether `text[at]` is a name dot (false past either end). */
const dotAt = (text: string, at: number): boolean => hasCode(DOT_CODES, text.charCodeAt(at));

/** Words organization names are built from, longest first: glossary words, places (with 省/市), well-known names. */
const ORG_PIECES: ReadonlyMap<string, 'generic' | 'proper' | 'closed'> = (() => {
  const pieces = new Map<string, 'generic' | 'proper' | 'closed'>();
  for (const [zh, { proper }] of ORG_GLOSSARY) pieces.set(zh, proper ? 'proper' : 'generic');
  for (const zh of CHINESE_PLACE_NAMES) {
    pieces.set(zh, 'proper');
    for (const suffix of ZH_PLACE_SUFFIXES) pieces.set(zh + suffix, 'proper');
  }
  // A company's name opens a longer one (`腾讯控股有限公司`); the other well-known names are whole.
  for (const zh of CHINESE_ORG_NAMES) pieces.set(zh, isCompanyName(zh) ? 'proper' : 'closed');
  return pieces;
})();
const MAX_PIECE = longestLength(ORG_PIECES.keys());
const SUFFIXES = [...ZH_ORG_SUFFIXES.keys()].sort((a, b) => b.length - a.length);
/** The bit of a piece's length in `PIECE_LENGTHS_BY_LAST` (lengths of 30 and more share one bit). */
const lengthBit = (length: number): number => 1 << Math.min(length, 30);
/** For each UTF-16 code that ends an organization piece, the lengths (`lengthBit`) of the pieces it ends. */
const PIECE_LENGTHS_BY_LAST: ReadonlyMap<number, number> = (() => {
  const lengths = new Map<number, number>();
  for (const piece of ORG_PIECES.keys()) {
    const last = piece.charCodeAt(piece.length - 1);
    lengths.set(last, (lengths.get(last) ?? 0) | lengthBit(piece.length));
  }
  return lengths;
})();

/** UTF-16 codes as the bits of a table of 65,536: a test of one is an array read, no hashing. */
function codeBits(codes: Iterable<number>): Int32Array {
  const bits = new Int32Array(2048);
  for (const code of codes) bits[code >>> 5]! |= 1 << (code & 31);
  return bits;
}
/** Whether `code` is in `bits` (`codeBits`); NaN, a position past the text, reads as code 0. */
const hasCode = (bits: Int32Array, code: number): boolean => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;
/** The codes that end an organization piece. */
const PIECE_LAST_CODES = codeBits(PIECE_LENGTHS_BY_LAST.keys());

/**
 * `list.find((s) => text.startsWith(s, at))` by a look-up of the character at `at`: the words of
 * `list` grouped by first character, each group in the list's order.
 */
function firstStartingAt(list: readonly string[]): (text: string, at: number) => string | undefined {
  if (list.includes('')) return (text, at) => list.find((s) => text.startsWith(s, at));
  // By UTF-16 code, not by one-character string: asked at every character of a text, a
  // look-up then makes no string (nor a closure).
  const groups = groupBy(list, (s) => s.charCodeAt(0));
  const firsts = codeBits(groups.keys());
  return (text, at) => {
    const code = text.charCodeAt(at);
    if (!hasCode(firsts, code)) return undefined;
    const group = groups.get(code);
    if (group) for (const s of group) if (text.startsWith(s, at)) return s;
    return undefined;
  };
}
const suffixAt = firstStartingAt(SUFFIXES);

/** Names grouped by the UTF-16 code of their first character, and the codes that start one. */
interface FirstCharTable {
  groups: Map<number, string[]>;
  firsts: Int32Array;
}

/** Names of a list grouped by first character, longest first, for scanning. */
function byFirstChar(names: readonly string[]): FirstCharTable {
  // By UTF-16 code of the first character, as `firstStartingAt`.
  const map = new Map<number, string[]>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    const list = map.get(name.charCodeAt(0)) ?? [];
    list.push(name);
    map.set(name.charCodeAt(0), list);
  }
  return { groups: map, firsts: codeBits(map.keys()) };
}
const PLACES_BY_CHAR = byFirstChar(CHINESE_PLACE_NAMES);
const ORGS_BY_CHAR = byFirstChar(CHINESE_ORG_NAMES);
const TITLES_BY_CHAR = byFirstChar(ZH_TITLES);

function longestAt(text: string, at: number, table: FirstCharTable): string | undefined {
  const code = text.charCodeAt(at);
  if (!hasCode(table.firsts, code)) return undefined;
  const list = table.groups.get(code);
  if (list) for (const name of list) if (text.startsWith(name, at)) return name;
  return undefined;
}

/**
 * Transliterated foreign names joined by a middle dot: `瓦伦汀•马卡洛夫`. Each part holds two
 * characters or more, of the transliteration tables but for one other Han character a part may
 * hold where the tables leave a sound out (`ODD_NAME_CHARACTER`: `埃隆·马斯克`, `达席尔瓦`); a first
 * part of one character is left out (`路易斯·` after a title reads `斯·`), a later one ends the
 * name's run unread. With the lexicon's words (`longestWord`) the last part gives back a last
 * character that opens a word with the next (`约翰·史密斯达成`).
 */
function transliteratedNames(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  // Where the last place a run opened inside ends: no place starts before it (`意大利马…`, not 利马).
  let placedTo = 0;
  for (let i = 0; i < text.length; ) {
    // A given name of one character joined by a hyphen to the next (`让-皮埃尔`, Jean-Pierre) opens a name too.
    const opens = translitAt(text, i);
    const hyphened = !opens && hyphenJoinsAt(text, i + 1) && isScriptHanCode(text.charCodeAt(i));
    if (!opens && !hyphened) {
      i++;
      continue;
    }
    // A place the gazetteer lists that runs on past where the run opens is the place's (`意大利马里奥·`:
    // 利 ends 意大利, Italy, and the name opens after it).
    const over = placeOverAt(text, i, placedTo);
    if (over > i) {
      i = over;
      placedTo = over;
      continue;
    }
    // A foreign place of three characters or more before a dotted name's first part of two or
    // more (`布达佩斯李斯特·费伦茨国际机场`, the airport of Budapest named after Liszt): the place,
    // no part of the name.
    const lead = foreignPlaceAt(text, i);
    let start = lead >= 3 && translitRunBeforeDot(text, i + lead) >= 2 ? i + lead : i;
    let j = start;
    let dots = 0;
    let part = 0;
    let odd = false;
    // One character outside the tables that opens the first part, after a title or where no Han
    // stands before it, the rest of the part up to its dot of the tables but for one as ever
    // (`作家妙莉叶·芭贝里`, Muriel Barbery: 妙 and 叶).
    if (start === i && i > 0 && oddAt(text, i - 1) && !translitAt(text, i - 1) && translitRunBeforeDot(text, i) >= 2
      && (i === 1 || !isScriptHanCode(text.charCodeAt(i - 2)) || titleEndsAt(text, i - 1))) {
      start = i - 1;
      j = i;
      part = 1;
    }
    let shortPart = false;
    // Where the name's first dot stands.
    let firstDot = -1;
    while (j < text.length) {
      // A part that is a foreign place's name, after a dot (`乔治·华盛顿`, `保罗·巴黎`): a family name
      // as English has them, read whole.
      const placePart = part === 0 && j > start && dotAt(text, j - 1) ? foreignPlaceAt(text, j) : 0;
      if (placePart > 0) {
        part += placePart;
        j += placePart;
        continue;
      }
      // A foreign place's name right after the last part (`施托贝克法兰克福报道`: Storbeck in Frankfurt)
      // is where the person is, no part of the name.
      if (dots > 0 && part >= 2 && foreignPlaceAt(text, j) >= 3) break;
      if (translitAt(text, j) || (hyphened && j === start)) part++;
      // A hyphen joins two given names into one part, as French names have them (`让-皮埃尔·`, Jean-Pierre).
      else if (part > 0 && hyphenJoinsAt(text, j)) part++;
      else if (dotAt(text, j) && (partOpensAt(text, j + 1) || foreignPlaceAt(text, j + 1) > 0) && part > 0) {
        if (part < 2 && dots === 0) start = j + 1;
        else if (part < 2) shortPart = true;
        else if (dots++ === 0) firstDot = j;
        part = 0;
        odd = false;
      } else if (!odd && oddNameCharacter(text, j, part, dots > 0)) {
        part++;
        odd = true;
      } else break;
      j++;
    }
    // The last character given back where it opens a word with the next (`史密斯达成`: 达成), a
    // part of two left at least, and no cue after the name as it stands (`史密斯表示`).
    let end = j;
    if (longestWord && part >= 3 && isScriptHanCode(text.charCodeAt(j)) && !cueAfterRun(text.slice(j, j + 2)) && longestWord(text, j - 1, Math.min(text.length, j + 3)) > j) end = j - 1;
    if (part < 2) shortPart = true;
    // A title the first part opens with, two characters of the name left before its dot
    // (`得主杰弗里·辛顿`, the laureate Geoffrey Hinton): the title's, not the name's.
    const title = dots > 0 ? longestAt(text, start, TITLES_BY_CHAR) : undefined;
    if (title !== undefined && firstDot - start - title.length >= 2) start += title.length;
    if (dots > 0 && !shortPart) {
      out.push({ start, end, type: 'person', value: text.slice(start, end), keyed: PERSON_NAME, rank: 1 });
    }
    i = j;
  }
}

/** The end of a place the gazetteer lists that opens before `at`, from `from` on, and ends after it (`意大利` over its 利), or 0. */
function placeOverAt(text: string, at: number, from: number): number {
  for (let k = Math.max(0, from, at - 3); k < at; k++) {
    const place = longestAt(text, k, PLACES_BY_CHAR);
    if (place !== undefined && k + place.length > at) return k + place.length;
  }
  return 0;
}

/** Whether a hyphen at `at` stands between two characters and a transliteration character follows it (`让-皮埃尔`). */
function hyphenJoinsAt(text: string, at: number): boolean {
  return (text[at] === '-' || text[at] === '－') && translitAt(text, at + 1);
}

/**
 * How many characters run from `at` up to a name's dot right after them, of transliteration but
 * for one (`李斯特·`, as a part may hold one other character); 0 when no dot closes the run.
 */
function translitRunBeforeDot(text: string, at: number): number {
  let k = at;
  let other = 0;
  while (k < text.length && k - at <= 8 && isScriptHanCode(text.charCodeAt(k)) && (translitAt(text, k) || other++ === 0)) k++;
  return dotAt(text, k) ? k - at : 0;
}

/** The length of a gazetteer place at `at` whose name is written in transliteration (a foreign city or country), or 0. */
function foreignPlaceAt(text: string, at: number): number {
  const name = longestAt(text, at, PLACES_BY_CHAR);
  if (name === undefined || name.length < 2) return 0;
  let sounds = 0;
  for (let k = 0; k < name.length; k++) if (translitAt(name, k)) sounds++;
  return sounds >= name.length - 1 ? name.length : 0;
}

/**
 * Whether `text[at]`, a character outside the transliteration tables, may stand in a part of a
 * dotted name that holds `part` characters before it (`afterDot`: a dot of the name is behind it):
 * a Han character that is no function word (`NOT_IN_ORG_NAME`), where the tables leave out a sound
 * names use. Before the first dot it must be the last of a part before its dot (`埃隆·`) or have
 * characters of the tables after it (`达席尔瓦`, `乌尔苏拉·`).
 */
function oddNameCharacter(text: string, at: number, part: number, afterDot: boolean): boolean {
  if (!oddAt(text, at)) return false;
  // After a dot the name is one for sure: the first character of a part may be one, before two of
  // the tables (`冯德莱恩`, `苏纳克`).
  if (part === 0) return afterDot && translitAt(text, at + 1) && translitAt(text, at + 2);
  // The last of a part before its dot (`埃隆·`).
  if (dotAt(text, at + 1) && partOpensAt(text, at + 2)) return true;
  // Before two of the tables: inside the first part (`安德烈亚斯·`), the second of a later one (`达席尔瓦`).
  if ((!afterDot || part === 1) && translitAt(text, at + 1) && translitAt(text, at + 2)) return true;
  // After a dot, the second or third and last of a part right before a cue (`梅农说`: 农 is
  // outside the tables; `乌塔摩表示`, a Thai name's 摩). Not later: a longer run before a cue
  // holds a word of ours more likely (`安东尼特别强调`).
  if ((part === 1 || part === 2) && afterDot && cueAfterRun(text.slice(at + 1, at + 3))) return true;
  if (part === 1) {
    // After a dot the second of a part also before the one character that ends the name (`杰斐逊`
    // before punctuation, a function word or a cue).
    if (afterDot && translitAt(text, at + 1) && (!oddAt(text, at + 2) || cueAfterRun(text.slice(at + 2, at + 4)))) return true;
  }
  // Before the first dot, one of the tables and then the dot (`乌尔苏拉·`).
  return !afterDot && translitAt(text, at + 1) && dotAt(text, at + 2) && partOpensAt(text, at + 3);
}

/** Whether one of `ZH_TITLES` ends right at `at` (`作家` before `妙莉叶`). */
function titleEndsAt(text: string, at: number): boolean {
  for (let length = 1; length <= TITLE_MOST && length <= at; length++) if (TITLE_SET().has(text.slice(at - length, at))) return true;
  return false;
}
const TITLE_SET = lazyValue(() => new Set(ZH_TITLES));
const TITLE_MOST = longestLength(ZH_TITLES);

/** A Han character that is no function word (`NOT_IN_ORG_NAME`): one a name's part may hold outside the tables. */
function oddAt(text: string, at: number): boolean {
  return isScriptHanCode(text.charCodeAt(at)) && !NOT_IN_ORG_NAME.has(text[at]!);
}

/**
 * Whether a part of a dotted name opens at `at`, after its dot: a character of the tables, or one
 * outside them before two of them (`冯德莱恩`, `苏纳克`).
 */
function partOpensAt(text: string, at: number): boolean {
  return translitAt(text, at) || (oddAt(text, at) && translitAt(text, at + 1) && translitAt(text, at + 2));
}

/**
 * Transliterated names without a dot, told by what follows: three to six transliteration
 * characters (one character outside the tables may stand among them, before two of them), one
 * of them a sound Chinese names hardly use, then a speech verb or a function word (`约翰逊表示`,
 * `米尔济约耶夫表示`, `图恩说`... only from three characters: `约翰逊`).
 */
function undottedTransliterations(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  for (let i = 0; i < text.length; ) {
    if (!translitAt(text, i) || translitAt(text, i - 1) || dotAt(text, i - 1)) {
      i++;
      continue;
    }
    let j = i;
    // One character outside the tables may stand inside the run, before two of them (`米尔济约耶夫`).
    let odd = false;
    for (; j < text.length; j++) {
      if (translitAt(text, j)) continue;
      if (odd || j === i || !oddAt(text, j) || !translitAt(text, j + 1) || !translitAt(text, j + 2)) break;
      odd = true;
    }
    const length = j - i;
    // The cue after the run is read only for a run of a name's length: most runs are one or
    // two characters of ordinary words.
    if (length >= 3 && length <= 6 && !dotAt(text, j) && cueAfterRun(text.slice(j, j + 2)) && [...text.slice(i, j)].some((c) => FOREIGN_SOUNDS.has(c))
      && !wordsAcross(text, i, j, longestWord)) {
      out.push({ start: i, end: j, type: 'person', value: text.slice(i, j), keyed: PERSON_NAME, rank: UNDOTTED_RANK });
    }
    i = j;
  }
}

/** The rank `undottedTransliterations` gives a run it reads as a name. */
const UNDOTTED_RANK = 3.5;

/** What may close an item of a list: a joiner, 等, or a stop. */
const ITEM_END = /^(?:[、和及与與等，,。；;：:）)]|$)/;

/**
 * A transliterated run with no cue of a person but a list's marks, read as a name by
 * `undottedTransliterations`, that stands as a whole item of a list of places (`鹿特丹、安特卫普和
 * 勒阿弗尔`, a port the gazetteer does not list): one more place, no person; it is left out. The list
 * is one of 、: another whole item of it, within a few items, is a place of the gazetteer.
 */
function transliterationsAmongPlaces(text: string, found: Found[]): void {
  if (!found.some((f) => f.rank === UNDOTTED_RANK)) return;
  const placeAt = new Map<number, number>();
  for (const f of found) if (f.type === 'place') placeAt.set(f.start, f.end);
  /** Whether a whole item of the list from `at` (just after a joiner) is a place. */
  const placeItem = (at: number): boolean => {
    const end = placeAt.get(at);
    return end !== undefined && LIST_JOINS.includes(text[end] ?? '');
  };
  let kept = 0;
  for (const f of found) {
    let listed = false;
    if (f.rank === UNDOTTED_RANK && f.type === 'person' && f.start > 0 && LIST_JOINS.includes(text[f.start - 1]!) && ITEM_END.test(text.slice(f.end, f.end + 1))) {
      const from = Math.max(0, f.start - 40);
      const to = Math.min(text.length, f.end + 40);
      if (text.slice(from, to).includes('、')) {
        for (let at = from; at < to && !listed; at++) {
          if (at !== f.start && (at === 0 || LIST_JOINS.includes(text[at - 1]!)) && placeItem(at)) listed = true;
        }
      }
    }
    if (!listed) found[kept++] = f;
  }
  found.length = kept;
}

/**
 * Whether the run from `at` to `end` is the end of a word of the lexicon that opens before it and
 * then one whole word (`信托基金`: 托 ends 信托 and 基金 closes the run, no name 托基金). A word that
 * only opens before the run leaves it a name (`和约翰逊`: 和约, then no word 翰逊). Without the
 * lexicon, false.
 */
function wordsAcross(text: string, at: number, end: number, longestWord: EntityOptions['longestWord']): boolean {
  if (!longestWord || at === 0 || !isHan(text[at - 1])) return false;
  const into = longestWord(text, at - 1, end);
  return into > at && into < end - 1 && longestWord(text, into, end) === end;
}

/**
 * Whether the lexicon's words set a name of a surname (`at` to `given`) and a two-character
 * given name (to `end`) apart from the words around it, after a title (`议员黄小明质疑`): no word
 * runs from the surname into the given name (`发言人高度评价`: 高度) or from the given name past its
 * end, a word of two characters or more starts right after it (质疑), and no character of the given
 * name is one a given name does not hold. Without the lexicon, false.
 */
function wordsAround(text: string, at: number, given: number, end: number, longestWord: EntityOptions['longestWord']): boolean {
  if (!longestWord || end + 2 > text.length || [...text.slice(given, end)].some((c) => NOT_IN_GIVEN_NAME.has(c))) return false;
  const limit = (from: number) => Math.min(text.length, from + 4);
  return longestWord(text, at, limit(at)) <= given && longestWord(text, given, limit(given)) <= end
    && longestWord(text, end - 1, limit(end - 1)) <= end && longestWord(text, end, limit(end)) >= end + 2;
}

/** Whether the two characters after a run (`after`) are a cue: a verb, punctuation or a word that follows names (not the text's end). */
function cueAfterRun(after: string): boolean {
  return AFTER_PERSON.test(after) || AFTER_PUNCTUATION.test(after) || ZH_AFTER_NAME.some((w) => after.startsWith(w));
}

/**
 * The gazetteer's countries of two characters that are pieces of other words as often (加纳 in
 * 增加纳税, 马里 in 马里奥, 巴林 in 巴林右旗): read only where no word of the lexicon crosses them.
 */
const WORDLIKE_COUNTRIES = new Set(['加纳', '马里', '多哥', '巴林', '不丹', '文莱', '贝宁', '汤加', '乍得', '加蓬', '斐济', '波黑']);

/** Prepositions that stand between a name and a figure (`以11秒2`, `于3月`, `为第一`, `获23分`). */
const PREPOSITION_BEFORE_FIGURE = '以于於为為获獲从從自至到比';

/**
 * A leader's verb before those led (`张辉率工作组`, `率领`, `带领`), which ends a one-character given
 * name; no cue of a name after a run of transliteration (`联邦基金利率`).
 */
const LEADS_AFTER_NAME = /^(?:率(?![先])|带领|帶領)/;

/** Length of the given name after a surname at `at`: 1 or 2 characters, 0 when there is none. */
function givenNameLength(text: string, at: number): number {
  const first = text[at];
  if (!isHan(first) || ZH_AFTER_NAME.includes(first!)) return 0;
  const second = text[at + 1];
  // 王毅邀请, 张明宣布: a verb that follows names, starting right after the first character, ends the name.
  if (!isHan(second) || ZH_AFTER_NAME.some((w) => text.startsWith(w, at + 1)) || LEADS_AFTER_NAME.test(text.slice(at + 1, at + 3)) || AFTER_PERSON.test(text.slice(at + 1, at + 3))) return 1;
  // 总理李强周二表示: a time word after the first character of the given name ends the name
  if (timeWordLength(text, at + 1) > 0) return 1;
  // 陈浩以11秒2的成绩, 王芳于3月: a preposition before a figure after the first character ends the name
  if (PREPOSITION_BEFORE_FIGURE.includes(second!) && /^[\d０-９〇零一二两兩三四五六七八九十]/.test(text[at + 2] ?? '')) return 1;
  // 作家韩江小说的…: a word ending on 说 (a novel) after the first character ends the name
  if (WORDS_OF_SAY.has(text.slice(at + 1, at + 3))) return 1;
  // 新华社记者李刚摄: 摄 (photographed by) closing a caption's credit is no part of the name
  if (creditMarkAt(text, at + 1)) return 1;
  return 2;
}

/**
 * A surname of those CC-CEDICT adds to the ranking at `at`, when a two-character given name
 * follows that starts no verb or function word (`也表示`, `也是`) and a cue ends it
 * (punctuation, a speech verb, a title, a word that follows names, after a time word or
 * not): else undefined.
 */
function rareSurnameName(text: string, at: number): string | undefined {
  const surname = chineseSurnameAt(text, at, true);
  if (!surname) return undefined;
  const start = at + surname.length;
  if (givenNameLength(text, start) !== 2) return undefined;
  const given = text.slice(start, start + 2);
  if (!mayBeGivenName(given)) return undefined;
  const end = start + 2 + timeWordLength(text, start + 2);
  return endsName(text, end) ? surname : undefined;
}

/**
 * The surname at `at`, after a title, that is a function word as often (`应`, `于`, `和`: `行政总裁应家柏表示`),
 * where no word of the lexicon opens on it (`应邀`, `于是`, `和平`), two characters that may be a
 * given name follow, and a cue after them; or undefined. Without the lexicon, undefined.
 */
function functionWordSurnameName(text: string, at: number, longestWord: EntityOptions['longestWord']): string | undefined {
  const surname = text[at];
  if (!longestWord || surname === undefined || !isFunctionWordSurname(surname) || longestWord(text, at, Math.min(text.length, at + 4)) > at + 1) return undefined;
  if (givenNameLength(text, at + 1) !== 2) return undefined;
  const given = text.slice(at + 1, at + 3);
  if (!mayBeGivenName(given)) return undefined;
  return cueAt(text, at + 3) ? surname : undefined;
}

/** Whether two characters after a surname may be a given name: none a given name does not hold, no verb or word that follows names. */
function mayBeGivenName(given: string): boolean {
  return ![...given].some((c) => NOT_IN_GIVEN_NAME.has(c)) && !AFTER_PERSON.test(given) && !ZH_AFTER_NAME.some((w) => given.startsWith(w));
}

/** Whether a name may end before `at`: a cue (`cueAt`) or a title that follows names (`王明总理`) stands there. */
function endsName(text: string, at: number): boolean {
  return cueAt(text, at) || titleAfterNameAt(text, at) !== undefined || scoreAt(text, at);
}

/**
 * Whether a cue that ends a name stands at `at`: the text's end, punctuation, a verb or a word that
 * follows names, a leader's verb (`率`), or 摄 closing a caption's credit (`记者李刚摄`).
 */
function cueAt(text: string, at: number): boolean {
  const after = text.slice(at, at + 2);
  return after === '' || AFTER_PERSON.test(after) || AFTER_PUNCTUATION.test(after) || ZH_AFTER_NAME.some((w) => after.startsWith(w))
    || LEADS_AFTER_NAME.test(after) || creditMarkAt(text, at);
}

/** Whether 摄 (photographed by) closes a caption's credit at `at`: no Chinese character after it (`记者李刚摄`). */
function creditMarkAt(text: string, at: number): boolean {
  return (text[at] === '摄' || text[at] === '攝') && !isHan(text[at + 1]);
}

/** People right after a title: `院长张立`, `理事长孙文龙` (never `长孙文龙`), `主席马卡洛夫`. */
function titledPeople(text: string, out: Found[], titles: [number, number][], longestWord?: EntityOptions['longestWord']): void {
  for (let i = 0; i < text.length; i++) {
    const title = longestAt(text, i, TITLES_BY_CHAR);
    if (!title) continue;
    // A place the gazetteer lists that opens with the title's words is the place (`将军澳`, Tseung Kwan O).
    const place = longestAt(text, i, PLACES_BY_CHAR);
    if (place !== undefined && place.length > title.length) {
      i += place.length - 1;
      continue;
    }
    // A title overlapping the end of this one runs on to its own end (`部长` and `长官` of `法务部长官曹国`).
    let titleEnd = i + title.length;
    for (let j = i + 1; j < titleEnd; j++) {
      const next = longestAt(text, j, TITLES_BY_CHAR);
      if (next !== undefined && j + next.length > titleEnd) titleEnd = j + next.length;
    }
    titles.push([i, titleEnd]);
    // A title as a label, a colon after it (`联系人：王磊`, `记者：李娜`): the name follows the colon.
    let at = titleEnd;
    if (text[at] === '：' || text[at] === ':') {
      at++;
      while (text[at] === ' ') at++;
    }
    i = at - 1;
    // A Japanese name of four characters after 日本 and a title (`日本选手张本智和。`), as Chinese writes
    // them (two of the surname, two of the given name), whole where no Han runs on after it.
    if (text.slice(at - title.length - 2, at - title.length) === '日本' && japaneseNameAt(text, at)) {
      out.push({ start: at, end: at + 4, type: 'person', value: text.slice(at, at + 4), keyed: PERSON_NAME, rank: 2 });
      continue;
    }
    nameAfterCue(text, at, out, longestWord);
  }
}

/**
 * Whether four Han characters at `at`, none of a time or a function word, stand right before a verb
 * of speech (`松本由美表示`, `欧阳建国表示`): with the lexicon, where the first two are a compound or a
 * Japanese surname (欧阳; 松本, CC-CEDICT's) or the last two are no word of it (`中田英寿`; not
 * `杜明特别指出`: 特别, an adverb; not `演员工会警告称`: 工会 and 警告 are two words).
 */
function fourBeforeSpeech(text: string, at: number, longestWord: EntityOptions['longestWord']): boolean {
  if (!longestWord || !SPEECH_AFTER.test(text.slice(at + 4, at + 6))) return false;
  for (let k = at; k < at + 4; k++) if (!isHan(text[k]) || NOT_IN_GIVEN_NAME.has(text[k]!) || timeWordLength(text, k) > 0) return false;
  if (chineseSurnameAt(text, at)?.length === 2 || JAPANESE_SURNAMES().has(text.slice(at, at + 2))) return true;
  return longestWord(text, at + 2, at + 4) !== at + 4;
}

/** Whether four Han characters at `at`, and no more, stand before punctuation, a blank or the text's end. */
function japaneseNameAt(text: string, at: number): boolean {
  for (let k = at; k < at + 4; k++) if (!isHan(text[k])) return false;
  const after = text[at + 4];
  return after === undefined || /[\s，。；：！？、,.;:!?）)”"]/.test(after);
}

/**
 * People right after an age (`26岁的李梅被判处`, `34歲的林嘉俊入獄`), as reports and court news
 * introduce them: a surname and a given name, where the surname opens no word of the lexicon
 * (`60岁的高龄`, `18岁的公民`). Only with the lexicon: without it an age is followed by words as
 * often as by names.
 */
function agedPeople(text: string, out: Found[], longestWord?: EntityOptions['longestWord']): void {
  if (!longestWord || (!text.includes('岁的') && !text.includes('歲的'))) return;
  AGE_CUE.lastIndex = 0;
  for (let m = AGE_CUE.exec(text); m; m = AGE_CUE.exec(text)) {
    const at = m.index + m[0].length;
    const surname = chineseSurnameAt(text, at);
    if (!surname || timeWordLength(text, at) > 0) continue;
    let given = givenNameLength(text, at + surname.length);
    // A second character of the given name that opens a word with the next (`刘芳以前在…`: 以前,
    // before) is that word's: the given name is one character.
    if (given === 2 && longestWord(text, at + surname.length + 1, Math.min(text.length, at + surname.length + 4)) > at + surname.length + 2) given = 1;
    const nameEnd = at + surname.length + given;
    if (given === 0 || dotAt(text, nameEnd)) continue;
    // A year of school after the age (`17歲的高三學生`: 高三, the final year of senior school), no name.
    if (given === 1 && SCHOOL_YEAR.test(text.slice(at, nameEnd))) continue;
    if (longestWord(text, at, Math.min(text.length, at + 4)) > at + surname.length) continue;
    // A place after the age names where the person is from or works (`27岁的杭州白领`), not the person.
    if (longestAt(text, at, PLACES_BY_CHAR) !== undefined) continue;
    out.push({ start: at, end: nameEnd, type: 'person', value: text.slice(at, nameEnd), keyed: PERSON_NAME, rank: 2 });
  }
}

/** Whether `text[from, to)` is a word of the lexicon that CC-CEDICT gives no person's gloss. Without the lexicon, false. */
function wordNoPerson(text: string, from: number, to: number, longestWord: EntityOptions['longestWord']): boolean {
  return longestWord !== undefined && longestWord(text, from, to) === to && !PERSON_GLOSS.test(properNoun(text.slice(from, to)) ?? '');
}

/** A year of school as Chinese names it: 小一 to 小六, 初一 to 初三, 高一 to 高三, 大一 to 大四. */
const SCHOOL_YEAR = /^(?:小[一二三四五六]|初[一二三]|高[一二三]|大[一二三四])$/;

/** An age before a name: `26岁的`, `三十四歲的`. */
const AGE_CUE = /(?:\d{1,3}|[一二三四五六七八九十]{1,3})[岁歲]的/g;

/** An honorific after a name: a knight's (`爵士`, `勳爵`), a doctor's, a term of address. */
const HONORIFIC_AFTER = /^(?:爵士|勳爵|勋爵|博士|先生|女士|夫人|太太|小姐)/;

/**
 * The person named at `at`, after a title: a Chinese name (a surname, a given name a cue
 * ends) or a transliteration of three characters or more.
 */
function nameAfterCue(text: string, at: number, out: Found[], longestWord?: EntityOptions['longestWord']): void {
  let end = at;
  while (end < text.length && (translitAt(text, end) || (dotAt(text, end) && translitAt(text, end + 1)))) end++;
  // One character outside the tables between a transliteration and an honorific after it is the
  // name's last (`米高嘉道理爵士`, Sir Michael Kadoorie: 理, then 爵士).
  if (end - at >= 3 && oddAt(text, end) && HONORIFIC_AFTER.test(text.slice(end + 1, end + 3))) end++;
  // A surname CC-CEDICT adds (總統賴清德) only where no transliteration of three characters or
  // more starts, with a given name that is no verb after it and a cue after the name.
  const surname = chineseSurnameAt(text, at) ?? (end - at < 3 ? rareSurnameName(text, at) ?? functionWordSurnameName(text, at, longestWord) : undefined);
  // A longer transliteration with a sound Chinese names hardly use, ending on a cue, is one foreign
  // name even where it opens with a surname (`总统杜特尔特将`, `主席马卡洛夫表示`, not 杜特尔, 马卡洛).
  const foreign = end - at >= 4 && [...text.slice(at, end)].some((c) => FOREIGN_SOUNDS.has(c)) && cueAt(text, end);
  // Four characters of Han between the title and a verb of speech (`社长田边爱子表示`): a Japanese
  // name of two and two, or a compound surname's (`欧阳建国`), more than a Chinese name of one surname holds.
  if (!foreign && end - at < 4 && fourBeforeSpeech(text, at, longestWord)) {
    out.push({ start: at, end: at + 4, type: 'person', value: text.slice(at, at + 4), keyed: PERSON_NAME, rank: 2 });
    return;
  }
  // A time word after the title is no name (`发言人周一表示`: 周 is a surname too).
  if (surname && !foreign && timeWordLength(text, at) === 0) {
    // A surname and a term of address after the title (`经理王先生`): the person is keyed by the surname, as `Mr Wang`.
    if (ADDRESS_TERMS.has(text.slice(at + surname.length, at + surname.length + 2))) {
      out.push({ start: at, end: at + surname.length, type: 'person', value: surname, keyed: PERSON_NAME, rank: 2 });
      return;
    }
    const given = givenNameLength(text, at + surname.length);
    const nameEnd = at + surname.length + given;
    // A word of the lexicon of a surname's character and one more, no person's, after the title is
    // that word (`专家呼吁到2030年`: 呼吁, to call for; 呼 is a surname too).
    if (given === 1 && surname.length === 1 && wordNoPerson(text, at, nameEnd, longestWord)) return;
    // A name dot after it: the first part of a foreign name (`总统路易斯·`), no Chinese name. A
    // cue must follow (punctuation, a verb of news, a word that follows names, a time word or a
    // title): a title is often followed by a word that opens with a surname (`发言人高度评价`,
    // `记者高度关注`), and a name read there would be taken for another person than the other
    // side's.
    if (given > 0 && !dotAt(text, nameEnd) && (timeWordLength(text, nameEnd) > 0 || endsName(text, nameEnd)
      || (given === 2 && wordsAround(text, at, at + surname.length, nameEnd, longestWord)))) {
      out.push({ start: at, end: nameEnd, type: 'person', value: text.slice(at, nameEnd), keyed: PERSON_NAME, rank: 2 });
      return;
    }
    // A one-character given name before a verb the lexicon knows (`总裁刘洋接任`: 接任, not 刘洋接), set
    // apart by the words around it as a two-character one is.
    const oneEnd = at + surname.length + 1;
    if (given === 2 && wordsAround(text, at, oneEnd - 1, oneEnd, longestWord)) {
      out.push({ start: at, end: oneEnd, type: 'person', value: text.slice(at, oneEnd), keyed: PERSON_NAME, rank: 2 });
      return;
    }
  }
  if (end - at >= 3) {
    out.push({ start: at, end, type: 'person', value: text.slice(at, end), keyed: PERSON_NAME, rank: 2 });
  }
}

/**
 * The people CC-CEDICT lists by a name of three characters (`CEDICT_PEOPLE`), by name, with the
 * English name its gloss gives them; read on first use (the keys are made of the names a text holds).
 */
const knownPeople = lazyValue(() => {
  const byName = new Map(namesTableRows(CEDICT_PEOPLE));
  return { byName, first: codeBits([...byName.keys()].map((name) => name.charCodeAt(0))) };
});

/**
 * People CC-CEDICT lists, by their names of three characters, wherever they stand (`习近平`,
 * `毛泽东`: 习 starts too many words to be read as a surname in running text), keyed by the
 * English name CEDICT gives them (`利玛窦` → Matteo Ricci).
 */
function listedPeople(text: string, out: Found[]): void {
  const { byName, first } = knownPeople();
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!hasCode(first, text.charCodeAt(i))) continue;
    const english = byName.get(text.slice(i, i + 3));
    if (english === undefined) continue;
    out.push({ start: i, end: i + 3, type: 'person', value: entityKey(english, 'en', 'person'), keyed: KEY, rank: 1.5 });
    i += 2;
  }
}

/**
 * Whether a word of the lexicon that holds the last two characters or more of a name of four
 * characters or more runs on out of it (`中国移动电话`: 移动电话, no `中国移动`); a word of its last
 * character alone may be the segmenter's choice across a name (`微软和`: 软和).
 */
function wordOfTwoRunsOut(text: string, at: number, end: number, longestWord: NonNullable<EntityOptions['longestWord']>): boolean {
  return end - at >= 4 && wordRunsOutOf(text, at, end, longestWord, end - 2);
}

/**
 * Well-known organizations by name: `中国工商银行`, `电子科技大学`. A company of CC-CEDICT's stands as a
 * word of its own: no word of the lexicon reaches into it from before (`北京东部` holds no `京东`,
 * `施工行业` no `工行`), nor runs on out of it (`wordOfTwoRunsOut`).
 */
function knownOrganizations(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  for (let i = 0; i < text.length; i++) {
    const name = longestAt(text, i, ORGS_BY_CHAR);
    if (!name || (name === '央行' && foreignBefore(text, i))) continue;
    const end = i + name.length;
    if (isCompanyName(name) && (!longestWord || (i > 0 && longestWord(text, i - 1, Math.min(text.length, end)) > i) || wordOfTwoRunsOut(text, i, end, longestWord))) continue;
    // Nor where a place's name reaches into it from before (`海南航空` holds no `南航`).
    if (placeReachesInto(text, i)) continue;
    out.push({ start: i, end, type: 'org', value: name, keyed: ORG_NAME, rank: 2 });
  }
}

/** Whether a gazetteer place of two to four characters starts before `at` and ends after it (`海南` across `南航`). */
function placeReachesInto(text: string, at: number): boolean {
  for (let start = Math.max(0, at - 3); start < at; start++) {
    const place = longestAt(text, start, PLACES_BY_CHAR);
    if (place !== undefined && place.length >= 2 && start + place.length > at) return true;
  }
  return false;
}

/**
 * Whether a country other than China is named right before `at` (`英国央行`, `欧洲央行`, `俄央行`):
 * 央行 is then that country's central bank, not the People's Bank of China.
 */
function foreignBefore(text: string, at: number): boolean {
  const one = ZH_COUNTRY_ABBREVIATIONS.get(text[at - 1] ?? '');
  if (one) return one !== 'china';
  for (let length = 2; length <= 5 && length <= at; length++) {
    const key = chinesePlaceKey(text.slice(at - length, at));
    if (key) return key !== 'china';
  }
  return false;
}

/**
 * Organizations by suffix: a suffix (`协会`, `研究院`, `厅`) with the name pieces before it
 * (`香港`+`软件`+`行业协会`). The name needs a specific piece (a place, a proper word);
 * extension stops at a well-known organization, so `电子科技大学软件学院` yields no `软件学院`.
 * `properEnds` holds the starts of segmentit's proper nouns by their ends (none without `deep`).
 */
function suffixedOrganizations(text: string, out: Found[], properEnds: ReadonlyMap<number, number> | undefined, longestWord: EntityOptions['longestWord']): void {
  for (let i = 0; i < text.length; i++) {
    const suffix = suffixAt(text, i);
    if (!suffix) continue;
    // A one-character suffix that opens a word with the next character is that word's
    // (黑龙江部分地区: 部分, part; 工信部门: 部门, departments), by the lexicon's words.
    if (suffix.length === 1 && longestWord && longestWord(text, i, Math.min(text.length, i + 4)) > i + 1) continue;
    // A suffix whose first character ends a word with the one before it is no suffix there
    // (深圳创办公司: 办公, to work in an office; the company is 创办, founded), by the lexicon's words.
    // Not where the character before ends a piece of a name that is a word of its own, before a
    // suffix of two characters (南京农业大学: 农业, then 大学; not 业大).
    if (i > 0 && longestWord && longestWord(text, i - 1, Math.min(text.length, i + 3)) > i && !(suffix.length >= 2 && pieceWordEndsAt(text, i, longestWord))) continue;
    let start = i;
    let proper = false;
    let pieces = 0;
    for (;;) {
      const piece = pieceEndingAt(text, start);
      if (piece === '控股' && holdingVerbAt(text, start - 2)) break;
      if (piece && ORG_PIECES.get(piece) !== 'closed') {
        if (ORG_PIECES.get(piece) === 'proper') proper = true;
        start -= piece.length;
        pieces++;
        continue;
      }
      // 文化和旅游局, 工业和信息化厅, 民政及青年事務局, 統計暨普查局: two fields of one body joined by 和, 及 or 暨, each a
      // field word (not 成都市和中国工商银行, two names)
      if (!piece && pieces > 0 && ZH_FIELD_JOINS.includes(text[start - 1] ?? '\0') && ORG_PIECES.get(pieceEndingAt(text, start - 1) ?? '') === 'generic'
        && ORG_PIECES.get(pieceStartingAt(text, start) ?? '') === 'generic') {
        start--;
        continue;
      }
      const properStart = properEnds?.get(start);
      if (!piece && properStart !== undefined && pieces > 0) {
        proper = true;
        start = properStart;
        pieces++;
      }
      break;
    }
    const end = i + suffix.length;
    // A scope or a sort right before 大学 names the universities of it (`世界大学排名`, the world's
    // universities ranked; `考入一流大学`), no body, unless CC-CEDICT names one so, as a country's are.
    if (suffix === '大学' && UNIVERSITIES_OF_A_SCOPE.has(text.slice(i - 2, i)) && cedictOrgName(text.slice(i - 2, end)) === undefined) continue;
    // A country and 大学 alone are the country's universities (`英国大学高度依赖海外学费`), no body,
    // unless CC-CEDICT names one so.
    if (proper && pieces === 1 && suffix === '大学' && countryAt(text.slice(start, i)) && cedictOrgName(text.slice(start, end)) === undefined) continue;
    if (proper && pieces > 0) {
      out.push({ start, end, type: 'org', value: text.slice(start, end), keyed: ORG_NAME, rank: 2 });
      continue;
    }
    // A body of the state named by its field: the state or a place, a short field word no
    // glossary holds, then field words and the suffix (国家移民管理局, 国家知识产权局, 四川省大熊猫局).
    // 厅 only after a field word of two characters or more the lexicon holds (日本观光厅; not 上海展厅, a hall).
    const stateStart = STATE_BODY_SUFFIXES.has(suffix) && !(pieces === 0 && longestWord && longestWord(text, i - 1, end) === end)
      && (suffix !== '厅' || (longestWord !== undefined && fieldWordBefore(text, i, longestWord) !== undefined))
      ? stateBodyStart(text, start) : undefined;
    if (stateStart !== undefined) {
      out.push({ start: stateStart, end, type: 'org', value: text.slice(stateStart, end), keyed: ORG_NAME, rank: 2 });
      continue;
    }
    // An organization CC-CEDICT names in English (财政部 Ministry of Finance, 中国气象局 China
    // Meteorological Administration), from a boundary to this suffix.
    const named = cedictOrgStart(text, i, end);
    if (named !== undefined) {
      out.push({ start: named, end, type: 'org', value: text.slice(named, end), keyed: ORG_NAME, rank: 2 });
      continue;
    }
    // A body of the state named by words of its field alone, from a boundary: a general
    // administration (海关总署, 税务总局), a ministry (經濟部, 生态环境部), a bureau (交通局), a
    // department (教育厅), a commission.
    if (GOVERNMENT_SUFFIXES.has(suffix) && pieces > 0 && !NO_FIELD.has(text.slice(start, i)) && atNameBoundary(text, start)) {
      out.push({ start, end, type: 'org', value: text.slice(start, end), keyed: ORG_NAME, rank: 2.5 });
      continue;
    }
    // The same after one more word of its field the lexicon holds, from a boundary (`藥物監督管理局`:
    // 藥物, then 監督管理, then 局).
    const fieldFirst = GOVERNMENT_SUFFIXES.has(suffix) && pieces > 0 && longestWord ? fieldWordBefore(text, start, longestWord) : undefined;
    if (fieldFirst !== undefined && !NO_FIELD.has(text.slice(fieldFirst, start)) && !PREPOSITIONS.has(text.slice(fieldFirst, start)) && atNameBoundary(text, fieldFirst)) {
      out.push({ start: fieldFirst, end, type: 'org', value: text.slice(fieldFirst, end), keyed: ORG_NAME, rank: 2.5 });
      continue;
    }
    // A bureau named by one word of its field the lexicon holds, from a boundary (`另外，房屋局今日公布`,
    // `運輸署表示`): no word of the lexicon ends in the suffix there (邮局, 当局, 布局 are words).
    const field = pieces === 0 && (suffix === '局' || suffix === '署') && longestWord ? fieldWordBefore(text, i, longestWord) : undefined;
    if (field !== undefined && !NO_FIELD.has(text.slice(field, i)) && atNameBoundary(text, field)) {
      out.push({ start: field, end, type: 'org', value: text.slice(field, end), keyed: ORG_NAME, rank: 2.5 });
      continue;
    }
    if (!STRONG_SUFFIXES.has(suffix)) continue;
    // 本公司, 本集团: this company (宣布本公司…), where the character before 本 makes no word
    // with it (日本公司, 资本集团)
    if (text[i - 1] === '本' && longestWord && longestWord(text, i - 2, i) !== i) continue;
    // A strong suffix (`大学`, `研究院`, `公司`…) names an organization on its own after a short
    // run that starts at a boundary and is not only generic words; a university also after two
    // generic pieces (`电子`+`科技`+`大学`).
    const nameStart = pieces >= 2 && suffix === '大学' ? start : boundedNameStart(text, i);
    // After 等 (and others) the words name the kind of the bodies listed before, no body
    // (`国大和新大等自主大学`, the autonomous universities).
    if (nameStart !== undefined && text[nameStart - 1] !== '等') {
      out.push({ start: nameStart, end, type: 'org', value: text.slice(nameStart, end), keyed: ORG_NAME, rank: 2.5 });
    }
  }
}

/** Words of a scope or a sort before 大学 that name the universities of it, no one body (`世界大学`, `一流大学`). */
const UNIVERSITIES_OF_A_SCOPE: ReadonlySet<string> = new Set(['世界', '全球', '全国', '国内', '海外', '各国', '各地', '外国', '本地', '当地',
  '一流', '名牌', '重点', '顶尖', '知名', '公立', '私立']);

/** A branch campus's word after its place (`芝加哥分校`, `深圳校区`). */
const BRANCH_CAMPUS = ['分校', '校区', '校區'];

/**
 * A university's branch campus named by its place after the university (`伊利诺伊大学芝加哥分校`,
 * University of Illinois Chicago; `加州大学洛杉矶分校`, UCLA): the campus is one body, the
 * university's name, its place and 分校 or 校区 read whole.
 */
function branchCampuses(text: string, found: Found[]): void {
  for (const f of found) {
    if (f.type !== 'org' || !/(?:大学|大學|学院|學院)$/.test(text.slice(f.start, f.end))) continue;
    for (let length = 4; length >= 2; length--) {
      const place = text.slice(f.end, f.end + length);
      const branch = BRANCH_CAMPUS.find((w) => text.startsWith(w, f.end + length));
      if (place.length !== length || branch === undefined || chinesePlaceKey(place) === undefined) continue;
      f.end += length + branch.length;
      f.value = text.slice(f.start, f.end);
      break;
    }
  }
}

/** Whether `name` is a country of the gazetteer (`英国`, `日本`), not a city or a province. */
function countryAt(name: string): boolean {
  const key = chinesePlaceKey(name);
  return key !== undefined && COUNTRY_KEYS().has(key);
}
const COUNTRY_KEYS = lazyValue(() => new Set([...gazetteerCountryNames().values()].map((en) => en.toLowerCase())));

/** Where a word of the lexicon of two to four characters that ends right at `end` starts (`房屋` before `局`, `观光` before `厅`), the longest; undefined if none. */
function fieldWordBefore(text: string, end: number, longestWord: NonNullable<EntityOptions['longestWord']>): number | undefined {
  for (let start = Math.max(0, end - 4); start <= end - 2; start++) if (longestWord(text, start, end) === end) return start;
  return undefined;
}

/** Whether a piece of an organization's name that is a word of the lexicon ends right at `end` (`农业` before `大学`). */
function pieceWordEndsAt(text: string, end: number, longestWord: NonNullable<EntityOptions['longestWord']>): boolean {
  const piece = pieceEndingAt(text, end);
  return piece !== undefined && piece.length >= 2 && longestWord(text, end - piece.length, end) === end;
}

/** Most characters of an organization's name CC-CEDICT may hold, its suffix included (`国家市场监督管理总局` is 10). */
const CEDICT_ORG_MOST = 12;

/**
 * The start of the longest organization name CC-CEDICT holds that ends at `end` (where a suffix
 * starts at `suffixAt`), or undefined: a proper noun whose English name has a head noun of an
 * organization (`Ministry of Finance`, `People's Bank of China`), starting at a boundary (the
 * text's start, punctuation, a word of grammar: 据财政部消息).
 */
function cedictOrgStart(text: string, suffixAt: number, end: number): number | undefined {
  for (let start = Math.max(0, end - CEDICT_ORG_MOST); start < suffixAt; start++) {
    if (!isHan(text[start]) || !atNameBoundary(text, start)) continue;
    if (cedictOrgName(text.slice(start, end)) !== undefined) return start;
  }
  return undefined;
}

/** Whether a name may start at `at`: the text's start, or after a character no name holds (punctuation, a word of grammar) or a preposition (`通过`). */
function atNameBoundary(text: string, at: number): boolean {
  return at === 0 || !isHan(text[at - 1]) || NOT_IN_ORG_NAME.has(text[at - 1]!) || (at >= 2 && (JOINING_BEFORE.has(text.slice(at - 2, at)) || PREPOSITIONS.has(text.slice(at - 2, at))));
}

/** Words that join one body to another before its name (`应急管理部会同自然资源部`, `携手`; not 联合, which opens names). */
const JOINING_BEFORE = new Set(['会同', '會同', '连同', '連同', '联同', '聯同', '协同', '協同', '携手', '攜手', '配合', '委托', '委託', '邀请', '邀請']);

/** The longest organization piece that starts at `at`, or undefined. */
function pieceStartingAt(text: string, at: number): string | undefined {
  for (let len = Math.min(MAX_PIECE, text.length - at); len >= 1; len--) {
    const candidate = text.slice(at, at + len);
    if (ORG_PIECES.has(candidate)) return candidate;
  }
  return undefined;
}

/** The longest organization piece that ends at `end`, or undefined. */
function pieceEndingAt(text: string, end: number): string | undefined {
  // Only the lengths of the pieces that end with the character before `end` are tried.
  const lengths = end > 0 && hasCode(PIECE_LAST_CODES, text.charCodeAt(end - 1)) ? PIECE_LENGTHS_BY_LAST.get(text.charCodeAt(end - 1))! : 0;
  if (lengths !== 0) for (let len = Math.min(MAX_PIECE, end); len >= 1; len--) {
    if ((lengths & lengthBit(len)) === 0) continue;
    const candidate = text.slice(end - len, end);
    if (ORG_PIECES.has(candidate)) return candidate;
  }
  return undefined;
}

/** The suffixes of the state's bodies: a ministry, a bureau, a department, an administration, a commission. */
const GOVERNMENT_SUFFIXES: ReadonlySet<string> = new Set(['部', '局', '厅', '总局', '署', '总署', '委员会', '委']);
/**
 * The suffixes of the state's bodies that may follow a field word no glossary holds: a bureau, an
 * administration, a commission, and an agency (`厅`, `日本观光厅`) after a word of the lexicon (not
 * `部`, a part as often: `西部`, `总部`).
 */
const STATE_BODY_SUFFIXES: ReadonlySet<string> = new Set(['局', '总局', '署', '总署', '委员会', '厅']);
/** Words of what any body does, no field of its own: `管理局` alone is an authority, not one. */
const NO_FIELD: ReadonlySet<string> = new Set(['管理', '服务', '监督', '发展', '研究']);
/** Most characters of a field's word no glossary holds, between the state and the field words (`移民`, `知识产权`). */
const FIELD_WORD_MOST = 4;

/**
 * Where a body of the state starts whose field words start at `at`: the end of the state's word
 * (`国家`, `全国`) or a place's name (`四川省`) at most `FIELD_WORD_MOST` characters before, with
 * no word of grammar, measure word or numeral between, the name itself at a boundary. Undefined if none.
 */
function stateBodyStart(text: string, at: number): number | undefined {
  for (let gap = 1; gap <= FIELD_WORD_MOST && gap <= at; gap++) {
    const c = text[at - gap]!;
    if (!isHan(c) || NOT_IN_ORG_NAME.has(c) || MEASURE_WORDS.has(c) || NUMERALS.has(c)) return undefined;
    const piece = pieceEndingAt(text, at - gap);
    if (piece && ORG_PIECES.get(piece) === 'proper') {
      const start = at - gap - piece.length;
      return atNameBoundary(text, start) ? start : undefined;
    }
  }
  return undefined;
}

/** Suffixes that make an organization whatever words come before them (with a name-like run). */
const STRONG_SUFFIXES = new Set(['大学', '研究院', '研究所', '基金会', '协会', '联会', '公会', '总工会', '行业协会', '学会', '总商会', '商会', '银行', '集团', '公司', '有限公司', '股份有限公司', '博物馆', '博物院', '美术馆', '艺术馆', '图书馆']);

/** The head words of a body that may hold another (`中国科学院` its institutes, `清华大学` its schools), of two characters or more. */
const PARENT_HEADS = ['科学院', '科學院', '研究院', '大学', '大學', '集团', '集團', '委员会', '委員會'];

/** Whether a parent body's head word (`PARENT_HEADS`) ends right before `at`, after at least two characters of its name. */
function parentBodyEndsAt(text: string, at: number): boolean {
  for (const head of PARENT_HEADS) if (at >= head.length + 2 && text.startsWith(head, at - head.length)) return true;
  return false;
}

/** Particles, the copula and prepositions, after which 和 joins nothing and opens a name (`是和记电话`), unlike after a pronoun (`他和银行`). */
const NO_NOUN_BEFORE_AND = new Set('的是在由被从從向对對把将將给給让讓经經据據'.split(''));
/** Characters an organization's own name does not contain: function words, pronouns, modal verbs, verbs of speech. */
const NOT_IN_ORG_NAME = new Set('的了着是在和与及或等将要想需把被对从向这那该其各此每某他她它我你们说称表示也都就还又所据经以按凭由给让但而并且却则即亦'.split(''));

/**
 * Modifiers that make `X公司`, `X银行`, `X大学` a kind of organization rather than one
 * organization (`上市公司`, `商业银行`, `重点大学`), and numerals and measure words a name never
 * starts with (`多家`, `这所`).
 */
const ORG_KIND_WORDS = new Set([
  '上市', '当地', '本地', '国内', '国外', '外国', '海外', '境外', '境内', '全球', '世界', '大型', '中型', '小型', '知名',
  '著名', '民营', '国有', '私营', '私人', '跨国', '相关', '有关', '其他', '其它', '一些', '这些', '那些', '名牌', '重点',
  '顶尖', '合资', '外资', '独资', '商业', '科技', '投资', '保险', '物流', '贸易', '咨询', '建筑', '能源', '互联网', '网络',
  '游戏', '汽车', '地方', '中央', '美国', '英国', '中国', '欧洲', '普通', '一流', '多数', '少数', '部分', '许多', '不少',
  // a company's place in a group: 附属公司 (a subsidiary), 子公司, 母公司, 分公司 (a branch), 控股公司
  '附属', '附屬', '控股',
]);
const MEASURE_WORDS = new Set('家所个位名座间只批类种'.split(''));
/**
 * Time nouns of Chinese grammar (时间名词) a sentence may open with right before its subject
 * (`本季度公司新开门店`, `今年公司营收`): no organization's name starts with one.
 */
const TIME_WORDS = ['本季度', '本年度', '本月', '本周', '本年', '今年', '去年', '明年', '前年', '今天', '昨天', '明天', '今日', '昨日',
  '目前', '近日', '日前', '当天', '当日', '此前', '同期', '全年', '上半年', '下半年', '近年', '近期', '上月', '上周', '年内', '季内', '届时'];
/** The time noun `TIME_WORDS` holds that starts at `at` and ends by `end`, or 0: its length. */
function timeWordAt(text: string, at: number, end: number): number {
  for (const word of TIME_WORDS) if (at + word.length <= end && text.startsWith(word, at)) return word.length;
  return 0;
}
const NUMERALS = new Set('多几一两数诸众'.split(''));

/**
 * Where the name before a strong suffix at `at` starts: a run of two to eight characters
 * back to the text's start, punctuation or a function word, that is neither a kind of
 * organization (`上市公司`) nor starts with a measure word (`这家公司`), with at most four
 * characters outside the organization words (a longer run is a description:
 * `建筑垃圾回收公司`). Undefined if none.
 */
/**
 * The two-character prepositions of modern Chinese grammar (现代汉语介词: 通过 by, 经过 through,
 * 根据/依据/按照/依照 according to, 关于/对于 about, 由于 because of, 为了 for, 除了 besides, 随着
 * along with, 作为 as, 沿着 along, 鉴于 in view of, 基于 based on), and 来自 (from), which stands
 * before a body as they do: no organization's name opens with one.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set(['来自', '來自', '通过', '經過', '经过', '根据', '根據', '依据', '依據', '按照', '依照', '关于', '關於', '对于', '對於', '由于', '由於', '为了', '為了', '除了', '随着', '隨著', '作为', '作為', '沿着', '沿著', '鉴于', '鑒於', '基于', '基於', '通過']);

function boundedNameStart(text: string, at: number): number | undefined {
  let start = at;
  // A body's name the run reaches back into (`中国科学院西北高原生物研究所`) is the parent's: the
  // name, of two characters or more, starts after it (`中国铁建集团公司` is one name).
  const parentBefore = (k: number): boolean => at - k >= 2 && parentBodyEndsAt(text, k);
  while (start > 0 && at - start < 9 && isHan(text[start - 1]) && !NOT_IN_ORG_NAME.has(text[start - 1]!) && !parentBefore(start)) start--;
  if (parentBefore(start)) return start;
  // 和 where no noun stands before it to join (the text's start, a mark, a function word such as
  // 是: `竞投者是和记电话有限公司`, `、和记电话`) opens the name (和记, 和硕), no `and`.
  if (start > 0 && at - start < 9 && text[start - 1] === '和' && (start === 1 || !isHan(text[start - 2]) || NO_NOUN_BEFORE_AND.has(text[start - 2]!))) start--;
  else if (start > 0 && isHan(text[start - 1]) && !NOT_IN_ORG_NAME.has(text[start - 1]!)) return undefined;
  for (;;) {
    let time: number;
    if (start < at && MEASURE_WORDS.has(text[start]!)) start++;
    else if (start + 1 < at && NUMERALS.has(text[start]!) && MEASURE_WORDS.has(text[start + 1]!)) start += 2;
    else if ((time = timeWordAt(text, start, at)) > 0) start += time;
    // The 年 of a year written in digits before the run (`2018年控股…`), and the verb 控股 (to take
    // control of) before a place: a holding company's name has 控股 after its own (`腾讯控股`).
    else if (text[start] === '年' && /\d/.test(text[start - 1] ?? '')) start++;
    else if (holdingVerbAt(text, start)) start += 2;
    else break;
  }
  // A count inside the run (`韩国一家科技公司`, a technology company in South Korea): what comes
  // before it is no part of the name.
  for (let k = at - 2; k > start; k--) {
    if (NUMERALS.has(text[k]!) && MEASURE_WORDS.has(text[k + 1]!)) {
      start = k + 2;
      break;
    }
  }
  // A preposition opens the phrase, not the name (`来自同济大学`: the name is 同济大学; 通过银行转账, by
  // bank transfer, names no bank).
  if (PREPOSITIONS.has(text.slice(start, start + 2))) start += 2;
  const name = text.slice(start, at);
  if (name.length < 2 || name.length > 8 || ORG_KIND_WORDS.has(name)) return undefined;
  if (allGeneric(name) || unknownLength(name) > 4) return undefined;
  return start;
}

/** Whether 控股 at `at` is the verb, a place's name after it (`控股山西太原钢铁集团`), not a holding company's word. */
function holdingVerbAt(text: string, at: number): boolean {
  return text.startsWith('控股', at) && longestAt(text, at + 2, PLACES_BY_CHAR) !== undefined;
}

/** How many characters of `name` are no organization word, place or well-known name (`华为` 2). */
function unknownLength(name: string): number {
  let unknown = 0;
  for (let at = 0; at < name.length; ) {
    const step = pieceStartingAt(name, at)?.length ?? 0;
    if (step) at += step;
    else {
      unknown++;
      at++;
    }
  }
  return unknown;
}

/** True when `name` is made only of generic organization words (`软件行业`, `科技`). */
function allGeneric(name: string): boolean {
  for (let at = 0; at < name.length; ) {
    let step = 0;
    for (let len = Math.min(MAX_PIECE, name.length - at); len >= 1 && !step; len--) {
      if (ORG_PIECES.get(name.slice(at, at + len)) === 'generic') step = len;
    }
    if (!step) return false;
    at += step;
  }
  return true;
}

/**
 * The place suffix at `at` (`ZH_PLACE_SUFFIXES` in order), by a look-up: a closure reading the
 * name's end, in the loop of `gazetteerPlaces`, would make a context at every step.
 */
const placeSuffixAt = firstStartingAt(ZH_PLACE_SUFFIXES);

/**
 * Gazetteer places with their `省`/`市` suffix: `四川省`, `成都市`, `重庆`. A name that
 * starts inside one of segmentit's words is a piece of that word, not a place (`日本` in
 * `今日/本报`, `成都` in `建成/都市`), unless the word ends with the name (`前苏联`).
 * Its end is not checked, as segmentit often cuts a place's last character off (`成/都是`).
 */
function gazetteerPlaces(text: string, out: Found[], inside: Uint32Array | undefined, longestWord: EntityOptions['longestWord']): void {
  for (let i = 0; i < text.length; i++) {
    const listed = longestAt(text, i, PLACES_BY_CHAR);
    // A county-level division where no other place starts (`districtNameAt`): Han characters only.
    // Else a short form of Taiwan's divisions (`台中`), read where a place opens (below).
    const short = listed === undefined && isHan(text[i]) ? taiwanShortFormAt(text, i) : undefined;
    // A city listed with its 市 because its name is also a word (`日照市`: 日照, sunshine) goes without it
    // right after its own province (`山东日照`).
    const bare = listed === undefined && short === undefined && isHan(text[i]) ? bareCityAt(text, i) : undefined;
    const name = listed ?? bare?.name ?? (isHan(text[i]) ? districtNameAt(text, i) : undefined) ?? short?.name;
    if (!name) {
      // A city abroad whose name is also a word (`汉堡`), where the text names a place.
      const cued = longestWord && isHan(text[i]) ? cuedCityAt(text, i) : undefined;
      const end = cued && cuedCityEnd(text, i, i + cued.name.length, longestWord!);
      if (cued && end) {
        out.push({ start: i, end, type: 'place', value: cued.key, keyed: KEY, rank: 3 });
        i = end - 1;
      }
      continue;
    }
    let end = i + name.length;
    const suffix = placeSuffixAt(text, end);
    // The suffix of a committee or a head of the place (`市委`, `市长`) is theirs: `北京市长` holds 北京;
    // a name listed with its suffix gives it up the same way (`台中市长` holds 台中).
    // The character after the suffix read by its code (委 U+59D4, 长 U+957F): no string of suffix and character.
    const afterSuffix = suffix ? text.charCodeAt(end + suffix.length) : 0;
    // Nor a 市 that opens a word with the character after it (`北京市场`, `欧洲市场`: 市场, market); a 省
    // keeps its place (`安徽省份额`: 份额, a share).
    if (suffix && afterSuffix !== 0x59d4 && afterSuffix !== 0x957f && !(suffix === '市' && WORD_AFTER_SUFFIX.get(suffix)!.has(text[end + 1] ?? ''))) end += suffix.length;
    if (/[市县]$/.test(name) && text[end] === '长') end--;
    // The short form itself, not a listed place or a division that starts where it does.
    const shortForm = short?.name === name;
    const bareForm = bare?.name === name;
    const key = shortForm ? short.key : bareForm ? bare.key : chinesePlaceKey(name)!;
    const district = listed === undefined && !bareForm;
    // A county-level division's bare name takes its 区 (`海淀区`), which `ZH_PLACE_SUFFIXES` leaves to rules of its own.
    if (district && end === i + name.length && text[end] === '区') end++;
    const word = inside?.[i];
    // A division named with its suffix may be cut before it (`朝阳/区`).
    if (word && word !== i + name.length && word !== end && !(district && /[区县旗市]$/.test(name) && word === i + name.length - 1)) continue;
    // A division's name of two characters after a surname is a given name (`，王秀英会见`,
    // `司長張永春`): such names are as often people's as places'; unless the surname's character
    // ends a place the division runs on from (`江苏昆山`: 苏 ends 江苏).
    if (district && name.length === 2 && i > 0 && chineseSurnameAt(text, i - 1) !== undefined && !placeEndsAt(text, i)) continue;
    // Right after a place, no word runs into the name from before it (`山东海阳`: no 东海 there).
    if (district && !shortForm && end === i + name.length && !/[区县旗市]$/.test(name) && crossedByWords(text, i, end, longestWord, placeEndsAt(text, i))) continue;
    // Nor where its suffix ends a word with its last character and its first ends one with the
    // character before (`客源城市`: 客源 and 城市, no district 源城 and its 市).
    if (district && suffix && longestWord && i > 0 && longestWord(text, i + name.length - 1, end) === end && longestWord(text, i - 1, i + 1) === i + 1) continue;
    // A country's name of two characters that running text writes in other words too (`增加纳税`, `马里奥`).
    // Nor before a character of transliteration, in a longer foreign name (`马里奥`, `多哥伦比亚`).
    if (!district && WORDLIKE_COUNTRIES.has(name) && (TRANSLIT_CHARS.has(text[end] ?? '') || crossedByWords(text, i, end, longestWord))) continue;
    if (shortForm && !shortFormOpens(text, i, end, longestWord)) continue;
    if (name === '中国' && CHINA_OVERLAP_BEFORE.has(text[i - 1] ?? '') && CHINA_OVERLAP_AFTER.has(text[i + 2] ?? '')) continue;
    // 沿运河南巡 is 运河 / 南巡, 黄河北岸 黄河 / 北岸, not 河南, 河北: a river, lake, mountain or sea before a direction.
    if (name.length === 2 && FEATURE_BEFORE[name[0]!]?.includes(text[i - 1] ?? '\0') === true && '东南西北'.includes(name[1]!)) continue;
    // 中山东一路, 人民西路: a direction before a road's word is the road's (Zhongshan East No. 1 Road), so a
    // province ending on it (山东) is no place where a word runs on before it.
    if (name.length === 2 && '东南西北東'.includes(name[1]!) && ROAD_AFTER.test(text.slice(i + 2, i + 6)) && roadNameBefore(text, i)) continue;
    // A city abroad of two characters after a word that runs on into it is a piece of a local name
    // (`屯溪老街`, Tunxi's old street, not 老街 Lào Cai): it opens where a word of its own ends (`前往老街`).
    if (name.length === 2 && worldCityKey(key) && roadNameBefore(text, i) && !CITY_OPENERS_BEFORE.includes(text[i - 1]!)) continue;
    // A city abroad, itself a transliteration, before one more character of transliteration is the
    // start of a longer foreign name (`阿伦森`, `伊斯特伍德`, `格拉汉姆`), not the city; unless that
    // character opens a word of the lexicon (`在悉尼比赛`: 比赛, a match).
    if (worldCityKey(key) && end === i + name.length && !/[州市县縣省]$/.test(name) && translitAt(text, end) && !(longestWord && longestWord(text, end, Math.min(text.length, end + 4)) > end + 1)) continue;
    out.push({ start: i, end, type: 'place', value: key, keyed: KEY, rank: 3 });
    i = end - 1;
  }
}

/** A count of the divisions a list names before their shared 区 (`两区`, `三个区`). */
const DIVISION_COUNT = '两兩二三四五六七八九十几幾';

/** Whether `text[from, to)` holds a character of `LIST_JOINS`. */
function hasListJoin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LIST_JOINS.includes(text[k]!)) return true;
  return false;
}

/** The district a name and 区 make, as the gazetteer lists it (`龙华区`, or `宝安` bare), or undefined. */
function districtAt(name: string): string | undefined {
  const found = districtNameAt(`${name}区`, 0);
  return found === name || found === `${name}区` ? found : undefined;
}

/**
 * Districts listed before the one 区 they share (`宝安、龙华两区`, `海淀、朝阳等区`, `福田和南山区`):
 * each name is the district its name and 区 make, though bare it is also another word's part, as
 * the suffix after the list says what each is. Read back from each 区; two names at least.
 */
function districtsBeforeSharedSuffix(text: string, out: Found[]): void {
  for (let z = text.indexOf('区'); z >= 0; z = text.indexOf('区', z + 1)) {
    // A list's join within the few names before it, or no list (most 区 close a word: 地区, 园区).
    if (!hasListJoin(text, Math.max(0, z - 12), z)) continue;
    let p = z;
    if (text[p - 1] === '个' || text[p - 1] === '個') p--;
    if (DIVISION_COUNT.includes(text[p - 1] ?? '\0') || text[p - 1] === '等') p--;
    const items: [number, number, string][] = [];
    while (items.length < 8) {
      const len = [3, 2].find((n) => p - n >= 0 && isHan(text[p - n]) && !LIST_JOINS.includes(text[p - n]!) && districtAt(text.slice(p - n, p)) !== undefined);
      if (len === undefined) break;
      items.push([p - len, p, chinesePlaceKey(districtAt(text.slice(p - len, p))!)!]);
      p -= len;
      if (!LIST_JOINS.includes(text[p - 1] ?? '\0')) break;
      p--;
    }
    if (items.length < 2) continue;
    for (const [start, end, key] of items) {
      if (!out.some((f) => f.start < end && start < f.end)) out.push({ start, end, type: 'place', value: key, keyed: KEY, rank: 3 });
    }
  }
}

/**
 * The end of a city abroad whose name is also a word (`汉堡`, a city and a sandwich; `烈日`, a city
 * and the blazing sun) from `at` to `end`, with its 市 or 港, where the text names a place there:
 * right after a place (`德国汉堡`) or after one and a list's join (`不来梅和汉堡`), after a word of
 * going or staying (`在汉堡`, `飞往汉堡`), before 至 or 到 and a place (`上水至馬鞍山`), or before 市
 * (not 市场) or 港 (`汉堡港`); and where no word
 * of the lexicon runs on out of it (`汉堡包`) and no word of where a thing lies follows (`在烈日下`,
 * `在比萨上`), nor a Latin letter (`卡拉OK`). Else undefined.
 */
function cuedCityEnd(text: string, at: number, end: number, longestWord: NonNullable<EntityOptions['longestWord']>): number | undefined {
  if (longestWord(text, at, Math.min(text.length, at + 6)) > end || wordRunsOutOf(text, at, end, longestWord)) return undefined;
  const after = text[end] ?? '\0';
  if (LIES_WHERE_AFTER.includes(after) || /[A-Za-z]/.test(after)) return undefined;
  const suffix = (after === '市' && !WORD_AFTER_SUFFIX.get('市')!.has(text[end + 1] ?? '')) || after === '港' ? 1 : 0;
  const before = text[at - 1] ?? '\0';
  // `路環市中心`: a city's centre (市中心, where 市中 is no suffix of a word) is a place's.
  const named = suffix > 0 || text.startsWith('市中心', end) || placeOpensCity(text, at) || CUED_CITY_OPENERS.includes(before)
    || (LIST_JOINS.includes(before) && placeEndsAt(text, at - 1)) || placeStartsAfter(text, end);
  return named ? end + suffix : undefined;
}

/** Whether 至 or 到 at `at` opens a place of the gazetteer (`上水至馬鞍山`: from one place to another). */
function placeStartsAfter(text: string, at: number): boolean {
  if (text[at] !== '至' && text[at] !== '到') return false;
  for (let length = 2; length <= 4 && at + 1 + length <= text.length; length++) {
    if (chinesePlaceKey(text.slice(at + 1, at + 1 + length)) !== undefined) return true;
  }
  return false;
}

/**
 * Whether a place ends at `at` that a city there may follow (`德国汉堡`): not a city abroad of one
 * transliteration run with it (`米兰斯卡拉`, Milan's La Scala: 兰斯 is Reims, and 斯卡拉 one name).
 */
function placeOpensCity(text: string, at: number): boolean {
  const runsOn = translitAt(text, at - 1) && translitAt(text, at);
  return placeEndsAt(text, at, (key) => !(runsOn && worldCityKey(key)));
}

/** Words of where a thing lies, after a noun (`烈日下`, `比萨上`): the word is a thing, not a city. */
const LIES_WHERE_AFTER = '上下里裏中内內外旁边邊';

/**
 * The name without its 市 of a city at `at` that the gazetteer lists only with it (`日照` of `日照市`),
 * with the city's key, or undefined: right after the province it lies in (`山东日照`), or as an item of a list of places,
 * after another place and `、`, `及`, `和` or `与`, and before the list goes on or ends, or 的 (`深圳、珠海、东莞及中山）`,
 * `佛山和中山的`).
 */
function bareCityAt(text: string, at: number): { name: string; key: string } | undefined {
  // Most characters open no such city: told by the first character's code before any string is made.
  if (!BARE_CITY_FIRST.has(text.charCodeAt(at))) return undefined;
  for (let length = 2; length <= 3; length++) {
    const name = text.slice(at, at + length);
    const key = listedChineseKey(`${name}市`);
    if (key === undefined) continue;
    const after = text[at + length] ?? '';
    const closes = !isHan(after) || LIST_JOINS.includes(after) || after === '等' || after === '的';
    if (closes && LIST_JOINS.includes(text[at - 1] ?? '\0') && placeEndsAt(text, at - 1)) return { name, key };
    const province = placeParent(key);
    if (province === undefined) return undefined;
    for (let before = 2; before <= 3 && before <= at; before++) {
      const place = text.slice(at - before, at);
      if (chinesePlaceKey(place) === province || chinesePlaceKey(`${place}省`) === province) return { name, key };
    }
    return undefined;
  }
  return undefined;
}

/** The first characters' codes of the names the gazetteer lists only with their 市 (`日` of `日照市`). */
const BARE_CITY_FIRST: ReadonlySet<number> = new Set(CHINESE_PLACE_NAMES.filter((n) => n.length >= 3 && n.length <= 4 && n.endsWith('市')).map((n) => n.charCodeAt(0)));

/** The characters that join the items of a list of places (`深圳、珠海及中山`). */
const LIST_JOINS = '、及和与與';

/** Whether a place of the gazetteer, of two to four characters, ends right before `at` (`江苏` before `昆山`), one whose key `keep` takes. */
function placeEndsAt(text: string, at: number, keep: (key: string) => boolean = () => true): boolean {
  for (let length = 2; length <= 4 && length <= at; length++) {
    const key = chinesePlaceKey(text.slice(at - length, at));
    if (key !== undefined && keep(key)) return true;
  }
  return false;
}

/**
 * Whether a county-level division's bare name from `at` to `end` is pieces of the words around
 * it rather than a name (`新兴平台`: 新兴 and 平台, not 兴平): a word of the lexicon runs into it
 * from one of the two characters before, or out of it from a character after its first. The
 * districts' names are many and short, and most are ordinary characters. Nor is a name that
 * opens or ends on a function word (`NOT_PLACE_START`). Without the lexicon such a name is read
 * only with its suffix.
 */
function crossedByWords(text: string, at: number, end: number, longestWord: EntityOptions['longestWord'], afterPlace = false): boolean {
  // A function word at either end joins the words around it (`尼西和萨萨林`: 西和 is no county there).
  if (!longestWord || NOT_PLACE_START.has(text[at]!) || NOT_PLACE_START.has(text[end - 1]!)) return true;
  if (!afterPlace) for (let from = Math.max(0, at - 2); from < at; from++) if (longestWord(text, from, end - 1) > at) return true;
  return wordRunsOutOf(text, at, end, longestWord);
}

/** 为 or 作 closing the clause a place after 以 opens (`以台中为背景`, `以台南一个村落为背景`, `以台南为例`). */
const SCENE_CLOSE_AFTER = /^[^，。；！？,;!?]{0,12}?[为為作]/;

/**
 * Whether a short form of Taiwan's divisions at `[at, end)` opens there as a place: after a word
 * that goes before places (`在台中試辦`, `改飛台中國際機場`); after 以 that takes the place as what the
 * clause is set in (`以台中为背景`), no word running out of it; as an item of a list after another
 * place (`桃園、台中和蘇州`, though 中和 is a word); or at the text's start or after
 * punctuation before the particle 的 (`台中的天气`, whatever word it ends: 中的, to hit the target)
 * or where no word runs out of it (not `新北京`, `南投资`). Else it is a piece of the words around it
 * (`平台中`, `舞台中央`).
 */
function shortFormOpens(text: string, at: number, end: number, longestWord: EntityOptions['longestWord']): boolean {
  if (placeWordBefore(text, at)) return true;
  // An item of a list of places after another (`桃園、台中和蘇州`): a word it runs into (中和) is no matter.
  if (LIST_JOINS.includes(text[at - 1] ?? '\0') && placeEndsAt(text, at - 1)) return true;
  if (!longestWord) return false;
  if (text[at - 1] === '以') return SCENE_CLOSE_AFTER.test(text.slice(end, end + 14)) && !wordRunsOutOf(text, at, end, longestWord);
  return !isHan(text[at - 1]) && (text[end] === '的' || !wordRunsOutOf(text, at, end, longestWord));
}

/** Whether the character before `at` ends a word that goes before places (`在`, `从`, `飞`, `抵达`). */
function placeWordBefore(text: string, at: number): boolean {
  const before = text[at - 1];
  return before !== undefined && isHan(before) && (NOT_ROAD_NAME_BEFORE.includes(before) || CITY_OPENERS_BEFORE.includes(before));
}

/**
 * Whether a word of the lexicon runs out of the name from `at` to `end`, from a character after its
 * first (`新北京`: 北京) up to `lastFrom` (its last character by default).
 */
function wordRunsOutOf(text: string, at: number, end: number, longestWord: NonNullable<EntityOptions['longestWord']>, lastFrom = end - 1): boolean {
  for (let from = at + 1; from <= lastFrom; from++) if (longestWord(text, from, Math.min(text.length, from + 4)) > end) return true;
  return false;
}

/** A road's word after a direction, with the road's number or not (`一路`, `路`, `大街`, `二巷`). */
const ROAD_AFTER = /^[一二三四五六七八九十]{0,2}(?:路(?![段线線途程过過])|街|大道|大街|巷|马路|馬路)/;
/** Characters before a place that end a word of their own (`去山东路上`, `和山东路`, the 了 of `关闭了台中`): the place opens there. */
const NOT_ROAD_NAME_BEFORE = '其在去到从從往赴和与與及、的至由经經向自沿进進入出过過了';

/** Last characters of verbs of going and staying before a city (`抵达`, `访问`, `飞往`, `返回`, `来自`, `居住在`), and 于 of where a thing is (`位于`, `创刊于`): the city opens after them. */
const CITY_OPENERS_BEFORE = '达達访訪飞飛返离離抵来來回住居留临臨于於';

/** Characters before a city of `cuedCityEnd`: `在`, `从`, `由`, `自`, `往`, `赴`, `经`, `至` and the last of a verb of going or staying. */
const CUED_CITY_OPENERS = `在从從由自往赴经經至${CITY_OPENERS_BEFORE}`;

/**
 * Whether the characters before `at` may open a road's name with it (`中山` of `中山东一路`): a Chinese
 * character that ends no word of its own (`NOT_ROAD_NAME_BEFORE`), nor 中 after a word it closes
 * (`其中山东路段`: 其中 / 山东 / 路段, as `CHINA_OVERLAP_BEFORE` reads 其中国有).
 */
function roadNameBefore(text: string, at: number): boolean {
  const c = text[at - 1];
  if (!isHan(c) || NOT_ROAD_NAME_BEFORE.includes(c!)) return false;
  return !(c === '中' && CHINA_OVERLAP_BEFORE.has(text[at - 2] ?? ''));
}

/**
 * `其中国有企业` is 其中 / 国有企业, not 中国: an overlap of two words that segmentit resolves
 * as 中国. 中国 is no place where the character before it makes a word with 中 (其中, 之中, 当中,
 * 集中, 空中, 手中, 心中, 从中, 暗中, 高中, 初中; 台中, Taichung: `台中國際機場`) and the one after makes a word with 国 (国有,
 * 国家, 国内, 国际, 国外, 国防, 国企, 国营, 国产, 国民, 国债, 国土, 国务, 国库, 国旗, 国籍): common
 * words of CC-CEDICT.
 */
const CHINA_OVERLAP_BEFORE = new Set('其之当當集空手心从從暗高初台臺'.split(''));
const CHINA_OVERLAP_AFTER = new Set('有家内內际際外防企营營产產民债債土务務库庫旗籍'.split(''));

/**
 * Provinces named by a river, lake, mountain or sea and a direction (河南, 湖北, 江西, 山东, 海南)
 * meet the names of such features before a direction (运河南巡, 洞庭湖北岸, 长江西岸, 泰山东麓,
 * 渤海南部). The characters before 河, 湖, 江, 山, 海 that make a feature's name with it, as
 * CC-CEDICT lists them: 运河 (canal), 黄河, 淮河, 银河, 冰河, 江河, 山河, 界河, 内河, 护城河, 渭河,
 * 汾河, 辽河, 洛河; 洞庭湖, 太湖, 西湖, 鄱阳湖, 巢湖, 洪湖; 长江, 珠江, 松花江, 闽江, 漓江, 赣江,
 * 湘江; 泰山, 华山, 黄山, 庐山, 嵩山, 天山, 衡山, 恒山; 渤海, 黄海, 东海, 内海.
 */
const FEATURE_BEFORE: Readonly<Record<string, string>> = {
  河: '运運黄黃淮银銀冰江山界内內城渭汾辽遼洛', 湖: '庭太西阳陽巢洪', 江: '长長珠花闽閩漓赣贛湘', 山: '泰华華黄黃庐廬嵩天衡恒', 海: '渤黄黃东東内內',
};

/** Place suffixes of the PRC's administrative divisions a two-character name stands before, in the order they are tried. */
const DIVISION_SUFFIXES = ['自治州', '自治县', '新区', '市', '省', '县', '区'];

/** The division suffix (`DIVISION_SUFFIXES`) at `at`, the first that fits, or undefined: compared in place, no slice. */
function divisionSuffixAt(text: string, at: number): string | undefined {
  for (const suffix of DIVISION_SUFFIXES) if (text.startsWith(suffix, at)) return suffix;
  return undefined;
}

/**
 * Characters before `市`, `省`, `县`, `区` that make an ordinary word, not a place
 * (`城市`, `超市`, `股市`, `上市`, `全省`, `本市`, `社区`, `园区`, `郊区`…).
 */
const NOT_BEFORE_DIVISION = new Set('城超股上都夜门菜集黑楼车全本该各外邻我此友兄弟省市县区地社园郊山景街灾辖新矿特片小禁误雷校营战疫湾开发商住工农林牧渔老镇乡村一二三四五六七八九十两几多每某整同分范保税验贸护留节反回闹收撤入退年早花房牛熊债汇厂军垦边藏行关'.split(''));

/**
 * Characters after a one-character division suffix that make a common word with it (CC-CEDICT:
 * 市民 citizens, 市场 market, 市值 market value, 市价 market price, 市面 market conditions, 市况,
 * 市集, 市容, 市井, 市道 market conditions, 市中心 city centre, 市长 mayor, 市舶 maritime trade; 省份 a province, 省长
 * governor, 省钱 to save money, 省力, 省心, 省事, 省略 to leave out, and 省 as a verb before its
 * particle: 省着, 省了, 省下, 省去, 省掉, 省得), where it
 * is no division's suffix; a gazetteer name before it is still read (`成都市民`: 成都).
 */
const WORD_AFTER_SUFFIX: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['市', new Set('民场場值价價面况況集容井道中长長舶'.split(''))],
  ['省', new Set('份钱錢力心事略长長着著了下去掉得'.split(''))],
]);

/** Characters a place name in Chinese does not start with: function words and pronouns. */
const NOT_PLACE_START = new Set('的了着是在和与及或等为将把被对从向这那该其各此每某他她它我你们说也都就还又所到赴去来于要有'.split(''));

/**
 * Places outside the gazetteer by their division suffix: a two-character name right after a
 * boundary (the text's start, punctuation, a function word, or a bigger division, its suffix left
 * out or not: `上海浦东新区`) before
 * `市`/`省`/`县`/`新区`, or `区` after its city (`绵阳市`, `成都市温江区`, `四川省宜宾市`).
 * The key is the name's pinyin.
 */
function divisionPlaces(text: string, out: Found[]): void {
  for (let i = 0; i + 2 < text.length; i++) {
    // Every suffix opens with 自, 新, 市, 省, 县 or 区: other characters are passed by their code.
    const next = text.charCodeAt(i + 2);
    if (next !== 0x81ea && next !== 0x65b0 && next !== 0x5e02 && next !== 0x7701 && next !== 0x53bf && next !== 0x533a) continue;
    const suffix = divisionSuffixAt(text, i + 2);
    if (!suffix) continue;
    const name = text.slice(i, i + 2);
    if (NOT_BEFORE_DIVISION.has(name[1]!) || NOT_PLACE_START.has(name[0]!) || NOT_PLACE_START.has(name[1]!) || ![...name].every(isHan)) continue;
    if (text[i + 2 + suffix.length] === '级') continue;
    // `市` or `省` opening a word of its own is no suffix (`呼吁市民`, `零售市场`, `根据省份`).
    if (WORD_AFTER_SUFFIX.get(suffix)?.has(text[i + 3]!)) continue;
    // A bare `区` names a district only after its city (`成都市温江区`); alone it is mostly a zone (`感染区`).
    if (suffix === '区' && text[i - 1] !== '市') continue;
    const before = text[i - 1];
    // Right after its city too, the city's 市 left out (`上海浦东新区`).
    const bounded =
      i === 0 || !isHan(before) || NOT_PLACE_START.has(before!) || /[省市县区州]/.test(before!) || text.slice(i - 3, i) === '自治区'
      || (suffix !== '区' && placeEndsAt(text, i));
    if (!bounded) continue;
    out.push({ start: i, end: i + 2 + suffix.length, type: 'place', value: chinesePlaceKey(text.slice(i, i + 2 + suffix.length)) ?? chinesePlaceKey(name) ?? pinyinWord(name), keyed: KEY, rank: 3.5 });
  }
}

/** Speech verbs that follow a person's name (`张立表示`, `孙文龙说`). */
const SPEECH_AFTER = /^(?:表示|说|指出|认为|介绍|强调|透露|坦言|告诉|回忆|解释|补充|呼吁|建议|宣布|称)/;

/** Characters that end an ordinary noun rather than a given name (`公司表示`, `官方称`, a government office: `卫生署称`). */
const NOT_LAST_IN_GIVEN_NAME = new Set('方司部门局院所会长员者家人们处厅委府界业团队组层面众盟为副总常署'.split(''));
/**
 * Characters of `NOT_LAST_IN_GIVEN_NAME` that end a noun or a verb only as its suffix (`科学家`,
 * `官方`, `作为`) and open given names often (`梁家伟`, `方明`): no bar before a given name's last
 * character. The others name an office or a body wherever they stand (`陈总裁`, `王院长`).
 */
const SUFFIX_ONLY = new Set('家方为'.split(''));

/**
 * Time words that stand between a name and its speech verb (`王明昨天表示`, `李华今日指出`) or its
 * other verb (`王毅下周将访问`): days, weeks, months and years relative to today, parts of the day,
 * weekdays, a day of the month as news gives it (`习近平6日在巴黎`, `5月6日`), a month before a verb of
 * speech or 在 (`刘明3月份表示`). Not `明年`: `明` ends many given names, and `年仅` (aged only) often follows a name
 * (`张晓明年仅30岁`).
 */
const TIME_BETWEEN = /^(?:昨天|今天|前天|明天|后天|昨日|今日|前日|明日|日前|近日|近期|日内|当天|当日|当晚|当时|此前|此后|随后|稍后|目前|上午|下午|中午|早上|晚上|凌晨|傍晚|晚间|夜间|今晨|今早|今晚|昨晚|明晚|早前|周[一二三四五六日末]|星期[一二三四五六日天]|[上下本这]周|[上下本]月|今年|去年|前年|(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}月(?:份|初|中旬|下旬|底|末)?(?=表示|说|說|称|稱|指出|在|曾|发表|發表|宣布)|[一二三四五六七八九十]{1,3}日)/;

/** 在, a few characters of no mark and 上 or 中 closing a scene before a verb of speech (`在仪式上表示`, `在会议中指出`). */
const SCENE_AFTER = /^在[\u4e00-\u9fff]{1,6}?[上中](?=表示|说|指出|强调|称|透露|坦言|宣布)/;

/** Length of the scene at `at` (`SCENE_AFTER`), or 0. */
function sceneAfterLength(text: string, at: number): number {
  return text.charCodeAt(at) === 0x5728 ? SCENE_AFTER.exec(text.slice(at, at + 10))?.[0].length ?? 0 : 0;
}

/** Length of the time word at `at` (`TIME_BETWEEN`), or 0. */
function timeWordLength(text: string, at: number): number {
  return TIME_BETWEEN.exec(text.slice(at, at + 6))?.[0].length ?? 0;
}

/**
 * Whether a reporter's byline goes on at `at`: a space perhaps, a place, and 报道 (`陈浩谦 香港报道`,
 * `李明北京报道`): the name before it is the reporter's.
 */
function reportsFrom(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && k < at + 2 && (text[k] === ' ' || text[k] === '\u3000')) k++;
  const place = longestAt(text, k, PLACES_BY_CHAR);
  if (place === undefined) return false;
  const after = k + place.length;
  // A byline of several reporters, each with a place, that closes on 报道 (`胡明 北京、林华 香港报道`).
  return text.startsWith('报道', after) || text.startsWith('報道', after)
    || (BYLINE_JOINS.includes(text[after] ?? '') && moreReporters(text, after + 1));
}

/** What sets one reporter of a byline apart from the next (`胡明 北京、林华 香港报道`). */
const BYLINE_JOINS = '、，,和及';
/** The rest of a byline of several reporters: names, places and blanks with no sentence in them, closing the line on 报道. */
const MORE_REPORTERS = /^[^。！？；]{1,28}(?:报道|報道)\s*$/;

/** Whether the line from `at` is the rest of a byline of several reporters (`MORE_REPORTERS`), read to the line's end. */
function moreReporters(text: string, at: number): boolean {
  const newline = text.indexOf('\n', at);
  const end = newline < 0 ? text.length : newline;
  return end - at <= 32 && MORE_REPORTERS.test(text.slice(at, end));
}

/** Terms of address after a surname (`王先生`, `李女士`), each of two characters: the surname alone names the person. */
const ADDRESS_TERMS = new Set(['先生', '女士', '小姐', '太太', '夫人']);

/**
 * People without a tagger: a surname from the standard list and a one- or two-character given
 * name, at a boundary (the text's start, punctuation, `和`/`与`/`、`), right before a speech verb
 * (`张立表示`, `，孙文龙说`), or a time word and one (`王明昨天表示`). The two-character given name
 * wins when both fit; a term of address is no given name (`王先生说` is `peopleBeforeTitles`').
 */
function spokenPeople(text: string, out: Found[]): void {
  for (let i = 0; i < text.length; i++) {
    // After a Han character other than 和, 与, 及 (U+548C, U+4E0E, U+53CA) no name starts.
    // No read before the text's start: a read out of bounds would throw optimized code out once.
    const before = i > 0 ? text.charCodeAt(i - 1) : -1;
    // 由 opens a film's or a show's credit (`由陈思诚执导`): a name may follow it there.
    const byCredit = before === 0x7531;
    // 的 closes a phrase that describes the speaker (`负责经营业务的吴大伟说`): a full name may follow
    // it, a surname of one character and a given name of two, said right before the verb.
    const described = before === 0x7684;
    if (isScriptHanCode(before) && before !== 0x548c && before !== 0x4e0e && before !== 0x53ca && !byCredit && !described && !sceneBefore(text, i)) continue;
    const surname = chineseSurnameAt(text, i);
    if (!surname || (described && surname.length !== 1)) continue;
    for (let given = 2; given >= (described ? 2 : 1); given--) {
      const end = i + surname.length + given;
      // The speech verb first: most surnames stand before none, and no name is made for them.
      // A time word (`王明昨天表示`) or the scene (`张瑞敏在仪式上表示`) may stand between.
      const timed = described ? end : end + timeWordLength(text, end);
      const verb = described ? end : timed + sceneAfterLength(text, timed);
      const credit = CREDIT_AFTER.test(text.slice(verb, verb + 2));
      if (!(credit || (!byCredit && (SPEECH_AFTER.test(text.slice(verb, verb + 2)) || reportsFrom(text, end) || scoreAt(text, end))))) continue;
      // 韩江小说: the given name's last character and the verb make a word (小说, a novel), no speech.
      if (verb === end && WORDS_OF_SAY.has(text.slice(end - 1, end + 1))) continue;
      const name = text.slice(i, end);
      if (![...name].every(isHan)) continue;
      const givenName = name.slice(surname.length);
      if (ADDRESS_TERMS.has(givenName)) continue;
      if ([...givenName].some((c) => NOT_IN_GIVEN_NAME.has(c)) || NOT_LAST_IN_GIVEN_NAME.has(givenName[givenName.length - 1]!)) continue;
      out.push({ start: i, end, type: 'person', value: name, keyed: PERSON_NAME, rank: 3.6 });
      // `王宝强和黄渤主演`: a name joined to one a credit's verb follows shares the credit.
      if (credit) creditedBefore(text, i, out);
      break;
    }
  }
}

/** A score after a player's name, as sports news writes a result (`王明以4比2击败`, `以3:1战胜`). */
const SCORE_AFTER_NAME = /^以(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:比|:|：)(?:\d{1,2}|[零一二三四五六七八九十]{1,2})/;

/** Whether a score (`SCORE_AFTER_NAME`) stands at `at`, told by its 以 before any string is made. */
function scoreAt(text: string, at: number): boolean {
  return text[at] === '以' && SCORE_AFTER_NAME.test(text.slice(at, at + 8));
}

/** Verbs of a film's or a show's credits after a name: directed, starring, written, produced, sung. */
const CREDIT_AFTER = /^(?:执导|執導|主演|导演|導演|编剧|編劇|监制|監製|作词|作詞|作曲|演唱|领衔|領銜)/;

/** A name of two or three characters ending right before `和`, `与`, `及` or `、` at `at - 1`, which the name at `at` is joined to. */
function creditedBefore(text: string, at: number, out: Found[]): void {
  if (!'和与與及、'.includes(text[at - 1] ?? '')) return;
  const start = nameEndingAt(text, at - 1, creditBoundary, false);
  if (start !== undefined) out.push({ start, end: at - 1, type: 'person', value: text.slice(start, at - 1), keyed: PERSON_NAME, rank: 3.6 });
}

/** Where a name may open in a film's credits: where `nameBoundary` says, or after 由 (`由陈思诚执导`). */
function creditBoundary(text: string, at: number): boolean {
  return nameBoundary(text, at) || text[at - 1] === '由';
}

/**
 * Where a Chinese name of two or three characters ending at `end` starts (the longer first): a
 * surname (one CC-CEDICT adds too where `rare`, with a two-character given name) opening where
 * `opens` allows, and a given name of Han that no character of an ordinary word rules out.
 */
function nameEndingAt(text: string, end: number, opens: (text: string, at: number) => boolean, rare: boolean): number | undefined {
  for (let length = 3; length >= 2; length--) {
    const at = end - length;
    if (at < 0 || !opens(text, at)) continue;
    const surname = chineseSurnameAt(text, at) ?? (rare && length === 3 ? rareSurnameName(text, at) : undefined);
    const given = text.slice(at + (surname?.length ?? 0), end);
    if (!surname || !given || ![...given].every(isHan) || [...given].some((c, k) => NOT_IN_GIVEN_NAME.has(c) || (NOT_LAST_IN_GIVEN_NAME.has(c) && (k === given.length - 1 || !SUFFIX_ONLY.has(c))))) continue;
    return at;
  }
  return undefined;
}

/** Where a surname of one or two characters ending at `end` starts, the longer first, where `opens` allows (any place without it). */
function surnameEndingAt(text: string, end: number, opens?: (text: string, at: number) => boolean): number | undefined {
  for (let n = 2; n >= 1; n--) {
    const at = end - n;
    if (at >= 0 && chineseSurnameAt(text, at)?.length === n && (opens?.(text, at) ?? true)) return at;
  }
  return undefined;
}

/** Words that end on 说 or 說 and say no speech (a novel, a legend, a theory, a speech as a noun): `spokenPeople`. */
const WORDS_OF_SAY = new Set(['小说', '小說', '传说', '傳說', '学说', '學說', '演说', '演說', '游说', '遊說', '解说', '解說', '邪说', '邪說', '评说', '評說']);

/** Titles that follow a name in Chinese (`马克龙总统`, `李强总理`), longest first. */
const TITLES_AFTER_NAME = ['国务卿', '國務卿', '总统', '總統', '总理', '總理', '首相', '主席', '议员', '議員', '大使', '部长', '部長', '外长', '外長', '先生', '女士', '小姐', '太太', '夫人', '教授', '博士', '院士', '医生', '醫生', '律师', '律師'];
const titleAfterNameAt = firstStartingAt(TITLES_AFTER_NAME);

/** Titles of foreign offices: a transliteration before them is a name even without a foreign sound (`拜登总统`). */
const FOREIGN_TITLES = new Set(['总统', '首相', '国务卿']);

/**
 * Whether a name may start at `at`: the text's start, after a character that is not Han, after
 * `和`, `与`, `及`, an occupation or the head word of a body. A function, not a closure in the loop of `peopleBeforeTitles`: a closure there
 * would hold the loop's index, and each step of the loop would make a context for it.
 */
function nameBoundary(text: string, at: number): boolean {
  return at === 0 || !isHan(text[at - 1]) || /[和与及、]/.test(text[at - 1]!) || OCCUPATION_BEFORE.test(text.slice(Math.max(0, at - 3), at))
    || BODY_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || sceneBefore(text, at);
}

/**
 * A word of when or where a person speaks, right before the name with no comma (`昨天王明表示`,
 * `会上李华说`, `在立法会会议上朱明议员的提问`): a day or a part of it, or a meeting and 上.
 */
const SCENE_BEFORE = /(?:昨天|今天|前天|昨日|今日|日前|近日|当天|當天|当日|當日|当晚|當晚|随后|隨後|此前|目前|上午|下午|中午|晚上|早上|(?:会|會|会议|會議|论坛|論壇|仪式|儀式|典礼|典禮|大会|大會|峰会|峰會|发布会|發布會|記者會|记者会)上)$/;
/** The last characters of `SCENE_BEFORE`'s words: any other character before a name is no scene. */
const SCENE_LAST = new Set('天日前晚后後此上午'.split(''));

/** Whether a word of `SCENE_BEFORE` ends right before `at`. */
function sceneBefore(text: string, at: number): boolean {
  // Not where the scene's last character opens a time word with the next (`协会上周警告称`: 上周, last week).
  return at >= 2 && SCENE_LAST.has(text[at - 1]!) && SCENE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && timeWordLength(text, at - 1) === 0;
}

/** An occupation right before a name and its title (`微生物学家袁国勇医生`, `研究员王明教授`): -ist, researcher, engineer, lawyer. */
const OCCUPATION_BEFORE = /(?:学家|學家|专家|專家|作家|研究员|研究員|工程师|工程師|分析师|分析師)$/;
/** The head word of a body right before a name and its title (`中国海洋大学许建军教授`, `某医院王明医生`): the person's body. */
const BODY_BEFORE = /(?:大学|大學|学院|學院|研究所|研究院|医院|醫院|公司|集团|集團|银行|銀行|协会|協會)$/;

/**
 * People right before a title: a transliterated name of two to six characters (`马克龙总统`),
 * a surname with a one- or two-character given name after a boundary (`，李强总理`), or a
 * surname alone before a term of address (`王先生` → `wang`, as English keys `Mr Wang`).
 */
function peopleBeforeTitles(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  for (let i = 1; i < text.length; i++) {
    const title = titleAfterNameAt(text, i);
    if (!title) continue;
    let start = i;
    while (start > 0 && i - start < 6 && translitAt(text, start - 1)) start--;
    // The run's characters are read for a foreign sound only when it is long enough and bounded.
    if (i - start >= 2 && nameBoundary(text, start) && (FOREIGN_TITLES.has(title) || [...text.slice(start, i)].some((c) => FOREIGN_SOUNDS.has(c)))) {
      out.push({ start, end: i, type: 'person', value: text.slice(start, i), keyed: PERSON_NAME, rank: 3.6 });
      continue;
    }
    // A surname and a term of address (`王先生`, `欧阳女士`): the person is keyed by the surname.
    if (ADDRESS_TERMS.has(title)) {
      const surname = surnameEndingAt(text, i, nameBoundary);
      if (surname !== undefined) {
        out.push({ start: surname, end: i, type: 'person', value: text.slice(surname, i), keyed: PERSON_NAME, rank: 3.6 });
        continue;
      }
    }
    // A surname CC-CEDICT adds only with a two-character given name (`，賴清德總統`).
    const at = nameEndingAt(text, i, nameBoundary, true);
    if (at === undefined || unitFieldBefore(text, at, i, title, longestWord)) continue;
    out.push({ start: at, end: i, type: 'person', value: text.slice(at, i), keyed: PERSON_NAME, rank: 3.6 });
  }
}

/**
 * Whether the two characters before the head of a unit (`部长`, `局长`, `署长`) are a word of the
 * lexicon, the unit's field rather than a name: `劳动部长` is the head of the labour ministry, not
 * a 劳动 (the surname 劳). A word CC-CEDICT writes as a proper noun is a name (`王毅部长`); the short
 * name of a listed body before its unit's character is the body (`衛福部長`). Without the lexicon,
 * only the latter.
 */
function unitFieldBefore(text: string, at: number, end: number, title: string, longestWord: EntityOptions['longestWord']): boolean {
  if (end - at !== 2 || !UNIT_HEADS.has(title)) return false;
  // The short name of a body the lists hold, its unit's character after it (`衛福部長`: 衛福部, the ministry).
  if (chineseOrgAlias(foldTraditional(text.slice(at, end) + title[0]!)) !== undefined) return true;
  return longestWord !== undefined && longestWord(text, at, end) === end && properNoun(text.slice(at, end)) === undefined;
}

/**
 * A list of three names or more after a word that introduces them (`航天员是蔡旭哲、叶光富和王浩泽。`,
 * `获奖者包括张伟、李娜和陈明`): items set apart by `、`, the last after 和, 及 or 与, the list closing on
 * punctuation. Each item is two or three characters opening with a surname (three or four with a
 * double one), none a character a given name does not hold, and none a word of the lexicon but a
 * person CC-CEDICT names (`PERSON_GLOSS`; `高速、高效和安全` names no one). Only with the lexicon.
 */
function namesInLists(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  if (!longestWord || !text.includes('、')) return;
  NAME_LIST.lastIndex = 0;
  for (let m = NAME_LIST.exec(text); m; m = NAME_LIST.exec(text)) {
    const items: [number, number][] = [];
    let at = m.index + m[1]!.length;
    for (const item of m[0].slice(m[1]!.length).split(/[、和及与與]/)) {
      items.push([at, at + item.length]);
      at += item.length + 1;
    }
    const names = items.every(([a, b]) => {
      const surname = chineseSurnameAt(text, a);
      if (!surname || b - a - surname.length < 1 || b - a - surname.length > 2) return false;
      if ([...text.slice(a + surname.length, b)].some((c) => NOT_IN_GIVEN_NAME.has(c))) return false;
      return longestWord(text, a, b) !== b || PERSON_GLOSS.test(properNoun(text.slice(a, b)) ?? '');
    });
    if (!names) continue;
    for (const [a, b] of items) out.push({ start: a, end: b, type: 'person', value: text.slice(a, b), keyed: PERSON_NAME, rank: 3.6 });
  }
}

/** The English CC-CEDICT gives a person: a name and a surname, or the reverse (`Li Bai`, `Wang Yi`), not a mountain or a lake (`Mt Hua`). */
const PERSON_GLOSS = /^(?!(?:Mt|Mount|Lake|River|Cape|Port|Fort|Saint|St)\b)[A-Z][a-z]+ [A-Z][a-z]+\b/;

/**
 * A list of three items or more of two to four Han (of the main blocks: no Unicode property to
 * compile on a first run), after a word that introduces them (是, 有, 包括, 为, a colon), the last
 * after 和, 及 or 与, closing on punctuation.
 */
const NAME_LIST = /(是|有|包括|為|为|：|:)[\u3400-\u9fff]{2,4}(?:、[\u3400-\u9fff]{2,4})+[和及与與][\u3400-\u9fff]{2,4}(?=[。，；！？,;]|$)/g;

/** Titles of the head of a unit named by its field (`劳动部长`, `卫生局长`, `教育厅长`, `衞生署長` folded). */
const UNIT_HEADS = new Set(['部长', '局长', '厅长', '署长', '司长', '处长']);

/**
 * A person named by surname alone, as police and court news withhold names (`林某`, `陈某某`,
 * `福建籍林某`: the surname, then 某 or 某某 before no word 某 opens, 某日, 某地, 某人, 某些…; `李姓男子`,
 * `蔡姓駕駛`: the surname before 姓; `姓陳男子`: the surname after 姓, a person after it). Keyed by the
 * surname, as `a man surnamed Lin` is.
 */
function withheldNames(text: string, out: Found[]): void {
  for (let i = text.indexOf('某', 1); i >= 0; i = text.indexOf('某', i + 1)) {
    const end = text[i + 1] === '某' ? i + 2 : i + 1;
    if (NOT_AFTER_WITHHELD.has(text[end] ?? '') || text[i - 1] === '某') continue;
    const at = surnameEndingAt(text, i);
    if (at !== undefined) out.push({ start: at, end, type: 'person', value: text.slice(at, i), keyed: PERSON_NAME, rank: 3.6 });
    i = end - 1;
  }
  // 李姓男子, 蔡姓駕駛, 刘姓老人: the surname before 姓 and the person it names.
  for (let i = text.indexOf('姓', 1); i >= 0; i = text.indexOf('姓', i + 1)) {
    if (!isHan(text[i + 1]) || NOT_AFTER_SURNAMED.has(text[i + 1]!)) continue;
    const at = surnameEndingAt(text, i);
    if (at !== undefined && !NOT_SURNAMED.has(text.slice(at, i))) out.push({ start: at, end: i + 1, type: 'person', value: text.slice(at, i), keyed: PERSON_NAME, rank: 3.6 });
    // 姓陈男子, 姓何(23岁)女子: Hong Kong writes `surnamed` before the surname, the person after it.
    else if (at === undefined) {
      const surname = chineseSurnameAt(text, i + 1);
      if (surname !== undefined && PERSON_AFTER_SURNAME.test(text.slice(i + 1 + surname.length, i + 1 + surname.length + 14))) {
        out.push({ start: i + 1, end: i + 1 + surname.length, type: 'person', value: surname, keyed: PERSON_NAME, rank: 3.6 });
      }
    }
  }
}

/** A person right after a surname that follows 姓, perhaps after a note in brackets (`男子`, `(23岁)女子`, `司机`). */
const PERSON_AFTER_SURNAME = /^(?:[（(][^（()）]{1,8}[)）])?(?:男子|女子|男|女|少年|少女|青年|老翁|老妇|妇人|司机|职员|人士|学生|东主|商人|嫌犯|疑犯|被告|死者|伤者|事主|汉子|护士|医生|警员|警长|保安|店员|住户)/;

/** Characters after 姓 that make it part of a word (姓名, 姓氏) rather than `surnamed`. */
const NOT_AFTER_SURNAMED = new Set('名氏'.split(''));
/** Words before 姓 that are no surname (百姓, 同姓, 复姓…): those chineseSurnameAt may read as one. */
const NOT_SURNAMED = new Set(['百', '同', '异', '外', '本', '贵', '复', '改', '老']);

/** Characters after 某 that make it `some` or `a certain` of a word (某日, 某地, 某人, 某些, 某种…), no withheld name. */
const NOT_AFTER_WITHHELD = new Set('日年月天时時处處地些种種个個位家项項次号號部人区區县縣市省村镇鎮街路样樣方面国國所件条條款'.split(''));

/** Words after a pair of one-character country names: `中俄两国`, `中美关系`, `中法建交`. */
const PAIR_AFTER = /^(?:两国|双方|关系|合作|贸易|经贸|友好|边境|联合|两军|元首|建交|峰会|会谈|对话|外长|战略|友谊)/;

/** The one-character abbreviations' codes (each is one UTF-16 unit): most characters start no pair. */
const COUNTRY_ABBREVIATION_CODES = codeBits([...ZH_COUNTRY_ABBREVIATIONS.keys()].map((c) => c.charCodeAt(0)));

/**
 * Characters after `X方` that make 方 open a word of its own (`方案`, `方面`, `方法`, `方可`), not
 * the side of a country (`中方`, `美方`).
 */
const NOT_SIDE_AFTER = new Set('案面法式向针可便位才程言形能块正圆子剂舟略志寸阵格策框'.split(''));
/** Characters before `X方` with which X makes a word (`其中方案`, `完美方案`, `今日方可`). */
const SIDE_BEFORE = /^(?:[^\p{Script=Han}]|[、和与同对向及跟的称据应将由让请为被是在令使])$/u;

/**
 * A country's side by its one-character abbreviation and 方 (`中方表示`, `应美方邀请`, `中美双方`
 * aside): diplomatic news names the country so, and the English names it (`China said`).
 */
function sidedCountries(text: string, out: Found[]): void {
  for (let i = text.indexOf('方', 1); i >= 0; i = text.indexOf('方', i + 1)) {
    const key = ZH_COUNTRY_ABBREVIATIONS.get(text[i - 1]!);
    if (!key || NOT_SIDE_AFTER.has(text[i + 1] ?? '') || (i >= 2 && !SIDE_BEFORE.test(text[i - 2]!))) continue;
    out.push({ start: i - 1, end: i + 1, type: 'place', value: key, keyed: KEY, rank: 3 });
  }
}

/**
 * The characters before 华 in the CC-CEDICT words whose 华 is China, the country
 * (`来华` to come to China, `侵华`, `在华` within China, `对华` towards China, `抵华`, `访华`,
 * `赴华`, `辱华`, `驻华` stationed in China); not 反华 and 排华 (of Chinese people), nor 中华,
 * 新华, 南华 or 英华 (names and a language).
 */
const CHINA_BY_HUA_BEFORE = new Set('来侵在对抵访赴辱驻'.split(''));

/**
 * China named by 华 in a word of the lexicon (`对华出口`, `访华期间`, `驻华大使`): where the word is
 * the lexicon's reading there, no word running into its first character from before (`存在华人`)
 * and none starting at 华 (`华人`, `华为`). Only with the lexicon.
 */
function chinaByHua(text: string, out: Found[], longestWord: EntityOptions['longestWord']): void {
  if (!longestWord) return;
  for (let i = text.indexOf('华', 1); i >= 0; i = text.indexOf('华', i + 1)) {
    if (!CHINA_BY_HUA_BEFORE.has(text[i - 1]!) || longestWord(text, i - 1, i + 1) !== i + 1 || longestWord(text, i, Math.min(text.length, i + 4)) > 0) continue;
    if (i >= 2 && longestWord(text, i - 2, i + 1) >= i) continue;
    out.push({ start: i, end: i + 1, type: 'place', value: 'china', keyed: KEY, rank: 3 });
  }
}

/** Paired one-character country abbreviations: `俄中两国` → Russia, China. */
function pairedCountries(text: string, out: Found[]): void {
  for (let i = 0; i + 2 < text.length; i++) {
    if (!hasCode(COUNTRY_ABBREVIATION_CODES, text.charCodeAt(i)) || !hasCode(COUNTRY_ABBREVIATION_CODES, text.charCodeAt(i + 1))) continue;
    const a = ZH_COUNTRY_ABBREVIATIONS.get(text[i]!);
    const b = ZH_COUNTRY_ABBREVIATIONS.get(text[i + 1]!);
    if (!a || !b || a === b || !PAIR_AFTER.test(text.slice(i + 2, i + 4))) continue;
    out.push({ start: i, end: i + 1, type: 'place', value: a, keyed: KEY, rank: 3 });
    out.push({ start: i + 1, end: i + 2, type: 'place', value: b, keyed: KEY, rank: 3 });
    i++;
  }
}

/**
 * What follows a run of province abbreviations that names a region or a route of them: a word
 * for the places together (`两地`, `三省`, `地区`), their joint work (`协同`, `一体化`, `合作`, `共建`, `联手`), a
 * region's kind (`城市群`, `经济圈`, `大湾区`, `高原`), a route (`高铁`, `铁路`, `航线`), or the
 * people of them (`同胞`, `居民`).
 */
const PROVINCE_RUN_AFTER = /^(?:[两三四五]地|[两三四五]省(?:区|市|份)?|两市|地区|区域|协同|一体化|合作|共建|共同|联合|联手|携手|毗邻|交界|边界|城市群|经济圈|经济区|经济带|双城|大湾区|湾区|高原|盆地|高铁|高速|铁路|公路|航线|通道|走廊|同胞|居民|两岸)/;

/** Province abbreviations that mean something else as often (a new…, a stage, green, cloud, precious, lucky, black, sweet): a run of three or more holding one needs a word after it all the same. */
const COMMON_PROVINCE_CHARACTERS = new Set('新台青云贵吉黑甘'.split(''));

/** The key of each province abbreviation: its full name's (`京` → beijing). */
const PROVINCE_KEYS: ReadonlyMap<string, string> = new Map([...ZH_PROVINCE_ABBREVIATIONS].map(([c, name]) => [c, chinesePlaceKey(name)!]));

/** The province abbreviations' codes (each is one UTF-16 unit): most characters start no run. */
const PROVINCE_ABBREVIATION_CODES = codeBits([...PROVINCE_KEYS.keys()].map((c) => c.charCodeAt(0)));

/**
 * Runs of province abbreviations that name their provinces together (`京津冀` → Beijing, Tianjin,
 * Hebei; `川渝地区`, `京沪高铁`, `港澳`, `港澳台`): each character a place, keyed as the full name
 * (`ZH_PROVINCE_ABBREVIATIONS`). A run of two needs a word after it (`PROVINCE_RUN_AFTER`), save
 * `港澳`, a word of its own (CC-CEDICT: Hong Kong and Macao); so does a run of three or more that
 * holds a character in common use (`COMMON_PROVINCE_CHARACTERS`).
 */
function provinceRuns(text: string, out: Found[]): void {
  for (let i = 0; i + 1 < text.length; i++) {
    if (!hasCode(PROVINCE_ABBREVIATION_CODES, text.charCodeAt(i)) || !hasCode(PROVINCE_ABBREVIATION_CODES, text.charCodeAt(i + 1))) continue;
    let end = i + 2;
    while (end < text.length && end - i < 5 && hasCode(PROVINCE_ABBREVIATION_CODES, text.charCodeAt(end))) end++;
    const run = text.slice(i, end);
    const keys = [...run].map((c) => PROVINCE_KEYS.get(c)!);
    // Two short names of one province (`黔` and `贵`) in a run name no two provinces.
    const distinct = new Set(keys).size === keys.length;
    const cued = PROVINCE_RUN_AFTER.test(text.slice(end, end + 3));
    const common = [...run].some((c) => COMMON_PROVINCE_CHARACTERS.has(c));
    if (distinct && (cued || run.startsWith('港澳') || (run.length >= 3 && !common))) {
      for (let k = 0; k < run.length; k++) out.push({ start: i + k, end: i + k + 1, type: 'place', value: keys[k]!, keyed: KEY, rank: 3 });
    }
    i = end - 1;
  }
}

/**
 * Characters that do not end a Chinese given name: particles, measure words, time words, and the
 * adverbs that stand between a subject and its verb (`荣耀还宣布`, `公司将推出`, `已`, `又`).
 */
const NOT_IN_GIVEN_NAME = new Set('了的着过们吨后前里上下中个章任套醒之一二三四五六七八九十几些时年月日号说是在和与也都就还還将將已又'.split(''));

/** Punctuation after a name: a stop or a comma, a closing quote or bracket, and an opening bracket of a note on the person (`辜成允（71歲）`, `林志明（Peter Lam）`). */
const AFTER_PUNCTUATION = /^[，,、。；;：:！!？?）)”」』（(]/;
/** Words a person's name is often followed by: speech and action verbs of news, the adverbs that open a predicate (`特别指出`), `年仅` (aged only), punctuation. */
const AFTER_PERSON = /^(?:表示|说|指出|认为|介绍|强调|称|透露|坦言|告诉|回忆|解释|补充|希望|呼吁|建议|主持|出席|参加|会见|会晤|访问|邀请|发表|宣布|等人|先生|女士|同志|教授|博士|视察|考察|调研|参观|看望|慰问|接见|听取|签署|率团|率领|致辞|讲话|发言|回答|答复|通报|批评|赞扬|称赞|祝贺|致电|致函|宣读|出访|抵达|到访|前往|会谈|通话|年仅|现年|特别|再次|随即|当即|亲自|同时|首先|一直|多次|明确|专门|公开|正式|日前)/;

/**
 * Proper nouns segmentit tags (person nr, place ns, org nt), checked against the surname
 * list, with a name-like given part, and with a cue right after: a speech verb for
 * two-character names (`张立表示`), since two characters are so often an ordinary word;
 * a verb, a function word or punctuation for longer ones.
 */
function taggedNames(text: string, tokens: ReturnType<typeof segmentWithOffsets>, out: Found[]): void {
  for (const token of tokens) {
    const p = token.p ?? 0;
    const w = token.w;
    if (![...w].every(isHan)) continue;
    if (p & POS.person) {
      const surname = chineseSurnameAt(w, 0, w.length === 3);
      if (!surname) continue;
      const given = w.slice(surname.length);
      const maxLength = ZH_SURNAMES_DOUBLE.has(surname) ? 4 : 3;
      if (!given || w.length > maxLength || [...given].some((c) => NOT_IN_GIVEN_NAME.has(c))) continue;
      const after = text.slice(token.end, token.end + 2);
      const cue = AFTER_PERSON.test(after) || (w.length > 2 && (AFTER_PUNCTUATION.test(after) || ZH_AFTER_NAME.some((x) => after.startsWith(x))));
      if (!cue) continue;
      out.push({ start: token.start, end: token.end, type: 'person', value: w, keyed: PERSON_NAME, rank: 4 });
    } else if (p & POS.place && w.length >= 3 && /[省市县州镇]$/.test(w)) {
      const key = chinesePlaceKey(w) ?? pinyinWord(w.slice(0, -1));
      out.push({ start: token.start, end: token.end, type: 'place', value: key, keyed: KEY, rank: 4 });
    } else if (p & POS.org && w.length >= 3) {
      out.push({ start: token.start, end: token.end, type: 'org', value: w, keyed: ORG_NAME, rank: 4 });
    }
  }
}

/** Bits of a character's mark in `resolve`: a kept candidate covers it, a title span blocks it. */
const TAKEN = 1;
const BLOCKED = 2;

/**
 * Keeps the best non-overlapping candidates: lower rank first, then longer, then earlier.
 * Title spans block the weaker (rank 3 and up) candidates. Linear in the text's length
 * plus the candidates' total length. Sorts `found` in place.
 */
function resolve(length: number, found: Found[], blockers: [number, number][]): FactCandidate[] {
  if (found.length === 0) return [];
  found.sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One table of marks for both tests: a typed array costs far more to make than to fill.
  const marks = new Uint8Array(length);
  for (const [s, e] of blockers) marks.fill(BLOCKED, s, e);
  const kept: Found[] = [];
  for (const c of found) {
    const mask = c.rank < 3 ? TAKEN : TAKEN | BLOCKED;
    let free = true;
    // Past the text's end nothing is free.
    for (let i = c.start; i < c.end && free; i++) free = i < length && (marks[i]! & mask) === 0;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) marks[i]! |= TAKEN;
    kept.push(c);
  }
  return kept
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, type, value, keyed }) => ({ kind: 'entity' as const, start, end, value: keyOf(value, keyed), type }));
}

/** The key of a candidate's `value` (`Found`). */
function keyOf(value: string, keyed: Found['keyed']): string {
  if (keyed === PERSON_NAME) return chinesePersonKey(value);
  return keyed === ORG_NAME ? chineseOrgKey(value) : value;
}

/**
 * People, places and organizations in Chinese text, as entity candidates whose value
 * is a language-independent key (`张立` → `zhang li`, `重庆市` → `chongqing`,
 * `中国工商银行` → `icbc`). Rules (titles, surnames, transliteration, gazetteer,
 * organization suffixes) come first; segmentit's proper-noun tags fill in the rest.
 * Traditional characters are folded to simplified ones first (offsets stay the same).
 * Non-overlapping, sorted by start.
 */
export function extractEntities(original: string, options: EntityOptions = {}): FactCandidate[] {
  if (!HAN.test(original)) return [];
  const text = foldTraditional(original);
  const found: Found[] = [];
  const titles: [number, number][] = [];
  const tokens = options.deep ? segmentWithOffsets(text) : [];
  // Without segmentit's words (not `deep`) no place starts inside one and no proper noun ends
  // anywhere: no tables for them.
  const inside = tokens.length > 0 ? new Uint32Array(text.length + 1) : undefined;
  const properEnds = tokens.length > 0 ? new Map<number, number>() : undefined;
  for (const t of tokens) {
    if (t.end - t.start >= 2) inside!.fill(t.end, t.start + 1, t.end);
    if ((t.p ?? 0) & (POS.place | POS.org | POS.other) && t.w.length >= 2 && isHan(t.w[0])) properEnds!.set(t.end, t.start);
  }
  listedPeople(text, found);
  transliteratedNames(text, found, options.longestWord);
  undottedTransliterations(text, found, options.longestWord);
  titledPeople(text, found, titles, options.longestWord);
  agedPeople(text, found, options.longestWord);
  knownOrganizations(text, found, options.longestWord);
  suffixedOrganizations(text, found, properEnds, options.longestWord);
  branchCampuses(text, found);
  gazetteerPlaces(text, found, inside, options.longestWord);
  districtsBeforeSharedSuffix(text, found);
  divisionPlaces(text, found);
  spokenPeople(text, found);
  peopleBeforeTitles(text, found, options.longestWord);
  namesInLists(text, found, options.longestWord);
  withheldNames(text, found);
  pairedCountries(text, found);
  sidedCountries(text, found);
  chinaByHua(text, found, options.longestWord);
  provinceRuns(text, found);
  transliterationsAmongPlaces(text, found);
  taggedNames(text, tokens, found);
  return resolve(text.length, withoutZones(text, found), titles);
}

/**
 * The names found but the places named as a time zone (`北京时间`, `当地时间` folded from
 * `當地時間`): a clock's zone, read with its time (`Beijing time` too), is no mention of the place.
 */
function withoutZones(text: string, found: Found[]): Found[] {
  if (!text.includes('时间')) return found;
  return found.filter((f) => f.type !== 'place' || !text.startsWith('时间', f.end));
}
