import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/locales/zh/index.js';

/** Long runs of what the extractors look for: each must finish in linear time, never throw. */
const PATTERNS: [string, string][] = [
  ['a run of one numeral', '一'],
  ['chained fractions', '一分之'],
  ['chained mixed numbers', '一又'],
  ['digits with commas', '1,'],
  ['spaced numerals', '一 '],
  ['numeral and unit', '十万'],
  ['bounds', '大于1小于2'],
  ['date pieces', '1月1日至'],
  ['mail-like text', 'a@b'],
  ['percent signs', '5%-'],
  ['dots', '.'],
  ['clause heads', '，一是'],
  ['decades', '90年代'],
  ['relative weekdays', '下周一'],
  ['rough scales', '上亿'],
  ['halves of a year', '2019年上半年'],
  ['days ago', '三天前'],
  ['days with parts and times', '明天上午9点'],
  ['bounded dates', '自2021年1月1日起或之后'],
  ['parts of the day', '今晚'],
  ['parts of decades', '90年代初期'],
  ['ranges of hours', '8点到10点开会'],
  ['hours at a clause end', '定在9点。'],
  ['ranges of weekdays', '从周一到周三'],
  ['hours alone', '，9点。'],
  ['months of a year by order', '明年的第九个月'],
  ['first months of a year', '今年前10个月'],
  ['ranges of days and hours', '3月8号6点和4月2号7点之间'],
  ['two-digit years', '15年3月'],
  ['seasons', '去年的冬天'],
  ['a year before a yearless range', '今年1-10月'],
];

describe('zh extraction on hostile input', () => {
  it.each(PATTERNS)('%s', (_, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    const started = performance.now();
    const found = extract(text, { referenceDate: '2021-01-26', referenceYear: 2021 });
    const ms = performance.now() - started;
    let ordered = true;
    for (let i = 1; i < found.length; i++) if (found[i]!.start < found[i - 1]!.end) ordered = false;
    expect(ordered).toBe(true);
    // quadratic work on 100k characters would take minutes; linear takes well under a second
    expect(ms).toBeLessThan(10_000);
  }, 30_000);
});
