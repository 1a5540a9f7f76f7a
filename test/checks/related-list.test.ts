import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { fixture } from '../helpers.js';

describe('a related-news list cut one item a line', () => {
  const result = align(fixture('chengdu-software-2024.lines.txt'), { entities: false });

  it('reports every item as part of the list (info), not as a missing translation', () => {
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
    const list = result.findings.filter((f) => f.ruleId === 'unpaired-block' && f.message.includes('(a list)'));
    expect(list).toHaveLength(4);
  });

  it('still reports a real paragraph left without its translation', () => {
    const lines = fixture('chengdu-software-2024.lines.txt').split('\n');
    const zh = lines.findIndex((l) => l.startsWith('成都市经济和信息化局'));
    lines.splice(zh, 1);
    const dropped = align(lines.join('\n'), { entities: false, split: 'line' });
    const missing = dropped.findings.filter((f) => f.ruleId === 'missing-translation');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('EN paragraph "The relevant person in');
    expect(result.blocks.length - 1).toBe(dropped.blocks.length);
  });
});

describe('a list of related stories under a heading in both languages', () => {
  const page = (heading: string, list: string) => [
    'Posted 15 June 2024', '',
    'The harbour ferry now runs every 20 minutes.', '',
    '海港渡轮现每20分钟一班。', '',
    heading, list, '',
  ].join('\n');
  const missing = (text: string) => align(text, { entities: false }).findings
    .filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`);

  it.each([
    // the Chinese heading first, then the English one
    ['相关阅读 Related', '渡轮码头完成翻新\n跨海大桥下月通车'],
    ['相关文章 Related articles', '渡轮码头完成翻新'],
    // the English first, then 相关 alone
    ['Related 相關:', '渡輪碼頭完成翻新\n跨海大橋下月通車'],
  ])('is no missing translation: %s', (heading, list) => {
    expect(missing(page(heading, list))).toEqual([]);
  });

  it('leaves a paragraph of sentences after the heading a missing translation', () => {
    const text = page('相关阅读 Related', '渡轮码头上月完成翻新，新增候船座位300个。\n跨海大桥下月通车，全长12公里。');
    expect(missing(text)).toEqual([expect.stringMatching(/^missing-translation /), expect.stringMatching(/^missing-translation /)]);
  });
});
