import { describe, expect, it } from 'vitest';
import { partnerlessKind } from '../../src/checks/block-kind.js';
import { missingTranslation } from '../../src/checks/missing-translation.js';
import { unpairedBlock } from '../../src/checks/unpaired-block.js';
import { untranslated } from '../../src/checks/untranslated.js';
import type { Block } from '../../src/types.js';
import { brief, doc, run, type SideSpec, type Unit } from './helpers.js';
import { align } from '../../src/index.js';

const TITLE_EN = { text: "How to promote the high-quality development of Chengdu's software industry?" };
const TITLE_ZH = { text: '如何促进成都软件产业高质量发展?他们这样说' };
const BODY_EN = { text: 'Sun Wenlong, chairman of the Open Atom Open Source Foundation, said in his speech that as an advocate and practitioner of open source, the Foundation has always paid attention to and supported the development of open source in various places.' };
const BODY_ZH = { text: '开放原子开源基金会理事长孙文龙在致辞中说,作为开源的倡导者和实践者,基金会始终关注和支持各地方的开源发展。' };
const PEN_EN = { text: 'The Software School of the University of Electronic Science and Technology will be selected as the first batch of 33 national-level characteristic demonstration software colleges in 2021.' };
const PEN_ZH = { text: '电子科技大学软件学院2021年入选首批33所国家级特色化示范性软件学院。' };
const RELATED = {
  text: "Related news\nA big boost to Uttar Pradesh Cross-Border Trade and Tech Collaboration in Russia during International Technology Congress, Moscow-Russia\nPresident of the Russian Software Industry Association: «Optimistic about Chengdu's rich software application scenarios, and hope that the BRICS countries will jointly build a network»",
};

/** The seed's frame: title, dateline, title, two paragraph pairs, the source URL and the related news. */
function seedFrame(extra: Unit[] = []): ReturnType<typeof doc> {
  const d = doc([
    { en: TITLE_EN, zh: TITLE_ZH },
    { alone: { text: '11 January 2024' }, lang: 'en' },
    { en: BODY_EN, zh: BODY_ZH },
    ...extra,
    { en: PEN_EN, zh: PEN_ZH },
    { alone: RELATED, lang: 'en' },
  ]);
  const url: Block = { ...d.blocks.at(-1)!, id: 'b99', index: 99, lang: 'und', text: 'www.cqcb.com', line: 99, column: 1 };
  return { ...d, blocks: [...d.blocks, url] };
}

