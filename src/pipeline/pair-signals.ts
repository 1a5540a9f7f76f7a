import { asciiAlphanumerics, stripNeutral } from './detect.js';
import { isDateLine, isPipedLabels, isPipedPageInfo } from './dateline.js';
import { isCreditLine } from './block-kind.js';
import { charRemover } from '../char-remover.js';

/** What pairing knows about one piece of text (a block or a sentence). */
export interface TextSignals {
  /** Length in characters without blank space, pinyin glosses and footnote marks. */
  length: number;
  /** Numbers, by their significant digits (`6.6` and `66` and `660` all read `66`). */
  numberKeys: string[];
  /** Weight of each number in `numberKeys` (years weigh more, single digits less). */
  numberWeights: number[];
  /** Latin words of two letters or more, lower-cased, with their counts (built on first use). */
  readonly words: Map<string, number>;
  /**
   * The words of `words` in its order, and their counts (built on first use): the innermost loop
   * of the search reads them by index, with no callback (and the context it closes over) per call.
   */
  readonly wordList: readonly string[];
  readonly wordTally: readonly number[];
  /** The text has Latin words. */
  hasWords: boolean;
  /** Normalized text, to recognise blocks that are the same on both sides (built on first use). */
  readonly key: string;
  /**
   * A hash of `key` and its length, worked out without building it where it can be (on first
   * use): texts whose digests differ have different keys.
   */
  readonly keyDigest: KeyDigest;
  /** Looks like a part of an article that has no translation: dateline, byline, source line, related-news list. */
  boilerplate: boolean;
}

/** A hash of a normalized text (`TextSignals.key`) and its length. */
export interface KeyDigest {
  hash: number;
  length: number;
  /** The text the key is made of. */
  text: string;
}

/** A run of digits with inner separators: `1,234.5`, `2024`. */
const NUMBER = /\d+(?:[.,]\d+)*/g;
/** Drops spacing and punctuation (`/[\s\p{P}]+/gu`). */
const dropSpacingAndPunctuation = charRemover(/[\s\p{P}]/uy);
/** An editor's or reporter's credit in brackets at a paragraph's end, maybe a wire's code after it (`（編輯：林孟汝）1150327`). */
const CREDIT_TAIL = /[（(][ \t]*(?:编辑|編輯|责任编辑|責任編輯|责编|責編|记者|記者|译者|譯者|编译|編譯)[ \t]*[:：][^（()）\n]{1,16}[）)][ \t]*\d{0,8}[ \t]*$/;
/** A footnote mark glued to a word: `word[1]`, `詞¹`, `话[注2]`. */
const FOOTNOTE = /\[(?:注|note\s?)?\d{1,3}\]|[¹²³⁴-⁹⁰]+/gi;

/**
 * A byline, a source or editor line, an end mark (`Ends/Friday, March 3, 2023`, `NNNN`), an issue
 * time (`Issued at HKT 15:30`), a photo credit (also in brackets: `(Photo by …)`, `[Photo/…]`).
 */
/**
 * A line a site's advertising label opens: the label in brackets (`【广告】扫码下载APP`,
 * `[Sponsored] …`, `(Advertisement)`) or before a colon or bar (`广告：…`, `Sponsored | …`).
 */
const AD_LABEL = /^(?:[([【]\s*(?:广告|廣告|推广|推廣|赞助|贊助|advertisement|advert|ad|sponsored|promoted)\s*[)\]】]|(?:广告|廣告|推广|推廣|advertisement|sponsored(?:\s+content)?|promoted)\s*[:：|｜])/i;

