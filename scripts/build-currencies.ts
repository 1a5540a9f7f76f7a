/**
 * Writes `src/locales/currency-names.ts`, the names of the world's currencies in English and in
 * Chinese, from the Unicode CLDR data that Node.js carries in its ICU (Unicode licence):
 *
 *     npm run build:currencies
 *
 * The codes are ISO 4217's as `Intl.supportedValuesOf('currency')` lists them. For each code the
 * table keeps its English name (`Intl.DisplayNames`), its English plural (`Intl.NumberFormat` with
 * `currencyDisplay: 'name'`: `Malaysian ringgits`, `Swedish kronor`), and its names in simplified
 * and in traditional Chinese (`马来西亚林吉特`, `馬來西亞令吉`).
 *
 * With them it keeps the narrow symbol English writes for each (`RM`, `zł`, `E£`:
 * `currencyDisplay: 'narrowSymbol'`). It also lists the codes and symbols that are ordinary English words (`ALL`, `CUP`: CC-CEDICT's glosses use
 * them in lower case), which are read as no currency, and it marks the last word of an English name (`ringgit`, `dinar`, `won`) that CC-CEDICT
 * (CC BY-SA 4.0) uses as an ordinary English word in a sense that is no currency's (`won`, `real`,
 * `mark`): such a word names the currency only with its country before it (`South Korean won`).
 *
 * The table depends on the CLDR version of the ICU it was made with, which it records:
 * `test/locales/currency-names.test.ts` checks that the committed file is what this script writes,
 * when it runs under the same CLDR.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glossWords } from './build-given-names.js';
import { readCedict } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const CURRENCY_NAMES_PATH = join(root, 'src', 'locales', 'currency-names.ts');

/** One currency: its ISO 4217 code, English name and plural, simplified and traditional Chinese names. */
export interface CurrencyRow {
  code: string;
  en: string;
  plural: string;
  hans: string;
  hant: string;
  /** The narrow symbol English writes (`RM`, `zł`, `E£`), or '' where it is the code itself. */
  symbol: string;
  /**
   * The symbol the English of the currency's own country writes where it is another (`Ksh` in
   * Kenya's English, `MOP$` in Macao's: `localSymbol`), or ''.
   */
  local?: string;
  /** The Chinese names less their country (`林吉特`, `令吉`), or '' where none is found (`chineseCores`). */
  hansCore?: string;
  hantCore?: string;
}

/** The currencies as this Node.js's ICU names them, by code. */
export function cldrCurrencies(): CurrencyRow[] {
  const en = new Intl.DisplayNames(['en'], { type: 'currency' });
  const hans = new Intl.DisplayNames(['zh-Hans'], { type: 'currency' });
  const hant = new Intl.DisplayNames(['zh-Hant'], { type: 'currency' });
  const rows: CurrencyRow[] = [];
  for (const code of Intl.supportedValuesOf('currency')) {
    const name = en.of(code) ?? code;
    // The plural as a sentence writes it after a number: the name after `2 ` (or after `2.00 `).
    const two = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).format(2);
    const plural = two.replace(/^[\d.,\s]+/, '');
    const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
    const narrow = parts.find((p) => p.type === 'currency')?.value ?? code;
    const symbol = narrow === code ? '' : narrow;
    rows.push({ code, en: name, plural, hans: hans.of(code) ?? code, hant: hant.of(code) ?? code, symbol, local: localSymbol(code, narrow) });
  }
  return rows.filter((r) => r.en !== r.code && r.hans !== r.code);
}

/**
 * The narrow symbol of a currency in the English of the country of its code's first two letters
 * (`en-KE` for `KES`: `Ksh`; `en-MO` for `MOP`: `MOP$`), where CLDR has that English and it writes
 * another symbol than `narrow`; '' otherwise. A symbol of one or two letters alone (`K`, `SR`, `Le`)
 * is left out: English prose writes such letters as abbreviations of other things (`SR` is also
 * how Saudi pages write their riyal).
 */
