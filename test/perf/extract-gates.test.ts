import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/pipeline/extract.js';
import { apartInOrder, mergeBehind, resolveOverlaps } from '../../src/pipeline/overlap.js';
import { DATE_WORDS, LINK_GATES } from '../../src/locales/en/index.js';
import { CLOCK_PART_GATE, DATE_GATES, MILITARY_GATE, SPACED_DATE_GATE, TIME_GATE } from '../../src/locales/en/dates.js';
import { DURATION_GATES } from '../../src/locales/en/durations.js';
import { MONEY_GATES } from '../../src/locales/en/money.js';
import { tidy } from '../../src/locales/en/numbers.js';
import { ORDINAL_GATES } from '../../src/locales/en/ordinals.js';
import { PERCENT_GATES } from '../../src/locales/en/percent.js';
import { BOUND_AFTER_GATE } from '../../src/locales/en/qualifiers.js';
import { RELATIVE_DATE_GATES } from '../../src/locales/en/relative-dates.js';
import { CHINESE_HOLIDAY_GATES, ENGLISH_HOLIDAY_GATES } from '../../src/locales/holidays.js';
import { holdsAny } from '../../src/locales/needs.js';
import type { FactCandidate } from '../../src/types.js';

/*
 * Speed-only shortcuts of the value-fact extractors, each checked against what it stands in for:
 * the gates before patterns (below), the quick tests before the currency and military-time
 * patterns, tidy's shortcut for whole numbers, the span lists of resolveOverlaps/mergeBehind, and apartInOrder.
 */

/**
 * The English extractors run a pattern only over a text that holds one word of each list the
 * pattern needs (or a digit). Each gate must hold wherever its pattern matches: checked here on
 * random texts built from the patterns' own pieces, in both cases and with the characters case
 * folding reads apart (`ſ`, `K`), and on sentences that each pattern reads.
 */
const GATES: readonly (readonly [RegExp, ...(readonly string[])[]])[] = [
  ...DATE_GATES, ...DURATION_GATES, ...PERCENT_GATES, ...ORDINAL_GATES, ...RELATIVE_DATE_GATES, ...LINK_GATES, ...ENGLISH_HOLIDAY_GATES,
  [DATE_WORDS.dayPartWords, DATE_WORDS.dayPartNeeds!], [DATE_WORDS.partAlone!, DATE_WORDS.partAloneNeeds!],
  [DATE_WORDS.partAfter, DATE_WORDS.partNeeds!], [DATE_WORDS.partBefore!, DATE_WORDS.partNeeds!],
];

const PIECES = [
  ' ', '\t', '  ', '-', '/', '.', ',', "'", '’', ':', '0', '1', '2', '4', '9', '12', '30', '2016', '1990', '0430', 'at ', ' hours',
  'jan', 'Jan', 'feb', 'SEP', 'Oct', 'may', 'May', 'year', 'Year', 'YEAR', 'the', 'a', 'an', 'of', 'in', 'and', 's',
  'two', 'ten', 'twenty', 'Twenty', 'nineteen', 'thousand', 'hundred', 'oh', 'tens', 'twenties', 'NINETIES', 'fold', 'FOLD',
  'percentage', 'Percentage', 'point', 'one', 'each', 'per', 'secondary', 'Tertiary', 'day', 'Day', 'days', 'week', 'month', 'months',
  'hour', 'hours', 'minute', 'minutes', 'second', 'seconds', 'decade', 'century', 'fortnight', 'all', 'another', 'full', 'whole',
  'half', 'HALF', 'over', 'within', 'for', 'next', 'coming', 'past', 'last', 'Last', 'couple', 'few', 'some', 'several', 'Some',
  'tonight', 'tonite', 'night', 'Night', 'this', 'morning', 'afternoon', 'Evening', 'early', 'at', 'mid-', 'Mid-', 'week ',
  '\u017f', '\u212a', 'ſome', 'Kind', 'today', 'Tomorrow', 'yesterday', 'Monday', 'friday', 'mon', 'Tue', 'thurs', 'sat', 'on', 'by',
  'until', 'previous', 'current', 'following', 'january', 'March', 'ago', 'now', 'hence', 'from', 'later', 'after', 'before',
  'beginning', 'start', 'middle', 'end', 'first', '1st', 'time', 'date', 'eod', 'EOD', 'same', 'up', 'to', 'right', 'min', 'mins',
  'hr', 'hrs', 'upcoming', 'future', 'weekend', 'quarter', 'calendar', 'working', '15th', 'oh', 'business', 'during', 'throughout', 'http://', 'HTTPS://', 'www.', 'WWW.', 'x.com',
  'doubled', 'DOUBLING', 'doubl', 'rest', 'interest', 'Mother', 'father', "'s", '’s', 'martin', 'Luther', 'king', 'making', 'mlk', 'black', 'Christmas', 'easter', 'Good',
];

