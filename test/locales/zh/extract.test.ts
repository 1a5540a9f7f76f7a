import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

/** [input, facts as `kind raw value[..max][ unit][ ~][ bound]`]. */
type Table = [string, string[]][];

const NUMERALS: Table = [
  ['三万五', ['number 三万五 35000']],
  ['一百五', ['number 一百五 150']],
  ['两千四百五', ['number 两千四百五 2450']],
  ['一百零一万一千', ['number 一百零一万一千 1011000']],
  ['三亿七千二百一十五万零三十六', ['number 三亿七千二百一十五万零三十六 372150036']],
  ['负三十二亿零六百零八万', ['number 负三十二亿零六百零八万 -3206080000']],
  ['肆佰陸拾', ['number 肆佰陸拾 460']],
  ['壹萬二百五十', ['number 壹萬二百五十 10250']],
  ['廿三', ['number 廿三 23']],
  ['五百卅四', ['number 五百卅四 534']],
  ['三点五', ['number 三点五 3.5']],
  ['零点五', ['number 零点五 0.5']],
  ['两千万点五五四四', ['number 两千万点五五四四 20000000.5544']],
  ['三分之一', ['number 三分之一 0.333333333333333']],
  ['负一又二分之一', ['number 负一又二分之一 -1.5']],
  ['１２３', ['number １２３ 123']],
  ['４，５６５', ['number ４，５６５ 4565']],
  ['1.2万', ['number 1.2万 12000']],
  ['6350亿', ['number 6350亿 635000000000']],
  ['3千', ['number 3千 3000']],
  ['5万4千6百', ['number 5万4千6百 54600']],
  ['4.78万亿', ['number 4.78万亿 4780000000000']],
  ['1,234.5', ['number 1,234.5 1234.5']],
  ['-10000', ['number -10000 -10000']],
  ['十多万', ['number 十多万 100000 ~ over']],
  ['五百余万', ['number 五百余万 5000000 ~ over']],
  ['二十几万', ['number 二十几万 200000 ~ over']],
  ['40k', ['number 40k 40000']],
  ['1/2', ['number 1/2 0.5']],
  ['一打', ['number 一打 12']],
  ['十打苹果', ['number 十打 120']],
];

const COUNTS: Table = [
  ['199个', ['number 199 199']],
  ['三个方面', ['number 三 3']],
  ['十省', ['number 十 10']],
  ['5个赛道', ['number 5 5']],
  ['近10家', ['number 近10 10 ~']],
  ['近700人', ['number 近700 700 ~']],
  ['700人左右', ['number 700人左右 700 ~']],
  ['二十多人', ['number 二十多 20 ~ over']],
  ['不到100人', ['number 不到100 100 ~ under']],
  ['超过300', ['number 超过300 300 ~ over']],
  ['一半以上', ['number 一半以上 0.5 ~ over']],
  ['两地', ['number 两 2']],
  ['只有一个', ['number 一 1']],
  ['两倍多', ['number 两倍多 2 x ~ over']],
  ['数百万英镑', ['money 数百万英镑 1000000 GBP ~ over']],
  ['1.1亿美元', ['money 1.1亿美元 110000000 USD']],
  ['三块屏幕', ['number 三 3']],
  ['上百人', ['number 上百 100 ~ over']],
  ['近百家', ['number 近百 100 ~']],
  ['百余人', ['number 百余 100 ~ over']],
  ['零下5摄氏度', ['number 零下5 -5']],
  ['他去的不是四川而是五台山', ['number 五 5']],
];

const RANGES_AND_MULTIPLES: Table = [
  ['20到30人', ['number 20到30 20..30']],
  ['10-11', ['number 10-11 10..11']],
  ['一到五个苹果', ['number 一到五 1..5']],
  ['1000以上，1500以下', ['number 1000以上，1500以下 1000..1500 ~']],
  ['大于4865并少于20793', ['number 大于4865并少于20793 4865..20793 ~']],
  ['她的年龄比四十大一些', ['number 比四十大 40 ~ over']],
  ['10000与20000之间', ['number 10000与20000之间 10000..20000']],
  ['约95倍', ['number 约95倍 95 x ~']],
  ['翻了一番', ['number 一番 2 x']],
];

