import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('limits a translation states either way', () => {
  it.each([
    ['The new line runs at up to 300 km/h.', '新线路最高时速300公里。'],
    ['Winds of up to 120 km/h are forecast.', '预计最大风速每小时120公里。'],
    ['Peak output reaches up to 40 kW.', '峰值功率40千瓦。'],
    // a cap named before the words of what it is measured from, a cap by another word, a range within
    ['Towers will be capped at 90 metres above the datum.', '大樓高度上限為基準面以上90米。'],
    ['Grants are capped at 800 yuan a year.', '每年补助顶限为800元。'],
    ['Members may add up to 4 percent of their pay.', '會員可在4%範圍內自願增加供款。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('a bound denied by the verb', () => {
  it('binds nothing: the other side may word the limit either way', () => {
    expect(findings('Do not take this syrup for more than 5 days.', '本糖浆连续服用不超过5天。')).toEqual([]);
    expect(findings('You must not carry more than 2 bags.', '每人携带行李不得超过2件。')).toEqual([]);
    expect(findings('Do not store the cells above 40°C.', '请勿在40°C以上存放电池。')).toEqual([]);
  });

  it('leaves a bound that is not denied as it is', () => {
    expect(findings('Take this syrup for more than 5 days.', '本糖浆连续服用不超过5天。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });

  it('reads a bare 勿 as a denial only where it opens a clause or follows the people it forbids', () => {
    expect(findings('Visitors must not bring more than 2 bags.', '访客勿携带超过2件行李。')).toEqual([]);
    // 勿洛 (Bedok) is a place: nothing is forbidden
    expect(findings('More than 300 homes in Tampines and Bedok lost power.', '淡滨尼和勿洛有不到300户住家停电。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a multiple of what is named between its bound and its value', () => {
  it.each([
    ['Exports are now nearly eight times those of 2005.', '出口额已接近2005年的八倍。'],
    ['Profit was more than three times last year\'s.', '利润超过去年的三倍。'],
    ['Output at the plant nearby is twice that of the old one.', '附近工厂的产量是旧厂的两倍。'],
    ['Readings were more than nine times the World Health Organization\'s hourly guideline of 35 micrograms.', '读数超过世界卫生组织每小时指引值35微克的9倍。'],
  ])('agrees: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('bounds written with 于', () => {
  it('are told when they run opposite ways', () => {
    expect(findings('Tuition rises by at most 4 percent.', '学费涨幅不低于4%。')).toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
    expect(findings('Tuition rises by at least 4 percent.', '学费涨幅不低于4%。')).toEqual([]);
  });
});

describe('a range of how often', () => {
  it('reads the whole range', () => {
    expect(findings('Apply the cream 2 to 3 times a day.', '每日涂抹2至3次。')).toEqual([]);
    expect(findings('Apply the cream 2 to 3 times a day.', '每日涂抹3至4次。')).not.toEqual([]);
  });
});

describe('a limit written after the value, far into its sentence', () => {
  it('is read where the window of words before reaches farther than the value\'s own text', () => {
    expect(findings('Under the policy each insured person may claim hospital benefits for no more than 180 days a year.',
      '根据该保单，每位受保人每年可申领住院津贴的天数以180天为限。')).toEqual([]);
    expect(findings('In the survey of households across the three districts, less than a quarter owned a car.',
      '在对三个区的住户所做的调查中，拥有汽车的住户4分之1都不到。')).toEqual([]);
  });
});

describe('a Chinese bound with words between it and the value', () => {
  it.each([
    ['At peak times the queue can last up to 50 minutes.', '高峰时段最长要排50分钟。'],
    ['A transfer may take up to 4 working days.', '一笔汇款最长可能需要4个工作日。'],
    ['Frozen, the dough keeps for up to 2 months.', '面团冷冻最长可保存2个月。'],
    ['The plan offers speeds of up to 300 megabits per second.', '该套餐提供最高每秒300兆比特的网速。'],
    ['Each buyer may purchase up to six tickets.', '每人限购6张门票。'],
    ['Each card may send up to 20,000 yuan a day.', '每卡每日累计不超过等值2万元人民币。'],
    ['Costs are refunded up to 60,000 yuan.', '费用在60000元限额内报销。'],
    ['The launches made up just over a fifth of the plan.', '发射次数略多于全年计划的五分之一。'],
    ['Villages above 2,000 m (about 6,600 ft) stay cold.', '海拔2000米（约6600英尺）以上的村庄气温较低。'],
    ['Depressions bring winds of 30 mph (48 km/h) or less.', '风速每小时30英里（48公里）以下的称为热带低气压。'],
    ['Plants of 5,000 kW and above reported their output.', '5000千瓦及以上电厂上报了发电量。'],
    // the top of a grant with its verb; a comparison with a noun between; limits of a share or a start
    ['Fellows are funded for up to two years.', '研究员最长资助2年。'],
    ['Buyers get a rebate of up to 1,500 yuan.', '购车者最高补贴1500元。'],
    ['The year-end bonus is up to two months\' pay.', '年终奖最高相当于2个月工资。'],
    ['The mandate covers shares not exceeding 15% of the issued shares.', '授权涉及不超過已發行股份15%的股份。'],
    ['Each member can claim up to 3 vouchers.', '每位会员限领3张代金券。'],
    ['Banquets are booked for a minimum of 12 tables.', '宴会12席起订。'],
    ['Tickets can be booked up to 5 days ahead.', '门票最早可提前5天预订。'],
    // 最早 bounds a time, not the other value of its clause
    ['The rate may be cut by 15 basis points as early as next month.', '该利率最早可能于下月下调15个基点。'],
    // the loan prime rate's name for its longest tenor
    ['The five-year loan prime rate was left at 3.6 percent.', '五年期以上LPR维持在3.6%不变。'],
    ['Refunds are capped at 300,000 yuan.', '退款不超过30万元。'],
    ['Repairs will take less than three years.', '修复工程用不了三年。'],
    ['Frost is likely above 2,500 metres.', '2,500公尺以上山区可能结霜。'],
    ['The herd fell below 8,000 head.', '畜群数量跌破8000头。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    // a bound dropped is still told
    ['At peak times the queue can last up to 50 minutes.', '高峰时段排队50分钟。', /upper bound/],
    ['Villages at 2,000 m (about 6,600 ft) stay cold.', '海拔2000米（约6600英尺）以上的村庄气温较低。', /lower bound/],
    // a bound turned round
    ['Each card may send at least 20,000 yuan a day.', '每卡每日累计不超过等值2万元人民币。', /opposite directions/],
  ])('told: %s', (en, zh, message) => {
    expect(findings(en, zh)).toEqual([expect.stringMatching(message)]);
  });

  it('reads no bound into the highest of a kind', () => {
    expect(findings('The highest fare was 45 yuan.', '最高票价为45元。')).toEqual([]);
  });

  it('reads no bound into the largest of a kind', () => {
    expect(findings('The three largest banks lent 5 billion yuan.', '最大的3家银行放贷50亿元。')).toEqual([]);
  });
});

describe('an English bound on the first value of a list', () => {
  it('bounds the values after its and', () => {
    expect(findings('You can withdraw up to 5,000 yuan per card per day and 50,000 yuan per year.', '每卡每日累计不超过5000元，每年不超过5万元。')).toEqual([]);
  });

  it('is still told when the Chinese drops it', () => {
    expect(findings('You can withdraw up to 5,000 yuan per card per day and 50,000 yuan per year.', '每卡每日累计不超过5000元，每年5万元。'))
      .toEqual([expect.stringMatching(/50,000 yuan.*upper bound/)]);
  });

  it('leaves a list without a bound as it is', () => {
    expect(findings('It costs 10 yuan per day and 50 yuan per week.', '每天10元，每周50元。')).toEqual([]);
  });
});

describe('a range told by its two bounds', () => {
  it('agrees with the range', () => {
    expect(findings('Serious cases are fined between 3,000 and 20,000 yuan.', '情节严重的，处3000元以上2万元以下的罚款。')).toEqual([]);
  });

  it('still tells an end bounded the other way', () => {
    expect(findings('Serious cases are fined between 3,000 and 20,000 yuan.', '情节严重的，处3000元以下的罚款。')).not.toEqual([]);
  });
});

describe('minimum and maximum before a value', () => {
  it('are bounds, as 最少 and 最多 are', () => {
    expect(findings('Group size: minimum 12, maximum 40 guests.', '成团人数：最少12人，最多40人。')).toEqual([]);
    expect(findings('Each class takes a maximum of 25 pupils.', '每班最多25名学生。')).toEqual([]);
  });

  it('is told when the Chinese drops it', () => {
    expect(findings('Group size: minimum 12, maximum 40 guests.', '成团人数：12人，最多40人。')).toEqual([expect.stringMatching(/lower bound/)]);
  });

  it('leaves a minimum that is no bound of the value alone', () => {
    expect(findings('The minimum wage is now 2,500 yuan.', '最低工资标准现为2500元。')).toEqual([]);
  });
});

describe('the top of a measure with a verb, before a share of a thing', () => {
  it('is an upper bound', () => {
    expect(findings('The voucher covers up to 80 per cent of the cost of a survey.', '该券最高可抵扣测量服务费用的80%。')).toEqual([]);
  });
});

describe('近 opening a Chinese value', () => {
  it('bounds it from below, against the English bound the other way', () => {
    expect(findings('More than 26,000 people crossed the border.', '近两万六千人次过境。')).toEqual([expect.stringMatching(/opposite directions/)]);
  });

  it('agrees with nearly and about', () => {
    expect(findings('Nearly 26,000 people crossed the border.', '近26000人次过境。')).toEqual([]);
    expect(findings('About 26,000 people crossed the border.', '近26000人次过境。')).toEqual([]);
  });

  it('is loose wording against a plain value', () => {
    expect(findings('26,000 people crossed the border.', '近26000人次过境。')).toEqual([]);
  });
});

describe('a length before an event', () => {
  it('is a cut-off, stated with a bound or not', () => {
    expect(findings('Tickets are refunded for cancellations up to 5 days before the show.', '演出前5天或以上取消可获全额退款。')).toEqual([]);
  });
});

describe('a figure owned by an earlier time, after a word of comparison', () => {
  it.each([
    ['The average monthly pay in the county was 4,100 yuan, down from 4,350 yuan a year earlier.', '该县月平均工资为4100元，低于去年的4350元。'],
    ['Turnout reached 62 percent, up from 57 percent in 2019.', '投票率达62%，高于2019年的57%。'],
    ['Ticket sales of 8,200 beat the same period\'s 7,600 last season.', '门票销量为8200张，超过上赛季同期的7600张。'],
  ])('is that time\'s own value, no bound: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('leaves a bound with no owner between as it is', () => {
    expect(findings('The average monthly pay in the county was 4,350 yuan.', '该县月平均工资低于4350元。'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('English ceilings and thresholds passed', () => {
  it.each([
    ['Each stay at the new car park caps at 90 minutes.', '新停车场每次停车不超过90分钟。'],
    ['There is a cap of 400 tickets per buyer.', '每位买家限购不超过400张票。'],
    ['Each firm may receive up to 50 per cent of its rent, subject to a ceiling of 2 million yuan.', '每家企业可获最多五成的租金资助，上限为200万元。'],
    ['Downloads of the app had passed 2.3 million by the end of May.', '截至5月底，该应用下载量已突破230万次。'],
    ['The fund has crossed 15,000 members.', '该基金会员人数已突破1.5万人。'],
  ])('agree with the bound the Chinese states: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('reads no bound into a count passed as a test', () => {
    expect(findings('She passed 3 exams in June.', '她在6月通过了3门考试。')).toEqual([]);
  });

  it('is told when the two sides bound the other way', () => {
    expect(findings('Downloads of the app had passed 2.3 million by the end of May.', '截至5月底，该应用下载量不到230万次。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a length that looks back from a record', () => {
  it.each([
    ['The yen traded near a seven-month low against the dollar on Monday.', '日元兑美元周一徘徊在接近七个月低位。'],
    ['Copper closed at a 14-month high.', '铜价收于近14个月高位。'],
  ])('binds nothing with the record\'s word of nearness: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('leaves a length with a bound of its own as it is', () => {
    expect(findings('The talks lasted seven months.', '谈判持续了接近七个月。'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('近 inside a word before a multiple', () => {
  it('is no bound: 近视 is short sight', () => {
    expect(findings('Pupils who read under poor light were 2.3 times as likely to need glasses.',
      '在昏暗光线下阅读的学生患近视的可能性是其他学生的2.3倍。')).toEqual([]);
  });

  it('still bounds a multiple when it stands before a number', () => {
    expect(findings('Exports are now eight times those of 2005.', '出口额已近2005年的八倍。'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('a cap set on what stands between cap and at', () => {
  it('is a ceiling, as 不超过 is', () => {
    expect(findings('The board caps daily screen lessons at 45 minutes.', '教育局规定每日屏幕课程不超过45分钟。')).toEqual([]);
  });

  it('is told against a floor', () => {
    expect(findings('The board caps daily screen lessons at 45 minutes.', '教育局规定每日屏幕课程不少于45分钟。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('comparatives of a measure', () => {
  it.each([
    ['Nights colder than 8°C are rare in the valley.', '该山谷夜间气温低于8摄氏度的情况很少见。'],
    ['Fares cheaper than $150 sold out within a day.', '低于150美元的机票一天内售罄。'],
  ])('bound a value of that measure: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('bind no count of the things compared', () => {
    expect(findings('Her time was slower than four of the other six riders.', '她的成绩比其他六名车手中的四名都慢。')).toEqual([]);
  });
});

describe('a level climbed back above', () => {
  it('is a floor, as tops is', () => {
    expect(findings('The index tops 18,500 for the first time since May.', '该指数自5月以来首次站上18500点。')).toEqual([]);
  });

  it('is a floor when reclaimed or regained, as 重上 says it, and exact when merely reached', () => {
    expect(findings('The benchmark rose 0.8%, reclaiming the 4,200-point level.', '基准指数上涨0.8%，重上4,200点关口。')).toEqual([]);
    expect(findings('The gauge regained 26,000 in late trade.', '该指数尾盘重上26000点。')).toEqual([]);
    expect(findings('The benchmark rose 0.8% to 4,200 points.', '基准指数上涨0.8%，重上4,200点关口。')).toHaveLength(1);
  });
});

describe('a value owned by the week before or by the present', () => {
  it.each([
    ['Cases rose to 312 this week from 207 the week before.', '本周病例增至312例，高於前一週的207例。'],
    ['The new bonus of NT$900 replaces the current NT$700.', '新津貼為900元，高於目前的700元。'],
    ['Its share reached 52.6 percent, well ahead of its rival\'s 18.4 percent.', '其市佔率達52.6%，遠高於對手的18.4%。'],
    ['The team scored 88, against the visitors\' 71.', '该队得到88分，高于客队的71分。'],
  ])('is no bound: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('a verb of nearing before a value', () => {
  it.each([
    ['Ticket sales near 80,000 as the final approaches.', '决赛临近，门票销量接近8万张。'],
    ['Visitor numbers neared 1.2 million last year.', '去年游客人数接近120万人次。'],
    ['Turnout is approaching 70 percent.', '投票率接近70%。'],
  ])('bounds it as nearly does: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it.each([
    ['With the won trading near 1,380 to the dollar, trips grew.', '韩元兑美元汇率在1,380韩元兑1美元附近徘徊，出游人次增加。'],
    ['The index closed near 3,100 points on Friday.', '周五指数收于3,100点附近。'],
  ])('is no verb after a verb of trading or standing, only about the value: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('is told against a bound the other way', () => {
    expect(findings('Visitor numbers neared 1.2 million last year.', '去年游客人数超过120万人次。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a value of another time that a value before it is compared with', () => {
  it.each([
    ['The average fare was 3.2 yuan, slightly lower than 3.5 yuan a year ago.', '平均票价为3.2元，略低于去年同期的3.5元。'],
    ['Output reached 88 tonnes, higher than 80 tonnes last year.', '产量达到88吨，高于去年的80吨。'],
  ])('binds neither: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('leaves a bound with no value before it as it is', () => {
    expect(findings('Sales were more than 500 units last year.', '去年销量为500台。'))
      .toEqual([expect.stringMatching(/^warning .*lower bound/)]);
  });
});

describe('a superlative and a bound of failing to reach', () => {
  it('最多的 is the most of a noun, no bound', () => {
    expect(findings('Half of the most-read stories came from the site.', '阅读量最多的报道有一半来自该网站。')).toEqual([]);
  });

  it('不满 bounds the value under it', () => {
    expect(findings('Members who have paid in for more than 10 years get the rise.', '缴费年限不满10年的会员可获上调。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
    expect(findings('Members who have paid in for under 10 years get the rise.', '缴费年限不满10年的会员可获上调。')).toEqual([]);
  });
});

describe('one value with both bounds, in clauses the translation gives in the other order', () => {
  it.each([
    ['Trips over 300 km cost 60 yuan, while trips of 300 km or less cost 30 yuan.', '300公里（含）以下行程收费30元，300公里以上行程收费60元。'],
    ['Trips over 300 km cost 60 yuan, while shorter ones cost 30 yuan.', '300公里（含）以下行程收费30元，300公里以上行程收费60元。'],
  ])('each value keeps its own bound: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('is told where the other side gives the value once, with the other bound', () => {
    expect(findings('Trips over 300 km cost 60 yuan.', '300公里以下行程收费60元。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });

  it('is told where the value again with the same bound is the translation of another clause', () => {
    expect(findings('Loans run for no more than two years, or up to two years with a guarantor.', '贷款期限不少于2年，有担保人的最多2年。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a value a suffix puts over it against a bound under it', () => {
  it.each([
    ['Surveys counted fewer than 400 wild cranes this winter.', '今冬调查记录到野生丹顶鹤400多只。'],
    ['The club has 250-plus members.', '该俱乐部会员不到250人。'],
    // a bound after the value, each side its own way
    ['Anyone who lends five or more cards to others may be fined.', '将5张以下银行卡借给他人者可被罚款。'],
  ])('is told: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });

  it.each([
    // over, about, and a plain value the suffix rounds: no bound turned round
    ['Surveys counted more than 400 wild cranes this winter.', '今冬调查记录到野生丹顶鹤400多只。'],
    ['Surveys counted about 400 wild cranes this winter.', '今冬调查记录到野生丹顶鹤400多只。'],
    ['Surveys counted 400 wild cranes this winter.', '今冬调查记录到野生丹顶鹤400余只。'],
    // `as much as` is an upper bound, as `up to` is: no suffix
    ['Prices were cut by as much as 2,000 yuan.', '降价幅度最高达2000元。'],
    ['The operator will order as many as 36 new railcars.', '该运营商将订购最多36辆新车厢。'],
  ])('agrees: %s', (en, zh) => {
    expect(findings(en, zh).filter((f) => f.includes('opposite'))).toEqual([]);
  });
});

describe('a bound after a value and its measure, with a verb of comparing before', () => {
  it('bounds the noun it opens: the verb bounds nothing', () => {
    expect(findings('By 2060, people aged 65 and over will outnumber children under 15.', '到2060年，65岁及以上人口将超过15岁以下儿童。')).toEqual([]);
  });

  it('is still told against the other bound', () => {
    expect(findings('By 2060, people aged 65 and over will outnumber children over 15.', '到2060年，65岁及以上人口将超过15岁以下儿童。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('a level crossed, on both sides', () => {
  it.each([
    ['The yuan strengthened past 6.9 per dollar.', '人民币兑美元汇率升破6.9。'],
    ['The index slid through 2,800 points.', '指数跌破2800点。'],
  ])('binds nothing either way: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('leaves a plain bound on the other side told', () => {
    expect(findings('The index rose past 2,800 points.', '指数升至2800点以下。'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });

  it('reads no level crossed in the past years', () => {
    expect(findings('Output rose by more than 8% over the past 3 years.', '过去3年产量增长不到8%。'))
      .toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });
});

describe('已过 before a value', () => {
  it('is the lower bound `more than` states', () => {
    expect(findings('More than 70 percent of the rice had been harvested by Friday.', '截至周五，全国水稻收获已过七成。')).toEqual([]);
    expect(findings('More than 70 percent of the rice had been harvested by Friday.', '截至週五，全國水稻收穫已過七成。')).toEqual([]);
  });

  it('is told against an upper bound', () => {
    expect(findings('Less than 70 percent of the rice had been harvested by Friday.', '截至周五，全国水稻收获已过七成。'))
      .toEqual([expect.stringMatching(/^warning .*opposite/)]);
  });
});

describe('a number of a name after a Latin word', () => {
  it('is no value a bound in its clause sets', () => {
    expect(findings('Harbour Motors prices its E5 below Model 3', '港湾汽车E5定价低于Model 3')).toEqual([]);
  });
  it('leaves a value after Chinese words bounded', () => {
    expect(findings('The carmaker priced its sedan at 3 million yuan on Friday.', '该车企周五将其轿车定价低于300万元。')).toHaveLength(1);
  });
});

describe('a cap changed to the value', () => {
  it('meets a cap the English states at the value', () => {
    expect(findings('The rebate will be capped at HK$42,000 per flat, down from HK$60,000.', '每個單位的回贈上限由60,000港元降至42,000港元。')).toEqual([]);
    expect(findings('The city will cap the fee at 300 yuan.', '该市将收费上限调至300元。')).toEqual([]);
  });
});

describe('a quota (名额) before its value', () => {
  it('is a cap a translation may state as up to or not', () => {
    expect(findings('Each tour takes up to 20 visitors.', '每團名額20人。')).toEqual([]);
  });
});

describe('a bound across a long phrase of what the value measures', () => {
  it('meets the Chinese bound of the same value', () => {
    expect(findings('Output rose, but stayed short of the ministry\'s original projection of 42,300 units.', '产量虽有增长，但仍低于该部早前预测的42,300台。')).toEqual([]);
  });
});
