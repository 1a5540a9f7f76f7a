import { alternation, CARDINALS, DENOMINATORS, ORDINALS, SCALES } from './words.js';
import { endsPhrase } from './phrase-end.js';
import { longestLength } from '../../memo.js';

/** A number found in English text, before any unit or qualifier is attached. */
export interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** Written with digits (`1,234.5`, `3.5m`, `21st`) or in words (`twenty-one`). */
  form: 'digits' | 'words';
  /** `21st`, `twenty-first`, `first`. */
  ordinal?: boolean;
  /** `one third`, `2 1/4`, `one and a half`. */
  fraction?: boolean;
  /** Carries a scale (`million`, `bn`, `k`, `dozen`): the factor applied. */
  scaled?: number;
  /** Plain integer digits with no separator, sign, decimals or scale (`2003`). */
  bare?: boolean;
  /** Letters glued to the digits and not understood (`5G` → `G`, `29km` → `km`, `3h` → `h`). */
  glued?: string;
}

/**
 * Arabic numbers: optional sign (glued to the digits: `- 115 g` opens a list item, `× 10% − 2,520`
 * subtracts), thousands with commas or thin/plain spaces, decimals,
 * an exponent (`12.32e+14`). Not after a letter, digit or `letter-` (`F-16`, `COVID-19`), but
 * after the `to-` of a range in a compound (`16-to-24-year-olds`).
 */
const DIGITS = /(?<![A-Za-z0-9_.%=]|[A-Za-z](?<!\d[ \t]*-[ \t]*to|\d[ \t]*-[ \t]*through)-)(?:(?<![\w)\]]|\d[ \t])[-−](?=\.?\d))?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d|\.\d)|\d+)(?:\.\d+)?(?:[eE][+-]?\d+(?![\w.]))?|(?<![\w.])\.\d+/g;

/**
 * Before a race's distance: the event's sex (`men's 100m`), the legs of a relay (`4×100m`), or a
 * verb of running or swimming it (`ran the 100m`, `swam the 400m`).
 */
const RACE_BEFORE = /(?:(?:\b(?:men|women)['’]s|\bmixed|\d[×])[ \t]*|\b(?:ran|runs?|running|swam|swims?|swimming|raced|racing|sprinted)[ \t]+(?:in[ \t]+)?(?:the[ \t]+)?)$/i;
/** After a race's distance: the event (`100m freestyle`, `400m hurdles`, `200m final`). */
const RACE_AFTER = /^[ \t]+(?:(?:individual|men['’]s|women['’]s)[ \t]+)?(?:freestyle|backstroke|breaststroke|butterfly|medley|hurdles|relay|dash|sprint|steeplechase|race|final|heats?|semi-?finals?|mark|split|world[ \t]+record|record|title|gold|silver|bronze|event|course|route|loop)\b/i;

/** After a size in metres: what it measures (`1.87m tall`, `a 30m-long wall`, `8,848m above sea level`). */
const SIZE_AFTER = /^(?:[ \t]+|-)(?:tall|high|long|wide|deep|thick|in[ \t]+(?:height|length|width|diameter|depth)|above[ \t]+sea[ \t]+level|below[ \t]+sea[ \t]+level|underground|underwater)\b/i;

/**
 * A distance in metres, not millions, at `100m` (from `start` to `end`), or in kilometres, not
 * thousands, at `35K`: a race's (`RACE_BEFORE` or `RACE_AFTER` beside it: `the 35K mark`) or,
 * in metres, a size's (`SIZE_AFTER`).
 */
function racedMetres(text: string, start: number, end: number, metres: boolean): boolean {
  return RACE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || RACE_AFTER.test(text.slice(end, end + 20))
    || (metres && SIZE_AFTER.test(text.slice(end, end + 24)));
}

/** Thousands written apart (`1,600`, `8 848`): the digits of a number of a thousand or more. */
const THOUSANDS = /\d[, \u00a0\u202f]\d{3}(?!\d)/;
/** A currency right before an amount (`£`, `US$`, `HK$ `, `Rs `, `EUR `). */
const CURRENCY_BEFORE = /(?:[$€£¥₹₩]|\b(?:US|HK|NT|RMB|Rs|EUR|USD|GBP|CNY|HKD|JPY|AUD|CAD|SGD)\$?)[ \t\u00a0]?$/;

/**
 * What may follow a length in metres: the end of the text, a mark, or a word that counts nothing
 * (`climbed 1,600m in two days`, `1,600m above`, `1,600m of cable`), where millions are followed by
 * what they count (`1,200m cubic metres`, `1,600m people`).
 */
const METRES_AFTER = /^(?:[ \t]*(?:$|[^\sA-Za-z])|[ \t]+(?:in|on|at|to|and|or|for|from|with|of|up|down|into|above|below|over|under|across|before|after|by|the|a|an|while|when|as|but|then|per|each|apart|away|ahead|behind|back|so|than)\b)/i;

/**
 * Metres, not millions, at `1,600m` (`end` after the letter): a number of a thousand millions or
 * more is written with its larger scale (`1.6bn`), while metres count in thousands written apart
 * (`climbed 1,600m in two days`). An amount of money keeps the million (`£1,600m`, as British papers
 * write it), and so does a number followed by what it counts (`1,200m cubic metres`).
 */
function groupedMetres(text: string, start: number, end: number, digits: string): boolean {
  return THOUSANDS.test(digits) && !CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))
    && METRES_AFTER.test(text.slice(end, end + 12));
}

/** More of a number after a spelled scale: `4 thousand 3 hundred and 21`, `3 hundred and one`. */
const SCALE_MORE = /(?:[ \t]+and)?[ \t]+(?:(\d{1,3})(?![\d,.])(?:[ \t]+(hundred|thousand|million|billion)(?![A-Za-z]))?|([A-Za-z]+)(?:-([A-Za-z]+))?)/iy;
/** `3 million and a half`. */
const AND_A_HALF = /[ \t]+and[ \t]+an?[ \t]+(half|quarter)(?![A-Za-z])/iy;
/** Letters right after the digits. */
const GLUED = /[A-Za-z]+/y;
/** Scale written after the digits, glued (`3.5m`, `10k`, `1.2bn`), spaced (`6.6 billion`, `2.33 k`) or hyphened in a compound (`124-million-hectare`, `the 100-billion mark`). */
const GLUED_SCALE: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, mio: 1e6, b: 1e9, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, trln: 1e12,
  lakh: 1e5, lkh: 1e5, crore: 1e7, dozen: 12, dozens: 12, doz: 12, dozs: 12,
};
const SPACED_SCALE = /(?:[ \t\u00a0]*|-(?=(?:hundred|thousand|million|billion|trillion)(?![A-Za-z])))(hundred|thousand|million|billion|trillion|mn|bn|bln|tln|trln|mln|mil|lakhs?|lkhs?|crores?|k|dozens?|dozs?)(?![A-Za-z\u00c0-\u024f])/iy;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
/** Digits grouped by commas in threes (`5,000`), as an ordinal suffix may follow them (`5,000th`). */
const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
/** A scale's ordinal after digits (`100 millionth`, `10-millionth`), not its fraction (`millionths`). */
const SCALED_ORDINAL = /(?:[ \t\u00a0]+|-)(hundredth|thousandth|millionth|billionth|trillionth)(?![A-Za-z])/iy;
const ORDINAL_SCALES: Readonly<Record<string, number>> = { hundredth: 1e2, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12 };
/** A fraction after the digits (`1/4`), read as one only where a date is unlikely. */
const SLASH = /\/(\d{1,3})(?![\d/])/y;
/** A mixed number's integer part before the fraction (`2  1/4`, `- 1 4/5`). */
const MIXED = /[ \t]+(\d{1,2})\/(\d{1,3})(?![\d/])/y;
/** Scientific notation written out (`1.3x10^6`, `6.23x10^-4`). */
const TIMES_TEN = /[ \t]?[x×*][ \t]?10\^([-+]?\d+)/y;
/** Vulgar fraction characters. */
const VULGAR = /[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/g;
const VULGAR_VALUES: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};
/** A power (`1.1^23`, `2.5^-1`). */
const POWER = /\^([-+]*)(\d+)/y;