const MONEY: Table = [
  ['66亿元', ['money 66亿元 6600000000 CNY']],
  ['6.6亿美元', ['money 6.6亿美元 660000000 USD']],
  ['人民币50元', ['money 人民币50元 50 CNY']],
  ['$20', ['money $20 20 USD']],
  ['US$3.5亿', ['money US$3.5亿 350000000 USD']],
  ['￥300', ['money ￥300 300 CNY']],
  ['30多亿元', ['money 30多亿元 3000000000 CNY ~ over']],
  ['5到10亿元', ['money 5到10亿元 500000000..1000000000 CNY']],
  ['约30亿元', ['money 约30亿元 3000000000 CNY ~']],
  ['1200亿美元', ['money 1200亿美元 120000000000 USD']],
  ['5306亿台币', ['money 5306亿台币 530600000000 TWD']],
  ['50元6角三分', ['money 50元6角三分 50.63 CNY']],
  ['十五美元', ['money 十五美元 15 USD']],
  ['三块钱', ['money 三块钱 3 CNY']],
  ['三块五', ['money 三块五 3.5 CNY']],
  ['五美分', ['money 五美分 0.05 USD']],
  ['三毛钱', ['money 三毛钱 0.3 CNY']],
  ['3400格里夫纳', ['money 3400格里夫纳 3400 UAH']],
  ['1000万港元', ['money 1000万港元 10000000 HKD']],
  ['2000万欧元', ['money 2000万欧元 20000000 EUR']],
];

const PERCENT: Table = [
  ['35.3%', ['percent 35.3% 35.3 %']],
  ['百分之三十五点三', ['percent 百分之三十五点三 35.3 %']],
  ['百分之百', ['percent 百分之百 100 %']],
  ['千分之一', ['percent 千分之一 0.1 %']],
  ['3个百分点', ['percent 3个百分点 3 pp']],
  ['负3.9%', ['percent 负3.9% -3.9 %']],
  ['下降-5%', ['percent -5% -5 %']],
  ['3%-5%', ['percent 3%-5% 3..5 %']],
  ['增速在5%至6%之间', ['percent 5%至6% 5..6 %']],
  // after a verb of change 至 is "to": rose by 0.5% to 3.45%
  ['上涨了0.5%至3.45%', ['percent 0.5% 0.5 %', 'percent 3.45% 3.45 %']],
  ['七成', ['percent 七成 70 %']],
  ['两成', ['percent 两成 20 %']],
  ['销量增长三成', ['percent 三成 30 %']],
  ['漁獲量削減一成，遠洋船隊佔四成', ['percent 一成 10 %', 'percent 四成 40 %']],
  ['房价下跌两成', ['percent 两成 20 %']],
  ['工程完成三成员工到岗', []],
  ['产量增长一倍', ['number 一倍 2 x']],
  ['收入实现翻番', ['number 翻番 2 x']],
  ['一倍的距离', []],
  ['九折', ['percent 九折 90 %']],
  ['五五折', ['percent 五五折 55 %']],
  ['对折', ['percent 对折 50 %']],
  ['约35%', ['percent 约35% 35 % ~']],
  ['增长了10%以上', ['percent 10%以上 10 % ~ over']],
];

const ORDINALS: Table = [
  ['第二十一届', ['ordinal 第二十一 21']],
  ['第21届', ['ordinal 第21 21']],
  ['第二次', ['ordinal 第二 2']],
  ['首批', ['ordinal 首批 1']],
  ['首支救援队抵达灾区。', ['ordinal 首支 1']],
  ['首次', ['ordinal 首次 1']],
  ['首届', ['ordinal 首届 1']],
  ['夺得该项目的首枚金牌', ['ordinal 首枚 1']],
  ['影片上映首日', ['ordinal 首日 1']],
  ['新车上市首月', ['ordinal 首月 1']],
  ['首都机场', []],
  ['“十四五”', ['ordinal 十四五 14']],
  ['十四五规划', ['ordinal 十四五 14']],
  ['一是坚持，二是发挥，三是鼓励', ['ordinal 一 1', 'ordinal 二 2', 'ordinal 三 3']],
  ['第一名第二名', ['ordinal 第一 1', 'ordinal 第二 2']],
  ['第一日为圣安息日', ['ordinal 第一 1']], // not also the day 一日
  ['党的二十大以来', ['ordinal 二十 20']],
  ['十四届全国人大二次会议', ['ordinal 十四 14', 'ordinal 二 2']],
  // a phase by its Roman numeral, as a trial's phase is written
  ['该药已进入III期临床试验。', ['ordinal III 3']],
  ['Ⅱ期研究结果', ['ordinal Ⅱ 2']],
  ['十九届四中全会', ['ordinal 十九 19', 'ordinal 四 4']],
  ['连续三届冠军', ['number 三 3']],
  ['三大产业', ['number 三 3']],
  ['成立75周年', ['ordinal 75 75']],
];

