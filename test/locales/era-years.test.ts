import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { facts as english } from './en/helpers.js';
import { facts as chinese } from './zh/describe-facts.js';

const enDates = (text: string) => english(text).filter((f) => f[0] === 'date').map((f) => `${f[1]} ${f[2]}`);
const zhDates = (text: string) => chinese(text).filter((f) => f.startsWith('date '));

describe('years of the common era and before it (ISO 8601 counts 1 BC as year 0)', () => {
  it.each([
    ['Work on the canal began in 486 BC.', ['486 BC -0485']],
    ['The general died in 48 B.C. in exile.', ['48 B.C. -0047']],
    ['The poem dates from 19 BCE.', ['19 BCE -0018']],
    ['The eruption came in AD 62.', ['AD 62 0062']],
    ['The temple was finished in 725 AD.', ['725 AD 0725']],
    ['The kingdom lasted from 403-221 BC.', ['403-221 BC -0402/-0220']],
    ['Bronze coins spread in the 5th century BC.', ['the 5th century BC -0499/-0400']],
  ])('%s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });

  it.each([
    'The ferry leaves Victoria, BC at noon.',
    'Room 101 AD block is closed.',
    'He scored 62 ad hoc points.',
  ])('not a word that only looks like an era: %s', (text) => {
    expect(enDates(text).filter((d) => /-0|^\S+ 0\d/.test(d))).toEqual([]);
  });

  it.each([
    ['运河于公元前486年开工。', ['date 公元前486年 -0485']],
    ['这座寺庙建于公元725年。', ['date 公元725年 0725']],
    ['该国存在于公元前403年至前221年。', ['date 公元前403年至前221年 -0402/-0220']],
    ['公元前5世纪，铜币开始流通。', ['date 公元前5世纪 -0499/-0400']],
  ])('%s', (text, want) => {
    expect(zhDates(text)).toEqual(want);
  });

  it('holds a year before the era against its translation, and a slip of it as an error', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings.map((f) => `${f.severity} ${f.ruleId}`);
    expect(findings('Work on the canal began in 486 BC.', '运河于公元前486年开工。')).toEqual([]);
    expect(findings('Work on the canal began in 486 BC.', '运河于公元前468年开工。')).toContain('error date-mismatch');
  });
});

describe('parts of a century', () => {
  it.each([
    ['The mill was built in the early 17th century.', ['early 17th century 1600/1629']],
    ['Trade boomed in the mid-19th century.', ['mid-19th century 1830/1869']],
    ['The style faded in the late 15th century.', ['late 15th century 1470/1499']],
  ])('%s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });

  it.each([
    ['这座磨坊建于17世纪初。', ['date 17世纪初 1600/1629']],
    ['贸易在19世纪中叶兴盛。', ['date 19世纪中叶 1830/1869']],
    ['这种风格在15世纪末期衰落。', ['date 15世纪末期 1470/1499']],
    ['20世纪中国的变化', ['date 20世纪 1900/1999']],
  ])('%s', (text, want) => {
    expect(zhDates(text)).toEqual(want);
  });

  it('still cuts a decade in three, four and three years', () => {
    expect(enDates('Prices rose in the early 1980s.')).toEqual(['early 1980s 1980/1982']);
  });
});

describe('ranges of years before 1500', () => {
  it.each([
    ['The bridge was rebuilt between 1342 and 1347.', ['between 1342 and 1347 1342/1347']],
    ['The abbey grew from 1120 to 1188.', ['from 1120 to 1188 1120/1188']],
    ['The palace was built in 1406-1420.', ['1406-1420 1406/1420']],
  ])('%s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });

  it('leaves a range of counts alone', () => {
    expect(enDates('The firm hired 1100-1400 seasonal workers.')).toEqual([]);
  });
});

describe('a range of years before the era with the era on each end', () => {
  it.each([
    ['He reigned from 141 BC to 87 BC.', ['141 BC to 87 BC -0140/-0086']],
    ['The Jianyuan era (140 BC–135 BC) came first.', ['140 BC–135 BC -0139/-0134']],
  ])('%s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });
});

describe('a year naming an event, or opening a line of a timeline', () => {
  it.each([
    ['She won gold at the 2012 London Olympics.', ['2012 2012']],
    ['The 2019 World Championships drew big crowds.', ['2019 2019']],
    ['2011: Opened a second plant in Wuxi.', ['2011 2011']],
  ])('%s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });

  it.each(['The mill hired 1200 Polish workers.', 'He scored 2011 points in the season.'])('a count stays a count: %s', (text) => {
    expect(enDates(text)).toEqual([]);
  });
});

describe('a life in years before the era, the last end with its day', () => {
  it('is the range of the years', () => {
    expect(enDates('The general (229 BC – 4 May 180 BC) served two kings.')).toEqual(['229 BC – 4 May 180 BC -0228/-0179']);
  });
});

describe('a year after the for of a plan, a target or a forecast', () => {
  it.each([
    ['The coal plant was to close early, as planned for 2035.', ['2035 2035']],
    ['Its emissions target for 2040, officials said, is unchanged.', ['2040 2040']],
    // two years, as `and` joins them outside `between`
    ['The bank raised its growth forecast for 2026 and 2027.', ['2026 2026', '2027 2027']],
  ])('is a year: %s', (text, want) => {
    expect(enDates(text)).toEqual(want);
  });

  it.each([
    'The club paid for 2035 tickets in advance.',
    'He asked for 2000, then left the room.',
    'The budget for 1500 new beds was approved.',
  ])('a count otherwise: %s', (text) => {
    expect(enDates(text)).toEqual([]);
  });
});