const BYLINE = /^[([【]?\s*(?:by\s+\S|ends\s*\/|issued\s+at\s+(?:hkt\s+)?\d{1,2}[:：]\d{2}|nnnn$|from\s+(?:our|the)\s|source\s*[:：]|editor\s*[:：]|(?:(?:translated|compiled|edited|written)\s*(?:&|and)\s*)?(?:translated|compiled|edited|written)\s+by|reporting\s+by|photo\s*(?:by|credit)?\s*[:：]|[([【]\s*(?:photos?|pictures?|images?|video)\s*(?:by\b|credit|courtesy|[:：/])|\(?(?:xinhua|reuters|ap|afp)\)?$|related(?:\s+(?:news|articles|stories|reading|links?))?\s*[:：]|related\s+(?:news|articles|stories|reading|links?)|read\s+more|see\s+also|more\s+(?:news|stories)|recommended)/i;
/** A photo credit standing alone: `Photo by Liu Kun / China Daily` (a name follows `by`), `Photos courtesy of the museum`. */
const PHOTO_CREDIT = /^(?:[Pp]hoto(?:s|graph(?:ed)?)?|[Pp]ictures?|[Ii]mages?|[Vv]ideo)\s+(?:by\s+\p{Lu}|courtesy\s+of\s)/u;
const BYLINE_ZH = /^(?:新华社|新華社|中央社|中新社|中新网|中新網|中通社)[^，。,]{0,20}\d{1,2}日(?:电|電)$|^(?:文章来源|文章來源|本文来源|本文來源|本文来自|本文來自|责编|責編|译者|譯者)\s*[:：]|^(?:香港|香港特區|澳門|澳门|北京|台北|臺北)(?:時間|时间)\s*\d|^(?:本报|本報)(?:讯|訊|[^\s，。（(]{1,12}(?:电|電))\s*(?:[(（]?\s*(?:记者|記者)[^，。()（）]{0,12}[)）]?)?$|^[(（[【]?(?:完|终|全文完|end)[)）\]】]?$|^[(（[【]?\s*(?:责任编辑|責任編輯|(?:编辑|編輯)(?!注意|说明|說明|提示|按)|(?:记者|記者)(?![会會们們站证證节節])|作者|来源|來源|出处|出處|审核|審核|校对|校對|摄影|攝影|图片来源|圖片來源|本报记者|本報記者|通讯员|通訊員|相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞)/;

/**
 * Reads the pairing signals of one text: its length, numbers, Latin words, normalized
 * form and whether it looks like boilerplate that stays without translation.
 */
export function textSignals(text: string): TextSignals {
  let clean = stripNeutral(text);
  // An editor's credit closing a wire story's last paragraph, and the wire's code after it
  // (`…的电价。（編輯：林孟汝）1150327`), has no counterpart in the other language's paragraph.
  const close = clean.length > 8 ? clean.charCodeAt(clean.length - 1) : 0;
  if ((close === 0xff09 || close === 0x29 || (close >= 0x30 && close <= 0x39)) && CREDIT_TAIL.test(clean)) clean = clean.replace(CREDIT_TAIL, '');
  let length = 0;
  // Whether the text may hold a footnote mark, read in the pass that counts its length: every
  // mark (FOOTNOTE) opens on `[` or is a superscript digit, and most texts hold neither.
  let footnote = false;
  for (let i = 0, n = clean.length; i < n; i++) {
    const c = clean.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && !(c >= 0xdc00 && c <= 0xdfff)) length++;
    if (c === 0x5b || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0x2070 && c <= 0x2079)) footnote = true;
  }
  if (footnote) {
    const unmarked = clean.replace(FOOTNOTE, '');
    if (unmarked.length < clean.length) {
      clean = unmarked;
      length = visibleLength(clean);
    }
  }
  const folded = toHalfWidth(clean).toLowerCase();
  const numbers = new Map<string, number>();
  // `exec` over the pattern itself: `matchAll` copies the pattern and makes an iterator per text.
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(folded); m; m = NUMBER.exec(folded)) {
    const key = significant(m[0]);
    const weight = key.length >= 2 ? (/^(?:19|20)\d\d$/.test(m[0]) ? 1.5 : 1) : 0.4;
    numbers.set(key, (numbers.get(key) ?? 0) + weight);
  }
  // Numbers written in words on either side (`兩千`, `一百七十`, `八成`; `twenty-four`, `five million`)
  // meet the digits of the other side by the same significant digits.
  if (ZH_NUMERAL_HINT.test(clean)) for (const value of chineseNumerals(clean)) addWritten(numbers, value);
  if (EN_NUMBER_HINT.test(folded)) for (const value of englishNumberWords(folded)) addWritten(numbers, value);
  const hasWords = /[a-z]/.test(folded);
  // A month named in English is the number the Chinese writes (`August` = `8月`); a text without
  // Latin letters names none.
  if (hasWords) {
    EN_MONTH.lastIndex = 0;
    for (let m = EN_MONTH.exec(clean); m; m = EN_MONTH.exec(clean)) addWritten(numbers, MONTHS.indexOf(m[1]!.slice(0, 3)) + 1);
  }
  return new Signals(text, length, [...numbers.keys()], [...numbers.values()], hasWords, hasWords ? folded : undefined, looksLikeBoilerplate(text));
}

/** Characters of `text` without blank space (ASCII, full-width, NBSP) and without the second half of a surrogate pair. */
function visibleLength(text: string): number {
  let length = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && !(c >= 0xdc00 && c <= 0xdfff)) length++;
  }
  return length;
}

/**
 * `TextSignals` whose words, key and digest are worked out on first use. A class, so that the
 * getters are its prototype's: an object literal with getters takes three closures and is built
 * by the runtime, for each block and sentence, at several times the cost of the rest of the signals.
 */
class Signals implements TextSignals {
  private wordCounts: Map<string, number> | undefined;
  private listed: { words: string[]; tally: number[] } | undefined;
  private normalized: string | undefined;
  private digest: KeyDigest | undefined;

  constructor(
    private readonly text: string,
    public length: number,
    public numberKeys: string[],
    public numberWeights: number[],
    public hasWords: boolean,
    /**
     * The folded text, kept only until its words are read (and not at all without words):
     * pairing keeps every block's signals to its end.
     */
    private unread: string | undefined,
    public boilerplate: boolean,
  ) {}

  get words(): Map<string, number> {
    if (!this.wordCounts) {
      this.wordCounts = this.unread === undefined ? new Map<string, number>() : latinWords(this.unread);
      this.unread = undefined;
    }
    return this.wordCounts;
  }

  get wordList(): readonly string[] {
    return this.listWords().words;
  }

  get wordTally(): readonly number[] {
    return this.listWords().tally;
  }

  private listWords(): { words: string[]; tally: number[] } {
    if (!this.listed) {
      const words: string[] = [];
      const tally: number[] = [];
      this.words.forEach((n, word) => {
        words.push(word);
        tally.push(n);
      });
      this.listed = { words, tally };
    }
    return this.listed;
  }

  get key(): string {
    this.normalized ??= dropSpacingAndPunctuation(toHalfWidth(this.text).toLowerCase());
    return this.normalized;
  }

  get keyDigest(): KeyDigest {
    this.digest ??= digestOfKey(this.text) ?? digestOf(this.text, this.key);
    return this.digest;
  }
}

/**
 * The Latin words of lower-cased `text` (`/[a-z][a-z0-9]+/g`: a letter, then letters or digits, two
 * or more) with their counts, read code by code: no match array per word.
 */
function latinWords(text: string): Map<string, number> {
  const words = new Map<string, number>();
  const n = text.length;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n) {
      const d = text.charCodeAt(end);
      if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39))) break;
      end++;
    }
    if (end - i >= 2) {
      const word = text.slice(i, end);
      words.set(word, (words.get(word) ?? 0) + 1);
    }
    i = end;
  }
  return words;
}