const DATES: Table = [
  ['2003年', ['date 2003年 2003']],
  ['2024年1月', ['date 2024年1月 2024-01']],
  ['1月11日', ['date 1月11日 --01-11']],
  ['11日', ['date 11日 ---11']],
  ['2024年1月10日至11日', ['date 2024年1月10日至11日 2024-01-10/2024-01-11']],
  ['1月10日-11日', ['date 1月10日-11日 --01-10/--01-11']],
  ['1月10-11日', ['date 1月10-11日 --01-10/--01-11']],
  ['10至11日', ['date 10至11日 ---10/---11']],
  ['2021-2025年', ['date 2021-2025年 2021/2025']],
  ['2003年至2022年', ['date 2003年至2022年 2003/2022']],
  ['二〇二四年三月三日', ['date 二〇二四年三月三日 2024-03-03']],
  ['2024-01-11', ['date 2024-01-11 2024-01-11']],
  ['2024/1/11', ['date 2024/1/11 2024-01-11']],
  ['上午10点26分', ['date 上午10点26分 T10:26']],
  ['下午3点', ['date 下午3点 T15:00']],
  ['晚上8时30分', ['date 晚上8时30分 T20:30']],
  ['10:26', ['date 10:26 T10:26']],
  ['1月11日上午10点', ['date 1月11日上午10点 --01-11T10:00']],
  ['1月19日，下午2点34分', ['date 1月19日，下午2点34分 --01-19T14:34']],
  ['三月', ['date 三月 --03']],
  ['两千年八月十五', ['date 两千年八月十五 2000-08-15']],
  ['一月二十三', ['date 一月二十三 --01-23']],
  ['三月初一', ['date 三月初一 --03-01 lunar']],
  ['二月初一日', ['date 二月初一日 --02-01 lunar']],
  ['十日，', ['date 十日 ---10']],
  ['三六七年一月一日', ['date 三六七年一月一日 0367-01-01']],
  ['08年奥运会', ['date 08年 2008']],
  ['下午四点到晚上八点半', ['date 下午四点到晚上八点半 T16:00/T20:30']],
  ['17点55分23秒', ['date 17点55分23秒 T17:55:23']],
  ['下午5:00到6:00', ['date 下午5:00到6:00 T17:00/T18:00']],
  // a list of times opened after noon stays after noon; a time of the morning or in 24 hours stays as written
  ['每日下午2时及4时开演', ['date 下午2时 T14:00', 'date 4时 T16:00']],
  ['上午9時、11時半、下午3時及4時半各一場', ['date 上午9時 T09:00', 'date 11時半 T11:30', 'date 下午3時 T15:00', 'date 4時半 T16:30']],
  ['上午9时及11时开放', ['date 上午9时 T09:00', 'date 11时 T11:00']],
  ['16时及18时发车', ['date 16时 T16:00', 'date 18时 T18:00']],
  ['晚上8时开始入场，8时30分开演。', ['date 晚上8时 T20:00', 'date 8时30分 T20:30']],
  ['下午3时开会，明天9时出发', ['date 下午3时 T15:00', 'date 9时 T09:00']],
  // weekdays of a list by their numbers alone are no counts; a count after a weekday is one
  ['航班逢周二、四、六开行。', ['date 逢周二 -W-2']],
  // counts a week after 每周, no weekday
  ['每周一次，每周三天，每周二十小时', ['duration 三天 P3D', 'duration 二十小时 PT20H']],
  ['周二有四个航班', ['date 周二 -W-2', 'number 四 4']],
  // a height in metres and centimetres is one number of metres
  ['他以2米31夺冠。', ['number 2米31 2.31']],
  // the May Day and National Day holidays by their short names; a restaurant's service charge
  ['该片票房领跑五一档。', ['date 五一档 --05-01']],
  ['國慶黃金週出遊人數', ['date 國慶黃金週 --10-01']],
  ['十一个黄金周', ['number 十一 11']],
  ['另收加一服务费', ['percent 加一 10 %']],
  // 近 after a verb of lasting is `almost`: a length, not the years up to now
  ['战事持续近八年。', ['duration 近八年 P8Y ~']],
  // three digits after a word of a point in time are a year of the era; a length stays one
  ['唐朝亡于907年。', ['date 907年 0907']],
  ['从220年到589年', ['date 从220年到589年 0220/0589']],
  ['在100年里', ['duration 100年 P100Y']],
  ['隋朝（581年—618年）', ['date 581年—618年 0581/0618']],
  ['历时220年—300年', ['duration 220年—300年 P220Y..300']],
  // after a comma, a range of times is the days' hours, not the last day's start
  ['展期3月26日至4月3日，下午2时至9时', ['date 3月26日至4月3日 --03-26/--04-03', 'date 下午2时至9时 T14:00/T21:00']],
  // a range of dates with a verb of lasting before its connector; a range of days after a verb of change
  ['从2021年9月持续至2023年4月', ['date 从2021年9月持续至2023年4月 2021-09/2023-04']],
  ['工期增加5至8天', ['duration 5至8天 P5D..8']],
  ['工期从5天增至8天', ['duration 5天 P5D', 'duration 8天 P8D']],
  ['长2米，宽31厘米', ['number 2 2', 'number 31 31']],
  ['民國113年經濟成長', ['date 113年 2024']],
  ['中華民國112年5月20日', ['date 112年5月20日 2023-05-20']],
  ['114年7月1日起施行', ['date 114年7月1日 2025-07-01']],
  ['成立105年來', ['duration 105年 P105Y']],
  ['晚上10点至次日凌晨4点', ['date 晚上10点至次日凌晨4点 T22:00/T04:00']],
  ['晚上九点到翌日早上六点', ['date 晚上九点到翌日早上六点 T21:00/T06:00']],
  ['次日凌晨4点', ['date 凌晨4点 T04:00']],
  ['下午6點至午夜', ['date 下午6點至午夜 T18:00/T00:00']],
  ['上午10点到中午', ['date 上午10点到中午 T10:00/T12:00']],
  ['2:00pm的时候', ['date 2:00pm T14:00']],
  ['记者10时许赶到', ['date 10时许 T10:00 ~']],
  ['三点钟', ['date 三点钟 T03:00']],
  ['90年代', ['date 90年代 1990/1999']],
  ['20世纪90年代', ['date 20世纪90年代 1990/1999']],
  ['本世纪20年代', ['date 本世纪20年代 2020/2029']],
];