describe('gates of the English extractors', () => {
  it('hold wherever their patterns match (random texts from the patterns\' pieces)', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
    for (const [pattern, ...lists] of GATES) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      fc.assert(fc.property(text, (t) => !once.test(t) || lists.every((list) => holdsAny(t.toLowerCase(), list))), { numRuns: 3000 });
    }
  });

  it('hold for sentences each pattern reads', () => {
    const texts = [
      'Sales rose 2016-11-29 and on 2019 05 21, 21/04/2016, 2/27-3/2 and 22/04; 2016/11, 2016 November, mid-2023, 2022-23.',
      'From 2003-2022 in week 14 of 2023, 17/Oct/2021, at 0430 hours, the year two thousand and nine, the nineteen twenties.',
      'A threefold rise, twice as many, sales doubled, every percentage point, secondary materials, all week, half an hour, an hour, for the next minute.',
      'It took a quarter of a century and half a decade, then three quarters of an hour, in FY2024 and FY 23/24, twice a day.',
      'The canal opened in 486 BC and the temple in AD 725.',
      'A couple of days, several weeks, tonight, this morning, in the evening, at night, TONIGHT and In The Morning.',
      'Today, next Monday, on Tue, last week, this March, two weeks ago, Sat 15th, the end of the month, the first Friday of May.',
      'Of the year. Now, by end of day, 2 days from today, in 3 months, 5 minutes later, in 10 minutes, the past 2 hours.',
      'The past 15 years, the next couple of weeks, 3 next days, 4 weeks in the future, the past decade, over the next decade, see https://example.com.',
      'Open until 11ish in the 16th century, the rest of the week, within two weeks, the second week of June, the next day.',
      'The weekend after next, the past week, the third month of this year, the week after next, the first week of 2024, week 9 sales.',
      'Shops close on Christmas Day, on Mother\'s Day and Martin Luther King Jr. Day, and on Good Friday.',
      ' in the evening, after the talks', 'The fair opened on the morning of ',
    ];
    for (const t of texts) {
      for (const [pattern, ...lists] of GATES) {
        const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
        if (once.test(t)) expect(lists.every((list) => holdsAny(t.toLowerCase(), list))).toBe(true);
      }
    }
    // Every pattern above is met by one of the sentences.
    for (const [pattern] of GATES) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      expect(texts.some((t) => once.test(t)), pattern.source.slice(0, 40)).toBe(true);
    }
  });

  it('leave the facts of long texts as they were (the index answers for texts of 64 characters and more)', () => {
    const values = (text: string): (string | number)[] => extractCandidates(text, 'en', { referenceDate: '2024-01-02' }).map((c) => c.value);
    expect(values('The plant ran for a couple of days and then several weeks, all week, for half an hour at night.')).toEqual(['P2D', 'P3W', 'P1W', 'PT0.5H', 'T20:00/T23:59']);
    expect(values('Output rose threefold, every percentage point counted; secondary materials were sorted tonight.')).toEqual([3, 1, 2, '2024-01-02T20:00/2024-01-02T23:59']);
    expect(values('In the year two thousand and nine, and in the nineteen twenties, the firm had no digits at all in its books.')).toEqual(['2009', '1920/1929']);
  });
});