/** The number words, lower case (all ASCII letters). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(alternation(CARDINALS, SCALES, ORDINALS, DENOMINATORS, {
  dozen: 0, dozens: 0, dozs: 0, doz: 0, point: 0, lakh: 0, lakhs: 0, crore: 0, crores: 0, firsts: 0,
  thousands: 0, millions: 0, billions: 0, trillions: 0,
}).split('|'));
const LONGEST_NUMBER_WORD = longestLength(NUMBER_WORDS);
const SHORTEST_NUMBER_WORD = [...NUMBER_WORDS].reduce((least, w) => Math.min(least, w.length), Infinity);

/**
 * A run of number words joined by spaces, hyphens, `and`, `a`: what the pattern
 * `\b(?:W)(?:(?:[ \t]+and[ \t]+(?:an?[ \t]+)?|[ \t]*[-–—][ \t]*|[ \t]+(?:an?[ \t]+)?)(?:W))*\b`
 * (`W` a number word, any case) finds from `from`, read by hand: that pattern, an alternation
 * of every number word twice, took a run longer to compile than all the reading it did. Each
 * word of a run is a whole run of word characters (`\w`: what follows a word is a separator or
 * the pattern's end, neither a word character), and the first way of joining the next word that
 * works is the one the pattern takes (nothing after the run can fail). `[start, end)`, or
 * undefined when there is none.
 */
function nextWordRun(text: string, from: number): [number, number] | undefined {
  // What `\b[A-Za-z]{S,L}\b` (S and L the shortest and longest number word) finds from `from`,
  // read by hand: a whole run of word characters that are all ASCII letters, of S to L of them.
  // The pattern built an array and a string for each word of the text, and the text then had
  // to be lower-cased for the look-up; here each run's letters are hashed as they are read,
  // and only a run whose hash a number word has is cut out and looked up.
  const n = text.length;
  let k = from;
  // A run that began before `from` has no `\b` inside it.
  if (k > 0 && isWordCode(text.charCodeAt(k - 1))) while (k < n && isWordCode(text.charCodeAt(k))) k++;
  while (k < n) {
    let c = text.charCodeAt(k);
    if (!isWordCode(c)) {
      k++;
      continue;
    }
    const start = k;
    let letters = true;
    let hash = 0;
    do {
      if (isLetterCode(c)) hash = wordHash(hash, c);
      else letters = false;
      c = ++k < n ? text.charCodeAt(k) : -1;
    } while (isWordCode(c));
    const length = k - start;
    if (!letters || length < SHORTEST_NUMBER_WORD || length > LONGEST_NUMBER_WORD) continue;
    if ((NUMBER_WORD_HASHES[(hash >>> 5) & HASH_MASK]! & (1 << (hash & 31))) === 0) continue;
    if (!NUMBER_WORDS.has(text.slice(start, k).toLowerCase())) continue;
    let end = k;
    for (let next = joinedWordEnd(text, end); next >= 0; next = joinedWordEnd(text, end)) end = next;
    return [start, end];
  }
  return undefined;
}

/** The hash of a run of letters so far and its next letter `c` (either case: the same hash). */
function wordHash(hash: number, c: number): number {
  return (Math.imul(hash, 31) + (c | 0x20)) | 0;
}

