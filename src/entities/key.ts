/**
 * Language-independent keys for entity names: the same person, place or organization
 * gets the same key whether it is written in English or in Chinese.
 */
import type { EntityType, Lang } from '../types.js';
import { chinesePlaceKey, englishPlaceKey, normalizeEnglish, plainWordPlaceKey, CHINESE_PLACE_NAMES } from './gazetteer.js';
import { PINYIN_SURNAMES } from './names.js';
import {
  ORG_GLOSSARY,
  ORG_KEY_DROP,
  ORG_KEY_FOLD,
  ZH_FIELD_JOINS,
  ZH_ORG_SUFFIXES,
  chineseOrgAlias,
  englishOrgAlias,
  CHINESE_ORG_NAMES,
  EN_ORG_HEADS,
} from './organizations.js';
import { chinesePersonKey, isPinyinWord, isRomanizedSyllable, looksTransliterated, pinyinWord } from './romanize.js';
import { chineseSurnameAt } from './names.js';
import { foldTraditional } from './traditional.js';
import { properNoun } from '../lexicon/proper-nouns.js';
import { longestLength } from '../memo.js';

/**
 * The key of an entity name in the given language. Persons: pinyin with the surname
 * first (`张立`, `Zhang Li`, `Li Zhang` → `zhang li`); places: the gazetteer's English
 * name (`重庆市`, `Chongqing` → `chongqing`); organizations: a well-known abbreviation
 * (`中国工商银行`, `Industrial and Commercial Bank of China` → `icbc`) or else the sorted
 * English words of the name, Chinese translated word by word (`香港软件行业协会` →
 * `association hong industry kong software`). Without `type`, it is guessed.
 */
export function entityKey(name: string, lang: Lang, type?: EntityType): string {
  return lang === 'zh' ? chineseKey(name, type) : englishKey(name, type);
}

function chineseKey(name: string, type?: EntityType): string {
  const text = foldTraditional(name.trim());
  if (type === 'person') return (looksTransliterated(text) ? dictionaryPersonKey(name.trim()) : undefined) ?? chinesePersonKey(text);
  if (type === 'place') return chinesePlaceKey(text) ?? dictionaryPlaceKey(name.trim()) ?? pinyinWord(text.replace(/(省|市|县|区)$/, ''));
  if (type === 'org') return chineseOrgKey(text);
  const org = chineseOrgAlias(text);
  if (org) return org;
  const place = chinesePlaceKey(text) ?? dictionaryPlaceKey(name.trim());
  if (place) return place;
  if (looksTransliterated(text) || (chineseSurnameAt(text, 0) && text.length <= 3)) return chinesePersonKey(text);
  return chineseOrgKey(text);
}

/** The English name CC-CEDICT gives a proper noun, in the script it is written in or folded to simplified characters. */
function cedictProperNoun(name: string): string | undefined {
  return properNoun(name) ?? properNoun(foldTraditional(name));
}

/**
 * The English name CC-CEDICT gives an organization (`财政部` Ministry of Finance, `香港金融管理局`
 * Hong Kong Monetary Authority), without the country CEDICT adds (`PRC Ministry of Transport`),
 * or undefined: a proper noun whose English has a head noun of an organization.
 */
export function cedictOrgName(name: string): string | undefined {
  const english = cedictProperNoun(name);
  if (!english || !ORG_HEAD.test(english)) return undefined;
  return english.replace(/^PRC /, '').replace(/ of the PRC$/, '');
}

/** Head nouns of organizations' English names. */
const ORG_HEAD = /\b(?:Ministry|Bureau|Administration|Commission|Committee|Department|Bank|Authority|Agency|Office|Council|Cent(?:er|re)|University|Institute|Academy|Association|Federation|Corporation|Company|Group|Court|Procuratorate|Exchange|Museum|Hospital|College|Society|Party|Army|Organization)\b/;

/** A place CC-CEDICT names (`华沙` Warsaw, `達姆施塔特` if listed): the English name's key. */
function dictionaryPlaceKey(name: string): string | undefined {
  const english = cedictProperNoun(name);
  if (!english || english.split(' ').length > 3) return undefined;
  return englishPlaceKey(english) ?? normalizeEnglish(english);
}

/** A foreign person CC-CEDICT names (`默克尔` Angela Merkel): the English name's key. */
function dictionaryPersonKey(name: string): string | undefined {
  const english = cedictProperNoun(name);
  if (!english || english.split(' ').length > 3) return undefined;
  return englishPersonKey(normalizeEnglish(english));
}

function englishKey(name: string, type?: EntityType): string {
  // Tests of the end and the start and slices: most names have neither, and a replace would scan each for nothing.
  const normal = normalizeEnglish(name);
  const owner = normal.endsWith("'s") ? normal.slice(0, -2) : normal;
  const text = owner.startsWith('the ') ? owner.slice(4) : owner;
  if (type === 'person') return englishPersonKey(text);
  if (type === 'place') return englishPlaceKey(text) ?? text;
  if (type === 'org') return englishOrgAlias(text) ?? englishOrgKey(text);
  const words = text.split(' ');
  const orgLike = words.length > 3 || words.some((w) => EN_ORG_HEADS.has(w));
  return englishOrgAlias(text) ?? englishPlaceKey(text) ?? (orgLike ? englishOrgKey(text) : englishPersonKey(text));
}

