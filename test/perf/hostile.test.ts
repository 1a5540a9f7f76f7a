import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { check } from '../../src/pipeline/check.js';
import { split } from '../../src/pipeline/split.js';
import type { Pair } from '../../src/types.js';
import { doublingRatio } from './timing.js';
import { personName } from '../names-by-number.js';

/**
 * Hostile input: each stage that reads text with regular expressions must take time linear in
 * the input. A quadratic pattern takes four times as long when the input doubles; these tests
 * allow at most three times (a linear stage takes about twice), measured over two doublings
 * (n to 4n: at most nine times), so a loaded machine does not make them fail while a quadratic
 * stage (sixteen times) still does.
 */

const EN = 'The city council met on Monday to discuss the new budget for schools and roads.';
const ZH = '市议会周一开会讨论学校和道路的新预算。';

/** Runs only the untranslated rule on a document whose English and Chinese blocks are paired. */
function untranslatedOn(zh: string): number {
  const text = `${EN}\n\n${ZH}${zh}${ZH}`;
  const blocks = split(text, { mode: 'blank' }).map((b, i) => ({ ...b, lang: i === 0 ? 'en' as const : 'zh' as const }));
  const pairs: Pair[] = [{ id: 'p1', en: [blocks[0]!.id], zh: [blocks[1]!.id], score: 1 }];
  const rules = Object.fromEntries(['number-mismatch', 'money-mismatch', 'date-mismatch', 'direction-mismatch', 'entity-mismatch',
    'missing-translation', 'unpaired-block', 'length-ratio', 'glossary', 'inconsistent-term']
    .map((id) => [id, { enabled: false }]));
  return check({ blocks, pairs, facts: [], rules }).length;
}

describe('the untranslated rule is linear on hostile input', () => {
  const shapes: [string, (n: number) => string][] = [
    ['one Latin word of n letters', (n) => 'a'.repeat(n)],
    ['letters and dots without an @ (e-mail pattern)', (n) => 'a.'.repeat(n / 2)],
    ['letters and hyphens', (n) => 'a-'.repeat(n / 2)],
    ['n/3 short words', (n) => 'ab '.repeat(n / 3)],
    ['words and @ signs', (n) => 'a@b '.repeat(n / 4)],
  ];
  it.each(shapes)('%s', (_name, make) => {
    // 80,000 characters: a call takes tens of milliseconds, so a busy machine's pauses weigh
    // less against it, and V8 has made its one step of cost for long strings (between 40,000
    // and 80,000 characters a call takes four times as long once, then twice a doubling).
    expect(doublingRatio(80_000, (n) => untranslatedOn(make(n)))).toBeLessThan(3);
  });

  it('still reports English prose inside the Chinese text', () => {
    expect(untranslatedOn('the report said that the council is to meet again in the spring')).toBe(1);
  });
});

describe('align() is linear on hostile input', () => {
  const doc = (en: string, zh: string) => `${EN} ${en}\n\n${ZH}${zh}`;
  const shapes: [string, (n: number) => string][] = [
    ['a run of digits', (n) => doc('1'.repeat(n), '1'.repeat(n))],
    ['1,1,1,…', (n) => doc('1,'.repeat(n / 2), '1,'.repeat(n / 2))],
    ['1.1.1.…', (n) => doc('1.'.repeat(n / 2), '1.'.repeat(n / 2))],
    ['1-1-1-…', (n) => doc('1-'.repeat(n / 2), '一-'.repeat(n / 2))],
    ['二十二十…', (n) => doc('', '二十'.repeat(n / 2))],
    ['第第第…', (n) => doc('', '第'.repeat(n))],
    ['one (1) one (1) … (numbers restated in figures)', (n) => doc('one (1) '.repeat(n / 8), '一（1）'.repeat(n / 5))],
    ['+1 +1 +1 … and Tel 1 1 1 … (telephone numbers)', (n) => doc('+1 '.repeat(n / 6) + 'Tel 1 '.repeat(n / 12), '电话1 '.repeat(n / 4))],
    ['a long Latin word', (n) => doc('a'.repeat(n), 'a'.repeat(n))],
    ['Capitalized Words', (n) => doc('Ab '.repeat(n / 3), '')],
  ];
  it.each(shapes)('%s', (_name, make) => {
    expect(doublingRatio(5_000, (n) => align(make(n), { entities: false }))).toBeLessThan(3);
  });
});