/** Adds a number written in words, as a number key of its significant digits. */
function addWritten(numbers: Map<string, number>, value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) return;
  const raw = String(value);
  const key = significant(raw);
  const weight = key.length >= 2 ? (/^(?:19|20)\d\d$/.test(raw) ? 1.5 : 1) : 0.4;
  numbers.set(key, (numbers.get(key) ?? 0) + weight);
}

/** English month names, by their first three letters. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * An English month name, capitalized (`August`, `Aug.`, `Sept.`); `May` and `March` only before a
 * day or a year (`May 5`, `March 2024`), since they are also words.
 */
const EN_MONTH = /\b(January|February|April|June|July|August|September|October|November|December|Jan\.|Feb\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|(?:May|March|Mar\.)(?=\s+\d))/g;

/** Values of Chinese numeral characters. */
const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
/** A quick test: a numeral beside a unit or another numeral, or a digit before 成 (tenths) or 倍 (times). */
const ZH_NUMERAL_HINT = /[零〇一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千万萬亿億成倍]/;
/**
 * A number written in Chinese numerals as quantities are (`兩千`, `一百七十`, `二十四`, `三萬`): it
 * opens with a digit or 十 and holds a unit; a digit before 成 or 倍 (`八成`, `三倍`); a year written
 * digit by digit (`二〇二三`). Runs opening with 万 or 千 (`万一` in case, `千万` by all means) and bare
 * digits (`一些`, `三四个`) are words, not figures.
 */
