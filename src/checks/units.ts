/**
 * Units of length, area, weight, power, energy and pixels written after a number on each side (`60 miles`, `60公里`),
 * so that the same number in another unit shows: a translator who keeps the number and changes
 * the unit (`60 miles` against `60公里`) changed the quantity. Units from the SI brochure and the
 * imperial units news uses; the Chinese names are the standard ones (公里/千米, 英里, 米, 英尺,
 * 公斤/千克, 磅, 公顷, 英亩, 千瓦, 兆瓦, 千瓦时, 像素), a Chinese amount with its scale (`570万千瓦`,
 * 5.7 GW; `5000万像素`, 50 megapixels).
 */

import { groupBy } from '../group-by.js';

/** A unit: its dimension and a canonical name. */
export interface UnitReading {
  value: number;
  unit: string;
  dimension: 'length' | 'area' | 'weight' | 'power' | 'energy' | 'pixels';
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
];
const EN_UNIT_BY_NAME = new Map(EN_UNITS.flatMap(([names, unit, dimension]) => names.map((name) => [name, { unit, dimension }] as const)));
const ZH_UNITS: readonly [string, string, UnitReading['dimension']][] = [
  ['平方公里', 'km2', 'area'], ['平方千米', 'km2', 'area'], ['平方英里', 'mi2', 'area'],
  ['公里', 'km', 'length'], ['千米', 'km', 'length'], ['英里', 'mile', 'length'], ['英尺', 'ft', 'length'],
  ['厘米', 'cm', 'length'], ['公分', 'cm', 'length'], ['毫米', 'mm', 'length'], ['米', 'm', 'length'],
  ['公顷', 'ha', 'area'], ['公頃', 'ha', 'area'], ['英亩', 'acre', 'area'], ['英畝', 'acre', 'area'],
  ['公斤', 'kg', 'weight'], ['千克', 'kg', 'weight'], ['磅', 'lb', 'weight'], ['吨', 't', 'weight'], ['噸', 't', 'weight'],
  ['克', 'g', 'weight'], ['微米', 'µm', 'length'], ['纳米', 'nm', 'length'], ['奈米', 'nm', 'length'],
  ['千瓦时', 'kWh', 'energy'], ['千瓦時', 'kWh', 'energy'], ['千瓦', 'kW', 'power'], ['兆瓦', 'MW', 'power'], ['吉瓦', 'GW', 'power'], ['瓦', 'W', 'power'],
  ['像素', 'px', 'pixels'],
];

/**
 * Size of each metric unit in the base unit of its dimension (metre, square metre, kilogram): the same
 * quantity in two metric units (`1.6 km` = `1600米`) is no slip. Imperial units convert only
 * approximately in translations and are left out.
 */
const METRIC: ReadonlyMap<string, number> = new Map([
  ['km', 1000], ['m', 1], ['cm', 0.01], ['mm', 0.001], ['µm', 1e-6], ['nm', 1e-9], ['km2', 1e6], ['ha', 1e4], ['t', 1000], ['kg', 1], ['g', 0.001],
  ['W', 1], ['kW', 1e3], ['MW', 1e6], ['GW', 1e9], ['kWh', 1], ['MWh', 1e3], ['GWh', 1e6], ['TWh', 1e9], ['px', 1], ['MP', 1e6],
]);

/** Two amounts of one dimension in metric units, each in the dimension's base unit (`50 MP` as 50,000,000 pixels), or undefined. */
export function inBaseUnits(a: UnitReading, b: UnitReading): [number, number] | undefined {
  const fa = METRIC.get(a.unit);
  const fb = METRIC.get(b.unit);
  return fa === undefined || fb === undefined || a.dimension !== b.dimension ? undefined : [a.value * fa, b.value * fb];
}

/** Whether two amounts are one quantity in two metric units of one dimension. */
export function sameMetricQuantity(a: UnitReading, b: UnitReading): boolean {
  const fa = METRIC.get(a.unit);
  const fb = METRIC.get(b.unit);
  if (fa === undefined || fb === undefined || a.dimension !== b.dimension || a.unit === b.unit) return false;
  const x = a.value * fa;
  const y = b.value * fb;
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

const EN_AMOUNT = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t-]?(square[ \t]+kilomet(?:er|re)s?|square[ \t]+miles?|metric[ \t]+tons?|[A-Za-z²2]+)/g;
const ZH_AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*([万萬亿億])?(平方公里|平方千米|平方英里|公里|千米|英里|英尺|厘米|公分|毫米|微米|纳米|奈米|公顷|公頃|英亩|英畝|公斤|千克|米|磅|吨|噸|克|千瓦时|千瓦時|千瓦|兆瓦|吉瓦|瓦|像素)/g;
/** The scale characters a Chinese amount may carry before its unit (`570万千瓦`, `5000万像素`). */
const ZH_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

function numberOf(whole: string, fraction: string | undefined): number {
  return Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
}

/** The amounts with a unit of length, area or weight in an English text. */
export function enUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  // `exec` over the shared pattern, not `matchAll`, which copies the pattern on every call.
  EN_AMOUNT.lastIndex = 0;
  for (let m = EN_AMOUNT.exec(text); m; m = EN_AMOUNT.exec(text)) {
    // The amount's unit word holds spaces or tabs only in its two-word names (`square miles`).
    const hit = EN_UNIT_BY_NAME.get(m[3]!.toLowerCase().replace(/[ \t]+/g, ' '));
    if (hit) out.push({ value: numberOf(m[1]!, m[2]), unit: hit.unit, dimension: hit.dimension, at: m.index });
  }
  return out;
}

/** The amounts with a unit of length, area or weight in a Chinese text. */
export function zhUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  ZH_AMOUNT.lastIndex = 0;
  for (let m = ZH_AMOUNT.exec(text); m; m = ZH_AMOUNT.exec(text)) {
    const hit = ZH_UNITS.find(([word]) => word === m[4]);
    if (hit) out.push({ value: numberOf(m[1]!, m[2]) * (m[3] ? ZH_SCALE[m[3]]! : 1), unit: hit[1], dimension: hit[2], at: m.index });
  }
  return out;
}

/**
 * Pairs of one number written with different units of one dimension on the two sides, where
 * neither side also writes that number with the other's unit (`60 miles` against `60公里`).
 */
export function unitSlips(en: readonly UnitReading[], zh: readonly UnitReading[]): [UnitReading, UnitReading][] {
  const out: [UnitReading, UnitReading][] = [];
  if (en.length === 0 || zh.length === 0) return out;
  // Each side's readings by number and dimension, and the numbers it writes with each unit: a
  // reading is asked only of the other side's readings of its number (a long block of one figure
  // said again and again would make every pair of readings a question).
  const key = (r: UnitReading) => `${r.value}\u0000${r.dimension}`;
  const written = (r: UnitReading) => `${r.value}\u0000${r.unit}`;
  const zhByKey = groupBy(zh, key);
  const enWritten = new Set(en.map(written));
  const zhWritten = new Set(zh.map(written));
  for (const a of en) {
    if (Number.isNaN(a.value) || zhWritten.has(written(a))) continue;
    for (const b of zhByKey.get(key(a)) ?? []) {
      if (a.unit === b.unit || enWritten.has(written(b))) continue;
      out.push([a, b]);
    }
  }
  return out;
}
