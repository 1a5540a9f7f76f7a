/**
 * A Chinese transliteration (its pinyin, `shitaiyinmaier`) against a foreign spelling
 * (`steinmeier`), by the rules of the standard tables for putting foreign names into Chinese
 * characters: Xinhua News Agency's transliteration tables (外国人名译音表, the tables of
 * 《世界人名翻译大辞典》 for English, German, French, Russian, Spanish, Polish names…) and the
 * national standard GB/T 17693 (外语地名汉字译写导则, one part per language). Each table cell is a
 * Chinese syllable character for a foreign consonant and vowel: 施 sch/sh/s, 泰 tai/tei/te,
 * 因 in/ein, 尔 r/l/er, 菲 fi/phi, 舍 sche/she, 克 k/c/ck/que, 斯 s, 茨 tz/z/ts, 基 ki/cki/ky/gi.
 * The general rules read off those tables, which this module applies:
 *
 * - the consonant of a syllable comes from a class of foreign consonants (pinyin `j` renders
 *   g, k, j and German/Polish y; `x` renders s, sh and ch; `c` and `z` render ts, tz and z;
 *   `l` renders l and r; `f` and `w` render v, w and f);
 * - the vowel is free: one character renders a, e, i, o or u (the vowel columns of one row),
 *   and the characters of the consonant-alone column (克 k, 斯 s, 德 d, 特 t, 尔 r/l, 夫 f/v,
 *   姆 m, 布 b, 普 p, 格 g, 茨 ts, 兹 z, 什 sh, 赫 h) take no vowel at all;
 * - a final -n or -ng of a character renders the n or m that closes the foreign syllable
 *   (Trump 特朗普, Lambert 兰伯特);
 * - clusters are one sound (sch, sh, sz, ch, cz, tsch, ph, th, kh, zh, rz, ck, qu, dt), x is ks;
 * - silent letters cost little: h, an r before a consonant or at the end (Merkel 默克尔),
 *   French final s, t, d, x, z (Dumas 仲马), a final e.
 */
import { isPinyinWord } from './romanize.js';

/** Sound classes of foreign consonants. */
type Sound = 'b' | 'p' | 'f' | 'v' | 'w' | 'm' | 'd' | 't' | 'th' | 'n' | 'l' | 'r' | 'g' | 'k' | 'h' | 'j' | 'y' | 'z' | 's' | 'sh' | 'ch' | 'zh';

/** A foreign letter group: a vowel letter, or a consonant sound that may be one of several classes. */
interface Token {
  vowel: boolean;
  /** The vowel letter of a vowel token. */
  letter: string;
  sounds: readonly Sound[];
  /** Cost of leaving it unrendered. */
  drop: number;
}

/**
 * The foreign consonants a pinyin initial renders, with the cost of each (0 the table's own
 * cell, more a rarer use); `''` means the syllable may render no consonant at all.
 */
const INITIAL_SOUNDS: Readonly<Record<string, Readonly<Partial<Record<Sound | '', number>>>>> = {
  b: { b: 0, p: 0.2 },
  p: { p: 0, b: 0.2 },
  m: { m: 0 },
  f: { f: 0, v: 0, w: 0.2 },
  w: { w: 0, v: 0, f: 0.2, '': 0.2 },
  d: { d: 0, t: 0.2, th: 0.3 },
  t: { t: 0, d: 0.2, th: 0.2 },
  n: { n: 0 },
  l: { l: 0, r: 0 },
  g: { g: 0, k: 0.2, h: 0.3 },
  k: { k: 0, g: 0.2 },
  h: { h: 0, ch: 0.1, k: 0.6, j: 0.1, g: 0.3, '': 0.3 },
  j: { j: 0, g: 0, k: 0, y: 0, zh: 0.2, d: 0.3, z: 0.3, h: 0.3 },
  q: { ch: 0, k: 0, j: 0.1, z: 0.2, s: 0.3 },
  x: { s: 0, sh: 0, ch: 0.1, h: 0.2, z: 0.3, th: 0.3 },
  zh: { zh: 0, j: 0, ch: 0.2, g: 0.2 },
  ch: { ch: 0, s: 0.3 },
  sh: { sh: 0, s: 0, ch: 0.1, z: 0.2 },
  r: { zh: 0, j: 0.1, r: 0.2, g: 0.2 },
  z: { z: 0, s: 0, j: 0.3 },
  c: { z: 0, s: 0.2, ch: 0.2 },
  s: { s: 0, z: 0, th: 0, sh: 0.3 },
  y: { y: 0, j: 0, '': 0 },
  '': { '': 0, h: 0.2 },
};