describe('partnerlessKind', () => {
  it.each([
    ['11 January 2024', 'dateline'], ['2024年1月11日 来源：新华社', 'dateline'], ['www.cqcb.com', 'url'],
    ['https://example.com/a/b', 'url'], ['@city_desk https://social.example.org/@night_desk/7731', 'url'], ['By Staff Reporter', 'byline'], ['责任编辑：王芳', 'byline'], ['(完)', 'byline'],
    ['来源：重庆晨报', 'source'], ['Source: Xinhua', 'source'], [RELATED.text, 'list'], [TITLE_EN.text, 'heading'],
    ['图：软洽会现场', 'caption'],
    ['Related: Bus fares frozen for 2025', 'list'], ['延伸阅读：地铁票价明年不变', 'list'],
    ['HONG KONG, May 3 (Xinhua) --', 'dateline'], ['Reporter: Wu Qi', 'byline'],
    ['（記者陳柏宇）', 'byline'], ['來源：自由時報', 'source'], ['資料來源：港灣海關新聞公佈', 'source'], ['新闻来源：港湾日报', 'source'], ['相關報導\n加入好友 LINE', 'list'], ['相關報導：颱風過後的重建工作', 'list'], ['相關連結：交通部公告', 'list'],
    ['責任編輯：林雅婷', 'byline'], ['相關新聞\n加入好友 LINE', 'list'], ['延伸閱讀', 'list'],
    ['圖：颱風過後的街道', 'caption'],
    ['2031年全国运动会 | National Games 2031', 'heading'],
    // a site's menu, breadcrumb or footer on one line, in one language or both
    ['Harbour Daily | Politics | Society | Economy | Transport | Sports | English | 中文', 'chrome'],
    ['港湾银行 Harbour Bank ｜ 个人业务 Personal Banking ｜ 企业业务 Business ｜ 登录 Log in', 'chrome'],
    ['清溪公园 Qingxi Park ｜ 首页 Home > 公园简介 About the Park > 大事记 Milestones', 'chrome'],
    ['回到顶部 Back to top | 使用条款 Terms of Use | © 2031 港湾航空 Harbour Air', 'chrome'],
    ['You may also like: Ginger Pear Cake · Ten-Minute Noodles · Spring Onion Pancakes', 'list'],
    ['上一课：Lesson 7 The Night Bus ｜ 下一课：Lesson 9 The Old Pier', 'chrome'], ['Previous: Lesson 7 | Next: Lesson 9', 'chrome'],
    // a page's line of when it was published, under its label
    ['发布时间：2031年3月2日 星期日 来源：港湾日报 阅读 1.2万', 'dateline'], ['發佈時間：2031年3月2日', 'dateline'],
    ['Published: 2 March 2031', 'dateline'], ['Updated on Mar 2, 2031 10:15', 'dateline'],
    // a press contact's numbers and addresses, in either language
    ['Tel: +852 3921 4410', 'byline'], ['電話：3921 4410 ｜ 電郵：media@harbour-air.example', 'byline'],
    ['Fax: (852) 2507-1190\nE-mail: press@harbour-air.example', 'byline'], ['传真：010-6655 1234', 'byline'],
    // a press contact named before the numbers
    ['Media contact: Mr Tan Wei Jie, +65 6777 1203, press@harbour-air.example', 'byline'], ['联系人：周宁 电话：021-5566 7788', 'byline'],
    // an office named before the number, the line closed by a stop
    ['Press enquiries: Harbour Transport Department, tel. 3921 4410.', 'byline'],
    // the label alone before the numbers and addresses
    ['Contact: newsroom@harbour-air.example | Tel: 021-5566 7788', 'byline'], ['聯絡人：電話 3921 4410 ｜ 電郵 media@harbour-air.example', 'byline'],
    // a translator's and an editor's credit in brackets, apart by slashes; a site and its column before a name
    ['（译者/林晓 责任编辑/周宁）', 'byline'], ['（港湾日报网双语频道 陈思远）', 'byline'],
    // a wire's header over the company that issued the release
    ['News provided by\nHarbour Robotics Co., Ltd.', 'byline'],
    // a site's editor named in Latin letters in the brackets of its credit
    ['（港湾日报网双语频道 Nora 编辑）', 'byline'],
    // a release's closing line of who issued it, perhaps over its press contact
    ['Issued on behalf of Harbour Robotics Ltd by Quay Communications', 'source'],
    ['Issued by the Harbour Transport Department\nMedia contact: Ms Lee Mei | Tel: +852 3921 4410', 'source'],
    // a release's note on its issuer under `About`, short or at length
    ['About Harbour Robotics\nHarbour Robotics makes welding arms for shipyards.', 'source'],
    ['关于港湾机器人\n港湾机器人成立于2009年，为船厂制造焊接机械臂。', 'source'],
    [`About Harbour Robotics\n${'Harbour Robotics makes welding arms for shipyards and employs 900 people in three cities. '.repeat(4)}`, 'source'],
    // a page's reading time
    ['Reading time: 6 min (1,400 words)', 'chrome'], ['5 min read', 'chrome'], ['阅读时间：约3分钟', 'chrome'],
    // a quiz question with its answer in brackets, and a reference translation under an exercise
    ['1. How many ferries sail each day? (40)', 'vocabulary'], ['参考译文：渡轮每天开出40班。', 'vocabulary'],
  ] as const)('%s → %s', (text, kind) => {
    expect(partnerlessKind({ id: 'b1', index: 0, lang: 'en', text, start: 0, end: text.length, line: 1, column: 1 })).toBe(kind);
  });
  it.each([BODY_EN.text, BODY_ZH.text, PEN_EN.text, 'A few spare postcards I had in my bag as well', '@city_desk nice one!', 'See also the chart below, which shows fares since 2010.', 'Read more about it: the report runs to 300 pages and covers every district.',
    '記者會上，市長表示將增加三條公車路線，並延長末班車時間。', '记者会上，市长表示将增加三条公交线路。',
    // a table's row of figures, and a sentence that lists with bars, are text of the page
    'trips on the harbour line | 1,204 | 1,310 | up 8.8% on the year', 'Choose one: red | green | blue. Then press the button to save it.',
    'Updated figures show 30% growth in the first quarter of the year.',
    // `About` before a number opens a sentence, no note on an issuer
    'About 300 riders came.\nMost of them left by noon.',
    // a sentence that gives a number to call is text of the page
    'Call the hotline on 3921 4410 from Monday.', '市民可致電熱線3921 4410查詢。',
    // a bracketed aside that opens on a word of the press is text of the page
    '（记者会上，市长表示将增加班次）', '（网上报名 请致电）',
    // an issuer and a reading time in a sentence of the text
    'Issued by the board, the rules took effect in May.', 'Reading time is short for most pupils, the survey found.'])('body text is none of them: %s', (text) => {
    expect(partnerlessKind({ id: 'b5', index: 4, lang: 'en', text, start: 0, end: text.length, line: 1, column: 1 })).toBeUndefined();
  });
  it('a block of more than 200 characters may still be a list of links, a caption or a list of lines', () => {
    const block = (text: string) => ({ id: 'b1', index: 3, lang: 'en' as const, text, start: 0, end: text.length, line: 1, column: 1 });
    const links = Array.from({ length: 12 }, (_, k) => `https://news.example.org/city/2031/story-${k}`).join('\n');
    expect(partnerlessKind(block(links))).toBe('url');
    expect(partnerlessKind(block(`圖：${'颱風過後，居民清理街道上的倒塌樹木與招牌，市府派出清潔隊協助'.repeat(8)}`))).toBe('caption');
    const items = Array.from({ length: 8 }, (_, k) => `Ferry timetable for pier ${k + 1} on weekdays and holidays`).join('\n');
    expect(partnerlessKind(block(items))).toBe('list');
    expect(partnerlessKind(block(`${BODY_EN.text} ${PEN_EN.text}`))).toBeUndefined();
  });

  it('a short line without a sentence end is a heading at the top or in title case', () => {
    const block = (text: string, index: number) => ({ id: 'b1', index, lang: 'en' as const, text, start: 0, end: text.length, line: 1, column: 1 });
    expect(partnerlessKind(block('They said it is not mandatory', 0))).toBe('heading');
    expect(partnerlessKind(block('They said it is not mandatory', 6))).toBeUndefined();
    expect(partnerlessKind(block('Software Cities Compete for Talent', 6))).toBe('heading');
  });
});

