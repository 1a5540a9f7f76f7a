import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { readValues, told, toldNames as names, toldPair } from '../helpers.js';

describe('a body named by its place and kind alone against one that adds a word of its own', () => {
  it('is told (`University of Macau` against `澳门科技大学`; `Shenzhen Technology University` against `深圳大学`)', () => {
    expect(names('The survey was run by the University of Macau.', '这项调查由澳门科技大学主持。')).toHaveLength(1);
    expect(names('The survey was run by Shenzhen Technology University.', '这项调查由深圳大学主持。')).toHaveLength(1);
    expect(names('The survey was run by the Chinese University of Hong Kong.', '这项调查由香港大学主持。')).toHaveLength(1);
  });

  it('is not told of the style of a government or a firm, a place the name opens on, or a head word of its own', () => {
    expect(names('The survey was run by the University of Macau.', '这项调查由澳门大学主持。')).toEqual([]);
    expect(names('The Beijing government said the survey would go on.', '北京市人民政府表示调查将继续。')).toEqual([]);
    expect(names('The Hong Kong SAR Government said the survey would go on.', '香港特区政府表示调查将继续。')).toEqual([]);
    expect(names('A team from Xiamen University ran the survey.', '福建厦门大学的团队主持了这项调查。')).toEqual([]);
    expect(names('A team from the University of Lyon in France ran the survey.', '法国里昂大学的团队主持了这项调查。')).toEqual([]);
  });
});

describe('a body named by its place against one CC-CEDICT names by words of its own', () => {
  it('is told (`Peking University` against `复旦大学`, Fudan University)', () => {
    expect(names('The study was led by Zhou Ming of Peking University.', '这项研究由复旦大学周明主持。')).toHaveLength(1);
  });
  it('is not told against the body itself, in any of its names', () => {
    expect(names('The study was led by Zhou Ming of Peking University.', '这项研究由北京大学周明主持。')).toEqual([]);
    expect(names('The study was led by Zhou Ming of Peking University.', '这项研究由北大周明主持。')).toEqual([]);
  });
});

describe('a romanized name of a body against a Chinese name of other sounds', () => {
  it('is told (`Lingnan University` against `香港浸會大學`), not where the sounds agree', () => {
    expect(names('"Rents will keep rising," said Dr Ada Ko, a lecturer at Lingnan University.', '香港浸會大學講師高雅文博士說：「租金將繼續上升。」')).toHaveLength(1);
    expect(names('"Rents will keep rising," said Dr Ada Ko, a lecturer at Lingnan University.', '香港嶺南大學講師高雅文博士說：「租金將繼續上升。」')).toEqual([]);
  });
});

describe('a foreign person named by the surname alone in Chinese', () => {
  it('is the person, in characters that may open on a Chinese surname (`梅洛尼`)', () => {
    expect(names('Prime Minister Giorgia Meloni opened the new rail line on Monday.', '梅洛尼总理周一为新铁路线揭幕。')).toEqual([]);
    expect(names('Prime Minister Giorgia Meloni opened the new rail line on Monday.', '德拉吉总理周一为新铁路线揭幕。')).toHaveLength(1);
    expect(names('Engineer Zhou Yiming opened the new rail line on Monday.', '工程师赵一鸣周一为新铁路线揭幕。')).toHaveLength(1);
  });
});

describe('two counts joined by 和 that trade places', () => {
  it('is told as a swap, and not where each keeps its place', () => {
    expect(toldPair('The new list adds 34 heart drugs and 12 drugs for lung disease.', '新版目录新增12种心脏病用药和34种肺病用药。', 'swapped-values')).toHaveLength(1);
    expect(toldPair('The new list adds 34 heart drugs and 12 drugs for lung disease.', '新版目录新增34种心脏病用药和12种肺病用药。')).toEqual([]);
  });
});

