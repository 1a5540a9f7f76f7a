import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { split } from '../../src/pipeline/split.js';
import { isInterleaved, streams } from '../../src/pipeline/pair/streams.js';
import { profileFor } from '../../src/pipeline/pair/search.js';
import { beadCost, wordEvidence } from '../../src/pipeline/pair/bead-cost.js';
import { lengthRatio } from '../../src/pipeline/pair/length-ratio.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import { CAPTION, flags, RUNS_ON } from '../../src/pipeline/pair/costs.js';
import { linksOf, page } from './page-shapes.pages.js';
import { blocksOf, kindsOf as kinds } from './page-checks.js';

/**
 * Pages written for the tests in the shapes that speeches, talks, interviews and press releases
 * take when pasted from bilingual pages, each with its expected links by line.
 */
const PAGES = [
  page('speech, Chinese first a line each, no blank lines: each person addressed on a line, the Chinese ending on a comma', [
    '尊敬的市财政局局长陈刚先生,',
    'Dear Director of the City Finance Bureau Mr. Chen Gang',
    '尊敬的市教育局原副局长 刘芳女士',
    'Dear Former Deputy Director of the City Education Bureau, Ms. Liu Fang',
  ], ['2 => 1', '4 => 3']),
  page('news photo story: the English caption above the first paragraph, the Chinese one below its translation, each closing on the credit and the photo number', [
    'Ferry service returns to the island',
    '',
    '轮渡恢复通往海岛的航线',
    '',
    'A ferry leaves the pier in Zhoushan, east China\'s Zhejiang province, May 8, 2024. (Xinhua/Chen Lin)(1)',
    '',
    'The ferry between the city and the island will run again from Friday after two years of repairs to the pier, the port authority said.',
    '',
    '港务局表示，经过两年的码头维修，城市与海岛之间的轮渡将从周五起恢复运行。',
    '',
    '5月8日，一艘渡轮驶离浙江舟山的码头。(新华社记者 陈林 摄)(1)',
    '',
    'Boats will leave every hour from 7 am to 6 pm.',
    '',
    '渡轮每天早上7点至下午6点每小时一班。',
  ], ['1 => 3', '5 => 11', '7 => 9', '13 => 15']),
  page('blog post of a bilingual law: tags one a line under a tags label, then sections whose labels and titles each have their translation', [
    '标签:',
    '',
    'law',
    '',
    'shipping',
    '',
    '分类: 法规双语',
    '',
    'Section:',
    '',
    'Duties of the harbour master',
    '',
    '条:',
    '',
    '港务长的职责',
    '',
    'The harbour master shall keep a record of every ship entering the port.',
    '',
    '港务长须记录每一艘进港船舶。',
  ], ['9 => 13', '11 => 15', '17 => 19'], [1, 3, 5, 7]),
];

describe('probed transcript pages: each pairs as its translation runs', () => {
  for (const p of PAGES) {
    it(p.name, () => {
      expect(linksOf(align(p.text), p).sort()).toEqual([...p.links].sort());
    });
  }
});

describe('probed transcript pages: a Chinese line ending on a comma', () => {
  const runsOn = (text: string) => {
    const { zh } = streams(split(text));
    return [...flags(zh)].map((f) => (f & RUNS_ON) !== 0);
  };

  it('is no sentence surely broken when it opens with a word of address: a salutation names one person a line', () => {
    expect(runsOn('尊敬的市长王明先生,\n\nMayor Wang Ming\n\n尊敬的各位来宾:\n')[0]).toBe(false);
    expect(runsOn('亲爱的同学们,\n\nDear students,\n\n今天是开学的日子。\n')[0]).toBe(false);
  });

  it('runs on when it opens otherwise, or runs long', () => {
    expect(runsOn('今年夏天,\n\nThis summer the city built three parks.\n\n市里新建了三座公园。\n')[0]).toBe(true);
    expect(runsOn('尊敬的各位代表,今年以来我们在市委的坚强领导下团结一心、攻坚克难、扎实推进各项工作并取得了显著成效,\n\nDelegates, this year we made progress.\n\n成绩来之不易。\n')[0]).toBe(true);
  });
});

describe('probed pages: the kind of a label or a number standing alone', () => {

  it('reads a number alone on its line as page chrome outside a subtitle file, as a cue number inside one', () => {
    expect(kinds('01\n\nThe plan has three parts.\n\n计划分为三部分。\n')[0]).toBe('chrome');
    expect(kinds('0\n\nShare this story\n')[0]).toBe('chrome');
    expect(kinds('1\n00:00:01,000 --> 00:00:03,000\nGood morning.\n早上好。\n')[0]).toBe('cue');
  });

  it('reads English words in lenticular brackets as a column label, not a sound; a sound in brackets stays a cue', () => {
    for (const line of ['【Highlights】', '【Cover Story】', '【WORLD】']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['(Laughter)', '[APPLAUSE]', '【掌声】', '（音乐）']) expect(blockKind(line), line).toBe('cue');
  });

  it('reads Chinese in square brackets naming no study section as a topic label, a section label of a study page as vocabulary', () => {
    for (const line of ['[乡村振兴]', '[科技前沿]']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['【講解】', '【重点词汇】', '[Vocabulary]', '【Notes】', '[生词]', '[ˈbʌdʒɪt]']) expect(blockKind(line), line).toBe('vocabulary');
  });
});

