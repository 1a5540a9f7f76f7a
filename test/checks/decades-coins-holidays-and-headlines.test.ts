import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/index.js';
import { told, toldPair as pair } from '../helpers.js';


describe('a share told by its decade', () => {
  const read = (text: string) => extractCandidates(text, 'en', {}).filter((c) => c.kind === 'percent')
    .map((c) => [text.slice(c.start, c.end), c.value, c.max]);

  it('is a range of ten, or the part of it its word names', () => {
    expect(read('Approval sat in the mid-40s percent range all winter.')).toEqual([['mid-40s percent', 43, 47]]);
    expect(read('Turnout was in the high 60s per cent and the low 30s% elsewhere.'))
      .toEqual([['high 60s per cent', 67, 69], ['low 30s%', 30, 33]]);
    expect(read('Margins stayed in the 20s percent.')).toEqual([['20s percent', 20, 29]]);
  });

  it('is no decade of years nor an age', () => {
    expect(read('She moved abroad in her mid-40s with 20 percent of her savings.')).toEqual([['20 percent', 20, undefined]]);
    expect(read('Prices rose in the 1990s by 5 percent.')).toEqual([['5 percent', 5, undefined]]);
  });

  it('agrees with a rough value inside it, and is told against one outside', () => {
    const en = 'Backing for the levy held in the mid-40s percent range, the latest survey found.';
    expect(pair(en, '最新调查显示，支持征税的比例维持在45%左右。')).toEqual([]);
    expect(pair(en, '最新调查显示，支持征税的比例维持在35%左右。', 'number-mismatch')).toHaveLength(1);
  });

  it('leaves a range cut to one of its ends told', () => {
    expect(pair('Rents may climb by about 10 to 15 percent.', '租金或上涨约10%。', 'number-mismatch')).toHaveLength(1);
  });
});

describe('tenths and cents of a Hong Kong fare', () => {
  it('are one amount (1角1仙, 1毫5仙)', () => {
    expect(pair('The ferry fare goes up by 11 cents to HK$6.20.', '渡輪船費加1角1仙至6.2港元。')).toEqual([]);
    expect(pair('The tram fare goes up by 15 cents.', '電車車費加1毫5仙。')).toEqual([]);
    expect(pair('The ferry fare goes up by 12 cents to HK$6.20.', '渡輪船費加1角1仙至6.2港元。', 'money-mismatch')).toHaveLength(1);
  });

  it('leave a tenth alone before another word (八仙, 仙人)', () => {
    const money = (text: string) => extractCandidates(text, 'zh', {}).filter((c) => c.kind === 'money').map((c) => text.slice(c.start, c.end));
    expect(money('票價5角，八仙過海')).toEqual(['5角']);
  });
});

describe('the PRC\'s National Day by its English name', () => {
  it('is 1 October before the word of its holiday', () => {
    expect(pair('Hotel bookings jumped during the National Day Golden Week.', '国庆黄金周期间，酒店预订量大增。')).toEqual([]);
    expect(pair('Hotel bookings jumped during the National Day holiday.', '五一假期期间，酒店预订量大增。', 'date-mismatch')).toHaveLength(1);
  });

  it('is no date alone, as any country has its own', () => {
    const dates = (text: string) => extractCandidates(text, 'en', {}).filter((c) => c.kind === 'date');
    expect(dates('Singapore marks National Day with a parade.')).toEqual([]);
  });
});

describe('a bound one headline drops', () => {
  const page = (en: string, zh: string) => `${en}\n\n${zh}\n\nThe court heard that the ring cheated more than 1,300 people in two years.\n\n法庭得悉，該集團兩年內詐騙逾1300人。\n`;

  it('is a note, as headlines drop `more than`', () => {
    expect(told(page('Fraud ring boss jailed after cheating 1,300 people', '詐騙集團主腦詐騙逾1300人 判囚'))).toEqual([]);
  });

  it('is still told in the story, and a headline\'s other figure is still weighed', () => {
    expect(pair('The court heard that the ring cheated 1,300 people in two years.', '法庭得悉，該集團兩年內詐騙逾1300人。', 'number-mismatch')).toHaveLength(1);
    expect(told(page('Fraud ring boss jailed after cheating 1,500 people', '詐騙集團主腦詐騙逾1300人 判囚'), 'number-mismatch')).toHaveLength(1);
  });
});
