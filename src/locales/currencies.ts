/**
 * The world's currencies by their names in English and Chinese, from the Unicode CLDR table
 * `currency-names.ts` (ISO 4217 codes): what the money extractors read after an amount when their
 * own words do not name its currency (`42 Kuwaiti dinars`, `4200万马来西亚林吉特`).
 *
 * A name is a currency's whole name (`Malaysian ringgit`, `科威特第纳尔`) or its last word alone
 * (`ringgit`, `林吉特`). A last word that several currencies share (`dinar`, `第纳尔`, `peso`)
 * names an amount of money in a currency the text does not tell: its unit is ''. English also
 * reads the ISO 4217 codes in capitals (`KES 1,500`) and the narrow symbols (`RM`, `zł`, `E£`).
 * The lookup tables are made from the constant table at their first use, the same for every run.
 */
import { CURRENCY_NAMES, ORDINARY_CODES, ORDINARY_CURRENCY_WORDS, ORDINARY_SYMBOLS } from './currency-names.js';
import { normalize } from './zh/normalize.js';
import { endsPhrase, LETTER as NAME_LETTER } from './en/phrase-end.js';

/** Currency names of one language: each name's unit ('' where several currencies share it). */
interface CurrencyNames {
  /** Names (English in lower case, words set apart by one space) and their units. */
  units: ReadonlyMap<string, string>;
  /** English: last words that are also ordinary words (`won`, `real`), read alone only after a scaled amount. */
  ordinary?: ReadonlyMap<string, string>;
  /** The first word (English) or character (Chinese) of every name. */
  starts: ReadonlySet<string>;
  /** Words (English) or characters (Chinese) in the longest name. */
  longest: number;
  /** Chinese: the names by their last character, longest first. */
  ends?: ReadonlyMap<string, readonly string[]>;
}

/** Adds `name` for `code`; a name already given to another currency becomes ''. */
function add(units: Map<string, string>, name: string, code: string): void {
  const known = units.get(name);
  units.set(name, known === undefined || known === code ? code : '');
}

function table(units: Map<string, string>, first: (name: string) => string, length: (name: string) => number): CurrencyNames {
  let longest = 0;
  const starts = new Set<string>();
  for (const name of units.keys()) {
    starts.add(first(name));
    longest = Math.max(longest, length(name));
  }
  return { units, starts, longest };
}

/**
 * The words of an English name in lower case (`Bosnia-Herzegovina`, `UAE` and `CFA` as one word
 * each), without the years CLDR adds to a former currency's name (`Sierra Leonean Leone (1964—2022)`).
 */