describe('align() is linear on one long line a side', () => {
  // One paragraph a side with no full stop: what a pasted list gives. The checks locate each
  // digit run no fact covers in its block, which a walk from the block's start made quadratic.
  const line = (n: number, en: (i: number) => string, zh: (i: number) => string) =>
    `${Array.from({ length: n }, (_, i) => en(i)).join(', ')}\n\n${Array.from({ length: n }, (_, i) => zh(i)).join('，')}`;
  const shapes: [string, (n: number) => string][] = [
    ['addresses with digits no fact covers', (n) => line(n / 40, (i) => `https://example.org/a${i}/b${i}?c=${i}`, (i) => `https://example.org/a${i}/b${i}?c=${i}`)],
  ];
  it.each(shapes)('%s', (_name, make) => {
    expect(doublingRatio(20_000, (n) => align(make(n), { entities: false }))).toBeLessThan(3);
  }, 120_000);
});

describe('split() is linear on hostile input', () => {
  const shapes: [string, (n: number) => string][] = [
    ['many lines and one tag at the end', (n) => `${'a.\n'.repeat(n / 3)}<p>x</p><p>y</p>`],
    ['many lines each holding a tag', (n) => '<b>a</b>\n'.repeat(n / 9)],
    ['commas between scripts', (n) => `${'ab, 中, '.repeat(n / 8)}.`],
    ['stops glued to Han', (n) => 'abc.中。'.repeat(n / 6)],
    ['a blank line after every line', (n) => 'the line goes on\n\n'.repeat(n / 18)],
    ['subtitle cues, each under a blank line', (n) => Array.from({ length: n / 60 }, (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nA line said.\n`).join('\n')],
  ];
  it.each(shapes)('%s', (_name, make) => {
    expect(doublingRatio(40_000, (n) => split(make(n), { lexicon: false }))).toBeLessThan(3);
  });
});

describe('the quantity checks are linear in the quantities of one pair', () => {
  // One amount said again and again on both sides, a span of days on the English side only: the
  // checks weigh thousands of quantities within one pair, which an earlier writing did pair by pair.
  const inputOf = (n: number) => {
    const result = align(`${'It rose 2 metres in a week. '.repeat(n)}\n\n${'上涨2米。'.repeat(n)}`, { entities: false });
    const rules = Object.fromEntries(['money-mismatch', 'date-mismatch', 'direction-mismatch', 'entity-mismatch', 'missing-translation', 'unpaired-block',
      'length-ratio', 'glossary', 'inconsistent-term', 'untranslated'].map((id) => [id, { enabled: false }]));
    expect(result.pairs.length).toBe(1);
    return { blocks: result.blocks, pairs: result.pairs, facts: result.facts, rules };
  };
  it('number-mismatch on a pair of 1,000 amounts a side, then 4,000', () => {
    const inputs = new Map([1_000, 4_000].map((n) => [n, inputOf(n)]));
    expect(doublingRatio(1_000, (n) => check(inputs.get(n)!))).toBeLessThan(3);
  }, 120_000);

  // Amounts and dates that differ from every one of the other side's: two long blocks that are not
  // each other's translation, which left every quantity to be weighed against every other.
  const differing = (rule: string, en: (i: number) => string, zh: (i: number) => string) => (n: number) => {
    const text = `${Array.from({ length: n }, (_, i) => en(i)).join(' ')}\n\n${Array.from({ length: n }, (_, i) => zh(i)).join('')}`;
    const result = align(text, { entities: rule === 'entity-mismatch' || rule === 'inconsistent-term' });
    const rules = Object.fromEntries(['number-mismatch', 'money-mismatch', 'date-mismatch', 'direction-mismatch', 'entity-mismatch', 'missing-translation',
      'unpaired-block', 'length-ratio', 'glossary', 'inconsistent-term', 'untranslated'].filter((id) => id !== rule).map((id) => [id, { enabled: false }]));
    expect(result.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0).length).toBe(1);
    return { blocks: result.blocks, pairs: result.pairs, facts: result.facts, rules };
  };
  it.each([
    ['money-mismatch', 500, differing('money-mismatch', (i) => `Item ${i} cost ${1000 + 7 * i} dollars.`, (i) => `第${i}项花费${50_000 + 13 * i}美元。`)],
    ['number-mismatch', 500, differing('number-mismatch', (i) => `Item ${i} weighed ${3000 + 7 * i} tonnes.`, (i) => `第${i}项重${90_000 + 11 * i}吨。`)],
    // Rates and changes in points that restate nothing: each change weighed against each rate left.
    ['number-mismatch', 500, differing('number-mismatch', (i) => `Rate ${i} was ${(1000 + 7 * i) / 100} percent.`, (i) => `第${i}项上升${(3 + 11 * i) / 100}个百分点。`)],
    // Lengths of time that are one in other units, each English one against the many of its key.
    ['number-mismatch', 500, differing('number-mismatch', (i) => `Stage ${i} took ${i % 2 === 0 ? 90 : 120} minutes.`, (i) => `第${i}段用时${i % 2 === 0 ? '一个半' : '两个'}小时。`)],
    // Changes told the other way round, and amounts the other side gives with no verb at all.
    ['direction-mismatch', 500, differing('direction-mismatch', (i) => `Line ${i} rose ${1000 + 7 * i} percent, then ${i} more.`, (i) => `第${i}项下降${1000 + 7 * i}%，另有${2 * i}项。`)],
    // Bases of change on every amount, the other basis on the other side.
    ['basis-mismatch', 500, differing('basis-mismatch', (i) => `Line ${i} rose ${1000 + 7 * i} percent year on year.`, (i) => `第${i}项环比增长${1000 + 7 * i}%。`)],
    ['date-mismatch', 500, differing('date-mismatch', (i) => `It opened on March ${1 + (i % 28)}, ${1000 + i}.`, (i) => `${1000 + i}年5月${1 + ((i + 3) % 28)}日开幕。`)],
    // Bounds turned round on one value again and again, each against the values the other side gives unmatched.
    ['number-mismatch', 500, differing('number-mismatch', (i) => `Group ${i} had more than ${500 + (i % 3)} members.`, (i) => `第${i}组不到${500 + (i % 3)}人。`)],
    // Multiples of growth against multiples one higher.
    ['number-mismatch', 500, differing('number-mismatch', (i) => `Line ${i} will triple, and line ${i} double.`, (i) => `第${i}项增加两倍，第${i}项增加两倍。`)],
    // Weekdays alone against days written with their weekday.
    ['date-mismatch', 500, differing('date-mismatch', (i) => `Talks ${i} ended on Tuesday.`, (i) => `第${i}轮会谈于${1 + (i % 28)}日（星期二）结束。`)],
    // Names are weighed by sound and spelling, each a few microseconds: fewer of them.
    ['entity-mismatch', 250, differing('entity-mismatch', (i) => `Minister ${personName(i).en} spoke.`, (i) => `部长${personName(i + 500).zh}讲话。`)],
    ['inconsistent-term', 250, differing('inconsistent-term', (i) => `Minister ${personName(i).en} spoke.`, (i) => `部长${personName(i + 500).zh}讲话。`)],
  ] as const)('%s on a pair of %i values a side that all differ, then four times as many', (_rule, size, make) => {
    const inputs = new Map([size, 4 * size].map((n) => [n, make(n)]));
    expect(doublingRatio(size, (n) => check(inputs.get(n)!))).toBeLessThan(3);
  }, 120_000);
});
