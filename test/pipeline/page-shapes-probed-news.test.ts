import { describe, expect, it } from 'vitest';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { looksLikeBoilerplate } from '../../src/pipeline/pair-signals.js';
import { split } from '../../src/pipeline/split.js';
import { streams, isInterleaved } from '../../src/pipeline/pair/streams.js';
import { flags, RUNS_ON } from '../../src/pipeline/pair/costs.js';
import { PROBED_NEWS_PAGES } from './page-shapes-probed-news.pages.js';
import { blocksOf, kindsOf as kinds, testPages } from './page-checks.js';

describe('probed news pages: each pairs as its translation runs', () => {
  // Links, and each two-sided link at 0.5 or more.
  testPages(PROBED_NEWS_PAGES);
});


describe('probed news pages: a sentence opening with a figure is in the script of the word after it', () => {
  it('cuts a line of alternating sentences where a sentence of either language opens with a figure', () => {
    expect(blocksOf('Sales rose again in the third quarter of the year.  7 月至 9 月销售额再度上升。  2,000 new shops opened in the same months.  同期新开门店 2000 家。')).toEqual([
      ['en', 'Sales rose again in the third quarter of the year.'],
      ['zh', '7 月至 9 月销售额再度上升。'],
      ['en', '2,000 new shops opened in the same months.'],
      ['zh', '同期新开门店 2000 家。'],
    ]);
  });

  it('cuts a headline from its translation at the head of a line of alternating sentences, and leaves a Chinese sentence naming a source or a title whole', () => {
    expect(blocksOf('据 CNN 报道，大雨还将持续。 The rain will go on, CNN said. 大雨将持续。 Schools will stay shut. 学校将继续停课。')[0]).toEqual(['zh', '据 CNN 报道，大雨还将持续。']);
    expect(blocksOf('这部电影的英文名是The Wandering Earth Two，上映后广受好评。 The film was a hit at home. 这部电影在国内大获成功。 It opened in February. 它于二月上映。')[0])
      .toEqual(['zh', '这部电影的英文名是The Wandering Earth Two，上映后广受好评。']);
    expect(blocksOf('The city subway will run late trains 地铁将开行夜间列车 The service starts next month. 该服务下月开始。 Trains run every 15 minutes. 列车每15分钟一班。').slice(0, 2))
      .toEqual([['en', 'The city subway will run late trains'], ['zh', '地铁将开行夜间列车']]);
  });

  it('leaves a line in one language whole, whatever figures open its sentences', () => {
    for (const line of [
      'The plan runs until 2030. 2031 will bring a review of its goals. 45 cities have joined it so far.',
      '项目于2019年完成。 2020年起，项目扩大到全省。 3 个城市率先试点。',
      'Growth was 5.2 percent in 2023. 4.8 percent is expected for this year, the bank said.',
    ]) expect(split(line), line).toHaveLength(1);
  });
});

describe('probed news pages: a title runs straight into its translation', () => {
  it('cuts an English title from the Chinese one glued to it when the two translate each other', () => {
    expect(blocksOf('Green Tea绿茶\n\nGreen tea is grown in the hills of Zhejiang.\n\n绿茶种植于浙江的山区。\n')[0]).toEqual(['en', 'Green Tea']);
  });

  it('cuts after the brackets framing an English title of three words or more, not after a tag or a quoted term', () => {
    expect(blocksOf('【Rain ends long drought in the north】北方旱情终于缓解\n\nThe rain fell for three days.\n')[0]).toEqual(['en', '【Rain ends long drought in the north】']);
    for (const line of ['【Tesla】特斯拉在上海建厂', '“Community sports fields”一般译为社区运动场']) {
      expect(split(`${line}\n\nThe factory opened in May.\n`)[0]!.text, line).toBe(line);
    }
  });

  it('leaves a Chinese line opening with a name or a brand in Latin letters whole', () => {
    for (const line of ['Tesla在上海新建了一座工厂。', 'iPhone销量下滑', 'China Daily双语新闻', 'Apple公司发布新品', 'WeatherWatch天气预报']) {
      expect(split(`${line}\n\nThe factory opened in May.\n`)[0]!.text, line).toBe(line);
    }
  });
});