describe('unpaired-block and missing-translation', () => {
  it('the seed frame: dateline, list and URL are info, nothing is missing', () => {
    const d = seedFrame();
    expect(run(unpairedBlock, d).map(brief)).toEqual([
      'info p2: EN block "11 January 2024" has no partner (a dateline)',
      'info p5: EN block "Related news A big boost to Uttar Prades…" has no partner (a list)',
      'info p5: Block "www.cqcb.com" is in neither language (a URL)',
    ]);
    expect(run(missingTranslation, d)).toEqual([]);
  });

  it('a paragraph whose translation is missing is an error, on its own pair', () => {
    const d = seedFrame([{ alone: { text: 'Chengdu is a vibrant and innovative city. It is the science and technology center of western China.' }, lang: 'en' }]);
    expect(run(missingTranslation, d).map(brief)).toEqual([
      'error p4: EN paragraph "Chengdu is a vibrant and innovative city…" has no Chinese counterpart',
    ]);
    expect(run(unpairedBlock, d).map((f) => f.pair)).toEqual(['p2', 'p6', 'p6']);
  });

  it('a Chinese paragraph without its English is an error too', () => {
    const d = seedFrame([{ alone: { text: '成都是座充满活力和创新的城市,是中国西部的科技中心,拥有众多高校、科研机构和科技企业。' }, lang: 'zh' }]);
    const [finding] = run(missingTranslation, d);
    expect(brief(finding!)).toBe('error p4: ZH paragraph "成都是座充满活力和创新的城市,是中国西部的科技中心,拥有众多高校、科研机构和科技…" has no English counterpart');
    expect(finding!.locations).toEqual({ zh: { line: finding!.line, column: 1 } });
  });

  it('a document without any pair says only info', () => {
    const d = doc([{ alone: BODY_EN, lang: 'en' }]);
    expect(run(missingTranslation, d)).toEqual([]);
    expect(run(unpairedBlock, d).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('untranslated', () => {
  const copy: SideSpec = { text: BODY_EN.text };
  it('a partnerless block repeating its source is an error, not a missing translation, told once at the copy', () => {
    const d = doc([{ en: TITLE_EN, zh: TITLE_ZH }, { alone: BODY_EN, lang: 'en' }, { alone: copy, lang: 'en' }, { en: PEN_EN, zh: PEN_ZH }]);
    expect(run(untranslated, d).map(brief)).toEqual([
      'error p3: EN block "Sun Wenlong, chairman of the Open Atom O…" repeats another block instead of translating it',
    ]);
    expect(run(missingTranslation, d)).toEqual([]);
  });

  it('a paragraph recurring far away (a related-news list after every article) is no copy', () => {
    const pairs = Array.from({ length: 3 }, () => ({ en: PEN_EN, zh: PEN_ZH }));
    const d = doc([{ en: TITLE_EN, zh: TITLE_ZH }, { alone: BODY_EN, lang: 'en' }, ...pairs, { alone: copy, lang: 'en' }]);
    expect(run(untranslated, d)).toEqual([]);
  });

  it('an English paragraph pasted into the Chinese half of a page is told once, on the copy', () => {
    const en = [
      'Harbour ferries will add 40 night sailings from June 1, the operator said on Monday.',
      'The new timetable will cost about HK$12 million a year, paid for by a government subsidy.',
      'Passengers on the outlying island routes have asked for later sailings since 2021.',
    ];
    const zh = ['营运商周一表示，港口渡轮将于6月1日起增加40班夜航。', '新时间表每年耗资约1200万港元，由政府补贴支付。'];
    const result = align([...en, ...zh, en[2]].join('\n\n'));
    const told = result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.line}`);
    expect(told).toEqual(['untranslated 11']);
  });

  it('an English paragraph in the Chinese file of two files is an error', () => {
    const d = doc([{ en: TITLE_EN, zh: TITLE_ZH }, { en: BODY_EN, zh: BODY_ZH }, { en: PEN_EN, zh: PEN_ZH }]);
    const copy = { ...d.blocks.find((b) => b.text === BODY_EN.text)!, id: 'b9', index: 9 };
    for (const b of d.blocks) b.source = b.lang === 'zh' ? 'zh.txt' : 'en.txt';
    copy.source = 'zh.txt';
    const blocks = [...d.blocks, copy];
    const pairs = [...d.pairs, { id: 'p4', en: ['b9'], zh: [], score: 0.2 }];
    const withCopy = { ...d, blocks, pairs };
    expect(run(untranslated, withCopy).map(brief)).toEqual([
      'error p4: EN block "Sun Wenlong, chairman of the Open Atom O…" is left in English in the Chinese file',
    ]);
    expect(run(missingTranslation, withCopy)).toEqual([]);
  });

  it('English prose left inside the Chinese is a warning', () => {
    const d = doc([{ en: BODY_EN, zh: { text: `开放原子开源基金会理事长孙文龙在致辞中说, as an advocate and practitioner of open source, the Foundation has always paid attention to and supported the development of open source in various places。` } }]);
    expect(run(untranslated, d).map(brief)).toEqual([
      'warning p1: ZH holds English copied from the source: "as an advocate and practitioner of open source, the Foundati…" (25 words)',
    ]);
  });

  const quiet: [string, string][] = [
    ['names, terms and acronyms', '我们将扩展合作领域,包括人工智能、CAD/CAM/CAE/PLM技术、量子通信、6G技术以及数字金融资产等,在不断增长的“金砖+”机制中与RUSSOFT紧密合作。'],
    ['a foreign word explained in brackets', '有人把这种情绪叫作“周一恐惧症”（Montagsangst），说它让整个部门的效率下降了一成。'],
    ['handles and links', '@city_desk https://social.example.org/@night_desk/113204417759902231 说得对'],
    ['a title of a work', '他们演唱了《Dancing Queen》和《Take a Chance on Me》。'],
  ];
  it.each(quiet)('stays quiet on %s', (_, zh) => {
    expect(run(untranslated, doc([{ en: BODY_EN, zh: { text: zh } }]))).toEqual([]);
  });
});

describe('a line that names a contact but says more', () => {
  it('is no byline', () => {
    const text = 'Media contact: the hotline on 2835 1473 will take complaints from Monday.';
    expect(partnerlessKind({ id: 'b1', index: 3, lang: 'en', text, start: 0, end: text.length, line: 1, column: 1 })).not.toBe('byline');
  });
});

describe('a list of related links whose lines the two languages share in part', () => {
  const page = (extra: string) => [
    'Shipping rates climb for a third week',
    '',
    '航运价格连续第三周上涨',
    '',
    'Container rates on the Asia-Europe route rose 6% this week, the exchange said.',
    '',
    '交易所表示，本周亚欧航线集装箱运价上涨6%。',
    '',
    'Related stories:',
    '- Port volumes hit a five-month high',
    '- 港口吞吐量创五个月新高',
    extra,
    '',
  ].join('\n');

  it('leaves a link the other list lacks at info, as a list', () => {
    const findings = align(page('- Fuel costs weigh on carriers as oil prices climb again')).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => f.ruleId === 'unpaired-block').map((f) => f.message).join('\n')).toMatch(/Fuel costs.*\(a list\)/);
    // a short link after its dash too, no signature
    expect(align(page('- Fuel costs weigh on carriers')).findings.filter((f) => f.ruleId === 'unpaired-block').map((f) => f.message).join('\n')).toMatch(/Fuel costs.*\(a list\)/);
  });

  it('still tells a paragraph after the list, past a blank line', () => {
    const findings = align(`${page('')}\nFreight forwarders expect the rise in rates to last into the new year, as carriers cut sailings.\n`).findings;
    expect(findings.filter((f) => f.ruleId === 'missing-translation')).toHaveLength(1);
  });
});
