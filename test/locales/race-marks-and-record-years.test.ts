import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/index.js';

const facts = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, { referenceDate: '2025-05-19' })
  .map((c) => `${c.kind} ${text.slice(c.start, c.end)} ${c.value}`);

describe('a year naming a record or event after a determiner', () => {
  it.each([
    ['A 2011 survey of the harbour found 40 wrecks.', 'date 2011 2011'],
    ['The 2019 referendum was close.', 'date 2019 2019'],
    ['Its 2023 report gave no figure.', 'date 2023 2023'],
  ])('%s', (text, fact) => {
    expect(facts(text, 'en')).toContain(fact);
  });

  it.each([
    ['The 2008 studies were never published.', 'number 2008 2008'],
    ['He ran a 1500 race.', 'number 1500 1500'],
  ])('not in %s', (text, fact) => {
    expect(facts(text, 'en')).toContain(fact);
  });
});

describe('a race\'s distance glued to m or K', () => {
  it.each([
    ['She ran the 200m in 22.1 seconds.', []],
    ['He was leading at the 300m mark.', []],
    ['Runners passed the 30K mark at noon.', ['date noon T12:00']],
  ])('%s: no millions, no thousands, no currency', (text, expected) => {
    expect(facts(text, 'en').filter((f) => !f.startsWith('duration'))).toEqual(expected);
  });

  it.each([
    ['The port won a 200m contract.', 'number 200m 200000000'],
    ['The fund is worth 30K.', 'number 30K 30000'],
  ])('%s: still a scale', (text, fact) => {
    expect(facts(text, 'en')).toContain(fact);
  });
});

describe('minor units after an amount are digits', () => {
  it('reads a number word after yuan as the next phrase', () => {
    expect(facts('A seat costs 60 yuan one way.', 'en')).toContain('money 60 yuan 60');
  });

  it('still reads digits and worded cents', () => {
    expect(facts('A seat costs 15 dollars 50.', 'en')).toContain('money 15 dollars 50 15.5');
    expect(facts('A seat cost eleven dollars and forty cents.', 'en')).toContain('money eleven dollars and forty cents 11.4');
  });
});

describe('a race time with tenths or hundredths after 秒', () => {
  it.each([
    ['她在10秒87处冲过终点。', 'duration 10秒87 PT10.87S'],
    ['新跑道或能让成绩跑进9秒7。', 'duration 9秒7 PT9.7S'],
  ])('%s', (text, fact) => {
    expect(facts(text, 'zh')).toContain(fact);
  });

  it('keeps a count with its measure word after a time', () => {
    expect(facts('还剩20秒8名队员上场', 'zh')).toEqual(['duration 20秒 PT20S', 'number 8 8']);
  });
});
