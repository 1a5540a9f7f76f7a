/**
 * Romanization: Chinese names to pinyin keys, and a test of whether an English
 * word is written in pinyin. The readings compiled from CC-CEDICT load on first use.
 */
import { loadReadings } from '../lexicon/readings.js';
import { memoized } from '../memo.js';
import { pinyinOf } from '../lexicon/chinese.js';
import { NAME_DOTS, ZH_SURNAMES_DOUBLE, TRANSLIT_CHARS, chineseSurnameAt, isFunctionWordSurname } from './names.js';

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  ('a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ' +
    'v ve van vn ue uen iou uei').split(' '),
);

/** True when `word` (lower case) splits into one or more pinyin syllables (`wenlong`, `li`). */
export const isPinyinWord: (word: string) => boolean = memoized(splitsIntoSyllables);

/**
 * Whether a word is pinyin syllables as pinyin writes them joined: a syllable after the first
 * opens on a consonant, since one that opens on a, o or e takes an apostrophe (`Xi'an`, `Yayun`;
 * `Aria` would be `A'ri'a`), as the Basic Rules of Hanyu Pinyin Orthography (GB/T 16159) ask.
 */
export const isJoinedPinyinWord: (word: string) => boolean = memoized((word: string) => splitsIntoSyllables(word, true));

/**
 * Whether an initial takes a final in the table of Mandarin syllables, by the rules the table
 * keeps: a final with the medial i (`ia`, `ian`, `ing`…) follows only b, p, m, d, t, n, l, j, q, x
 * and y; and j, q, x take only finals with i or ü (`ju` is jü).
 */
function combines(initial: string, fin: string): boolean {
  if (/^[jqx]$/.test(initial)) return /^(?:i|u|v)/.test(fin) && !/^(?:ua|uo|ui|uai|uang|ueng|uen|uei)$/.test(fin);
  if (fin.length > 1 && fin.startsWith('i')) return /^[bpmdtnly]$/.test(initial);
  return true;
}

function splitsIntoSyllables(word: string, joined = false): boolean {
  return fewestSyllables(word, joined) > 0;
}

/**
 * The fewest pinyin syllables `word` splits into (0 when it splits into none), by the rules of
 * `isPinyinWord` (`joined`: of `isJoinedPinyinWord`). A given name written apart from its surname
 * has one or two (`Wei`, `Weinong`); `Finance` would take three (fi-nan-ce).
 */
function fewestSyllables(word: string, joined = false): number {
  const w = word.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(w) || w.length > 18) return 0;
  // fewest[i]: the fewest syllables w.slice(0, i) is a sequence of (0: none)
  const fewest = new Array<number>(w.length + 1).fill(0);
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && !fewest[i]) continue;
    const count = fewest[i]! + 1;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per initial
    for (let n = 0; n < INITIALS.length; n++) {
      const initial = INITIALS[n]!;
      if (!w.startsWith(initial, i)) continue;
      for (let len = 1; len <= 4; len++) {
        const fin = w.slice(i + initial.length, i + initial.length + len);
        const at = i + initial.length + len;
        if (fin.length === len && FINALS.has(fin) && (initial ? fin !== 'er' && (!joined || combines(initial, fin)) : /^[aoe]/.test(fin) && (i === 0 || !joined))
          && (!fewest[at] || count < fewest[at])) fewest[at] = count;
      }
    }
  }
  return fewest[w.length]!;
}

/** The fewest pinyin syllables a word splits into, 0 when it is no pinyin (`fewestSyllables`). */
export const pinyinSyllableCount: (word: string) => number = memoized((word: string) => fewestSyllables(word));

/** Toneless pinyin syllables of Chinese text, one per character (surname readings when `surname`). */
export function pinyinSyllables(text: string, surname = false): string[] {
  return pinyinOf(text, loadReadings(), surname).map((s, k) => s || (text[k] ?? ''));
}

/**
 * Characters of Xinhua's transliteration tables (外国人名译音表) whose syllable there is not the
 * reading they have most often in CC-CEDICT's words: 塞 is sai in 塞尔 (Sel-) where CEDICT's
 * commonest reading is se, 什 is shi (-sch), 娜 na, 贾 jia, 茜 xi, 伽 jia, 柏 bo; 彭 and 滕 have
 * no single-character reading in the compiled readings.
 */
const TRANSLITERATION_READINGS: ReadonlyMap<string, string> = new Map([
  ['塞', 'sai'], ['什', 'shi'], ['娜', 'na'], ['贾', 'jia'], ['茜', 'xi'], ['伽', 'jia'], ['柏', 'bo'], ['彭', 'peng'], ['滕', 'teng'],
]);

