import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const swaps = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === 'swapped-values').map((f) => `${f.severity} ${f.message}`);

describe('swapped-values: two names that trade their values in the translation', () => {
  it.each([
    ['Hangzhou attracted 1.8 million visitors over the holiday and Suzhou 1.2 million.',
      '假期杭州接待游客120万人次，苏州接待180万人次。',
      'EN "Hangzhou" 1.8 million, "Suzhou" 1.2 million vs ZH "杭州" 120万, "苏州" 180万: the two names trade their values'],
    ['Japan won 12 gold medals and South Korea 9.', '日本获得9枚金牌，韩国获得12枚。',
      'EN "Japan" 12, "South Korea" 9 vs ZH "日本" 9, "韩国" 12: the two names trade their values'],
    ['Chengdu logged 41 rainy days in spring; Kunming logged 17.', '春季成都共有17个雨天；昆明有41个。',
      'EN "Chengdu" 41, "Kunming" 17 vs ZH "成都" 17, "昆明" 41: the two names trade their values'],
    // A value before its name on one side, after it on the other.
    ['There were 120 cases in Beijing and 85 in Shanghai.', '北京85例，上海120例。',
      'EN "Beijing" 120, "Shanghai" 85 vs ZH "北京" 85, "上海" 120: the two names trade their values'],
    // Names side by side (a district and its city) are one: the one nearest the value of those both sides name.
    ['Rainfall reached 412 mm in Pudong New Area, Shanghai, and 388 mm in Hangzhou.', '上海市浦东新区雨量达388毫米，杭州则为412毫米。',
      'EN "Shanghai" 412, "Hangzhou" 388 vs ZH "上海市" 388, "杭州" 412: the two names trade their values'],
    // Each kind of value apart: the ages stay, the prison terms trade places.
    ['Wang Jianguo, 41, was jailed for 9 years, and Zhao Ming, 35, for 4 years.', '41岁的王建国被判入狱4年，35岁的赵明被判入狱9年。',
      'EN "Wang Jianguo" 9 years, "Zhao Ming" 4 years vs ZH "王建国" 4年, "赵明" 9年: the two names trade their values'],
    // A person among names side by side holds the value, not the country beside it.
    ['Carlos Mendes, a Brazilian, was fined 80,000 yuan, while Liu Fang, 28, was fined 20,000 yuan.', '巴西籍男子卡洛斯·门德斯被处罚金2万元，28岁的刘芳被处罚金8万元。',
      'EN "Carlos Mendes" 80,000 yuan, "Liu Fang" 20,000 yuan vs ZH "卡洛斯·门德斯" 2万元, "刘芳" 8万元: the two names trade their values'],
  ])('%s', (en, zh, message) => {
    expect(swaps(en, zh)).toEqual([`warning ${message}`]);
  });

  it('reads as many values after each name, position by position', () => {
    expect(swaps('Thailand finished fourth with 31 golds and 140 medals in all, while Vietnam came fifth with 25 golds and 136 medals.',
      '泰国以25枚金牌、共140枚奖牌位列第四，越南以31枚金牌、共136枚奖牌位列第五。')).toEqual([
      'warning EN "Thailand" 31, "Vietnam" 25 vs ZH "泰国" 25, "越南" 31: the two names trade their values',
    ]);
    expect(swaps('Thailand finished fourth with 31 golds and 140 medals in all, while Vietnam came fifth with 25 golds and 136 medals.',
      '泰国以31枚金牌、共140枚奖牌位列第四，越南以25枚金牌、共136枚奖牌位列第五。')).toEqual([]);
    // A score is the match's, no value a name holds.
    expect(swaps('Qingdao beat Guangdong 98-91 in Dongguan to lead the series 2-1.',
      '青岛队在东莞以98比91击败广东队，总比分2比1领先。')).toEqual([]);
    // Names that hold unlike numbers of values hold none: the run is not read by position; the
    // clauses that give the two values, each with its name, are weighed by their words.
    expect(swaps('Thailand won 31 golds and 140 medals, while Vietnam won 25.',
      '泰国获得25枚金牌和140枚奖牌，越南获得31枚。')).toEqual([
      'warning EN "31", "25" vs ZH "25", "31": the two values trade places between clauses that say the same',
    ]);
  });

  it('reads a name and its value in sentences of their own', () => {
    expect(swaps('Most of the cranes winter in Jiangxi, which counted 4,120 of them. Hunan counted 960.',
      '大部分鹤在江西越冬，共记录到960只。湖南记录到4120只。')).toEqual([
      'warning EN "Jiangxi" 4,120, "Hunan" 960 vs ZH "江西" 960, "湖南" 4120: the two names trade their values',
    ]);
    expect(swaps('Most of the cranes winter in Jiangxi, which counted 4,120 of them. Hunan counted 960.',
      '大部分鹤在江西越冬，共记录到4120只。湖南记录到960只。')).toEqual([]);
  });

  it('reads each sentence on its own: a second sentence that names again holds nothing', () => {
    expect(swaps('Japan won 12 golds and South Korea 9. Japan also won 30 medals in all and South Korea 12.',
      '日本获得9枚金牌，韩国获得12枚。日本共获得30枚奖牌，韩国12枚。')).toEqual([
      'warning EN "Japan" 12, "South Korea" 9 vs ZH "日本" 9, "韩国" 12: the two names trade their values',
    ]);
  });

  it('points at the four values', () => {
    const result = align('Japan won 12 gold medals and South Korea 9.\n\n日本获得9枚金牌，韩国获得12枚。\n');
    const finding = result.findings.find((f) => f.ruleId === 'swapped-values')!;
    const raw = (id: string) => result.facts.find((f) => f.id === id)!.raw;
    expect(finding.en.map(raw)).toEqual(['12', '9']);
    expect(finding.zh.map(raw)).toEqual(['9', '12']);
    expect(finding.locations?.en).toMatchObject({ line: 1, column: 11 });
  });

  it.each([
    // Each name keeps its value.
    ['Japan won 12 gold medals and South Korea 9.', '日本获得12枚金牌，韩国获得9枚。'],
    // Both names hold the same value.
    ['Beijing reported 120 cases and Shanghai 120.', '北京报告120例，上海报告120例。'],
    // Names first, values after: either value may be either name's.
    ['Beijing and Shanghai reported 120 and 85 cases respectively.', '北京和上海分别报告85例和120例。'],
    // A value before its name, each kept.
    ['There were 120 cases in Beijing and 85 in Shanghai.', '北京120例，上海85例。'],
    // The values differ: the value rules tell it, not this one.
    ['Japan won 12 gold medals and South Korea 9.', '日本获得11枚金牌，韩国获得9枚。'],
    // A count against a share of the same number is no swap.
    ['Japan won 12 gold medals and South Korea 9.', '日本获得9%的金牌，韩国获得12%。'],
    // A value first belongs to a name after it in its own clause: the growth is no country's.
    ['Two-way trade rose 4.6% from a year earlier, and Peru buys about 28% of Bolivia\'s exports.', '双边贸易同比增长4.6%，玻利维亚约28%的出口销往秘鲁。'],
  ])('no finding: %s', (en, zh) => {
    expect(swaps(en, zh)).toEqual([]);
  });

  it.each([
    ['A window seat costs NT$2,480, while an aisle seat costs NT$2,150.', '靠窗座位票价为2,150元，靠走道座位为2,480元。',
      'EN "NT$2,480", "NT$2,150" vs ZH "2,150元", "2,480元": the two values trade places between clauses that say the same'],
    ['Turnout reached 71.4% in rural districts and 58.9% in urban districts.', '農村選區投票率為58.9%，市區選區為71.4%。',
      'EN "71.4%", "58.9%" vs ZH "58.9%", "71.4%": the two values trade places between clauses that say the same'],
    // Clauses that share most of their words, told apart by the words they do not share.
    ['Exports of services grew by 9.1%, of which exports of freight services increased by 12.4% and exports of travel services rose by 5.3%.',
      '服务出口增长9.1%，其中货运服务出口增长5.3%，旅游服务出口增长12.4%。',
      'EN "12.4%", "5.3%" vs ZH "5.3%", "12.4%": the two values trade places between clauses that say the same'],
  ])('without names, clauses that say the same: %s', (en, zh, message) => {
    expect(swaps(en, zh)).toEqual([`warning ${message}`]);
  });

  it.each([
    // The clauses keep their values.
    ['A window seat costs NT$2,480, while an aisle seat costs NT$2,150.', '靠窗座位票价为2,480元，靠走道座位为2,150元。'],
    // The translation gives the clauses in the other order, each with its own value.
    ['A window seat costs NT$2,480, while an aisle seat costs NT$2,150.', '靠走道座位票价为2,150元，靠窗座位为2,480元。'],
    // Two clauses that share their words and differ in a verb of one sense.
    ['Exports decreased by 6.2%, as exports of machinery fell by 11.5%.', '出口下降6.2%，其中機械出口減少11.5%。'],
    ['Spending decreased by 8.3%, as spending on private housing fell by 17.2%.', '支出下跌8.3%，其中私人住宅支出減少17.2%。'],
    ['Exports of services grew by 9.1%, of which exports of freight services increased by 12.4% and exports of travel services rose by 5.3%.',
      '服务出口增长9.1%，其中货运服务出口增长12.4%，旅游服务出口增长5.3%。'],
    // A count and a share of one change are no two values of one kind.
    ['Sales rose by 268 units, or 16.8 percent, from a year earlier.', '与一年前相比，销量增长16.8%，增加了268台。'],
    // A value restated in other terms (a total and its share per share) is no second clause.
    ['Profit attributable to shareholders was HK$6.2 billion, or HK$1.24 per share.', '股東應佔溢利為62億港元，每股盈利1.24港元。'],
  ])('no finding without names: %s', (en, zh) => {
    expect(swaps(en, zh)).toEqual([]);
  });

  it('reads a list of thousands of amounts in linear time', () => {
    const time = (n: number): number => {
      const en = Array.from({ length: n }, (_, k) => `item ${k + 1} costs $${k + 10}`).join(', ');
      const zh = Array.from({ length: n }, (_, k) => `第${k + 1}项${k + 10}美元`).join('，');
      const started = performance.now();
      align(`${en}.\n\n${zh}。\n`, { sentences: false, entities: false });
      return performance.now() - started;
    };
    time(300);
    const small = Math.min(time(1000), time(1000));
    const large = Math.min(time(2000), time(2000));
    expect(large / small).toBeLessThan(3);
  });

  it('reads a long pair in linear time', () => {
    const sentence = (k: number) => `Japan won ${k + 10} medals and South Korea ${k + 5}. `;
    const time = (n: number): number => {
      const en = Array.from({ length: n }, (_, k) => sentence(k)).join('');
      const zh = Array.from({ length: n }, (_, k) => `日本获得${k + 10}枚奖牌，韩国获得${k + 5}枚。`).join('');
      const started = performance.now();
      align(`${en}\n\n${zh}\n`, { sentences: false });
      return performance.now() - started;
    };
    time(200);
    const small = Math.min(time(400), time(400));
    const large = Math.min(time(800), time(800));
    expect(large / small).toBeLessThan(3);
  });
});

