import { describe, expect, it } from 'vitest';
import { moneyMismatch } from '../../src/checks/money-mismatch.js';
import { brief, pairDoc, run, type SideSpec } from './helpers.js';

const creditEn = (raw = '3 billion yuan', value = 3e9, unit = 'CNY'): SideSpec => ({
  text: `66 software companies in Chengdu have been the first batch to receive credit, with a total credit of ${raw}.`,
  facts: [['66', 'number', 66], [raw, 'money', value, { unit }]],
});
const creditZh = (raw = '30亿元', value = 3e9, unit = 'CNY'): SideSpec => ({
  text: `成都市已有66家软件企业首批获得授信,授信总额达到${raw}。`,
  facts: [['66家', 'number', 66], [raw, 'money', value, { unit }]],
});

describe('money-mismatch: valid pairs stay quiet', () => {
  const valid: [string, SideSpec, SideSpec][] = [
    ['the same amount in billions and in 亿', creditEn(), creditZh()],
    ['dollars in millions against 万美元', creditEn('$4.5 million', 4.5e6, 'USD'), creditZh('450万美元', 4.5e6, 'USD')],
    ['a bare $ against Australian dollars', creditEn('$4.5 million', 4.5e6, 'USD'), creditZh('450万澳元', 4.5e6, 'AUD')],
    ['an amount the other side writes without its currency', creditEn(), {
      text: '成都市已有66家软件企业首批获得授信,授信总额达到3000000000。', facts: [['66家', 'number', 66]],
    }],
  ];
  it.each(valid)('%s', (_, en, zh) => {
    expect(run(moneyMismatch, pairDoc(en, zh)).map(brief)).toEqual([]);
  });
});

describe('money-mismatch: invalid pairs are flagged', () => {
  const invalid: [string, SideSpec, SideSpec, string[]][] = [
    ['亿 written where 十亿 was meant', creditEn(), creditZh('3亿元', 3e8),
      ['error p1: EN "3 billion yuan" (3 billion CNY) vs ZH "3亿元" (300 million CNY): 10x apart']],
    ['万 written where 亿 was meant', creditEn('635 billion yuan', 6.35e11), creditZh('6350万元', 6.35e7),
      ['error p1: EN "635 billion yuan" (635 billion CNY) vs ZH "6350万元" (63.5 million CNY): 10,000x apart']],
    ['the currency changed', creditEn('3 billion dollars', 3e9, 'USD'), creditZh(),
      ['error p1: EN "3 billion dollars" ($3 billion) vs ZH "30亿元" (3 billion CNY): currency differs']],
    ['an amount changed', creditEn(), creditZh('35亿元', 3.5e9),
      ['error p1: EN "3 billion yuan" (3 billion CNY) vs ZH "35亿元" (3.5 billion CNY): amounts differ']],
    ['an amount on one side only', creditEn(), { text: '成都市已有66家软件企业首批获得授信。', facts: [['66家', 'number', 66]] },
      ['info p1: EN "3 billion yuan" (3 billion CNY) has no counterpart in the Chinese']],
  ];
  it.each(invalid)('%s', (_, en, zh, expected) => {
    expect(run(moneyMismatch, pairDoc(en, zh)).map(brief)).toEqual(expected);
  });
});

describe('money-mismatch: 元 is not always the renminbi', () => {
  it.each([
    ['NT$ against 元 in a Taiwanese text', { text: 'The island will spend NT$320 billion on rail.', facts: [['NT$320 billion', 'money', 320e9, { unit: 'TWD' }]] as const },
      { text: '該島將投入3200億元建設鐵路。', facts: [['3200億元', 'money', 320e9, { unit: 'CNY' }]] as const }],
    ['HK$ against 元', { text: 'The fund holds HK$7 billion.', facts: [['HK$7 billion', 'money', 7e9, { unit: 'HKD' }]] as const },
      { text: '基金持有70億元。', facts: [['70億元', 'money', 7e9, { unit: 'CNY' }]] as const }],
  ])('%s', (_, en, zh) => {
    expect(run(moneyMismatch, pairDoc(en as never, zh as never))).toEqual([]);
  });
  it('a bare $ against a bare 元 in traditional characters is the local dollar', () => {
    const d = pairDoc({ text: 'The harbour works will cost $4.8 billion.', facts: [['$4.8 billion', 'money', 4.8e9, { unit: 'USD' }]] },
      { text: '海港工程將耗資48億元。', facts: [['48億元', 'money', 4.8e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d)).toEqual([]);
  });
  it('a bare $ against a bare 元 in simplified characters is a currency slip', () => {
    const d = pairDoc({ text: 'The harbour works will cost $4.8 billion.', facts: [['$4.8 billion', 'money', 4.8e9, { unit: 'USD' }]] },
      { text: '海港工程将耗资48亿元。', facts: [['48亿元', 'money', 4.8e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d).map(brief)).toEqual(['error p1: EN "$4.8 billion" ($4.8 billion) vs ZH "48亿元" (4.8 billion CNY): currency differs']);
  });
  it('a bare $ against a bare 元 on a page set in Singapore is the Singapore dollar', () => {
    const d = pairDoc({ text: 'The MRT extension in Singapore will cost $4.8 billion.', facts: [['$4.8 billion', 'money', 4.8e9, { unit: 'USD' }]] },
      { text: '地铁延长线工程将耗资48亿元。', facts: [['48亿元', 'money', 4.8e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d)).toEqual([]);
  });
  it('a bare $ against a bare 元 on a page issued in Hong Kong time is the Hong Kong dollar', () => {
    const d = pairDoc({ text: 'Offenders face a fine of $20,000. Ends/Friday, March 6, 2026 Issued at HKT 16:05',
      facts: [['$20,000', 'money', 20000, { unit: 'USD' }]] },
    { text: '违者可被罚款二万元。完 2026年3月6日（星期五）香港时间16时05分', facts: [['二万元', 'money', 20000, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d)).toEqual([]);
  });
  it('a bare $ against a bare 元 on a page that only speaks of Hong Kong is another currency', () => {
    const d = pairDoc({ text: 'The Hong Kong bridge will cost $4.8 billion.', facts: [['$4.8 billion', 'money', 4.8e9, { unit: 'USD' }]] },
      { text: '香港的大桥工程将耗资48亿元。', facts: [['48亿元', 'money', 4.8e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('a bare $ against 人民幣 in traditional characters is another currency', () => {
    const d = pairDoc({ text: 'The harbour works will cost $4.8 billion.', facts: [['$4.8 billion', 'money', 4.8e9, { unit: 'USD' }]] },
      { text: '海港工程將耗資48億元人民幣。', facts: [['48億元人民幣', 'money', 4.8e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('HK$ against 新臺幣, written with 臺, is another currency', () => {
    const d = pairDoc({ text: 'Residents pay HK$36,800 a year.', facts: [['HK$36,800', 'money', 36800, { unit: 'HKD' }]] },
      { text: '居民每年繳付新臺幣3萬6800元。', facts: [['新臺幣3萬6800元', 'money', 36800, { unit: 'TWD' }]] });
    expect(run(moneyMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('人民币 against NT$ is another currency', () => {
    const d = pairDoc({ text: 'It cost NT$5 billion.', facts: [['NT$5 billion', 'money', 5e9, { unit: 'TWD' }]] },
      { text: '耗资50亿元人民币。', facts: [['50亿元人民币', 'money', 5e9, { unit: 'CNY' }]] });
    expect(run(moneyMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
});
