import type { EntityType, FactCandidate } from '../../types.js';
import { ENGLISH_PLACE_NAMES, EN_DEMONYMS, EN_PLACE_SUFFIXES, englishPlaceKey, normalPlaceKey, normalizeEnglish, placeInCapitalsOnly, stateKey, worldCityKey } from '../../entities/gazetteer.js';
import { entityKey } from '../../entities/key.js';
import { getNlp, type NlpMatch } from '../../entities/lazy.js';
import { EN_NAME_TITLES, EN_ROLES, EN_TITLES, PINYIN_SURNAMES, compoundSurnameWords, givenNames, givenNamesAlsoWords, southernSurname, surnameSpelling } from '../../entities/names.js';
import { ENGLISH_ORG_NAMES, EN_GENERIC_WORDS, EN_ORG_HEADS, englishOrgAlias, normalOrgAlias } from '../../entities/organizations.js';
import { givenSyllable, isPinyinWord, isRomanizedSyllable, pinyinSyllableCount } from '../../entities/romanize.js';
import { longestLength } from '../../memo.js';

/** A word of the text: its offsets, its text without a possessive `'s`, and what precedes it. */
class Word {
  #lower: string | undefined;
  /** The word opens with a capital letter (`\p{Lu}`), read once: runs, names and titles all ask it. */
  readonly capitalized: boolean;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    /** The word ends in a possessive (`Chengdu's`), so a name cannot run on past it. */
    readonly possessive: boolean,
    /** The word starts a sentence (or a title, a quotation, a line). */
    readonly initial: boolean,
  ) {
    const first = text.charCodeAt(0);
    // An ASCII first letter is told by its code; any other by the pattern.
    this.capitalized = first < 0x80 ? first >= 0x41 && first <= 0x5a : UPPER_START.test(text);
  }

  /** The word normalized (`normalizeEnglish`), worked out on first reading: most words are never asked. */
  get lower(): string {
    this.#lower ??= normalizeEnglish(this.text);
    return this.#lower;
  }
}

const UPPER_START = /^\p{Lu}/u;

/** Plural nouns whose possessive names bodies and events (`People's Daily`, `Children's Hospital`, `Men's Singles`). */
const PLURAL_OF_NAMES = /^(?:People|Children|Women|Men|Workers)$/;

/**
 * The small words inside family names of the Romance, Germanic and Arabic naming traditions
 * (`Ursula von der Leyen`, `Lula da Silva`, `Mohammed bin Salman`, `Vincent van Gogh`), written in
 * lower case between the name's capitalized words. Not `do`, `ten` or `el`: English words and
 * numbers as often.
 */
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'zu', 'da', 'das', 'dos', 'di', 'del', 'della', 'bin', 'ibn', 'al']);

/** Words that may join the capitalized words of one name (`Bank of China`): English prepositions and name particles. */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', ...NAME_PARTICLES]);

/**
 * Capitalized words that do not start a name: function words, sentence openers,
 * months and weekdays, ordinal words.
 */
const COMMON_WORDS = new Set(
  ('a an the this that these those it its he she we they i you our his her their my your there here ' +
    'with according at in on by from for to of and but or nor so yet if when while since after before during as ' +
    'about over under into onto upon than then thus also however meanwhile moreover furthermore besides ' +
    'first second third fourth fifth last next another other some many most more less few all each every both ' +
    'nearly almost around some what which who whom whose where why how not no yes one two three four five ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun ' +
    'related news page home read more click share photo video source editor reporter said says ' +
    'new old great good best is are was were be been has have had do does did will would can could should must ' +
    'let lets please thanks dear today yesterday tomorrow now former just still even only ever never again ' +
    'why yes oh ok okay hi hello well').split(' '),
);

/**
 * The words of a state's form in the official names of ISO 3166-1 (`Republic of the Philippines`,
 * `Kingdom of Spain`, `Principality of Monaco`, `United Arab Emirates`): a state, never a person.
 */
const STATE_FORM_WORDS = new Set(['republic', 'kingdom', 'federation', 'commonwealth', 'principality', 'sultanate', 'emirate', 'emirates', 'confederation', 'duchy']);

/** Classes of a code for the words of `words`: neither a letter nor a digit, a digit (`\p{N}`), a letter (`\p{L}`). */
const OTHER = 1;
const DIGIT = 2;
const LETTER = 3;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER_ONLY = /^\p{L}$/u;

/**
 * The class of each BMP code outside ASCII, filled in as codes are met (0: not yet read). The
 * Unicode tables are the regex engine's own, so a code is read as a `\p{L}`/`\p{N}` pattern
 * reads it; 64 KB at most.
 */
const bmpClasses = new Uint8Array(0x10000);

/** The class (`OTHER`, `DIGIT`, `LETTER`) of code point `code`. */
function classOf(code: number): number {
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return LETTER;
    return code >= 0x30 && code <= 0x39 ? DIGIT : OTHER;
  }
  if (code < 0x10000) {
    let known = bmpClasses[code]!;
    if (known === 0) {
      known = readClass(String.fromCharCode(code));
      bmpClasses[code] = known;
    }
    return known;
  }
  return readClass(String.fromCodePoint(code));
}

function readClass(c: string): number {
  if (!LETTER_OR_DIGIT.test(c)) return OTHER;
  return LETTER_ONLY.test(c) ? LETTER : DIGIT;
}

/** Whether a UTF-16 code is a capital of ASCII (`A`–`Z`). */
const isUpperCode = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** The width in UTF-16 units of code point `code`. */
const width = (code: number): number => (code > 0xffff ? 2 : 1);

/**
 * The words of the text: runs of letters and digits (`[\p{L}\p{N}]+`) with an optional
 * apostrophe part of letters (`['’]\p{L}+`: `Chengdu's`, `O'Neil`), one after another as the
 * pattern `/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu` would match them. Read code by code rather than
 * by that pattern: no match array nor matched string per word, only the word's own text.
 */
function words(text: string): Word[] {
  const out: Word[] = [];
  let last = 0;
  const n = text.length;
  for (let k = 0; k < n; ) {
    let code = text.codePointAt(k)!;
    if (classOf(code) === OTHER) {
      k += width(code);
      continue;
    }
    const start = k;
    k += width(code);
    while (k < n) {
      code = text.codePointAt(k)!;
      if (classOf(code) === OTHER) break;
      k += width(code);
    }
    // An apostrophe part: `'` or `’` and at least one letter.
    // Read only inside the text: a read past its end would throw optimized code out once.
    const mark = k < n ? text.charCodeAt(k) : -1;
    if ((mark === 0x27 || mark === 0x2019) && k + 1 < n && classOf(text.codePointAt(k + 1)!) === LETTER) {
      k++;
      while (k < n) {
        code = text.codePointAt(k)!;
        if (classOf(code) !== LETTER) break;
        k += width(code);
      }
    }
    // A plural's possessive mark after a capitalized word, before a space (`Consumers' Association`,
    // `Retailers’ Council`): the word's own, as `People's` is.
    else if ((mark === 0x27 || mark === 0x2019) && k - start >= 3 && text.charCodeAt(k - 1) === 0x73 && isUpperCode(text.charCodeAt(start))
      && k + 2 < n && text.charCodeAt(k + 1) === 0x20 && isUpperCode(text.charCodeAt(k + 2))) k++;
    // `'s` or `’s` (either case) closing the run, read by its last two characters.
    const end = text.charCodeAt(k - 1);
    const apostrophe = k - start >= 2 ? text.charCodeAt(k - 2) : -1;
    const marked = (end === 0x73 || end === 0x53) && (apostrophe === 0x27 || apostrophe === 0x2019);
    // The possessive of a plural noun inside a name (`People's Bank of China`, `Women's Federation`)
    // is a word of the name, its `'s` kept: no name ends on it.
    const inName = marked && k - start <= 10 && PLURAL_OF_NAMES.test(text.slice(start, k - 2));
    const possessive = marked && !inName;
    const wordEnd = possessive ? k - 2 : k;
    if (!mayMatter(text, start, wordEnd, out[out.length - 1])) {
      last = k;
      continue;
    }
    const initial = last === 0 || (opensSentence(text, last, start) && !afterTitleStop(text, out[out.length - 1], start));
    out.push(new Word(start, wordEnd, text.slice(start, wordEnd), possessive, initial));
    last = k;
  }
  return joinRomanizedGivenNames(text, out);
}

/**
 * Whether the word `text[start, end)` can matter to the readers of `words`: most words of a text
 * are in small letters (or digits) and only close a run of capitalized words, which the letters
 * they leave between its neighbours do as well (`joined`, `blanks`). Such a word is left out,
 * unless it follows a hyphen (`Hong Kong-based`, the `wen` of `Ing-wen`) or is a connector
 * (`CONNECTORS`, which runs read by their exact text) that may go on the run of the word kept
 * before it (`prev`): one right after it, as `joined` reads them.
 */
function mayMatter(text: string, start: number, end: number, prev: Word | undefined): boolean {
  const first = text.charCodeAt(start);
  const small = (first >= 0x61 && first <= 0x7a) || (first >= 0x30 && first <= 0x39);
  if (!small || (start > 0 && text.charCodeAt(start - 1) === 0x2d)) return true;
  // Most small words are longer than any connector: told by their length before anything is compared.
  return end - start <= CONNECTOR_LENGTH && isConnectorIn(text, start, end) && prev !== undefined && joinedAt(text, prev, start);
}

