import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/locales/en/index.js';
import { facts } from './helpers.js';

/** Text that must yield no number, money, percentage, ordinal, date or duration. */
const nothing: string[] = [
  '6G technology',
  // a city's tier, as Chinese writes it with no ordinal (三线城市)
  'Home prices in third-tier cities kept falling',
  'the 5G network',
  'CAD/CAM/CAE/PLM technology',
  'Sun Wenlong, chairman of the Open Atom Open Source Foundation',
  'Sun, wind and rain',
  'COVID-19 vaccines', // a name, as 新冠 is on the Chinese side
  'F-16 fighters',
  'the MP3 player',
  'it may be straightforward',
  'we may one day return', // `one day` is `someday` here
  'May I ask a question?',
  'the march of progress',
  'at first sight',
  'first of all, thanks',
  'one of the cities',
  'no one came',
  'the one that got away',
  'someone, anyone, everyone',
  'www.cqcb.com',
  'https://twitter.com/SciGuySpace/status/1760800168473928104',
  'the «BRICS+» mechanism',
  'a series of outstanding achievements',
  'Hong Kong Software Industry Association',
  'https://www.test.com/search?q=30%25%2020%',
  'hundreds of people',
  'Jan Smith arrived',
];

describe('English negative cases', () => {
  it('reads the Long March as a name, not a month', () => {
    expect(facts('A Long March-7 rocket lifted off from Wenchang.')).toEqual([]);
    expect(facts('A Long March-7 rocket lifted off on March 7.', { referenceYear: 2025 })).toEqual([['date', 'March 7', '2025-03-07']]);
  });

  it('reads a stock code before its exchange as no time of day', () => {
    expect(facts('Shares of Geely (0175.HK) rose.').filter((f) => f[0] === 'date')).toEqual([]);
    expect(facts('The convoy left at 0430 on Friday.', { referenceDate: '2025-03-09' }).filter((f) => f[0] === 'date')).toEqual([['date', '0430 on Friday', '2025-03-07T04:30']]);
  });

  it('reads `may` before a number as a verb, not a month', () => {
    expect(facts('prices may 10 times exceed costs')).toEqual([['number', '10 times', 10, { unit: 'x' }]]);
  });

  it.each(nothing)('%s', (input) => {
    expect(facts(input)).toEqual([]);
  });

  it('reads the seed sentence with 6G and CAD/CAM as holding no fact', () => {
    const text = 'We will expand our cooperation areas to include the development of artificial intelligence and network entity systems, CAD/CAM/CAE/PLM technology, quantum communications, 6G technology, and digital financial assets.';
    expect(facts(text)).toEqual([]);
  });
});

/** Where we read a text differently from Recognizers-Text on purpose. */
describe('differences from Recognizers-Text by design', () => {
  it('`10G` is a technology name for us, not 10 giga (they: 10000000000)', () => {
    expect(facts('10G')).toEqual([]);
  });
  it('`1m` is one million for us, as in news money figures (they: not a number)', () => {
    expect(facts('1m')).toEqual([['number', '1m', 1000000]]);
  });
  it('relative ordinals (`last`, `next`, `penultimate`) are not ordinal numbers (they: end+0 …)', () => {
    expect(facts('delete the last sentence, then the next one, then the penultimate')).toEqual([]);
  });
  it('minor currency units are fractions of the major one (they: 470 with unit Pence)', () => {
    expect(facts('470 pence')).toEqual([['money', '470 pence', 4.7, { unit: 'GBP' }]]);
  });
  it('approximation words stay outside the span but set approx (they drop the qualifier)', () => {
    expect(facts('about $ 35 million')).toEqual([['money', '$ 35 million', 35000000, { unit: 'USD', approx: true }]]);
  });
  it('vague quantities are not numbers (Duckling: a few → 3, a couple → 2)', () => {
    expect(facts('a few people and a couple of friends')).toEqual([]);
  });
  it('bounds set both bound and approx (`more than 20` ~ `20多`)', () => {
    expect(facts('more than 20 companies')).toEqual([['number', 'more than 20', 20, { approx: true, bound: 'over' }]]);
  });
});

describe('English extractor invariants', () => {
  it('returns sorted, non-overlapping candidates inside the text for any input', () => {
    const pieces = ['1', '2', '0', ',', '.', ' ', '-', '/', ':', '%', '$', 'one', 'hundred', 'and', 'a', 'half', 'first',
      'January', 'May', 'million', 'yuan', 'years', 'to', 'between', 'nearly', 'more than', 'th', 'pm', 'G', '２'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const found = extract(text, {});
      let last = 0;
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        last = f.end;
      }
    }), { numRuns: 300 });
  });

  it('stays linear on hostile input', () => {
    const hostile = [
      '1,'.repeat(10000), '1 '.repeat(10000), 'one '.repeat(10000), 'one and '.repeat(5000),
      '9'.repeat(50000), 'January '.repeat(5000), '- '.repeat(10000), '1-'.repeat(10000), 'a '.repeat(10000),
      'more than '.repeat(5000), '$'.repeat(20000), '1/'.repeat(10000), '1:'.repeat(10000),
      'ab-'.repeat(10000), 'a@b.'.repeat(5000), 'www.'.repeat(5000), 'USD'.concat('1'.repeat(20000)),
      'tomorrow night at 8 pm '.repeat(2000), 'before 2019 or later '.repeat(2000), 'tonight '.repeat(5000),
      'within 5 years 1 month '.repeat(500), 'within 5 days of '.repeat(500), 'Thursday at 3pm next week '.repeat(500),
      'at 8 tonight '.repeat(750), '6:45 in the evening '.repeat(500), 'October of next year '.repeat(500), 'the late 90s '.repeat(750), 'late '.repeat(2500),
      'Monday to Wednesday next week '.repeat(500), 'from Monday to '.repeat(750),
      'at six thirty pm '.repeat(750), 'quarter past 3 pm '.repeat(750), 'eight forty five '.repeat(750), 'ten past '.repeat(1250),
      'at 3 on Nov 15 '.repeat(750), 'the week after the next '.repeat(500), 'the 3rd month of next year '.repeat(500), 'not later than '.repeat(750), 'friday after the next '.repeat(750), 'wednesday of next week '.repeat(500), 'from 9 to 11 in the morning '.repeat(500), 'in half an hour ago '.repeat(500), 'on Tues. '.repeat(1000), 'from Mon to '.repeat(1000), 'on the 20th at 5pm '.repeat(500),
    ];
    for (const text of hostile) {
      const t0 = performance.now();
      extract(text, { referenceDate: '2021-01-26' });
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  }, 30000);
});
