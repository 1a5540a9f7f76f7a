import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { toldPair as told, readValues as read } from '../helpers.js';


describe('a change told by both its ends', () => {
  it('is told where the two ends trade places', () => {
    expect(told('The fall in office rents narrowed to 7.2% from 11.6%.', '写字楼租金跌幅由7.2%收窄至11.6%。', 'direction-mismatch')).toHaveLength(1);
    expect(told('Vacancies rose from 1,800 flats to 2,400 flats.', '空置单位由2400个增至1800个。', 'direction-mismatch')).toHaveLength(1);
    expect(told('The jobless rate was 3.1%, down from 3.4%.', '失业率由3.1%降至3.4%。', 'direction-mismatch')).toHaveLength(1);
  });

  it('is no slip where both sides tell it the same way', () => {
    expect(told('The fall in office rents narrowed to 7.2% from 11.6%.', '写字楼租金跌幅由11.6%大幅收窄至7.2%。')).toEqual([]);
    expect(told('Vacancies rose from 1,800 flats to 2,400 flats.', '空置单位由1800个增至2400个。')).toEqual([]);
  });
});

describe('a base against the change from it', () => {
  it('agrees where the base less a level both give is the change', () => {
    expect(told('Of the 40 towns surveyed, 27 saw prices fall, down from 31 in May; five were flat.',
      '在调查的40个城镇中，27个房价下跌，比5月减少4个；5个持平。')).toEqual([]);
    expect(told('Of the 40 towns surveyed, 27 saw prices fall, down by 4 from May.',
      '在调查的40个城镇中，27个房价下跌，较5月的31个减少。')).toEqual([]);
  });

  it('is still told where the change does not close the gap', () => {
    expect(told('Of the 40 towns surveyed, 27 saw prices fall, down from 32 in May; five were flat.',
      '在调查的40个城镇中，27个房价下跌，比5月减少4个；5个持平。', 'number-mismatch')).toHaveLength(1);
  });
});

describe('two counts that trade places across a list\'s comma', () => {
  it('are told (`47人死亡、3人受伤` against `3 killed and 47 injured`)', () => {
    const swaps = (en: string, zh: string) => align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'swapped-values');
    expect(swaps('Police said 4 people were killed and 29 injured in the blast.', '警方表示，爆炸造成29人死亡、4人受伤。')).toHaveLength(1);
    expect(swaps('Police said 4 people were killed and 29 injured in the blast.', '警方表示，爆炸造成4人死亡、29人受伤。')).toEqual([]);
  });
});

describe('shares and classes', () => {
  it('read tenths and a half as a range\'s end, and a share after 当中', () => {
    expect(read('首付比例为一成至一成半。', 'zh')).toEqual(['一成至一成半=10-15']);
    expect(read('當中六成單位撥予首置買家。', 'zh')).toEqual(['六成=60']);
    expect(told('Buyers put down 10% to 15% of the price.', '买家首期为楼价的一成至一成半。')).toEqual([]);
  });

  it('read a class of a scale as that scale and up (千万级), not a grade or a ship\'s size', () => {
    expect(read('千万级机场增至9个。', 'zh')).toEqual(['千万级=10000000 over', '9=9']);
    expect(read('发生6级地震', 'zh')).toEqual(['6=6']);
    expect(told('Nine airports now handle more than 10 million passengers a year.', '年旅客吞吐量千万级机场增至9个。')).toEqual([]);
  });

  it('read a fraction before a word of comparison (`a tenth above`), not an ordinal', () => {
    expect(read('Freight was about a tenth above its 2019 level.', 'en')).toEqual(['a tenth=0.1', '2019=2019']);
    expect(read('It was the tenth flight this week.', 'en')).toEqual(['tenth=10']);
  });

  it('read `under` the instruments a thing is done by as `according to`, no bound', () => {
    expect(told('Low tariffs apply to goods from 20 economies under 16 free trade agreements.', '根据16个自贸协定，来自20个经济体的货物享受低关税。')).toEqual([]);
    expect(read('Children under 12 ride free.', 'en')).toEqual(['under 12=12 under']);
  });
});