/** The connectors as a list, for `isConnectorIn`, and the longest one's length. */
const CONNECTOR_LIST = [...CONNECTORS];
const CONNECTOR_LENGTH = longestLength(CONNECTOR_LIST);

/** Whether `text[start, end)` is a connector (`CONNECTORS`), compared code by code: most are not, and no string is made of them. */
function isConnectorIn(text: string, start: number, end: number): boolean {
  for (const connector of CONNECTOR_LIST) {
    if (connector.length !== end - start) continue;
    let k = 0;
    while (k < connector.length && connector.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === connector.length) return true;
  }
  return false;
}

/** A capital then small letters (`Tsai`). */
const ONE_CAPITAL = /^\p{Lu}\p{Ll}*$/u;

/** A capitalized word of one romanized syllable (`Tsai`, `Ko`), not all capitals. */
const isSyllableWord = (w: Word | undefined): boolean =>
  w !== undefined && w.capitalized && ONE_CAPITAL.test(w.text) && isRomanizedSyllable(w.text);

/**
 * Joins the two halves of a hyphenated romanized given name into one word (`Ing` `-` `wen` →
 * `Ing-wen`), as Taiwan, Hong Kong and Singapore write names (`Tsai Ing-wen`, `Leung Chun-ying`):
 * both halves romanized syllables, the first capitalized, and a surname of one capitalized
 * syllable beside them (before, or after in `Ing-wen Tsai`). `Coca-Cola`, `Wi-Fi` and
 * `well-known` stay apart.
 */
function joinRomanizedGivenNames(text: string, ws: Word[]): Word[] {
  const beside = (w: Word | undefined, from: number, to: number): boolean => isSyllableWord(w) && blanks(text, from, to);
  const joins = (i: number): boolean => {
    const a = ws[i]!;
    const b = ws[i + 1];
    if (b?.start !== a.end + 1 || text.charCodeAt(a.end) !== 0x2d || a.possessive) return false;
    if (!isSyllableWord(a) || !/^\p{L}\p{Ll}*$/u.test(b.text) || !isRomanizedSyllable(givenSyllable(b.text))) return false;
    const before = ws[i - 1];
    const after = ws[i + 2];
    return (before !== undefined && !before.possessive && beside(before, before.end, a.start)) || (after !== undefined && beside(after, b.end, after.start));
  };
  let out: Word[] | undefined;
  for (let i = 0; i < ws.length; i++) {
    if (!joins(i)) {
      out?.push(ws[i]!);
      continue;
    }
    out ??= ws.slice(0, i);
    const [a, b] = [ws[i]!, ws[i + 1]!];
    out.push(new Word(a.start, b.end, text.slice(a.start, b.end), b.possessive, a.initial));
    i++;
  }
  return out ?? ws;
}

/**
 * Whether `text[from, to)` holds a mark after which a word opens a sentence, a quote, a line or
 * a bracket: `.!?«»"“”:;`, a line feed, `(`. By code, in place: asked between every two words.
 */
function opensSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    switch (text.charCodeAt(k)) {
      case 0x2e: case 0x21: case 0x3f: case 0xab: case 0xbb: case 0x22: case 0x201c: case 0x201d:
      case 0x3a: case 0x3b: case 0x0a: case 0x28:
        return true;
    }
  }
  return false;
}

const isCapitalized = (w: Word): boolean => w.capitalized;
/** Capitals and digits only (`NBS`, `G20`). */
const ALL_CAPS = /^[\p{Lu}\d]+$/u;

/** A place's name written in capitals alone (`US`, `UK`) written in other letters (`About Us`): no place. */
function capitalsMissing(w: Word): boolean {
  return placeInCapitalsOnly(w.lower) && !isAllCaps(w);
}

/** Whether the word is all capitals (and digits), two characters or more; a small ASCII letter second (`China`) tells it is not by its code. */
function isAllCaps(w: Word): boolean {
  if (w.text.length < 2) return false;
  const second = w.text.charCodeAt(1);
  return !(second >= 0x61 && second <= 0x7a) && ALL_CAPS.test(w.text);
}

/** True when only spaces (or one hyphen) separate two words, so they may belong to one name. */
function joined(text: string, a: Word, b: Word): boolean {
  return joinedAt(text, a, b.start);
}

/** `joined` of `a` and a word that starts at `start`. */
function joinedAt(text: string, a: Word, start: number): boolean {
  if (a.possessive || start <= a.end) return false;
  if (start - a.end === 1 && text.charCodeAt(a.end) === 0x2d) return true;
  // `Mr. Chen`, `Dr. Lee`: the stop of a title's abbreviation joins it to the name.
  return afterTitleStop(text, a, start) || blanks(text, a.end, start);
}

/** Titles written short with a stop before a name, as English writes them. */
const TITLE_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Capt', 'Sgt', 'Rev', 'Hon']);

/** Whether the only stop between the word before (`Mr.`) and a word at `start` is the stop of a title's abbreviation. */
function afterTitleStop(text: string, before: Word | undefined, start: number): boolean {
  return before !== undefined && TITLE_ABBREVIATIONS.has(before.text) && text.charCodeAt(before.end) === 0x2e && blanks(text, before.end + 1, start);
}

/**
 * Whether `text[from, to)` is one or more spaces and tabs. Read in place, code by code: asked of
 * every two neighbouring words, a gap makes no string.
 */
