import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const alarms = (en: string, zh: string, rule = 'entity-mismatch') => align(`Posted 2025-04-02\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const longestWord = (t: string, f: number, to: number) => loadLexicon().longestWord?.(t, f, to) ?? 0;
const names = (text: string) => extractEntities(text, 'zh', { longestWord }).map((c) => `${c.type} ${text.slice(c.start, c.end)}`);

describe('the parties of Taiwan\'s legislature', () => {
  it('are well-known bodies on both sides, told apart', () => {
    expect(alarms('Lin Shu-hua, a Kuomintang legislator, said the bill would pass.', '國民黨立委林淑華表示，法案將會通過。')).toEqual([]);
    expect(alarms('Lin Shu-hua, a Kuomintang legislator, said the bill would pass.', '民進黨立委林淑華表示，法案將會通過。'))
      .toEqual([expect.stringMatching(/^warning EN "Kuomintang" .* vs ZH "民進黨" .*different organizations/)]);
  });

  it('are no person before a title (`国民党主席`)', () => {
    expect(names('国民党主席表示，法案将会通过。')).toEqual(['org 国民党']);
  });
});

describe('nights counted in Chinese (`三夜`, `两晚`)', () => {
  it('are lengths in days, weighed against the English nights', () => {
    expect(alarms('The climbers spent two nights on the ridge before the weather cleared.', '天气转好前，登山者在山脊上熬了三夜。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "two nights" \(2 days\) vs ZH "三夜" \(3 days\): differ/)]);
    expect(alarms('Guests who stay two nights get a free breakfast.', '住两晚的客人可享免费早餐。', 'number-mismatch')).toEqual([]);
  });

  it('are no nights in words of their own (`晚上`, `晚会`, `夜市`)', () => {
    const lengths = (text: string) => align(`${text}\n`).facts.filter((f) => f.kind === 'duration').map((f) => f.raw);
    expect(lengths('三晚会演出结束后，两夜市关门。')).toEqual([]);
  });
});

describe('a short form of a Taiwan city after the particle 了', () => {
  it('is the city (`关闭了台中`)', () => {
    expect(names('影院关闭了台中和台南的两家分店。')).toEqual(['place 台中', 'place 台南']);
  });

  it('not a word running out of a word before it (`平台中`)', () => {
    expect(names('用户在平台中发布了内容。')).toEqual([]);
  });
});

describe('a name the transliteration tables predate (`路易丝`)', () => {
  it('is read with its middle dot', () => {
    expect(names('交通大臣路易丝·黑格对议员表示，服务将推迟。')).toEqual(['person 路易丝·黑格']);
  });
});

describe('a company CC-CEDICT says is also known by another name', () => {
  it('is that name (`鴻海`, aka Foxconn)', () => {
    expect(alarms('Foxconn pledged 100 million dollars to the fund on Monday.', '鴻海週一承諾向基金捐款1億美元。')).toEqual([]);
  });
});

describe('a comment notice in Chinese', () => {
  it('is page chrome, as its English half is', () => {
    const text = 'Rail line reopens\n\n鐵路恢復通車\n\nThe line reopened on Monday after three weeks of repairs.\n\n該線經過三週維修後於週一恢復通車。\n\nComments will be moderated. 留言將經審核。\n';
    expect(align(text).findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
  });
});
