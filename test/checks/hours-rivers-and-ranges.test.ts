import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string, lang: 'en' | 'zh') => align(lang === 'en' ? `${text}\n\n你好。\n` : `Hello there.\n\n${text}\n`).facts
  .filter((f) => f.lang === lang).map((f) => `${f.raw} ${String(f.value)}`);

describe('a formal Chinese hour', () => {
  it('is on the hour, so minutes the English gives differ', () => {
    expect(findings('The museum closes at 5.30pm on Sundays.', '博物馆周日下午5时闭馆。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*minute differs/)]);
    expect(findings('The museum closes at 5pm on Sundays.', '博物馆周日下午5时闭馆。', 'date-mismatch')).toEqual([]);
  });

  it('leaves an English hour without minutes and a Chinese hour of about as they were', () => {
    expect(findings('The fire broke out at 5pm.', '火警于下午5时12分发生。', 'date-mismatch')).toEqual([]);
    expect(findings('The fire broke out at 5.20pm.', '火警于下午5时许发生。', 'date-mismatch')).toEqual([]);
  });
});

describe('ranges of months and shares', () => {
  it('reads a range of months into the next year, which its gap names', () => {
    expect(facts('去年11月至今年3月降雪偏少。', 'zh')).toEqual(['11月至今年3月 --11/--03']);
    expect(findings('Snowfall from November to March was light.', '去年11月至今年3月降雪偏少。', 'date-mismatch')).toEqual([]);
  });

  it('keeps 至今 as until now before anything but a year\'s word', () => {
    expect(facts('2019年至今，共发生两次。', 'zh')[0]).toMatch(/^2019年至今 /);
  });

  it('reads a range of shares in 成 after a verb of change', () => {
    expect(findings('Tea houses cut prices by 10 to 30 per cent.', '茶楼将价格下调一至三成。', 'number-mismatch')).toEqual([]);
    expect(findings('Tea houses cut prices by 10 to 30 per cent.', '茶楼将价格下调三成。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/range against a single value/)]);
  });
});

describe('bounds of passing and of extent', () => {
  it('reads a modal and pass as a bound, as has passed reads', () => {
    const zh = '预计到2027年该比例将超过四分之三。';
    expect(findings('The share is expected to pass three-quarters by 2027.', zh, 'number-mismatch')).toEqual([]);
    expect(findings('The share is expected to be three-quarters by 2027.', zh, 'number-mismatch')).toEqual([expect.stringMatching(/lower bound/)]);
  });

  it('reads no bound in what a place spreads over', () => {
    expect(findings('The new store is spread over three floors.', '新店共分三层。', 'number-mismatch')).toEqual([]);
    expect(findings('The new store has over three floors.', '新店共分三层。', 'number-mismatch')).toEqual([expect.stringMatching(/lower bound|bound/)]);
  });
});

describe('places beside counties and districts', () => {
  it('reads a state before its county', () => {
    expect(facts('内华达州克拉克县的农民无法再从科罗拉多河取水。', 'zh').filter((f) => f.includes('nevada'))).toEqual(['内华达州 nevada']);
    expect(findings('Farmers in Clark County, Nevada, can no longer draw water from the Colorado River.',
      '内华达州克拉克县的农民无法再从科罗拉多河取水。', 'entity-mismatch')).toEqual([]);
  });

  it('weighs a city against the city of a district the English names with it', () => {
    const en = 'The firm grew up in an incubator in Chengdu\'s Wuhou district.';
    expect(findings(en, '该公司在苏州的一家孵化器起步。', 'entity-mismatch')).toEqual([expect.stringMatching(/^error .*Chengdu.*苏州.*different places/)]);
    expect(findings(en, '该公司在成都的一家孵化器起步。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a foreign name whose given names a hyphen joins', () => {
  it('is read whole', () => {
    expect(facts('作家让-保罗·萨特说。', 'zh').filter((f) => f.includes('·'))).toEqual([expect.stringMatching(/^让-保罗·萨特 /)]);
    expect(facts('2024-2025年度预算', 'zh').filter((f) => f.includes('-') && !/\d/.test(f))).toEqual([]);
  });
});

describe('a speaker the English names by surname alone', () => {
  const page = (quote: string, zh: string) => align('Founder Chang Wei-lun said the studio raised NT$600 million.\n\n'
    + '创办人张伟伦表示，工作室筹得6亿新台币。\n\n'
    + `${quote}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info').map((f) => f.message);

  it('is the person named in full on the page, against another Chinese name', () => {
    expect(page('"We hire slowly," said Chang.', '林雅婷说："我们招人很慢。"')).toEqual([expect.stringMatching(/^EN "Chang" vs ZH "林雅婷".*different persons/)]);
    expect(page('Chang said the team would double.', '林雅婷说，团队将扩大一倍。')).toEqual([expect.stringMatching(/^EN "Chang" vs ZH "林雅婷"/)]);
  });

  it('agrees with the same surname, and a pronoun is no surname', () => {
    expect(page('"We hire slowly," said Chang.', '张伟伦说："我们招人很慢。"')).toEqual([]);
    expect(align('Deputy He Lifeng spoke first.\n\n副总理何立峰首先发言。\n\nHe said the plan would go ahead.\n\n林雅婷说，计划将继续推进。\n')
      .findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('a place and a body of it', () => {
  it('takes the European Union for Europe, as a translation names it', () => {
    expect(findings('The scanner won CE marking in Europe in May 2023.', '该扫描仪于2023年5月获得欧盟CE认证。', 'entity-mismatch')).toEqual([]);
    expect(findings('The scanner won approval in Japan in May 2023.', '该扫描仪于2023年5月获得欧盟批准。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*Japan.*different places/)]);
  });

  it('takes a country named in the possessive before its body as the body\'s owner', () => {
    expect(findings('The drug follows approval by Japan\'s Pharmaceuticals and Medical Devices Agency in March.',
      '该药此前已于3月获得药品医疗器械管理局批准。', 'entity-mismatch')).toEqual([]);
  });
});

describe('levels, weekdays, Japanese names and amounts before a length', () => {
  it('reads a level of the things counted before 以上 as no bound on their count', () => {
    expect(findings('Air quality was good on 88 percent of days in the region\'s 14 cities.', '全区14个地级以上城市空气质量优良天数比例为88%。', 'number-mismatch')).toEqual([]);
    expect(findings('A magnitude 5 quake hit the area.', '该地区发生5级以上地震。', 'number-mismatch')).toEqual([expect.stringMatching(/lower bound/)]);
  });

  it('takes one weekday named on each side, no week named on both, for one day', () => {
    const page = (en: string, zh: string) => align(`HARBOUR CITY, Monday, March 2, 2026\n\n海港市2026年3月2日（星期一）\n\n${en}\n\n${zh}\n`).findings
      .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => f.message);
    expect(page('Tickets go on sale on Thursday at noon.', '门票将于星期四中午12时开售。')).toEqual([]);
    expect(page('Tickets went on sale next Thursday.', '门票已于上周四开售。')).toEqual([expect.stringMatching(/differ/)]);
    expect(page('Tickets go on sale on Thursday at noon.', '门票将于星期五中午12时开售。')).toEqual([expect.stringMatching(/weekday differs|day differs/)]);
  });

  it('reads four characters between a title and a verb of speech as one name, a Japanese one weighed by no pinyin', () => {
    expect(facts('社长松本由美表示，利润将增加。', 'zh').filter((f) => f.startsWith('松本'))).toEqual([expect.stringMatching(/^松本由美 /)]);
    expect(findings('President Yumi Matsumoto said profit would rise.', '社长松本由美表示，利润将增加。', 'entity-mismatch')).toEqual([]);
    expect(findings('Chairman Ouyang Weiming said profit would rise.', '董事长欧阳伟华表示，利润将增加。', 'entity-mismatch')).toEqual([expect.stringMatching(/different persons/)]);
  });

  it('reads an amount in millions and a length in words after it apart', () => {
    expect(facts('The studio spent NT$60 million and two and a half years on the game.', 'en').filter((f) => /million|years/.test(f)))
      .toEqual([expect.stringMatching(/^NT\$60 million /), expect.stringMatching(/^two and a half years /)]);
  });
});
