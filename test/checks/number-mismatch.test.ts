import { describe, expect, it } from 'vitest';
import { numberMismatch } from '../../src/checks/number-mismatch.js';
import { brief, pairDoc, run, type SideSpec } from './helpers.js';
import { toldPair } from '../helpers.js';

/** Pairs from the seed article (and slips injected into them) with the facts the extractors find. */
const REVENUE_EN: SideSpec = {
  text: 'The main business revenue has increased from 6.6 billion yuan in 2003 to 635 billion yuan in 2022, an increase of about 95 times, and the contribution rate to the city’s GDP growth reached 35.3%.',
  facts: [
    ['6.6 billion yuan', 'money', 6.6e9, { unit: 'CNY' }], ['2003', 'date', '2003'],
    ['635 billion yuan', 'money', 6.35e11, { unit: 'CNY' }], ['2022', 'date', '2022'],
    ['95 times', 'number', 95, { unit: 'x', approx: true }], ['35.3%', 'percent', 35.3, { unit: '%' }],
  ],
};
const revenueZh = (multiple = '约95倍', percent = '35.3%', unit = '%'): SideSpec => ({
  text: `主营业务收入由2003年的66亿元增至2022年的6350亿元,增长了${multiple},对全市GDP增长的贡献率达${percent}。`,
  facts: [
    ['2003年', 'date', '2003'], ['66亿元', 'money', 6.6e9, { unit: 'CNY' }], ['2022年', 'date', '2022'],
    ['6350亿元', 'money', 6.35e11, { unit: 'CNY' }],
    [multiple, 'number', Number(multiple.replace(/\D/g, '')), { unit: 'x', approx: true }],
    [percent, 'percent', Number(percent.replace(/[^\d.]/g, '')), { unit }],
  ],
});
const provincesEn: SideSpec = {
  text: 'The software industry associations of ten provinces (districts and cities) in the western region jointly issued the proposal; nearly 10 industry companies, universities, financial institutions, etc. have signed software cooperation projects in 4 key industry support directions.',
  facts: [['ten', 'number', 10], ['nearly 10', 'number', 10, { approx: true }], ['4', 'number', 4]],
};
const provincesZh = (n = '十', v = 10): SideSpec => ({
  text: `西部地区${n}省(区、市)软件行业协会共同作出倡议书;近10家行业企业、高校、金融机构等签约4个重点产业支持方向的软件合作项目。`,
  facts: [[n, 'number', v], ['近10', 'number', 10, { approx: true }], ['4', 'number', 4]],
});
const fairEn: SideSpec = {
  text: 'On January 10-11th, the 21st China International Software Cooperation conference was held in Chengdu. The two-day soft Fair set up 14 activities in five aspects.',
  facts: [
    ['January 10-11th', 'date', '2024-01-10/2024-01-11'], ['21st', 'ordinal', 21], ['two-day', 'duration', 'P2D'],
    ['14', 'number', 14], ['five', 'number', 5],
  ],
};
const fairZh = (ordinal = '第二十一', n = 21, days = '2天', aspects = '五', a = 5): SideSpec => ({
  text: `1月11日,${ordinal}届中国国际软件合作洽谈会主题大会在成都举行。为期${days}的本届软洽会设置了主题大会、合作洽谈等${aspects}方面14项活动。`,
  facts: [
    ['1月11日', 'date', '2024-01-11'], [ordinal, 'ordinal', n], [days, 'duration', `P${days.replace(/\D/g, '')}D`],
    [aspects, 'number', a], ['14', 'number', 14],
  ],
});