function blanks(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * Splits the text into runs of capitalized words, with connectors allowed inside
 * (`Industrial and Commercial Bank of China`), none at either end. A run is a stretch of `all`
 * (`all[from, j)` while it grows), copied once it is closed.
 */
function capitalizedRuns(text: string, all: Word[]): Word[][] {
  const runs: Word[][] = [];
  let from = 0;
  for (let j = 0; j < all.length; j++) {
    const w = all[j]!;
    const prev = from < j ? all[j - 1] : undefined;
    // `Department for Science, Innovation and Technology`, `Ministry of Economy, Trade and Industry`:
    // the fields of a ministry or a department, listed by commas and closed by `and`, are one name.
    const continues = prev !== undefined && (joined(text, prev, w) || (isCapitalized(w) && (fieldListGoesOn(text, all, from, j) || fieldListBeforeHead(text, all, from, j))));
    if (isCapitalized(w) || (continues && text.charCodeAt(w.start - 1) === 0x2d && isCapitalized(all[from]!))) {
      if (prev && !continues) {
        addRun(all, from, j, runs);
        from = j;
      }
    } else if (!(continues && CONNECTORS.has(w.text))) {
      addRun(all, from, j, runs);
      from = j + 1;
    }
  }
  addRun(all, from, all.length, runs);
  return runs;
}

/** The head words of a body of the state named by a list of its fields (`Department for Culture, Media and Sport`). */
const FIELD_LIST_HEADS = new Set(['ministry', 'department', 'bureau', 'office', 'secretariat']);

/**
 * Whether the word `all[j]`, after a comma and a blank, goes on the run `all[from, j)`: the run is a
 * ministry or a department and its `of` or `for` (`Ministry of Economy`), and from `all[j]` capitalized
 * words set apart by commas close on `and` and one more (`Trade and Industry`) within a few words,
 * none of them the head word of a body.
 */
function fieldListGoesOn(text: string, all: readonly Word[], from: number, j: number): boolean {
  const prev = all[j - 1]!;
  if (!/^,[ \t]+$/.test(text.slice(prev.end, all[j]!.start))) return false;
  let headed = false;
  for (let k = from; k + 1 < j; k++) if (FIELD_LIST_HEADS.has(all[k]!.lower) && (all[k + 1]!.text === 'of' || all[k + 1]!.text === 'for')) headed = true;
  if (!headed) return false;
  for (let k = j; k < all.length && k < j + FIELD_LIST_MOST; k++) {
    const w = all[k]!;
    // A head word among them names a body of its own (`Ministry of Finance, Commerce Ministry and …`).
    if ((!isCapitalized(w) && w.text !== 'and') || EN_ORG_HEADS.has(w.lower)) return false;
    const gap = k + 1 < all.length ? text.slice(w.end, all[k + 1]!.start) : '';
    if (w.text === 'and') return k > j && k + 1 < all.length && isCapitalized(all[k + 1]!) && blanks(text, all[k - 1]!.end, w.start) && blanks(text, w.end, all[k + 1]!.start);
    if (!blanks(text, w.end, all[k + 1]?.start ?? w.end) && !/^,[ \t]+$/.test(gap)) return false;
  }
  return false;
}

/** Most words after a comma that `fieldListGoesOn` reads for the list's `and`. */
const FIELD_LIST_MOST = 6;

/**
 * Whether the word `all[j]`, after a comma and a blank, goes on the run `all[from, j)` of one or two
 * capitalized words, none a head word: the fields of a body listed before its head word, as Hong
 * Kong names its departments and bureaux (`Agriculture, Fisheries and Conservation Department`,
 * `Innovation, Technology and Industry Bureau`): capitalized words set apart by commas, `and`, then
 * a few more that close on the head word of a department, a bureau or an office.
 */
function fieldListBeforeHead(text: string, all: readonly Word[], from: number, j: number): boolean {
  const prev = all[j - 1]!;
  if (j - from > 2 || !/^,[ \t]+$/.test(text.slice(prev.end, all[j]!.start))) return false;
  for (let k = from; k < j; k++) if (!isCapitalized(all[k]!) || EN_ORG_HEADS.has(all[k]!.lower)) return false;
  let and = -1;
  for (let k = j; k < all.length && k < j + FIELD_LIST_MOST + 3; k++) {
    const w = all[k]!;
    if (w.text === 'and' && and < 0) {
      and = k;
      continue;
    }
    if (!isCapitalized(w)) return false;
    if (EN_ORG_HEADS.has(w.lower)) return and >= 0 && k > and + 1 && FIELD_LIST_HEADS.has(w.lower);
    const gap = k + 1 < all.length ? text.slice(w.end, all[k + 1]!.start) : '';
    if (!blanks(text, w.end, all[k + 1]?.start ?? w.end) && !(and < 0 && /^,[ \t]+$/.test(gap))) return false;
  }
  return false;
}

/** Adds the run `all[from, to)` to `runs` without the connectors at its end; nothing when it is empty. */
function addRun(all: Word[], from: number, to: number, runs: Word[][]): void {
  let end = to;
  while (end > from && CONNECTORS.has(all[end - 1]!.text)) end--;
  if (end > from) runs.push(all.slice(from, end));
}

/**
 * Cuts the run `run[from…]` where one name ends and another begins: at `of the`, `and the`, and
 * after a head word before `and`. Each part is a stretch of the run, without connectors at
 * either end; the run itself when nothing is cut off it (the parts are only read).
 */
function splitRun(run: Word[], from: number): Word[][] {
  // Most runs are not cut: their one part is returned without a list grown for it.
  let parts: Word[][] | undefined;
  let start = from;
  let head = false;
  for (let i = from; i < run.length; i++) {
    const w = run[i]!;
    if (EN_ORG_HEADS.has(w.lower)) head = true;
    // An organization, then a title and a name (`Department of Statistics Director-General Tsai
    // Mei-na`): the title and the name are a part of their own, cut off with no word dropped.
    if (head && i > start && isTitleWord(w.lower) && titledNameAfter(run, i)) {
      const part = trimmedPart(run, start, i);
      if (part) (parts ??= []).push(part);
      start = i;
      head = false;
      continue;
    }
    // `Ministry of the Interior`, `Department of the Treasury`: a head word's own `of the` joins its
    // name, unless a body of its own follows (`Party Committee of the University of …`).
    const ownOfThe = w.text === 'of' && i > start && EN_ORG_HEADS.has(run[i - 1]!.lower) && !headWithin(run, i + 2, OWN_OF_THE_WORDS);
    // `HSBC and Hang Seng Bank`, `Bank of China and China Construction Bank`: a name whole before
    // `and` (by its head word or its initials) and a head word of its own after it are two names
    // (not `Ministry of Agriculture and Rural Affairs`, `Industrial and Commercial Bank`).
    // A well-known body's whole name before `and` ends a name too (`Air China and China Southern Airlines`).
    // A place alone before `and` and a body with its head word after (`in Taichung and National Yang
    // Ming Chiao Tung University`): the place and the body, two names.
    const placeBefore = w.text === 'and' && i === start + 1 && englishPlaceKey(run[start]!.text) !== undefined && !EN_ORG_HEADS.has(run[i + 1]?.lower ?? '');
    const twoNames = w.text === 'and' && i > start && (((head || (i === start + 1 && isAllCaps(run[start]!)) || knownBodyIn(run, start, i))
      && headWithin(run, i + 1, OWN_OF_THE_WORDS + 1)) || (placeBefore && headWithin(run, i + 1, PLACE_AND_BODY_WORDS)));
    // `Lim Boon Hock of Nanyang Technological University`: two words or more and no head word
    // before `of`, a body with its head word after it: a person or a thing of that body, and the body.
    // One word before `of` that a title opens or a Chinese surname's spelling is (`Professor Chan of
    // Tsinghua University`) is a person too; another one word names the body with it (`Bank of China`).
    const ofBody = w.text === 'of' && !head && (i >= start + 2 || (i === start + 1 && (isSyllableWord(run[start]) || (start > 0 && isTitleWord(run[start - 1]!.lower)))))
      && headWithin(run, i + 1, OF_BODY_WORDS);
    const cut = (w.text === 'of' || w.text === 'and') && run[i + 1]?.text === 'the' && !ownOfThe ? 2
      : (w.text === 'and' && i > start && (EN_ORG_HEADS.has(run[i - 1]!.lower) || twoNames)) || ofBody ? 1 : 0;
    if (cut === 0) continue;
    head = false;
    const part = trimmedPart(run, start, i);
    if (part) (parts ??= []).push(part);
    i += cut - 1;
    start = i + 1;
  }
  const last = trimmedPart(run, start, run.length);
  if (!parts) return last ? [last] : [];
  if (last) parts.push(last);
  return parts;
}

/** Most words after a place and `and` up to the head word of the body named there (`National Yang Ming Chiao Tung University`). */
const PLACE_AND_BODY_WORDS = 8;

/** Most words of a well-known body's name that `knownBodyIn` reads before `and`. */
const KNOWN_BODY_WORDS = 4;

/** Whether the words `run[from, to)` are the whole name of a well-known body (`Air China`). */
function knownBodyIn(run: Word[], from: number, to: number): boolean {
  return to - from <= KNOWN_BODY_WORDS && normalOrgAlias(normalizeEnglish(phrase(run.slice(from, to)))) !== undefined;
}

/** Most words of a body's name after `of` up to its head word (`Nanyang Technological University`). */
const OF_BODY_WORDS = 4;

/** Words after a head word's `of the` that may name it (`Interior`, `Treasury`, `Arts`). */
const OWN_OF_THE_WORDS = 3;

/** Whether an organization's head word stands among the `most` words from `run[from]`. */
function headWithin(run: Word[], from: number, most: number): boolean {
  for (let k = from; k < run.length && k < from + most; k++) if (EN_ORG_HEADS.has(run[k]!.lower)) return true;
  return false;
}

/** A title (`EN_TITLES`), or one of title words joined by hyphens (`Director-General`, `Vice-Chairman`). */
function isTitleWord(lower: string): boolean {
  if (EN_TITLES.has(lower)) return true;
  if (!lower.includes('-')) return false;
  for (const piece of lower.split('-')) if (!EN_TITLES.has(piece)) return false;
  return true;
}

/**
 * The end of the titles at `run[at]` (before `most`): title words, and after one an occupation
 * (`Chief Economist`).
 */
function titlesEnd(run: Word[], at: number, most: number): number {
  let k = at;
  while (k < most && (isTitleWord(run[k]!.lower) || (k > at && EN_ROLES.has(run[k]!.lower)))) k++;
  return k;
}

/**
 * Whether the titles at `run[at]` end the run with a name: one to four words after them, none
 * an organization's head word or a common word (`Council of Chief State School Officers` has
 * none).
 */
function titledNameAfter(run: Word[], at: number): boolean {
  const k = titlesEnd(run, at, run.length);
  const left = run.length - k;
  if (left < 1 || left > 4) return false;
  for (let j = k; j < run.length; j++) {
    if (EN_ORG_HEADS.has(run[j]!.lower) || COMMON_WORDS.has(run[j]!.lower) || connectorWord(run[j]!)) return false;
  }
  return nameShaped(run.slice(k));
}

/**
 * The words `run[from, to)` without connectors at either end (the run itself when that is all of
 * it: parts and leftovers are only read), or undefined when none is left.
 */
function trimmedPart(run: Word[], from: number, to: number): Word[] | undefined {
  let s = from;
  let e = to;
  while (s < e && connectorWord(run[s]!)) s++;
  while (e > s && connectorWord(run[e - 1]!)) e--;
  if (e === s) return undefined;
  return s === 0 && e === run.length ? run : run.slice(s, e);
}

/** Candidate before overlap resolution. */
interface Found {
  start: number;
  end: number;
  type: EntityType;
  value: string;
}

/**
 * The words' texts joined by single spaces (`Bank of China`). Built by a loop, not by `map` and
 * `join`: no array in between, and no optimized code thrown out on the array's kind.
 */
function phrase(ws: Word[]): string {
  let out = ws.length > 0 ? ws[0]!.text : '';
  for (let k = 1; k < ws.length; k++) out += ' ' + ws[k]!.text;
  return out;
}

/** The words' normal forms (`Word.lower`) joined by single spaces, as `phrase` joins their texts. */
function lowerPhrase(ws: Word[]): string {
  let out = ws.length > 0 ? ws[0]!.lower : '';
  for (let k = 1; k < ws.length; k++) out += ' ' + ws[k]!.lower;
  return out;
}

/** Word-array names grouped by first word, longest first. */
function byFirstWord(names: readonly string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const name of names) {
    const list = map.get(name[0]!) ?? [];
    list.push(name);
    map.set(name[0]!, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}
const PLACES_BY_WORD = byFirstWord(ENGLISH_PLACE_NAMES);
const ORGS_BY_WORD = byFirstWord(ENGLISH_ORG_NAMES);

/** Longest entry of `names` (grouped by first word) matching `ws` from index `i`, as its length in words. */
function longestNameAt(ws: Word[], i: number, names: Map<string, string[][]>): number {
  // Asked at most words of a run, and most open no name: no list and no closure made for them.
  const list = names.get(ws[i]!.lower);
  if (list === undefined) return 0;
  for (const name of list) if (name.length <= ws.length - i && wordsAre(ws, i, name)) return name.length;
  return 0;
}

/** Whether the words from `ws[i]` are, in their normal forms, the words of `name` (which fits in `ws`). */
function wordsAre(ws: Word[], i: number, name: string[]): boolean {
  for (let k = 0; k < name.length; k++) if (ws[i + k]!.lower !== name[k]) return false;
  return true;
}

/**
 * Title right after a name: `, president of`, `, the chairman`, `, deputy secretary`. Its words
 * in either case letter by letter, and `\u0345` beside `\p{L}`, rather than the `i` flag: the same
 * match (under `iu` these letters fold only with their ASCII capitals, and `\p{L}` takes in only
 * U+0345, which folds to a Greek iota), compiled at less than half the cost.
 */
export const TITLE_AFTER = /^,\s+(?:[Tt][Hh][Ee]\s+|[Aa]\s+|[Ff][Oo][Rr][Mm][Ee][Rr]\s+|[Vv][Ii][Cc][Ee]\s+|[Dd][Ee][Pp][Uu][Tt][Yy]\s+|[Ee][Xx][Ee][Cc][Uu][Tt][Ii][Vv][Ee]\s+|[Gg][Ee][Nn][Ee][Rr][Aa][Ll]\s+)*([\p{L}\u0345]+)/u;

/** The lower-case word right before a name (`spokesman` in `spokesman Dmitry Peskov`). */
const ROLE_BEFORE = /(\p{Ll}+)\s+$/u;
/**
 * The title a name stands in apposition to, before it and a comma (`The chairman, Peter Wong, said`,
 * `its chief executive, Lena Ford,`): a name so set off by commas on both sides is the title's holder.
 */
const ROLE_COMMA_BEFORE = /(\p{Ll}+),[ \t]+$/u;

/**
 * A speech verb right after a name, or its attribution right before it: `Boris Johnson said`,
 * `Maria Zakharova told reporters`, `said Boris Johnson`, `according to Jane Smith`.
 */
const SPEECH_AFTER = /^\s+(?:said|says|told|added|explained|stressed|warned|argued|wrote|insisted|noted)\b/;
const SPEECH_BEFORE = /(?:\bsaid|\bsays|\baccording\s+to)\s+$/;
/** A title in a possessive apposition: `, the group’s chief executive`, `, Ukraine's foreign minister`. */
export const POSSESSIVE_TITLE_AFTER = /^,\s+(?:the\s+)?[\p{L}-]+['’]s?\s+(?:former\s+|new\s+|vice\s+|deputy\s+|executive\s+|general\s+|foreign\s+|prime\s+)*(\p{L}+)/iu;

/**
 * The title of an apposition opening `following` (`, the group’s chief executive`), as
 * `TITLE_AFTER` or else `POSSESSIVE_TITLE_AFTER` finds it, or null. Both open with a comma and
 * the possessive one needs an apostrophe, so these cheap tests come first: a run whose text
 * has no such apposition never compiles the large case-insensitive Unicode patterns.
 */
export function titleAfter(following: string): RegExpExecArray | null {
  if (following.charCodeAt(0) !== 44) return null;
  const plain = TITLE_AFTER.exec(following);
  if (plain !== null || !(following.includes("'") || following.includes('’'))) return plain;
  return POSSESSIVE_TITLE_AFTER.exec(following);
}

function titledAround(text: string, part: Word[], dropped: Word[]): boolean {
  // `the Hon` is dropped only as a style (`honourableAt`): a title too.
  if (dropped.some((w) => EN_TITLES.has(w.lower) || w.text === 'Hon')) return true;
  const before = ROLE_BEFORE.exec(text.slice(Math.max(0, part[0]!.start - 30), part[0]!.start));
  if (before && (EN_TITLES.has(before[1]!) || EN_ROLES.has(before[1]!))) return true;
  const end = part[part.length - 1]!.end;
  const following = text.slice(end, end + 50);
  if (following.startsWith(',')) {
    const apposed = ROLE_COMMA_BEFORE.exec(text.slice(Math.max(0, part[0]!.start - 30), part[0]!.start));
    if (apposed && (EN_TITLES.has(apposed[1]!) || EN_ROLES.has(apposed[1]!))) return true;
  }
  const after = titleAfter(following);
  if (after !== null && EN_TITLES.has(after[1]!.toLowerCase())) return true;
  // An office before a speech verb (`the Ombudsman said`, `the country's Ombudsman said`) takes an article or a possessive; a person does not.
  const lead = text.slice(Math.max(0, part[0]!.start - 20), part[0]!.start);
  if (/(?:\bthe|['’]s)\s+$/i.test(lead)) return false;
  // A place where those who speak are (`sources at Stamford Bridge said`, `officials in Kowloon Bay said`) is no speaker.
  if (/\b(?:at|in|from|near|outside|inside)\s+$/i.test(lead)) return false;
  return SPEECH_AFTER.test(following) || SPEECH_BEFORE.test(lead);
}

/**
 * A Chinese name in pinyin: a surname then one or two romanized given names (`Sun Wenlong`, `Peng
 * Lan`), written apart by blanks; a hyphen joins the parts of a word, never a surname to its name
 * (`Long-Range` is no name).
 */
function isPinyinName(text: string, part: Word[]): boolean {
  return isPinyinNameIn(text, part, 0, part.length);
}

/**
 * `isPinyinName` of the words `ws[from, to)`, read in place: runs are tried at every word, two
 * and three words long, and a copy of each stretch would be made only to be asked this.
 */
function isPinyinNameIn(text: string, ws: Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  for (let k = from + 1; k < to; k++) if (!blanks(text, ws[k - 1]!.end, ws[k]!.start)) return false;
  for (let k = from; k < to; k++) {
    const w = ws[k]!;
    // Each part of a name one or two syllables (`Sun Wenlong`; not `Finance Lei`: fi-nan-ce).
    if (!pinyinNameWord(w)) return false;
  }
  return PINYIN_SURNAMES.has(ws[from]!.lower) || PINYIN_SURNAMES.has(ws[to - 1]!.lower);
}

/** A word of a name in pinyin: capitalized, not all capitals, of one or two syllables (`Sun`, `Wenlong`; not `Finance`: fi-nan-ce). */
function pinyinNameWord(w: Word): boolean {
  return isCapitalized(w) && !isAllCaps(w) && isPinyinWord(w.lower) && pinyinSyllableCount(w.lower) <= 2;
}

/**
 * A Chinese name as Hong Kong, Singapore and Malaysia write it, three words apart: a surname in
 * their spelling (`SOUTHERN_SPELLINGS`: `Ng`, `Lim`, `Goh`) and a given name of two syllables
 * written apart (`Ng Wei Kai`, `Lim Boon Heng`), wherever it stands (`By Ng Wei Kai`).
 */
function isSouthernName(text: string, part: Word[]): boolean {
  return part.length === 3 && isSouthernNameAt(text, part, 0);
}

/** `isSouthernName` of the three words from `ws[from]`, read in place. */
function isSouthernNameAt(text: string, ws: Word[], from: number): boolean {
  const surname = ws[from];
  return from + 3 <= ws.length && surname !== undefined && southernSurname(surname.lower) && ONE_CAPITAL.test(surname.text)
    && isSyllableWord(ws[from + 1]) && isSyllableWord(ws[from + 2])
    && blanks(text, surname.end, ws[from + 1]!.start) && blanks(text, ws[from + 1]!.end, ws[from + 2]!.start);
}

/**
 * A Chinese name romanized with a hyphenated given name (`Tsai Ing-wen`, `Ing-wen Tsai`): two
 * capitalized words, one a single romanized syllable, the other two joined by a hyphen.
 */
function isRomanizedName(part: Word[]): boolean {
  return isRomanizedNameIn(part, 0, part.length);
}

/** `isRomanizedName` of the words `ws[from, to)`, read in place (as `isPinyinNameIn`). */
function isRomanizedNameIn(ws: Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const a = ws[from]!;
  const b = ws[from + 1]!;
  // The hyphen first: most words have none, and are told so without the syllable pattern.
  return (isHyphenatedSyllables(b) && isSyllableWord(a)) || (isHyphenatedSyllables(a) && isSyllableWord(b));
}

/** A capitalized word of two romanized syllables joined by a hyphen (`Ing-wen`). */
function isHyphenatedSyllables(w: Word): boolean {
  // Only a word `joinRomanizedGivenNames` made has a hyphen: the others are told without a split.
  if (!w.capitalized || !w.text.includes('-')) return false;
  const halves = w.text.split('-');
  return halves.length === 2 && isRomanizedSyllable(halves[0]!) && isRomanizedSyllable(givenSyllable(halves[1]!));
}

/**
 * The length (3 or 2) of a pinyin or romanized Chinese name starting at `part[i]`, as the words
 * `part.slice(i, i + n)` would be asked, or 0; a name in a southern spelling only where `southern`.
 */
function chineseNameLength(text: string, part: Word[], i: number, southern = true): number {
  const compound = compoundNameLength(text, part, i);
  if (compound) return compound;
  for (let n = 3; n >= 2; n--) {
    const to = Math.min(i + n, part.length);
    if (isPinyinNameIn(text, part, i, to) || isRomanizedNameIn(part, i, to) || (southern && n === 3 && isSouthernNameAt(text, part, i))) return n;
  }
  return 0;
}

/**
 * The length of a name opening on a compound surname in two words (`compoundSurnameWords`) at
 * `part[i]`: with a hyphenated given name 3 (`Au Yeung Kin-man`), with Macao's given name of two
 * syllables apart 4 (`Ao Ieong Kin Man`), with one syllable 3 (`Sze To Wai`); else 0.
 */
function compoundNameLength(text: string, part: Word[], i: number): number {
  const a = part[i];
  const b = part[i + 1];
  if (a === undefined || b === undefined || !a.capitalized || !b.capitalized || !compoundSurnameWords(a.lower, b.lower) || !blanks(text, a.end, b.start)) return 0;
  const given = part[i + 2];
  if (given === undefined || !blanks(text, b.end, given.start)) return 0;
  if (isHyphenatedSyllables(given)) return 3;
  if (!isSyllableWord(given)) return 0;
  const second = part[i + 3];
  return isSyllableWord(second) && blanks(text, given.end, second!.start) ? 4 : 3;
}

/** A name of two words or more opening with a given name (`Chris Johnson`), written apart by blanks. */
function givenNameFirst(text: string, part: Word[]): boolean {
  if (part.length < 2 || !apartByBlanks(text, part)) return false;
  // Or a given name that is also an English word (`Peter`, `Heather`) before a Chinese surname (`Peter Lam`).
  return givenNames().has(part[0]!.lower) || (part.length === 2 && givenAndSurnameAt(text, part, 0) > 0);
}

/**
 * 2 where an English given name and a Chinese surname open `part[i…]` (`Peter Lam` of `Beijing and
 * Peter Lam`), the given name perhaps also a word (`Peter`) but no syllable of pinyin; else 0.
 */
function givenAndSurnameAt(text: string, part: Word[], i: number): number {
  const given = part[i];
  const family = part[i + 1];
  if (given === undefined || family === undefined || !blanks(text, given.end, family.start)) return 0;
  if (!surnameSpelling(family.lower)) return 0;
  return givenNames().has(given.lower) || (givenNamesAlsoWords().has(given.lower) && !isPinyinWord(given.lower)) ? 2 : 0;
}

/**
 * The words of a name opening on an English given name at `part[i]`: with a Hong Kong name after it
 * (`Joanne Cheung Mei-ling`), one more than that name's; else a Chinese surname after it (`givenAndSurnameAt`).
 */
function englishThenChineseName(text: string, part: Word[], i: number): number {
  const two = givenAndSurnameAt(text, part, i);
  if (two === 0) return 0;
  const chinese = chineseNameLength(text, part, i + 1);
  return chinese > 0 ? 1 + chinese : two;
}

/** Whether only blanks stand between the words of `part` (no hyphen joins two of them). */
function apartByBlanks(text: string, part: Word[]): boolean {
  for (let i = 1; i < part.length; i++) if (!blanks(text, part[i - 1]!.end, part[i]!.start)) return false;
  return true;
}

/**
 * Whether a word is a connector of names (`CONNECTORS`, in any case): not a particle written with a
 * capital that is a syllable of pinyin, which is a Chinese name's (`Cai Bin`, `Du Wei`, `Li Da`).
 */
function connectorWord(w: Word): boolean {
  return CONNECTORS.has(w.lower) && !(w.text !== w.lower && NAME_PARTICLES.has(w.lower) && isPinyinWord(w.lower));
}

/**
 * Looks like a personal name: two or three capitalized words (one if `single`), none a common word
 * or place; or up to five with name particles between them, two at most in a row (`Ursula von der
 * Leyen`, `Luiz Inacio Lula da Silva`), a part's ends never a particle.
 */
function nameShaped(part: Word[], single = false): boolean {
  let capitalized = 0;
  let particles = 0;
  for (const w of part) {
    // `Al` inside a name is the Arabic article as Gulf names write it (`Fahad Al-Otaibi`, `Saud Al Faisal`).
    if (NAME_PARTICLES.has(w.text) || (w.text === 'Al' && w !== part[0] && w !== part[part.length - 1])) {
      if (++particles > 2) return false;
      continue;
    }
    particles = 0;
    capitalized++;
    if (!isCapitalized(w) || isAllCaps(w) || COMMON_WORDS.has(w.lower) || connectorWord(w) || STATE_FORM_WORDS.has(w.lower)) return false;
    // A word's `lower` is its text normalized: the gazetteer is asked with it, not normalizing again.
    // A place's name last, after a given name, is a family name (`George Washington`); a place's
    // name first is left a place (`Paris Hilton`).
    if (EN_ORG_HEADS.has(w.lower)) return false;
    // A city outside China that CC-CEDICT adds is a given or family name beside another name (`Pierre Dupont`).
    const key = normalPlaceKey(w.lower);
    if (key !== undefined && !(part.length >= 2 && worldCityKey(key))
      && !(w === part[part.length - 1] && part.length >= 2 && givenNames().has(part[0]!.lower) && normalPlaceKey(part[0]!.lower) === undefined)) return false;
  }
  if (capitalized === part.length) return capitalized >= (single ? 1 : 2) && capitalized <= 3;
  return capitalized >= 2 && capitalized <= 4 && part.length <= 5 && !NAME_PARTICLES.has(part[0]!.text) && !NAME_PARTICLES.has(part[part.length - 1]!.text);
}

/** Whether a hyphen stands between two words of a run. */
function hyphenBetween(text: string, a: Word, b: Word): boolean {
  return text.slice(a.end, b.start).includes('-');
}

/** Whether the words are one hyphenated word (`Wi-Fi`, `Coca-Cola`): a name of several words has a space in it. */
function oneHyphenatedWord(text: string, part: Word[]): boolean {
  if (part.length < 2) return false;
  // Each gap read in place: one hyphen and nothing else.
  for (let i = 1; i < part.length; i++) {
    const gap = part[i - 1]!.end;
    if (part[i]!.start - gap !== 1 || text.charCodeAt(gap) !== 0x2d) return false;
  }
  return true;
}

function span(ws: Word[], type: EntityType, value: string): Found {
  return { start: ws[0]!.start, end: ws[ws.length - 1]!.end, type, value };
}

/** `South-` or `North-` right before `east Asian`. */
const COMPASS_BEFORE = /\b(South|North)-$/i;

/** A demonym's place, with the compass word before its hyphen where one stands (`South-east Asian`). */
function demonymSpan(text: string, ws: Word[], place: string): Found {
  const compass = place === 'east asia' ? COMPASS_BEFORE.exec(text.slice(Math.max(0, ws[0]!.start - 7), ws[0]!.start)) : null;
  return compass ? { ...span(ws, 'place', `${compass[1]!.toLowerCase()}east asia`), start: ws[0]!.start - compass[0].length } : span(ws, 'place', place);
}

/** English words of the PRC's administrative divisions that follow a romanized name (`Mianyang City`). */
const DIVISION_WORDS = new Set(['city', 'county', 'district', 'province', 'prefecture']);

/**
 * A place outside the gazetteer named by its division: one or two capitalized pinyin words
 * before `City`, `County`, `District`, `Province` or `Prefecture` (`Mianyang City`, `Pidu
 * District`). Its key is the pinyin run, as the Chinese side keys `绵阳市`. Undefined otherwise.
 */
function divisionPlace(part: Word[]): string | undefined {
  const last = part[part.length - 1];
  if (!last || part.length < 2 || part.length > 3 || !DIVISION_WORDS.has(last.lower)) return undefined;
  const name = part.slice(0, -1);
  if (!name.every((w) => isCapitalized(w) && !isAllCaps(w) && isPinyinWord(w.lower.replace(/['-]/g, '')))) return undefined;
  return name.map((w) => w.lower.replace(/['-]/g, '')).join('');
}

/**
 * Names before one plural word of their kind (`Jiading and Songjiang districts`, `Minhang, Xuhui
 * and Pudong districts`), or one name before the word in lower case (`Shenzhen's Longhua district`).
 */
const SHARED_DIVISIONS = /\b[A-Z][a-z'’-]+(?:(?:,\s+[A-Z][a-z'’-]+)*,?\s+and\s+[A-Z][a-z'’-]+\s+(?:districts|counties)|\s+(?:district|county))\b/g;
const NAME_WORD = /[A-Z][a-z'’-]+/g;

/**
 * County-level divisions of the gazetteer named together before one plural word of their kind
 * (`Jiading and Songjiang districts`), or one before the word in lower case (`Longhua district`):
 * each is read as it would be with its own word in capitals after it (`Jiading District`), where no
 * name is read there yet.
 */
function sharedDivisions(text: string, out: Found[]): void {
  // Most texts name no districts: passed without the pattern's iterator.
  if (!text.includes(' district') && !text.includes(' count')) return;
  let taken: Uint8Array | undefined;
  for (const m of text.matchAll(SHARED_DIVISIONS)) {
    if (!taken) {
      taken = new Uint8Array(text.length + 1);
      for (const f of out) taken.fill(1, f.start, f.end);
    }
    const kind = /districts?$/.test(m[0]) ? 'district' : 'county';
    for (const w of m[0].matchAll(NAME_WORD)) {
      const start = m.index + w.index;
      const end = start + w[0].length;
      const key = normalPlaceKey(`${normalizeEnglish(w[0])} ${kind}`);
      if (key && taken.subarray(start, end).every((x) => x === 0)) out.push({ start, end, type: 'place', value: key });
    }
  }
}

/** Lower-case words that make the all-caps word before them an organization (`the CCID consulting firm`). */
const ACRONYM_ORG_AFTER =
  /^\s+(?:(?:consulting|research|news|investment|law|accounting|technology|tech|media|energy|oil|trade|industry|software|security|data)\s+)?(?:firm|company|group|agency|association|institute|consultancy|bank|party|union|foundation|organization|organisation|council|alliance|federation|think tank|network|fund|coalition)\b/;

/**
 * A source named by its acronym, as news attributes figures: `said the NBS`, `according to the
 * NBS`, `data from the NBS`, and `the NBS said`, `the NBS reported`.
 */
const ACRONYM_SOURCE_BEFORE = /\b(?:said|says|according\s+to|released\s+by|published\s+by|data\s+from|figures\s+from|told)\s+the\s+$/i;
const ACRONYM_SOURCE_AFTER = /^\s+(?:said|says|reported|reports|announced|estimated|estimates|showed|shows|added|noted|stated)\b/;

/** Two to ten capitals, digits or `&`, opening with a capital. */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d&]{1,9}$/u;

/** An all-caps word that may be an organization's acronym: two to ten capitals, digits or `&`. */
function isAcronym(w: Word): boolean {
  // Asked of every word: a lower-case word, or a capitalized one with an ASCII small letter
  // second (`China`), is told by codes before the pattern.
  if (!w.capitalized || w.text.length < 2) return false;
  const second = w.text.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  return ACRONYM.test(w.text) && !COMMON_WORDS.has(w.lower);
}

/**
 * Organizations known by an acronym. An acronym in apposition to an organization found in the
 * text (`RUSSOFT, the Russian Software Industry Association`, `… Association (RUSSOFT)`) takes
 * that organization's key; an acronym before a lower-case organization word (`the CCID
 * consulting firm`) or named as the source of what is said (`said the NBS`, `the NBS reported`)
 * is an organization keyed by itself. Every other mention of a keyed
 * acronym in the text gets the same key.
 */
function acronymOrganizations(text: string, all: Word[], out: Found[]): void {
  // Most texts have no acronym: no table of taken offsets for them.
  if (!all.some(isAcronym)) return;
  const taken = new Uint8Array(text.length + 1);
  const orgByStart = new Map<number, Found>();
  const orgByEnd = new Map<number, Found>();
  for (const f of out) {
    taken.fill(1, f.start, f.end);
    if (f.type === 'org') {
      orgByStart.set(f.start, f);
      orgByEnd.set(f.end, f);
    }
  }
  // Read in place: a view of the table per word would be an object made for each test.
  const covered = (w: Word): boolean => {
    for (let k = w.start; k < w.end; k++) if (taken[k] === 1) return true;
    return false;
  };
  const keys = new Map<string, string>();
  for (const w of all) {
    if (!isAcronym(w) || covered(w) || keys.has(w.text)) continue;
    const after = text.slice(w.end, w.end + 80);
    const apposition = /^,\s+(?:the\s+)?/.exec(after);
    const follower = apposition ? orgByStart.get(w.end + apposition[0].length) : undefined;
    const opening = /[(（]\s*$/.exec(text.slice(Math.max(0, w.start - 4), w.start));
    let before = opening ? w.start - opening[0].length : -1;
    while (before > 0 && /\s/.test(text[before - 1]!)) before--;
    const leader = opening && /^\s*[)）]/.test(after) ? orgByEnd.get(before) : undefined;
    const source = w.text.length >= 3 && (ACRONYM_SOURCE_BEFORE.test(text.slice(Math.max(0, w.start - 30), w.start))
      || (/\bthe\s+$/i.test(text.slice(Math.max(0, w.start - 5), w.start)) && ACRONYM_SOURCE_AFTER.test(after)));
    const key = follower?.value ?? leader?.value ?? (ACRONYM_ORG_AFTER.test(after) || source ? w.lower : undefined);
    if (key) keys.set(w.text, key);
  }
  if (!keys.size) return;
  for (const w of all) {
    const key = keys.get(w.text);
    if (key && !covered(w)) out.push({ start: w.start, end: w.end, type: 'org', value: key });
  }
}

/** Dotted country abbreviations of English style guides: `U.S.`, `U.S.A.`, `U.K.` */
const DOTTED_COUNTRY = /\bU\.(?:S\.(?:A\.)?|K\.)/g;

/** Countries written as dotted abbreviations (`the U.S. Geological Survey`), keyed as the gazetteer keys them. */
function dottedCountries(text: string, out: Found[]): void {
  // Each abbreviation opens with `U.`: a text without it is passed without the pattern's iterator.
  if (!text.includes('U.')) return;
  for (const m of text.matchAll(DOTTED_COUNTRY)) {
    const key = englishPlaceKey(m[0].replace(/\./g, ''));
    if (key) out.push({ start: m.index, end: m.index + m[0].length, type: 'place', value: key });
  }
}

/**
 * A word of a place or a building right after a name (`Lok Ma Chau Loop`, `Tai Po Road`, `Kwai Chung
 * Estate`), or of a feature of the land or the sea (`Ross Sea`, `Amery Ice Shelf`): the name is the
 * place's, no person's.
 */
const FEATURE_AFTER = /^[ \t]+(?:Loop|Road|Street|Avenue|Lane|Park|Station|Bridge|Tunnel|Estate|Village|Bay|River|Hill|Island|Harbour|Harbor|Port|Square|Plaza|Terminal|Checkpoint|Airport|Pier|Market|Gardens?|Temple|Reservoir|Highway|Expressway|Interchange|Campus|Stadium|Tower|Building|Centre|Center|Sea|Ocean|Lake|Mountains?|Glacier|Peninsula|Strait|Gulf|Valley|Desert|Canal|Falls|Shelf)\b/;

/**
 * Whether a part stands right after a preposition of place (`a care home in Tin Shui Wai`,
 * `offices at Kwai Chung`) and is no one's (no `'s` after it). Three syllables apart in a southern
 * spelling there are a place of Hong Kong or Singapore as often as a person, so they are not
 * taken for a person by their syllables alone; a name in pinyin is (`confidence in Li Qiang`).
 */
function placeAfterPreposition(text: string, part: Word[]): boolean {
  const last = part[part.length - 1]!;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, part[0]!.start - 12), part[0]!.start)) && !/^['’]s\b/.test(text.slice(last.end, last.end + 3));
}

/** A preposition of place right before a name (`in `, `near `, `outside `). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|around|outside|inside|across|throughout)[ \t]+$/;

/**
 * A title and `of` or `for` right before a part, perhaps with field words joined by `and`
 * (`Minister of Ecology and `, `Secretary for Financial Services and the `).
 */
const TITLE_OF_BEFORE = /\b(?:[Mm]inister|[Ss]ecretary|[Cc]ommissioner|[Dd]irector|[Dd]irector-[Gg]eneral|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Hh]ead|[Mm]ayor|[Gg]overnor|[Pp]resident)[ \t]+(?:of|for)[ \t]+(?:(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}(?:and|&)[ \t]+(?:the[ \t]+)?)?$/;

/**
 * The words of a person's name ending a part of three words or more, after words of another kind
 * (`Finance Paul Chan`): a romanized Chinese name of two words (two words of pinyin, of any
 * surname: the title before vouches for a name), or an English given name and a surname. 0 when the part ends on no such name, or is that name alone.
 */
function nameAtEnd(text: string, part: Word[]): number {
  const n = part.length;
  // A name of three words, as Hong Kong, Macao and Singapore write one (`Finance Lei Wai Lun`).
  if (n >= 4 && (isSouthernNameAt(text, part, n - 3) || isPinyinNameIn(text, part, n - 3, n))) return 3;
  // Two words of pinyin of one or two syllables each: a Chinese name, of any surname (`Zhai Qing`).
  if (isRomanizedNameIn(part, n - 2, n) || (pinyinNameWord(part[n - 2]!) && pinyinNameWord(part[n - 1]!) && blanks(text, part[n - 2]!.end, part[n - 1]!.start))) return 2;
  const given = part[n - 2]!;
  const family = part[n - 1]!;
  // An English given name and a surname of any origin (`State Antony Blinken`), the title before vouching for a name.
  return givenNames().has(given.lower) && (surnameSpelling(family.lower) || (nameShaped([family], true) && !COMMON_WORDS.has(family.lower))) ? 2 : 0;
}

/** Classifies one part of a run; leftovers go to `unresolved` for compromise. */
function classify(text: string, part: Word[], dropped: Word[], out: Found[], unresolved: Word[][]): void {
  const name = phrase(part);
  // The name normalized once for both look-ups; a word's own normal form is that of a name of one word.
  const normal = part.length === 1 ? part[0]!.lower : normalizeEnglish(name);
  const alias = normalOrgAlias(normal);
  if (alias) return void out.push(span(part, 'org', alias));
  const place = part.length === 1 && capitalsMissing(part[0]!) ? undefined : normalPlaceKey(normal);
  if (place && (part.length > 1 || !part[0]!.initial || !COMMON_WORDS.has(part[0]!.lower))) {
    return void out.push(span(part, 'place', place));
  }
  const division = divisionPlace(part);
  if (division) return void out.push(span(part, 'place', division));
  const demonym = part.length <= 2 ? EN_DEMONYMS.get(lowerPhrase(part)) : undefined;
  if (demonym) return void out.push(demonymSpan(text, part, demonym));
  // A customs district's office, named by its place (`Shenzhen Customs`, as `深圳海关`): `Customs`
  // is no head word elsewhere, where it is a field (`General Administration of Customs`).
  if (part.length >= 2 && part[part.length - 1]!.lower === 'customs' && normalPlaceKey(normalizeEnglish(phrase(part.slice(0, -1))))) {
    return void out.push(span(part, 'org', entityKey(name, 'en', 'org')));
  }
  if (part.length >= 2 && hasHeadWord(part)) {
    const generic = part.every((w) => EN_GENERIC_WORDS.has(w.lower) || EN_ORG_HEADS.has(w.lower) || CONNECTORS.has(w.lower));
    if (!generic) return void out.push(span(part, 'org', entityKey(name, 'en', 'org')));
  }
  // `Minister of Finance Paul Chan`, `Vice-Minister of Commerce Wang Shouwen`: after a title and
  // `of` or `for`, the words of its field come before the name, which ends the part.
  // Asked only where a field or a title around the part would matter.
  let titled: boolean | undefined;
  const titledOf = (): boolean => (titled ??= TITLE_OF_BEFORE.test(text.slice(Math.max(0, part[0]!.start - 60), part[0]!.start)));
  const field = part.length >= 3 && titledOf() ? nameAtEnd(text, part) : 0;
  if (field > 0) {
    const ws = part.slice(part.length - field);
    return void out.push(span(ws, 'person', entityKey(phrase(ws), 'en', 'person')));
  }
  let romanizedInside = false;
  if (part.length > 2) for (let i = 0; i < part.length && !romanizedInside; i++) romanizedInside = isRomanizedNameIn(part, i, Math.min(i + 2, part.length));
  const nameLike = nameShaped(part) && !romanizedInside && !oneHyphenatedWord(text, part);
  const southernPlace = placeAfterPreposition(text, part);
  // After `Secretary for`, the words of the field (`Financial Services`) are no one's name for the title.
  if ((isPinyinName(text, part) || isRomanizedName(part) || (!southernPlace && isSouthernName(text, part)) || (nameLike && ((titledAround(text, part, dropped) && !titledOf()) || givenNameFirst(text, part))))
    && !FEATURE_AFTER.test(text.slice(part[part.length - 1]!.end, part[part.length - 1]!.end + 16)) && !FEATURE_AFTER.test(` ${part[part.length - 1]!.text}`)) {
    return void out.push(span(part, 'person', entityKey(name, 'en', 'person')));
  }
  const single = part[0]!;
  if (
    part.length === 1 &&
    dropped.length > 0 &&
    EN_NAME_TITLES.has(dropped[dropped.length - 1]!.lower) &&
    !isAllCaps(single) &&
    !COMMON_WORDS.has(single.lower) &&
    !STATE_FORM_WORDS.has(single.lower) &&
    !EN_ORG_HEADS.has(single.lower)
  ) {
    return void out.push(span(part, 'person', entityKey(name, 'en', 'person')));
  }
  // Scan inside: well-known organizations and gazetteer places, the rest (`part[rest, i)`) left over.
  let rest = 0;
  for (let i = 0; i < part.length; ) {
    const org = longestNameAt(part, i, ORGS_BY_WORD);
    if (org && isCapitalized(part[i]!)) {
      addLeftover(part, rest, i, unresolved);
      const ws = part.slice(i, i + org);
      out.push(span(ws, 'org', englishOrgAlias(phrase(ws))!));
      i += org;
      rest = i;
      continue;
    }
    const pl = longestNameAt(part, i, PLACES_BY_WORD);
    const placeKey = pl ? englishPlaceKey(phrase(part.slice(i, i + pl)))! : '';
    // A city outside China that CC-CEDICT adds, beside another name in capitals, is a given name (`Sofia Coppola`).
    const next = part[i + pl];
    const prev = part[i - 1];
    // A state abroad before a word of division is a city of its own name (`Kansas City`): no place the gazetteer keys.
    // A hyphen joins two places (`Antwerp-Bruges`, `Rotterdam-Hamburg`), never a given name to its surname.
    const named = pl > 0 && ((next !== undefined && isCapitalized(next) && !hyphenBetween(text, part[i + pl - 1]!, next) && (!EN_PLACE_SUFFIXES.has(next.lower) || stateKey(placeKey)))
      || (prev !== undefined && isCapitalized(prev) && !hyphenBetween(text, prev, part[i]!)))
      && worldCityKey(placeKey);
    if (pl && !named && !(pl === 1 && capitalsMissing(part[i]!)) && isCapitalized(part[i]!) && !(pl === 1 && part[i]!.initial && COMMON_WORDS.has(part[i]!.lower))) {
      addLeftover(part, rest, i, unresolved);
      let end = i + pl;
      if (part[end] && EN_PLACE_SUFFIXES.has(part[end]!.lower)) end++;
      const ws = part.slice(i, end);
      out.push(span(ws, 'place', placeKey));
      i = end;
      rest = i;
      continue;
    }
    // The demonym of two words, else of one. Lower-casing a word is lower-casing it beside a
    // blank (`South Korean`: `south` `korean`), so the two words are joined only after a first
    // word that opens a demonym of two.
    // A word lower-cased into a demonym (small ASCII letters) has that demonym as its normal form
    // too, which the look-ups above have made already: only such a word is lower-cased.
    const lower = part[i]!.lower;
    const folded = EN_DEMONYMS.has(lower) || DEMONYM_FIRST_WORDS.has(lower) ? part[i]!.text.toLowerCase() : '';
    const demonymLength = folded === '' ? 0
      : i + 2 <= part.length && DEMONYM_FIRST_WORDS.has(folded) && EN_DEMONYMS.has(`${folded} ${part[i + 1]!.text.toLowerCase()}`) ? 2
        : EN_DEMONYMS.has(folded) ? 1 : 0;
    if (demonymLength) {
      addLeftover(part, rest, i, unresolved);
      const ws = part.slice(i, i + demonymLength);
      out.push(demonymSpan(text, ws, EN_DEMONYMS.get(phrase(ws).toLowerCase())!));
      i += demonymLength;
      rest = i;
      continue;
    }
    // A division word must end the stretch (`divisionPlace`): no copy of one that it does not end.
    let division = 0;
    for (let n = 3; n >= 2 && !division; n--) {
      if (i + n <= part.length && DIVISION_WORDS.has(part[i + n - 1]!.lower) && divisionPlace(part.slice(i, i + n))) division = n;
    }
    if (division) {
      addLeftover(part, rest, i, unresolved);
      const ws = part.slice(i, i + division);
      out.push(span(ws, 'place', divisionPlace(ws)!));
      i += division;
      rest = i;
      continue;
    }
    if (EN_TITLES.has(part[i]!.lower) && i + 1 < part.length) {
      // A title of several words (`Chief Executive`, `Deputy Director General`): the name follows the last.
      let at = i + 1;
      while (at < part.length - 1 && EN_TITLES.has(part[at]!.lower)) at++;
      let titled = [5, 4, 3, 2, 1].find((n) => at + n <= part.length && nameShaped(part.slice(at, at + n), n === 1));
      // An English given name before a Chinese one, as Hong Kong writes names (`Chairman Jack So Chak-kwong`): one person.
      if (titled === 1) titled += chineseNameLength(text, part, at + 1);
      if (titled) {
        addLeftover(part, rest, i, unresolved);
        const ws = part.slice(at, at + titled);
        out.push(span(ws, 'person', entityKey(phrase(ws), 'en', 'person')));
        i = at + titled;
        rest = i;
        continue;
      }
    }
    const found = chineseNameLength(text, part, i, !(i === 0 && southernPlace)) || englishThenChineseName(text, part, i);
    // The name's last word (a name may run to the end of the part); a word of a place right after it makes it the place's.
    const last = found ? part[Math.min(i + found, part.length) - 1] : undefined;
    const person = found && last && !FEATURE_AFTER.test(text.slice(last.end, last.end + 16)) ? found : 0;
    if (person) {
      addLeftover(part, rest, i, unresolved);
      const ws = part.slice(i, i + person);
      out.push(span(ws, 'person', entityKey(phrase(ws), 'en', 'person')));
      i += person;
      rest = i;
      continue;
    }
    i++;
  }
  addLeftover(part, rest, part.length, unresolved);
}

/**
 * Adds the words `part[from, to)` that `classify` found nothing in to `unresolved`, without
 * connectors at either end (`trimmedPart`); nothing when none is left.
 */
function addLeftover(part: Word[], from: number, to: number, unresolved: Word[][]): void {
  const left = trimmedPart(part, from, to);
  if (left) unresolved.push(left);
}

/** Whether a head word ends the name (`… Industry Association`) or opens its `of`/`for` part (`Bank of China`). */
function hasHeadWord(part: Word[]): boolean {
  for (let i = 0; i < part.length; i++) {
    if (!EN_ORG_HEADS.has(part[i]!.lower)) continue;
    if (i === part.length - 1 || part[i + 1]!.lower === 'of' || part[i + 1]!.lower === 'for') return true;
    // A head word before the place it serves, which ends the name (`Airport Authority Hong Kong`);
    // a plural one may open it, a body of such members (`Universities UK`).
    if ((i >= 1 || part[i]!.lower.endsWith('s')) && normalPlaceKey(normalizeEnglish(phrase(part.slice(i + 1)))) !== undefined) return true;
  }
  return false;
}

/** The first words of the demonyms of two words (`south` of `south korean`). */
const DEMONYM_FIRST_WORDS = new Set([...EN_DEMONYMS.keys()].filter((d) => d.includes(' ')).map((d) => d.slice(0, d.indexOf(' '))));

/** Most words of one group handed to compromise at once. */
const MAX_GROUP = 8;

/**
 * Asks compromise about leftover word groups, all in one call (each group its own
 * sentence). A person or place compromise reads there counts when it covers whole
 * words of one group (`Ro Khanna` in `Ro Khanna of California`); a one-word
 * person must not start a sentence.
 */
function fromCompromise(groups: Word[][], out: Found[]): void {
  // Long runs of capitalized words (headlines, shouting) go in pieces: names are short,
  // and compromise slows down badly on one very long sentence.
  const pieces = groups.flatMap((g) => (g.length <= MAX_GROUP ? [g] : Array.from({ length: Math.ceil(g.length / MAX_GROUP) }, (_, k) => g.slice(k * MAX_GROUP, (k + 1) * MAX_GROUP))));
  const worth = pieces.filter(
    (g) => !g.every((w) => COMMON_WORDS.has(w.lower) || isAllCaps(w)) && !(g.length === 1 && g[0]!.initial),
  );
  if (!worth.length) return;
  // Where each word of each group sits in the joined text.
  const at: { group: number; word: number; start: number; end: number }[] = [];
  let joinedText = '';
  worth.forEach((group, g) => {
    group.forEach((w, k) => {
      if (k > 0) joinedText += ' ';
      at.push({ group: g, word: k, start: joinedText.length, end: joinedText.length + w.text.length });
      joinedText += w.text;
    });
    joinedText += '.\n';
  });
  const byStart = new Map(at.map((a) => [a.start, a]));
  const byEnd = new Map(at.map((a) => [a.end, a]));
  const doc = getNlp()(joinedText);
  const words = (match: NlpMatch): Word[] | undefined => {
    const text = match.text.replace(/[^\p{L}\s'’-]+$/u, '').replace(/^[^\p{L}]+/u, '');
    const start = match.offset.start + match.text.indexOf(text);
    const end = start + text.length;
    const first = byStart.get(start);
    const last = byEnd.get(end);
    if (!first || first.group !== last?.group || last.word < first.word) return undefined;
    return worth[first.group]!.slice(first.word, last.word + 1);
  };
  const taken = new Set<number>();
  for (const match of doc.people().json({ offset: true })) {
    const ws = words(match);
    if (!ws || ws.some((w) => COMMON_WORDS.has(w.lower) || EN_TITLES.has(w.lower))) continue;
    if (ws.length === 1 && (ws[0]!.initial || isAllCaps(ws[0]!))) continue;
    ws.forEach((w) => taken.add(w.start));
    out.push(span(ws, 'person', entityKey(phrase(ws), 'en', 'person')));
  }
  for (const match of doc.places().json({ offset: true })) {
    const ws = words(match);
    if (!ws || ws.some((w) => taken.has(w.start) || COMMON_WORDS.has(w.lower))) continue;
    if (ws.length === 1 && capitalsMissing(ws[0]!)) continue;
    out.push(span(ws, 'place', entityKey(phrase(ws), 'en', 'place')));
  }
}

/**
 * A lone capitalized word that is the last name of a person already found in the text
 * (`Warren` after `Elizabeth Warren`) is that person again, with the same key.
 */
function repeatedSurnames(groups: Word[][], out: Found[]): void {
  const bySurname = new Map<string, string>();
  // A Chinese name in pinyin has its surname first (`Li Qiang`, then `Li said`); one surname two
  // people of the text bear names neither.
  const chinese = new Map<string, string | null>();
  for (const f of out) {
    if (f.type !== 'person') continue;
    const words = f.value.split(' ');
    if (words.length < 2) continue;
    bySurname.set(words[words.length - 1]!, f.value);
    if (words.length === 2 && PINYIN_SURNAMES.has(words[0]!)) {
      const known = chinese.get(words[0]!);
      chinese.set(words[0]!, known === undefined || known === f.value ? f.value : null);
    }
  }
  for (const [surname, name] of chinese) if (name !== null && !bySurname.has(surname)) bySurname.set(surname, name);
  if (!bySurname.size) return;
  const taken = new Set(out.map((f) => f.start));
  for (const group of groups) {
    for (const w of group) {
      const key = bySurname.get(w.lower);
      if (key && isCapitalized(w) && !taken.has(w.start)) out.push({ start: w.start, end: w.end, type: 'person', value: key });
    }
  }
}

/**
 * `the Hon` (the Honourable) before a name, as Hong Kong's legislature styles its members (`a
 * question by the Hon Tang Fei`): a style, no word of the name. `Hon` elsewhere may be a surname (韩).
 */
function honourableAt(text: string, word: Word): boolean {
  return word.text === 'Hon' && /\bthe[ \t]+$/i.test(text.slice(Math.max(0, word.start - 5), word.start));
}

/** No words: the words dropped from a run's start when there are none (never written to). */
const NO_WORDS: Word[] = [];

/** Whether a pinyin or romanized name, or a gazetteer place or well-known organization of two words or more, starts at `run[at]`. */
function startsName(text: string, run: Word[], at: number): boolean {
  return chineseNameLength(text, run, at) > 0 || longestNameAt(run, at, PLACES_BY_WORD) > 1 || longestNameAt(run, at, ORGS_BY_WORD) > 1;
}

/**
 * People, places and organizations in English text, as entity candidates whose value
 * is a language-independent key (`Zhang Li` → `zhang li`, `Chongqing` → `chongqing`,
 * `Industrial and Commercial Bank of China` → `icbc`). Capitalized word runs are cut
 * at `of the`/`and the`, then read by rules (well-known names, the gazetteer,
 * organization head words, pinyin names, titles); compromise is asked only about
 * what the rules leave. Non-overlapping, sorted by start.
 */
export function extractEntities(text: string, options: { deep?: boolean } = {}): FactCandidate[] {
  const all = words(text);
  const out: Found[] = [];
  const unresolved: Word[][] = [];
  for (const run of capitalizedRuns(text, all)) {
    let s = 0;
    // The set look-ups before `startsName`: most runs open with a word none of them holds.
    while (
      s < run.length && (honourableAt(text, run[s]!) || (
        (COMMON_WORDS.has(run[s]!.lower) || isTitleWord(run[s]!.lower) || CONNECTORS.has(run[s]!.lower) || STATE_FORM_WORDS.has(run[s]!.lower)
          || (s > 0 && isTitleWord(run[s - 1]!.lower) && EN_ROLES.has(run[s]!.lower))
          // A role opening the run before a given name (`Singer Jacky Cheung`): the person's, no part of the name.
          || (EN_ROLES.has(run[s]!.lower) && run[s + 1] !== undefined && givenNames().has(run[s + 1]!.lower))) &&
        !startsName(text, run, s)))
    ) s++;
    // The words dropped from the run's start, and the run and its parts themselves where nothing
    // is cut off them: these arrays are only read, so no copy is made of a whole one.
    const dropped = s > 0 ? run.slice(0, s) : NO_WORDS;
    for (const whole of splitRun(run, s)) {
      // A title inside the run (`Kenya President William Ruto` split off as `President William Ruto`).
      const t = titlesEnd(whole, 0, whole.length - 1);
      classify(text, t > 0 ? whole.slice(t) : whole, t > 0 ? whole.slice(0, t) : dropped, out, unresolved);
    }
  }
  dottedCountries(text, out);
  sharedDivisions(text, out);
  surnamedPeople(text, out);
  acronymOrganizations(text, all, out);
  if (options.deep) fromCompromise(unresolved, out);
  repeatedSurnames(unresolved, out);
  out.sort((a, b) => a.start - b.start);
  // Each candidate that starts at or after the end of the one before it, in one pass: no list in between.
  const kept: FactCandidate[] = [];
  for (let i = 0; i < out.length; i++) {
    const { start, end, type, value } = out[i]!;
    if (type === 'place' && (currencyWordAfter(text, start, end) || CLOCK_WORD_AFTER.test(text.slice(end, end + 24)))) continue;
    if (i === 0 || start >= out[i - 1]!.end) kept.push({ kind: 'entity', start, end, value, type });
  }
  return kept;
}

/** `surnamed Chen`, `whose surname is Lin`: a person reports name by surname alone, as Chinese writes 陈某 or 林姓. */
const SURNAMED = /\b(?:surnamed|(?:sur|family[ \t]+)name[ \t]+is|(?:sur|family[ \t]+)name)[ \t]+([A-Z][a-z]{1,11}(?:-[A-Za-z][a-z]{1,11})?)\b/g;

/** People named by surname alone (`SURNAMED`), keyed by the surname. */
function surnamedPeople(text: string, out: Found[]): void {
  if (!text.includes('name')) return;
  SURNAMED.lastIndex = 0;
  for (let m = SURNAMED.exec(text); m; m = SURNAMED.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: start + m[1]!.length, type: 'person', value: entityKey(m[1]!, 'en', 'person') });
  }
}

/**
 * A currency's name after a place or its people's adjective: the place names the currency, as
 * the Chinese side's `美元`, `港元`, `日元` do, and is no place the text speaks of (`78.9 billion
 * U.S. dollars`, `the Hong Kong dollar`, `Japanese yen`, `the South Korean won`).
 */
const CURRENCY_WORD_AFTER = /^[ \t]+(?:dollars?|yuan|renminbi|yen|francs?|liras?|pounds?|r[ou]ubles?|rupees?|pesos?|reais|rand|kron[ae]|kronor|ringgit|baht|dong|rupiah|shekels?|dinars?|dirhams?|riyals?|rials?)\b/i;
/**
 * A clock's name after a place: the place names a time zone, as the Chinese `北京时间` does, and is
 * no place the text speaks of (`18:00 Beijing time`, `Hong Kong Time`, `Pacific Standard Time`).
 */
const CLOCK_WORD_AFTER = /^[ \t]+(?:(?:standard|daylight|summer)[ \t]+)?time\b(?!-)/i;
/** `won` names the currency only after `Korean` (`the South Korean won`; `South Korea won 3-1`). */
const KOREAN_WON = /korean[ \t]+won\b/iy;

function currencyWordAfter(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0x20 && c !== 0x09) return false;
  if (CURRENCY_WORD_AFTER.test(text.slice(end, end + 12))) return true;
  KOREAN_WON.lastIndex = Math.max(start, end - 6);
  return KOREAN_WON.test(text);
}