const ZH_NUMERAL = /[一二两兩三四五六七八九十][零〇一二两兩三四五六七八九十百千万萬亿億]*|[一二三四五六七八九][〇零][〇零一二三四五六七八九]{2}/g;

/** The values of numbers written in Chinese numerals in `text` (see `ZH_NUMERAL`). */
export function chineseNumerals(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(ZH_NUMERAL)) {
    const run = m[0];
    const next = text[m.index + run.length];
    if (/^[一二三四五六七八九][〇零]/.test(run) && run.length === 4 && !/[十百千万萬亿億]/.test(run)) {
      out.push(Number([...run].map((c) => ZH_DIGIT[c]).join('')));
      continue;
    }
    const hasUnit = /[十百千万萬亿億]/.test(run);
    if (run.length === 1 && (next === '成' || next === '倍') && run !== '十') out.push(ZH_DIGIT[run]!);
    else if (hasUnit && run.length >= 2) out.push(readChineseNumeral(run));
  }
  return out;
}

/** The value of a run of Chinese numerals with units (`一百七十` 170, `三萬五千` 35000, `十二` 12). */
function readChineseNumeral(run: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const c of run) {
    if (c in ZH_DIGIT) digit = ZH_DIGIT[c]!;
    else if (c in ZH_UNIT) {
      section += (digit < 0 ? 1 : digit) * ZH_UNIT[c]!;
      digit = -1;
    } else if (c in ZH_BIG) {
      total = (total + section + Math.max(0, digit)) * ZH_BIG[c]!;
      section = 0;
      digit = -1;
    }
  }
  return total + section + Math.max(0, digit);
}

const EN_SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** A quick test: a word for tens or teens, or a scale word. */
const EN_NUMBER_HINT = /(?:ty|teen|hundred|thousand|million|billion|trillion|percent|per cent)\b/;
/** A run of English number words (`one hundred and seventy`, `twenty-four`, `five million`). */
const EN_NUMBER_WORDS = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\b(?:(?:\s+and\s+|[\s-]+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)\b)*(?=(\s+(?:percent|per cent))?)/g;

/**
 * The values of numbers written in English words in lower-cased `text`: a tens or teens word
 * (`twenty-four`, `fifteen`), or words with a scale (`five million`, `three hundred`) or before
 * `percent` (`five percent`). `one` or `two` alone (`one of them`, `two cities`) is no figure.
 */
export function englishNumberWords(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(EN_NUMBER_WORDS)) {
    const words = m[0].split(/\s+and\s+|[\s-]+/);
    let total = 0;
    let section = 0;
    let figure = m[1] !== undefined;
    for (const w of words) {
      if (w in EN_SCALE) {
        const scale = EN_SCALE[w]!;
        figure = true;
        if (scale === 100) section = (section || 1) * 100;
        else {
          total += (section || 1) * scale;
          section = 0;
        }
      } else {
        const v = EN_SMALL[w]!;
        if (v > 10) figure = true;
        section += v;
      }
    }
    if (figure) out.push(total + section);
  }
  return out;
}