export function localSymbol(code: string, narrow: string): string {
  const locale = `en-${code.slice(0, 2)}`;
  if (Intl.NumberFormat.supportedLocalesOf([locale])[0] !== locale) return '';
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' }).formatToParts(1);
  const local = parts.find((p) => p.type === 'currency')?.value ?? code;
  return local === narrow || local === code || /^[A-Za-z]{1,2}$/.test(local) ? '' : local;
}

/**
 * Sets each row's Chinese names less their country, in each script: the name less the name of the
 * country of its code's first two letters (`马来西亚` of `MY`: `马来西亚林吉特` → `林吉特`), or else,
 * for currencies whose English names end in the same word (`Saudi Riyal`, `Qatari Riyal`), the end
 * their Chinese names share (`里亚尔`); and CC-CEDICT must gloss it as a currency. A core shorter than two characters (`镑`, `盾`, `元`) is an
 * ordinary word in Chinese, and one that is a currency's whole name (`韓元`) is that currency's:
 * both are left out ('').
 */
export function chineseCores(rows: readonly CurrencyRow[], entries: readonly Entry[]): CurrencyRow[] {
  // Chinese words CC-CEDICT glosses as a currency, by script: the glosses of each headword.
  const glossed = new Map<string, string>();
  for (const [traditional, simplified, , glosses] of entries) {
    const text = (Array.isArray(glosses) ? glosses : [glosses ?? '']).join('; ').toLowerCase();
    for (const word of [traditional, simplified]) glossed.set(word, `${glossed.get(word) ?? ''}; ${text}`);
  }
  const groups = new Map<string, CurrencyRow[]>();
  for (const r of rows) {
    const key = lastWord(r.en);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  const regionHans = new Intl.DisplayNames(['zh-Hans'], { type: 'region' });
  const regionHant = new Intl.DisplayNames(['zh-Hant'], { type: 'region' });
  const region = (names: Intl.DisplayNames, code: string): string => {
    try {
      return names.of(code.slice(0, 2)) ?? '';
    } catch {
      return '';
    }
  };
  const shared = (names: string[]): string => {
    let end = 0;
    const first = names[0]!;
    while (end < first.length && names.every((n) => n.length > end && n[n.length - 1 - end] === first[first.length - 1 - end])) end++;
    return first.slice(first.length - end);
  };
  const less = (name: string, country: string): string => (country && name.startsWith(country) ? name.slice(country.length) : '');
  const names = new Set(rows.flatMap((r) => [r.hans, r.hant]));
  // A core is two characters or more, no currency's whole name (`韓元` is the won of the South),
  // and a word CC-CEDICT glosses as a currency (with its English word or as a currency or coin).
  const currencyWord = (core: string, english: string): boolean => {
    const glosses = glossed.get(core);
    return glosses !== undefined && (glosses.includes(english) || /currency|monetary|\bcoins?\b/.test(glosses));
  };
  let english = '';
  const kept = (core: string): string => (core.length >= 2 && !names.has(core) && currencyWord(core, english) ? core : '');
  return rows.map((r) => {
    english = lastWord(r.en);
    const group = groups.get(english)!;
    const core = (name: string, country: string, all: string[]): string =>
      kept(less(name, country)) || (all.length > 1 ? kept(shared(all)) : '');
    return {
      ...r,
      hansCore: core(r.hans, region(regionHans, r.code), group.map((g) => g.hans)),
      hantCore: core(r.hant, region(regionHant, r.code), group.map((g) => g.hant)),
    };
  });
}

/**
 * Lower-case words CC-CEDICT's glosses use outside the senses that name a currency: English words
 * with an ordinary meaning (`won` in `won't do`, `real`, `mark`). A sense names a currency when it
 * says so (`currency`, `monetary`, `coin`, `money`), when it is one word and nothing else but
 * `(loanword)` (`(loanword) shilling`), or when it holds a currency's full name (`Indonesian rupiah`).
 */
export function ordinaryWords(entries: readonly Entry[], names: readonly string[]): Set<string> {
  const full = names.map((n) => n.toLowerCase());
  return glossWords(entries, (sense) => {
    if (/currency|monetary|\bcoins?\b|\bmoney\b/i.test(sense)) return false;
    const bare = sense.replace(/\(loanword\)/g, ' ').trim().toLowerCase();
    return !/^[a-z]+$/.test(bare) && !full.some((n) => bare.includes(n));
  });
}

/** The last word of an English currency name, lower case (`ringgit` of `Malaysian Ringgit`). */
export function lastWord(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1]!;
}

