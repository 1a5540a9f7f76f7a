import { describe, expect, it } from 'vitest';
import { align, split } from '../../src/index.js';
import { isPipedLabels } from '../../src/pipeline/dateline.js';

const kinds = (text: string) => split(text).map((b) => `${b.lang} ${b.kind ?? '-'} ${b.text}`);

describe('word-list entries with a note after their Chinese', () => {
  it.each([
    'ballot box 票箱 (piu3 soeng1)',
    'landslide 山泥傾瀉 (saan1 nai4 king1 se3)',
    'yield curve 收益率曲线（利率）',
    // a name in capitals, digits in the headword or before the Chinese, a note on its use, a long note
    'Mid-Autumn Festival 中秋节 (the fifteenth day of the eighth lunar month)',
    'post-00s 00后 (people born in 2000 or later)',
    'sign up (for a course) 报名 (to put your name down for an activity or a class)',
  ])('%s is a word-list entry', (line) => {
    const text = `Vocabulary 詞彙\n${line}\npolling day 投票日\n`;
    expect(split(text).find((b) => b.text === line)?.kind).toBe('vocabulary');
  });

  it('leaves a headline with a name in brackets to the text', () => {
    expect(kinds('油價上升（布蘭特原油）拖累股市下跌\n').some((k) => k.includes('vocabulary'))).toBe(false);
    expect(kinds('Harbour ferries will run every 15 minutes over the long weekend 渡輪周末加密班次 (from Friday)\n').some((k) => k.includes('vocabulary'))).toBe(false);
  });
});

describe('a label in both languages opening a line with both languages', () => {
  it('is cut between the English and the Chinese, the quoted terms in the English', () => {
    const text = 'Note 注意: "interest" and "rate" are two words here. 「利息」與「利率」在此是兩個詞。\n';
    expect(kinds(text)).toEqual([
      'en - Note 注意: "interest" and "rate" are two words here.',
      'zh - 「利息」與「利率」在此是兩個詞。',
    ]);
  });
});

describe('a page\'s information line with bars between its items', () => {
  it('is no partner for the first paragraph of the other language', () => {
    const text = [
      'Clinics extend weekend hours',
      '診所延長周末服務時間',
      'Press release 新聞稿 | Health Bureau 衞生局 | May 6, 2025 (Tuesday) 2025年5月6日（星期二）',
      '',
      'The Health Bureau said today (May 6) that 12 clinics will open on Sundays from June 1.',
      '',
      'The move is expected to serve about 3,000 more patients a week.',
      '',
      '衞生局今日（五月六日）表示，12間診所將由六月一日起於星期日開放。',
      '',
      '預計每周可多服務約3,000名病人。',
      '',
    ].join('\n');
    const result = align(text, { referenceDate: '2025-05-06' });
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation' && f.severity !== 'info')).toEqual([]);
  });
});