describe('probed news pages: a glossary of term and gloss lines', () => {

  it('reads term and gloss lines one after another as vocabulary entries, a block each, either language first', () => {
    expect(kinds('预算报告：budget report\n财政赤字：fiscal deficit\nGDP增速：GDP growth rate\n')).toEqual(['vocabulary', 'vocabulary', 'vocabulary']);
    expect(kinds('budget report: 预算报告\nfiscal deficit: 财政赤字\n')).toEqual(['vocabulary', 'vocabulary']);
  });

  it('leaves a column label and its word alone on its line, credits, page information and sentences out', () => {
    expect(kinds('每日一词：resilience\n\nThe word means the ability to recover.\n')).not.toContain('vocabulary');
    for (const text of ['Reporter: 李明\nEditor: 王芳\n', '来源：China Daily\n作者：Tom Lee\n', '主持人：欢迎收看本期节目。\nHost: Welcome to the show.\n', '记者：What did you see?\n市民：We saw the flood.\n']) {
      expect(kinds(text), text).not.toContain('vocabulary');
    }
  });
});

describe('probed news pages: feed chrome', () => {
  it('reads a relative time after a list number, or with a short unit, as a post time', () => {
    for (const line of ['1. 3小时前', '12) 2天前', '5H AGO', '2h ago', '3. 10 minutes ago']) expect(looksLikeBoilerplate(line), line).toBe(true);
    for (const line of ['1. He left 3 hours ago.', 'The talks ended 2 days ago, officials said.', '1. 3小时前，他离开了公司。']) expect(looksLikeBoilerplate(line), line).toBe(false);
  });

  it('reads a column name of English news standing alone, or with the bar that set it before a title, as chrome', () => {
    for (const line of ['英语新闻丨', '英语新闻', '英語新聞｜', '双语新闻 |']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['英语新闻很有用', '英语新闻报道说，大雨还将持续。']) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('probed news pages: a line holding both languages', () => {
  const interleaved = (text: string) => {
    const { en, zh } = streams(split(text));
    return isInterleaved(en, zh);
  };

  it('does not make a page written one language after the other alternate', () => {
    const page = [
      '城市漫步',
      '',
      '市民公园 The People\'s Park of the City',
      '',
      '大家好，欢迎收看本期《城市漫步》！我们今天要去的是市民公园。',
      '',
      '市民公园建于1986年，占地约40公顷，是全市最大的公园。',
      '',
      '例句：2023年5月1日，市民公园迎来了开园以来最多的一天游客。',
      '',
      '你学会了吗？',
      '',
      'Hi! Welcome to this episode of City Walk! Today we are visiting the People\'s Park.',
      '',
      'The park was built in 1986 and covers about 40 hectares, the largest park in the city.',
      '',
      'E.g.: The park welcomed its largest crowd on May 1, 2023.',
      '',
      'Did you get it?',
    ].join('\n');
    expect(interleaved(page)).toBe(false);
  });

  it('still alternates where every line is a sentence and its rendering, or the lines take turns', () => {
    expect(interleaved('The park opened in 1986. 公园于1986年开放。\nIt has a lake. 园内有一个湖。\nIt is free. 公园免费开放。\n')).toBe(true);
    expect(interleaved('The park opened in 1986.\n公园于1986年开放。\nIt has a lake.\n园内有一个湖。\nIt is free.\n公园免费开放。\n')).toBe(true);
  });
});

describe('probed news pages: a line ending on a comma', () => {
  const runsOn = (text: string) => {
    const { en, zh } = streams(split(text));
    return [...flags(en), ...flags(zh)].map((f) => (f & RUNS_ON) !== 0);
  };

  it('is no sentence surely broken when a few words stand over a capital: a salutation names one person a line', () => {
    expect(runsOn('Professor Lin Hai,\n\nMs. Zhou Li,\n\nIt is a pleasure to be here.\n')[0]).toBe(false);
  });

  it('runs on into a lower-case line, or from a long line, or in Chinese', () => {
    expect(runsOn('In the first half of the year,\n\nthe city built two new parks.\n')[0]).toBe(true);
    expect(runsOn('The city built two new parks and a long riverside path in the first half of the year,\n\nBeijing said on Monday.\n')[0]).toBe(true);
    expect(runsOn('今年上半年，\n\n全市新建了两座公园。\n').slice(-2)[0]).toBe(true);
  });
});
