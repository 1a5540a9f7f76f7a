import { describe, expect, it } from 'vitest';
import { align } from '../../../src/index.js';
import { spannedReadings } from '../readings.js';

const read = (text: string): string[] => spannedReadings(text, 'en');

describe('plural scales are the least amount they can mean, as 数百万 is', () => {
  it.each([
    ['Millions of viewers tuned in.', ['Millions = number:1000000 ~ over']],
    ['He led captains over thousands.', []],
    ['The chiefs of the thousands of the tribe met.', []],
    ['Hundreds of thousands of fans came.', ['Hundreds of thousands = number:100000 ~ over']],
    ['The dam cost tens of billions of dollars.', ['tens of billions of dollars = money:10000000000 USD ~ over']],
    ['It lost hundreds of millions of Hong Kong dollars.', ['hundreds of millions of Hong Kong dollars = money:100000000 HKD ~ over']],
    ['Trade reached billions of yuan.', ['billions of yuan = money:1000000000 CNY ~ over']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['Hundreds of people came.', 'Tens of volunteers helped.', 'The millionaires met.'])('no amount in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('agrees with the Chinese 数 amount, and tells a tenfold slip', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.map((f) => `${f.severity}: ${f.message}`);
    expect(findings('The dam cost tens of billions of dollars.', '这座大坝耗资数百亿美元。')).toEqual([]);
    expect(findings('The dam cost tens of billions of dollars.', '这座大坝耗资数十亿美元。')).toEqual([expect.stringMatching(/^error: .*10x apart$/)]);
  });
});
