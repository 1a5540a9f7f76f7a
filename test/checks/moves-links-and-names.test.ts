import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/index.js';
import { told, toldPair } from '../helpers.js';

const warnings = (text: string, rule?: string) => told(text, rule, {});
const pair = (en: string, zh: string, rule?: string) => toldPair(en, zh, rule, {});

describe('a move told by its verb', () => {
  it('reads `edged up to` as a rise to a level, not a ceiling', () => {
    expect(pair('The jobless rate for young workers edged up to 7.2 per cent.', '青年失业率小幅回落至7.2%。', 'direction-mismatch')).toHaveLength(1);
    expect(pair('The jobless rate for young workers edged up to 7.2 per cent.', '青年失业率小幅上升至7.2%。')).toEqual([]);
    expect(pair('Fines of up to 7.2 per cent apply.', '罚款最高为7.2%。')).toEqual([]);
  });
});

describe('a bound a Chinese clause puts before its verb', () => {
  it('is the English bound on the value (`几乎吃掉了四分之一`, `至少可…拍摄两次`)', () => {
    expect(pair('Rent ate up almost a third of her income.', '租金几乎吃掉了她三分之一的收入。')).toEqual([]);
    expect(pair('The satellites can photograph any spot at least three times a day.', '卫星每天至少可对任一地点拍摄三次。')).toEqual([]);
    expect(pair('Rent ate up almost a third of her income.', '租金吃掉了她三分之一的收入。', 'number-mismatch')).toHaveLength(1);
  });
});

describe('a money range after `between`', () => {
  it('goes without the sign on its upper end (`between MOP 12,000 and 16,000`)', () => {
    const money = (text: string) => extractCandidates(text, 'en', {}).filter((c) => c.kind === 'money').map((c) => [c.value, c.max]);
    expect(money('Most earned between MOP 12,000 and 16,000 a month.')).toEqual([[12000, 16000]]);
    expect(money('It sold for $15 and 18 other items went unsold.')).toEqual([[15, undefined]]);
    expect(pair('Most earned between MOP 12,000 and 16,000 a month.', '多数人月薪为16,000澳门元。', 'money-mismatch')).toHaveLength(1);
  });
});

describe('ranks', () => {
  it('a rank in words is no month of a date (`fifth consecutive year` against `连续第四年` beside `5月31日`)', () => {
    const en = 'It was the fifth consecutive year the sale ran for more than two weeks, starting on the evening of May 31 at 8 pm.';
    // (the hour changed too: the date is no match, and its numbers are weighed)
    expect(pair(en, '这是该促销活动连续第四年持续两周以上，活动于5月31日晚上9点开始。', 'number-mismatch')).toHaveLength(1);
    expect(pair(en, '这是该促销活动连续第五年持续两周以上，活动于5月31日晚上8点开始。')).toEqual([]);
  });
});

describe('page furniture', () => {
  it('reads `More on …:` and its links as a list', () => {
    const text = 'Jobless rate steady at 3.1%\n\n失业率稳定于3.1%\n\nThe jobless rate held at 3.1% in May.\n\n5月失业率维持于3.1%。\n\nMore on the economy: Exports rise | Rents at record\n';
    expect(warnings(text, 'missing-translation')).toEqual([]);
  });
});

describe('people and bodies', () => {
  it('reads a name before 凭 or 获 after a title', () => {
    expect(pair('Actor Chan Ka-ming won best actor for the crime drama.', '演员梁志辉凭犯罪片获颁最佳男主角。', 'entity-mismatch')).toHaveLength(1);
  });

  it('takes a body\'s name opening on `city` for the Chinese one that renders it (城市, city)', () => {
    expect(pair('City University of Hong Kong will build the camera.', '香港城市大學將製造這部相機。')).toEqual([]);
    expect(pair('Keio University will build the camera.', '庆应大学将制造这部相机。')).toEqual([]);
  });
});

describe('a weekday of saying', () => {
  it('takes the tense of its own clause, not of what was said', () => {
    const days = (text: string) => extractCandidates(text, 'zh', { referenceDate: '2025-03-06' }).filter((c) => c.kind === 'date').map((c) => c.value);
    expect(days('歌手将展开世界巡演，其经理人公司周三宣布。')).toEqual(['2025-03-05']);
    expect(days('公司将于周三宣布业绩。')).toEqual(['2025-03-12']);
  });
});
