/**
 * Romanization: Chinese names to pinyin keys, and a test of whether an English
 * word is written in pinyin. The readings compiled from CC-CEDICT load on first use.
 */
import { loadReadings } from '../lexicon/readings.js';
import { memoized } from '../memo.js';
import { pinyinOf } from '../lexicon/chinese.js';
import { NAME_DOTS, ZH_SURNAMES_DOUBLE, TRANSLIT_CHARS, chineseSurnameAt } from './names.js';

const INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w', ''];
const FINALS = new Set(
  ('a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng ' +
    'v ve van vn ue uen iou uei').split(' '),
);

/** True when `word` (lower case) splits into one or more pinyin syllables (`wenlong`, `li`). */
export const isPinyinWord: (word: string) => boolean = memoized(splitsIntoSyllables);

function splitsIntoSyllables(word: string): boolean {
  const w = word.toLowerCase().replace(/ü/g, 'v');
  if (!/^[a-z]+$/.test(w) || w.length > 18) return false;
  // reachable[i]: w.slice(0, i) is a sequence of syllables
  const reachable = new Array<boolean>(w.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < w.length; i++) {
    if (!reachable[i]) continue;
    // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result per initial
    for (let n = 0; n < INITIALS.length; n++) {
      const initial = INITIALS[n]!;
      if (!w.startsWith(initial, i)) continue;
      for (let len = 1; len <= 4; len++) {
        const fin = w.slice(i + initial.length, i + initial.length + len);
        if (fin.length === len && FINALS.has(fin) && (initial ? fin !== 'er' : /^[aoe]/.test(fin))) reachable[i + initial.length + len] = true;
      }
    }
  }
  return reachable[w.length]!;
}

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

/**
 * The key of a Chinese person name: `张立` → `zhang li`, `孙文龙` → `sun wenlong`,
 * `欧阳修` → `ouyang xiu`; transliterated names (`瓦伦汀•马卡洛夫`) become their parts'
 * pinyin, `walunting makaluofu`, to be compared phonetically with the English spelling.
 */
export function chinesePersonKey(name: string): string {
  const dotted = new RegExp(`[${NAME_DOTS}]`);
  if (dotted.test(name)) {
    return name
      .split(dotted)
      .filter(Boolean)
      .map((part) => transliterationSyllables(part).join(''))
      .join(' ');
  }
  if (name.length >= 3 && looksTransliterated(name) && [...name].some((c) => FOREIGN_SOUNDS.has(c))) {
    return transliterationSyllables(name).join('');
  }
  const surname = chineseSurnameAt(name, 0);
  if (!surname || name.length > 4 || (name.length >= 4 && !ZH_SURNAMES_DOUBLE.has(surname))) {
    return pinyinSyllables(name).join('');
  }
  const syllables = pinyinSyllables(name, true);
  const cut = surname.length;
  return `${syllables.slice(0, cut).join('')} ${syllables.slice(cut).join('')}`.trim();
}

/** Pinyin of a Chinese word with no spaces (`成华` → `chenghua`), for names outside the gazetteer. */
export function pinyinWord(text: string): string {
  return pinyinSyllables(text).join('');
}
