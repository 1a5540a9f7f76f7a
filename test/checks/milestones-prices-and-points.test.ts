import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
const facts = (text: string) => align(text, { entities: false }).facts.map((f) => `${f.raw} ${String(f.value)}`);

describe('an ordinal of a scale after digits', () => {
  it('is one ordinal: the 100 millionth, the 5,000th', () => {
    expect(facts('The museum greeted its 100 millionth visitor and its 5,000th member.'))
      .toEqual(['100 millionth 100000000', '5,000th 5000']);
    // a fraction of a scale is no ordinal
    expect(facts('The pulse lasts 3 millionths of a second.')).toEqual(['3 3']);
  });

  it('meets the same rank, and a milestone passed', () => {
    expect(findings('The ferry line carried its 20 millionth rider on Sunday.', '渡轮航线周日迎来第2,000万名乘客。')).toEqual([]);
    expect(findings('The ferry line carried its 20 millionth rider.', '渡轮航线载客量突破2,000万人次。')).toEqual([]);
  });

  it('still tells another rank', () => {
    expect(findings('The ferry line carried its 20 millionth rider.', '渡轮航线迎来第200万名乘客。'))
      .toEqual([expect.stringMatching(/^error number-mismatch .*10x apart/)]);
  });
});

describe('words of nearness before a rank', () => {
  it('bound nothing: a shipment draws near', () => {
    expect(findings('Copper slips as the Kamoa mine nears first export.', '卡莫阿矿即将首次出口，铜价下滑。')).toEqual([]);
  });

  it('still bound a price', () => {
    expect(findings('Brent nears $90 a barrel.', '布伦特原油报每桶90美元。')).toEqual([expect.stringMatching(/^warning money-mismatch .*upper bound/)]);
  });
});

describe('a bound before the unit a price is of', () => {
  it.each([
    ['Silver tops $40 an ounce for the first time.', '银价首次突破每盎司40美元。'],
    ['Nickel fell below $15,000 a tonne.', '镍价跌破每吨15000美元。'],
  ])('bounds the price: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('is still told when the English drops it', () => {
    expect(findings('Silver is at $40 an ounce.', '银价突破每盎司40美元。')).toEqual([expect.stringMatching(/^warning money-mismatch .*lower bound/)]);
  });
});

describe('a bound before a multiple', () => {
  it('binds it: more than doubled', () => {
    expect(findings('Cloud revenue more than doubled.', '云业务收入增长超过一倍。')).toEqual([]);
    expect(findings('Cloud revenue nearly tripled.', '云业务收入增长近两倍。')).toEqual([]);
  });

  it('is told when one side drops it', () => {
    expect(findings('Cloud revenue doubled.', '云业务收入增长超过一倍。')).toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
  });
});

describe('a range of percentage points after a verb of change', () => {
  it('is a range, not a change to its end', () => {
    expect(findings('Tariffs could cut margins by 4 to 6 percentage points.', '关税可能使利润率下降4至6个百分点。')).toEqual([]);
    expect(findings('The bank may cut rates by 10 to 20 basis points.', '该行或将利率下调10至20个基点。')).toEqual([]);
  });

  it('still reads a level changed to', () => {
    expect(facts('失业率下降至4%。')).toEqual(['4% 4']);
  });
});

describe('ten Hong Kong cents, 毫', () => {
  it('is a tenth of a dollar', () => {
    expect(findings('Fares on the route rise by 40 cents.', '該路綫車費加價4毫。')).toEqual([]);
    expect(findings('Each ride costs HK$0.3 more.', '每程加價3毫子。')).toEqual([]);
  });

  it('is told against another amount', () => {
    expect(findings('Fares on the route rise by 40 cents.', '該路綫車費加價6毫。')).toEqual([expect.stringMatching(/^error money-mismatch .*amounts differ/)]);
  });

  it('is no thousandth of a unit', () => {
    expect(facts('每片含5毫克。')).toEqual(['5 5']);
  });
});

describe('a bound before a count that owns the figure after it', () => {
  it('is the figure\'s, not the count\'s', () => {
    expect(findings('The fares approved were lower than the 6.5% sought by the three ferry firms.',
      '獲批加幅低於三間渡輪公司所申請的6.5%。')).toEqual([]);
  });

  it('still bounds a count with no figure after it', () => {
    expect(findings('Three firms applied.', '超過三間公司申請。')).toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
  });
});
