import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';
import { WRITTEN_PAGES } from './written-pages.js';
import { scoreVariant } from '../../scripts/eval/variants/score.js';
import { dropLastZh, dropMiddleZh, parsePage } from '../../scripts/eval/variants/transforms.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

const page = (lines: string[]) => align([...lines, ''].join('\n'));

describe('pair: an English paragraph whose Chinese translation is missing', () => {
  it('leaves a paragraph with figures apart from a reader comment that has none', () => {
    const result = page([
      'Night markets return to Chengdu',
      '成都夜市回来了',
      'More than 40 night markets have reopened across the city since May.',
      '5月以来，全市已有40多个夜市重新开张。',
      'Stalls sell hotpot skewers, rabbit heads and cold noodles until 2 am.',
      '摊位售卖串串香、兔头和凉面，一直营业到凌晨2点。',
      'Officials say the markets created 12,000 jobs in the first half of the year.',
      '网友：好想去逛一逛啊！',
    ]);
    expect(links(result)).toEqual(['- => 8', '1 => 2', '3 => 4', '5 => 6', '7 => -']);
  });

  it('still pairs an abridged translation that leaves the figures out but keeps the words', () => {
    const result = page([
      'New bridge opens over the Yangtze',
      '长江新大桥通车',
      'The new bridge, which cost 3.2 billion yuan and took five years to build, opened to traffic on Monday.',
      '新大桥周一正式通车。',
      'It cuts the drive between the two banks from 40 minutes to 10.',
      '两岸之间的车程从40分钟缩短到10分钟。',
    ]);
    expect(links(result)).toEqual(['1 => 2', '3 => 4', '5 => 6']);
  });

  it('still pairs a translation that writes its figures in Chinese numerals', () => {
    const result = page([
      'The school has 24 teachers and about 600 pupils.',
      '这所学校有二十四名教师，约六百名学生。',
      'Most of the pupils walk to school every morning.',
      '大部分学生每天早上步行上学。',
    ]);
    expect(links(result)).toEqual(['1 => 2', '3 => 4']);
  });

  it('leaves the last paragraph alone rather than take the second part of the paragraph before it', () => {
    const result = page([
      'Students build a robot that waters plants',
      'A group of primary school pupils in Suzhou have built a robot that waters the plants in their classroom. It uses a soil sensor and a small pump.',
      'The teachers plan to show the robot at a science fair in the city next spring.',
      '小学生制作浇花机器人',
      '苏州的一群小学生制作了一台能给教室里的植物浇水的机器人。',
      '它依靠一个土壤传感器和一个小水泵工作。',
    ]);
    expect(links(result)).toEqual(['1 => 4', '2 => 5+6', '3 => -']);
  });

  it('still pairs the last paragraph with its own short translation after a paragraph rendered in two', () => {
    const result = page([
      'Students build a robot that waters plants',
      'A group of primary school pupils in Suzhou have built a robot that waters the plants in their classroom. It uses a soil sensor and a small pump.',
      'The teachers plan to show the robot at a science fair in the city next spring.',
      '小学生制作浇花机器人',
      '苏州的一群小学生制作了一台能给教室里的植物浇水的机器人。',
      '它依靠一个土壤传感器和一个小水泵工作。',
      '老师们打算明年春天带它参加市里的科技节。',
    ]);
    expect(links(result)).toEqual(['1 => 4', '2 => 5+6', '3 => 7']);
  });

  it('leaves a paragraph whose figures a neighbour line does not share apart from that line (date lines, comments)', () => {
    const pages = WRITTEN_PAGES.map(parsePage);
    const cases = [
      { name: 'daily sentence page: a date line, the English sentence, its Chinese and a note, three days', drop: dropMiddleZh },
      { name: 'unlabelled Chinese comments after pairs that repeat a figure of the paragraph', drop: dropLastZh },
    ];
    for (const { name, drop } of cases) {
      const seed = pages.findIndex((p) => p.name === name);
      expect(seed, name).toBeGreaterThanOrEqual(0);
      expect(scoreVariant(drop(pages[seed]!)!).right, name).toBe(true);
    }
  });

  it('leaves a paragraph alone rather than take a line that shares many more words with a neighbour (the second part of its rendering, a related list)', () => {
    const pages = WRITTEN_PAGES.map(parsePage);
    const cases = [
      { name: 'mainland tabloid bilingual, English first: each English paragraph followed by its Chinese in one-sentence lines, a caption pair in the middle', drop: dropMiddleZh },
      { name: 'mainland tabloid bilingual, English first: each English paragraph followed by its Chinese in one-sentence lines, a caption pair in the middle', drop: dropLastZh },
      { name: 'forum: an English post translated by a reply, with thread chrome', drop: dropLastZh },
      { name: 'blank-line page with a related list in each language as its own block after the article, items translating each other', drop: dropLastZh },
    ];
    for (const { name, drop } of cases) {
      const seed = pages.findIndex((p) => p.name === name);
      expect(seed, name).toBeGreaterThanOrEqual(0);
      expect(scoreVariant(drop(pages[seed]!)!).right, name).toBe(true);
    }
  });

  it('leaves the last paragraph alone rather than take the second part of a paragraph split around a caption', () => {
    const result = page([
      'The new library in Tianjin opened on Sunday. Its white shelves rise in waves from the floor to the ceiling.',
      '天津新图书馆周日开馆。',
      'Readers sit on the steps of the central hall. (Photo: Xinhua)',
      '读者坐在中央大厅的台阶上。（新华社图）',
      '白色的书架从地面到天花板层层起伏。',
      'Visitors must book a time slot online before they come.',
    ]);
    expect(links(result)).toContain('6 => -');
    expect(links(result)).toContain('3 => 4');
  });
});