/** Bits of the set of the number words' hashes (a power of two): a hash outside it is no number word's. */
const HASH_BITS = 1 << 14;
const HASH_MASK = (HASH_BITS >> 5) - 1;
const NUMBER_WORD_HASHES = new Int32Array(HASH_BITS >> 5);
for (const word of NUMBER_WORDS) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = wordHash(hash, word.charCodeAt(k));
  NUMBER_WORD_HASHES[(hash >>> 5) & HASH_MASK]! |= 1 << (hash & 31);
}

/** An ASCII letter (`[A-Za-z]`). */
function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** `\w` in a pattern without the `u` flag: ASCII letters and digits, `_`. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** The end of the run of word characters at `at` when it is a number word (any case), else -1. */
function numberWordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
  if (end === at || end - at > LONGEST_NUMBER_WORD) return -1;
  return NUMBER_WORDS.has(text.slice(at, end).toLowerCase()) ? end : -1;
}

/** After spaces and tabs from `at`. */
function blanksEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k;
}

/** The end of a number word after the separator at `at` (`and`, a dash, blanks; then `a`/`an` in two of them), else -1. */
function joinedWordEnd(text: string, at: number): number {
  const blanks = blanksEnd(text, at);
  // `[ \t]+and[ \t]+(?:an?[ \t]+)?`
  if (blanks > at && blanks + 3 < text.length && (text.charCodeAt(blanks) | 0x20) === 0x61
    && (text.charCodeAt(blanks + 1) | 0x20) === 0x6e && (text.charCodeAt(blanks + 2) | 0x20) === 0x64) {
    const after = blanksEnd(text, blanks + 3);
    if (after > blanks + 3) {
      const end = wordAfterArticle(text, after);
      if (end >= 0) return end;
    }
  }
  // `[ \t]*[-–—][ \t]*`
  const dash = text.charCodeAt(blanks);
  if (dash === 0x2d || dash === 0x2013 || dash === 0x2014) {
    const end = numberWordEnd(text, blanksEnd(text, blanks + 1));
    if (end >= 0) return end;
  }
  // `[ \t]+(?:an?[ \t]+)?`
  return blanks > at ? wordAfterArticle(text, blanks) : -1;
}

/** The end of a number word at `at`, after `a` or `an` and blanks if the text has them there and that works, else -1. */
function wordAfterArticle(text: string, at: number): number {
  if ((text.charCodeAt(at) | 0x20) === 0x61) {
    if ((text.charCodeAt(at + 1) | 0x20) === 0x6e) {
      const after = blanksEnd(text, at + 2);
      if (after > at + 2) {
        const end = numberWordEnd(text, after);
        if (end >= 0) return end;
      }
    }
    const after = blanksEnd(text, at + 1);
    if (after > at + 1) {
      const end = numberWordEnd(text, after);
      if (end >= 0) return end;
    }
  }
  return numberWordEnd(text, at);
}
const RUN_WORD = /[A-Za-z]+/g;
/** `a`/`an` as a word before a number word (not the end of `than`: read on the four characters before it). */
const A_BEFORE = /(?<![A-Za-z])an?[ \t]+$/i;
/** `per` before a bare scale word, not after `parts` (`parts per million` is a unit of its own). */
const PER_BEFORE = /(?<![A-Za-z])(?<!parts[ \t]+)per[ \t]+$/i;
/** Scale words a rate may be counted per. */
const PER_SCALE = /^(?:hundred|thousand|million|billion)$/;
/** `minus` or `negative` before a number, not in `plus or minus` (a margin, as ± is). */
const SIGN_WORD_BEFORE = /(?<!\bplus[ \t]+or[ \t]+)\b(?:minus|negative)[ \t]+$/i;
const ONE_AS_PRONOUN_BEFORE = /\b(?:the|this|that|no|any|each|every|which|whichever|another|next|last|other|same)[ \t]+$/i;
const ONE_AS_PRONOUN_AFTER = /^[ \t]+(?:of|another|by one|after another|or (?:the )?other)\b/i;
/** `one day` meaning `someday`: at the start of a sentence or after a subject or modal. */
const SOMEDAY_BEFORE = /(?:^|[.!?][ \t]+|\b(?:may|might|will|would|could|can|shall|should|must|we|they|I|you|he|she|it)[ \t]+)$/i;
const DAY_AFTER = /^[ \t]+day\b/i;
const FIRST_AS_ADVERB = /^\s+of all\b/i;
const AT_BEFORE = /\bat[ \t]+$/i;

interface Word {
  w: string;
  start: number;
  end: number;
}

/** Unit ordinals that close a compound denominator (`twenty-firsts`, `thirty fifths`); not `second`. */
const UNIT_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, firsts: 1, third: 3, thirds: 3, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
};

