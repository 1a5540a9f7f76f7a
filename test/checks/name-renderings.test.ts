import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** The `inconsistent-term` messages of a document of pairs, English then Chinese. */
const told = (pairs: [string, string][]) => align(`Posted 15 June 2024\n\n${pairs.map(([en, zh]) => `${en}\n\n${zh}`).join('\n\n')}\n`).findings
  .filter((f) => f.ruleId === 'inconsistent-term').map((f) => f.message);

describe('two renderings of one name in a document', () => {
  it.each<[string, [string, string][]]>([
    ['a character and its traditional variant', [
      ['The new dome in Taipei seats 40,000.', '臺北的新巨蛋可容納4萬人。'],
      ['Fans in Taipei queued for tickets.', '台北的球迷排隊購票。'],
    ]],
    ['a short form that keeps the full name\'s characters in order', [
      ['Indonesia signed the deal on Monday.', '印度尼西亚周一签署了协议。'],
      ['Indonesia will host the next round.', '印尼将主办下一轮会谈。'],
    ]],
    ['two names of one well-known organization', [
      ['OPEC met in Vienna on Monday.', '石油输出国组织周一在维也纳开会。'],
      ['OPEC kept its output unchanged.', '欧佩克维持产量不变。'],
    ]],
  ])('agree: %s', (_, pairs) => {
    expect(told(pairs)).toEqual([]);
  });

  it('are told for a person written with another surname', () => {
    expect(told([
      ['The runner Zhang Lihua won the first race.', '运动员张丽华赢得了第一场比赛。'],
      ['The runner Zhang Lihua then won the second.', '运动员章丽华随后赢得了第二场。'],
    ])).toEqual([expect.stringMatching(/is "章丽华" here but "张丽华"/)]);
  });
});