/** Digits of a number without separators and without leading or trailing zeros. */
function significant(raw: string): string {
  const digits = raw.replace(/[.,]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  return digits === '' ? '0' : digits;
}

/**
 * One character of spacing or punctuation, for the tables below: one pattern made once, where a
 * literal inside their callbacks made a pattern object for each of some 300 codes at load.
 */
const SPACING_OR_PUNCTUATION = /[\s\p{P}]/u;
/** What each ASCII code turns into in a key: its lower case, or -1 where the key drops it. */
const ASCII_IN_KEY = Int16Array.from({ length: 128 }, (_, c) => {
  const lower = String.fromCharCode(c).toLowerCase();
  return SPACING_OR_PUNCTUATION.test(lower) ? -1 : lower.charCodeAt(0);
});
/** One character the key drops (spacing or punctuation, which have no case). */
const DROPPED = /[\s\p{P}]/uy;
/**
 * Whether the key drops each code of the blocks Chinese text takes its punctuation from
 * (general punctuation `“”—…`, CJK symbols and punctuation `。、《》`), answered once: 1 dropped.
 */
const GENERAL_PUNCTUATION = dropsOf(0x2000, 0x2070);
const CJK_PUNCTUATION = dropsOf(0x3000, 0x3040);

function dropsOf(from: number, to: number): Uint8Array {
  return Uint8Array.from({ length: to - from }, (_, k) => (SPACING_OR_PUNCTUATION.test(String.fromCharCode(from + k)) ? 1 : 0));
}

/** Folds code `c` into `hash` (FNV-1a over code units). */
function mix(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x01000193);
}

/** The digest of the key built of `text`. */
function digestOf(text: string, key: string): KeyDigest {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = mix(hash, key.charCodeAt(i));
  return { hash, length: key.length, text };
}

/**
 * Whether two texts have the same key, built only where their digests agree and the texts
 * differ (a page's block given twice repeats its text as well).
 */
export function sameKey(a: TextSignals, b: TextSignals): boolean {
  const da = a.keyDigest;
  const db = b.keyDigest;
  if (da.hash !== db.hash || da.length !== db.length) return false;
  return da.text === db.text || a.key === b.key;
}

/**
 * The digest of `text`'s key, read from the text without building the key, as `digestOf` reads
 * the key: ASCII (full-width too) lower-cased or dropped, Han kept, other spacing and punctuation
 * dropped (no such character has a case). Undefined for a text holding any other character
 * (a letter whose lower case may take two codes or depend on its neighbours, `İ`, `Σ`; a symbol):
 * its key is built.
 */
function digestOfKey(text: string): KeyDigest | undefined {
  let hash = 0x811c9dc5;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isFullWidthAscii(c)) c -= 0xfee0;
    if (c < 128) {
      const folded = ASCII_IN_KEY[c]!;
      if (folded < 0) continue;
      c = folded;
    } else if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) {
      if (c >= 0xd800 && c <= 0xdfff) return undefined;
      let dropped: boolean;
      if (c >= 0x2000 && c < 0x2070) dropped = GENERAL_PUNCTUATION[c - 0x2000] === 1;
      else if (c >= 0x3000 && c < 0x3040) dropped = CJK_PUNCTUATION[c - 0x3000] === 1;
      else {
        DROPPED.lastIndex = i;
        dropped = DROPPED.test(text);
      }
      if (dropped) continue;
      return undefined;
    }
    hash = mix(hash, c);
    length++;
  }
  return { hash, length, text };
}

/**
 * Full-width ASCII (`１２３`, `ＡＢＣ`) to half-width. Read code by code, as a replace with a
 * function would call it once a character: Chinese text holds a full-width comma or bracket every
 * few words, and most texts none (returned as they are).
 */
export function toHalfWidth(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && !isFullWidthAscii(text.charCodeAt(i))) i++;
  if (i === n) return text;
  const pieces: string[] = [];
  // Start of the characters kept as they are since the last one turned.
  let kept = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isFullWidthAscii(c)) continue;
    if (i > kept) pieces.push(text.slice(kept, i));
    pieces.push(String.fromCharCode(c - 0xfee0));
    kept = i + 1;
  }
  if (kept < n) pieces.push(text.slice(kept));
  return pieces.join('');
}

function isFullWidthAscii(c: number): boolean {
  return c >= 0xff01 && c <= 0xff5e;
}

/** A line break (`\n`, `\r\n` or `\r`), by its first character. */
const LINE_BREAK = /[\r\n]/;

/**
 * A block that, in news pages, usually has no counterpart: a date standing alone, a
 * byline or editor line, an end mark like `(完)`, a source line, a related-news list.
 */
