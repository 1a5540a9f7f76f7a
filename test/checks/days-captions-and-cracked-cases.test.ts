import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { partnerlessKind } from '../../src/checks/block-kind.js';
import type { Block } from '../../src/types.js';

const zhFacts = (zh: string) => align(`A court ruled.\n\n${zh}\n`, { entities: false, referenceDate: '2025-03-12' }).facts
  .filter((f) => f.lang === 'zh').map((f) => `${f.kind} ${f.raw}`);

describe('Chinese words a day or a bound is read in wrongly', () => {
  it('上周 before 天津 is last week, no Sunday (周天)', () => {
    expect(zhFacts('上周天津市法院作出判决。')).toEqual(['date 上周']);
  });

  it('年初 before a day\'s numeral is a day of the lunar new year, not early in the year', () => {
    expect(zhFacts('年初二至年初三人流最多。').some((f) => f.startsWith('date 年初'))).toBe(false);
    expect(zhFacts('今年年初人流最多。')).toEqual(['date 今年年初']);
  });

  it('警破 is the police cracking a case, no bound on the amount after it', () => {
    expect(align('Police crack HK$180 million scam\n\n警破1.8億元騙案\n', { entities: false }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('an English day before `, last year`', () => {
  it('falls in that year', () => {
    const told = align('Published: 12 March 2025\n\nA trial began on Monday, April 1, last year.\n\n去年4月1日（星期一）起先行試辦。\n', { entities: false })
      .findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
    expect(told).toEqual([]);
  });
});

describe('a photo caption in brackets, in both languages on one line', () => {
  it('is a caption, no paragraph to translate', () => {
    const text = '(Photo caption: A bus stop in Sha Tin. Photo: Harbour Daily 圖片說明：沙田一個巴士站。攝影：本報）';
    expect(partnerlessKind({ id: 'b5', index: 4, text, start: 0, end: text.length, lang: 'zh' } as Block)).toBe('caption');
  });
});

describe('a span up to a day against that day with 前', () => {
  it('is one deadline (`every Saturday and Sunday until April 7`, 4月7日前每逢週六、週日)', () => {
    const told = (en: string, zh: string) => align(`Published: 20 March 2025\n\n${en}\n\n${zh}\n`, { entities: false })
      .findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
    expect(told('Extra ferries will sail every Saturday and Sunday until April 7.', '4月7日前每逢週六、週日加開船班。')).toEqual([]);
    expect(told('Extra ferries will sail every Saturday and Sunday until April 7.', '4月6日前每逢週六、週日加開船班。')).toHaveLength(1);
  });
});