describe('a vague day against a day counted back', () => {
  const page = (zh: string) => `2025/03/14 Taichung\n\nFamilies now average 2.9 people, against 3.4 people three decades ago.\n\n${zh}\n`;
  it('leaves the day counted back to the one the other side counts', () => {
    expect(told(page('家庭平均人口现为2.9人，20年前为3.4人。'), 'date-mismatch')).toHaveLength(1);
    expect(told(page('家庭平均人口现为2.9人，30年前为3.4人。'), 'date-mismatch')).toEqual([]);
  });
});

describe('a bound or an age before a number and a level after it', () => {
  it('is two values, not a range (`children under six to 500 yuan`)', () => {
    expect(readValues('The grant for children under six will rise to 500 yuan.', 'en')).toEqual(['under six=6 under', '500 yuan=500']);
    expect(readValues('It will raise the grant for children under six to 500 yuan a month.', 'en').slice(0, 2)).toEqual(['under six=6 under', '500 yuan=500']);
    expect(readValues('The scheme covers children under 3 to 5 years old.', 'en')[0]).toMatch(/^under 3 to 5/);
  });
});

describe('a weekday\'s close in the possessive', () => {
  it('is a close already set, the day before the text\'s', () => {
    const page = (zh: string) => `Monday, March 10, 2025\n\nThe new shares will be priced at a 10% discount to Thursday's closing price.\n\n${zh}\n`;
    expect(told(page('新股将以较上周四收市价折让10%的价格发行。'), 'date-mismatch')).toEqual([]);
    expect(told(page('新股将以较上周三收市价折让10%的价格发行。'), 'date-mismatch')).toHaveLength(1);
  });
});

describe('a source pasted where its translation stands, cut short at its end', () => {
  it('is told once as untranslated', () => {
    const en = 'Lena Park, head of operations at the port company, said the terminal would handle 2.1 million boxes this year, up from 1.8 million last year.';
    const copy = 'Lena Park, head of operations at the port company, said the terminal would handle 2.1 million boxes this year.';
    const result = align(`${en}\n\n${copy}\n\nThe company also opened a second berth in May.\n\n公司还于5月开通了第二个泊位。\n`, { entities: false });
    const errors = result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId);
    expect(errors).toEqual(['untranslated']);
  });

  it('is not told of two paragraphs that only open alike', () => {
    const a = 'Lena Park, head of operations at the port company, said the terminal would handle 2.1 million boxes this year.';
    const b = 'Lena Park, head of operations at the port company, said the company would hire 300 more staff next year and open a training centre.';
    const result = align(`${a}\n\n帕克表示，该码头今年将处理210万个集装箱。\n\n${b}\n\n帕克表示，公司明年将增聘300名员工并开设培训中心。\n`, { entities: false });
    expect(result.findings.filter((f) => f.ruleId === 'untranslated')).toEqual([]);
  });
});

describe('messages', () => {
  it('quote a change as the text writes it (`slipped to 23.5 percent`, `上升至23.5%`)', () => {
    expect(toldPair('The firm\'s share of the market slipped to 31.5 percent from 33.2 percent.', '该公司的市场份额由33.2%上升至31.5%。', 'direction-mismatch'))
      .toEqual(['direction-mismatch EN "slipped to 31.5 percent" vs ZH "上升至31.5%": the English tells a fall, the Chinese a rise']);
  });

  it('name the day as well as the weekday where both are written and differ', () => {
    const page = 'Friday, March 7, 2025\n\nThe busiest day was Wednesday, March 5, when 61,200 people crossed.\n\n最繁忙的一天为3月6日（星期四），当日有6.12万人次过境。\n';
    expect(told(page, 'date-mismatch')).toEqual([expect.stringMatching(/: day, weekday differ$/)]);
    const weekdays = 'Friday, March 7, 2025\n\nThe vote took place last Tuesday.\n\n投票于上周三举行。\n';
    expect(told(weekdays, 'date-mismatch')).toEqual([expect.stringMatching(/: weekday differs$/)]);
  });
});