describe('tidy', () => {
  it('returns a whole number below 1e15 as it is, as the long way through 15 digits does', () => {
    const longWay = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(15)) : v);
    const value = fc.oneof(fc.integer(), fc.double(), fc.maxSafeInteger(), fc.constantFrom(0, -0, 1e15, -1e15, 1e15 - 1, 999999999999999, 1234567890123456));
    fc.assert(fc.property(value, (v) => Object.is(tidy(v), longWay(v))), { numRuns: 20000 });
  });
});

describe('gates of the Chinese holiday patterns', () => {
  const PIECES_ZH = ['2024', '年', '今年', '明年', '节', '節', '元旦', '情人', '妇女', '三八', '劳动', '五一', '国庆', '圣诞', '平安夜', '光棍', '双十一',
    '母亲', '父亲', '感恩', '黑色', '星期五', '复活', '耶稣受难日', '岛', '彩蛋', '春', '元宵', '端午', '七夕', '中秋', '重阳', '腊八', '清明', '成都', '软件', ' ', '，'];
  it('hold wherever their patterns match (random texts from the names\' pieces)', () => {
    const text = fc.array(fc.constantFrom(...PIECES_ZH), { maxLength: 10 }).map((p) => p.join(''));
    for (const [pattern, ...lists] of CHINESE_HOLIDAY_GATES) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      fc.assert(fc.property(text, (t) => !once.test(t) || lists.every((list) => holdsAny(t, list))), { numRuns: 3000 });
    }
  });

  it('leave the holidays of a long text as they were', () => {
    const values = (text: string): (string | number)[] => extractCandidates(text, 'zh', { referenceDate: '2024-01-02' })
      .filter((c) => c.kind === 'date').map((c) => c.value);
    expect(values('成都软件产业在2024年国庆节、明年母亲节、复活节和中秋节前后举办了多场活动，吸引了大量企业参加，活动内容十分丰富。'))
      .toEqual(['2024-10-01', '2025-05-11', '2024-03-31', '--08-15']);
  });
});

describe('quick tests before the currency patterns', () => {
  const { PREFIX, SUFFIX, mayEndWithPrefix, mayStartSuffix } = MONEY_GATES;
  const PIECES_MONEY = [' ', '\t', '-', '.', ',', '$', 'US', 'us', 'U.S.', 'HK', 'hk', 'C', 'NZ', '€', '£', '¥', '¢', '₹', 'RMB', 'rmb', 'Rs', 'rs.',
    'dollar', 'Dollars', 'euro', 'EUROS', 'yuan', 'Yuan', 'usd', 'MUSD', 'kEUR', 'm', 'k', 'M', 'K', 'cny', 'pounds', 'sterling', 'pence',
    'penny', 'yen', 'Japanese', 'Swiss', 'francs', 'lira', 'roubles', 'baht', 'bucks', 'kuai', 'American', 'Hong Kong', 'people', 'years', 'of',
    'per', 'the', 'a', '\u212a', '\u0130', '\u017f', 'é', '成都', 'x'];
  const text = fc.array(fc.constantFrom(...PIECES_MONEY), { maxLength: 6 }).map((p) => p.join(''));
  it('mayEndWithPrefix holds wherever PREFIX matches', () => {
    fc.assert(fc.property(text, (t) => !PREFIX.test(t) || mayEndWithPrefix(t)), { numRuns: 20000 });
  });
  it('mayStartSuffix holds wherever SUFFIX matches', () => {
    fc.assert(fc.property(text, (t) => {
      SUFFIX.lastIndex = 0;
      return !SUFFIX.test(t) || mayStartSuffix(t, 0);
    }), { numRuns: 20000 });
  });
});

