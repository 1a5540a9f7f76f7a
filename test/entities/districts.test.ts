import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cedictDistricts, districtsTable, DISTRICTS_TABLE_PATH } from '../../scripts/build-districts.js';
import { readCedict } from '../../scripts/build-traditional.js';
import { namesIn } from './people.js';
import { align } from '../../src/index.js';
import { doublingRatio } from '../perf/timing.js';

type Entry = Parameters<typeof cedictDistricts>[0][number];

/** The places of a whole run (with the lexicon), as [language, the span's text, key]. */
function placesOf(text: string): [string, string, string][] {
  return align(text).facts
    .filter((f) => f.kind === 'entity' && f.type === 'place')
    .map((f) => [f.lang, f.raw, String(f.value)]);
}

describe('the county-level divisions CC-CEDICT glosses', () => {
  it('are what scripts/build-districts.ts writes', () => {
    expect(readFileSync(DISTRICTS_TABLE_PATH, 'utf8')).toBe(districtsTable(readCedict() as Entry[]));
  }, 30_000);

  it('keep a bare name where no other word holds it, and the suffix and the kind where one does', () => {
    const entries: Entry[] = [
      ['甲乙區', '甲乙区', 'Jia3 yi3 Qu1', 'Jiayi, a district of Bingding City'],
      ['丙丁縣', '丙丁县', 'Bing3 ding1 Xian4', 'Bingding County in Hunan'],
      ['丙丁戊', '丙丁戊', 'bing3 ding1 wu4', 'a kind of cake'],
      ['己庚市', '己庚市', 'Ji3 geng1 Shi4', 'Jigeng, a county-level city in Wuxin City'],
    ];
    expect(cedictDistricts(entries)).toEqual([['丙丁县', 'Bingding County'], ['己庚', 'Jigeng'], ['甲乙', 'Jiayi']]);
  });

  it('keep the kind in English where another word opens its gloss with the name', () => {
    const entries: Entry[] = [
      ['甲乙區', '甲乙区', 'Jia3 yi3 Qu1', 'Jiayi, a district of Bingding City'],
      ['夾益社', '夹益社', 'Jia2 yi4 she4', 'Jiayi News Agency'],
      ['丙丁縣', '丙丁县', 'Bing3 ding1 Xian4', 'Bingding County in Hunan'],
      ['丙曲', '丙曲', 'Bing3 qu3', 'an opera first sung in Bingding'],
    ];
    expect(cedictDistricts(entries)).toEqual([['丙丁', 'Bingding'], ['甲乙', 'Jiayi District']]);
  });

  it('leave out names of one syllable and names that are not pinyin, and spell a name as its pinyin', () => {
    const entries: Entry[] = [
      ['甲縣', '甲县', 'Jia3 Xian4', 'Jia County in Hebei'],
      ['乙丙縣', '乙丙县', 'Yi3 bing3 Xian4', 'Arun, a county in Xinjiang'],
      ['丁戊區', '丁戊区', 'Ding1 wu4 Qu1', 'Dingwo district of Bingding City'],
      ['己庚壯族自治縣', '己庚壮族自治县', 'Ji3 geng1 Zhuang4 zu2 Zi4 zhi4 xian4', 'Jigeng Zhuang Autonomous County, in Hechi City'],
    ];
    expect(cedictDistricts(entries)).toEqual([['丁戊', 'Dingwu'], ['己庚壮族自治县', 'Jigeng County']]);
  });
});

