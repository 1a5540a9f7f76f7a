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

describe('a list of related stories in both languages, item by item', () => {
  const body = [
    'Posted 15 June 2024', '',
    'The harbour ferry now runs every 20 minutes. A new pier must open within three months.',
    '海港渡轮现每20分钟一班。新码头须于三个月内启用。', '',
  ].join('\n');
  const alarms = (text: string) => align(text, { entities: false }).findings
    .filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`);

  it('on one line after its heading, the items apart by bars', () => {
    expect(alarms(`${body}\nRelated 相关链接: Pier opening 2024 2024年码头启用 | How to buy a ferry pass 如何购买渡轮月票\n`)).toEqual([]);
  });

  it('one bulleted item a line, the English and its Chinese on each', () => {
    expect(alarms(`${body}\nRelated links 相关链接\n- Timeline: the new pier 新码头时间线\n- Who will run the new pier? 谁将运营新码头？\n`)).toEqual([]);
  });
});

describe('a bulleted line of a label in both languages and a title in both', () => {
  it('is not cut at its bullet into a part with no partner', () => {
    const text = 'Posted 15 June 2024\n\nFestival highlights 节目精选\n• Opening film 开幕电影: Harbour Lights 《海港之光》\n• Venue 场地: Harbour Hall 海港大会堂\n';
    expect(align(text, { entities: false }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