/** Initials whose syllable renders the cluster ts/tz/ds/dz (茨 ci, 采 cai, 齐 qi, 兹 zi). */
const TS_INITIALS = new Set(['c', 'z', 'q', 'j']);

/** Syllables of the tables' consonant-alone column: they render a consonant with no vowel after it. */
const BARE = new Set('bu pu de te ge ke fu wu zi ci si shi he er mu en le ri qi ji xi ce se ze'.split(' '));

const PINYIN_INITIALS = ['zh', 'ch', 'sh', 'b', 'p', 'm', 'f', 'd', 't', 'n', 'l', 'g', 'k', 'h', 'j', 'q', 'x', 'r', 'z', 'c', 's', 'y', 'w'];
const PINYIN_FINALS = new Set(
  ('a o e ai ei ao ou an en ang eng ong er i ia ie iao iu ian in iang ing iong u ua uo uai ui uan un uang ueng v ve ue').split(' '),
);

/** Cost of a consonant the syllable's initial does not render in any table cell. */
const OTHER_CONSONANT = 1;
/** Cost of a foreign consonant no syllable renders. */
const LOST_CONSONANT = 1.2;
/** Cost of a syllable that renders nothing of the foreign word. */
const SKIP_SYLLABLE = 1.3;
/** Cost of a final -n/-ng with no n or m to render. */
const LOST_CODA = 0.35;
/** Cost of a vowel the syllable's vowels do not render in any table cell (马 ma for e). */
const OTHER_VOWEL = 0.15;

/**
 * Foreign vowel letters a pinyin vowel renders in the tables' vowel columns: a for a; the
 * pinyin e (a schwa: 德 de, 克 ke) for any; o for o and e (默 mer, 莫 mo); i for i, y, e; u
 * for u, o, w; a final -n or -ng also for e and o (伦 len, 顿 don, 朗 ron, 森 sen).
 */
function vowelsOf(final: string): string {
  let out = '';
  for (const c of final) {
    out += c === 'a' ? 'a' : c === 'e' ? 'aeiouy' : c === 'o' ? 'oe' : c === 'i' ? 'iye' : c === 'u' ? 'uow' : c === 'v' ? 'uiy' : '';
  }
  if (final.includes('n') || /ai|ei/.test(final)) out += 'eo';
  return out;
}

/** One pinyin syllable. */
interface Syllable {
  initial: string;
  final: string;
}

/**
 * A pinyin word cut into syllables, longest syllable first with backtracking (`shitaiyinmaier`
 * → shi tai yin mai er), or undefined when it is not pinyin.
 */
export function pinyinParse(word: string): Syllable[] | undefined {
  const w = word.toLowerCase();
  // best[i]: a parse of w.slice(i), built from the end
  const best: (Syllable[] | undefined)[] = new Array<Syllable[] | undefined>(w.length + 1).fill(undefined);
  best[w.length] = [];
  for (let i = w.length - 1; i >= 0; i--) {
    let found: Syllable[] | undefined;
    for (let len = Math.min(6, w.length - i); len >= 1 && !found; len--) {
      const rest = best[i + len];
      if (!rest) continue;
      const syllable = splitSyllable(w.slice(i, i + len));
      if (syllable) found = [syllable, ...rest];
    }
    best[i] = found;
  }
  return best[0];
}

