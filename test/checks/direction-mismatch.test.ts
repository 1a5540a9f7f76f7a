import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const directions = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'direction-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('direction-mismatch: a rise on one side, a fall on the other', () => {
  it.each([
    ['The port\'s container volume rose 3.4% in the first half.', '上半年该港集装箱吞吐量下跌3.4%。',
      'EN "rose 3.4%" vs ZH "下跌3.4%": the English tells a rise, the Chinese a fall'],
    ['Ticket sales fell by about 12 percent last season.', '上个赛季门票销量增长了约12%。',
      'EN "fell by about 12 percent" vs ZH "增长了约12%": the English tells a fall, the Chinese a rise'],
    ['Rents in the district dropped to HK$38 a square foot.', '该区租金每平方尺升至38港元。',
      'EN "dropped to HK$38" vs ZH "升至38港元": the English tells a fall, the Chinese a rise'],
    ['The plant reported a 6% drop in output.', '该厂产量增加6%。',
      'EN "6% drop" vs ZH "增加6%": the English tells a fall, the Chinese a rise'],
    ['Exports were 2.5% higher than a year earlier.', '出口较上年同期减少2.5%。',
      'EN "2.5% higher" vs ZH "减少2.5%": the English tells a rise, the Chinese a fall'],
    ['The yuan weakened 0.6% against the dollar.', '人民币兑美元升值0.6%。',
      'EN "weakened 0.6%" vs ZH "升值0.6%": the English tells a fall, the Chinese a rise'],
    ['Ferry bookings fell 4 percent from a year earlier.', '渡輪訂位較去年同期成長4%。',
      'EN "fell 4 percent" vs ZH "成長4%": the English tells a fall, the Chinese a rise'],
    ['Ferry bookings rose 4 percent from a year earlier.', '渡輪訂位較去年同期衰退4%。',
      'EN "rose 4 percent" vs ZH "衰退4%": the English tells a rise, the Chinese a fall'],
    ['The ten-year yield dropped 6 basis points to 1.71%.', '十年期国债收益率上行6个基点至1.71%。',
      'EN "dropped 6 basis points" vs ZH "上行6个基点": the English tells a fall, the Chinese a rise'],
    ['The two-year yield climbed 3 basis points.', '两年期国债收益率下行3个基点。',
      'EN "climbed 3 basis points" vs ZH "下行3个基点": the English tells a rise, the Chinese a fall'],
    // an average between the verb and the amount
    ['Cases of measles have fallen by an average of 4.5 percent a year.', '麻疹病例年均增长4.5%。',
      'EN "fallen 4.5 percent" vs ZH "增长4.5%": the English tells a fall, the Chinese a rise'],
    ['Freight rose on average 1.2% a month.', '货运量月均下降1.2%。',
      'EN "rose on average 1.2%" vs ZH "下降1.2%": the English tells a rise, the Chinese a fall'],
  ])('%s', (en, zh, message) => {
    expect(directions(en, zh)).toEqual([`warning ${message}`]);
  });

  it('names the words of change and the amount', () => {
    expect(directions('The index rose 3.2% in May.', '5月该指数下跌3.2%。')).toEqual([
      'warning EN "rose 3.2%" vs ZH "下跌3.2%": the English tells a rise, the Chinese a fall',
    ]);
  });

  it('reads traditional characters', () => {
    expect(directions('Home prices fell 1.8% in March.', '3月樓價上漲1.8%。')).toHaveLength(1);
  });
});