/**
 * Syllables of a transliterated name, each character read as the transliteration tables read it
 * (`塞尔吉` → sai er ji, not se er ji), else as `pinyinSyllables` reads it.
 */
export function transliterationSyllables(text: string): string[] {
  const syllables = pinyinSyllables(text);
  return syllables.map((s, k) => TRANSLITERATION_READINGS.get(text[k] ?? '') ?? s);
}

/** Characters that occur in transliterations but hardly in Chinese given names (`查尔斯`, `马克思`). */
export const FOREIGN_SOUNDS = new Set('尔斯夫德特克姆娃娅诺奥维耶伊基茨布普逊锡默'.split(''));

/** True when every Han character of `name` is a transliteration character and it has at least two. */
export function looksTransliterated(name: string): boolean {
  const chars = [...name].filter((c) => !NAME_DOTS.includes(c));
  return chars.length >= 2 && chars.every((c) => TRANSLIT_CHARS.has(c));
}

/** Any name dot (`NAME_DOTS`); without `g`, so a test or a split leaves no state behind. */
const DOTTED = new RegExp(`[${NAME_DOTS}]`);

/**
 * The key of a Chinese person name: `张立` → `zhang li`, `孙文龙` → `sun wenlong`,
 * `欧阳修` → `ouyang xiu`; transliterated names (`瓦伦汀•马卡洛夫`) become their parts'
 * pinyin, `walunting makaluofu`, to be compared phonetically with the English spelling.
 */
export function chinesePersonKey(name: string): string {
  if (DOTTED.test(name)) {
    return name
      .split(DOTTED)
      .filter(Boolean)
      .map((part) => transliterationSyllables(part).join(''))
      .join(' ');
  }
  if (name.length >= 3 && looksTransliterated(name) && [...name].some((c) => FOREIGN_SOUNDS.has(c))) {
    return transliterationSyllables(name).join('');
  }
  // A name of two or three characters opening on a surname that is a function word as often (`应家柏`).
  const surname = chineseSurnameAt(name, 0, true) ?? (name.length <= 3 && isFunctionWordSurname(name[0] ?? '') ? name[0] : undefined);
  if (!surname || name.length > 4 || (name.length >= 4 && !ZH_SURNAMES_DOUBLE.has(surname))) {
    return givenNameSyllables(name, 0).join('');
  }
  const syllables = givenNameSyllables(name, surname.length);
  const cut = surname.length;
  return `${syllables.slice(0, cut).join('')} ${syllables.slice(cut).join('')}`.trim();
}

/**
 * Syllables of a Chinese name whose surname is its first `cut` characters (none: 0): the surname
 * read as a surname, and each character of the given name that CC-CEDICT reads otherwise in given
 * names read so (`杜丽娜` → du li na, where 娜 is most often nuo).
 */
function givenNameSyllables(name: string, cut: number): string[] {
  const readings = loadReadings();
  const syllables = pinyinSyllables(name, cut > 0);
  for (let k = cut; k < name.length && k < syllables.length; k++) {
    const c = name[k]!;
    const given = readings.givenNameReading?.(c);
    if (given !== undefined && given !== readings.reading(c)) syllables[k] = given;
  }
  return syllables;
}

/** Pinyin of a Chinese word with no spaces (`成华` → `chenghua`), for names outside the gazetteer. */
export function pinyinWord(text: string): string {
  return pinyinSyllables(text).join('');
}

/**
 * Initials of one syllable of Chinese written in Latin letters: pinyin's, Wade-Giles's with its
 * apostrophes dropped (`hs`, `ts`, `tz`, `ch`), and those of the Hong Kong government's Cantonese
 * spellings (`kw`, `ng`, `gw`). Longest first.
 */
const ROMAN_INITIALS = ['tsz', 'hs', 'ts', 'tz', 'ss', 'sz', 'ch', 'zh', 'sh', 'kw', 'gw', 'ng', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];

/**
 * Finals of those spellings: pinyin's, Wade-Giles's (`ih`, `ieh`, `ien`, `ueh`, `erh`, `ung`),
 * Gwoyeu Romatzyh's `eou` as names in Taiwan keep it (`Jeou`), Cantonese and Singapore ones
 * (`eung`, `euk`, `oi`, `oon`, `ee`, `ew`, `at`, `ok`, …), and Macao's (`eong`, `eang`, `uok`, `io`,
 * `iok`: `Leong`, `Cheang`, `Kuok`, `Sio`, `Iok`).
 */