describe('probed pages: a photo caption closing on its credit', () => {
  const captions = (text: string) => {
    const { en, zh } = streams(split(text));
    return [...flags(en), ...flags(zh)].map((f) => (f & CAPTION) !== 0);
  };

  it('is flagged a caption, whatever the language of its credit, with or without the photo number', () => {
    for (const line of [
      'Boats at the pier in Zhoushan on Monday. (Xinhua/Chen Lin)(2)',
      'Boats at the pier in Zhoushan on Monday. (Photo by Chen Lin)',
      'Boats at the pier in Zhoushan on Monday. [Photo/China Daily]',
      '5月8日，渡轮驶离码头。（新华社记者 陈林 摄）',
      '渡轮驶离码头。（受访者供图）(3)',
    ]) expect(captions(`${line}\n`), line).toEqual([true]);
  });

  it('is not flagged when a paragraph closes on a year, a source or a note in brackets', () => {
    for (const line of [
      'The pier was first built in the 1950s (and rebuilt in 1987).',
      'The ferry will run again from Friday, the port said. (AP)',
      '渡轮将从周五起恢复运行（据新华社）。',
      '码头始建于上世纪50年代(1)',
    ]) expect(captions(`${line}\n`), line).toEqual([false]);
  });
});

describe('probed pages: a speech pasted as one line of alternating sentences', () => {

  it('cuts after the colon closing a salutation, where the script changes across a blank', () => {
    expect(blocksOf('Distinguished guests, ladies and gentlemen, 尊敬的各位来宾、女士们、先生们: Good evening! 晚上好! It is an honour to join you at the opening of the new library tonight. 很荣幸今晚出席新图书馆的开馆仪式。')).toEqual([
      ['en', 'Distinguished guests, ladies and gentlemen,'],
      ['zh', '尊敬的各位来宾、女士们、先生们:'],
      ['en', 'Good evening!'],
      ['zh', '晚上好!'],
      ['en', 'It is an honour to join you at the opening of the new library tonight.'],
      ['zh', '很荣幸今晚出席新图书馆的开馆仪式。'],
    ]);
  });

  it('leaves a line of labels and names whole', () => {
    for (const line of ['Reporter: 李明 Editor: 王芳', '来源:China Daily 作者:Tom Lee 时间:2024-05-06', '记者：What did you see? 市民：We saw the flood.']) {
      expect(split(line), line).toHaveLength(1);
    }
  });
});

describe('probed pages: a talk translated phrase by phrase', () => {
  /** The cost of the 1-1 link of the `i`-th English and `j`-th Chinese block of a text, and the charge for bare Chinese. */
  const linkCost = (text: string, i: number, j: number) => {
    const { en, zh } = streams(split(text));
    const interleaved = isInterleaved(en, zh);
    const profile = profileFor(en, zh, interleaved);
    const cost = beadCost({ en, zh, profile, length: { ratio: lengthRatio(en, zh), sigma: profile.sigma }, interleaved, evidence: wordEvidence(en, zh, loadLexicon()) });
    return { cost: cost(i, 1, j, 1), bare: profile.bareChinese };
  };
  const talk = [
    'And I asked my grandmother what she did every morning before the sun came up.',
    '我問我的祖母 每天早上太陽升起之前 她都在做些什麼',
    'She told me that she walked to the river and listened to the birds for an hour.',
    '她說她走到河邊 聽鳥兒唱歌 整整一個小時',
    'When I was young, I thought this was the strangest thing anyone could do with their time.',
    '我小時候覺得 這是一個人能用來打發時間 最奇怪的事情',
    'But now I understand that she was teaching me how to pay attention to the world.',
    '但現在我明白了,她是在教我 如何留心這個世界',
  ].join('\n\n');

  it('reads Chinese whose clauses blanks set apart throughout the page as punctuated, not as a bare menu line', () => {
    const apart = linkCost(`${talk}\n`, 0, 0).cost;
    const commas = linkCost(`${talk.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1，')}\n`, 0, 0).cost;
    expect(Math.abs(apart - commas)).toBeLessThan(1);
  });

  it('still charges one promotion line of long phrases beside English sentences', () => {
    const page = 'Night markets have returned to the old town after a three-year break, drawing thousands of visitors.\n\n免費訂閱雙語新聞手機報 編輯短信發送至本台\n\nThe markets will open every Friday and Saturday evening until the end of October, the office said.\n\n夜市將在每週五和週六晚上開放，直到十月底。\n';
    const { cost, bare } = linkCost(page, 0, 0);
    expect(cost).toBeGreaterThanOrEqual(bare);
  });
});

describe('probed pages: tags one a line', () => {

  it('reads the words standing alone under a tags label as page chrome, up to the first line that is no tag', () => {
    expect(kinds('Tags:\n\nfinance\n\nstock market\n\nThe index rose on Monday.\n')).toEqual(['chrome', 'chrome', 'chrome', 'en']);
  });

  it('leaves the lines under a label that names no tags alone', () => {
    expect(kinds('Words:\n\nfinance\n\nThe index rose on Monday.\n')[1]).not.toBe('chrome');
  });
});

describe('probed pages: a document number given in both languages on one line', () => {

  it('cuts a line of an English and a Chinese part each wholly in brackets', () => {
    expect(blocksOf('(Order No. 5 [2024] of the Ministry of Commerce) (商务部令2024年第5号)\n').map(([lang]) => lang)).toEqual(['en', 'zh']);
  });

  it('leaves a Chinese line opening with an English note in brackets whole', () => {
    expect(split('(see the table below) 详见下表所列各项\n')).toHaveLength(1);
  });
});
