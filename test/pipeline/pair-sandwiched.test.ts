import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

const page = (lines: string[]) => align([...lines, ''].join('\n'));

/** A house-rules page: each list in English, then in Chinese, under its heading. */
const rules = (zhHeading = '禁止事项', zhFirst = '• 未经书面同意转租房间；') => page([
  'Tenancy rules for the Harbourview flats',
  '',
  'Rent is due on the first day of each month and is paid by bank transfer to the landlord\'s account.',
  '',
  '每月租金须于每月1日前以银行转账方式支付至业主账户。',
  '',
  'Not allowed',
  '• Subletting any room without written consent',
  '• Keeping dogs or cats larger than 10 kg',
  '• Smoking on balconies or in stairwells',
  '',
  zhHeading,
  zhFirst,
  '• 饲养体重超过10公斤的猫狗；',
  '• 在阳台或楼梯间吸烟。',
  '',
  'The deposit of two months\' rent is returned within 30 days after the tenant moves out.',
  '',
  '押金为两个月租金，租客迁出后30天内退还。',
]);

describe('pair: list items and headings left alone between two links', () => {
  it('links a heading with the heading held between the same links', () => {
    expect(links(rules())).toContain('7 => 12');
  });

  it('leaves a heading apart from a list item', () => {
    const result = rules('• 禁止事项', '• 未经书面同意转租房间；');
    expect(links(result)).not.toContain('7 => 12');
  });

  it('reports nothing missing on the page', () => {
    expect(rules().findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
  });
});

describe('linkSandwiched: list items between two links', async () => {
  const { linkSandwiched } = await import('../../src/pipeline/pair/relink.js');
  type Items = Parameters<typeof linkSandwiched>[1];
  const items = (texts: string[], lang: 'en' | 'zh') => texts.map((text, k) => ({ block: { id: `${lang}${k}`, text, lang }, position: k })) as unknown as Items;
  const en = items(['Rules', '• Climb barefoot', '• No glass'], 'en');
  const zh = (second: string) => items(['规则', second, '• 禁止玻璃瓶'], 'zh');
  const beads = [
    { enStart: 0, enCount: 1, zhStart: 0, zhCount: 1, cost: -5 },
    { enStart: 1, enCount: 1, zhStart: 1, zhCount: 0, cost: 2 },
    { enStart: 2, enCount: 0, zhStart: 1, zhCount: 1, cost: 2 },
    { enStart: 2, enCount: 1, zhStart: 2, zhCount: 1, cost: -5 },
  ];
  const cost = (linkCost: number) => (_i: number, di: number, _j: number, dj: number) => (di && dj ? linkCost : 2);

  it('links the two items when the link costs about what leaving them alone does', () => {
    const out = linkSandwiched(beads, en, zh('• 赤脚攀爬'), cost(6));
    expect(out.map((b) => [b.enStart, b.enCount, b.zhStart, b.zhCount])).toEqual([[0, 1, 0, 1], [1, 1, 1, 1], [2, 1, 2, 1]]);
  });

  it('leaves them alone when the link costs far more', () => {
    expect(linkSandwiched(beads, en, zh('• 赤脚攀爬'), cost(30))).toBe(beads);
  });

  it('leaves items of other marks alone', () => {
    expect(linkSandwiched(beads, en, zh('2. 赤脚攀爬'), cost(0))).toBe(beads);
  });
});

describe('a notes label in both languages, one under the other', () => {
  it('stands alone on both sides, with nothing reported missing', () => {
    const result = page([
      'Notice of annual general meeting',
      '',
      'Notes:',
      '附註：',
      '',
      '(a) Members may appoint a proxy to attend the meeting.',
      '',
      '(a) 股東可委任代表出席大會。',
    ]);
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
  });
});

describe('headlines under a site\'s list of other stories', () => {
  const story = (tail: string[]) => page([
    'City opens two new libraries',
    '',
    'The city opened two libraries on Monday, adding 120,000 books to its collection.',
    '',
    '本市周一开放两座新图书馆，馆藏增加12万册。',
    '',
    ...tail,
  ]);

  it('are a list of links, not paragraphs without a translation', () => {
    const result = story(['Most read', '1. Ten parks to visit this autumn', '2. How the new metro line will run']);
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
  });

  it('a paragraph after a blank line is one again', () => {
    const result = story(['Most read', '1. Ten parks to visit this autumn', '', 'The libraries open from 9 a.m. to 9 p.m. every day except Monday, when they close for cleaning.']);
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation').length).toBe(1);
  });
});
