import { describe, expect, it } from 'vitest';
import type { Block, Finding } from '../../src/types.js';
import { close } from '../../src/checks/quantities.js';
import { check } from '../../src/pipeline/check.js';
import { extractFacts } from '../../src/pipeline/extract.js';
import { LineIndex } from '../../src/pipeline/position.js';

/**
 * Number slips of the kinds translators make, on sentences from real articles: each pair is checked
 * with the real extractors, once as translated (no error) and once with one number changed (an error).
 */
const NUMERIC = ['number-mismatch', 'money-mismatch', 'date-mismatch'];

function numericErrors(en: string, zh: string): Finding[] {
  const text = `${en}\n\n${zh}`;
  const lines = new LineIndex(text);
  const blocks: Block[] = [
    { id: 'b1', index: 0, lang: 'en', text: en, ...lines.span(0, en.length) },
    { id: 'b2', index: 1, lang: 'zh', text: zh, ...lines.span(en.length + 2, text.length) },
  ];
  const pairs = [{ id: 'p1', en: ['b1'], zh: ['b2'], score: 1 }];
  const facts = extractFacts(blocks, () => lines);
  return check({ blocks, pairs, facts }).filter((f) => f.severity === 'error' && NUMERIC.includes(f.ruleId));
}

/** [what, English, Chinese as translated, Chinese or English with the slip]. */
const SLIPS: [string, string, string, { en?: string; zh?: string }][] = [
  ['one day after 只有',
    'However, with that deadline just 9 days away, the speaker may soon break a promise.',
    '但在距离截止期限只有九天之际，议长可能很快就会违背承诺。',
    { zh: '但在距离截止期限只有一天之际，议长可能很快就会违背承诺。' }],
  ['a count before 者',
    'There is another version that could have existed between the two.',
    '在这两者之间，还可能存在一个中间版本。',
    { en: 'There is another version that could have existed between the three.' }],
  ['a split into parts',
    'The old duchy did not last. It was split in two, the hills and the coast.',
    '旧公国没能延续下去。它一分为二，即山地和沿海。',
    { en: 'The old duchy did not last. It was split in three, the hills and the coast.' }],
  ['generations',
    'It took five generations of work to build the canal.',
    '这条运河凝聚了五代人的努力。',
    { zh: '这条运河凝聚了六代人的努力。' }],
  ['a military time',
    '0630 local time. The crew was already on deck.',
    '当地时间早上六点半，船员们已经在甲板上了。',
    { en: '0631 local time. The crew was already on deck.' }],
  ['a military time against a bare hour',
    'The 1st Rescue Team leaves the base at 0700.',
    '第一救援队在七点准时离开基地。',
    { en: 'The 1st Rescue Team leaves the base at 0800.' }],
  ['pence',
    'The postcards at the stall cost about 40p apiece.',
    '摊位上的明信片每张约40便士。',
    { zh: '摊位上的明信片每张约41便士。' }],
  ['a rounded amount is no licence for a changed digit',
    'Johnson celebrated his deal for cutting an estimated $16 billion in spending.',
    '约翰逊庆祝其法案削减了约160亿美元的开支。',
    { zh: '约翰逊庆祝其法案削减了约161亿美元的开支。' }],
  ['a decade in two digits',
    'Like back in the 00s you had bionicles.',
    '就像在2000年代一样，生化战士本质上是冒险家。',
    { zh: '就像在2001年代一样，生化战士本质上是冒险家。' }],
  ['a fortnight against weeks',
    'It is my first ever crown dentist visit: prep today, then fitting in a fortnight.',
    '这是我第一次去看牙医做牙冠：今天是牙体预备，两周后试戴。',
    { zh: '这是我第一次去看牙医做牙冠：今天是牙体预备，三周后试戴。' }],
  ['one listed after another count',
    'Slow flight, pattern work, 3 landings with a little help, and 1 go around.',
    '慢速飞行、模式作业、在帮助下三次着陆和一次复飞。',
    { en: 'Slow flight, pattern work, 3 landings with a little help, and 2 go around.' }],
  ['first against second',
    'first complaint: we need cute logbooks. black is boring.',
    '第一个抱怨：我们需要可爱风格的飞行日志。黑色略显无聊。',
    { zh: '第二个抱怨：我们需要可爱风格的飞行日志。黑色略显无聊。' }],
  ['first against second, the other way',
    'This week I ran my first trail race (over 30 kilometres of hills).',
    '这周我跑了第一次越野赛（山路超过30公里）。',
    { en: 'This week I ran my second trail race (over 30 kilometres of hills).' }],
  ['secondary',
    'The industry is increasing use of recycled and secondary materials.',
    '在增加使用再生材料和二次材料的同时。',
    { zh: '在增加使用再生材料和三次材料的同时。' }],
];

describe('number slips: pairs as translated stay free of errors', () => {
  it.each(SLIPS)('%s', (_what, en, zh) => {
    expect(numericErrors(en, zh).map((f) => f.message)).toEqual([]);
  });
  it.each([
    ['rounding to three significant digits', 'Revenue reached 1,234,567 yuan.', '收入达到123万元。'],
    ['first as 头一个, latter as 第二',
      'If they will not believe thee, neither hearken to the voice of the first sign, they will believe the voice of the latter sign.',
      '若他们不看头一个记号，也必看第二个记号。'],
    ['secondary school without a counterpart', 'She teaches at a secondary school in two towns.', '她在两个镇的中学任教。'],
  ])('%s', (_what, en, zh) => {
    expect(numericErrors(en, zh).map((f) => f.message)).toEqual([]);
  });
});

describe('number slips: one number changed is an error', () => {
  it.each(SLIPS)('%s', (_what, en, zh, slip) => {
    expect(numericErrors(slip.en ?? en, slip.zh ?? zh)).not.toEqual([]);
  });
});

describe('close: rounding to fewer significant digits', () => {
  it.each([
    [1234567, 1230000, true], [4.5e9, 4.53e9, false], [1.6e10, 1.6e10, true], [125000, 120000, false],
    [1.6e10, 1.61e10, false], [4.5e9, 4.531e9, true], [2000, 2001, false], [45000, 45100, false],
    [124990, 120000, true], [99949, 1.0e5, false], [994990, 9.9e5, true], [-124990, 120000, false], [3.1e7, 6.2e7, false],
  ])('%d and %d: %s', (a, b, agree) => {
    expect(close(a, b, 0)).toBe(agree);
  });
});
