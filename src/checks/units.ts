/**
 * Units of length, area and weight written after a number on each side (`60 miles`, `60公里`),
 * so that the same number in another unit shows: a translator who keeps the number and changes
 * the unit (`60 miles` against `60公里`) changed the quantity. Units from the SI brochure and the
 * imperial units news uses; the Chinese names are the standard ones (公里/千米, 英里, 米, 英尺,
 * 公斤/千克, 磅, 公顷, 英亩).
 */

/** A unit: its dimension and a canonical name. */
export interface UnitReading {
  value: number;
  unit: string;
  dimension: 'length' | 'area' | 'weight';
  /** Offset of the number in the text. */
  at: number;
}

const EN_UNITS: readonly [RegExp, string, UnitReading['dimension']][] = [
  [/^(?:miles?|mi)$/i, 'mile', 'length'],
  [/^(?:kilomet(?:er|re)s?|km)$/i, 'km', 'length'],
  [/^(?:met(?:er|re)s?)$/i, 'm', 'length'],
  [/^(?:feet|foot|ft)$/i, 'ft', 'length'],
  [/^(?:square[ \t]+kilomet(?:er|re)s?|sq[ \t]?km|km2|km²)$/i, 'km2', 'area'],
  [/^(?:square[ \t]+miles?|sq[ \t]?mi)$/i, 'mi2', 'area'],
  [/^(?:hectares?|ha)$/i, 'ha', 'area'],
  [/^(?:acres?)$/i, 'acre', 'area'],
  [/^(?:kilograms?|kilos?|kg)$/i, 'kg', 'weight'],
  [/^(?:pounds?|lbs?)$/i, 'lb', 'weight'],
  [/^(?:tonnes?|metric[ \t]+tons?)$/i, 't', 'weight'],
];
const ZH_UNITS: readonly [string, string, UnitReading['dimension']][] = [
  ['平方公里', 'km2', 'area'], ['平方千米', 'km2', 'area'], ['平方英里', 'mi2', 'area'],
  ['公里', 'km', 'length'], ['千米', 'km', 'length'], ['英里', 'mile', 'length'], ['英尺', 'ft', 'length'], ['米', 'm', 'length'],
  ['公顷', 'ha', 'area'], ['公頃', 'ha', 'area'], ['英亩', 'acre', 'area'], ['英畝', 'acre', 'area'],
  ['公斤', 'kg', 'weight'], ['千克', 'kg', 'weight'], ['磅', 'lb', 'weight'], ['吨', 't', 'weight'], ['噸', 't', 'weight'],
];

const EN_AMOUNT = /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t-]?(square[ \t]+kilomet(?:er|re)s?|square[ \t]+miles?|metric[ \t]+tons?|[A-Za-z²2]+)/g;
const ZH_AMOUNT = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?[ \t]*(平方公里|平方千米|平方英里|公里|千米|英里|英尺|公顷|公頃|英亩|英畝|公斤|千克|米|磅|吨|噸)/g;

function numberOf(whole: string, fraction: string | undefined): number {
  return Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
}

/** The amounts with a unit of length, area or weight in an English text. */
export function enUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  for (const m of text.matchAll(EN_AMOUNT)) {
    const word = m[3]!;
    const hit = EN_UNITS.find(([re]) => re.test(word));
    if (hit) out.push({ value: numberOf(m[1]!, m[2]), unit: hit[1], dimension: hit[2], at: m.index });
  }
  return out;
}

/** The amounts with a unit of length, area or weight in a Chinese text. */
export function zhUnits(text: string): UnitReading[] {
  const out: UnitReading[] = [];
  for (const m of text.matchAll(ZH_AMOUNT)) {
    const hit = ZH_UNITS.find(([word]) => word === m[3]);
    if (hit) out.push({ value: numberOf(m[1]!, m[2]), unit: hit[1], dimension: hit[2], at: m.index });
  }
  return out;
}

/**
 * Pairs of one number written with different units of one dimension on the two sides, where
 * neither side also writes that number with the other's unit (`60 miles` against `60公里`).
 */
export function unitSlips(en: readonly UnitReading[], zh: readonly UnitReading[]): [UnitReading, UnitReading][] {
  const out: [UnitReading, UnitReading][] = [];
  for (const a of en) {
    for (const b of zh) {
      if (a.value !== b.value || a.dimension !== b.dimension || a.unit === b.unit) continue;
      if (en.some((x) => x.value === b.value && x.unit === b.unit) || zh.some((y) => y.value === a.value && y.unit === a.unit)) continue;
      out.push([a, b]);
    }
  }
  return out;
}
