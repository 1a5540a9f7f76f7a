import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { Lang } from '../../src/types.js';
import { doublingRatio } from '../perf/timing.js';

/**
 * The general rules that find names no list holds, each with cases it must find and cases it
 * must leave alone. Sentences written for the test; the names are real public names. Rules
 * only (no taggers), as `align` runs by default.
 */
const found = (text: string, lang: Lang): string[] =>
  extractEntities(text, lang).map((c) => `${text.slice(c.start, c.end)}/${c.type}=${c.value}`);

type Case = [text: string, expected: string[]];

const RULES: [rule: string, lang: Lang, cases: Case[]][] = [
  [
    'an all-caps acronym before a lower-case organization word',
    'en',
    [
      ['Analysts at the IDC research firm expect shipments to fall 4% this year.', ['IDC/org=idc']],
      ['The OPN party won 12 seats; OPN leaders called it a start.', ['OPN/org=opn', 'OPN/org=opn']],
      ['The GDP figures and the CPU market both grew by 5% in March.', []],
      ['NASA said the launch would slip to May.', []],
      ['Figures from the U.S. Census Bureau and U.K. officials differ.', ['U.S./place=united states', 'Census Bureau/org=bureau census', 'U.K./place=united kingdom']],
    ],
  ],
  [
    'an acronym in apposition to an organization takes its key',
    'en',
    [
      [
        'The Kenya Wildlife Service (KWS) said KWS rangers had counted 36 lions.',
        ['Kenya Wildlife Service/org=kenya service wildlife', 'KWS/org=kenya service wildlife', 'KWS/org=kenya service wildlife'],
      ],
      [
        'SMMT, the Society of Motor Manufacturers and Traders, said output rose.',
        ['SMMT/org=automobile manufacturers society traders', 'Society of Motor Manufacturers and Traders/org=automobile manufacturers society traders'],
      ],
      ['The CEO, the chairman and the board agreed on Tuesday.', []],
    ],
  ],
  [
    'X University and University of X',
    'en',
    [
      ['She studied at Lanzhou University and then at the University of Nottingham.', [
        'Lanzhou University/org=lanzhou university',
        'University of Nottingham/org=nottingham university',
      ]],
      ['She went to university in the autumn, as her brother had.', []],
    ],
  ],
  [
    'a pinyin name before City, County, District or Prefecture',
    'en',
    [
      ['Officials from Mianyang City and Pidu District met on Friday.', ['Mianyang City/place=mianyang', 'Pidu District/place=pidu']],
      ['Kansas City and the Inner City Partnership were not on the list.', []],
    ],
  ],
  [
    'a nationality adjective names its country',
    'en',
    [
      ['Russian officials met South Korean and Swiss envoys in Geneva.', [
        'Russian/place=russia',
        'South Korean/place=south korea',
        'Swiss/place=switzerland',
        'Geneva/place=geneva',
      ]],
      ['The Russian Software Industry Association met on Monday.', ['Russian Software Industry Association/org=association industry russia software']],
      ['Swissair and the Frenchman were late.', []],
    ],
  ],
  [
    'a title before a name',
    'en',
    [
      ['On Monday President Emmanuel Macron opened the summit.', ['Emmanuel Macron/person=emmanuel macron']],
      ['Kremlin spokesman Dmitry Peskov declined to comment.', ['Dmitry Peskov/person=dmitry peskov']],
      ['A concert by the singer Adele Adkins sold out; the singer Said Nothing.', ['Adele Adkins/person=adele adkins']],
      ['The President said on Monday that the summit would open.', []],
    ],
  ],
  [
    'a name before a strong organization suffix (公司, 集团, 银行, 大学, 研究院, 协会)',
    'zh',
    [
      ['华为公司发布了新款手机。', ['华为公司/org=company huawei']],
      ['据招商银行介绍，利率下调了0.1个百分点。', ['招商银行/org=bank zhaoshang']],
      ['中国汽车工业协会的数据显示销量增长。', ['中国汽车工业协会/org=association automobile china industry']],
      ['兰州大学和电子科技大学的学生参加了比赛。', ['兰州大学/org=lanzhou university', '电子科技大学/org=electronic science technology university']],
      ['这家公司和多家上市公司都表示反对。', []],
      ['一家建筑垃圾回收公司由研究公司评估。', []],
      ['世界经济论坛在达沃斯开幕。', ['世界经济论坛/org=economy forum world']],
      ['国家统计局和世界旅游组织公布了数据。', ['国家统计局/org=bureau national statistics', '世界旅游组织/org=organization tourism world']],
      ['他在大学里学的是科技公司管理。', []],
      ['西部十省(区、市)软件行业协会联合发出倡议。', []],
    ],
  ],
  [
    'a two-character place name before 市, 省, 县, 新区, or 区 after its city',
    'zh',
    [
      ['成都市温江区和绵阳市的代表出席了会议。', ['成都市/place=chengdu', '温江区/place=wenjiang', '绵阳市/place=mianyang']],
      ['感染区和安全区都已划定，浦东新区也一样。', ['浦东新区/place=pudong']],
      ['四川省宜宾市今年的产量增长了一成。', ['四川省/place=sichuan', '宜宾市/place=yibin']],
      ['在城市和超市里，全省各地的社区都可节省时间。', []],
      ['四川省和成都市有关市级部门出席。', ['四川省/place=sichuan', '成都市/place=chengdu']],
    ],
  ],
  [
    'a surname and a given name before a speech verb',
    'zh',
    [
      ['王毅表示，双方将加强合作。', ['王毅/person=wang yi']],
      ['会上，孙文龙说开源需要更多人参与。', ['孙文龙/person=sun wenlong']],
      ['文章指出，公司表示，官方称，这些说法并不准确。', []],
      ['韩国表示欢迎。', ['韩国/place=south korea']],
    ],
  ],
  [
    'a transliterated name joined by a middle dot',
    'zh',
    [
      ['反对派人士阿列克谢·纳瓦尔尼的支持者聚集。', ['阿列克谢·纳瓦尔尼/person=aliekexie nawaerni']],
      ['以“新起点·新机遇”为主题的论坛开幕。', []],
    ],
  ],
  [
    'a name before a title (X总统, X总理)',
    'zh',
    [
      ['马克龙总统与拜登总统举行了会晤。', ['马克龙/person=makelong', '拜登/person=baideng']],
      ['会上，李强总理发表了讲话。', ['李强/person=li qiang']],
      ['国家主席和美国总统出席了开幕式。', ['美国/place=united states']],
    ],
  ],
];

for (const [rule, lang, cases] of RULES) {
  describe(`rule: ${rule}`, () => {
    it.each(cases)('%s', (text, expected) => {
      expect(found(text, lang)).toEqual(expected);
    });
  });
}

describe('the rules stay linear on hostile input', () => {
  it.each([
    ['en', 'The Kenya Wildlife Service (KWS) and KWS, the IDC research firm, U.S. Mianyang City. '],
    ['zh', '华为公司和招商银行，成都市温江区，王毅表示，马克龙总统，国家统计局。'],
  ] as const)('%s: doubling the input at most about doubles the time', (lang, unit) => {
    const texts = new Map([200, 800].map((n) => [n, unit.repeat(n)]));
    expect(doublingRatio(200, (n) => extractEntities(texts.get(n)!, lang))).toBeLessThan(3);
  }, 60_000);
});