/**
 * Person keys from English: lower case; a given name of two romanized syllables keeps its
 * hyphen (`Tsai Ing-wen` → `tsai ing-wen`, `Sun Wen-long` → `sun wen-long`; `entityMatch` reads
 * it by sound against the pinyin `cai yingwen`, `sun wenlong`), other hyphens of pinyin words
 * are closed; a given-name-first Chinese name is turned surname-first (`Wenlong Sun` → `sun
 * wenlong` when only the last word is a surname, `Ing-wen Tsai` → `tsai ing-wen`).
 */
function englishPersonKey(text: string): string {
  const words = text
    .replace(/\b(mr|mrs|ms|dr|prof)\.? /g, '')
    .replace(/[^a-z' -]/g, '')
    .split(' ')
    .filter(Boolean);
  // A word without a hyphen is kept as it is either way: only hyphenated ones are read.
  const closed = words.map((w) => (w.includes('-') && !isHyphenatedGivenName(w) && isPinyinWord(w.replace(/-/g, '')) ? w.replace(/-/g, '') : w));
  if (closed.length === 2) {
    const [first, last] = closed as [string, string];
    if (PINYIN_SURNAMES.has(last) && !PINYIN_SURNAMES.has(first) && isPinyinWord(first) && isPinyinWord(last)) {
      return `${last} ${first}`;
    }
    // A hyphenated romanized given name first (`Ing-wen Tsai` → `tsai ing-wen`).
    if (isHyphenatedGivenName(first) && !last.includes('-') && isRomanizedSyllable(last)) return `${last} ${first}`;
  }
  return closed.join(' ');
}

/** Two romanized syllables joined by a hyphen (`ing-wen`, `chun-ying`). */
function isHyphenatedGivenName(word: string): boolean {
  const halves = word.split('-');
  return halves.length === 2 && halves.every(isRomanizedSyllable);
}

/** Head nouns that Chinese renders as one suffix (研究院, 委员会), which English names choose between. */
const RESEARCH_HEADS = new Set(['institute', 'center']);

/**
 * Folds, drops and sorts the English words of an organization name into its key: a one-word
 * place as the gazetteer keys it (`Kiev` → `kyiv`), and `research` dropped beside an institute
 * or a center (研究院 is a research institute in one name, an academy or institute in another).
 */
export function orgWordsKey(words: readonly string[]): string {
  const out: string[] = [];
  // `City University of Hong Kong`, `City College`: a name opening on `city` before its head word
  // holds it as a word of its own, no level of government (`Chengdu City Government`).
  if (words[0] === 'city' && words[1] !== undefined && EN_ORG_HEADS.has(words[1])) out.push('city');
  for (const raw of words) {
    // Most words are small letters and digits already (`software`, `hong`): no split nor
    // clean-up makes a string of them.
    if (isPlainWord(raw)) addOrgWord(raw, out);
    else for (const part of raw.split(/[\s-]+/)) addOrgWord(part.replace(/[^a-z0-9]/g, ''), out);
  }
  const kept = out.some((w) => RESEARCH_HEADS.has(w)) ? out.filter((w) => w !== 'research') : out;
  return sortWords(kept).join(' ');
}

/**
 * A British spelling as American English and CC-CEDICT's glosses write it (`harbour` harbor,
 * `labour` labor, `theatre` theater, `fibre` fiber): -our after b, l, n, v, m or i, and -tre, -bre
 * after a consonant, in words of six letters or more (not `detour`, `flour`, `acre`).
 */
export function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  if (/(?:[blnvm]|i)our$/.test(word)) return `${word.slice(0, -3)}or`;
  if (/[^aeiou][tb]re$/.test(word)) return `${word.slice(0, -2)}er`;
  return word;
}

/** Adds the key words of `word` (ASCII small letters and digits) to `out`: none if dropped, else its fold. */
function addOrgWord(word: string, out: string[]): void {
  if (!word || ORG_KEY_DROP.has(word)) return;
  const folded = ORG_KEY_FOLD.get(word) ?? plainWordPlaceKey(word) ?? americanSpelling(word);
  if (!folded.includes(' ')) out.push(folded);
  // A fold of several words adds those the key lacks (`korea` of 韩国, keyed `south korea`, adds no second `south`).
  else for (const piece of folded.split(' ')) if (!out.includes(piece)) out.push(piece);
}

/** Lists of up to this many words are sorted by insertion (`sortWords`). */
const FEW_WORDS = 16;

/**
 * Sorts `words` in place as `sort()` orders strings (by UTF-16 code units) and returns it. The
 * few words of a name are moved into place one by one: `sort()` would copy the list first, for
 * every name of a text. A longer list (a run of capitals read as one name) is left to `sort()`.
 */
export function sortWords(words: string[]): string[] {
  if (words.length > FEW_WORDS) return words.sort();
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    let at = i;
    while (at > 0 && words[at - 1]! > word) {
      words[at] = words[at - 1]!;
      at--;
    }
    words[at] = word;
  }
  return words;
}