describe('number-mismatch: valid pairs stay quiet', () => {
  const valid: [string, SideSpec, SideSpec][] = [
    ['amounts, years, multiples and percentages that agree', REVENUE_EN, revenueZh()],
    ['counts in words against Chinese numerals, approximations on both sides', provincesEn, provincesZh()],
    ['ordinals, durations and counts written differently', fairEn, fairZh()],
    ['an approximate count against the same count written exactly', {
      text: 'Nearly 700 people participated in the meeting.', facts: [['Nearly 700', 'number', 700, { approx: true }]],
    }, { text: '700人参加大会。', facts: [['700', 'number', 700]] }],
    ['a year that is a date on one side and a number on the other', {
      text: 'This conference is the 21st held since its inception in 2003.',
      facts: [['21st', 'ordinal', 21], ['2003', 'number', 2003]],
    }, { text: '此届软洽会是自2003年创办以来举办的第21届。', facts: [['2003年', 'date', '2003'], ['第21', 'ordinal', 21]] }],
    ['a duration with its approximation', {
      text: 'In the past 20 years, it has made a series of outstanding achievements.', facts: [['20 years', 'duration', 'P20Y']],
    }, { text: '在过去20余年里取得了一系列的突出成就。', facts: [['20余年', 'duration', 'P20Y', { approx: true, bound: 'over' }]] }],
    ['digits no extractor claims, copied as they are', {
      text: 'CAD/CAM/CAE/PLM technology, quantum communications, 6G technology, and digital financial assets.',
    }, { text: 'CAD/CAM/CAE/PLM技术、量子通信、6G技术以及数字金融资产等。' }],
    ['a number in words dropped by the translation', {
      text: 'Chengdu, as one of the first batch of Chinese software cities in the country.', facts: [['one', 'number', 1], ['first', 'ordinal', 1]],
    }, { text: '成都作为全国首批中国软件名城。' }],
    ['a number rounded to fewer significant digits', {
      text: 'The fair drew 1,234,567 visitors.', facts: [['1,234,567', 'number', 1234567]],
    }, { text: '软洽会吸引了123万人次参观。', facts: [['123万', 'number', 1230000]] }],
    ['a number the English extractor reads in two pieces', {
      text: 'The park employs two hundred fifty and three engineers.', facts: [['two hundred fifty', 'number', 250], ['three', 'number', 3]],
    }, { text: '园区雇用了二百五十三名工程师。', facts: [['二百五十三', 'number', 253]] }],
    ['a thousands count read in two pieces', {
      text: 'The expo counted thirty and seven thousand and two hundred visitors.', facts: [['thirty', 'number', 30], ['seven thousand and two hundred', 'number', 7200]],
    }, { text: '博览会共接待三万七千二百名观众。', facts: [['三万七千二百', 'number', 37200]] }],
    ['an ordinal naming a fraction', {
      text: 'A fifth part of the revenue comes from software exports.', facts: [['fifth', 'ordinal', 5]],
    }, { text: '五分之一的收入来自软件出口。', facts: [['五分之一', 'number', 0.2]] }],
  ];
  it.each(valid)('%s', (_, en, zh) => {
    expect(run(numberMismatch, pairDoc(en, zh)).map(brief)).toEqual([]);
  });
  it('does not join numbers that are not one number', () => {
    const d = pairDoc({ text: 'Heheh not one but three!', facts: [['one', 'number', 1], ['three', 'number', 3]] },
      { text: '呵呵，不是一个，是四个！', facts: [['四', 'number', 4]] });
    expect(run(numberMismatch, d).map(brief)).toEqual(['error p1: EN "three" (3) vs ZH "四" (4): differ']);
  });
});