describe('swapped-values: names after the values, holding none', () => {
  const en = 'Of the new cases, 312 were in Taoyuan City and 45 in Hsinchu County, while the rest were in Miaoli County and Yilan County.';

  it('leave the names before them their values', () => {
    expect(swaps(en, '新增病例中，桃園市45例、新竹縣312例，其餘分布於苗栗縣及宜蘭縣。')).toEqual([
      expect.stringMatching(/^warning .*"Taoyuan City" 312, "Hsinchu County" 45 vs ZH "桃園市" 45, "新竹縣" 312: the two names trade their values$/),
    ]);
  });

  it('find nothing where each name keeps its value', () => {
    expect(swaps(en, '新增病例中，桃園市312例、新竹縣45例，其餘分布於苗栗縣及宜蘭縣。')).toEqual([]);
  });
});

describe('swapped-values: a Chinese clause that sets the topic first', () => {
  const en = 'About 15 percent of respondents planning to study in Japan said they had been offered a scholarship, compared with only 6 percent of those heading to Britain.';
  it('joins the clause of the value after it, so clauses in one order are not read as crossed', () => {
    expect(swaps(en, '在计划赴日本留学的受访者中，约15%表示已获得奖学金，而计划赴英留学的受访者中这一比例仅为6%。')).toEqual([]);
  });

  it('still tells the values traded', () => {
    expect(swaps(en, '在计划赴日本留学的受访者中，约6%表示已获得奖学金，而计划赴英留学的受访者中这一比例仅为15%。')).toEqual([expect.stringMatching(/^warning /)]);
  });
});

