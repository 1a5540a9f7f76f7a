import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_WORDS } from '../../../src/locales/zh/index.js';
import { RELATIVE_DATE_GATES } from '../../../src/locales/zh/relative-dates.js';
import { holdsAny } from '../../../src/locales/needs.js';
import { facts } from './describe-facts.js';

/*
 * The Chinese date-composing patterns run only over a text that holds one of the words they need
 * (`dayPartNeeds`, `partAloneNeeds`): each gate must hold wherever its pattern matches.
 */
const GATES: readonly (readonly [RegExp, readonly string[]])[] = [
  [DATE_WORDS.dayPartWords, DATE_WORDS.dayPartNeeds!], [DATE_WORDS.partAlone!, DATE_WORDS.partAloneNeeds!],
];

const PIECES = ['今', '昨', '明', '晚', '夜', '早', '晨', '上', '下', '午', '上午', '下午', '晚上', '早上', '好', '班', '市场', '8点', '，', ' ', '天'];

describe('gates of the Chinese date-composing patterns', () => {
  it('hold wherever their patterns match (random texts from the patterns\' pieces)', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));
    for (const [pattern, words] of GATES) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      fc.assert(fc.property(text, (t) => !once.test(t) || holdsAny(t, words)), { numRuns: 3000 });
    }
  });

  it('leave the parts of the day the gated patterns read as they were', () => {
    const REF = { referenceDate: '2022-05-10', referenceYear: 2022 };
    expect(facts('今晚8点开会。', REF)).toEqual(['date 今晚8点 2022-05-10T20:00']);
    expect(facts('昨夜下了一场雨。', REF)).toEqual(['date 昨夜 2022-05-09T20:00/2022-05-09T23:59']);
    expect(facts('市场早上开门。', REF)).toEqual(['date 早上 T08:00/T12:00']);
    expect(facts('市场今天开门。', {})).toEqual([]);
    // 64 characters and more: the gates read the text's index instead of scanning it
    const long = '成都高新区的软件企业代表与高校研究人员今晚8点在天府软件园举行座谈，围绕人工智能、工业软件和信息安全等方向交流了各自的经验和下一步的打算。';
    expect(facts(long, REF)).toEqual(['date 今晚8点 2022-05-10T20:00']);
  });
});

describe('gates of the Chinese relative dates', () => {
  const PIECES_RELATIVE = ['今', '昨', '明', '前', '后', '後', '上', '下', '本', '这', '个', '個', '周', '週', '末', '星期', '礼拜', '一', '日', '天',
    '月', '年', '去', '半', '季度', '春', '初', '底', '三', '15', '余', '多', '过去', '近', '最', '未来', '今后', '以', '之', '分钟', '小时', '的', '第', '2021', '，'];
  it('hold wherever their patterns match (random texts from the patterns\' pieces)', () => {
    const text = fc.array(fc.constantFrom(...PIECES_RELATIVE), { maxLength: 8 }).map((p) => p.join(''));
    for (const [pattern, words] of RELATIVE_DATE_GATES) {
      const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      fc.assert(fc.property(text, (t) => !once.test(t) || holdsAny(t, words)), { numRuns: 3000 });
    }
  });
});
