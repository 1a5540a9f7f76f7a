import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';

const lines = (text: string) => split(text).map((b) => `${b.line}:${b.lang}:${b.text.split('\n').length}`);

describe('split: full-width indents on the Chinese lines only', () => {
  it('reads a page indenting its Chinese lines beside flush English ones as one paragraph a line', () => {
    const text = [
      'The night market opens every Friday from May.',
      '\u3000\u3000夜市从5月起每周五开放。',
      'Stalls sell noodles, grilled fish and toys.',
      '\u3000\u3000摊位出售面条、烤鱼和玩具。',
      '\u3000\u3000注：夜市只收电子支付，不收现金。',
      'About 120 stalls have signed up so far.',
      '\u3000\u3000目前已有约120个摊位报名。',
      '',
    ].join('\n');
    expect(lines(text)).toEqual(['1:en:1', '2:zh:1', '3:en:1', '4:zh:1', '5:zh:1', '6:en:1', '7:zh:1']);
  });

  it('still joins the flush lines of a Chinese text whose paragraphs open with an indent', () => {
    const text = [
      '\u3000\u3000市政府周一宣布，老城区的夜市将从5月起',
      '每周五晚上开放，摊位出售各种小吃和手工艺品。',
      '\u3000\u3000目前已有约120个摊位报名，其中大部分',
      '来自周边的村镇。',
      '\u3000\u3000夜市将营业到午夜。',
      '',
    ].join('\n');
    expect(lines(text)).toEqual(['1:zh:2', '3:zh:2', '5:zh:1']);
  });
});