describe('direction-mismatch: stays quiet', () => {
  it.each([
    // the same way on both sides, in other words
    ['Output grew 4.6% from a year earlier.', '产量同比增长4.6%。'],
    ['Ferry bookings grew 4 percent from a year earlier.', '渡輪訂位較去年同期成長4%。'],
    ['The council cut its growth forecast by 0.3 percentage points.', '委員會將經濟成長預測下修0.3個百分點。'],
    ['Shares lost 2.3% in afternoon trade.', '午后股价下跌2.3%。'],
    ['The yen strengthened 1.1% on Friday.', '周五日元升值1.1%。'],
    ['Unemployment eased to 3.9% in June.', '6月失业率降至3.9%。'],
    ['The deficit widened to 5.1% of output.', '赤字扩大至产出的5.1%。'],
    // `up to` is a ceiling, not a rise
    ['Fares may be cut by up to 15%.', '票价最多可下调15%。'],
    // a plural noun after a preposition, under another verb of change, is no verb of its own
    ['The exchange will lift deposits for soybean contracts to 8 percent from 6 percent.', '交易所将把大豆合约的保证金比例由6%提高至8%。'],
    // one side names no change at all
    ['The growth rate was 5% last year.', '去年增长率为5%。'],
    ['Profit slowed to 7% growth.', '利润增速放缓至7%。'],
    // negated words say nothing
    ['Spending fell 2% this year.', '今年支出不增加2%。'],
    ['The economy shrank 0.4%.', '经济负增长0.4%。'],
    // the amount is told both ways on one side: which goes with which is not read
    ['Imports rose 5% while exports fell 5%.', '进口下降5%，出口增长5%。'],
    // a from-to change: the first amount is the start, not a change
    ['The rate fell from 4% to 3.5%.', '利率从4%降至3.5%。'],
    // the amounts differ: number-mismatch tells that, not this rule
    ['Sales rose 8%.', '销量下降6%。'],
  ])('%s', (en, zh) => {
    expect(directions(en, zh)).toEqual([]);
  });
});

describe('direction-mismatch: comparisons and amounts with their unit', () => {
  it('reads a Chinese comparison before the amount and an English comparative after its unit of heat', () => {
    expect(directions('The mean temperature in May was 1.2°C higher than normal.', '5月平均气温较正常低1.2度。')).toEqual([
      'warning EN "1.2°C higher" vs ZH "低1.2": the English tells a rise, the Chinese a fall',
    ]);
    expect(directions('Visitor numbers fell by 40,000 from last year.', '游客人数比去年多4万人次。')).toHaveLength(1);
  });

  it('leaves `as high as` and words 比 opens alone', () => {
    expect(directions('Exports fell 5%.', '出口比例高达5%。')).toEqual([]);
    expect(directions('The mean temperature was 1.2°C higher than normal.', '平均气温较正常高1.2度。')).toEqual([]);
  });
});

describe('direction-mismatch: a verb of change ending in -s after a preposition', () => {
  it('is still a verb where no other verb of change governs its clause', () => {
    const told = align('Production of cement falls 3% this year.\n\n今年水泥产量增长3%。\n', { entities: false })
      .findings.filter((f) => f.ruleId === 'direction-mismatch');
    expect(told).toHaveLength(1);
  });
});

describe('direction-mismatch: an amount above or below what it is set against', () => {
  it('tells a rise against a fall', () => {
    expect(directions('Bookings were 27 per cent above the five-year average, the board said.', '委员会表示，预订量比五年平均水平低27%。')).toHaveLength(1);
    expect(directions('Rainfall was 15 per cent below normal in May.', '5月降雨量较常年偏多15%。')).toHaveLength(1);
    // a count of years in what is compared
    expect(directions('Bookings were 27 per cent above the 10-year average.', '预订量比过去10年同期平均水平低27%。')).toHaveLength(1);
    expect(directions('Bookings were 27 per cent above the 10-year average.', '预订量比过去10年同期平均水平高27%。')).toEqual([]);
  });
  it('is quiet when both sides agree', () => {
    expect(directions('Bookings were 27 per cent above the five-year average, the board said.', '委员会表示，预订量比五年平均水平高27%。')).toEqual([]);
    // the first word of a compound after a count is no change
    expect(directions('The new rule will raise pay for about 80,000 lower-income workers.', '新规将提高约8万名低收入员工的工资。')).toEqual([]);
    expect(directions('Rainfall was 15 per cent below normal in May.', '5月降雨量较常年偏少15%。')).toEqual([]);
  });
});