/** The text of `src/locales/currency-names.ts`. */
export function currencyNamesSource(rows: readonly CurrencyRow[], ordinary: ReadonlySet<string>, cldr: string, glossed: ReadonlySet<string>): string {
  const codes = rows.map((r) => r.code).filter((code) => glossed.has(code.toLowerCase()));
  const symbols = [...new Set(rows.map((r) => r.symbol).filter((symbol) => glossed.has(symbol.toLowerCase())))];
  const common = new Set<string>();
  for (const r of rows) {
    for (const word of [lastWord(r.en), lastWord(r.plural)]) if (ordinary.has(word)) common.add(word);
  }
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return [
    '/**',
    ' * The currencies of ISO 4217 with their names in the Unicode CLDR (Unicode licence), as Node.js',
    ' * carries them in its ICU: code, English name, English plural, simplified and traditional Chinese',
    ' * names. Written by `scripts/build-currencies.ts` (`npm run build:currencies`); do not edit by hand.',
    ' */',
    `export const CLDR_VERSION = ${quote(cldr)};`,
    '',
    '/**',
    ' * `[code, English, English plural, simplified Chinese, traditional Chinese, and the two Chinese names',
    " * less their country ('' where none), the narrow symbol English writes ('' where it is the code), and",
    " * the symbol the English of the currency's own country writes where it is another ('' where none)]`,",
    ' * by code.',
    ' */',
    'export const CURRENCY_NAMES: readonly (readonly [string, string, string, string, string, string, string, string, string])[] = [',
    ...rows.map((r) => `  [${[r.code, r.en, r.plural, r.hans, r.hant, r.hansCore ?? '', r.hantCore ?? '', r.symbol, r.local ?? ''].map(quote).join(', ')}],`),
    '];',
    '',
    '/**',
    " * Last words of English names that CC-CEDICT (CC BY-SA 4.0) glosses as ordinary English words",
    ' * (outside its senses of a currency or a coin): such a word names a currency only after its country.',
    ' */',
    `export const ORDINARY_CURRENCY_WORDS: ReadonlySet<string> = new Set([${[...common].sort().map(quote).join(', ')}]);`,
    '',
    '/** Codes that CC-CEDICT glosses as ordinary English words in lower case (`ALL`, `CUP`, `TOP`): read as no currency. */',
    `export const ORDINARY_CODES: ReadonlySet<string> = new Set([${codes.sort().map(quote).join(', ')}]);`,
    '',
    '/** Symbols that CC-CEDICT glosses as ordinary English words in lower case (`Ft` of feet, `KM`): read as no currency. */',
    `export const ORDINARY_SYMBOLS: ReadonlySet<string> = new Set([${symbols.sort().map(quote).join(', ')}]);`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const entries = readCedict() as Entry[];
  const rows = chineseCores(cldrCurrencies(), entries);
  const ordinary = ordinaryWords(entries, rows.flatMap((r) => [r.en, r.plural]));
  writeFileSync(CURRENCY_NAMES_PATH, currencyNamesSource(rows, ordinary, process.versions.cldr ?? '', glossWords(entries)));
  console.log(`build-currencies: ${rows.length} currencies written to ${CURRENCY_NAMES_PATH}`);
}
