import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { foldJapaneseReading, japaneseReadingOpens } from '../../src/entities/names.js';
import { romanizedSpells } from '../../src/entities/match.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Updated: 2024-01-20 09:15') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('Japanese surnames read as CC-CEDICT romanizes them', () => {
  it('fold the spellings of a long vowel into one', () => {
    expect(['Ōno', 'Ohno', 'Oono', 'Satou', 'Yuuki'].map(foldJapaneseReading)).toEqual(['ono', 'ono', 'ono', 'sato', 'yuki']);
  });

  it('open the romanized name of a Chinese name holding them', () => {
    expect(japaneseReadingOpens('Nakamurada', '中村田')).toBe(true);
    expect(japaneseReadingOpens('Suzuki', '铃木')).toBe(true);
    expect(japaneseReadingOpens('Sato', '铃木')).toBe(false);
    expect(japaneseReadingOpens('Wang', '王明')).toBe(false);
  });

  it('a company named by one is the Chinese name read in Japanese', () => {
    expect(alarms('The top bid came from the Onodera Group, which runs sushi bars in Osaka.', '最高出价来自在大阪经营寿司店的小野寺集团。', 'entity-mismatch')).toEqual([]);
  });

  it('another reading is another company', () => {
    expect(alarms('The top bid came from the Yamada Group, which runs sushi bars in Osaka.', '最高出价来自在大阪经营寿司店的中村集团。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Yamada Group" .* vs ZH "中村集团" .*different organizations/)]);
  });
});

describe('a Chinese place the English writes in a romanization no rule reads', () => {
  it('spells it syllable by syllable, in Wade-Giles or Cantonese', () => {
    expect(romanizedSpells('shihmen', 'shimen')).toBe(true);
    expect(romanizedSpells('maonshan', 'maanshan')).toBe(true);
    expect(romanizedSpells('russian', 'wuhan')).toBe(false);
  });

  it('is there on both sides (a reservoir named after it)', () => {
    expect(alarms('Levels at the Shihmen Reservoir fell again as Taoyuan braced for curbs.', '石門水庫水位再降，當地準備限水。', 'entity-mismatch', 'Posted 2021/04/06')).toEqual([]);
  });

  it('leaves the place swapped beside it told (`Tuen Mun` against `元朗`)', () => {
    expect(alarms('The track will run from Tsuen Wan to Tuen Mun, and on from Sheung Shui to Ma On Shan.', '單車徑將由荃灣伸延至元朗，並由上水伸延至馬鞍山。', 'entity-mismatch', 'Posted 2021/04/06'))
      .toEqual([expect.stringMatching(/^error EN "Tuen Mun" .* vs ZH "元朗" .*different places/)]);
  });

  it('not a place the gazetteer reads in the English (a city repeated for another)', () => {
    expect(alarms('Talks moved from Nanjing to Hangzhou on Monday.', '会谈周一从杭州移至杭州。', 'entity-mismatch', 'Posted 2021/04/06'))
      .toEqual([expect.stringMatching(/^error EN "Nanjing" .* vs ZH "杭州" .*different places/)]);
  });
});

describe('a place named by a body\'s own words', () => {
  it('is no spelling of a Chinese word left as pinyin (`Shenzhen University` against `南方科技大学`)', () => {
    expect(alarms('A poll by Shenzhen University of 2,100 riders found 58 percent want wider lanes.', '南方科技大学对2100名骑行者的调查显示，58%希望拓宽车道。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Shenzhen University" .* vs ZH "南方科技大学" .*different organizations of one kind/)]);
  });

  it('the same body named by its place on both sides is one', () => {
    expect(alarms('A poll by Shenzhen University of 2,100 riders found 58 percent want wider lanes.', '深圳大学对2100名骑行者的调查显示，58%希望拓宽车道。', 'entity-mismatch')).toEqual([]);
  });
});
