import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Posted 2024-11-12') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const longestWord = (t: string, f: number, to: number) => loadLexicon().longestWord?.(t, f, to) ?? 0;
const names = (text: string) => extractEntities(text, 'zh', { longestWord }).map((c) => `${c.type} ${text.slice(c.start, c.end)}`);

describe('a bound before what a half is of, a figure with its commas between', () => {
  it('bounds the half (`不及…2,450萬個標準箱的一半`)', () => {
    expect(alarms('Throughput was less than half of the 2011 peak of 24.5 million boxes.', '吞吐量不及2011年高峰期2,450萬個標準箱的一半。', 'number-mismatch')).toEqual([]);
  });
});

describe('Wade-Giles `yen`', () => {
  it('is pinyin `yan`, one syllable of the name (`Meng-yen` 孟諺), not another', () => {
    expect(alarms('Chairman Li Meng-yen said the port would grow.', '董事長李孟諺表示，港口將會成長。', 'entity-mismatch')).toEqual([]);
    expect(alarms('Chairman Li Meng-yen said the port would grow.', '董事長李孟仁表示，港口將會成長。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Li Meng-yen" .*different persons/)]);
  });
});

describe('a name the text gives in brackets after a title', () => {
  it('is the person the English names without the title', () => {
    const text = 'Posted 2024-11-12\n\nChairman Young Liu (劉揚偉) said orders would rise.\n\n董事長劉揚偉表示，訂單將會增加。\n\nGroup chairman Young Liu spoke in Taipei.\n\n集團董事長劉揚偉在台北發言。\n';
    expect(align(text).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('two titles that overlap (`部长` and `长官` of `法务部长官`)', () => {
  it('end where the longer reach ends: the name after both', () => {
    expect(names('前法务部长官曹国表示将参选。')).toEqual(['person 曹国']);
    expect(names('外交部长王毅表示。')).toEqual(['person 王毅']);
  });
});

describe('a carmaker\'s English word (`Motor`, `Motors`, `Auto`)', () => {
  it('renders 汽车', () => {
    expect(alarms('Hyundai Motor Group said it would build a plant in the north.', '现代汽车集团表示将在北部建设一座工厂。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a scope or a sort before 大学 (`世界大学排名`, `一流大学`)', () => {
  it('names universities of it, no body', () => {
    expect(names('该校在世界大学排名中滑落至第152名。')).toEqual([]);
    expect(names('他考入一流大学。')).toEqual([]);
    expect(alarms('National Taiwan University slipped to 152nd in the world university rankings.', '台湾大学在世界大学排名中滑落至第152名。', 'entity-mismatch')).toEqual([]);
  });
});

describe('前N个月 written alone', () => {
  it('is the year\'s first months where the reference day is past them (`前10个月`, January to October)', () => {
    expect(alarms('In the first ten months of the year, sales reached 9.75 million.', '前10个月，累计销量达975万辆。', 'date-mismatch')).toEqual([]);
    expect(alarms('In the first nine months of the year, sales reached 9.75 million.', '前10个月，累计销量达975万辆。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error /)]);
  });
});

describe('`a year` after a share (`6.2 percent a year`)', () => {
  it('is a rate, no length', () => {
    expect(alarms('Spending grew by only 6.2 per cent a year over the past decade.', '过去十年人均支出年均仅增长6.2%。', 'number-mismatch')).toEqual([]);
  });

  it('is a length where it is counted back (`21,900 a year earlier`)', () => {
    expect(alarms('Visa holders rose to 28,400, up from 21,900 a year earlier.', '签证持有人增至2.84万人，两年前为2.19万人。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "a year" \(1 year\) vs ZH "两年前" .*1 year against 2 years/)]);
  });
});

describe('`the minimum of` a value', () => {
  it('names the minimum, no bound of the value (`above the legal minimum of one month`)', () => {
    expect(alarms('Reserves stood at 2.9 months of spending, above the legal minimum of one month.', '準備金約當2.9個月支出，高於法定下限的一個月。', 'number-mismatch')).toEqual([]);
  });

  it('still bounds after `a` (`a minimum of two years`)', () => {
    const facts = align('They must serve a minimum of two years.\n').facts.map((f) => `${f.raw} ${f.bound ?? ''}`);
    expect(facts).toEqual(['two years over']);
  });
});

describe('a Chinese multiple after 成长 (`成長了兩倍`)', () => {
  it('may count the growth, as after 增长', () => {
    expect(alarms('Revenue from AI chips had tripled by the end of the year.', 'AI晶片營收到年底已成長了兩倍。', 'number-mismatch')).toEqual([]);
  });
});

describe('a body keyed by a country the key names twice (`韩国交易所`)', () => {
  it('holds the country once', () => {
    expect(alarms('Shares rose 2 percent on the Korea Exchange.', '韩国交易所股价上涨2%。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a chip\'s node `and more advanced`', () => {
  it('is the node and finer ones, as `及以下` is', () => {
    expect(alarms('Capacity for 7-nanometer and more advanced processes will rise 20 percent.', '7纳米及以下的先进制程产能将增加20%。', 'number-mismatch')).toEqual([]);
  });

  it('is no bound after a count of people (`20 beginners and more advanced players`)', () => {
    const facts = align('The club has 20 beginners and more advanced players.\n').facts.map((f) => `${f.raw} ${f.bound ?? ''}`);
    expect(facts).toEqual(['20 ']);
  });
});

describe('a cap the Chinese sets with 訂為, a capacity with 可应对', () => {
  it('is a limit that the English bound agrees with', () => {
    expect(alarms('The loan-to-value ratio would be capped at 70 percent.', '貸款成數上限將訂為七成。', 'number-mismatch')).toEqual([]);
    expect(alarms('Drains were rebuilt to handle storms of up to 100 mm an hour.', '排水系统改造后可应对每小时100毫米的暴雨。', 'number-mismatch')).toEqual([]);
  });

  it('still tells another value', () => {
    expect(alarms('Drains were rebuilt to handle storms of up to 100 mm an hour.', '排水系统改造后可应对每小时80毫米的暴雨。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "up to 100" .* vs ZH "80" .*differ/)]);
  });
});

describe('a year after `for`, its clause ending on it (`a record profit for 2023, up 135%`)', () => {
  it('is the year, which the Chinese year meets', () => {
    expect(alarms('The airline reported a record net profit of NT$23.6 billion for 2023, up 135% from the previous year.', '該航空公司2023年稅後淨利達新台幣236億元，年增135%。', 'date-mismatch')).toEqual([]);
  });

  it('is a count where a noun follows (`for 2023 tickets`)', () => {
    const facts = align('They paid for 2023 tickets.\n').facts.map((f) => `${f.kind} ${f.raw}`);
    expect(facts).toEqual(['number 2023']);
  });
});
