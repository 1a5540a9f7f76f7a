import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { namesIn, peopleIn } from './people.js';

const places = (text: string, lang: 'en' | 'zh'): string[] => namesIn(text, lang, 'place').map(([span]) => span);

describe('a place that names a currency is no place of the text', () => {
  it.each([
    ['Exports reached 78.9 billion U.S. dollars.', []],
    ['The Hong Kong dollar is pegged.', []],
    ['The yen and the South Korean won fell.', []],
    ['South Korea won the match 3-1.', ['South Korea']],
    ['The U.S. real estate market cooled.', ['U.S.']],
    ['Talks in the U.S. continued.', ['U.S.']],
  ])('%s', (text, expected) => {
    expect(places(text, 'en')).toEqual(expected);
  });
});

describe('a place that names a clock is no place of the text', () => {
  it.each([
    ['The ferry leaves at 07:30 Shanghai time on Monday.', []],
    ['Schedule (Tokyo Time, 3 June)', []],
    ['Doors open at 9 am Pacific Standard Time.', []],
    ['She moved to Shanghai. Time passed quickly.', ['Shanghai']],
    ['Shanghai time-honoured brands', ['Shanghai']],
  ])('%s', (text, expected) => {
    expect(places(text, 'en')).toEqual(expected);
  });
});

describe('country pairs and a day of the month after a titled name, as Xinhua writes them', () => {
  it.each([
    ['今年是中法建交60周年。', ['中', '法']],
    ['中德峰会在柏林举行。', ['中', '德', '柏林']],
  ])('%s', (text, expected) => {
    expect(places(text, 'zh')).toEqual(expected);
  });

  it.each([
    ['国务院总理李明6日在北京会见来宾。', '李明'],
    ['外交部长王刚5月6日表示', '王刚'],
  ])('%s', (text, name) => {
    expect(peopleIn(text, 'zh').map(([span]) => span)).toEqual([name]);
  });

  it('raises no place mismatch for U.S. dollars against 中法贸易', () => {
    const result = align('Trade between China and France reached 78.9 billion U.S. dollars in 2023.\n2023年中法贸易额达789亿美元。\n');
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});

describe('a Chinese surname alone after the full name, as agencies write the second mention', () => {
  const people = (text: string): string[] => peopleIn(text, 'en').map(([span, key]) => `${span}=${key}`);
  it('keys it as the full name', () => {
    expect(people('Premier Zhao Ming toured the port on Monday. Zhao said trade would grow.')).toEqual(['Zhao Ming=zhao ming', 'Zhao=zhao ming']);
  });
  it('names no one where two people of the text bear the surname', () => {
    expect(people('Zhao Ming met Zhao Lei. Zhao said trade would grow.')).toEqual(['Zhao Ming=zhao ming', 'Zhao Lei=zhao lei']);
  });
});