/** A tens word and a unit ordinal at `j` (`twenty-firsts` → 21), for fractions. */
function compoundDenominator(words: readonly Word[], j: number): { den: number; plural: boolean } | undefined {
  const tens = CARDINALS[words[j]!.w];
  const unit = UNIT_ORDINALS[words[j + 1]?.w ?? ''];
  if (tens === undefined || tens < 20 || tens % 10 !== 0 || unit === undefined) return undefined;
  return { den: tens + unit, plural: words[j + 1]!.w.endsWith('s') };
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/**
 * Reads the longest number starting at `words[i]`; returns it and the index after it. `unitFirst`
 * lets a unit, `and` and a tens word be one number, in the older order of counting (`five and
 * thirty years` = 35, `four and twenty` = 24): not where a list or a range holds the words.
 */
function readWords(words: readonly Word[], i: number, unitFirst = false): { token?: NumberToken; next: number } {
  let total = 0;
  let group = 0;
  let last: Last = 'none';
  let withA = false;
  let j = i;
  let end = words[i]!.end;
  let whole = 0;
  let afterAnd = false;
  let andBase = 0;
  let lastScale = 1;
  let leadFraction: number;
  const done = (value: number, extra: Partial<NumberToken> = {}): { token?: NumberToken; next: number } => ({
    token: { start: words[i]!.start, end, value, form: 'words', ...extra },
    next: j,
  });
  for (; j < words.length; j++) {
    const { w } = words[j]!;
    if (w === 'a' || w === 'an') {
      if (last !== 'none' && !afterAnd) break;
      withA = true;
      continue;
    }
    if (w === 'and') {
      if (last === 'none' || afterAnd) break;
      const next = words[j + 1]?.w;
      const fractionAhead = next === 'a' || next === 'an'
        || (next !== undefined && CARDINALS[next] !== undefined && DENOMINATORS[words[j + 2]?.w ?? ''] !== undefined);
      if (fractionAhead) {
        if (last !== 'scale') lastScale = 1;
        whole = total + group;
        total = 0;
        group = 0;
        last = 'none';
        afterAnd = true;
        continue;
      }
      if (unitFirst && last === 'unit' && j === i + 1 && total === 0 && next !== undefined && TENS.has(next)
        && !(words[j + 2] && CARDINALS[words[j + 2]!.w] !== undefined)) {
        // `five and thirty`: the unit before its tens.
        j += 2;
        end = words[j - 1]!.end;
        return done(group + CARDINALS[next]!);
      }
      if (last !== 'hundred' && last !== 'scale') break;
      afterAnd = true;
      andBase = total + group;
      continue;
    }
    const card = CARDINALS[w];
    // `three billions`, `three thousand millions`: a plural scale after a count.
    const scale = SCALES[w] ?? (last !== 'none' && /^(?:thousand|million|billion|trillion)s$/.test(w) ? SCALES[w.slice(0, -1)] : undefined);
    const denom = DENOMINATORS[w];
    const ord = ORDINALS[w];
    const numerator = last === 'unit' || last === 'teen' || last === 'tens' || (last === 'none' && withA);
    const compound = card !== undefined ? compoundDenominator(words, j) : undefined;
    if (compound && (numerator || (compound.plural && last !== 'none'))) {
      // `three twenty-firsts`, `a twenty-first`, `one hundred thirty fifths` (100/35)
      j += 2;
      end = words[j - 1]!.end;
      return done(whole + (total + group || 1) / compound.den, { fraction: true });
    }
    if (denom !== undefined && denom >= 100 && w.endsWith('s') && last !== 'none' && total + group > 0) {
      // `a thousand trillionths`, `two hundredths`, `three hundred and sixty-two hundredths`
      j++;
      end = words[j - 1]!.end;
      if (andBase > 0 && !whole) return done(andBase + (total + group - andBase) / denom, { fraction: true });
      return done(whole + (total + group) / denom, { fraction: true });
    }
    if (ord !== undefined && ord >= 100 && !w.endsWith('s') && (group > 0 || total > 0) && last !== 'none') {
      // `three trillionth`, `a hundred trillionth`: a scale ordinal after a count.
      j++;
      end = words[j - 1]!.end;
      return done((total + group) * ord, { ordinal: true });
    }
    if (denom !== undefined && numerator && (last !== 'tens' || ord === undefined)) {
      j++;
      end = words[j - 1]!.end;
      const nextScale = SCALES[words[j]?.w ?? ''];
      if (nextScale !== undefined && nextScale >= 1e3) {
        // `three quarters million`, `two billion and a half million`; a whole without a scale of
        // its own takes the one after its fraction (`one and a half million` = 1,500,000).
        j++;
        end = words[j - 1]!.end;
        if (whole > 0 && lastScale === 1) return done((whole + (group || 1) / denom) * nextScale, { scaled: nextScale });
        return done(whole + total + ((group || 1) / denom) * nextScale, { scaled: nextScale });
      }
      if (whole > 0 && lastScale > 1) return done(whole + ((group || 1) / denom) * lastScale, { fraction: true });
      if (andBase > 0 && !whole) return done(andBase + (total + group - andBase) / denom, { fraction: true });
      return done(whole + total + (group || 1) / denom, { fraction: true });
    }
    if (denom !== undefined && last === 'none' && (denom === 2 || denom === 4)) {
      // `half million`, `quarter million`, `half a dozen`
      const next = words[j + 1]?.w === 'a' ? j + 2 : j + 1;
      const nextWord = words[next]?.w ?? '';
      const factor = SCALES[nextWord] ?? (nextWord.startsWith('dozen') ? 12 : undefined);
      if (factor !== undefined && factor >= 12 && (factor !== 100 || words[j + 1]?.w === 'a')) {
        leadFraction = 1 / denom;
        j = next;
        end = words[j]!.end;
        j++;
        return done(leadFraction * factor, { scaled: factor });
      }
    }
    if (w === 'point') {
      if (last === 'none' && !(i === j && words[j + 1])) break;
      let digits = '';
      let k = j + 1;
      for (; k < words.length; k++) {
        const d = CARDINALS[words[k]!.w];
        if (d === undefined) break;
        if (d < 10) digits += String(d);
        else if (digits === '' && (d < 20 || d % 10 === 0)) {
          const tail = CARDINALS[words[k + 1]?.w ?? ''];
          digits += tail !== undefined && tail < 10 && d >= 20 ? String(d + tail) : String(d);
          k += tail !== undefined && tail < 10 && d >= 20 ? 2 : 1;
          break;
        } else break;
      }
      if (!digits) break;
      j = k;
      end = words[k - 1]!.end;
      const after = SCALES[words[j]?.w ?? ''];
      if (after !== undefined && after >= 1e3 && total === 0) {
        j++;
        end = words[j - 1]!.end;
        return done((group + Number(`0.${digits}`)) * after, { scaled: after });
      }
      return done(total + group + Number(`0.${digits}`));
    }
    if (card !== undefined) {
      if (card < 10) {
        if (last === 'unit' || last === 'teen' || (last === 'tens' && afterAnd)) break;
        if (last === 'tens' && group % 10 !== 0) break;
      } else if (last === 'unit' || last === 'teen' || last === 'tens') break;
      if (withA && last === 'none') break;
      group += card;
      last = card < 10 ? 'unit' : card < 20 ? 'teen' : 'tens';
    } else if (w === 'hundred') {
      if (last === 'hundred' || last === 'scale' || (last === 'none' && !withA)) break;
      group = (group || 1) * 100;
      last = 'hundred';
    } else if (scale !== undefined || /^(?:lakh|crore)s?$/.test(w)) {
      if (last === 'none' && !withA) break;
      const factor = scale ?? (w.startsWith('lakh') ? 1e5 : 1e7);
      if (last === 'scale' && (w.startsWith('crore') || factor > lastScale)) total *= factor;
      else total += (group || 1) * factor;
      group = 0;
      last = 'scale';
      lastScale = factor;
    } else if (w.startsWith('doz')) {
      if (last === 'none' && !withA) break;
      j++;
      end = words[j - 1]!.end;
      if (andBase > 0) return done(andBase + (total + group - andBase || 1) * 12, { scaled: 12 });
      return done(whole + total + (group || 1) * 12, { scaled: 12 });
    } else if (ord !== undefined) {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && (ord >= 10 || afterAnd)) break;
      if (withA && last === 'none') break;
      j++;
      end = words[j - 1]!.end;
      return done(total + group + ord, { ordinal: true });
    } else break;
    afterAnd = false;
    end = words[j]!.end;
  }
  if (last === 'none') return { next: Math.max(j, i + 1) };
  // Do not swallow a trailing `and`/`a` that led nowhere.
  while (j > i && ['and', 'a', 'an'].includes(words[j - 1]!.w) && words[j - 1]!.end > end) j--;
  return done(whole + total + group, total >= 1e3 ? { scaled: largestScale(total) } : {});
}