function splitSyllable(text: string): Syllable | undefined {
  for (const initial of PINYIN_INITIALS) {
    if (!text.startsWith(initial)) continue;
    const final = text.slice(initial.length);
    if (PINYIN_FINALS.has(final) && final !== 'er') return { initial, final };
  }
  if (PINYIN_FINALS.has(text) && /^[aoe]/.test(text)) return { initial: '', final: text };
  return undefined;
}

const VOWEL = /[aeiouy]/;

/**
 * A foreign spelling (lower case, letters only) as tokens: vowel letters one by one, and
 * consonant letter groups with the sound classes they may stand for.
 */
export function foreignTokens(word: string): Token[] {
  // `Mc` of Scottish and Irish names is said `Mac` (`McEwan` 麦克尤恩, `McDonald` 麦克唐纳); a name
  // opening on `Ew` before a vowel is said `yu` (`Ewan` 尤恩, `McEwan`).
  const w = word.replace(/^mc(?=[a-z])/, 'mac').replace(/^(mac)?ew(?=[aeiou])/, '$1yu');
  const out: Token[] = [];
  const isVowel = (k: number): boolean => k < w.length && VOWEL.test(w[k]!) && !(w[k] === 'y' && k + 1 < w.length && /[aeiou]/.test(w[k + 1]!));
  const push = (sounds: Sound[], drop = LOST_CONSONANT): void => {
    out.push({ vowel: false, letter: '', sounds, drop });
  };
  let i = 0;
  while (i < w.length) {
    const c = w[i]!;
    const next = w[i + 1] ?? '';
    const at = (s: string): boolean => w.startsWith(s, i);
    const end = i + 1 >= w.length;
    if (c === 'y' && /[aeiou]/.test(next)) {
      push(['y', 'j'], 0.5);
      i++;
    } else if (c === 'y' && i > 0 && isVowel(i - 1) && !isVowel(i + 1)) {
      out.push({ vowel: true, letter: 'i', sounds: [], drop: 0.1 });
      i++;
    } else if (c === 'w' && i > 0 && isVowel(i - 1) && !isVowel(i + 1)) {
      // English -ow, -aw (Barlow 巴洛) is a vowel, Polish -ów an f (Kraków 克拉科夫)
      push(['w', 'v', 'f'], 0.1);
      i++;
    } else if (VOWEL.test(c)) {
      out.push({ vowel: true, letter: c, sounds: [], drop: end && c === 'e' ? 0.05 : 0.15 });
      i++;
    } else if (at('tsch') || at('tch')) {
      push(['ch']);
      i += at('tsch') ? 4 : 3;
    } else if (at('sch') || at('sh') || at('sz') || at('ss')) {
      push(at('ss') ? ['s'] : ['sh', 's']);
      i += at('sch') ? 3 : 2;
    } else if (at('ch')) {
      push(['ch', 'sh', 'k', 'h'], 0.5);
      i += 2;
    } else if (at('cz')) {
      push(['ch']);
      i += 2;
    } else if (at('ph')) {
      push(['f']);
      i += 2;
    } else if (at('th')) {
      push(['th', 't', 's']);
      i += 2;
    } else if (at('kh')) {
      push(['h', 'k']);
      i += 2;
    } else if (at('gh')) {
      push(['g'], 0.3);
      i += 2;
    } else if (at('zh') || at('rz')) {
      push(['zh', 'j', 'r']);
      i += 2;
    } else if (at('ck') || at('qu') || at('dt')) {
      push(at('dt') ? ['t'] : ['k']);
      i += 2;
    } else if (c === 'x') {
      if (i === 0) push(['s', 'z', 'sh', 'h']);
      else {
        push(['k']);
        push(['s'], end ? 0.5 : LOST_CONSONANT);
      }
      i++;
    } else {
      // one consonant letter; doubled letters are one sound
      let len = 1;
      while (w[i + len] === c) len++;
      const sounds: Sound[] =
        c === 'c' ? (/[eiy]/.test(w[i + len] ?? '') ? ['s', 'z', 'ch'] : ['k', 'z'])
        : c === 'g' ? (/[eiy]/.test(w[i + len] ?? '') ? ['g', 'j', 'h', 'zh'] : ['g'])
        : c === 'j' ? ['j', 'y', 'h', 'zh']
        : c === 'z' ? ['z', 's']
        : c === 's' ? ['s', 'z']
        : c === 'v' ? ['v', 'f', 'w']
        : c === 'w' ? ['w', 'v']
        : c === 'q' ? ['k']
        : c === 'y' ? ['y']
        : [c as Sound];
      const last = i + len >= w.length;
      const beforeConsonant = !last && !isVowel(i + len);
      let drop = LOST_CONSONANT;
      if (c === 'h') drop = 0.3;
      else if (c === 'r' && (last || beforeConsonant)) drop = 0.3;
      else if (last && /[stdxz]/.test(c) && i > 0 && isVowel(i - 1)) drop = 0.5;
      else if (last && /[std]/.test(c) && w[i - 1] === 'n') drop = 0.8;
      else if (c === 'g' && i > 0 && w[i - 1] === 'n' && (last || beforeConsonant)) drop = 0.2;
      else if (c === 'k' && next === 'n' && i === 0) drop = 0.3;
      push(sounds, drop);
      i += len;
    }
  }
  return out;
}

