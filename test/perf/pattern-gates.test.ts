import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POST_META, mayHoldPostMeta } from '../../src/pipeline/pair-signals.js';

/** POST_META as a non-global pattern: `test` keeps no `lastIndex` between texts. */
const postMeta = new RegExp(POST_META.source, POST_META.flags.replace('g', ''));

/** Pieces of forum meta lines and of ordinary headings, in both cases, with the characters case folding reads apart (`ſ`, `K`). */
const PIECES = [
  '2', '15', '#', ' ', '  ', ':', '：', '(', '（', '|', '·', '•', '-', '.',
  '小时前', '天前', '年前', '条回复', '回复', '评论', '評論', '赞', '讚', '浏览', '阅读', '閱讀', '刚刚', '剛剛', '昨天', '前', '查看全部',
  'ago', 'AGO', 'days', 'Days', 'hours', 'replies', 'Reply', 'views', 'VIEWS', 'comments', 'likes', 'li\u212ae', 'posts', 'votes', 'points', 'reads', 'shares',
  'just now', 'JUST NOW', 'ju\u017ft now', 'yesterday', 'Ye\u017fterday', 'posted', 'Posted by', 'po\u017fted on', 'by', 'maple',
  '▲', '▼', '↑', '👍', '👎', 'January', 'Chengdu', '成都', '软件', 'k', 'K', 's', 'S',
];

describe('mayHoldPostMeta', () => {
  it('holds for every text POST_META matches (random texts from its own pieces)', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => !postMeta.test(t) || mayHoldPostMeta(t)), { numRuns: 20000 });
  });

  it('answers the lines a page prints around a post, and not a dateline or a heading', () => {
    for (const line of ['2小时前', 'Reply #3 · 老成都 · 2小时前', '15 replies', '▲ 8 ▼ 0', '查看全部 15 条回复', 'ju\u017ft now', 'Posted by maple | 15 replies']) {
      expect(postMeta.test(line)).toBe(true);
      expect(mayHoldPostMeta(line)).toBe(true);
    }
    for (const line of ['11 January 2024', '如何促进成都软件产业高质量发展?他们这样说', 'www.example.com', 'Chengdu software fair']) {
      expect(postMeta.test(line)).toBe(false);
      expect(mayHoldPostMeta(line)).toBe(false);
    }
  });
});