/** The tens words (`twenty` … `ninety`). */
const TENS: ReadonlySet<string> = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/**
 * Before a unit, `and` and a tens word that are two numbers: a range (`between five and thirty`),
 * a pair (`both`, `either`, `from`), a list (`one, five and twenty`) or a number in digits or words
 * just before (`aged 3, five and twenty`).
 */
const TWO_NUMBERS_BEFORE = /(?:\b(?:between|both|either|from|among)|[,;/&+]|\d)[ \t]*$/i;

function scanWords(text: string, out: NumberToken[]): void {
  for (let run = nextWordRun(text, 0); run; run = nextWordRun(text, run[1])) {
    const [at, runEnd] = run;
    const raw = text.slice(at, runEnd);
    const words: Word[] = [];
    RUN_WORD.lastIndex = 0;
    for (let w = RUN_WORD.exec(raw); w; w = RUN_WORD.exec(raw)) {
      words.push({ w: w[0].toLowerCase(), start: at + w.index, end: at + w.index + w[0].length });
    }
    // A leading `a`/`an` before a scale, `dozen` or a fraction (`a dozen`, `a half`).
    const before = text.slice(Math.max(0, at - 4), at);
    const lead = A_BEFORE.exec(before);
    // An ordinal that is also a denominator reads as a fraction after `a` where its phrase ends on
    // it (`fell by a third.`, `a fifth of the land`); before a noun it is the ordinal (`a third term`).
    const first = words[0]!;
    const fraction = ORDINALS[first.w] === undefined || (DENOMINATORS[first.w] ?? 0) >= 100
      || (DENOMINATORS[first.w] !== undefined && words.length === 1 && (endsPhrase(text, first.end) || FRACTION_COMPARED.test(text.slice(first.end, first.end + 12))));
    if (lead && CARDINALS[first.w] === undefined && fraction) {
      const start = at - lead[0].length;
      words.unshift({ w: lead[0].trim().toLowerCase(), start, end: start + lead[0].trim().length });
    } else if (PER_SCALE.test(first.w) && PER_BEFORE.test(text.slice(Math.max(0, at - 16), at))) {
      // `per million British thermal units`, `per thousand residents`: a rate's denominator, a
      // million as `a million` is (Chinese writes the number: 每百万英热单位, 每千人); not `parts per million`.
      words.unshift({ w: 'a', start: at, end: at });
    }
    const unitFirst = !TWO_NUMBERS_BEFORE.test(text.slice(Math.max(0, words[0]!.start - 16), words[0]!.start));
    let i = 0;
    while (i < words.length) {
      const { token, next } = readWords(words, i, unitFirst && i === 0);
      if (token && keepWordToken(text, token)) out.push(quartersCounted(text, token, words, next) ?? token);
      else if (!token && words[i]!.w === 'half' && next === i + 1) {
        const half = bareHalf(text, words[i]!);
        if (half) out.push(half);
      }
      i = next > i ? next : i + 1;
    }
  }
}

/** Words before a count of quarters of a year: `the first three quarters`, `the past two quarters`, `three consecutive quarters`. */
const QUARTERS_COUNTED_BEFORE = /\b(?:first|last|past|previous|next|coming|recent|latest|final)[ \t]+$/i;
/** Words after a count of quarters: `two quarters in a row`, `three quarters running`. */
const QUARTERS_COUNTED_AFTER = /^[ \t]+(?:in[ \t]+a[ \t]+row|running|straight|in[ \t]+succession|consecutively)\b/i;
/** `of` after quarters that makes them shares of a thing (`the first three quarters of the budget`), not of a year. */
const QUARTERS_OF_THING = /^[ \t]+of[ \t]+(?!(?:the[ \t]+|this[ \t]+|last[ \t]+|next[ \t]+)?(?:year|fiscal|financial|season|game|match)\b|(?:FY)?\d{4}\b)/i;