export function looksLikeBoilerplate(block: string): boolean {
  const text = asciiAlphanumerics(block);
  // The first line, cut at its first line break without an array of the lines.
  const cut = text.search(LINE_BREAK);
  const first = (cut < 0 ? text : text.slice(0, cut)).trim();
  // The length first: a line too long is answered without running (and compiling) the patterns.
  if (first.length <= 80 && (BYLINE.test(first) || PHOTO_CREDIT.test(first))) return true;
  if (first.length <= 100 && AD_LABEL.test(first)) return true;
  if (first.length <= 40 && BYLINE_ZH.test(first)) return true;
  if (first.length <= 100 && isCreditLine(first)) return true;
  if ((isPageInfo(first) || isPipedPageInfo(first) || isPipedLabels(first)) && first === text.trim()) return true;
  if (first.length <= 64 && first === text.trim() && isPostMeta(first)) return true;
  return isDateLine(first) && first === text.trim();
}

/**
 * What forum and comment templates print around a post: a relative time (`2小时前`, `3 days ago`),
 * a reply number (`Reply #3`, `#12`), counters (`15 replies`, `2,304 views`, `赞(5)`, `15 条回复`),
 * `Posted by`, votes (`▲ 8 ▼ 0`).
 */
export const POST_META = /\d{1,3}\s*(?:秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前|\b\d{1,3}\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|m|d|w|days?|weeks?|months?|years?)\s+ago\b|\b(?:just now|yesterday)\b|刚刚|剛剛|昨天\s*\d{1,2}:\d{2}|\breply\s*#\s*\d{1,5}|(?:^|\s)#\s?\d{1,5}\b|\b\d[\d,.]*[km]?\s+(?:replies|reply|views|comments|likes|posts|votes|points|reads|shares)\b|\b(?:replies|views|comments|likes|votes)\s*[:：(（]\s*\d|\d+\s*条?(?:回复|回覆|评论|評論)|(?:回复|回覆|评论|評論|赞|讚|浏览|瀏覽|阅读|閱讀)\s*[:：(（]\s*\d|\bposted\s+(?:by|on|at)\b|\bby\s+\S+\s*[|·•]|[▲▼△▽↑↓👍👎]\s*\d/giu;
/** An item number opening a line of a list: `1. `, `12) `. */
const ITEM_NUMBER = /^\d{1,3}[.)]\s+/;
/** A sentence's stop inside or at the end of a line. */
const SENTENCE_STOP = /[.!?。！？](?:\s|$)/;

/**
 * A forum post's header or footer line: two or more of POST_META (`Reply #1 · 老成都 · 2小时前`,
 * `Posted by maple | 15 replies | 2,304 views`), or one on a short line without a stop
 * (`查看全部 15 条回复`, `▲ 8 ▼ 0 回复`). A sentence telling a count (`The post drew 15 replies.`) has a stop.
 */
function isPostMeta(text: string): boolean {
  // A list's item number opening the line (`1. 6小时前`, as a feed numbers its entries) is no sentence stop.
  const line = text.replace(ITEM_NUMBER, '');
  if (SENTENCE_STOP.test(line) || !mayHoldPostMeta(line)) return false;
  const found = line.match(POST_META);
  if (!found) return false;
  if (found.length >= 2) return true;
  // One on its own: little else on the line (`3 days ago`, `查看全部 15 条回复`, not `Panda video gets 2m views`).
  return line.replace(POST_META, '').replace(/[^\p{L}]/gu, '').length <= POST_META_REST;
}

/** Characters of which one makes a match of POST_META on its own (`刚刚`, `剛剛`, `by … |`). */
const POST_META_ALONE = '刚剛|·•';
/** Characters of which one, with a digit, may make a match (`2小时前`, `15 条回复`, `昨天 14:30`, `#12`, `▲ 8`). */
const POST_META_WITH_DIGIT = '前回评評赞讚浏瀏阅閱昨#▲▼△▽↑↓';
/** POST_META's words that match alone, in lower case. */
const POST_META_WORDS = ['just now', 'yesterday', 'posted'];
/** POST_META's English words of which one, with a digit, may make a match (`3 days ago`, `15 replies`, `views: 20`). */
const POST_META_WORDS_WITH_DIGIT = ['ago', 'repl', 'view', 'comment', 'like', 'post', 'vote', 'point', 'read', 'share'];