describe('number-mismatch: invalid pairs are flagged', () => {
  const invalid: [string, SideSpec, SideSpec, string[]][] = [
    ['a percentage with its digits swapped', REVENUE_EN, revenueZh('约95倍', '33.5%'),
      ['error p1: EN "35.3%" (35.3%) vs ZH "33.5%" (33.5%): differ']],
    ['a multiple with its digits swapped', REVENUE_EN, revenueZh('约59倍'),
      ['error p1: EN "95 times" (≈95x) vs ZH "约59倍" (≈59x): differ']],
    ['percent against percentage points', REVENUE_EN, revenueZh('约95倍', '35.3个百分点', 'pp'),
      ['warning p1: EN "35.3%" (35.3%) vs ZH "35.3个百分点" (35.3 pp): percent against percentage points']],
    ['a count in Chinese numerals changed', provincesEn, provincesZh('七', 7),
      ['error p1: EN "ten" (10) vs ZH "七" (7): differ']],
    ['an ordinal in Chinese numerals changed', fairEn, fairZh('第二十二', 22),
      ['error p1: EN "21st" (21st) vs ZH "第二十二" (22nd): differ']],
    ['a duration changed', fairEn, fairZh('第二十一', 21, '3天'),
      ['error p1: EN "two-day" (2 days) vs ZH "3天" (3 days): differ']],
    ['a count of aspects changed', fairEn, fairZh('第二十一', 21, '2天', '三', 3),
      ['error p1: EN "five" (5) vs ZH "三" (3): differ']],
    ['an approximate count changed: approximation does not license another number', {
      text: 'Nearly 700 people participated in the meeting.', facts: [['Nearly 700', 'number', 700, { approx: true }]],
    }, { text: '近680人参加大会。', facts: [['近680', 'number', 680, { approx: true }]] },
    ['error p1: EN "Nearly 700" (≈700) vs ZH "近680" (≈680): differ']],
    ['a scale slip of a count', {
      text: 'Nearly 700 people participated in the meeting.', facts: [['Nearly 700', 'number', 700, { approx: true }]],
    }, { text: '近70人参加大会。', facts: [['近70', 'number', 70, { approx: true }]] },
    ['error p1: EN "Nearly 700" (≈700) vs ZH "近70" (≈70): 10x apart']],
    ['a technology name with its digit changed', {
      text: 'CAD/CAM/CAE/PLM technology, quantum communications, 6G technology, and digital financial assets.',
    }, { text: 'CAD/CAM/CAE/PLM技术、量子通信、5G技术以及数字金融资产等。' },
    ['error p1: EN "6G" vs ZH "5G": differ']],
    ['a number in digits on one side only', {
      text: '66 software companies in Chengdu have been the first batch to receive credit.', facts: [['66', 'number', 66]],
    }, { text: '成都市已有软件企业首批获得授信。' },
    ['info p1: EN "66" (66) has no counterpart in the Chinese']],
    ['a range against a single value inside it', {
      text: 'The fair set up 10-12 activities.', facts: [['10-12', 'number', 10, { max: 12 }]],
    }, { text: '软洽会设置了12项活动。', facts: [['12', 'number', 12]] },
    ['warning p1: EN "10-12" (10–12) vs ZH "12" (12): a range against a single value inside it']],
  ];
  it.each(invalid)('%s', (_, en, zh, expected) => {
    expect(run(numberMismatch, pairDoc(en, zh)).map(brief)).toEqual(expected);
  });

  it('points at both sides', () => {
    const [finding] = run(numberMismatch, pairDoc(REVENUE_EN, revenueZh('约95倍', '33.5%')));
    expect(finding).toMatchObject({ ruleId: 'number-mismatch', pair: 'p1', line: 1, en: ['f6'], zh: ['f12'] });
    expect(finding!.locations!.en).toEqual({ line: 1, column: REVENUE_EN.text.indexOf('35.3%') + 1 });
    expect(finding!.locations!.zh).toEqual({ line: 3, column: revenueZh('约95倍', '33.5%').text.indexOf('33.5%') + 1 });
  });

  it('a footnote mark glued to a word is no count', () => {
    const d = pairDoc({ text: 'The province has five autonomous2 prefectures.', facts: [['five', 'number', 5]] },
      { text: '该省有五个自治州和三个县。', facts: [['五', 'number', 5], ['三', 'number', 3]] });
    expect(run(numberMismatch, d).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a rank against a count a power of ten apart is no scale slipped', () => {
    const d = pairDoc({ text: 'Trade with the 10-member bloc grew fastest.', facts: [['10', 'number', 10]] },
      { text: '与该集团的贸易增速位居第一。', facts: [['第一', 'ordinal', 1]] });
    expect(run(numberMismatch, d).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('designations of other letters are two things, of the same letters a slip', () => {
    const probe = pairDoc({ text: 'Xuntian-3 sent back its first pictures of comet Tsuchinshan.', facts: [] },
      { text: '巡天三号传回紫金山彗星2024S1的首批照片。', facts: [] });
    expect(run(numberMismatch, probe).filter((f) => f.severity !== 'info')).toEqual([]);
    const flight = pairDoc({ text: 'Flight MU583 landed late.', facts: [] }, { text: 'MU538航班晚点降落。', facts: [] });
    expect(run(numberMismatch, flight).map((f) => `${f.severity} ${f.message}`)).toEqual([expect.stringMatching(/^error .*MU583.*MU538.*differ/)]);
  });

  it('a value one side repeats and the other states once is not missing', () => {
    const d = pairDoc({ text: 'Sales rose 12% in March, after 12% in February.', facts: [['12%', 'percent', 12], ['12%', 'percent', 12]] },
      { text: '3月和2月销售额均增长12%。', facts: [['12%', 'percent', 12]] });
    expect(run(numberMismatch, d)).toEqual([]);
  });

  it('a one-sided number is a warning when asked', () => {
    const d = pairDoc({ text: '66 software companies received credit.', facts: [['66', 'number', 66]] }, { text: '软件企业获得授信。' });
    expect(run(numberMismatch, d, { oneSided: 'warning' }).map((f) => f.severity)).toEqual(['warning']);
  });

  it('lets options silence one-sided numbers', () => {
    const d = pairDoc({ text: '66 software companies received credit.', facts: [['66', 'number', 66]] }, { text: '软件企业获得授信。' });
    expect(run(numberMismatch, d, { oneSided: 'off' })).toEqual([]);
    expect(run(numberMismatch, d, { oneSided: 'info' }).map((f) => f.severity)).toEqual(['info']);
  });
});

describe('number-mismatch: the same number in another unit', () => {
  it('miles against 公里 is an error', () => {
    const d = pairDoc({ text: 'The town lies about 45 miles from the dam.', facts: [['45', 'number', 45]] },
      { text: '该镇距大坝约45公里。', facts: [['45', 'number', 45]] });
    expect(run(numberMismatch, d).map(brief)).toEqual(['error p1: EN "45 mile" vs ZH "45 km": the same number in another unit']);
  });
  it('a conversion written out is no slip', () => {
    const d = pairDoc({ text: 'The road is 30 miles (48 km) long.', facts: [['30', 'number', 30], ['48', 'number', 48]] },
      { text: '这条路长48公里。', facts: [['48', 'number', 48]] });
    expect(run(numberMismatch, d).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it.each([
    ['The pier is 1.2 km long.', '1.2', 1.2, '码头全长1200米。', '1200', 1200],
    ['Each bag holds 2.5 tonnes of sand.', '2.5', 2.5, '每袋装沙2500公斤。', '2500', 2500],
    ['The blade is 35 centimetres wide.', '35', 35, '刀片宽350毫米。', '350', 350],
  ])('one quantity in two metric units agrees: %s', (en, enRaw, enValue, zh, zhRaw, zhValue) => {
    const d = pairDoc({ text: en, facts: [[enRaw, 'number', enValue]] }, { text: zh, facts: [[zhRaw, 'number', zhValue]] });
    expect(run(numberMismatch, d)).toEqual([]);
  });
  it('metric units that do not make the same quantity are still a slip', () => {
    const d = pairDoc({ text: 'The pier is 1.2 km long.', facts: [['1.2', 'number', 1.2]] }, { text: '码头全长12米。', facts: [['12', 'number', 12]] });
    expect(run(numberMismatch, d).map((f) => f.severity)).toEqual(['error']);
  });
  it('one unit on both sides agrees', () => {
    const d = pairDoc({ text: 'A 12-kilometre tunnel opened.', facts: [['12', 'number', 12]] }, { text: '一条12公里长的隧道开通。', facts: [['12', 'number', 12]] });
    expect(run(numberMismatch, d)).toEqual([]);
  });
});

describe('number-mismatch: an age in Chinese against a length in years', () => {
  const numbers = (en: string, zh: string) => toldPair(en, zh, 'number-mismatch');
  it('weighs 岁 against years, as the same measure', () => {
    expect(numbers('Average life expectancy for men in the county reached 79.4 years last year.', '去年，该县男性平均预期寿命达到74.9岁。'))
      .toEqual(['number-mismatch EN "79.4 years" (79.4 years) vs ZH "74.9" (74.9): differ']);
    expect(numbers('Average life expectancy for men in the county reached 79.4 years last year.', '去年，该县男性平均预期寿命达到79.4岁。')).toEqual([]);
  });
  it('leaves an age a count where the English gives one', () => {
    expect(numbers('The driver, aged 52, and a passenger, 49 years old, were taken to hospital.', '52岁的司机和49岁的乘客被送往医院。')).toEqual([]);
  });
});

describe('number-mismatch: a day counted after an event', () => {
  const en = 'The first rescue team reached the village on July 14, two days after the landslide.';
  it('is as long after it as the English says', () => {
    expect(toldPair(en, '7月14日，即滑坡发生后第二天，首支救援队抵达该村。', 'number-mismatch')).toEqual([]);
    expect(toldPair(en.replace('two days', 'three days'), '7月14日，即滑坡发生后第二天，首支救援队抵达该村。', 'number-mismatch'))
      .toEqual(['number-mismatch EN "three days" (3 days) vs ZH "第二" (2nd): differ']);
  });
});