/**
 * A count before `quarters` read as a fraction (`three quarters` = 0.75) where the words around
 * make them quarters of a year or of a game (`the first three quarters`, `two quarters in a row`):
 * the count alone, as Chinese 前三季度 and 连续两个季度 read.
 */
function quartersCounted(text: string, token: NumberToken, words: readonly Word[], next: number): NumberToken | undefined {
  const last = words[next - 1];
  if (!token.fraction || last?.w !== 'quarters' || next - 2 < 0) return undefined;
  const count = CARDINALS[words[next - 2]!.w];
  if (count === undefined || count < 2 || count > 12 || words[next - 2]!.start !== token.start) return undefined;
  const after = text.slice(last.end, last.end + 32);
  if (QUARTERS_OF_THING.test(after)) return undefined;
  if (!QUARTERS_COUNTED_BEFORE.test(text.slice(Math.max(0, token.start - 10), token.start)) && !QUARTERS_COUNTED_AFTER.test(after)) return undefined;
  return { start: token.start, end: words[next - 2]!.end, value: count, form: 'words' };
}

/** What follows a share of a whole: `half of`, `half the`, `half their`. */
const HALF_OF_AFTER = /^[ \t]+(?:of|the|its|their|his|her|our|your|all)\b/i;
/** Words before `half` that make it a part named, not a share: `the half`, `the second half`, `the other half`, `one half`. */
const HALF_PART_BEFORE = /\b(?:the|first|second|third|fourth|other|latter|former|each|every|one|a|an|and|in|by|to)[ \t]+$/i;

/**
 * `half` alone as a share of a whole (`half of the residents`, `nearly half the budget`, `more
 * than half of them`): 0.5, as `一半` reads. Not a part named (`the second half of the year`,
 * `the other half`), and not before anything else (`half time`, `half a dozen` read elsewhere).
 */
function bareHalf(text: string, word: Word): NumberToken | undefined {
  if (!HALF_OF_AFTER.test(text.slice(word.end, word.end + 8))) return undefined;
  if (HALF_PART_BEFORE.test(text.slice(Math.max(0, word.start - 10), word.start))) return undefined;
  return { start: word.start, end: word.end, value: 0.5, form: 'words', fraction: true };
}

/** A word of comparison after a fraction (`a tenth above`, `a third more`, `a fifth lower`): by how much, no ordinal. */
const FRACTION_COMPARED = /^[ \t]+(?:above|below|more|less|fewer|higher|lower|greater|smaller|larger|bigger|over|under|up|down)\b/i;

/** Words before `second` that make it the unit of time: `metres per second`, `a split second`, `a tenth of a second`. */
const SECOND_AS_UNIT_BEFORE = /\b(?:per|split|of[ \t]+a|each)[ \t]+$/i;

/** A race named by its half (`a half marathon`, `half-marathon`, `half-ironman`). */
const HALF_RACE_AFTER = /^[ \t-]*(?:marathon|ironman)/i;

