/**
 * Units of length, area, weight, volume, power, energy, pixels, temperature and the fractions of a second written with a number on each side (`60 miles`, `60公里`),
 * so that the same number in another unit shows: a translator who keeps the number and changes
 * the unit (`60 miles` against `60公里`) changed the quantity, and one who converts it (`350°F`
 * against `180°C`, `60 miles` against `97公里`) did not. Units from the SI brochure and the
 * imperial units news uses, with their exact sizes in SI units (NIST Special Publication 811,
 * appendix B); the Chinese names are the standard ones (公里/千米, 英里, 米, 英尺,
 * 公斤/千克, 斤, 磅, 公顷, 英亩, 亩, 千瓦 (瓩 in Taiwan), 兆瓦, 千瓦时 (千瓦小時; 度 after a scale or before 电), 瓦特小時, 兆瓦时, 吉瓦时, 太瓦时, 像素, 摄氏度, 华氏度, 毫秒, 微秒, 纳秒), a Chinese amount with its scale (`570万千瓦`,
 * 5.7 GW; `5000万像素`, 50 megapixels).
 */

import { groupBy } from '../group-by.js';
import { CARDINALS } from '../locales/en/words.js';
import { normalize } from '../locales/zh/normalize.js';
import { readNumeral } from '../locales/zh/numerals.js';

/** A unit: its dimension and a canonical name. */
export interface UnitReading {
  value: number;
  unit: string;
  dimension: 'length' | 'area' | 'weight' | 'volume' | 'power' | 'energy' | 'charge' | 'frequency' | 'data' | 'pixels' | 'temperature' | 'time';
  /** Offset of the number in the text. */
  at: number;
}

/**
 * Each unit's English names in lower case, words apart by one space. A name is looked up, not
 * matched by a pattern a unit: the eleven case-insensitive patterns this replaces were each
 * compiled twice a seed run (once for one-byte and once for two-byte text) to read 22 words
 * that were none of them a unit.
 */
