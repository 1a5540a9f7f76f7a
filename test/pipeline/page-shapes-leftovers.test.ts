import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { split } from '../../src/pipeline/split.js';
import { testPages } from './page-checks.js';
import { page } from './page-shapes.pages.js';

/**
 * Pages written for the tests in shapes seen on real bilingual pages that earlier rules left
 * open, each with a page of a near shape that the rule must leave as it was.
 */
const PAGES = [
  page('a title broken after its colon in both languages, no blank lines: each language\'s halves are one title', [
    'Urban Renewal:',
    'Old Streets Get New Life',
    '城市更新：',
    '老街焕发新生',
    'The city will repair forty old streets this year, keeping the houses and trees that residents love.',
    '今年，该市将修缮四十条老街，保留居民喜爱的房屋和树木。',
    'Shops that closed during the works will open again by the end of the summer.',
    '施工期间关闭的商店将在夏末前重新开业。',
  ], ['1+2 => 3+4', '5 => 6', '7 => 8']),
  page('the same, Chinese first', [
    '港口新闻：',
    '渡轮恢复运行',
    'Port News:',
    'Ferry Service Returns',
    'The ferry between the city and the island will run again from Friday.',
    '城市与海岛之间的轮渡将从周五起恢复运行。',
  ], ['3+4 => 1+2', '5 => 6']),
  page('negative: a one-word label over a title in both languages stays a label of its own', [
    'Section:',
    'Duties of the harbour master',
    '条:',
    '港务长的职责',
    'The harbour master shall keep a record of every ship entering the port.',
    '港务长须记录每一艘进港船舶。',
  ], ['1 => 3', '2 => 4', '5 => 6']),
  page('a travel page: each place\'s English heading, then its Chinese heading closing on the English name in brackets, the excerpt cut off in the last English paragraph', [
    'Travel Notes',
    '旅行笔记',
    'Lijiang, Yunnan',
    '▌中国丽江(Lijiang, China)',
    'Lijiang is an old town of stone streets and canals at the foot of a snow mountain.',
    '丽江是一座位于雪山脚下、有石板街和水渠的古城。',
    'Xishuangbanna, China',
    '▌中国西双版纳(Xishuangbanna, China)',
    'Xishuangbanna, in the far south of Yunnan, is known for its rain forests, wild elephants and the',
  ], ['1 => 2', '3 => 4', '5 => 6', '7 => 8', '9 => -']),
  page('the same without the English heading: the Chinese heading stays alone beside the cut-off paragraph naming the place', [
    'Lijiang is an old town of stone streets and canals at the foot of a snow mountain.',
    '丽江是一座位于雪山脚下、有石板街和水渠的古城。',
    '▌中国西双版纳(Xishuangbanna, China)',
    'Xishuangbanna, in the far south of Yunnan, is known for its rain forests, wild elephants and the',
  ], ['1 => 2', '- => 3', '4 => -']),
  page('negative: a Chinese line closing on its English in brackets beside a rendering of about that length pairs with it', [
    'The class will visit three old houses this week.',
    '本周全班将参观三座老房子。',
    '今天的主题是城市里的老建筑(Old Buildings in the City)',
    'Today\'s topic is the old buildings in our city',
  ], ['1 => 2', '4 => 3']),
  page('a study page in traditional characters: a numbered section label over a word list, each headword alone on its line over its sense opening on a part of speech', [
    'The farm sector grew faster than expected last year, the report said.',
    '報告稱，去年農業部門的增長快於預期。',
    '二、單詞',
    'sector',
    'n. 部門；領域',
    'harvest',
    'n. 收成',
  ], ['1 => 2'], [3, 4, 5, 6, 7]),
  page('negative: a numbered section heading that is no label pairs with its translation', [
    '二、城市交通',
    '2. City Transport',
    'More people took the subway to work last year than ever before.',
    '去年乘地铁上班的人比以往任何时候都多。',
  ], ['2 => 1', '3 => 4']),
  page('negative: a phrase over its sense without a part of speech is a pair of its own, after an entry that has one', [
    'resonate',
    'v. 共鸣；回响',
    'strike a chord',
    '引起共鸣',
    'Old Songs Find New Fans',
    'A band of students has recorded the songs their grandparents sang, and the album sells well.',
    '老歌找到新粉丝',
    '一支学生乐队录制了他们祖父母唱过的歌，专辑卖得很好。',
  ], ['3 => 4', '5 => 7', '6 => 8'], [1, 2]),
];