/**
 * Whether `line` holds what every match of POST_META holds, so that a line without it is
 * answered without compiling the pattern (50 KB of machine code, most runs match no line).
 * Each alternative of the pattern needs one of: `刚`, `剛`, `|`, `·`, `•`; one of its words
 * `just now`, `yesterday`, `posted`; or an ASCII digit (`\d` with the `u` flag) with one of
 * `前 回 评 評 赞 讚 浏 瀏 阅 閱 昨 # ▲ ▼ △ ▽ ↑ ↓ 👍 👎` or of the words `ago`, `repl…`, `view`,
 * `comment`, `like`, `post`, `vote`, `point`, `read`, `share`. With `i` and `u` a letter
 * matches its other case and also `ſ` (for `s`) and `K` (for `k`): the line is compared in
 * lower case (`K` lowers to `k`) with `ſ` read as `s`.
 */
export function mayHoldPostMeta(line: string): boolean {
  let digit = false;
  let mark = false;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (POST_META_ALONE.includes(line[k]!)) return true;
    else if (POST_META_WITH_DIGIT.includes(line[k]!)) mark = true;
  }
  const lower = line.toLowerCase().replaceAll('ſ', 's');
  if (POST_META_WORDS.some((w) => lower.includes(w))) return true;
  if (!digit) return false;
  return mark || line.includes('👍') || line.includes('👎') || POST_META_WORDS_WITH_DIGIT.some((w) => lower.includes(w));
}

/** Most letters besides its one meta item a post's header line holds. */
const POST_META_REST = 6;

/** A line holding only a date, or a page's information line (date with source, author, word count; items apart by bars, one a date). */
export function isDatelineOrPageInfo(text: string): boolean {
  const line = asciiAlphanumerics(text);
  return isPageInfo(line) || isDateLine(line) || isPipedPageInfo(line);
}

/**
 * Labels of a page's information line (CMS templates): time, source, author, word count, views;
 * a forum post's header (`楼主`, `发表于`, `#2樓`, `Reply #3`), or a date with its clock time.
 */