const EN_UNITS: readonly [readonly string[], string, UnitReading['dimension']][] = [
  [['mile', 'miles', 'mi'], 'mile', 'length'],
  [['kilometer', 'kilometers', 'kilometre', 'kilometres', 'km'], 'km', 'length'],
  [['meter', 'meters', 'metre', 'metres'], 'm', 'length'],
  [['centimeter', 'centimeters', 'centimetre', 'centimetres', 'cm'], 'cm', 'length'],
  [['millimeter', 'millimeters', 'millimetre', 'millimetres', 'mm'], 'mm', 'length'],
  [['micrometer', 'micrometers', 'micrometre', 'micrometres', 'micron', 'microns', 'µm', 'μm'], 'µm', 'length'],
  [['nanometer', 'nanometers', 'nanometre', 'nanometres', 'nm'], 'nm', 'length'],
  [['feet', 'foot', 'ft'], 'ft', 'length'],
  [['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'sq km', 'sqkm', 'km2', 'km²'], 'km2', 'area'],
  [['square mile', 'square miles', 'sq mi', 'sqmi'], 'mi2', 'area'],
  [['hectare', 'hectares', 'ha'], 'ha', 'area'],
  [['acre', 'acres'], 'acre', 'area'],
  [['kilogram', 'kilograms', 'kilo', 'kilos', 'kg'], 'kg', 'weight'],
  [['gram', 'grams', 'gramme', 'grammes'], 'g', 'weight'],
  [['pound', 'pounds', 'lb', 'lbs'], 'lb', 'weight'],
  [['tonne', 'tonnes', 'metric ton', 'metric tons'], 't', 'weight'],
  [['watt', 'watts', 'w'], 'W', 'power'],
  [['kilowatt', 'kilowatts', 'kw'], 'kW', 'power'],
  [['megawatt', 'megawatts', 'mw'], 'MW', 'power'],
  [['gigawatt', 'gigawatts', 'gw'], 'GW', 'power'],
  [['kilowatt-hour', 'kilowatt-hours', 'kwh'], 'kWh', 'energy'],
  [['megawatt-hour', 'megawatt-hours', 'mwh'], 'MWh', 'energy'],
  [['gigawatt-hour', 'gigawatt-hours', 'gwh'], 'GWh', 'energy'],
  [['terawatt-hour', 'terawatt-hours', 'twh'], 'TWh', 'energy'],
  [['megapixel', 'megapixels', 'mp'], 'MP', 'pixels'],
  [['mu'], 'mu', 'area'],
  [['jin'], 'jin', 'weight'],
  [['milligram', 'milligrams'], 'mg', 'weight'],
  [['microgram', 'micrograms'], 'µg', 'weight'],
  [['millilitre', 'millilitres', 'milliliter', 'milliliters'], 'ml', 'volume'],
  [['litre', 'litres', 'liter', 'liters'], 'L', 'volume'],
  [['kilolitre', 'kilolitres', 'kiloliter', 'kiloliters'], 'kL', 'volume'],
  // the megalitre and the gigalitre of water agencies (`450 gigalitres a year`), by their names only:
  // `ML` in lower case is the millilitre's `ml`
  [['megalitre', 'megalitres', 'megaliter', 'megaliters'], 'ML', 'volume'],
  [['gigalitre', 'gigalitres', 'gigaliter', 'gigaliters'], 'GL', 'volume'],
  [['watt-hour', 'watt-hours'], 'Wh', 'energy'],
  [['milliampere-hour', 'milliampere-hours', 'milliamp-hour', 'milliamp-hours'], 'mAh', 'charge'],
  [['hertz'], 'Hz', 'frequency'], [['kilohertz'], 'kHz', 'frequency'], [['megahertz'], 'MHz', 'frequency'], [['gigahertz'], 'GHz', 'frequency'],
  [['millisecond', 'milliseconds'], 'ms', 'time'], [['microsecond', 'microseconds'], 'µs', 'time'], [['nanosecond', 'nanoseconds'], 'ns', 'time'],
  [['kilobyte', 'kilobytes'], 'KB', 'data'], [['megabyte', 'megabytes'], 'MB', 'data'], [['gigabyte', 'gigabytes'], 'GB', 'data'], [['terabyte', 'terabytes'], 'TB', 'data'],
];
/**
 * Unit symbols read as written, where case tells them from words or other units (`g` and not `G`,
 * `MB` a megabyte and `mb` a forecast's millibar): the SI brochure's symbols and the byte
 * multiples of IEC 80000-13 (decimal, as product sheets count them).
 */
const EN_SYMBOLS: ReadonlyMap<string, { unit: string; dimension: UnitReading['dimension'] }> = new Map([
  ['g', 'g', 'weight'], ['mg', 'mg', 'weight'], ['µg', 'µg', 'weight'], ['μg', 'µg', 'weight'], ['mcg', 'µg', 'weight'],
  ['ml', 'ml', 'volume'], ['mL', 'ml', 'volume'], ['L', 'L', 'volume'],
  ['Wh', 'Wh', 'energy'], ['mAh', 'mAh', 'charge'], ['Ah', 'Ah', 'charge'],
  ['Hz', 'Hz', 'frequency'], ['kHz', 'kHz', 'frequency'], ['MHz', 'MHz', 'frequency'], ['GHz', 'GHz', 'frequency'],
  ['ms', 'ms', 'time'], ['µs', 'µs', 'time'], ['μs', 'µs', 'time'], ['ns', 'ns', 'time'],
  ['KB', 'KB', 'data'], ['kB', 'KB', 'data'], ['MB', 'MB', 'data'], ['GB', 'GB', 'data'], ['TB', 'TB', 'data'], ['PB', 'PB', 'data'],
].map(([symbol, unit, dimension]) => [symbol!, { unit: unit!, dimension: dimension as UnitReading['dimension'] }]));
const EN_UNIT_BY_NAME = new Map(EN_UNITS.flatMap(([names, unit, dimension]) => names.map((name) => [name, { unit, dimension }] as const)));
const ZH_UNITS: readonly [string, string, UnitReading['dimension']][] = [
  ['平方公里', 'km2', 'area'], ['平方千米', 'km2', 'area'], ['平方英里', 'mi2', 'area'],
  ['公里', 'km', 'length'], ['千米', 'km', 'length'], ['英里', 'mile', 'length'], ['英尺', 'ft', 'length'],
  ['厘米', 'cm', 'length'], ['公分', 'cm', 'length'], ['毫米', 'mm', 'length'], ['米', 'm', 'length'],
  ['公顷', 'ha', 'area'], ['公頃', 'ha', 'area'], ['亩', 'mu', 'area'], ['畝', 'mu', 'area'], ['英亩', 'acre', 'area'], ['英畝', 'acre', 'area'],
  ['公斤', 'kg', 'weight'], ['千克', 'kg', 'weight'], ['磅', 'lb', 'weight'], ['吨', 't', 'weight'], ['噸', 't', 'weight'],
  ['台斤', 'taijin', 'weight'], ['臺斤', 'taijin', 'weight'], ['斤', 'jin', 'weight'],
  ['毫克', 'mg', 'weight'], ['微克', 'µg', 'weight'], ['公克', 'g', 'weight'], ['毫升', 'ml', 'volume'], ['千升', 'kL', 'volume'], ['公升', 'L', 'volume'], ['升', 'L', 'volume'],
  ['毫安时', 'mAh', 'charge'], ['毫安時', 'mAh', 'charge'], ['瓦时', 'Wh', 'energy'], ['瓦時', 'Wh', 'energy'], ['赫兹', 'Hz', 'frequency'], ['赫茲', 'Hz', 'frequency'],
  ['克', 'g', 'weight'], ['微米', 'µm', 'length'], ['纳米', 'nm', 'length'], ['奈米', 'nm', 'length'],
  ['千瓦时', 'kWh', 'energy'], ['千瓦時', 'kWh', 'energy'], ['兆瓦时', 'MWh', 'energy'], ['兆瓦時', 'MWh', 'energy'],
  ['吉瓦时', 'GWh', 'energy'], ['吉瓦時', 'GWh', 'energy'], ['太瓦时', 'TWh', 'energy'], ['太瓦時', 'TWh', 'energy'], ['千瓦', 'kW', 'power'], ['兆瓦', 'MW', 'power'], ['吉瓦', 'GW', 'power'], ['瓦', 'W', 'power'],
  ['瓩', 'kW', 'power'], ['度', 'kWh', 'energy'],
  // Taiwan's words: watts and their hours written out (`瓦特小時`, `千瓦小時`).
  ['千瓦小时', 'kWh', 'energy'], ['千瓦小時', 'kWh', 'energy'], ['瓦特小时', 'Wh', 'energy'], ['瓦特小時', 'Wh', 'energy'],
  ['瓦小时', 'Wh', 'energy'], ['瓦小時', 'Wh', 'energy'], ['瓦特', 'W', 'power'],
  ['像素', 'px', 'pixels'], ['毫秒', 'ms', 'time'], ['微秒', 'µs', 'time'], ['纳秒', 'ns', 'time'], ['納秒', 'ns', 'time'],
];

/**
 * Size of each metric unit in the base unit of its dimension (metre, square metre, kilogram): the same
 * quantity in two metric units (`1.6 km` = `1600米`) is no slip. Imperial units convert only
 * approximately in translations and are left out.
 */
const METRIC: ReadonlyMap<string, number> = new Map([
  ['km', 1000], ['m', 1], ['cm', 0.01], ['mm', 0.001], ['µm', 1e-6], ['nm', 1e-9], ['km2', 1e6], ['ha', 1e4], ['t', 1000], ['kg', 1], ['g', 0.001],
  ['W', 1], ['kW', 1e3], ['MW', 1e6], ['GW', 1e9], ['Wh', 1e-3], ['kWh', 1], ['MWh', 1e3], ['GWh', 1e6], ['TWh', 1e9], ['px', 1], ['MP', 1e6],
  ['mg', 1e-6], ['µg', 1e-9], ['ml', 1e-3], ['L', 1], ['kL', 1e3], ['ML', 1e6], ['GL', 1e9], ['mAh', 1], ['Ah', 1e3],
  ['Hz', 1], ['kHz', 1e3], ['MHz', 1e6], ['GHz', 1e9], ['KB', 1e3], ['MB', 1e6], ['GB', 1e9], ['TB', 1e12], ['PB', 1e15],
  ['ms', 1e-3], ['µs', 1e-6], ['ns', 1e-9],
]);

/**
 * Size of each imperial unit in the base unit of its dimension (NIST SP 811, appendix B), and of
 * the Chinese 亩 (mu, a fifteenth of a hectare) and 斤 (jin, half a kilogram) by the PRC's order on
 * measurement units of 1984, and Taiwan's 台斤 (600 grams): translations round them.
 */
const IMPERIAL: ReadonlyMap<string, number> = new Map([
  ['mile', 1609.344], ['ft', 0.3048], ['mi2', 2_589_988.110336], ['acre', 4046.8564224], ['lb', 0.45359237], ['mu', 10_000 / 15],
  ['jin', 0.5], ['taijin', 0.6],
]);

/**
 * An amount in its dimension's base unit, and whether that is exact: metric units convert
 * exactly, imperial ones and temperatures as translators round them. Degrees with no scale
 * named (`35 degrees`, `35度`) are read as Celsius, or as Fahrenheit when `fahrenheit` asks.
 */
function inBase(a: UnitReading, fahrenheit = false): { value: number; exact: boolean } | undefined {
  const metric = METRIC.get(a.unit);
  if (metric !== undefined) return { value: a.value * metric, exact: true };
  const imperial = IMPERIAL.get(a.unit);
  if (imperial !== undefined) return { value: a.value * imperial, exact: false };
  if (a.unit === 'C' || (a.unit === 'deg' && !fahrenheit)) return { value: a.value, exact: true };
  if (a.unit === 'F' || a.unit === 'deg') return { value: ((a.value - 32) * 5) / 9, exact: false };
  return undefined;
}

/** How far a converted amount may lie from the other: a share of its size, or for temperatures degrees or a share. */
const CONVERTED_SHARE = 0.05;
const DEGREES_OFF = 1.5;
const DEGREES_SHARE = 0.03;

/**
 * Whether two amounts of one dimension are one quantity, one of them converted: exactly for
 * metric units, within 5% for imperial ones (`60 miles` against `约97公里` or `100公里`), and within
 * 1.5 degrees or 3% for temperatures of two scales (`350°F` against `180°C`, `98.6°F` against `37°C`;
 * of one scale, exactly). Degrees with no scale named may be either scale. Undefined when the units
 * do not convert.
 */
export function sameQuantity(a: UnitReading, b: UnitReading): boolean | undefined {
  if (a.dimension !== b.dimension) return undefined;
  let known = false;
  for (const [fa, fb] of [[false, false], [true, false], [false, true]] as const) {
    if ((fa && a.unit !== 'deg') || (fb && b.unit !== 'deg')) continue;
    const x = inBase(a, fa);
    const y = inBase(b, fb);
    if (!x || !y) continue;
    known = true;
    const size = Math.max(Math.abs(x.value), Math.abs(y.value));
    const off = Math.abs(x.value - y.value);
    // Degrees of one scale on both sides are the same number or a slip (`42.1°C` against `41.2°C`);
    // only a conversion from the other scale rounds.
    const converted = a.dimension === 'temperature' && fahrenheitScale(a, fa) !== fahrenheitScale(b, fb);
    const allowed = converted ? Math.max(DEGREES_OFF, DEGREES_SHARE * size) : x.exact && y.exact || a.dimension === 'temperature' ? 1e-9 * size : CONVERTED_SHARE * size;
    if (off <= allowed) return true;
  }
  return known ? false : undefined;
}

/** Whether a temperature is read in Fahrenheit (`fahrenheit`: degrees with no scale named read so). */
function fahrenheitScale(a: UnitReading, fahrenheit: boolean): boolean {
  return a.unit === 'F' || (a.unit === 'deg' && fahrenheit);
}

/**
 * Amounts by their size in the base unit of their dimension, for the question which of them is a
 * given amount converted (`sameQuantity`): each question weighs only the few of the size near it
 * (at most `NEAREST`), so that a pair of thousands of amounts is read in time linear in them.
 */
export class AmountIndex<T extends UnitReading> {
  private readonly sizes = new Map<string, { size: number; amount: T }[]>();

  constructor(amounts: readonly T[]) {
    for (const amount of amounts) {
      for (const size of sizesOf(amount)) {
        let list = this.sizes.get(amount.dimension);
        if (!list) this.sizes.set(amount.dimension, (list = []));
        list.push({ size, amount });
      }
    }
    for (const list of this.sizes.values()) list.sort((a, b) => a.size - b.size);
  }

  /** The first amount near `a`'s size that `accept` takes and that is `a` converted (`sameQuantity`). */
  find(a: UnitReading, accept: (b: T) => boolean): T | undefined {
    const list = this.sizes.get(a.dimension);
    if (!list) return undefined;
    for (const size of sizesOf(a)) {
      // `sameQuantity`'s tolerance with a margin, as it weighs the larger of the two sizes.
      const width = a.dimension === 'temperature' ? Math.max(DEGREES_OFF, (DEGREES_SHARE + 0.005) * Math.abs(size)) : (CONVERTED_SHARE + 0.01) * Math.abs(size);
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.size < size - width) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo, seen = 0; k < list.length && list[k]!.size <= size + width && seen < NEAREST; k++, seen++) {
        const b = list[k]!.amount;
        if (accept(b) && sameQuantity(a, b)) return b;
      }
    }
    return undefined;
  }
}

