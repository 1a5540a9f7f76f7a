/**
 * Fuzzy comparison of entity keys: exact keys match, organization keys are compared
 * as word multisets, and person keys also phonetically, so a transliteration's pinyin
 * (`walunting makaluofu`) meets the English spelling (`valentin makarov`).
 */
import type { EntityType, Fact } from '../types.js';
import { memoized } from '../memo.js';
import { givenSyllable, isPinyinWord, isRomanizedSyllable, splitPinyin, splitRomanized, transliterationSyllables } from './romanize.js';
import { cantoneseOnly, cantoneseSyllableMatches } from './cantonese.js';
import { CANTONESE_SURNAMES, PINYIN_SURNAMES, spellsSurname } from './names.js';
import { foreignLetters, transliterationScore } from './transliteration.js';
import { gazetteerKey } from './gazetteer.js';
import { orgNamesOfKey } from './organizations.js';

/**
 * A consonant skeleton of a romanized name: sounds Chinese transliteration merges are
 * merged (v/w/f/b/p, l/r, k/g/c/q, t/d, s/z/x/j/ts), vowels dropped, repeats collapsed.
 */
export function phoneticCode(text: string): string {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
    .map((word) => wordCode(word))
    .join('');
}

/** A word's skeleton, kept by word: names recur through a text. */
const wordCode = memoized(skeleton);

function skeleton(word: string): string {
  // Pinyin j and q stand for the k, g and ch of other languages before i (基 ji for -ki,
  // 吉 ji for gi, 奇 qi for chi): they become J, which meets s and k alike; x is s or sh;
  // the syllable wu is the vowel u (乌 for u in Mateusz = 马泰乌什).
  // English x is ks, kh (Russian) is heard as h, w after a vowel and before no vowel is a vowel (Lawler = 劳勒
  // laole), an r before a consonant or at the end is silent in transliteration (Robert =
  // 罗伯特 luobote, Peter = 彼得 bide), Slavic -cki/-cky/-cka end in ts-k (Morawiecki =
  // 莫拉维茨基), and c is s before e, i, y and k elsewhere (Macron = 马克龙).
  const pinyin = isPinyinWord(word);
  const w = pinyin
    ? word.replace(/wu/g, 'u').replace(/[jq]/g, 'J')
    : word
        .replace(/x/g, 'ks')
        .replace(/kh/g, 'h')
        .replace(/(?<=[aeiou])w(?![aeiouy])/g, '')
        .replace(/r(?=[^aeiouy]|$)/g, '')
        .replace(/ck(?=[iya]$)/g, 'sk')
        .replace(/cz/g, 's');
  const s = w
    .replace(/zh|ch|j|tch|tsch|ts|tz|sch|sh|x|z/g, 's')
    .replace(/ng/g, 'n')
    .replace(/ph|v|w|b|p/g, 'f')
    .replace(/ck|q|g|k/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, pinyin ? 's' : 'k')
    .replace(/r/g, 'l')
    .replace(/d/g, 't')
    .replace(/h/g, '')
    .replace(/[aeiouy]/g, '');
  return s.replace(/(.)\1+/g, '$1');
}

/** Cost of putting `b` for `a` in a skeleton: J (pinyin j, q, x) meets s and k cheaply. */
function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if ((a === 'J' && (b === 's' || b === 'k')) || (b === 'J' && (a === 's' || a === 'k'))) return 0.3;
  return 1;
}

/** Cost of a skeleton sound with nothing on the other side: n comes and goes with Chinese finals (-n, -ng). */
function gap(c: string): number {
  return c === 'n' ? 0.5 : 1;
}