describe('page shapes left open by earlier rounds', () => {
  testPages(PAGES);

  it('a one-line page opening with a title and a date in both languages is cut at each', () => {
    const text = 'River Clean-Up Brings Back Fish 河流治理让鱼儿回归 August 18, 2011 2011 年8月 18 日 Volunteers cleared rubbish from the river every weekend for a year. 一年来，志愿者每个周末都清理河里的垃圾。 Now fish have come back to the water near the old bridge. 如今，鱼儿又回到了老桥附近的水中。\n';
    expect(split(text).map((b) => [b.lang, b.text])).toEqual([
      ['en', 'River Clean-Up Brings Back Fish'],
      ['zh', '河流治理让鱼儿回归'],
      ['en', 'August 18, 2011'],
      ['zh', '2011 年8月 18 日'],
      ['en', 'Volunteers cleared rubbish from the river every weekend for a year.'],
      ['zh', '一年来，志愿者每个周末都清理河里的垃圾。'],
      ['en', 'Now fish have come back to the water near the old bridge.'],
      ['zh', '如今，鱼儿又回到了老桥附近的水中。'],
    ]);
    const result = align(text);
    const ids = new Map(result.blocks.map((b) => [b.id, b.text]));
    const two = result.pairs.filter((p) => p.en.length && p.zh.length).map((p) => [ids.get(p.en[0]!), ids.get(p.zh[0]!)]);
    expect(two).toContainEqual(['River Clean-Up Brings Back Fish', '河流治理让鱼儿回归']);
    expect(two).toContainEqual(['Now fish have come back to the water near the old bridge.', '如今，鱼儿又回到了老桥附近的水中。']);
  });

  it('lyrics on one line, Chinese and English phrases alternating without a mark, are cut at each phrase', () => {
    const text = '月亮代表我的心 The moon represents my heart 你问我爱你有多深 You ask me how deep my love is 我爱你有几分 How much I love you\n';
    expect(split(text).map((b) => [b.lang, b.text])).toEqual([
      ['zh', '月亮代表我的心'],
      ['en', 'The moon represents my heart'],
      ['zh', '你问我爱你有多深'],
      ['en', 'You ask me how deep my love is'],
      ['zh', '我爱你有几分'],
      ['en', 'How much I love you'],
    ]);
    expect(align(text).pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(3);
  });

  it('negative: a Chinese line naming English titles among its words stays one block', () => {
    for (const line of ['我最喜欢的电影是 The Lord of the Rings 因为它很好看', '我们今天学习 Past Perfect Tense 以及 Future Continuous Tense 的用法']) {
      expect(split(`${line}\n`).map((b) => b.text)).toHaveLength(1);
    }
  });

  it('a long machine-translated English paragraph opening in lower case, its Chinese on the same line, is cut from it', () => {
    const en = 'the museum opened a new hall for old maps on monday , more than two thousand people came on the first day , many of them students from the nearby schools who came with their teachers';
    const zh = '周一，博物馆开设了一个古地图新展厅，首日有两千多人参观，其中许多是附近学校的学生，他们和老师一起来参观';
    expect(split(`Old maps go on show 古地图展出\n${en} ${zh}\n`).map((b) => b.text)).toEqual(['Old maps go on show', '古地图展出', en, zh]);
  });

  it('negative: a Chinese sentence quoting a short English sentence in lower case before it stays whole', () => {
    expect(split('the quick brown fox jumps over the lazy dog 是一个包含所有英文字母的句子，常用于测试字体的显示效果。\n')).toHaveLength(1);
  });

  it('negative: a date inside the sentences of a one-line page stays in its sentence', () => {
    const text = 'Ferry Service Returns 轮渡恢复运行 The ferry returned on August 18, 2011 after two years of repairs. 2011年8月18日，经过两年维修的轮渡恢复运行。 Boats leave every hour from the old pier. 渡轮每小时从老码头出发一班。\n';
    expect(split(text).map((b) => b.text)).toEqual([
      'Ferry Service Returns',
      '轮渡恢复运行',
      'The ferry returned on August 18, 2011 after two years of repairs.',
      '2011年8月18日，经过两年维修的轮渡恢复运行。',
      'Boats leave every hour from the old pier.',
      '渡轮每小时从老码头出发一班。',
    ]);
  });
});