describe('swapped-values: a value restated in brackets in another currency', () => {
  const en = 'Fudan University led with a budget of 18 billion yuan (US$2.5 billion). It was followed by Nanjing University at 12.6 billion yuan and Wuhan University at 11.9 billion yuan.';
  it('holds no value of its own, so the names after still hold theirs', () => {
    expect(swaps(en, '复旦大学以180亿元（合25亿美元）的预算位居榜首，其次是南京大学（119亿元）和武汉大学（126亿元）。'))
      .toEqual([expect.stringMatching(/^warning .*the two names trade their values/)]);
    expect(swaps(en, '复旦大学以180亿元（合25亿美元）的预算位居榜首，其次是南京大学（126亿元）和武汉大学（119亿元）。')).toEqual([]);
  });
});

describe('swapped-values: a clause of a change alone, and a rate of one to many', () => {
  const en = 'In the first half the airport handled 38.2 million passengers, up 6.4 percent year-on-year, and 1.9 million tonnes of freight, up 11.7 percent.';
  it('reads a change alone as of what the clause before it names', () => {
    expect(swaps(en, '上半年，机场完成旅客吞吐量3820万人次，同比增长11.7%；完成货邮吞吐量190万吨，同比增长6.4%。'))
      .toEqual([expect.stringMatching(/^warning .*trade places between clauses/)]);
    expect(swaps(en, '上半年，机场完成旅客吞吐量3820万人次，同比增长6.4%；完成货邮吞吐量190万吨，同比增长11.7%。')).toEqual([]);
  });

  const ratio = 'The new rules set one teacher for every 15 pupils in kindergartens, and one for every 25 in primary schools.';
  it('takes `one` of a rate for no value of the clause', () => {
    expect(swaps(ratio, '新规定幼儿园每名教师照看25名幼儿，小学则为15名。')).toEqual([expect.stringMatching(/^warning /)]);
    expect(swaps(ratio, '新规定幼儿园每名教师照看15名幼儿，小学则为25名。')).toEqual([]);
  });
});