describe('districts and counties in running text', () => {
  it.each([
    ['Residents of Haidian District will receive 200 yuan each.\n海淀区居民每人将领取200元。\n', [['en', 'Haidian District', 'haidian'], ['zh', '海淀区', 'haidian']]],
    ['The plant moved from Kunshan to Yiwu.\n该厂从昆山迁至义乌。\n', [['en', 'Kunshan', 'kunshan'], ['en', 'Yiwu', 'yiwu'], ['zh', '昆山', 'kunshan'], ['zh', '义乌', 'yiwu']]],
    // A name another word holds is read with its suffix alone
    ['Police in Chaoyang District held two men.\n朝阳区警方拘留了两名男子。\n', [['en', 'Chaoyang District', 'chaoyang'], ['zh', '朝阳区', 'chaoyang']]],
    // Names before one plural word of their kind
    ['Schools in Minhang and Xuhui districts reopen.\n闵行区和徐汇区的学校复课。\n', [['en', 'Minhang', 'minhang'], ['en', 'Xuhui', 'xuhui'], ['zh', '闵行区', 'minhang'], ['zh', '徐汇区', 'xuhui']]],
    // One name before the word in lower case
    ['Clinics in Shenzhen\'s Futian district stay open.\n深圳福田区的诊所照常开放。\n', [['en', 'Shenzhen', 'shenzhen'], ['en', 'Futian', 'futian'], ['zh', '深圳', 'shenzhen'], ['zh', '福田区', 'futian']]],
  ] as const)('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });

  it.each([
    // 新兴 and 平台, not the county 兴平
    ['这是一个新兴平台，用户增长很快。'],
    // a given name after a surname, not the county 秀英
    ['王秀英会见了来访的代表团。'],
    // a conjunction ends 西和 here: two names joined
    ['他在门口看见卡西和玛丽。'],
    // the news agency, not the county of the same sound
    ['新华社报道，会议昨天结束。'],
    // the morning sun
    ['朝阳照在湖面上。'],
    // 客源 and 城市, no district 源城 with its 市
    ['客源城市前三位有所变化。'],
  ])('%s names no place', (text) => {
    expect(placesOf(text)).toEqual([]);
  });

  it('reads no bare county name without the lexicon, and a suffixed one', () => {
    expect(namesIn('他住在海淀。', 'zh', 'place')).toEqual([]);
    expect(namesIn('他住在海淀区。', 'zh', 'place')).toEqual([['海淀区', 'haidian']]);
  });

  it('keeps Xinhua the agency in English', () => {
    expect(namesIn('Xinhua reported that the talks ended.', 'en', 'place')).toEqual([]);
  });

  it('tells a district replaced by another', () => {
    const result = align('The new hospital in Minhang District opens in May.\n位于宝山区的新医院将于5月开业。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message)).toEqual([
      'EN "Minhang District" (place minhang) vs ZH "宝山区" (place baoshan): different places',
    ]);
  });

  it('does not tell a district against its city or province', () => {
    for (const text of [
      'The new hospital in Guangzhou opens in May.\n位于番禺区的新医院将于5月开业。\n',
      'The new plant in Jiangsu opens in May.\n位于昆山的新工厂将于5月投产。\n',
    ]) expect(align(text).findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });

  it('reads names before a plural kind in linear time', () => {
    const run = (n: number) => {
      const text = 'Minhang, Xuhui and Pudong districts, '.repeat(n);
      return () => namesIn(text, 'en', 'place');
    };
    const n = 400;
    const runs = new Map([n, 4 * n].map((size) => [size, run(size)]));
    expect(doublingRatio(n, (size) => runs.get(size)!())).toBeLessThan(3);
  }, 60_000);
});

describe('a county\'s name after a surname', () => {
  it('is a given name after a title, and a county after a province', () => {
    expect(placesOf('He spoke.\n經濟司司長張永春出席。\n').filter(([lang]) => lang === 'zh')).toEqual([]);
    expect(placesOf('The plant is in Kunshan.\n工厂位于江苏昆山。\n')).toContainEqual(['zh', '昆山', 'kunshan']);
  });
});

describe('two places of the gazetteer whose keys sound alike', () => {
  it('are two places, not one written two ways', () => {
    const result = align('Flats in Jiading and Songjiang districts sold well.\n嘉定区和青浦区的住宅销售良好。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.message)).toEqual([
      'EN "Songjiang" (place songjiang) vs ZH "青浦区" (place qingpu): different places',
    ]);
  });

  it('leaves a place the rules key by its pinyin to the sounds', () => {
    const result = align('Flats in Jiading and Songjiang districts sold well.\n嘉定区和松江区的住宅销售良好。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});