function editDistance(a: string, b: string): number {
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push(prev[j - 1]! + gap(b[j - 1]!));
  for (let i = 1; i <= a.length; i++) {
    const row = [prev[0]! + gap(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      row.push(Math.min(prev[j]! + gap(a[i - 1]!), row[j - 1]! + gap(b[j - 1]!), prev[j - 1]! + substitution(a[i - 1]!, b[j - 1]!)));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Similarity in 0..1 of two strings by edit distance. */
function stringSimilarity(a: string, b: string): number {
  if (!a && !b) return 1;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

/**
 * An acronym against the key of a name of as many words with those initials, 0.9 (`ons` ~
 * `national office statistics`, the key of `Office for National Statistics`; `nbs` ~ `国家统计局`):
 * organization keys are sorted words, so the initials are compared as multisets. Else 0.
 */
function acronymMatch(a: string, b: string): number {
  const [short, long] = a.includes(' ') ? [b, a] : [a, b];
  if (short.includes(' ') || !/^[a-z]{3,6}$/.test(short) || isPinyinWord(short)) return 0;
  const words = long.split(' ');
  if (words.length !== short.length) return 0;
  const initials = words.map((w) => w[0] ?? '').sort().join('');
  return initials === [...short].sort().join('') ? 0.9 : 0;
}

/** Dice overlap in 0..1 of two keys' word multisets. */
function wordOverlap(a: string, b: string): number {
  const left = a.split(' ').filter(Boolean);
  const right = b.split(' ').filter(Boolean);
  if (!left.length || !right.length) return 0;
  const pool = [...right];
  let shared = 0;
  for (const word of left) {
    const at = pool.indexOf(word);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * How likely two entity keys (say the English and the Chinese one) name the same entity,
 * in 0..1: 1 for equal keys; otherwise the better of word overlap and, for keys of one
 * to three words, phonetic similarity (`valentin makarov` ~ `walunting makaluofu` ≈ 1).
 * Phonetic matches of short skeletons are damped, since they prove little; two Chinese
 * names in pinyin (surname first) are spelled the same way on both sides and must be equal.
 * A one-word name against a full name scores at most 0.85 (`habeck` ~ `luobote habeike`).
 */
export function entityMatch(a: string, b: string): number {
  if (a === b) return 1;
  // A memo of a pure function: a document names its people and places again and again;
  // emptied when it grows large.
  let row = MATCHES.get(a);
  if (row === undefined) {
    if (matchCount >= 50_000) {
      MATCHES.clear();
      matchCount = 0;
    }
    row = new Map();
    MATCHES.set(a, row);
  }
  let known = row.get(b);
  if (known === undefined) {
    known = keysMatch(a, b);
    row.set(b, known);
    matchCount++;
  }
  return known;
}

/** `entityMatch` already worked out, by first and second key. */
const MATCHES = new Map<string, Map<string, number>>();
let matchCount = 0;

function keysMatch(a: string, b: string): number {
  let best = Math.max(wordOverlap(a, b), acronymMatch(a, b));
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  // A romanized Chinese name against a pinyin one is read syllable by syllable, not by skeleton.
  const romanized = romanizedNameMatch(wordsA, wordsB) ?? romanizedNameMatch(wordsB, wordsA);
  if (romanized !== undefined) return Math.round(Math.max(best, romanized) * 1000) / 1000;
  const chineseName = (words: string[]): boolean => PINYIN_SURNAMES.has(words[0]!) && words.every(isPinyinWord);
  const bothChinese = chineseName(wordsA) && chineseName(wordsB);
  // A given name of syllables written apart or joined (`qin shi huang`, `qin shihuang`) is one name.
  if (bothChinese && wordsA[0] === wordsB[0] && wordsA.join('') === wordsB.join('')) return 0.95;
  // A foreign name a translation renders by sound writes its r with an l (`Song Saran` 宋萨兰): one
  // surname, given names apart only there. Pinyin spells a Chinese name's r as r, so no Chinese
  // name the English writes in pinyin meets another so.
  if (bothChinese && wordsA[0] === wordsB[0] && wordsA.length > 1 && wordsA.join('').replace(/r/g, 'l') === wordsB.join('').replace(/r/g, 'l')) return 0.9;
  if (!bothChinese && wordsA.length <= 3 && wordsB.length <= 3) {
    const codeA = phoneticCode(a);
    const codeB = phoneticCode(b);
    const sameShape = wordsA.length === wordsB.length;
    let phonetic = stringSimilarity(codeA, codeB);
    if (sameShape) {
      const perWord = wordsA.map((w, i) => stringSimilarity(phoneticCode(w), phoneticCode(wordsB[i]!)));
      phonetic = perWord.reduce((a, b) => Math.min(a, b), phonetic) * 0.5 + phonetic * 0.5;
    } else if (Math.min(codeA.length, codeB.length) < 3) {
      phonetic *= 0.8;
    }
    const damp = Math.min(1, Math.min(codeA.length, codeB.length) / 5);
    best = Math.max(best, phonetic * (0.6 + 0.4 * damp));
    // One word against a full name: the surname alone (`Habeck` ~ `luobote habeike`).
    const [one, full] = wordsA.length === 1 ? [a, wordsB] : wordsB.length === 1 ? [b, wordsA] : [undefined, []];
    if (one !== undefined && full.length > 1) {
      const code = phoneticCode(one);
      const part = Math.max(stringSimilarity(code, phoneticCode(full[0]!)), stringSimilarity(code, phoneticCode(full[full.length - 1]!)));
      if (code.length >= 2) best = Math.max(best, part * 0.85);
    }
    best = Math.max(best, tableMatch(wordsA, wordsB), spellingMatch(wordsA, wordsB));
  }
  return Math.round(best * 1000) / 1000;
}

/**
 * A foreign name's spelling with the letters spellings of one name differ in folded (`Fischer`,
 * `Fisher` → `fisher`; `Johnson`, `Jonsson` → `jonson`): sch as sh, ck as k, ph as f, dt as t, tz
 * as z, w as v, y as i, an h after a consonant other than s dropped, doubled letters single, a
 * final e dropped.
 */
function spellingKey(word: string): string {
  return word
    .replace(/sch/g, 'sh')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/dt/g, 't')
    .replace(/tz/g, 'z')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(?<=[bcdfgjklmnpqrtvxz])h/g, '')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, '');
}

/** Whether two words are spellings of one name (`fischer` ~ `fisher`): equal spelling keys of four letters or more. */
function sameSpelling(a: string, b: string): boolean {
  if (a === b) return true;
  const key = spellingKey(a);
  return key.length >= 4 && key === spellingKey(b);
}

/**
 * Two names as spellings of each other, word by word (0.9), or one word as the first or last
 * word of the other (0.85): a dictionary's English name against another language's spelling.
 */
function spellingMatch(wordsA: readonly string[], wordsB: readonly string[]): number {
  if (wordsA.length === wordsB.length) return wordsA.every((w, i) => sameSpelling(w, wordsB[i]!)) ? 0.9 : 0;
  const [one, full] = wordsA.length === 1 ? [wordsA[0]!, wordsB] : wordsB.length === 1 ? [wordsB[0]!, wordsA] : [undefined, []];
  if (one === undefined || full.length < 2) return 0;
  return sameSpelling(one, full[0]!) || sameSpelling(one, full[full.length - 1]!) ? 0.85 : 0;
}

/** The transliteration tables' score of two words, whichever of them is the pinyin. */
function wordTableScore(a: string, b: string): number {
  return Math.max(transliterationScore(a, b), transliterationScore(b, a));
}

/**
 * Two names of one to three words by the transliteration tables (`shitaiyinmaier` ~
 * `steinmeier`): word by word when they have as many words (half the surname, the last word,
 * a quarter the weakest word, a quarter the mean: first names are rendered more loosely, 保罗
 * Paul), else one word against the first or last word of the other (`yuehanxun` ~ `chris
 * johnson`), at most 0.9.
 */
function tableMatch(wordsA: readonly string[], wordsB: readonly string[]): number {
  if (wordsA.length === wordsB.length) {
    const scores = wordsA.map((w, i) => wordTableScore(w, wordsB[i]!));
    const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
    const last = scores[scores.length - 1]!;
    return scores.length === 1 ? last : 0.5 * last + 0.25 * scores.reduce((a, b) => Math.min(a, b)) + 0.25 * mean;
  }
  const [one, full] = wordsA.length === 1 ? [wordsA[0]!, wordsB] : wordsB.length === 1 ? [wordsB[0]!, wordsA] : [undefined, []];
  if (one === undefined || full.length < 2) return 0;
  return 0.9 * Math.max(wordTableScore(one, full[0]!), wordTableScore(one, full[full.length - 1]!));
}

/**
 * The sound of one romanized syllable, spelled so that pinyin and Wade-Giles meet: the initial
 * as a class (affricates zh ch j q z c ts tz → C, sibilants x s sh hs → S, b p → P, d t → T,
 * g k kw → K; the glides y and w dropped), the final as pinyin writes it (Wade-Giles `ih`,
 * `ieh`, `ien`, `yen`, `ueh`, `uei`, `erh`, `ung`, `tzu`, Singapore `oo`, `ee`; `o` after K or h as
 * the `e` of pinyin `ke`, `he`). `hsien` and `xian` are both `Sian`.
 */
export function syllableSound(syllable: string): string {
  const m = /^(tsz|tz|ts|ss|sz|ch|zh|hs|sh|kw|gw|[bpmfdtnlgkhjqxrzcsyw])?(.*)$/.exec(syllable)!;
  const initial = m[1] ?? '';
  let final = m[2]!;
  if (/^(?:tsz|tz|ts|ss|sz)$/.test(initial) && (final === 'u' || final === '')) final = 'i';
  // Wade-Giles `yen` is pinyin `yan` (言, 諺, 燕): pinyin has no `yen`.
  if (initial === 'y' && final === 'en') final = 'an';
  final = final
    .replace(/^ih$/, 'i')
    .replace(/eh$/, 'e')
    .replace(/^ien$/, 'ian')
    .replace(/^uei$/, 'ui')
    .replace(/^erh$/, 'er')
    .replace(/ung$/, 'ong')
    .replace(/oo/, 'o')
    .replace(/^ee$/, 'i');
  const group = /^(?:tsz|tz|ts|ch|zh|j|q|z|c)$/.test(initial) ? 'C'
    : /^(?:ss|sz|hs|sh|x|s)$/.test(initial) ? 'S'
      : /^[bp]$/.test(initial) ? 'P'
        : /^[dt]$/.test(initial) ? 'T'
          : /^(?:kw|gw|g|k)$/.test(initial) ? 'K'
            : /^[yw]$/.test(initial) ? '' : initial;
  if ((group === 'K' || group === 'h') && final === 'o') final = 'e';
  return group + final;
}

/**
 * A Chinese name romanized with a hyphenated given name (`tsai ing-wen`, the key of `Tsai
 * Ing-wen`; `paul chan mo-po` with an English given name before it) against the pinyin key of a
 * Chinese name (`cai yingwen`), syllable by syllable by
 * `syllableSound`: half the surname, a quarter the weakest given syllable, a quarter the mean
 * (as `tableMatch` weighs), at most 0.7 unless the surnames sound alike. 0 when either is not of
 * that shape or the syllable counts differ.
 */
function romanizedNameMatch(written: readonly string[], pinyin: readonly string[]): number | undefined {
  // An English given name before the Chinese one, as Hong Kong and Taiwan names are often written
  // (`Paul Chan Mo-po` 陈茂波, `John Lee Ka-chiu` 李家超): the Chinese name is the last two words.
  const romanized = written.length === 3 && written[2]!.includes('-') && !written[0]!.includes('-') ? written.slice(1) : written;
  if (romanized.length !== 2 || pinyin.length !== 2 || !romanized[1]!.includes('-')) return undefined;
  const given = romanized[1]!.split('-').map(givenSyllable);
  if (!isRomanizedSyllable(romanized[0]!) || !given.every(isRomanizedSyllable)) return undefined;
  if (!PINYIN_SURNAMES.has(pinyin[0]!) || !isPinyinWord(pinyin[1]!)) return undefined;
  const surname = splitPinyin(pinyin[0]!, 1);
  const pinyinGiven = splitPinyin(pinyin[1]!, given.length);
  if (!surname || !pinyinGiven) return undefined;
  const similar = (x: string, y: string): number => stringSimilarity(syllableSound(x), syllableSound(y));
  const scores = given.map((g, i) => similar(g, pinyinGiven[i]!));
  const mean = scores.reduce((x, y) => x + y, 0) / scores.length;
  const family = similar(romanized[0]!, surname[0]!);
  // A Hong Kong spelling (a Cantonese surname, or a syllable only Cantonese spells so) is read
  // by the sound correspondences of `cantonese.ts`, every syllable (Lam Cheuk-ting ~ lin
  // zhuoting); failing them, by skeleton as other spellings are.
  if (CANTONESE_SURNAMES.has(romanized[0]!) || [romanized[0]!, ...given].some(cantoneseOnly)) {
    const all = [romanized[0]!, ...given];
    const pinyinAll = [surname[0]!, ...pinyinGiven];
    if (all.every((s, i) => cantoneseSyllableMatches(s, pinyinAll[i]!))) return 0.9;
    // A Cantonese surname that is not the Chinese one's (`Leung` 梁 against 林 lin) names another person.
    // A spelling the southern tables give that surname (`Lo` 盧 lu) is that surname.
    if (family < 1 && CANTONESE_SURNAMES.has(romanized[0]!) && !cantoneseSyllableMatches(romanized[0]!, surname[0]!) && !spellsSurname(romanized[0]!, surname[0]!)) {
      return Math.min(0.7, 0.5 * family + 0.5 * mean);
    }
    if (family < 1) return undefined;
  }
  const score = 0.5 * family + 0.25 * scores.reduce((a, b) => Math.min(a, b)) + 0.25 * mean;
  // Surnames one sound apart are other surnames (Chen 陈, Cheng 程; Sun 孙, Song 宋).
  return family < 1 ? Math.min(score, 0.7) : score;
}

/**
 * Whether two organizations of other keys, one of them a well-known body (`orgNamesOfKey`: `Tencent`),
 * share no word of their keys (`dunhuang institute`): a listed body is named by its own names, not
 * by a sound its key shares with another's.
 */
function wellKnownBodiesApart(a: EntityLike, b: EntityLike): boolean {
  if (a.type !== 'org' || b.type !== 'org' || a.value === b.value) return false;
  const [x, y] = [String(a.value), String(b.value)];
  if (orgNamesOfKey(x) === undefined && orgNamesOfKey(y) === undefined) return false;
  const words = new Set(x.split(' '));
  return !y.split(' ').some((w) => words.has(w));
}

/**
 * Whether two organizations of one kind, a name of one word each (`Nankai University` against
 * `南京大学`, nanjing university), are two by their names' syllables (`romanizedNamesApart`),
 * however near the keys' letters.
 */
export function organizationNamesApart(en: EntityLike, zh: EntityLike): boolean {
  if (en.type !== 'org' || zh.type !== 'org') return false;
  const a = String(en.value).split(' ');
  const b = String(zh.value).split(' ');
  if (a.length !== 2 || b.length !== 2) return false;
  const ownA = a.filter((w) => !b.includes(w));
  const ownB = b.filter((w) => !a.includes(w));
  return ownA.length === 1 && ownB.length === 1 && romanizedNamesApart(ownA[0]!, ownB[0]!) === true;
}

/**
 * Whether a romanized name (`nankai`) and the pinyin of a Chinese one (`nanjing`) are two names,
 * syllable by syllable: cut into as many syllables (the English in pinyin, Wade-Giles or Hong Kong
 * spellings), one syllable sounds the same and another is unlike its counterpart (nan and nan,
 * kai against jing), where the skeleton of the whole word, which drops vowels, finds them close.
 * Spellings of one name keep each syllable near (`Peking` pe-king against bei-jing, `Tsinghua`,
 * `Chengchi` against zhengzhi, `Kowloon` by the sounds of Cantonese); a name that shares no
 * syllable's sound (`Keio` 庆应, read in Japanese) is not weighed here. False when the two are
 * one name by their syllables, undefined when the syllables tell nothing.
 */
export function romanizedNamesApart(english: string, pinyin: string): boolean | undefined {
  let apart: boolean | undefined;
  for (let count = 1; count <= 4; count++) {
    const zh = splitPinyin(pinyin, count);
    const en = zh && splitRomanized(english, count);
    if (!zh || !en) continue;
    if (en.every((e, i) => syllablesAlike(e, zh[i]!))) return false;
    if (en.some((e, i) => syllableSound(e) === syllableSound(zh[i]!))) apart = true;
  }
  return apart;
}

/**
 * Whether a romanized word (`shihmen`, `maonshan`) spells the pinyin of a Chinese name (`shimen`,
 * `maanshan`) syllable by syllable, each one the same sound (Wade-Giles' `shih` is `shi`) or its
 * Cantonese spelling (`on` of 鞍): stricter than `romanizedNamesApart`, for words no rule read as a name.
 */
export function romanizedSpells(english: string, pinyin: string): boolean {
  for (let count = 1; count <= 4; count++) {
    const zh = splitPinyin(pinyin, count);
    if (!zh) continue;
    if (splitRomanized(english, count)?.every((e, i) => syllableSound(e) === syllableSound(zh[i]!) || cantoneseSyllableMatches(e, zh[i]!))) return true;
  }
  return false;
}

/** Two syllables of one name: near in sound (`pe`, `bei`; `king`, `jing`), or by the sounds of Cantonese. */
function syllablesAlike(english: string, pinyin: string): boolean {
  return cantoneseSyllableMatches(english, pinyin) || stringSimilarity(syllableSound(english), syllableSound(pinyin)) >= SYLLABLE_NEAR;
}

/** Similarity of two syllables' sounds from which they may spell one syllable (`pe` against `bei`, 0.67; `kai` against `jing`, 0.13). */
const SYLLABLE_NEAR = 0.5;

/** An entity as facts and candidates carry it. */
export interface EntityLike {
  value: number | string;
  type?: EntityType;
}

/** Similarity at or above which two entity keys are taken to name the same entity. */
export const SAME_ENTITY_THRESHOLD = 0.8;

/**
 * True when two entity facts name the same entity: types agree (when both have one)
 * and the keys match (`entityMatch` at least 0.8).
 */
export function sameEntity(a: EntityLike, b: EntityLike): boolean {
  if (a.type && b.type && a.type !== b.type) return false;
  return entityMatch(String(a.value), String(b.value)) >= SAME_ENTITY_THRESHOLD;
}

/**
 * How well a Chinese transliteration matches an English spelling, in 0..1: the pinyin of
 * the Chinese (from CC-CEDICT's readings) against the English, phonetically, as entity keys
 * are compared (`肖尔茨` ~ `Scholz`, `莫拉维茨基` ~ `Morawiecki`, `达姆施塔特` ~ `Darmstadt`).
 * At or above `SAME_ENTITY_THRESHOLD` the two are taken to be one name.
 */
export function transliterationMatch(chinese: string, english: string): number {
  const zh = chinese
    .split(/[·•‧・．.\s]+/)
    .filter(Boolean)
    .map((part) => transliterationSyllables(part).join(''))
    .join(' ');
  const en = english
    .split(/[\s-]+/)
    .map(foreignLetters)
    .filter(Boolean)
    .join(' ');
  return entityMatch(zh, en);
}

/**
 * Pairs of entity facts of one pair (English against Chinese) past which a fact is weighed only
 * against the facts of the other side near its place: 500 names a side. Names are weighed by sound
 * and spelling, each against each, and two long blocks naming thousands of people took minutes;
 * a translation names them in about the same order.
 */
const ENTITY_PAIRS_MOST = 250_000;

/** How many facts of the other side, on each side of a fact's place, it is weighed against past `ENTITY_PAIRS_MOST`. */
const NEAR_ENTITIES = 64;

/**
 * The facts `[from, to)` of a side of `m` facts (in document order) that the `k`th of `n` facts of
 * the other side is weighed against: all of them, or past `ENTITY_PAIRS_MOST` pairs those around
 * its place, as far into its side as it is into its own.
 */
export function entityWindow(n: number, m: number): (k: number) => [number, number] {
  if (n * m <= ENTITY_PAIRS_MOST) return () => [0, m];
  return (k) => {
    const center = Math.floor(((k + 0.5) * m) / n);
    return [Math.max(0, center - NEAR_ENTITIES), Math.min(m, center + NEAR_ENTITIES)];
  };
}

/** Whether two people are each named by one syllable, a surname, that Cantonese spells alike (`chan` and `chen`, `ho` and `he`). */
function surnamesAlike(a: Fact, b: Fact): boolean {
  if (a.type !== 'person' || b.type !== 'person') return false;
  const x = String(a.value);
  const y = String(b.value);
  return x !== y && /^[a-z]+$/.test(x) && /^[a-z]+$/.test(y) && cantoneseSyllableMatches(x, y);
}

/**
 * Couples of entity facts, one English and one Chinese, whose names match at least `threshold`
 * and whose types agree (or one has none): best score first, then reading order, each fact in
 * one couple at most.
 */
export function coupleEntities(en: readonly Fact[], zh: readonly Fact[], threshold: number): [Fact, Fact][] {
  const scored: { a: Fact; b: Fact; score: number }[] = [];
  const near = entityWindow(en.length, zh.length);
  for (let k = 0; k < en.length; k++) {
    const a = en[k]!;
    const [from, to] = near(k);
    for (let q = from; q < to; q++) {
      const b = zh[q]!;
      if (a.type && b.type && a.type !== b.type) continue;
      // Two places of the gazetteer with keys of their own are two places, however alike the keys sound.
      if (a.type === 'place' && b.type === 'place' && a.value !== b.value && gazetteerKey(String(a.value)) && gazetteerKey(String(b.value))) continue;
      // A surname alone on each side, the English in Hong Kong's or Macao's spelling (`Chan`, 陈 chen):
      // one person, as `entity-mismatch` takes them.
      const match = entityMatch(String(a.value), String(b.value));
      const score = surnamesAlike(a, b) ? Math.max(threshold, match) : match;
      // So are two organizations of one kind whose names are other syllables (`nankai`, `nanjing`),
      // asked only of keys near enough to be taken for one.
      if (score >= threshold && !organizationNamesApart(a, b) && !wellKnownBodiesApart(a, b)) scored.push({ a, b, score });
    }
  }
  // One couple or none: nothing to order, and no fact that could be taken twice.
  if (scored.length <= 1) return scored.length === 0 ? [] : [[scored[0]!.a, scored[0]!.b]];
  // A stable sort: equal scores keep reading order.
  scored.sort((x, y) => y.score - x.score);
  const enTaken = new Set<Fact>();
  const zhTaken = new Set<Fact>();
  const out: [Fact, Fact][] = [];
  for (const { a, b } of scored) {
    if (enTaken.has(a) || zhTaken.has(b)) continue;
    enTaken.add(a);
    zhTaken.add(b);
    out.push([a, b]);
  }
  return out;
}