describe('swapped-values: the period of a change and adjectives of a number', () => {
  it('weighs no clause by the period its change is measured over (month-on-month against 1月份)', () => {
    expect(swaps('Prices fell 0.3 percent month-on-month, compared with a 0.5 percent drop in January.', '环比下降0.3%，1月份为下降0.5%。')).toEqual([]);
  });

  it('cuts no clause at a comma between two adjectives of a number', () => {
    expect(swaps('The cut would lower the monthly payment on a 2-million-yuan, 25-year loan by about 97 yuan.', '以200万元、25年期的贷款计算，此次下调将使月供减少约97元。')).toEqual([]);
  });
});

describe('swapped-values: a topic both sides open the sentence with', () => {
  const en = 'China Huaxia Dairy, the Hong Kong-listed dairy group, reported on Wednesday a net profit of RMB 1.12 billion for the first half of 2025, up 5.1 percent from a year earlier, on revenue of RMB 20.6 billion.';
  it('weighs neither side by it where the translation gives the values in the other order', () => {
    expect(swaps(en, '在香港上市的中国华夏乳业周三公布，2025年上半年实现收入206亿元人民币，净利润11.2亿元人民币，同比增长5.1%。')).toEqual([]);
  });

  it('still tells two values that trade places under it', () => {
    expect(swaps(en, '在香港上市的中国华夏乳业周三公布，2025年上半年实现净利润206亿元人民币，同比增长5.1%，收入11.2亿元人民币。'))
      .toEqual([expect.stringMatching(/^warning .*trade places between clauses/)]);
  });
});

describe('swapped-values: a value measured in a unit and one that is not', () => {
  it('are two kinds, whatever order the clauses take', () => {
    expect(swaps('Among the veterans is Lin Ya-ting, 31, who returns from retirement to compete in the women\'s 64-kilogram weightlifting. Lin won gold in 2018 and 2023.',
      '老將林雅婷將參加女子舉重64公斤級，31歲的她復出參賽。林雅婷曾在2018年及2023年奪得金牌。')).toEqual([]);
  });
});

describe('swapped-values: a list translated in its order', () => {
  const en = 'No party won a majority: the Liberal Party won 46 seats, the Democratic Progressive Party 43, the Green Party seven and independents five.';
  it('finds nothing where the values keep their order, whatever the words of the labels weigh', () => {
    expect(swaps(en, '沒有政黨取得過半數：自由黨取得46席，民進黨43席，綠黨7席，無黨籍5席。')).toEqual([]);
  });

  it('still tells two values that trade places in the list', () => {
    expect(swaps('Tickets for adults cost 120 yuan, while tickets for children cost 60 yuan.', '成人票价为60元，儿童票价为120元。')).toEqual([expect.stringMatching(/^warning /)]);
  });
});

describe('swapped-values: people named by their surname alone', () => {
  it('tell two ages traded between a Hong Kong spelling and the surname after 姓', () => {
    const en = 'Police arrested a 42-year-old man surnamed Wong and a 29-year-old man surnamed Lee.';
    expect(swaps(en, '警方拘捕一名29歲姓黃男子及一名42歲姓李男子。')).toHaveLength(1);
    expect(swaps(en, '警方拘捕一名42歲姓黃男子及一名29歲姓李男子。')).toEqual([]);
  });
});

describe('swapped-values: lengths in years against ages in Chinese', () => {
  const en = 'Average life expectancy in the city rose to 83.2 years for women and 78.9 years for men in 2025.';
  it('tells two spans of life that trade places, 岁 counting years', () => {
    expect(swaps(en, '2025年，该市女性平均预期寿命升至78.9岁，男性为83.2岁。')).toEqual([
      'warning EN "83.2 years", "78.9 years" vs ZH "78.9", "83.2": the two values trade places between clauses that say the same',
    ]);
  });
  it('finds nothing where each keeps its own', () => {
    expect(swaps(en, '2025年，该市女性平均预期寿命升至83.2岁，男性为78.9岁。')).toEqual([]);
    expect(swaps(en, '2025年，该市女性平均预期寿命升至83.2周岁，男性为78.9周岁。')).toEqual([]);
  });
});