/** Whether `word` is one or more ASCII small letters and digits. */
function isPlainWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return false;
  }
  return true;
}

function englishOrgKey(text: string): string {
  return orgWordsKey(text.split(' '));
}

/** Longest-first dictionary of the pieces Chinese organization names are built from. */
const ORG_PIECES: ReadonlyMap<string, string> = (() => {
  const pieces = new Map<string, string>();
  for (const [zh, { en }] of ORG_GLOSSARY) pieces.set(zh, en);
  for (const [zh, en] of ZH_ORG_SUFFIXES) pieces.set(zh, en);
  for (const zh of CHINESE_PLACE_NAMES) pieces.set(zh, chinesePlaceKey(zh)!);
  for (const zh of CHINESE_ORG_NAMES) pieces.set(zh, chineseOrgAlias(zh)!);
  return pieces;
})();
/**
 * The English of the pieces that is more than one plain word (`hong kong`, `research institute`),
 * split as `orgWordsKey` splits it: a name's pieces then reach `orgWordsKey` as plain words, which it
 * takes as they are, with no pattern run over them again for every name.
 */
const PIECE_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const split = new Map<string, readonly string[]>();
  for (const [zh, en] of ORG_PIECES) {
    if (!isPlainWord(en)) split.set(zh, en.split(/[\s-]+/).map((part) => part.replace(/[^a-z0-9]/g, '')));
  }
  return split;
})();
const PLACE_NAME_SET = new Set(CHINESE_PLACE_NAMES);
const MAX_PIECE = longestLength(ORG_PIECES.keys());
/**
 * For each UTF-16 code that starts a piece, the lengths of the pieces it starts, as bits (lengths
 * of 31 and more share bit 31): `chineseOrgKey` slices only lengths some piece has.
 */
const PIECE_LENGTHS_BY_FIRST: ReadonlyMap<number, number> = (() => {
  const lengths = new Map<number, number>();
  for (const piece of ORG_PIECES.keys()) {
    const first = piece.charCodeAt(0);
    lengths.set(first, (lengths.get(first) ?? 0) | pieceLengthBit(piece.length));
  }
  return lengths;
})();

/** Whether a UTF-16 code is 省, 市 or 县 (U+7701, U+5E02, U+53BF), read without a string of the rest. */
const isDivisionCode = (code: number): boolean => code === 0x7701 || code === 0x5e02 || code === 0x53bf;

/** The bit of a piece's length in `PIECE_LENGTHS_BY_FIRST`. */
function pieceLengthBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/**
 * The key of a Chinese organization name: a well-known alias, or its pieces translated
 * left to right by longest match (places with their `省`/`市`), unknown characters as pinyin.
 */
export function chineseOrgKey(name: string): string {
  const alias = chineseOrgAlias(name);
  if (alias) return alias;
  // An organization CC-CEDICT names in English: the English name's key, as the English side writes it.
  const english = name.length >= 3 ? cedictOrgName(name) : undefined;
  if (english) return englishKey(english, 'org');
  const words: string[] = [];
  let unknown = '';
  for (let i = 0; i < name.length; ) {
    let found = '';
    const lengths = PIECE_LENGTHS_BY_FIRST.get(name.charCodeAt(i)) ?? 0;
    for (let len = lengths === 0 ? 0 : Math.min(MAX_PIECE, name.length - i); len >= 1; len--) {
      if ((lengths & pieceLengthBit(len)) === 0) continue;
      const piece = name.slice(i, i + len);
      if (ORG_PIECES.has(piece)) {
        found = piece;
        break;
      }
    }
    if (!found) {
      // 和, 与, 及 and Macao's 暨 join two fields of one body (文化和旅游局, 統計暨普查局): `and`, which keys drop
      if (unknown === '' && i > 0 && ZH_FIELD_JOINS.includes(name[i]!)) {
        i++;
        continue;
      }
      unknown += name[i]!;
      i++;
      continue;
    }
    if (unknown) words.push(unknownOrgWord(unknown));
    unknown = '';
    const split = PIECE_WORDS.get(found);
    if (split === undefined) words.push(ORG_PIECES.get(found)!);
    else for (const word of split) words.push(word);
    i += found.length;
    if (PLACE_NAME_SET.has(found) && isDivisionCode(name.charCodeAt(i)) && !ORG_PIECES.has(name.slice(i, i + 2))) i++;
  }
  if (unknown) words.push(unknownOrgWord(unknown));
  return orgWordsKey(words);
}

/**
 * The word of an organization's own name, which no piece table holds: the English name CC-CEDICT
 * gives it where that is one word (`腾讯` Tencent, `百度` Baidu, as the English writes the
 * company), else its pinyin (`腾讯` would be `tengxun`, which no English page writes).
 */
function unknownOrgWord(chars: string): string {
  const english = chars.length >= 2 ? cedictProperNoun(chars) : undefined;
  return english && /^[A-Z][a-z]+$/.test(english) ? english.toLowerCase() : pinyinWord(chars);
}