const ROMAN_FINALS = new Set(
  ('a ai an ang ao au e ei en eng eou er erh eh i ia iang iao ie ieh ien in ing iu iung ih o ou ong ' +
    'u ua uai uan uang ue ueh uei ui un ung uo v ve vn uen ' +
    'ah am ap at ak ek ok ot om oi on oh oo oon oong ow ee eet eng eung euk eun eui eoi ew ik it ip im iu ui ut uk um uet ' +
    'ian iong eong eang uok io iok').split(' '),
);

/**
 * The syllable a half of a hyphenated given name spells: Taiwan's passports may write a closing n
 * doubled (`Jong-shinn`, `Shu-chenn`), read without it. Not a surname's spelling (`Linn` is Hong
 * Kong's spelling of 甯, no syllable of its own), nor any other word.
 */
export function givenSyllable(half: string): string {
  return half.length > 3 && half.endsWith('nn') ? half.slice(0, -1) : half;
}

/**
 * True when `word` is one syllable of Chinese romanized by pinyin, Wade-Giles (apostrophes
 * dropped), or the Hong Kong government's or Singapore's Cantonese and Hokkien-style spellings:
 * `Tsai`, `ing`, `hsien`, `loong`, `cheuk`, `tzu`. Not `Coca`, `cola`, `well`, `Wi`, `Fi`
 * (no such syllable: `wei`, `fei`), `known`. Case is ignored.
 */
export function isRomanizedSyllable(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 1 || w.length > 6 || !/^[a-z]+$/.test(w)) return false;
  if (w === 'm' || w === 'ng') return true;
  for (const initial of ROMAN_INITIALS) {
    if (!w.startsWith(initial)) continue;
    const final = w.slice(initial.length);
    if (initial === 'tsz' || ((initial === 'tz' || initial === 'ss' || initial === 'sz') && final === 'u')) {
      if (final === '' || final === 'u' || final === 'e') return true;
      continue;
    }
    if (!ROMAN_FINALS.has(final)) continue;
    // w and f take no final in i but Cantonese wing (榮), nor h a bare i: no wi, fi, wit, hi; a lone c
    // is pinyin's, which has no co.
    if ((initial === 'w' || initial === 'f') && final.startsWith('i') && final !== 'ing') continue;
    if ((initial === 'h' && final === 'i') || (initial === 'c' && final === 'o')) continue;
    return true;
  }
  return false;
}

/**
 * A word of pinyin cut into exactly `count` syllables (`yingwen`, 2 → `ying`, `wen`), the longer
 * first syllable preferred; undefined when it cannot be.
 */
export function splitPinyin(word: string, count: number): string[] | undefined {
  return splitSyllables(word, count, isPinyinSyllable);
}

/**
 * A word of Chinese romanized by any spelling `isRomanizedSyllable` reads (pinyin, Wade-Giles,
 * Hong Kong's) cut into exactly `count` syllables (`peking`, 2 → `pe`, `king`), the longer first
 * syllable preferred; undefined when it cannot be.
 */
export function splitRomanized(word: string, count: number): string[] | undefined {
  return splitSyllables(word, count, isRomanizedSyllable);
}

/** A word cut into exactly `count` pieces that `isSyllable` takes, longer first pieces preferred. */
function splitSyllables(word: string, count: number, isSyllable: (s: string) => boolean): string[] | undefined {
  const w = word.toLowerCase();
  const n = w.length;
  if (count < 1 || count > 4 || n > 24) return undefined;
  // ends[k][i]: w.slice(i) is exactly k syllables.
  const ends = Array.from({ length: count + 1 }, () => new Array<boolean>(n + 1).fill(false));
  ends[0]![n] = true;
  for (let k = 1; k <= count; k++) {
    for (let i = n - 1; i >= 0; i--) {
      for (let len = 1; len <= 6 && i + len <= n && !ends[k]![i]; len++) {
        if (ends[k - 1]![i + len] && isSyllable(w.slice(i, i + len))) ends[k]![i] = true;
      }
    }
  }
  if (!ends[count]![0]) return undefined;
  const out: string[] = [];
  for (let i = 0, k = count; k > 0; k--) {
    let len = Math.min(6, n - i);
    while (!(ends[k - 1]![i + len] && isSyllable(w.slice(i, i + len)))) len--;
    out.push(w.slice(i, i + len));
    i += len;
  }
  return out;
}

/** One pinyin syllable (`ying`, `wen`, `an`). */
function isPinyinSyllable(s: string): boolean {
  if (s.length > 6) return false;
  for (const initial of INITIALS) {
    if (!s.startsWith(initial)) continue;
    const fin = s.slice(initial.length);
    if (FINALS.has(fin) && (initial ? fin !== 'er' : /^[aoe]/.test(fin))) return true;
  }
  return false;
}