/** How many amounts of a size near another's `AmountIndex` weighs at most. */
const NEAREST = 16;

/** An amount's sizes in its dimension's base unit: two for degrees with no scale named (Celsius, Fahrenheit). */
function sizesOf(a: UnitReading): number[] {
  const out: number[] = [];
  const x = inBase(a);
  if (x) out.push(x.value);
  if (a.unit === 'deg') out.push(inBase(a, true)!.value);
  return out;
}

/** A unit as a message writes it after its number: `°C`, `°F`, ` degrees` for degrees with no scale named, else a space and its name. */
export function unitLabel(unit: string): string {
  if (unit === 'C' || unit === 'F') return `°${unit}`;
  return unit === 'deg' ? ' degrees' : unit === 'mile' || unit === 'acre' ? ` ${unit}s` : ` ${unit}`;
}

/** `a`'s amount written in `b`'s unit, for a message (`350°F` against `220°C`: `350°F is 177°C`). */
export function convertedTo(a: UnitReading, b: UnitReading): number | undefined {
  const x = inBase(a);
  const y = inBase({ ...b, value: 1 });
  if (!x || !y || a.dimension !== b.dimension) return undefined;
  if (b.dimension !== 'temperature') return x.value / y.value;
  return b.unit === 'F' ? (x.value * 9) / 5 + 32 : x.value;
}