const DATES_2024: Table = [
  ['1月11日', ['date 1月11日 2024-01-11']],
  ['三月', ['date 三月 2024-03']],
  // relative years resolve against the reference year, as the English `this year`, `last year`
  ['今年', ['date 今年 2024']],
  ['去年', ['date 去年 2023']],
  ['1月10日-11日', ['date 1月10日-11日 2024-01-10/2024-01-11']],
];

const DURATIONS: Table = [
  ['为期2天', ['duration 2天 P2D']],
  ['两天', ['duration 两天 P2D']],
  ['20余年', ['duration 20余年 P20Y ~ over']],
  ['过去20余年里', ['duration 20余年 P20Y ~ over']],
  ['三个多月', ['duration 三个多月 P3M ~ over']],
  ['两周', ['duration 两周 P2W']],
  ['3小时', ['duration 3小时 PT3H']],
  ['半小时', ['duration 半小时 PT30M']],
  ['一个半小时', ['duration 一个半小时 PT1.5H']],
  ['两年零三个月', ['duration 两年零三个月 P2Y3M']],
  ['1小时30分钟', ['duration 1小时30分钟 PT1H30M']],
  ['半年', ['duration 半年 P6M']],
  ['三年多', ['duration 三年多 P3Y ~ over']],
  ['近20年来', ['duration 近20年 P20Y ~']],
  ['10个月', ['duration 10个月 P10M']],
  ['为期一周', ['duration 一周 P1W']],
  ['四周后', ['duration 四周 P4W']],
];

