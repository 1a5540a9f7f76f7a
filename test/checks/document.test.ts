import { describe, expect, it } from 'vitest';
import { compileGlossary, glossary } from '../../src/checks/glossary.js';
import { inconsistentTerm } from '../../src/checks/inconsistent-term.js';
import { lengthRatio } from '../../src/checks/length-ratio.js';
import { brief, doc, run, type SideSpec, type Unit } from './helpers.js';

/** Paragraph pairs of the seed article. */
const SEED: [string, string][] = [
  ['Sun Wenlong, chairman of the Open Atom Open Source Foundation, said in his speech that as an advocate and practitioner of open source, the Foundation has always paid attention to and supported the development of open source in various places.Chengdu is a vibrant and innovative city. It is the science and technology center of western China. It has many universities, scientific research institutions and science and technology enterprises. It has a good innovation atmosphere and talent base.',
    '开放原子开源基金会理事长孙文龙在致辞中说,作为开源的倡导者和实践者,基金会始终关注和支持各地方的开源发展。成都是座充满活力和创新的城市,是中国西部的科技中心,拥有众多高校、科研机构和科技企业,具有良好的创新氛围和人才基础。'],
  ['The Software School of the University of Electronic Science and Technology will be selected as the first batch of 33 national-level characteristic demonstration software colleges in 2021. The college focuses on the fields of large-scale industrial software and embedded software, and jointly carries out key technical research and characteristic talent training with enterprises. Peng Lan, deputy secretary of the Party Committee of the University of Electronic Science and Technology, hopes to use the conference platform to carry out more and better cooperation and exchanges with the guests, deepen the integration of industry and education, and boost the construction of China’s famous software city.',
    '电子科技大学软件学院2021年入选首批33所国家级特色化示范性软件学院,学院聚焦大型工业软件和嵌入式软件领域,与企业联合开展关键技术攻关和特色化人才培养。电子科技大学党委副书记彭岚希望和与会嘉宾借助软洽会平台开展更多更好的合作交流,深化产教融合,助推中国软件名城的建设。'],
  ['It is understood that in terms of software industry collaboration in the twin-city economic circle of the Chengyu Region, Sichuan Province insists on being demand-oriented, «filling short boards» and «forging long boards» at the same time, focusing on key tasks such as intelligent transformation and digital transformation of manufacturing, helping the digital economy and the real economy to deeply integrate, build a national artificial intelligence industry development highland, and support a series of intelligent scenarios.Chongqing has actively integrated into the construction of the twin-city economic circle in the Chengyu region, vigorously promoted the «Gypsophila» action plan, and the development of Chongqing’s software industry has accelerated.',
    '据了解,在成渝地区双城经济圈软件产业协同方面,四川省坚持以需求为导向,“补短板”“锻长板”并举,围绕制造业智能化改造数字化转型等重点任务,助力数字经济与实体经济深度融合,打造全国人工智能产业发展高地,支撑一系列智能化场景打造。重庆积极融入成渝地区双城经济圈建设,有力推进“满天星”行动计划,重庆市软件产业发展跑出加速度。'],
  ['In the construction of a world-class automobile industry cluster between Sichuan and Chongqing, the two places have effectively played the role of new qualitative productivity of artificial intelligence, spawning a large number of intelligent connected vehicle application scenarios such as unmanned distribution, intelligent driving taxis, buses, and vehicle-road collaboration, bringing new growth points to regional cooperation and pan-regional cooperation. At the conference was released the «Sichuan Province Intelligent Connected Vehicle Software Industry Development Report and Industry Map», which is also the first time Sichuan Province has released a report on the intelligent Connected Vehicle Software Industry.',
    '在川渝共建世界级汽车产业集群中,两地有力发挥了人工智能新质生产力作用,催生了无人配送、智能驾驶出租车、公交车,以及车路协同等一大批智能网联汽车应用场景,为区域合作和泛区域合作带来新的增长点。会议发布了《四川省智能网联汽车软件产业发展报告暨产业图谱》,这也是四川省首次发布智能网联汽车软件产业相关报告。'],
];
const seedUnits = (): Unit[] => SEED.map(([en, zh]) => ({ en: { text: en }, zh: { text: zh } }));