/** Two amounts of one dimension in units that convert exactly, each in the dimension's base unit (`50 MP` as 50,000,000 pixels), or undefined. */
export function inBaseUnits(a: UnitReading, b: UnitReading): [number, number] | undefined {
  const x = inBase(a);
  const y = inBase(b);
  return x?.exact && y?.exact && a.dimension === b.dimension ? [x.value, y.value] : undefined;
}

const EN_AMOUNT = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t-]?(square[ \t]+kilomet(?:er|re)s?|square[ \t]+miles?|metric[ \t]+tons?|[A-Za-z²2]+(?:-hours?(?![A-Za-z]))?)/g;
/** The Chinese names of the units (`公里`, `英里`, `千瓦时`), a group of alternatives: shared by `ZH_AMOUNT` and `ZH_WORD_AMOUNT`. */
const ZH_UNIT_NAMES = String.raw`(平方公里|平方千米|平方英里|公里|千米|英里|英尺|厘米|公分|毫米|微米|纳米|奈米|公顷|公頃|英亩|英畝|亩|畝|公斤|千克|台斤|臺斤|斤|米|磅|吨|噸|毫克|微克|公克|克|毫升|千升|公升|升(?![至到为為了幅高级級值格降温溫职職学學])|毫安时|毫安時|千瓦小时|千瓦小時|瓦特小时|瓦特小時|瓦小时|瓦小時|瓦特|千瓦时|千瓦時|兆瓦时|兆瓦時|吉瓦时|吉瓦時|太瓦时|太瓦時|千瓦|兆瓦|吉瓦|瓦时|瓦時|瓦|瓩|度|赫兹|赫茲|像素|毫秒|微秒|纳秒|納秒)`;
const ZH_AMOUNT = new RegExp(String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*(万亿|萬億|[万萬亿億])?${ZH_UNIT_NAMES}`, 'g');
/** The two amount patterns, anchored where they are asked to start. */
const EN_AMOUNT_AT = new RegExp(EN_AMOUNT.source, 'y');
const ZH_AMOUNT_AT = new RegExp(ZH_AMOUNT.source, 'y');
/**
 * A temperature: a sign or `minus`, the number, and its degrees (`-5°C`, `350 °F`, `98.6℉`, `minus 12
 * degrees Celsius`, `a 30-degree day`); degrees with no scale named are `deg`.
 */
const EN_TEMPERATURE = /(?<![\w.,])(-|−|minus[ \t]+)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:[ \t]*[°º][ \t]?([CF])(?![A-Za-z])|[ \t]*([℃℉])|[ \t-]+degrees?(?:[ \t]+(Celsius|Fahrenheit|centigrade|C|F)(?![A-Za-z]))?)/gi;
/**
 * A Chinese temperature: the scale before or after the number (`摄氏35度`, `华氏95度`, `35℃`,
 * `35摄氏度`), 零下 for below zero; 度 alone is degrees with no scale named, not before 电 (`1000度电`,
 * kilowatt-hours).
 */
const ZH_TEMPERATURE = /(?<![\d.])(摄氏|攝氏|华氏|華氏)?(零下|-|−)?(\d+)(?:\.(\d+))?[ \t]*(?:[°º][ \t]?([CF])|([℃℉])|(摄氏度|攝氏度|华氏度|華氏度)|度(?![电電]))/g;

/** The scale a temperature's words or signs name: `C`, `F`, or `deg` for none. */
function scaleOf(word: string | undefined): 'C' | 'F' | 'deg' {
  if (!word) return 'deg';
  const w = word.toLowerCase();
  return w === 'f' || w === '℉' || w === 'fahrenheit' || w.startsWith('华') || w.startsWith('華') ? 'F' : 'C';
}

/** The scale characters a Chinese amount may carry before its unit (`570万千瓦`, `5000万像素`, `2.19万亿千瓦时`), as powers of ten. */
const ZH_SCALE: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 万亿: 12, 萬億: 12 };

/**
 * The number of digits written with a comma or none, times ten to `power`: read as one numeral
 * (`4.9e8`), so that `4.9亿` is 490000000 as its fact's value is, not 4.9 × 1e8 (490000000.00000006).
 */
function numberOf(whole: string, fraction: string | undefined, power = 0): number {
  return Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}e${power}`);
}