describe('a line of labels in both languages apart by bars', () => {
  it('stands apart from the Chinese title above it', () => {
    const text = 'Bus fares to rise by 5 per cent\n巴士車費加價5%\nPress Releases 新聞公報 | Transport Department 運輸署\n\nBus fares will rise by 5 per cent from March.\n\n巴士車費將由三月起加價5%。\n';
    const result = align(text, { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('is no such line with a figure, a sentence or a label in one language', () => {
    expect(isPipedLabels('Press Releases 新聞公報 | Transport Department 運輸署')).toBe(true);
    expect(isPipedLabels('Tuen Mun 屯門 | over 8 hours 超過8小時')).toBe(false);
    expect(isPipedLabels('Share 分享 | Facebook | WhatsApp')).toBe(false);
    expect(isPipedLabels('Fares rise 運輸署 | The fares will rise in March. 車費三月加價。')).toBe(false);
  });
});

describe('a term in both languages inside round brackets', () => {
  it.each([
    'Posted by Mr Lam | 5 June 2024 (World Environment Day 世界环境日)',
    'Hotlines 热线: 95588 (ICBC 工行), 95533 (CCB 建行), 95599 (ABC 农行)',
  ])('keeps the bracket whole: %s', (line) => {
    expect(split(`${line}\n\nThe river rose 2 metres on Friday.\n\n河水周五上涨了2米。\n`).map((b) => b.text)).toContain(line);
  });

  it('still cuts a line whose brackets close inside one part', () => {
    expect(kinds('The fund (set up in 2019) grew fast. 该基金（成立于2019年）增长迅速。\n')).toEqual([
      'en - The fund (set up in 2019) grew fast.',
      'zh - 该基金（成立于2019年）增长迅速。',
    ]);
  });
});

describe('study-page headings and entries given in both languages', () => {
  it.each([
    'Vocabulary 词汇学习：',
    '【重点词汇 Key words】',
    '【生词表 New words】',
  ])('%s is a vocabulary label on its own line', (label) => {
    const text = `${label}\nflood season 汛期\nstorm drain 雨水渠\n`;
    const blocks = split(text);
    expect(blocks[0]).toMatchObject({ text: label, kind: 'vocabulary' });
    expect(blocks.map((b) => b.kind)).toEqual(['vocabulary', 'vocabulary', 'vocabulary']);
  });

  it.each([
    'private research university 民办研究型大学',
    'deep sea mining vessel 深海采矿船',
    '3. gene editing tool 基因编辑工具',
  ])('%s, a lowercase term of up to four words and eight Han, is an entry', (line) => {
    expect(split(`Key words 重点词汇\n${line}\nclinical trial 临床试验\n`).find((b) => b.text === line)?.kind).toBe('vocabulary');
  });

  it.each([
    // a title opens with a capital; a figure without an entry's mark is no entry number
    'Water levels rise again 水位再次上升',
    '10 raised 苏拉风球十号信号',
  ])('%s is no entry', (line) => {
    expect(split(`${line}\n`).some((b) => b.kind === 'vocabulary')).toBe(false);
  });
});

describe('a copyright line naming its holder and year', () => {
  it('is page chrome, and a sentence about copyright is not', () => {
    expect(kinds('Copyright Harbour Media Group Limited 2031.\n')).toEqual(['en chrome Copyright Harbour Media Group Limited 2031.']);
    expect(kinds('Copyright laws changed in 2031.\n')).toEqual(['en - Copyright laws changed in 2031.']);
  });
});

describe('a study note on how to translate an English phrase', () => {
  it.each([
    '【学习提示】"two in three" 可译为"三分之二"；"nearly 40 stalls" 译为"近40个摊位"。',
    '【小贴士】"a record high" 常译为"创历史新高"。',
  ])('is a vocabulary line, no paragraph to translate: %s', (line) => {
    const text = `The market drew two in three visitors.\n市场吸引了三分之二的游客。\n\n${line}\n`;
    const result = align(text, { entities: false });
    expect(result.blocks.find((b) => b.text === line)?.kind).toBe('vocabulary');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves a Chinese paragraph that only quotes an English name alone', () => {
    const line = '【本报讯】"Harbour Lights"音乐节昨日开幕，吸引逾两万人入场，主办方称人数创新高。';
    expect(split(line).find((b) => b.text === line)?.kind).toBeUndefined();
  });
});

describe('a word list\'s entry with the pinyin in tone marks and the English after a dash', () => {
  it.each([
    '春聯 chūnlián — spring couplets (red scrolls hung at the door)',
    '攤位 tān wèi: market stall',
    '糖果 tángguǒ – sweets',
  ])('is a vocabulary line: %s', (line) => {
    expect(split(`The fair opened.\n市集开幕。\n\n${line}\n`).find((b) => b.text === line)?.kind).toBe('vocabulary');
  });

  it('leaves a sentence that gives a name\'s pinyin alone', () => {
    const line = '北京 Běijīng is the capital and has more than 21 million people.';
    expect(split(line).find((b) => b.text === line)?.kind).toBeUndefined();
  });
});

describe('an exercise to translate under its bracketed label, and a quiz\'s answers', () => {
  it('is study apparatus, no paragraph to translate', () => {
    const line = '【练习】请翻译：截至去年底，全市共有渡轮40艘。';
    const result = align(`The city runs 40 ferries.\n全市共有渡轮40艘。\n\n${line}\n`, { entities: false });
    expect(result.blocks.find((b) => b.text === line)?.kind).toBe('vocabulary');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('cuts a numbered answer line in both languages into its two parts', () => {
    expect(split('1. 18 or above. 18岁或以上。\n').map((b) => `${b.lang} ${b.text}`)).toEqual(['en 1. 18 or above.', 'zh 18岁或以上。']);
    expect(split('2. Forty ferries. 40艘渡轮。\n').map((b) => `${b.lang} ${b.text}`)).toEqual(['en 2. Forty ferries.', 'zh 40艘渡轮。']);
  });
});
