/**
 * Language-independent keys for entity names: the same person, place or organization
 * gets the same key whether it is written in English or in Chinese.
 */
import type { EntityType, Lang } from '../types.js';
import { chinesePlaceKey, englishPlaceKey, normalizeEnglish, CHINESE_PLACE_NAMES } from './gazetteer.js';
import { PINYIN_SURNAMES } from './names.js';
import {
  ORG_GLOSSARY,
  ORG_KEY_DROP,
  ORG_KEY_FOLD,
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

/** A place CC-CEDICT names (`华沙` Warsaw, `達姆施塔特` if listed): the English name's key. */
function dictionaryPlaceKey(name: string): string | undefined {
  const english = properNoun(name) ?? properNoun(foldTraditional(name));
  if (!english || english.split(' ').length > 3) return undefined;
  return englishPlaceKey(english) ?? normalizeEnglish(english);
}

/** A foreign person CC-CEDICT names (`默克尔` Angela Merkel): the English name's key. */
function dictionaryPersonKey(name: string): string | undefined {
  const english = properNoun(name) ?? properNoun(foldTraditional(name));
  if (!english || english.split(' ').length > 3) return undefined;
  return englishPersonKey(normalizeEnglish(english));
}

function englishKey(name: string, type?: EntityType): string {
  const text = normalizeEnglish(name)
    .replace(/'s$/, '')
    .replace(/^the /, '');
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
  const closed = words.map((w) => (!isHyphenatedGivenName(w) && isPinyinWord(w.replace(/-/g, '')) ? w.replace(/-/g, '') : w));
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
  for (const raw of words) {
    for (const part of raw.split(/[\s-]+/)) {
      const word = part.replace(/[^a-z0-9]/g, '');
      if (!word || ORG_KEY_DROP.has(word)) continue;
      const folded = ORG_KEY_FOLD.get(word) ?? englishPlaceKey(word) ?? word;
      for (const piece of folded.split(' ')) out.push(piece);
    }
  }
  const kept = out.some((w) => RESEARCH_HEADS.has(w)) ? out.filter((w) => w !== 'research') : out;
  return kept.sort().join(' ');
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
const PLACE_NAME_SET = new Set(CHINESE_PLACE_NAMES);
const MAX_PIECE = longestLength(ORG_PIECES.keys());

/**
 * The key of a Chinese organization name: a well-known alias, or its pieces translated
 * left to right by longest match (places with their `省`/`市`), unknown characters as pinyin.
 */
export function chineseOrgKey(name: string): string {
  const alias = chineseOrgAlias(name);
  if (alias) return alias;
  const words: string[] = [];
  let unknown = '';
  for (let i = 0; i < name.length; ) {
    let found = '';
    for (let len = Math.min(MAX_PIECE, name.length - i); len >= 1; len--) {
      const piece = name.slice(i, i + len);
      if (ORG_PIECES.has(piece)) {
        found = piece;
        break;
      }
    }
    if (!found) {
      unknown += name[i]!;
      i++;
      continue;
    }
    if (unknown) words.push(pinyinWord(unknown));
    unknown = '';
    words.push(ORG_PIECES.get(found)!);
    i += found.length;
    if (PLACE_NAME_SET.has(found) && /^[省市县]/.test(name.slice(i)) && !ORG_PIECES.has(name.slice(i, i + 2))) i++;
  }
  if (unknown) words.push(pinyinWord(unknown));
  return orgWordsKey(words);
}