/**
 * Whether the amount at `[start, end)` is one term of a rate (`100 mg/5 ml`, `20毫克/毫升`, or
 * after a unit counted by 每 in its clause: `每毫升含布洛芬20毫克`): a concentration, which the other
 * language may give per another amount, so it stands for no amount of its own.
 */
function inRate(text: string, start: number, end: number, dimension: UnitReading['dimension'], zh: boolean): boolean {
  // The amount before a slash: a rate's where a unit alone or an amount a rate is given per follows (`mg/ml`, `mg/5 ml`).
  const after = /^[ \t]*[/／][ \t]*/.exec(text.slice(end, end + 8));
  if (after) {
    const next = amountAt(text, end + after[0].length, zh);
    return next === undefined || PER_WHAT.has(next.dimension);
  }
  // The amount after a slash: a rate's where it is of a dimension a rate is given per (`/5 ml`).
  if (/[/／][ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return PER_WHAT.has(dimension);
  return PER_UNIT_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * The dimensions a rate is given per (`per ml`, `per kg`, `per 100 km`, `per hour`, `per hectare`):
 * a slash before an amount of another dimension sets two amounts side by side (`500 MW / 2,000
 * MWh`, a store's power and energy), not a rate.
 */
const PER_WHAT: ReadonlySet<UnitReading['dimension']> = new Set(['volume', 'weight', 'length', 'area', 'time']);

/** The dimension of the amount with a unit that starts at `at` in `text`, if one does (`2,000 MWh`, `200万千瓦时`). */
function amountAt(text: string, at: number, zh: boolean): { dimension: UnitReading['dimension'] } | undefined {
  if (zh) {
    ZH_AMOUNT_AT.lastIndex = at;
    const m = ZH_AMOUNT_AT.exec(text);
    const hit = m ? zhUnitOf(m[4]!) : undefined;
    if (hit) return hit;
  }
  // Units in Latin letters, in either language (`2,000 MWh`, `13.5kWh`).
  EN_AMOUNT_AT.lastIndex = at;
  const m = EN_AMOUNT_AT.exec(text);
  return m ? enUnitOf(m[3]!) : undefined;
}

/** The unit a word in Latin letters names, by its symbol or its name (`MWh`, `square miles`), if any. */
function enUnitOf(word: string): { unit: string; dimension: UnitReading['dimension'] } | undefined {
  // The unit word holds spaces or tabs only in its two-word names (`square miles`).
  return EN_SYMBOLS.get(word) ?? EN_UNIT_BY_NAME.get(word.toLowerCase().replace(/[ \t]+/g, ' '));
}

/** The unit a Chinese unit word names (`千瓦时`), if any. */
function zhUnitOf(word: string): { unit: string; dimension: UnitReading['dimension'] } | undefined {
  return ZH_UNIT_BY_WORD.get(word);
}

/** `ZH_UNITS` by their words (each word is listed once). */
const ZH_UNIT_BY_WORD = new Map(ZH_UNITS.map(([word, unit, dimension]) => [word, { unit, dimension }] as const));

/** 每 and a unit earlier in the amount's clause (`每毫升含布洛芬`). */
const PER_UNIT_BEFORE = /每(?:毫升|升|公升|千克|公斤|克)[^，。；！？,;!?]*$/;

/** A factor of a product of sizes, right before the next (`312 × ` in `312 × 221 × 14.9 mm`). */
const FACTOR_BEFORE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*[×xX*✕][ \t]*$/;
/** Most factors a product of sizes has before its unit (width, depth, height). */
const FACTORS_MOST = 3;

/**
 * Adds the amount `value` at `at` with its unit, and each factor of a product of sizes written
 * before it with the unit once at its end (`312 × 221 × 14.9 mm`, `31.2×22.1×1.49厘米`): every
 * factor is in that unit.
 */
function withFactors(text: string, at: number, value: number, unit: string, dimension: UnitReading['dimension'], out: UnitReading[]): void {
  const factors: UnitReading[] = [];
  let from = at;
  for (let k = 0; k < FACTORS_MOST; k++) {
    const m = FACTOR_BEFORE.exec(text.slice(Math.max(0, from - 24), from));
    if (!m) break;
    from -= m[0].length;
    factors.push({ value: numberOf(m[1]!, m[2]), unit, dimension, at: from });
  }
  for (let k = factors.length - 1; k >= 0; k--) out.push(factors[k]!);
  out.push({ value, unit, dimension, at });
}

/**
 * Adds the amounts with a unit written in Latin letters, a symbol or a name (`60 miles`, `1.2kg`,
 * `16 GB`), in either language's text.
 */
function latinAmounts(text: string, out: UnitReading[]): void {
  // `exec` over the shared pattern, not `matchAll`, which copies the pattern on every call.
  EN_AMOUNT.lastIndex = 0;
  for (let m = EN_AMOUNT.exec(text); m; m = EN_AMOUNT.exec(text)) {
    const hit = enUnitOf(m[3]!);
    if (hit && !inRate(text, m.index, EN_AMOUNT.lastIndex, hit.dimension, false)) withFactors(text, m.index, numberOf(m[1]!, m[2]), hit.unit, hit.dimension, out);
  }
}

/** A number in words and a unit's name after it (`six miles`, `twenty-five kilometres`). */
const EN_WORD_AMOUNT = /\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?([a-z]+)[ \t-](square[ \t]+kilomet(?:er|re)s?|square[ \t]+miles?|metric[ \t]+tons?|[a-z]+)\b/gi;

/** Adds the amounts an English text writes with a number in words (`six miles`, `forty-five kilograms`). */
function wordAmounts(text: string, out: UnitReading[]): void {
  EN_WORD_AMOUNT.lastIndex = 0;
  for (let m = EN_WORD_AMOUNT.exec(text); m; m = EN_WORD_AMOUNT.exec(text)) {
    // The cardinal words below a hundred (`six`, `twenty-five`), none of them nought.
    const ones = CARDINALS[m[2]!.toLowerCase()] ?? 0;
    const tens = m[1] ? CARDINALS[m[1].toLowerCase()]! : 0;
    // Symbols (`km`, `kg`) follow digits; after a word only a unit's name is read.
    const hit = ones === 0 || (m[1] && ones > 9) ? undefined : m[3]!.length > 3 ? enUnitOf(m[3]!) : undefined;
    if (hit && !inRate(text, m.index, EN_WORD_AMOUNT.lastIndex, hit.dimension, false)) out.push({ value: tens + ones, unit: hit.unit, dimension: hit.dimension, at: m.index });
    // The unit word may open the next amount's number (`ten miles`): read on from the unit.
    EN_WORD_AMOUNT.lastIndex = m.index + m[0].length - m[3]!.length;
  }
}

/** Chinese numerals of one to ninety-nine before a unit (`六公里`, `二十五公斤`). */
const ZH_WORD_AMOUNT = new RegExp(String.raw`(?<![\d一二两兩三四五六七八九十百千万萬亿億])([一二两兩三四五六七八九]?十[一二三四五六七八九]?|[一二两兩三四五六七八九])${ZH_UNIT_NAMES}`, 'g');

/** Adds the amounts a Chinese text writes with a numeral before a unit (`方圆六公里`, `十五公斤`). */
function zhNumeralAmounts(text: string, out: UnitReading[]): void {
  ZH_WORD_AMOUNT.lastIndex = 0;
  for (let m = ZH_WORD_AMOUNT.exec(text); m; m = ZH_WORD_AMOUNT.exec(text)) {
    // 度 alone is degrees or a grade, and 米 alone rice as often as metres after a numeral (`一米`, `三米饭`): the other units only.
    if (m[2] === '度' || m[2] === '米') continue;
    const hit = zhUnitOf(m[2]!);
    if (hit && !inRate(text, m.index, ZH_WORD_AMOUNT.lastIndex, hit.dimension, true)) out.push({ value: readNumeral(normalize(m[1]!), 0)!.value, unit: hit.unit, dimension: hit.dimension, at: m.index });
  }
}

/** The amounts with a unit in an English text. */
export function enUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  latinAmounts(text, out);
  wordAmounts(text, out);
  EN_TEMPERATURE.lastIndex = 0;
  for (let m = EN_TEMPERATURE.exec(text); m; m = EN_TEMPERATURE.exec(text)) {
    const value = numberOf(m[2]!, m[3]) * (m[1] ? -1 : 1);
    out.push({ value, unit: scaleOf(m[4] ?? m[5] ?? m[6]), dimension: 'temperature', at: m.index });
  }
  return out;
}

/** The amounts with a unit in a Chinese text. */
export function zhUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  ZH_AMOUNT.lastIndex = 0;
  for (let m = ZH_AMOUNT.exec(text); m; m = ZH_AMOUNT.exec(text)) {
    const hit = zhUnitOf(m[4]!);
    // 度 is a kilowatt-hour after a scale (`371億度`) or before 电 (`1000度电`); else degrees.
    if (m[4] === '度' && !m[3] && !/^[电電]/.test(text.slice(ZH_AMOUNT.lastIndex, ZH_AMOUNT.lastIndex + 1))) continue;
    if (hit && !inRate(text, m.index, ZH_AMOUNT.lastIndex, hit.dimension, true)) withFactors(text, m.index, numberOf(m[1]!, m[2], m[3] ? ZH_SCALE[m[3]]! : 0), hit.unit, hit.dimension, out);
  }
  zhNumeralAmounts(text, out);
  // Units written in Latin letters in the Chinese (`1.2kg`, `6800mAh`, `16 GB`).
  latinAmounts(text, out);
  ZH_TEMPERATURE.lastIndex = 0;
  for (let m = ZH_TEMPERATURE.exec(text); m; m = ZH_TEMPERATURE.exec(text)) {
    const value = numberOf(m[3]!, m[4]) * (m[2] ? -1 : 1);
    const unit = scaleOf(m[5] ?? m[6] ?? m[7] ?? m[1]);
    out.push({ value, unit, dimension: 'temperature', at: m.index + (m[1]?.length ?? 0) });
  }
  return out;
}

/**
 * Pairs of one number written with different units on the two sides, of one dimension or of two,
 * where neither side also writes that number with the other's unit (`60 miles` against `60公里`,
 * `8 ml` against `8毫克`).
 */
export function unitSlips(en: readonly UnitReading[], zh: readonly UnitReading[]): [UnitReading, UnitReading][] {
  const out: [UnitReading, UnitReading][] = [];
  if (en.length === 0 || zh.length === 0) return out;
  // Each side's readings by number, of any dimension (`8 ml` against `8毫克` is as much a slip as
  // `8 mm` against `8厘米`), and the numbers it writes with each unit: a reading is asked only of
  // the other side's readings of its number (a long block of one figure said again and again would
  // make every pair of readings a question).
  const key = (r: UnitReading) => r.value;
  const written = (r: UnitReading) => `${r.value}\u0000${r.unit}`;
  const zhByKey = groupBy(zh, key);
  const enWritten = new Set(en.map(written));
  const zhWritten = new Set(zh.map(written));
  for (const a of en) {
    if (Number.isNaN(a.value) || a.unit === 'deg' || zhWritten.has(written(a))) continue;
    for (const b of zhByKey.get(key(a)) ?? []) {
      if (a.unit === b.unit || b.unit === 'deg' || enWritten.has(written(b))) continue;
      out.push([a, b]);
    }
  }
  return out;
}