/** Cost of the best consonant class two sound sets share, or undefined. */
function onsetCost(initial: string, sounds: readonly Sound[]): number | undefined {
  const table = INITIAL_SOUNDS[initial];
  if (!table) return undefined;
  let best: number | undefined;
  for (const s of sounds) {
    const cost = table[s];
    if (cost !== undefined && (best === undefined || cost < best)) best = cost;
  }
  return best;
}

/** The ways one syllable renders tokens from `from`: where it stops and at what cost. */
function renderings(syllable: Syllable, tokens: readonly Token[], from: number): [end: number, cost: number][] {
  const out: [number, number][] = [];
  const { initial, final } = syllable;
  const bare = BARE.has(initial + final);
  // Onsets: [position after the onset, cost]
  const onsets: [number, number][] = [];
  const first = tokens[from];
  if (final === 'er' && !initial) {
    // 尔: r or l, after a vowel of its own or none
    let k = from;
    for (let v = 0; v <= 2; v++) {
      const t = tokens[k];
      if (t && !t.vowel && (t.sounds.includes('r') || t.sounds.includes('l'))) out.push([k + 1, 0]);
      if (!t?.vowel) break;
      k++;
    }
    out.push([from, 0.6]);
    return out;
  }
  const none = INITIAL_SOUNDS[initial]?.[''];
  onsets.push([from, none ?? OTHER_CONSONANT]);
  if (first && !first.vowel) {
    const cost = onsetCost(initial, first.sounds);
    onsets.push([from + 1, cost ?? OTHER_CONSONANT]);
    const second = tokens[from + 1];
    if (
      TS_INITIALS.has(initial) && second && !second.vowel &&
      (first.sounds.includes('t') || first.sounds.includes('d')) &&
      (second.sounds.includes('s') || second.sounds.includes('z'))
    ) {
      onsets.push([from + 2, 0]);
    }
  }
  const rendered = vowelsOf(final);
  const coda = /ng?$/.test(final) ? final.endsWith('ng') ? 'ng' : 'n' : '';
  // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result nor destructuring per entry
  for (let e = 0; e < onsets.length; e++) {
    const afterOnset = onsets[e]![0];
    const onset = onsets[e]![1];
    const consumedOnset = afterOnset > from;
    let k = afterOnset;
    let otherVowel = true;
    for (let vowels = 0; ; vowels++) {
      const vowelCost = vowels > 0 ? (otherVowel ? OTHER_VOWEL : 0) : bare ? 0 : consumedOnset ? 0.3 : 0.15;
      const base = onset + vowelCost;
      if (vowels > 0 || consumedOnset) out.push([k, base + (coda ? LOST_CODA : 0)]);
      const t = tokens[k];
      if (coda && t && !t.vowel && (t.sounds.includes('n') || t.sounds.includes('m'))) {
        out.push([k + 1, base + (t.sounds.includes('n') ? 0 : 0.1)]);
        const g = tokens[k + 1];
        if (coda === 'ng' && g && !g.vowel && g.sounds.includes('g')) out.push([k + 2, base]);
      }
      if (vowels >= 3 || !t?.vowel) break;
      if (otherVowel && rendered.includes(t.letter)) otherVowel = false;
      k++;
    }
  }
  return out;
}

