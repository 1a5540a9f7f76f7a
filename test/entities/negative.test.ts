import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import type { Lang } from '../../src/types.js';

/** Text where some word could pass for a name but none is. [language, text, what must not appear] */
const NOTHING: [Lang, string][] = [
  ['en', 'It may be that the software industry will grow.'],
  ['en', 'May be, may not be.'],
  ['en', 'With the theme of «New Journey. New Track. New Change», the two-day soft Fair set up 14 activities in five aspects.'],
  ['en', 'According to the plan, the first batch received credit.'],
  ['en', 'Related news'],
  ['zh', '酒店距离市中心约8公里。'],
  ['en', 'About Us'],
  ['en', 'Tell us about the Us and Them tour.'],
  ['zh', '节后零售市道明显转淡。'],
  ['en', 'The first is to adhere to demand-oriented, forging long boards and filling short boards at the same time.'],
  ['en', 'Third, vigorously encourage the majority of colleges, enterprises, software practitioners and enthusiasts.'],
  ['en', 'The Software School will be selected as one of 33 national-level software colleges.'],
  ['en', 'CAD/CAM/CAE/PLM technology, quantum communications, 6G technology, and digital financial assets.'],
  ['en', 'www.cqcb.com'],
  ['en', 'On Sunday, Monday and Sun 14 January the fair was open.'],
  ['zh', '在过去20余年里取得了一系列的突出成就,产业综合竞争力稳步提升。'],
  ['zh', '以“新征程•新赛道•新变革”为主题,设置了主题大会、合作洽谈、主题沙龙、互动体验、品牌宣传等五方面14项活动。'],
  ['zh', '西部地区十省(区、市)软件行业协会共同作出《西部地区软件产业高质量发展倡议书》'],
  ['zh', '学院聚焦大型工业软件和嵌入式软件领域,与企业联合开展关键技术攻关和特色化人才培养。'],
  ['zh', '四川省委、省政府高度重视'.slice(5)],
  ['zh', '大会现场发布了软件名城建设影响力榜单'],
  ['zh', 'www.cqcb.com'],
  ['zh', '今日本报记者走访了多家企业。'],
  ['zh', '要把新区建成都市圈的重要增长极。'],
  ['zh', '其中国有企业的利润增长了百分之八。'],
  ['zh', '其中國防支出占一成。'],
  ['zh', '资金集中国内市场。'],
  // 台中 (Taichung) before 國際: the airport of the city, not 中國
  ['zh', '班機改降落台中國際機場。'],
  ['zh', '一个外地学生要考大学并不容易。'],
  ['zh', '他们想办大学却没有资金。'],
  ['en', 'The plan sets Long-Range Objectives for the region.'],
  ['en', 'The Long-Run Outlook was approved.'],
  ['en', 'Its Kingdom and its Principality were small.'],
  ['zh', '呼吁市民留意陌生来电。'],
  ['zh', '超过一半的零售市场下周起延长营业时间。'],
  ['zh', '公司希望市值在年底前回升。'],
];

/** A state's form is no person: [text, the entities it holds]. */
const STATE_FORMS: [string, string[]][] = [
  ['President Mendes of the Republic of Portugal will visit.', ['Mendes/person', 'Portugal/place']],
  ['President of the Republic Ana Mendes will visit.', ['Ana Mendes/person']],
];

describe('the form of a state in its official name is no person', () => {
  it.each(STATE_FORMS)('%s', (text, expected) => {
    expect(extractEntities(text, 'en').map((c) => `${text.slice(c.start, c.end)}/${c.type}`)).toEqual(expected);
  });
});

describe('entity negative cases', () => {
  it('reads no person in the place where the speakers are, before a speech verb', () => {
    const text = 'The club would not pay more, sources at Ashcombe Lane said.';
    expect(extractEntities(text, 'en', { deep: true }).filter((c) => c.type === 'person')).toEqual([]);
    expect(extractEntities('The club would not pay more, Tom Ashcombe said.', 'en').map((c) => c.type)).toEqual(['person']);
  });

  it.each(NOTHING)('%s: %s', (lang, text) => {
    const found = extractEntities(text, lang, { deep: true }).map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
    expect(found).toEqual([]);
  });

  it('reads 署, a government office, as no given name: 衛生署 is the body, no person', () => {
    const text = '天气转凉。衛生署呼籲長者接種疫苗。';
    expect(extractEntities(text, 'zh', { deep: true }).map((c) => `${text.slice(c.start, c.end)}/${c.type}`)).toEqual(['衛生署/org']);
  });

  it('reads Sun Wenlong as a person, not a Sunday', () => {
    const text = 'Sun Wenlong, chairman of the Open Atom Open Source Foundation, said';
    expect(extractEntities(text, 'en')[0]).toMatchObject({ start: 0, end: 11, type: 'person', value: 'sun wenlong' });
  });

  it('never cuts 长孙文龙 out of 理事长孙文龙', () => {
    const text = '开放原子开源基金会理事长孙文龙在致辞中说';
    const people = extractEntities(text, 'zh').filter((c) => c.type === 'person');
    expect(people.map((c) => text.slice(c.start, c.end))).toEqual(['孙文龙']);
  });

  it('finds Hong Kong Software Industry Association whole, never Kong Software Industry Association', () => {
    const text = 'representatives of the Russian Software Industry Association and the Hong Kong Software Industry Association';
    const raws = extractEntities(text, 'en').map((c) => text.slice(c.start, c.end));
    expect(raws).toContain('Hong Kong Software Industry Association');
    expect(raws).not.toContain('Kong Software Industry Association');
  });

  it('keeps 瓦伦汀•马卡洛夫 as one name and 新征程•新赛道 as none', () => {
    const text = '主席瓦伦汀•马卡洛夫是第二次来,以“新征程•新赛道•新变革”为主题';
    const raws = extractEntities(text, 'zh').map((c) => text.slice(c.start, c.end));
    expect(raws).toEqual(['瓦伦汀•马卡洛夫']);
  });

  it('reads a transliteration with 罕 whole, and 罕 in an ordinary word as none', () => {
    const text = '外长穆罕默德·阿齐兹说,这种大雪十分罕见。';
    const raws = extractEntities(text, 'zh').filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));
    expect(raws).toEqual(['穆罕默德·阿齐兹']);
  });
});

describe('function words are not surnames', () => {
  it.each(['院长和副院长出席了会议', '他们都露出了笑容'])('%s', (text) => {
    expect(extractEntities(text, 'zh').filter((c) => c.type === 'person')).toEqual([]);
  });
});