const PAGE_INFO_LABEL = /(?:时间|時間|日期|发布|發布|發佈|来源|來源|作者|单词数|單詞數|字数|字數|浏览|瀏覽|阅读|閱讀|点击|點擊|\b(?:date|posted|updated|source|views?|words)\b)\s*[:：]?|(?:发表于|發表於|楼主|樓主|\d{1,4}\s*[楼樓]|#\d{1,4}|\breply\s*#?\d{1,4})|\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s+\d{1,2}:\d{2}/i;
/** A numeric date: `2018-10-12`, `2015/8/26`, `2017年9月`. */
const NUMERIC_DATE = /\d{4}\s*[-/.年]\s*\d{1,2}/;

/** A short line with a numeric date and a page label: `时间:2018-10-12 单词数:1330`, `2017-09-26 17:53 来源:网络`. */
function isPageInfo(line: string): boolean {
  return line.length <= 64 && NUMERIC_DATE.test(line) && PAGE_INFO_LABEL.test(line);
}

/** Reused scratch maps: anchor agreement runs in the innermost loop of the search. */
const scratchNumbers = new Map<string, number>();
/** Up to this many numbers on the English side, anchorCost sums them in two small arrays. */
const SMALL = 32;
const scratchKeys: string[] = new Array<string>(SMALL).fill('');
const scratchValues: number[] = new Array<number>(SMALL).fill(0);

/**
 * How much the items `en[enStart, enStart + enCount)` and `zh[zhStart, zhStart + zhCount)`
 * share, as weighted anchors: numbers on both sides, and Latin words of the Chinese side
 * found in the English. Returns `miss × unmatched weight − match × matched weight`, a cost.
 */
export function anchorCost(
  en: readonly TextSignals[],
  zh: readonly TextSignals[],
  match: number,
  miss: number,
  enStart = 0,
  enCount = en.length,
  zhStart = 0,
  zhCount = zh.length,
): number {
  let matched = 0;
  let unmatched = 0;
  let enNumbers = 0;
  for (let k = enStart; k < enStart + enCount; k++) enNumbers += en[k]!.numberKeys.length;
  if (enNumbers <= SMALL) {
    // Few numbers (nearly always): the same sums in the same order over two small arrays,
    // without a Map to clear (clearing one allocates) in the innermost loop of the search.
    const keys = scratchKeys;
    const values = scratchValues;
    let size = 0;
    for (let k = enStart; k < enStart + enCount; k++) {
      const enKeys = en[k]!.numberKeys;
      const weights = en[k]!.numberWeights;
      for (let n = 0; n < enKeys.length; n++) {
        const at = indexIn(keys, size, enKeys[n]!);
        if (at >= 0) values[at] = values[at]! + weights[n]!;
        else {
          keys[size] = enKeys[n]!;
          values[size++] = 0 + weights[n]!;
        }
      }
    }
    for (let k = zhStart; k < zhStart + zhCount; k++) {
      const zhKeys = zh[k]!.numberKeys;
      const weights = zh[k]!.numberWeights;
      for (let n = 0; n < zhKeys.length; n++) {
        const w = weights[n]!;
        const at = indexIn(keys, size, zhKeys[n]!);
        const v = at >= 0 ? values[at]! : 0;
        matched += Math.min(w, v);
        unmatched += Math.max(0, w - v);
        if (v > 0) values[at] = Math.max(0, v - w);
      }
    }
    for (let q = 0; q < size; q++) unmatched += values[q]!;
    keys.fill('', 0, size);
    return wordAnchors(en, zh, match, miss, enStart, enCount, zhStart, zhCount, matched, unmatched);
  }
  const counts = scratchNumbers;
  counts.clear();
  for (let k = enStart; k < enStart + enCount; k++) {
    const keys = en[k]!.numberKeys;
    const weights = en[k]!.numberWeights;
    for (let n = 0; n < keys.length; n++) counts.set(keys[n]!, (counts.get(keys[n]!) ?? 0) + weights[n]!);
  }
  for (let k = zhStart; k < zhStart + zhCount; k++) {
    const keys = zh[k]!.numberKeys;
    const weights = zh[k]!.numberWeights;
    for (let n = 0; n < keys.length; n++) {
      const w = weights[n]!;
      const v = counts.get(keys[n]!) ?? 0;
      matched += Math.min(w, v);
      unmatched += Math.max(0, w - v);
      if (v > 0) counts.set(keys[n]!, Math.max(0, v - w));
    }
  }
  if (counts.size > 0) counts.forEach((v) => { unmatched += v; });
  return wordAnchors(en, zh, match, miss, enStart, enCount, zhStart, zhCount, matched, unmatched);
}

/** Where `key` stands among the first `size` of `keys`, or -1. */
function indexIn(keys: readonly string[], size: number, key: string): number {
  for (let q = 0; q < size; q++) if (keys[q] === key) return q;
  return -1;
}

/** The Latin-word part of `anchorCost`, added to the number part's sums; returns the cost. */
function wordAnchors(
  en: readonly TextSignals[],
  zh: readonly TextSignals[],
  match: number,
  miss: number,
  enStart: number,
  enCount: number,
  zhStart: number,
  zhCount: number,
  matched: number,
  unmatched: number,
): number {
  for (let k = zhStart; k < zhStart + zhCount; k++) {
    if (!zh[k]!.hasWords) continue;
    const words = zh[k]!.wordList;
    const tally = zh[k]!.wordTally;
    for (let q = 0; q < words.length; q++) {
      const word = words[q]!;
      const n = tally[q]!;
      const weight = word.length >= 3 ? 1.5 : 0.8;
      let v = 0;
      for (let e = enStart; e < enStart + enCount; e++) v += en[e]!.words.get(word) ?? 0;
      matched += Math.min(n, v) * weight;
      unmatched += Math.max(0, n - v) * weight * 0.5;
    }
  }
  return miss * unmatched - match * matched;
}
