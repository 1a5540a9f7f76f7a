import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';
import { pair } from '../../src/pipeline/pair/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { Block, FileResult, Pair } from '../../src/types.js';

/** The text of each side of each two-sided pair, as `en => zh`. */
function links(blocks: Block[], pairs: Pair[]): string[] {
  const text = new Map(blocks.map((b) => [b.id, b.text]));
  return pairs.filter((p) => p.en.length && p.zh.length)
    .map((p) => `${p.en.map((id) => text.get(id)).join(' + ')} => ${p.zh.map((id) => text.get(id)).join(' + ')}`);
}

function run(text: string): { blocks: Block[]; pairs: Pair[] } {
  const blocks = split(text);
  return { blocks, pairs: pair(blocks) };
}

/** No en block on the zh side of a pair, no zh block on the en side, each block in one pair at most. */
function expectSidesRight(result: { blocks: Block[]; pairs: Pair[] }): void {
  const lang = new Map(result.blocks.map((b) => [b.id, b.lang]));
  const seen = new Set<string>();
  for (const p of result.pairs) {
    for (const id of p.en) expect(lang.get(id), id).toBe('en');
    for (const id of p.zh) expect(lang.get(id), id).toBe('zh');
    for (const id of [...p.en, ...p.zh]) {
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
  }
}

/** Links never cross: the pairs' English and Chinese blocks rise together. */
function expectNoCrossing(pairs: Pair[]): void {
  const n = (id: string) => Number(id.slice(1));
  const two = pairs.filter((p) => p.en.length && p.zh.length);
  for (let k = 1; k < two.length; k++) {
    expect(n(two[k]!.en[0]!)).toBeGreaterThan(n(two[k - 1]!.en[0]!));
    expect(n(two[k]!.zh[0]!)).toBeGreaterThan(n(two[k - 1]!.zh[0]!));
  }
}

describe('real pages: English and Chinese on one line', () => {
  it('splits a headline followed by its Chinese at the change of script, with spans, and pairs them', () => {
    const text = 'Flood walls hold along the Yangtze 长江防洪墙经受住考验\n';
    const { blocks, pairs } = run(text);
    expect(blocks.map((b) => [b.lang, b.text])).toEqual([
      ['en', 'Flood walls hold along the Yangtze'],
      ['zh', '长江防洪墙经受住考验'],
    ]);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(blocks[1]).toMatchObject({ line: 1, column: 36 });
    expect(links(blocks, pairs)).toEqual(['Flood walls hold along the Yangtze => 长江防洪墙经受住考验']);
  });

  it('splits paragraphs written as an English sentence then its Chinese, and Chinese first too', () => {
    const text = [
      'The city council approved the new bus routes on Monday. 市议会周一批准了新的公交线路。',
      '',
      '新线路将于三月开通，覆盖东部各区。 The new routes open in March and cover the eastern districts.',
      '',
    ].join('\n');
    const { blocks, pairs } = run(text);
    expect(blocks.map((b) => b.lang)).toEqual(['en', 'zh', 'zh', 'en']);
    expect(links(blocks, pairs)).toEqual([
      'The city council approved the new bus routes on Monday. => 市议会周一批准了新的公交线路。',
      'The new routes open in March and cover the eastern districts. => 新线路将于三月开通，覆盖东部各区。',
    ]);
  });

  it('keeps a Chinese sentence naming English words, and an English sentence quoting Chinese, whole', () => {
    for (const line of [
      'Apple CEO Tim Cook周三在上海表示，公司将扩大投资。',
      '他在发布会上说 Made in China 仍然重要。',
      'The menu lists 麻婆豆腐 as the house dish of the small restaurant.',
      '这种说法被称为“一带一路”(Belt and Road Initiative)。',
      '——本文3月2日刊于某财经网站，英文原题为 Why city parks are planting more trees this winter',
      '该报告题为 Clean Air for Growing Cities and the Road to 2030',
    ]) {
      expect(split(line), line).toHaveLength(1);
    }
  });
});

describe('real pages: lines that are not translations', () => {
  it('gives each kind of page line its kind', () => {
    const cases: [string, string | undefined][] = [
      ['分享到:', 'chrome'],
      ['双语 中文 英文', 'chrome'],
      ['上一页 下一页', 'chrome'],
      ['阅读 1523', 'chrome'],
      ['00:00', 'cue'],
      ['17', 'cue'],
      ['00:01:02.250 --> 00:01:05.900', 'cue'],
      ['WEBVTT', 'cue'],
      ['• (Laughter)', 'cue'],
      ['[觀眾笑聲]', 'cue'],
      ['（全场掌声）', 'cue'],
      ['budget 預算 (n.)', 'vocabulary'],
      ['3. 退稅 (tuìshuì) tax refund', 'vocabulary'],
      ['翻譯 Translation', 'vocabulary'],
      ['【解說】', 'vocabulary'],
      ['摘要:市政府周二公布了新的预算。', 'summary'],
      ['Wǒmen míngtiān qù shìchǎng mǎi shuǐguǒ ba.', 'pinyin'],
      ['qX7_rTb09KzwLpQ', 'garbage'],
      ['Tq#8w*LmR]zpE2+Ka', 'garbage'],
      ['hRWzq%mb_Lx', 'garbage'],
      // A blog post's footer with its counters, a category line, a numbered word-list entry without a tag.
      ['小林翻譯站 發表在 部落格 留言(0) 人氣()', 'chrome'],
      ['(单词翻译:单击)', 'chrome'],
      ['Posted by Mei at 9:15 PM | Comments (2)', 'chrome'],
      ['阅读（1024） 评论（5）', 'chrome'],
      ['目前分類：雙語新聞 (512)', 'chrome'],
      ['Filed under: Science, Health', 'chrome'],
      ['4 solar panel 太陽能板', 'vocabulary'],
      ['• harvest n. 收获，收成，产量 vt. 收割，收获 vi. 收割庄稼', 'vocabulary'],
      ['stubborn adj. 顽固的，固执的，倔强的，难对付的', 'vocabulary'],
      ['12. wind farm 风电场', 'vocabulary'],
      // Text that may have a translation keeps no kind.
      ['The budget passed on Tuesday.', undefined],
      ['预算周二获得通过。', undefined],
      ['FlightAware航迹', undefined],
      ['6英寸 X 6英寸画布', undefined],
      ['Chengdu', undefined],
      ['网友评论(3)：这篇文章写得很好。', undefined],
      ['• Laughter is the best medicine.', undefined],
      ['R&D+M&A', undefined],
      ['农民们今年在田里收获了大量的粮食，比如 n. 的用法', undefined],
      ['getElementById()', undefined],
      ['mail:desk@paper.example', undefined],
      ['The post drew 300 comments (a record).', undefined],
      ['分类回收的效果正在显现。', undefined],
      ['4 Solar Farms Open 四座太阳能电站投产', undefined],
    ];
    for (const [line, kind] of cases) expect(blockKind(line), line).toBe(kind);
  });

  it('keeps chrome, cues, pinyin, vocabulary and a third language out of pairs and reports them partnerless', () => {
    const text = [
      '華華:這個月的電費漲了百分之十。',
      'Huáhua: Zhège yuè de diànfèi zhǎngle bǎifēnzhī shí.',
      '清清:我們家也多付了三百塊。',
      'Qīngqing: Wǒmen jiā yě duō fùle sānbǎi kuài.',
      '翻譯 Translation',
      'Huahua: The power bill went up 10 percent this month.',
      'Qingqing: We paid NT$300 more at home too.',
      '生詞 Vocabulary',
      '1. 電費 (diànfèi) electricity bill',
      '2. 漲 (zhǎng) to rise',
      'Ce mois-ci, la facture a encore augmenté pour tout le monde.',
      '分享到:',
      '',
    ].join('\n');
    const result = align(text);
    const kindOf = new Map(result.blocks.map((b) => [b.id, b.kind]));
    expect(links(result.blocks, result.pairs)).toEqual([
      'Huahua: The power bill went up 10 percent this month. => 華華:這個月的電費漲了百分之十。',
      'Qingqing: We paid NT$300 more at home too. => 清清:我們家也多付了三百塊。',
    ]);
    const kinds = result.blocks.filter((b) => b.kind).map((b) => b.kind);
    expect(kinds).toEqual(['pinyin', 'pinyin', 'vocabulary', 'vocabulary', 'vocabulary', 'vocabulary', 'foreign', 'chrome']);
    for (const p of result.pairs) {
      if (p.en.length && p.zh.length) for (const id of [...p.en, ...p.zh]) expect(kindOf.get(id), id).toBeUndefined();
    }
    // Each en/zh block with a kind stands alone in a one-sided pair.
    for (const b of result.blocks.filter((x) => x.kind && x.lang !== 'und')) {
      expect(result.pairs.filter((p) => [...p.en, ...p.zh].includes(b.id))).toHaveLength(1);
    }
  });

  it('takes no facts from blocks that are no translation units', () => {
    const text = [
      '00:00:04.500 --> 00:00:09.750',
      'Rain will reach 120 millimetres by Friday.',
      '到周五，雨量将达到120毫米。',
      '',
      '阅读 2048',
      '',
    ].join('\n');
    const result: FileResult = align(text);
    const kinded = new Set(result.blocks.filter((b) => b.kind).map((b) => b.id));
    expect(kinded.size).toBe(2);
    expect(result.facts.filter((f) => kinded.has(f.block))).toEqual([]);
    expect(result.facts.some((f) => f.raw.includes('120'))).toBe(true);
  });

  it('ignores pinyin glosses on characters for analysis while spans keep the text', () => {
    const text = [
      'The museum reopened on Saturday after a two-year renovation.',
      '博物館(guǎn)在(zài)為(wèi)期兩年的翻修後於週六重新開放。',
      '',
      'Visitors can book tickets online from next week.',
      '從(cóng)下週起，遊客可以在網(wǎng)上預訂門票。',
      '',
    ].join('\n');
    const result = align(text);
    expect(result.blocks.map((b) => b.lang)).toEqual(['en', 'zh', 'en', 'zh']);
    for (const b of result.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    expect(links(result.blocks, result.pairs)).toHaveLength(2);
    expect(result.blocks[1]!.text).toContain('(guǎn)');
  });
});

describe('real pages: repeated blocks', () => {
  it('does not pair a heading with its own copy, and keeps English off the zh side', () => {
    const text = [
      'Budget passed',
      '',
      '預算通過',
      '',
      'Budget passed',
      '',
      'Lawmakers approved the city budget on Tuesday after a long debate.',
      '',
      '經過長時間辯論，議員週二通過了市預算。',
      '',
    ].join('\n');
    const result = run(text);
    expectSidesRight(result);
    const joined = links(result.blocks, result.pairs);
    expect(joined).toContain('Lawmakers approved the city budget on Tuesday after a long debate. => 經過長時間辯論，議員週二通過了市預算。');
    expect(joined.filter((l) => l === 'Budget passed => Budget passed')).toEqual([]);
  });
});

describe('real pages: abridged and truncated translations', () => {
  const paragraphs = [
    ['The port handled 41 million containers last year, up 5 percent, the operator said on Wednesday.',
      '港口运营方周三表示，去年港口处理了4100万个集装箱，增长5%。'],
    ['New cranes arrived in March. The operator also hired 300 drivers, opened a night shift, and plans a rail link to the inland depot by 2027, which will cut truck traffic on the coast road by a third.',
      '三月份新起重机到位。'],
    ['Exports of cars through the port doubled, with most going to markets in Southeast Asia and the Middle East.',
      '经该港出口的汽车翻了一番，大部分销往东南亚和中东市场。'],
  ];

  it('keeps a short Chinese line that renders part of its English 1-1, without pulling in a neighbour', () => {
    const text = paragraphs.flatMap(([en, zh]) => [en, '', zh, '']).join('\n');
    const { blocks, pairs } = run(text);
    expect(links(blocks, pairs)).toEqual(paragraphs.map(([en, zh]) => `${en} => ${zh}`));
  });

  it('keeps the last pair of a cut-off excerpt 1-1', () => {
    const last = ['The operator expects growth to slow next year as global shipping rates fall back to the levels seen before the pandemic.',
      '运营方预计，随着全球航运价格回落到疫情前'];
    const all = [...paragraphs.slice(0, 1), paragraphs[2]!, last];
    const text = all.flatMap(([en, zh]) => [en, '', zh, '']).join('\n');
    const { blocks, pairs } = run(text);
    expect(links(blocks, pairs)).toEqual(all.map(([en, zh]) => `${en} => ${zh}`));
  });
});

describe('real pages: order', () => {
  const pairsOf = [
    ['Heavy snow closed the mountain pass on Sunday morning.', '周日上午，大雪封闭了山口。'],
    ['Road crews cleared one lane by the afternoon.', '到下午，道路养护人员清理出一条车道。'],
    ['Drivers were told to carry chains until Thursday.', '司机被告知在周四前须携带防滑链。'],
    ['The pass reopened fully on Friday.', '山口于周五全面恢复通行。'],
  ];

  it('pairs Chinese-first pages and pages whose order switches, with links that never cross', () => {
    const zhFirst = pairsOf.flatMap(([en, zh]) => [zh, '', en, '']).join('\n');
    const switching = pairsOf.flatMap(([en, zh], k) => (k < 2 ? [en, '', zh, ''] : [zh, '', en, ''])).join('\n');
    for (const text of [zhFirst, switching]) {
      const result = run(text);
      expect(links(result.blocks, result.pairs)).toEqual(pairsOf.map(([en, zh]) => `${en} => ${zh}`));
      expectNoCrossing(result.pairs);
    }
  });

  it('pairs a page with all its English first and all its Chinese after', () => {
    const text = [...pairsOf.map(([en]) => en), ...pairsOf.map(([, zh]) => zh)].join('\n');
    const result = run(text);
    expect(links(result.blocks, result.pairs)).toEqual(pairsOf.map(([en, zh]) => `${en} => ${zh}`));
  });
});

describe('real pages: one paragraph a line in two files', () => {
  it('--split auto sees that each line is a paragraph', () => {
    const en = [
      'The library will extend its opening hours from next month, staying open until ten in the evening on weekdays.',
      'Students asked for the change in a survey last autumn, citing crowded study rooms during exam weeks.',
      'The extra hours will cost about 200,000 yuan a year, paid from the university budget.',
      'A trial run in May drew more than 1,500 visitors after eight in the evening.',
    ].join('\n');
    const zh = [
      '图书馆将从下个月起延长开放时间，工作日开放至晚上十点。',
      '学生们在去年秋季的一项调查中提出这一要求，理由是考试周自习室拥挤。',
      '延长开放每年将花费约20万元，由大学预算支付。',
      '五月的试运行在晚上八点后吸引了1500多名读者。',
    ].join('\n');
    const result = alignFiles({ text: en, path: 'a.txt' }, { text: zh, path: 'b.txt' }, { split: 'auto' });
    expect(result.blocks).toHaveLength(8);
    expect(result.summary.pairs).toBe(4);
  });
});

describe('real pages: a short file of one paragraph a line', () => {
  it('sees three lines ending in stops as three paragraphs, and keeps chrome out', () => {
    const en = 'Rain is expected across the north on Friday.\nShare this\nTemperatures will drop to 5 degrees by Sunday.\n';
    const zh = '分享到:\n周五北方大部地区预计有雨。\n到周日气温将降至5度。\n';
    const result = alignFiles({ text: en, path: 'a.txt' }, { text: zh, path: 'b.txt' }, { split: 'auto' });
    expect(links(result.blocks, result.pairs)).toEqual([
      'Rain is expected across the north on Friday. => 周五北方大部地区预计有雨。',
      'Temperatures will drop to 5 degrees by Sunday. => 到周日气温将降至5度。',
    ]);
  });
});

describe('real pages: traditional Chinese with full-width punctuation', () => {
  it('pairs Taiwan and Hong Kong style text', () => {
    const pairsOf = [
      ['Typhoon Haikui made landfall on Wednesday with winds of 150 km/h.', '颱風「海葵」週三登陸，風速達每小時１５０公里。'],
      ['The Central Weather Administration lifted its sea warning on Thursday.', '中央氣象署於週四解除海上警報。'],
      ['Schools in Kaohsiung stayed closed for a second day.', '高雄的學校連續第二天停課。'],
    ];
    const text = pairsOf.flatMap(([en, zh]) => [en, zh, '']).join('\n');
    const result = run(text);
    expect(result.blocks.map((b) => b.lang)).toEqual(['en', 'zh', 'en', 'zh', 'en', 'zh']);
    expect(links(result.blocks, result.pairs)).toEqual(pairsOf.map(([en, zh]) => `${en} => ${zh}`));
  });
});

describe('real pages: scores mean something', () => {
  it('scores a forced wrong link lower than the right ones', () => {
    const text = [
      'The bridge will close for repairs from 3 June to 9 June.',
      '',
      '大桥将于6月3日至6月9日封闭维修。',
      '',
      'A ferry service will run every 20 minutes during the closure.',
      '',
      '市议会还批准了一项新的停车收费计划，明年生效。',
      '',
      'Cyclists may still use the footpath on the north side.',
      '',
      '骑车人仍可使用北侧人行道。',
      '',
    ].join('\n');
    const blocks = split(text);
    const pairs = pair(blocks, { lexicon: loadLexicon });
    const text2 = new Map(blocks.map((b) => [b.id, b.text]));
    const right = pairs.filter((p) => p.en.length && p.zh.length && /3 June|Cyclists/.test(text2.get(p.en[0]!)!));
    const other = pairs.filter((p) => !right.includes(p));
    expect(right).toHaveLength(2);
    for (const p of other) {
      if (p.en.length && p.zh.length) for (const r of right) expect(p.score).toBeLessThan(r.score);
    }
  });
});