describe('length-ratio', () => {
  it('stays quiet on the seed paragraphs', () => {
    expect(run(lengthRatio, doc(seedUnits()))).toEqual([]);
  });

  it('flags a translation that keeps only its first sentence', () => {
    const units = seedUnits();
    units[1] = { en: { text: SEED[1]![0] }, zh: { text: '电子科技大学软件学院2021年入选首批33所国家级特色化示范性软件学院。' } };
    const findings = run(lengthRatio, doc(units));
    expect(findings.map((f) => `${f.severity} ${f.pair}`)).toEqual(['warning p2']);
    expect(findings[0]!.message).toMatch(/^The Chinese is \d\.\dx shorter than the document's ratio expects .*possible omission$/);
  });

  it('counts Latin names the Chinese repeats in brackets as the English they are', () => {
    const byline = { en: { text: 'Reporting by Hannah Whitfield in Brussels' }, zh: { text: '布鲁塞尔的汉娜•惠特菲尔德(Hannah Whitfield)报道' } };
    expect(run(lengthRatio, doc([...seedUnits(), byline]))).toEqual([]);
  });

  it('counts the digits of a notice\'s reference as the English they are', () => {
    const header = { en: { text: 'Issued: June 3, 2026\nRef.: Harbour Works No. 1150004421' }, zh: { text: '發文日期：中華民國115年6月3日\n發文字號：港工字第1150004421號' } };
    expect(run(lengthRatio, doc([...seedUnits(), header]))).toEqual([]);
  });

  it('leaves out pairs whose sides are the same link', () => {
    const link = 'https://social.example.org/@night_desk/113204417759902231';
    expect(run(lengthRatio, doc([...seedUnits(), { en: { text: link }, zh: { text: link } }]))).toEqual([]);
  });
});

describe('glossary', () => {
  const entries = [{ en: 'software city', zh: '软件名城' }, { en: 'Open Atom Open Source Foundation', zh: '开放原子开源基金会' }];

  it('stays quiet when the required Chinese is there', () => {
    expect(run(glossary, doc(seedUnits()), {}, entries)).toEqual([]);
  });

  it('flags an English term whose required Chinese is absent, case-insensitive', () => {
    const units = seedUnits();
    units[1] = { en: { text: SEED[1]![0].replace('famous software city', 'famous Software City') }, zh: { text: SEED[1]![1].replace('软件名城', '软件城市') } };
    const findings = run(glossary, doc(units), {}, entries);
    expect(findings.map(brief)).toEqual(['warning p2: EN "Software City" should be translated as "软件名城", which the Chinese lacks']);
    expect(findings[0]!.locations!.en!.column).toBe((units[1].en as SideSpec).text.indexOf('Software City') + 1);
  });

  it('matches whole words only and accepts alternatives', () => {
    const terms = compileGlossary([{ en: 'city', zh: '城市|名城' }, { en: 'City', zh: '都市' }]);
    expect(terms).toHaveLength(1);
    expect(terms[0]!.zh).toEqual(['城市', '名城', '都市']);
    expect('capacity'.match(terms[0]!.pattern)).toBeNull();
    const d = doc([{ en: { text: 'The electricity capacity grew.' }, zh: { text: '电力容量增长了。' } }]);
    expect(run(glossary, d, {}, [{ en: 'city', zh: '城市' }])).toEqual([]);
  });
});

describe('inconsistent-term', () => {
  const zhang = (zhName: string): Unit => ({
    en: { text: 'Zhang Li, president of the institute, said in his speech that Chengdu has a good foundation.', facts: [['Zhang Li', 'entity', 'zhang li', { type: 'person' }]] },
    zh: { text: `研究院院长${zhName}在大会致辞中说,成都产业基础好。`, facts: [[zhName, 'entity', 'zhang li', { type: 'person' }]] },
  });

  it('stays quiet when a name keeps its Chinese, or is shortened', () => {
    expect(run(inconsistentTerm, doc([zhang('张立'), zhang('张立')]))).toEqual([]);
    const short: Unit = {
      en: { text: 'Makarov said the cooperation is a priority.', facts: [['Makarov', 'entity', 'makarov', { type: 'person' }]] },
      zh: { text: '马卡洛夫表示合作是优先事项。', facts: [['马卡洛夫', 'entity', 'makaluofu', { type: 'person' }]] },
    };
    expect(run(inconsistentTerm, doc([short, short]))).toEqual([]);
  });

  it('stays quiet on the one-character short form of a place in another pair', () => {
    const city = (enText: string, zhName: string, zhText: string): Unit => ({
      en: { text: enText, facts: [['Chongqing', 'entity', 'chongqing', { type: 'place' }]] },
      zh: { text: zhText, facts: [[zhName, 'entity', 'chongqing', { type: 'place' }]] },
    });
    expect(run(inconsistentTerm, doc([
      city('Factories in Chongqing shipped more cars this year.', '重庆', '重庆的工厂今年出货更多汽车。'),
      city('Sichuan and Chongqing signed a deal on car parts.', '渝', '川渝两地签署了汽车零部件协议。'),
    ]))).toEqual([]);
  });

  it('flags a name written with other characters in another pair', () => {
    expect(run(inconsistentTerm, doc([zhang('张立'), zhang('章立')])).map(brief)).toEqual([
      'warning p2: EN "Zhang Li" is "章立" here but "张立" in p1',
    ]);
  });

  it('flags a repeated sentence translated differently', () => {
    const theme = 'With the theme of «New Journey. New Track. New Change», standing at a new starting point.';
    const d = doc([
      { en: { text: theme }, zh: { text: '以“新征程•新赛道•新变革”为主题,站在新的起点。' } },
      { en: { text: SEED[0]![0] }, zh: { text: SEED[0]![1] } },
      { en: { text: theme }, zh: { text: '以“新旅程•新轨道•新变化”为主题,站在新的起点。' } },
    ]);
    expect(run(inconsistentTerm, d).map(brief)).toEqual([
      'warning p3: EN sentence "With the theme of «New Journey. New Track. New Cha…" is translated differently than in p1',
    ]);
  });

  it('reads sentences from the sentence alignment inside pairs', () => {
    const sentence = 'Chengdu is a vibrant and innovative city.';
    const d = doc([
      { en: { text: `${sentence} It has many universities.` }, zh: { text: '成都是座充满活力和创新的城市。拥有众多高校。' } },
      { en: { text: `It has a good talent base. ${sentence}` }, zh: { text: '人才基础良好。成都是一座富有活力的创新城市。' } },
    ]);
    const span = (blockId: string, from: number, to: number) => {
      const block = d.blocks.find((b) => b.id === blockId)!;
      return { block: blockId, start: block.start + from, end: block.start + to, line: block.line, column: from + 1 };
    };
    d.pairs[0]!.sentences = [
      { en: [span('b1', 0, 41)], zh: [span('b2', 0, 15)], score: 1 },
      { en: [span('b1', 42, 66)], zh: [span('b2', 15, 21)], score: 1 },
    ];
    d.pairs[1]!.sentences = [
      { en: [span('b3', 0, 26)], zh: [span('b4', 0, 7)], score: 1 },
      { en: [span('b3', 27, 68)], zh: [span('b4', 7, 23)], score: 1 },
    ];
    const findings = run(inconsistentTerm, d);
    expect(findings.map(brief)).toEqual([
      'warning p2: EN sentence "Chengdu is a vibrant and innovative city." is translated differently than in p1',
    ]);
    expect(findings[0]!.locations!.en).toEqual({ line: 5, column: 28 });
  });

  it('stays quiet on a repeated sentence translated the same way', () => {
    const theme: SideSpec = { text: 'With the theme of «New Journey. New Track. New Change», standing at a new starting point.' };
    const zh: SideSpec = { text: '以“新征程•新赛道•新变革”为主题,站在新的起点。' };
    expect(run(inconsistentTerm, doc([{ en: theme, zh }, { en: theme, zh }]))).toEqual([]);
  });
});