describe('resolveOverlaps and mergeBehind keep few spans as a list', () => {
  /** The way both were written before: one byte a character. */
  function covering(): { overlaps: (s: number, e: number) => boolean; add: (s: number, e: number) => void } {
    const bits = new Uint8Array(400);
    return {
      overlaps: (s, e) => { for (let i = s; i < e; i++) if (bits[i]) return true; return false; },
      add: (s, e) => { bits.fill(1, s, e); },
    };
  }
  function resolveByBytes(cs: readonly FactCandidate[]): FactCandidate[] {
    const ranked = cs.map((candidate, order) => ({ candidate, order })).filter(({ candidate }) => candidate.end > candidate.start)
      .sort((a, b) => (b.candidate.end - b.candidate.start) - (a.candidate.end - a.candidate.start) || a.order - b.order);
    const taken = covering();
    const kept: FactCandidate[] = [];
    for (const { candidate } of ranked) {
      if (taken.overlaps(candidate.start, candidate.end)) continue;
      taken.add(candidate.start, candidate.end);
      kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
  function mergeByBytes(kept: readonly FactCandidate[], extra: readonly FactCandidate[]): FactCandidate[] {
    if (!extra.length) return [...kept];
    const taken = covering();
    for (const k of kept) taken.add(k.start, k.end);
    return [...kept, ...extra.filter((e) => !taken.overlaps(e.start, e.end))].sort((a, b) => a.start - b.start);
  }
  const span = fc.tuple(fc.nat(300), fc.nat(12)).map(([start, length]): FactCandidate => ({ kind: 'number', start, end: start + length, value: start }));
  const spans = fc.array(span, { maxLength: 40 });

  it('resolveOverlaps keeps what one byte a character kept', () => {
    fc.assert(fc.property(spans, (cs) => JSON.stringify(resolveOverlaps(cs)) === JSON.stringify(resolveByBytes(cs))), { numRuns: 5000 });
  });

  it('mergeBehind keeps what one byte a character kept', () => {
    fc.assert(fc.property(spans, spans, (a, b) => JSON.stringify(mergeBehind(a, b)) === JSON.stringify(mergeByBytes(a, b))), { numRuns: 5000 });
  });

  it('apartInOrder, the shortcut of resolveOverlaps, keeps what one byte a character kept, where it answers', () => {
    fc.assert(fc.property(spans, (cs) => {
      const apart = apartInOrder(cs);
      return apart === undefined || JSON.stringify(apart) === JSON.stringify(resolveByBytes(cs));
    }), { numRuns: 5000 });
    // Spans apart, in any order, and up to 32 of them: it answers, in order of their starts.
    const apartSpans = fc.array(fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 8 })), { maxLength: 32 })
      .map((gaps) => {
        let at = 0;
        return gaps.map(([gap, length]): FactCandidate => {
          const start = at + gap;
          at = start + length;
          return { kind: 'number', start, end: at, value: start };
        });
      })
      .chain((cs) => fc.shuffledSubarray(cs, { minLength: cs.length }));
    fc.assert(fc.property(apartSpans, (cs) => JSON.stringify(apartInOrder(cs)) === JSON.stringify(resolveByBytes(cs))), { numRuns: 2000 });
    expect(apartInOrder([{ kind: 'number', start: 4, end: 4, value: 1 }])).toBeUndefined();
    expect(apartInOrder([{ kind: 'number', start: 4, end: 9, value: 1 }, { kind: 'number', start: 0, end: 5, value: 2 }])).toBeUndefined();
  });
});

describe('the gate of dates with spaces', () => {
  it('lets SPACED_DATE run wherever it matches', () => {
    const { pattern, shape } = SPACED_DATE_GATE;
    const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    const PIECES_SPACED = ['2019', '1999', '05', '12', '21', '3', ' ', '  ', '\t', '.', ',', 'x'];
    const text = fc.array(fc.constantFrom(...PIECES_SPACED), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => !once.test(t) || shape.test(t)), { numRuns: 5000 });
    expect(once.test('Filed 2019 05 21 at noon.') && shape.test('Filed 2019 05 21 at noon.')).toBe(true);
  });
});