describe('zh extractors', () => {
  const tables: [string, Table][] = [
    ['numerals', NUMERALS], ['counts', COUNTS], ['ranges and multiples', RANGES_AND_MULTIPLES], ['money', MONEY],
    ['percentages', PERCENT], ['ordinals', ORDINALS], ['dates', DATES], ['durations', DURATIONS],
  ];
  for (const [name, table] of tables) {
    describe(name, () => {
      it.each(table)('%s', (input, expected) => {
        expect(facts(input)).toEqual(expected);
      });
    });
  }

  describe('dates with reference year 2024', () => {
    it.each(DATES_2024)('%s', (input, expected) => {
      expect(facts(input, { referenceYear: 2024 })).toEqual(expected);
    });
  });

  it('reads traditional text as simplified', () => {
    expect(facts('第十四屆全國人大二次會議於3月5日上午9時開幕，數百萬英鎊')).toEqual([
      'ordinal 第十四 14', 'ordinal 二 2', 'date 3月5日上午9時 --03-05T09:00', 'money 數百萬英鎊 1000000 GBP ~ over']);
  });

  it('keeps offsets into the original text, full-width and traditional forms included', () => {
    expect(facts('增长了１２．５％，達到兩千萬元')).toEqual(['percent １２．５％ 12.5 %', 'money 兩千萬元 20000000 CNY']);
  });

  it('returns candidates sorted by start and never overlapping', async () => {
    const { extract } = await import('../../../src/locales/zh/index.js');
    const text = '2024年1月10日至11日,近700人参加,为期2天,收入66亿元,增长35.3%,第二十一届,十四五规划。';
    const found = extract(text, {});
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

/**
 * Where we read Recognizers-Text's specification cases differently on purpose.
 * Each row: input, what the spec expects, what we say and why.
 */
describe('zh differences from Recognizers-Text by design', () => {
  it('a date is one fact, not its numbers (spec: 1991, 1, 16 as numbers)', () => {
    expect(facts('１９９１年１月１６日')).toEqual(['date １９９１年１月１６日 1991-01-16']);
  });
  it('个百分点 are percentage points, unit pp (spec: 6%)', () => {
    expect(facts('六个百分点')).toEqual(['percent 六个百分点 6 pp']);
  });
  it('百分之 is a percentage, not the number after it (spec NumberModel: 55.579)', () => {
    expect(facts('百分之六十二点三四八')).toEqual(['percent 百分之六十二点三四八 62.348 %']);
  });
  it('5-20% is a range (spec: only 20%)', () => {
    expect(facts('挑出含糖量在3-15%之间的饮料')).toEqual(['percent 3-15% 3..15 %']);
  });
  it('6G and 5G are technology names (spec: giga)', () => {
    expect(facts('6G技术')).toEqual([]);
  });
  it('a range of years includes its last year (spec: 1995 - 1997年 ends before 1997)', () => {
    expect(facts('1995 - 1997年的收入')).toEqual(['date 1995 - 1997年 1995/1997']);
  });
  it('a holiday on a fixed day is that day, as its English name is (spec: 元旦 = XXXX-01-01)', () => {
    expect(facts('元旦')).toEqual(['date 元旦 --01-01']);
  });
  it('a day without its month is ---29, the ISO 8601 form (spec timex: XXXX-XX-29)', () => {
    expect(facts('29日你去吃饭吗')).toEqual(['date 29日 ---29']);
  });
  it('一 before a measure word is the article "a" unless stressed (spec: 一只 = 1)', () => {
    expect(facts('一只')).toEqual([]);
    expect(facts('只有一只')).toEqual(['number 一 1']);
  });
  it('另一种 is "another kind", not the number one (spec: 一 = 1)', () => {
    expect(facts('另一种写法')).toEqual([]);
  });
});