/**
 * How well pinyin syllables render a foreign word, as a cost (0 a perfect rendering) and the
 * size it is measured against: a dynamic program over syllables and tokens, where a syllable
 * renders a consonant, vowels and a final n; letters left over cost what dropping them costs.
 */
function renderCost(syllables: readonly Syllable[], tokens: readonly Token[]): number {
  const n = syllables.length;
  const m = tokens.length;
  const INF = Number.POSITIVE_INFINITY;
  let row = new Array<number>(m + 1).fill(INF);
  row[0] = 0;
  for (let j = 0; j < m; j++) row[j + 1] = row[j]! + tokens[j]!.drop;
  for (let i = 0; i < n; i++) {
    const next = new Array<number>(m + 1).fill(INF);
    for (let j = 0; j <= m; j++) {
      const here = row[j]!;
      if (here === INF) continue;
      if (here + SKIP_SYLLABLE < next[j]!) next[j] = here + SKIP_SYLLABLE;
      const ways = renderings(syllables[i]!, tokens, j);
      // eslint-disable-next-line @typescript-eslint/prefer-for-of -- no iterator result nor destructuring per way
      for (let w = 0; w < ways.length; w++) {
        const end = ways[w]![0];
        const cost = ways[w]![1];
        if (here + cost < next[end]!) next[end] = here + cost;
      }
    }
    for (let j = 0; j < m; j++) next[j + 1] = Math.min(next[j + 1]!, next[j]! + tokens[j]!.drop);
    row = next;
  }
  return row[m]!;
}

/**
 * Diacritics off and letters only (`Mélenchon` → `melenchon`, `Wałęsa` → `walesa`); the
 * Turkish soft g, silent, goes (`Erdoğan` → `erdoan`, 埃尔多安).
 */
export function foreignLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ğ/g, '')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
}

/**
 * How well a pinyin word (`shitaiyinmaier`, from a Chinese transliteration) renders a foreign
 * word (`Steinmeier`) by the transliteration tables' rules, in 0..1; 0 when the first is not
 * pinyin. Short names prove little and score lower (two syllables at most 0.9, one at most 0.7).
 */
export function transliterationScore(pinyin: string, foreign: string): number {
  const key = `${pinyin}\t${foreign}`;
  let score = SCORES.get(key);
  if (score === undefined) {
    // A memo of a pure function, emptied when it grows large: names recur through a text.
    if (SCORES.size >= 50_000) SCORES.clear();
    score = computeScore(pinyin, foreign);
    SCORES.set(key, score);
  }
  return score;
}

/** Scores already computed, by pinyin and foreign word. */
const SCORES = new Map<string, number>();

function computeScore(pinyin: string, foreign: string): number {
  if (!isPinyinWord(pinyin)) return 0;
  const syllables = pinyinParse(pinyin);
  const letters = foreignLetters(foreign);
  if (!syllables?.length || !letters) return 0;
  const tokens = foreignTokens(letters);
  const consonants = tokens.filter((t) => !t.vowel).length;
  const size = Math.max(syllables.length, consonants, 1);
  const score = Math.max(0, 1 - renderCost(syllables, tokens) / size);
  const damp = size >= 3 ? 1 : size === 2 ? 0.9 : 0.7;
  return Math.round(score * damp * 1000) / 1000;
}
