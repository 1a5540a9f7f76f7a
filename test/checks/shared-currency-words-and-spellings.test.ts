import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Posted 2025-03-14') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string, kind: string) => align(`${text}\n`).facts.filter((f) => f.kind === kind).map((f) => `${f.raw} ${String(f.value)}${f.bound ? ` ${f.bound}` : ''}`);

describe('a currency word several countries share, and no country before it', () => {
  it('is none of the other currencies (`10 billion pesos` against `100亿美元`)', () => {
    expect(alarms('The irrigation fund keeps its yearly budget of 10 billion pesos.', '灌溉基金每年维持100亿美元的预算。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "10 billion pesos" .* vs ZH "100亿美元" .*currency differs/)]);
    expect(alarms('A visa costs 80 francs at the border.', '边境签证费为80欧元。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/currency differs/)]);
  });

  it('may be any of its own (`50亿比索` against `Philippine pesos`, `pounds` against `埃及镑`)', () => {
    expect(alarms('The irrigation fund keeps its yearly budget of 10 billion pesos.', '灌溉基金每年维持100亿比索的预算。', 'money-mismatch')).toEqual([]);
    expect(alarms('Farmers borrowed 5 billion Philippine pesos last season.', '上一季农民借款50亿比索。', 'money-mismatch')).toEqual([]);
    expect(alarms('Entry to the temple costs 200 pounds.', '神庙门票200埃及镑。', 'money-mismatch')).toEqual([]);
  });
});

describe('a date with a bare 前 or 后 after it', () => {
  it('is bounded (`在2030年后`, `3月5日前`)', () => {
    expect(facts('新航线计划在2030年后开通。', 'date')).toEqual(['2030年后 2030 over']);
    expect(facts('申请须于3月5日前提交。', 'date')).toEqual(['3月5日前 --03-05 under']);
    expect(alarms('The new route is due to open before 2030.', '新航线计划在2030年后开通。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "before 2030" .* vs ZH "2030年后" .*opposite directions/)]);
    expect(alarms('The new route is due to open before 2030.', '新航线计划在2030年前开通。', 'date-mismatch')).toEqual([]);
  });

  it('not where 前 or 后 opens a word of its own', () => {
    expect(facts('2024年前三季度', 'date')).toEqual(['2024年前三季度 2024-01-01/2024-09-30']);
    expect(facts('新航线预计2030年前后开通。', 'date')).toEqual(['2030年 2030']);
    expect(facts('2023年前夕', 'date')).toEqual(['2023年 2023']);
  });
});

describe('零 opening a word of parts that closes on 件', () => {
  it('is no number (`零组件`)', () => {
    expect(alarms('About 84 percent of the rocket\'s components were made locally, up from 29 percent for the last model.', '这枚火箭约84%的零组件由本地厂商制造，上一型号仅有29%。', 'number-mismatch')).toEqual([]);
    expect(facts('本地零组件比例提高。', 'number')).toEqual([]);
  });
});

describe('a given name whose second half doubles its closing n (`Jong-shinn`)', () => {
  it('is read whole and meets its Chinese name', () => {
    expect(alarms('Space agency chief Wu Jong-shinn said the rocket was ready.', '太空中心主任吳宗信表示，火箭已準備就緒。', 'entity-mismatch')).toEqual([]);
  });

  it('tells another given name', () => {
    expect(alarms('Space agency chief Wu Jong-shinn said the rocket was ready.', '太空中心主任吳宗仁表示，火箭已準備就緒。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Wu Jong-shinn" .*different persons/)]);
  });
});

describe('a foreign name read as a Chinese one whose r the translation writes with l', () => {
  it('is the same person (`Song Saran` 宋萨兰)', () => {
    expect(alarms('Song Saran, who heads the exporters\' group, said prices would rise.', '出口商协会主席宋萨兰表示，价格将上涨。', 'entity-mismatch')).toEqual([]);
  });

  it('not one of another given name', () => {
    expect(alarms('Song Saran, who heads the exporters\' group, said prices would rise.', '出口商协会主席宋萨南表示，价格将上涨。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Song Saran" .*different persons/)]);
  });
});

describe('a year before `to` and an amount', () => {
  it('is no range\'s low end (`for 2024 to 54 trillion rupiah`)', () => {
    expect(alarms('The extra allocation brings total subsidies for 2024 to 54 trillion rupiah.', '额外拨款使2024年补贴总额达到45万亿印尼盾。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "54 trillion rupiah" .* vs ZH "45万亿印尼盾" .*amounts differ/)]);
  });

  it('leaves a range of amounts alone (`1.5 to 2 billion dollars`)', () => {
    expect(facts('The bridge will cost 1.5 to 2 billion dollars.', 'money')).toEqual(['1.5 to 2 billion dollars 1500000000']);
  });
});