describe('pair: a short English line whose translation is missing, beside a paragraph rendered alone', () => {
  it('leaves the last line of a dialogue alone rather than join it to the line before', () => {
    const result = page([
      '"Will you join us for dinner?" Mei asked.',
      '“你来和我们一起吃晚饭吗？”梅问。',
      '"Of course," he said.',
      '“当然，”他说。',
      '"I will bring some fruit."',
      '“我会带些水果来。”',
      'She smiled.',
    ]);
    expect(links(result)).toEqual(['1 => 2', '3 => 4', '5 => 6', '7 => -']);
  });

  it('leaves a short timed line alone rather than join it to the line its Chinese renders', () => {
    const result = page([
      '[00:00.00]Chengdu pandas draw record crowds',
      '[00:03.10]The Chengdu panda base welcomed 9.6 million visitors last year, more than ever before.',
      '[00:09.40]That was up 8 percent on the year before.',
      '[00:14.20]Most visitors came in the summer holidays.',
      '成都熊猫吸引创纪录游客',
      '成都大熊猫基地去年接待游客960万人次，创历史新高。',
      '大多数游客在暑假期间到访。',
    ]);
    expect(links(result)).toEqual(['1 => 5', '2 => 6', '3 => -', '4 => 7']);
  });

  it('still joins two English sentences that one Chinese sentence renders', () => {
    const result = page([
      'The old bridge over the Min River was built in 1958.',
      'It was closed to cars last year.',
      '闽江上这座建于1958年的老桥去年已禁止汽车通行。',
      'A new bridge will open next to it in May.',
      '一座新桥将于5月在旁边建成通车。',
    ]);
    expect(links(result)).toEqual(['1+2 => 3', '4 => 5']);
  });

  it('still joins a short sentence to the one before when the Chinese renders both in one', () => {
    const result = page([
      'Prices rose by 3 percent in June.',
      'Food was the main reason.',
      '6月份物价上涨3%，主要受食品价格推动。',
      'Analysts expect prices to fall in the autumn.',
      '分析人士预计秋季物价将回落。',
    ]);
    expect(links(result)).toEqual(['1+2 => 3', '4 => 5']);
  });

  it('still joins the two lines of a sentence broken mid-clause', () => {
    const result = page([
      'The city will plant 20,000 trees',
      'along its two rivers this spring.',
      '该市今春将沿两条河流种植2万棵树。',
      'Volunteers can sign up online.',
      '志愿者可在网上报名。',
    ]);
    expect(links(result)).toEqual(['1+2 => 3', '4 => 5']);
  });
});

describe('pair: a wire story whose last Chinese paragraph carries the editor\'s credit', () => {
  it('pairs that paragraph with its own English, not with the untranslated one after it', () => {
    const result = page([
      'The board raised household water tariffs by 2 percent for the six months from July.',
      '',
      'Its members said reservoirs held 61 percent of capacity at the end of May, down 9 points on a year earlier.',
      '',
      'The board will meet again in late November to review rates for the December-May period.',
      '',
      'Opposition councillors said they would table a motion to cap any future rise at 5 percent per review, while the ruling party said the cap would push the utility deeper into debt.',
      '',
      '水務審議會決議，7月起6個月內住宅水費調漲2%。',
      '',
      '委員表示，5月底水庫蓄水率為61%，較去年同期下降9個百分點。',
      '',
      '審議會將於11月下旬再次開會，審議12月至隔年5月的水價。（編輯：周美玲）1150612',
    ]);
    expect(links(result)).toEqual(['1 => 9', '3 => 11', '5 => 13', '7 => -']);
  });
});
