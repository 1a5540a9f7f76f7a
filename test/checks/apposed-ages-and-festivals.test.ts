import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const allFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId !== 'unpaired-block').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
const facts = (text: string, lang: 'en' | 'zh') => align(lang === 'en' ? `${text}\n\n你好。\n` : `Hello there.\n\n${text}\n`).facts
  .filter((f) => f.lang === lang && f.kind !== 'entity').map((f) => `${f.raw} ${String(f.value)}`);
const longestWord = (text: string, from: number, to: number) => loadLexicon().longestWord?.(text, from, to) ?? 0;
const entities = (text: string, type: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === type).map((c) => text.slice(c.start, c.end));

describe('an English age between commas after a name', () => {
  it('meets a Chinese age as a count, whatever lengths in years the pair gives', () => {
    const en = 'Its chairman, Dennis Ho, 61, said about 8,000 older buses would need new batteries within four years.';
    expect(findings(en, '该会主席何德明（63岁）表示，约8000辆旧巴士将于四年内需要更换电池。', 'number-mismatch'))
      .toEqual(['error EN "61" (61) vs ZH "63" (63): differ']);
    expect(findings(en, '该会主席何德明（61岁）表示，约8000辆旧巴士将于四年内需要更换电池。', 'number-mismatch')).toEqual([]);
  });

  it('and one written N-year-old or aged N, beside a length in years', () => {
    expect(findings('The club hired a 47-year-old coach three years ago.', '俱乐部三年前聘请了一名45岁的教练。', 'number-mismatch'))
      .toEqual(['error EN "47" (47) vs ZH "45" (45): differ']);
    expect(findings('The club hired a coach aged 47 three years ago.', '俱乐部三年前聘请了一名47岁的教练。', 'number-mismatch')).toEqual([]);
  });

  it('leaves a span of life against a Chinese age as it was', () => {
    expect(findings('Women can now expect to live 86.2 years.', '女性预期寿命为88.2岁。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error .*86\.2.*88\.2/)]);
  });
});

describe('names of transliteration', () => {
  it('read Mc as Mac and an opening Ew as yu (McEwan 麦克尤恩)', () => {
    expect(findings('A new novel by the Scottish writer Alan McEwan came out.', '苏格兰作家艾伦·麦克尤恩的新小说出版了。', 'entity-mismatch')).toEqual([]);
    expect(findings('A new novel by the Scottish writer Alan McEwan came out.', '苏格兰作家艾伦·麦克唐纳的新小说出版了。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
  });

  it('open on one character outside the tables after a title', () => {
    expect(entities('法国作家妙莉叶·杜瓦尔朗读了新作。', 'person')).toEqual(['妙莉叶·杜瓦尔']);
    expect(entities('参议员伯尼·桑德斯表示', 'person')).toEqual(['伯尼·桑德斯']);
  });
});

describe('bounds and approximation', () => {
  it('reads a bound before the last or the first of a stretch', () => {
    expect(facts('Hikers must cover at least the last 80 kilometres on foot.', 'en')).toEqual(['at least the last 80 80']);
    expect(findings('Hikers must cover at least the last 80 kilometres on foot.', '徒步者须至少步行走完最后80公里。', 'number-mismatch')).toEqual([]);
  });

  it('takes 约 before what a share is of as about the share, as `nearly` may say it', () => {
    expect(findings('Loans were nearly half the level of 2019.', '贷款额约为2019年的一半。', 'number-mismatch')).toEqual([]);
    expect(findings('Loans were nearly half the level of 2019.', '贷款额为2019年的一半。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('the verb 控股 and a year before a body', () => {
  it('are no part of its name', () => {
    expect(entities('2020年控股江苏沙钢集团，次年又控股河北钢铁集团。', 'org')).toEqual(['江苏沙钢集团', '河北钢铁集团']);
    expect(entities('腾讯控股有限公司', 'org')).toEqual(['腾讯控股有限公司']);
  });
});

describe('festivals after a day', () => {
  it('are no yen (12日元宵节, 1日元旦)', () => {
    expect(facts('2月12日元宵节，庙会将持续三天。', 'zh')).toEqual(expect.arrayContaining(['2月12日 --02-12']));
    expect(facts('2月12日元宵节，庙会将持续三天。', 'zh').some((f) => f.includes('日元'))).toBe(false);
    expect(facts('门票售价1200日元。', 'zh')).toEqual(['1200日元 1200']);
  });
});

describe('halves and spans of a year without the day of the page', () => {
  it('read 上半年 without a year, as the English first half of the year', () => {
    expect(facts('今年上半年出口增长9%。', 'zh')).toEqual(['今年上半年 --01-01/--06-30', '9% 9']);
    expect(findings('Exports rose 9 percent in the first half of the year.', '今年上半年出口增长9%。', 'date-mismatch')).toEqual([]);
    expect(findings('Exports rose 9 percent in the first half of the year.', '今年下半年出口增长9%。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*month, day differ/)]);
  });

  it('read the past year as the year up to the page\'s day, as 过去一年', () => {
    const page = (en: string, zh: string) => `March 3, 2025\n\n${en}\n\n${zh}\n`;
    const dated = align(page('Rents have fallen 6 percent over the past year.', '过去一年租金下跌6%。'));
    expect(dated.facts.filter((f) => f.kind === 'date' && f.raw !== 'March 3, 2025').map((f) => `${f.raw} ${String(f.value)}`))
      .toEqual(['the past year 2024-03-03/2025-03-03', '过去一年 2024-03-03/2025-03-03']);
    expect(dated.findings.filter((f) => f.ruleId === 'date-mismatch')).toEqual([]);
    expect(allFindings('Rents fell 6 percent last year.', '去年租金下跌6%。')).toEqual([]);
  });
});

describe('the new towns of Hong Kong', () => {
  it('are places on each side, 将军澳 no title before a name', () => {
    expect(entities('新的体育馆将在將軍澳落成。', 'place')).toEqual(['將軍澳']);
    expect(entities('将军李明表示', 'person')).toEqual(['李明']);
    expect(findings('A new sports centre will open in Tin Shui Wai next spring.', '明年春天，新的體育館將在東涌落成。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*Tin Shui Wai.*東涌.*different places/)]);
    expect(findings('A new sports centre will open in Tin Shui Wai next spring.', '明年春天，新的體育館將在天水圍落成。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a Taiwan city named bare', () => {
  it('is the city the gazetteer lists with its 市 (新竹, Hsinchu)', () => {
    expect(extractEntities('雨带扫过台中、彰化及新竹山区。', 'zh', { longestWord }).map((c) => String(c.value))).toEqual(['taichung', 'changhua', 'hsinchu city']);
    expect(findings('The rain band swept across the hills of Taichung, Changhua and Yilan.', '雨带扫过台中、彰化及新竹山区。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*Yilan.*新竹.*different places/)]);
    expect(findings('The rain band swept across the hills of Taichung, Changhua and Hsinchu.', '雨带扫过台中、彰化及新竹山区。', 'entity-mismatch')).toEqual([]);
  });
});

describe('items each with its figure in brackets', () => {
  const swaps = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'swapped-values').map((f) => f.severity);
  const en = 'Walking led at 38 percent, followed by cycling at 21 percent and table tennis at 9 percent.';
  it('are clauses of their own, so two that trade figures are told', () => {
    expect(swaps(en, '步行以38%居首，其次是骑行（9%）和乒乓球（21%）。')).toEqual(['warning']);
    expect(swaps(en, '步行以38%居首，其次是骑行（21%）和乒乓球（9%）。')).toEqual([]);
  });
});

describe('a part of the year ahead of the page\'s day, told in the past', () => {
  it('is the year before\'s', () => {
    const page = (body: string) => align(`2025/02/06\n\n${body}\n\n你好。\n`).facts.filter((f) => f.kind === 'date' && f.lang === 'en' && f.raw !== '2025/02/06').map((f) => `${f.raw} ${String(f.value)}`);
    expect(page('The chain operated 412 shops at the end of the year. It plans 40 more in 2025.'))
      .toEqual(['end of the year 2024-09-01/2024-12-31', '2025 2025']);
    expect(page('The chain will operate 450 shops by the end of the year.')).toEqual(['end of the year 2025-09-01/2025-12-31']);
  });
});

describe('a scene before a name', () => {
  it('is no scene where its last character opens a time word (协会上周警告称)', () => {
    expect(entities('行业协会上周警告称，价格将上涨。', 'person')).toEqual([]);
    expect(entities('会上张明表示，价格将上涨。', 'person')).toEqual(['张明']);
  });
});

describe('the weekend', () => {
  const dated = (day: string, en: string, zh: string) => align(`${day}\n\n${en}\n\n${zh}\n`);
  it('named alone on each side is one weekend, whichever each side\'s tense placed', () => {
    const r = dated('October 14, 2024', 'The night market attracted 12,000 visitors over the weekend.', '夜市周末吸引1.2万人次。');
    expect(r.findings.filter((f) => f.ruleId === 'date-mismatch')).toEqual([]);
    const told = dated('October 14, 2024', 'The night market attracted 12,000 visitors last weekend.', '夜市下周末将吸引1.2万人次。');
    expect(told.findings.filter((f) => f.ruleId === 'date-mismatch').map((f) => f.severity)).toEqual(['error']);
  });

  it('of a weather forecast is the coming one', () => {
    const r = dated('April 5, 2025', 'Forecasters forecast highs of 31 degrees over the weekend and urged hikers to carry water.', '你好。');
    expect(r.facts.filter((f) => f.raw === 'the weekend').map((f) => String(f.value))).toEqual(['2025-04-05/2025-04-06']);
  });
});