function words(name: string): string[] {
  return name.replace(/\([^)]*\)/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Bare names several currencies share of which one is the one news means: `won` after an amount is
 * the South Korean won (ISO 4217 KRW); the North Korean won (KPW) is not convertible and is named
 * with its country.
 */
const BARE_NAME_MEANS: Readonly<Record<string, string>> = { won: 'KRW' };

let englishNames: CurrencyNames | undefined;

/**
 * English names: each currency's name and plural (`malaysian ringgit`, `malaysian ringgits`), and
 * their last words alone but for those CC-CEDICT uses as ordinary words (`won`, `real`, `mark`),
 * which name a currency only after their country. Made at the first call.
 */
function englishCurrencyNames(): CurrencyNames {
  if (englishNames) return englishNames;
  const whole = new Map<string, string>();
  const last = new Map<string, string>();
  const ordinary = new Map<string, string>();
  for (const [code, name, plural] of CURRENCY_NAMES) {
    for (const form of [name, plural]) {
      const w = words(form);
      add(whole, w.join(' '), code);
      const end = w[w.length - 1]!;
      if (w.length > 1) add(ORDINARY_CURRENCY_WORDS.has(end) ? ordinary : last, end, code);
    }
  }
  // A whole name is its currency's even where a last word alone is another's.
  for (const [name, code] of last) if (!whole.has(name)) whole.set(name, code);
  for (const name of whole.keys()) ordinary.delete(name);
  for (const [word, code] of Object.entries(BARE_NAME_MEANS)) if (ordinary.get(word) === '') ordinary.set(word, code);
  englishNames = { ...table(whole, (name) => name.split(' ')[0]!, (name) => name.split(' ').length), ordinary };
  return englishNames;
}

let chineseNames: CurrencyNames | undefined;

/**
 * Chinese names, as the Chinese extractors read text (`normalize`): each currency's simplified
 * and traditional names (`马来西亚林吉特`, `馬來西亞令吉`), and their names less their country
 * (`林吉特`, `令吉`, `第纳尔`). Made at the first call.
 */
function chineseCurrencyNames(): CurrencyNames {
  if (chineseNames) return chineseNames;
  const whole = new Map<string, string>();
  const cores = new Map<string, string>();
  for (const [code, , , hans, hant, hansCore, hantCore] of CURRENCY_NAMES) {
    add(whole, normalize(hans), code);
    add(whole, normalize(hant), code);
    for (const core of [hansCore, hantCore]) if (core) add(cores, normalize(core), code);
  }
  for (const [name, code] of cores) if (!whole.has(name)) whole.set(name, code);
  const ends = new Map<string, string[]>();
  for (const name of whole.keys()) {
    const last = name.charAt(name.length - 1);
    const list = ends.get(last);
    if (list) list.push(name);
    else ends.set(last, [name]);
  }
  for (const list of ends.values()) list.sort((a, b) => b.length - a.length);
  chineseNames = { ...table(whole, (name) => name.charAt(0), (name) => name.length), ends };
  return chineseNames;
}

/**
 * The English currency name that starts at `at` (after spaces and tabs), longest first, when one
 * does: where it ends and its unit ('' for a name several currencies share). The name must end
 * where a word does. A name of one word is read only in lower case, as English writes currencies
 * (`20 ringgit`): capitalized after a number it is more often a people, a place or a name
 * (`5 million Guarani speakers`, `Sucre`, `Lev`).
 */
export function englishCurrencyAt(text: string, at: number, scaled = false): { end: number; unit: string } | undefined {
  let k = at;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (k === at && at > 0 && NAME_LETTER.test(text[at - 1] ?? '')) return undefined;
  const names = englishCurrencyNames();
  let found: { end: number; unit: string } | undefined;
  let name = '';
  let p = k;
  for (let n = 0; n < names.longest; n++) {
    // A word: letters, with hyphens inside (`Bosnia-Herzegovina`).
    let e = p;
    while (e < text.length && (NAME_LETTER.test(text[e]!) || (text[e] === '-' && e > p && NAME_LETTER.test(text[e + 1] ?? '')))) e++;
    if (e === p) break;
    const written = text.slice(p, e);
    const word = written.toLowerCase();
    const lower = written === word;
    // A word that is also an ordinary one names a currency after a scaled amount when the phrase
    // ends on it (`6.6 trillion won.`, `6.6 trillion won in May`), where the verb or the adjective
    // would go on to its object or noun (`3 million won the vote`, `5 million real estate deals`).
    const alone = n === 0 && scaled && lower ? names.ordinary?.get(word) : undefined;
    if (alone !== undefined && endsPhrase(text, e)) return { end: e, unit: alone };
    if (n === 0 && !names.starts.has(word)) return undefined;
    name = n === 0 ? word : `${name} ${word}`;
    const unit = names.units.get(name);
    if (unit !== undefined && (n > 0 || lower)) found = { end: e, unit };
    if (text[e] !== ' ') break;
    p = e + 1;
  }
  return found;
}

/**
 * The Chinese currency name that ends at `at` of text folded by `normalize`, longest first: where
 * it starts and its unit ('' for a name several currencies share).
 */
export function chineseCurrencyBefore(norm: string, at: number): { start: number; unit: string } | undefined {
  const names = chineseCurrencyNames();
  const list = names.ends?.get(norm.charAt(at - 1));
  if (!list) return undefined;
  for (const name of list) if (at >= name.length && norm.startsWith(name, at - name.length)) return { start: at - name.length, unit: names.units.get(name)! };
  return undefined;
}

/**
 * The Chinese currency name that starts at `at` of text folded by `normalize`, longest first:
 * where it ends and its unit ('' for a name several currencies share).
 */
export function chineseCurrencyAt(norm: string, at: number): { end: number; unit: string } | undefined {
  const names = chineseCurrencyNames();
  if (!names.starts.has(norm.charAt(at))) return undefined;
  for (let n = Math.min(names.longest, norm.length - at); n >= 2; n--) {
    const unit = names.units.get(norm.slice(at, at + n));
    if (unit !== undefined) return { end: at + n, unit };
  }
  return undefined;
}

let codes: ReadonlySet<string> | undefined;

/** The ISO 4217 codes of the table but those that are ordinary English words (`ALL`, `CUP`). Made at the first call. */
function currencyCodes(): ReadonlySet<string> {
  return (codes ??= new Set(CURRENCY_NAMES.map((r) => r[0]).filter((code) => !ORDINARY_CODES.has(code))));
}

/**
 * Whether three capitals are an ISO 4217 code of the table; with `words`, also the codes that are
 * ordinary English words (`MOP`, `RUB`), for a code glued to its amount (`MOP500`).
 */
export function isCurrencyCode(code: string, words = false): boolean {
  return currencyCodes().has(code) || (words && ORDINARY_CODES.has(code));
}

/** Whether the code unit at `k` is an ASCII capital letter. */
function capital(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c >= 0x41 && c <= 0x5a;
}

/** Whether the code unit at `k` is an ASCII letter or digit (none where `k` is outside the text). */
function alnum(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * An ISO 4217 code in capitals ending at `end`, after at most one space or tab before the amount
 * (`KES 1,500`): where it starts and the code. A code standing alone only: no letter or digit
 * before it.
 */
export function currencyCodeBefore(text: string, end: number, priced = false): { start: number; unit: string } | undefined {
  const e = text[end - 1] === ' ' || text[end - 1] === '\t' ? end - 1 : end;
  const s = e - 3;
  if (s < 0 || !capital(text, s) || !capital(text, s + 1) || !capital(text, s + 2) || alnum(text, s - 1)) return undefined;
  const code = text.slice(s, e);
  if (currencyCodes().has(code)) return { start: s, unit: code };
  // A code that is also a word (`MOP`, `RUB`) before a sizeable amount (`MOP 1,500`, `MOP 38.6
  // billion`) in running text, not in a line of capitals (`ALL 1,500 STAFF`, `TOP 100`).
  if (!ORDINARY_CODES.has(code) || CAPITALS_BEFORE.test(text.slice(Math.max(0, s - 12), s)) || CAPITALS_AFTER.test(text.slice(end, end + 32))) return undefined;
  // A word of a price before it in its clause (`capped at MOP 200 a day`, `fares of MOP 6`): any amount; not `TOP` nor `ALL`, words a line in capitals holds before a count.
  return SIZEABLE_AMOUNT.test(text.slice(end, end + 24)) || codedRange(text, s, end, code) || (priced && code !== 'TOP' && code !== 'ALL') ? { start: s, unit: code } : undefined;
}

/**
 * Whether a code that is also a word stands before both ends of a range (`MOP 6 to MOP 10`,
 * `MOP 6-MOP 10`, `between MOP 899 and MOP 2,899`), the one before `end` either of them: a word is
 * not written again so.
 */
function codedRange(text: string, start: number, end: number, code: string): boolean {
  const after = /^[\d.,]+[ \t]*(?:[-–]|to|and)[ \t]*([A-Z]{3})[ \t]?\d/.exec(text.slice(end, end + 24));
  if (after?.[1] === code) return true;
  const before = /([A-Z]{3})[ \t]?[\d.,]+[ \t]*(?:[-–]|to|and)[ \t]*$/.exec(text.slice(Math.max(0, start - 24), start));
  return before?.[1] === code;
}

/** An amount with thousands, decimals or a scale word after it. */
const SIZEABLE_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+\.\d|\d+[ \t]*(?:thousand|million|billion|bn|mn)\b)/;
/** A word of capitals right before the code, or right after its amount: a heading in capitals. */
const CAPITALS_BEFORE = /[A-Z]{2,}[ \t]+$/;
const CAPITALS_AFTER = /^[ \t]*[\d.,]+[ \t]*[A-Z]{2}/;

/** An ISO 4217 code in capitals starting at `at`, after spaces and tabs (`1,500 KES`): where it ends and the code. */
export function currencyCodeAt(text: string, at: number): { end: number; unit: string } | undefined {
  let k = at;
  while (text[k] === ' ' || text[k] === '\t') k++;
  if (!capital(text, k) || !capital(text, k + 1) || !capital(text, k + 2) || alnum(text, k + 3)) return undefined;
  const code = text.slice(k, k + 3);
  return currencyCodes().has(code) ? { end: k + 3, unit: code } : undefined;
}

/** The narrow symbols by unit, the longest's length, and the characters they start and end with. */
interface Symbols {
  units: ReadonlyMap<string, string>;
  longest: number;
  firsts: string;
  lasts: string;
}

let symbols: Symbols | undefined;

/**
 * The narrow symbols of the table (`RM`, `Rp`, `zł`, `E£`, `₼`) and the symbols of their own countries
 * (`Ksh`, `MOP$`: `localForms`), with their units ('' for one several
 * currencies write, `kr`), but the dollar's sign, which the money extractors read themselves, and
 * those that are ordinary English words (`K`, `KM`). Made at the first call.
 */
function currencySymbols(): Symbols {
  if (symbols) return symbols;
  const units = new Map<string, string>();
  for (const row of CURRENCY_NAMES) {
    const symbol = row[7];
    if (symbol && symbol !== '$' && !ORDINARY_SYMBOLS.has(symbol)) add(units, symbol, row[0]);
    for (const local of localForms(row[8])) if (!ORDINARY_SYMBOLS.has(local)) add(units, local, row[0]);
  }
  let longest = 0;
  let firsts = '';
  let lasts = '';
  for (const symbol of units.keys()) {
    longest = Math.max(longest, symbol.length);
    if (!firsts.includes(symbol.charAt(0))) firsts += symbol.charAt(0);
    if (!lasts.includes(symbol.charAt(symbol.length - 1))) lasts += symbol.charAt(symbol.length - 1);
  }
  return (symbols = { units, longest, firsts, lasts });
}

/**
 * The forms of a symbol a currency's own country writes (`Ksh`, `USh`, `MOP$`; the table's last
 * column): a symbol of letters alone with its second letter in either case, as the pages of one
 * country write it both ways (`Ksh` and `KSh`; `USh` and `Ush`). Not in capitals throughout:
 * `TSH` is also a hormone measured in numbers.
 */
function localForms(symbol: string): string[] {
  if (!/^[A-Z][A-Za-z]+$/.test(symbol)) return symbol ? [symbol] : [];
  const rest = symbol.slice(2);
  return [...new Set([symbol, symbol[0]! + symbol[1]!.toLowerCase() + rest, symbol[0]! + symbol[1]!.toUpperCase() + rest])];
}

/** Whether the code unit at `k` is a letter (ASCII, or Latin with its accents). */
function letterAt(text: string, k: number): boolean {
  return k >= 0 && k < text.length && NAME_LETTER.test(text[k]!);
}

/**
 * A currency's narrow symbol ending at `end`, after at most one space before the amount (`RM 1.5
 * billion`, `Rp5,000`, `E£ 300`), longest first: where it starts and its unit. A symbol of letters
 * stands alone: no letter before it.
 */
export function currencySymbolBefore(text: string, end: number): { start: number; unit: string } | undefined {
  const e = text[end - 1] === ' ' || text[end - 1] === '\t' ? end - 1 : end;
  const { units, longest, lasts } = currencySymbols();
  // Most figures follow a character no symbol ends with: one look tells.
  if (e === 0 || !lasts.includes(text.charAt(e - 1))) return undefined;
  for (let n = Math.min(longest, e); n >= 1; n--) {
    const unit = units.get(text.slice(e - n, e));
    if (unit !== undefined && !(letterAt(text, e - n) && letterAt(text, e - n - 1))) return { start: e - n, unit };
  }
  return undefined;
}

/**
 * A currency's narrow symbol starting at `at`, after at most one space after the amount (`50 zł`,
 * `100 Kč`), longest first: where it ends and its unit. A symbol of letters ends where a word does.
 */
export function currencySymbolAt(text: string, at: number): { end: number; unit: string } | undefined {
  const s = text[at] === ' ' || text[at] === '\t' ? at + 1 : at;
  const { units, longest, firsts } = currencySymbols();
  if (s >= text.length || !firsts.includes(text.charAt(s))) return undefined;
  for (let n = Math.min(longest, text.length - s); n >= 1; n--) {
    const unit = units.get(text.slice(s, s + n));
    if (unit !== undefined && !(letterAt(text, s + n - 1) && letterAt(text, s + n))) return { end: s + n, unit };
  }
  return undefined;
}

/** The unit of a narrow symbol of the table (`Rp` → IDR), '' for one several currencies write, undefined for none. */
export function currencySymbolUnit(symbol: string): string | undefined {
  return currencySymbols().units.get(symbol);
}