describe('the gate of bound phrases after a number', () => {
  it('lets BOUND_AFTER run wherever it matches', () => {
    const { pattern, mayOpen } = BOUND_AFTER_GATE;
    const sticky = new RegExp(pattern.source, 'iy');
    const PIECES_BOUND = ['5', ' ', '\t', '+', '-', 'or', 'OR', 'Or', 'more', 'less', 'so', 'odd', 'ODD', 'plus', 'Plus', 'of', 'o', 'x', 'than',
      'and', 'AND', 'an', 'over', 'older', 'up', 'Under', 'the'];
    const text = fc.array(fc.constantFrom(...PIECES_BOUND), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => {
      for (let at = 0; at <= t.length; at++) {
        sticky.lastIndex = at;
        if (sticky.test(t) && !mayOpen(t, at)) return false;
      }
      return true;
    }), { numRuns: 5000 });
    for (const t of ['500 or more', '100+', '20-odd', '30-plus', '40 odd', '12 or so', '9 OR FEWER', '65 and over', '8 And Up', '70 or older']) {
      const at = t.search(/\D/);
      sticky.lastIndex = at;
      expect(sticky.test(t)).toBe(true);
      expect(mayOpen(t, at)).toBe(true);
    }
    expect(mayOpen('700 people', 3)).toBe(false);
    expect(mayOpen('10-11th', 2)).toBe(false);
  });
});

describe('the gates of clock and military times', () => {
  it('TIME runs only over a text its gate lets through', () => {
    const { pattern, mayHold } = TIME_GATE;
    const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    const PIECES_TIME = ['0', '1', '7', '9', '10', '12', '30', '45', ':', '.', ' ', '\t', 'a', 'P', 'm', 'M', 'am', 'p.m.', 'o', "o'clock", 'noon', 'Midnight', 'x', '-'];
    const text = fc.array(fc.constantFrom(...PIECES_TIME), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => !once.test(t) || mayHold(t)), { numRuns: 20000 });
    for (const t of ['Doors open at 7:30.', 'From 9 a.m. to 5 PM', 'at 10.45 pm', 'by noon', "at 5 o'clock"]) {
      expect(once.test(t)).toBe(true);
      expect(mayHold(t)).toBe(true);
    }
    expect(mayHold('The fair set up 14 activities: talks and salons.')).toBe(false);
  });

  it('holds wherever MILITARY matches', () => {
    const { pattern, mayHold } = MILITARY_GATE;
    const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
    const PIECES_MIL = ['0', '1', '2', '4', '5', '6', '9', '0430', '1430', '2359', 'at', 'AT', ' ', '\t', 'hours', 'HOURS', 'hrs', 'Hrs', 'h', '.', ',', '-', ':', '%', 'x'];
    const text = fc.array(fc.constantFrom(...PIECES_MIL), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => !once.test(t) || mayHold(t)), { numRuns: 20000 });
    for (const t of ['We leave at 0430.', 'At 1430 hours the plant opened.', 'at 2100 HRS']) {
      expect(once.test(t)).toBe(true);
      expect(mayHold(t)).toBe(true);
    }
  });
});

describe('the gate of clock times in words', () => {
  it('holds wherever CLOCK_IN_PART reads a time (a match with o\'clock, am/pm, a part of the day or past/to)', () => {
    const { pattern, needs } = CLOCK_PART_GATE;
    const PIECES_CLOCK = ['7', '10', '12', 'seven', 'Two', 'ten', 'half', 'a quarter', 'twenty', 'five', ' ', '\t', '-', '.', ':',
      'past', 'TO', 'after', 'before', "o'clock", 'oclock', 'am', 'P.M', 'a. m', 'p\tm', 'pm.', 'in the', 'morning', 'Evening',
      'at', 'night', 'minutes', 'the', 'and'];
    const text = fc.array(fc.constantFrom(...PIECES_CLOCK), { maxLength: 10 }).map((p) => p.join(''));
    const readsTime = (t: string): boolean => {
      const all = new RegExp(pattern.source, pattern.flags);
      for (let m = all.exec(t); m; m = all.exec(t)) if (m[2] || m[4] || m[5] || m[6] || m[7]) return true;
      return false;
    };
    fc.assert(fc.property(text, (t) => !readsTime(t) || holdsAny(t.toLowerCase(), needs)), { numRuns: 20000 });
    for (const t of ['at seven in the morning', "10 o'clock", 'half past 7', 'six p.m.', 'ten at night']) {
      expect(readsTime(t)).toBe(true);
      expect(holdsAny(t.toLowerCase(), needs)).toBe(true);
    }
    expect(holdsAny('the city had 3 parks in 2023.', needs)).toBe(false);
  });
});