/** Drops words that are not counts here: `one of`, `the one`, `first of all`, `at first`. */
function keepWordToken(text: string, t: NumberToken): boolean {
  const raw = text.slice(t.start, t.end).toLowerCase();
  const before = text.slice(Math.max(0, t.start - 12), t.start);
  const after = text.slice(t.end, t.end + 24);
  if (raw === 'one') {
    if (DAY_AFTER.test(after) && SOMEDAY_BEFORE.test(before)) return false;
    // `the one-month rate`: joined by a hyphen to its unit, no pronoun.
    return (!ONE_AS_PRONOUN_BEFORE.test(before) || /^-[a-z]/i.test(after)) && !ONE_AS_PRONOUN_AFTER.test(after);
  }
  if (raw === 'first') return !FIRST_AS_ADVERB.test(after) && !AT_BEFORE.test(before);
  // `a half marathon`, `half-marathon`: a race's name, not a half of something.
  if ((raw === 'half' || raw === 'a half') && HALF_RACE_AFTER.test(after)) return false;
  // `for a second.`: a moment, not the ordinal; `per second`, `a split second`: the unit of time.
  if (raw === 'second') return !(/\ba[ \t]+$/i.test(before) && /^(?:[.,;:!?)"\u201d\u2019]|$)/.test(after)) && !SECOND_AS_UNIT_BEFORE.test(before);
  return true;
}

/** Whether a UTF-16 code is an ASCII digit (NaN past the text's end is none). */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A noun that names things by a code of digits and a letter (`bus 5B`, `Routes 5B and 12M`, `Flat 3K`, `Gate 2B`). */
const CODE_NOUN_BEFORE = /\b(?:bus(?:es)?|routes?|lines?|flats?|rooms?|gates?|platforms?|blocks?|exits?|seats?|units?|halls?|towers?|wards?|berths?)\b[^.;:!?]{0,12}$/i;

/** Whether a capital letter glued to digits ends a code the noun before names (`bus 5B`), no scale (`5B` is no 5 billion there). */
function codeAfterNoun(text: string, start: number, letters: string): boolean {
  return letters.length === 1 && letters !== letters.toLowerCase() && CODE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

function scanDigits(text: string, out: NumberToken[]): void {
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const core = m[0];
    const start = m.index;
    let end = start + core.length;
    // Most numbers are plain digits (`2023`, `14`), which need none of the tests of signs and separators.
    const digitsOnly = allDigits(core);
    const negative = !digitsOnly && /^[-−]/.test(core);
    // The sign is read apart from the digits, so an exponent keeps its own (`-12e-1` = -1.2).
    let value = digitsOnly ? Number(core) : Number(core.replace(/^[-−]\s?/, '').replace(/[\s,\u00a0\u202f]/g, ''));
    if (negative) value = -value;
    const token: NumberToken = { start, end, value, form: 'digits' };
    // Set on the token once it is known, at the end: a property deleted after others were added
    // leaves the token a slow dictionary of properties for every extractor that reads it.
    let bare = digitsOnly;
    TIMES_TEN.lastIndex = end;
    const sci = TIMES_TEN.exec(text);
    if (sci) {
      token.value = value * 10 ** Number(sci[1]);
      token.end = end = TIMES_TEN.lastIndex;
      bare = false;
    }
    POWER.lastIndex = end;
    const power = sci ? null : POWER.exec(text);
    if (power) {
      const exp = (power[1]!.split('-').length - 1) % 2 ? -Number(power[2]) : Number(power[2]);
      token.value = Math.sign(value) * Math.abs(value) ** exp;
      token.end = end = POWER.lastIndex;
      bare = false;
    }
    SLASH.lastIndex = end;
    const slash = !power && (digitsOnly || /^-?\d+$/.test(core)) ? SLASH.exec(text) : null;
    if (slash) {
      const den = Number(slash[1]);
      const num = Math.abs(value);
      if (num < den && den <= 10) {
        token.value = (negative ? -1 : 1) * (num / den);
        token.fraction = true;
        token.end = end = SLASH.lastIndex;
        bare = false;
      } else {
        // Probably a date (`2/15`) or a code; the date extractor reads it.
        DIGITS.lastIndex = SLASH.lastIndex;
        continue;
      }
    } else if (!power && (digitsOnly || /^[-−]?\s?\d+$/.test(core))) {
      MIXED.lastIndex = end;
      const mixed = MIXED.exec(text);
      if (mixed && Number(mixed[1]) < Number(mixed[2]) && Number(mixed[2]) <= 16) {
        const frac = Number(mixed[1]) / Number(mixed[2]);
        token.value = negative ? value - frac : value + frac;
        token.fraction = true;
        token.end = end = MIXED.lastIndex;
        bare = false;
      }
    }
    GLUED.lastIndex = end;
    const glued = GLUED.exec(text);
    if (glued) {
      const letters = glued[0];
      const scale = GLUED_SCALE[letters.toLowerCase()];
      // Digits again after the letters make a code of it all (`2305B00001`, a serial number), no scale.
      const code = isAsciiDigit(text.charCodeAt(GLUED.lastIndex));
      const raced = (letters === 'm' || letters === 'K' || letters === 'k')
        && (racedMetres(text, token.start, GLUED.lastIndex, letters === 'm') || (letters === 'm' && groupedMetres(text, token.start, GLUED.lastIndex, core)));
      if (scale && !token.fraction && !code && !raced && !codeAfterNoun(text, token.start, letters)) {
        token.value *= scale;
        token.scaled = scale;
        token.end = GLUED.lastIndex;
        bare = false;
      } else if (ORDINAL_SUFFIX.test(letters) && (digitsOnly || GROUPED.test(core))) {
        token.ordinal = true;
        token.end = GLUED.lastIndex;
        bare = false;
      } else token.glued = letters;
    } else {
      AND_A_HALF.lastIndex = end;
      const half = !token.fraction && Number.isInteger(token.value) ? AND_A_HALF.exec(text) : null;
      if (half && /^[ \t]+(?:hours?|days?|minutes?|mins?|years?|months?|weeks?|seconds?|dozens?|million|billion|percent|times)\b/i.test(text.slice(AND_A_HALF.lastIndex, AND_A_HALF.lastIndex + 12))) {
        token.value += half[1]!.toLowerCase() === 'half' ? 0.5 : 0.25;
        token.end = end = AND_A_HALF.lastIndex;
        token.fraction = true;
        bare = false;
      }
      // `the 100 millionth passenger`, `its 10-millionth visitor`: a scale's ordinal after the digits.
      SCALED_ORDINAL.lastIndex = end;
      const nth = !token.fraction && Number.isInteger(token.value) ? SCALED_ORDINAL.exec(text) : null;
      if (nth) {
        const scale = ORDINAL_SCALES[nth[1]!.toLowerCase()]!;
        token.value *= scale;
        token.scaled = scale;
        token.ordinal = true;
        token.end = end = SCALED_ORDINAL.lastIndex;
        bare = false;
      }
      SPACED_SCALE.lastIndex = end;
      const spaced = nth ? null : SPACED_SCALE.exec(text);
      if (spaced && !token.fraction) {
        const word = spaced[1]!.toLowerCase();
        const scale = SCALES[word] ?? GLUED_SCALE[word] ?? GLUED_SCALE[word.replace(/s$/, '')] ?? 1;
        token.value *= scale;
        token.scaled = scale;
        token.end = end = SPACED_SCALE.lastIndex;
        bare = false;
        end = token.end = continueScale(text, token, scale, end);
        AND_A_HALF.lastIndex = end;
        const half = scale >= 1e3 ? AND_A_HALF.exec(text) : null;
        if (half) {
          token.value += (half[1]!.toLowerCase() === 'half' ? 0.5 : 0.25) * scale;
          token.end = AND_A_HALF.lastIndex;
        }
      }
    }
    if (!negative) {
      const sign = SIGN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
      if (sign) {
        token.value = -token.value;
        token.start -= sign[0].length;
      }
    }
    token.value = tidy(token.value);
    if (bare) token.bare = true;
    out.push(token);
    DIGITS.lastIndex = Math.max(DIGITS.lastIndex, token.end);
  }
}

/** Whether `core` is ASCII digits only (`/^\d+$/`). */
function allDigits(core: string): boolean {
  if (core.length === 0) return false;
  for (let k = 0; k < core.length; k++) if (!isAsciiDigit(core.charCodeAt(k))) return false;
  return true;
}

function largestScale(value: number): number {
  let scale = 1e3;
  while (scale * 1e3 <= value && scale < 1e12) scale *= 1e3;
  return scale;
}

/** Reads what follows a spelled scale (`4 thousand` + ` 3 hundred and 21`); returns the new end. */
function continueScale(text: string, token: NumberToken, scale: number, end: number): number {
  let last = scale;
  for (;;) {
    SCALE_MORE.lastIndex = end;
    const m = SCALE_MORE.exec(text);
    if (!m) return end;
    let add: number;
    let next: number;
    const joined = /and/i.test(m[0]) || last === 100;
    if (m[1]) {
      const s2 = m[2] ? SCALES[m[2].toLowerCase()]! : 1;
      if (s2 >= last || (s2 === 1 && !joined)) return end;
      add = Number(m[1]) * s2;
      next = s2;
    } else {
      const a = CARDINALS[m[3]!.toLowerCase()];
      const b = m[4] ? CARDINALS[m[4].toLowerCase()] : 0;
      // Words go on a hundred or a thousand (`3 hundred and one`), not a million or more, after which
      // `and` and a word open a number of their own (`NT$85 million and three and a half years`).
      if (a === undefined || b === undefined || a === 0 || !joined || last > 1000 || (m[4] && (a < 20 || a % 10 !== 0 || b >= 10))) return end;
      add = a + b;
      next = 1;
    }
    if (next >= last || add >= last) return end;
    token.value += add;
    last = next;
    end = SCALE_MORE.lastIndex;
    if (next === 1) return end;
  }
}

function scanVulgar(text: string, out: NumberToken[]): void {
  VULGAR.lastIndex = 0;
  let sorted = true;
  let byEnd: Map<number, NumberToken> | undefined;
  for (let m = VULGAR.exec(text); m; m = VULGAR.exec(text)) {
    const value = VULGAR_VALUES[m[0]]!;
    byEnd ??= new Map(out.map((t) => [t.end, t]));
    const found = byEnd.get(m.index);
    const before = found?.form === 'digits' && !found.fraction && Number.isInteger(found.value) ? found : undefined;
    if (before) {
      before.value += before.value < 0 ? -value : value;
      before.end += 1;
      // `bare` goes before `fraction` comes: the property added last is taken away without making the token a dictionary.
      delete before.bare;
      before.fraction = true;
    } else {
      out.push({ start: m.index, end: m.index + 1, value, form: 'digits', fraction: true });
      sorted = false;
    }
  }
  if (!sorted) out.sort((a, b) => a.start - b.start);
}

/** Rounds away binary noise (`6.6 * 1e9` → 6600000000). */
export function tidy(value: number): number {
  // A whole number of at most 15 digits has no noise: 15 significant digits write it exactly.
  // (Zero is left to the long way, which turns -0 into 0.)
  if (Number.isInteger(value) && value !== 0 && value < 1e15 && value > -1e15) return value;
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/**
 * Finds every number in an English text, digits or words, with scales folded in
 * (`6.6 billion` → 6600000000, `a dozen` → 12, `one and a half` → 1.5, `21st` → ordinal 21).
 * Returns tokens sorted by start; they do not overlap.
 */
export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  scanDigits(text, out);
  scanVulgar(text, out);
  const digits = out.length;
  scanWords(text, out);
  for (let k = digits; k < out.length; k++) {
    const t = out[k]!;
    const sign = SIGN_WORD_BEFORE.exec(text.slice(Math.max(0, t.start - 20), t.start));
    if (sign && !t.ordinal) {
      t.value = -t.value;
      t.start -= sign[0].length;
    }
    t.value = tidy(t.value);
  }
  for (let k = 0; k < digits; k++) {
    const t = out[k]!;
    // SECTION_BEFORE ends with a space or a tab: a number after anything else is not asked.
    const before = text.charCodeAt(t.start - 1);
    if ((before === 32 || before === 9) && !t.ordinal && t.glued === undefined && t.scaled === undefined && Number.isInteger(t.value) && t.value > 0
      && SECTION_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) t.ordinal = true;
  }
  if (digits === 0 || digits === out.length) return out;
  return mergedByStart(out, digits);
}

/**
 * A part of a text, a course or a series named by its number (`Article 60`, `Chapter 3`, `Season
 * 2`, `Lesson 12`, `Round 3`, `Day 4`): the sixtieth article, as Chinese writes it (`第六十条`,
 * `第三章`, `第二季`, `第十二课`, `第三轮`, `第四天`), an ordinal; so are a level, a grade, a tier and a
 * category (`Grade 5` 五年级, `Category 4` 4级). Besides the words of legal texts,
 * only capitalized, as headings and labels write them (`unit 5` may be a flat's number).
 */
const SECTION_BEFORE = /(?:\b(?:[Aa]rticle|[Cc]hapter|[Ss]ection|[Cc]lause|[Pp]aragraph|Annex|Appendix|Volume|Episode|Season|Phase|Stage|Level|Grade|Tier|Category|Lesson|Lecture|Unit|Module|Part|Book|Act|Scene|Round|Game|Leg|Day|Week|Step))[ \t]$/;

/**
 * `tokens` sorted by start (stably), where its first `split` tokens and the rest are each in
 * order, as the digits and the words are found: merged, taking the digits first on a tie, as
 * the stable sort does, with no sort. Sorted as usual otherwise.
 */
function mergedByStart(tokens: NumberToken[], split: number): NumberToken[] {
  for (let k = 1; k < tokens.length; k++) {
    if (k !== split && tokens[k]!.start < tokens[k - 1]!.start) return tokens.sort((a, b) => a.start - b.start);
  }
  const digits = tokens.slice(0, split);
  let a = 0;
  let b = split;
  for (let k = 0; k < tokens.length; k++) {
    tokens[k] = b >= tokens.length || (a < split && digits[a]!.start <= tokens[b]!.start) ? digits[a++]! : tokens[b++]!;
  }
  return tokens;
}
