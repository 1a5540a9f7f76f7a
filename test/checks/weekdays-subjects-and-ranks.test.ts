import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/index.js';
import { told, toldPair as pair } from '../helpers.js';

const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, {}).filter((c) => c.kind === 'date').map((c) => c.value);

describe('a weekday of a week named off a page with no date', () => {
  it('is the weekday alone (`last Thursday`, `上周二`, `next Friday`, `下周五`)', () => {
    expect(dates('The regulator acted last Thursday.', 'en')).toEqual(['-W-4']);
    expect(dates('The regulator will act next Friday.', 'en')).toEqual(['-W-5']);
    expect(dates('监管机构上周二采取行动。', 'zh')).toEqual(['-W-2']);
    expect(dates('监管机构将于下周五采取行动。', 'zh')).toEqual(['-W-5']);
    expect(dates('上上周二', 'zh')).toEqual([]);
  });

  it('is weighed against the other side\'s weekday', () => {
    expect(pair('The central bank announced the cut last Thursday.', '央行上周二宣布降准。', 'date-mismatch')).toHaveLength(1);
    expect(pair('The central bank announced the cut last Thursday.', '央行上周四宣布降准。')).toEqual([]);
  });
});

describe('subjects counted in 科', () => {
  it('are a count (七科), no part of a word (本科, 内科)', () => {
    const numbers = (text: string) => extractCandidates(text, 'zh', {}).map((c) => c.value);
    expect(numbers('有12名考生在六科考获最高级别。')).toEqual([12, 6]);
    expect(numbers('本科生和内科医生')).toEqual([]);
    expect(pair('Twelve candidates scored the top grade in six subjects.', '共有12名考生在六科考获最高级别。')).toEqual([]);
  });
});

describe('a rank against a length of time', () => {
  it('is not vouched for by the length\'s number (`the third quarter` against `前三个月`)', () => {
    const page = 'Markets | 10 October 2024\n\n市场｜2024年10月10日\n\n'
      + 'Funds drew inflows of US$600 million in the third quarter, reversing outflows in the previous three months.\n\n'
      + '基金于第二季度录得6亿美元资金净流入，扭转前三个月的净流出。\n';
    expect(told(page, 'number-mismatch')).toEqual([expect.stringContaining('"third"')]);
  });
});
