import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('the digits of a scaled amount', () => {
  it.each([
    ['The group will spend $4 billion over the next five years.', '该集团将在未来四年投入40亿美元。'],
    ['A 3 million yuan grant will run for six months.', '一笔300万元的资助将持续三个月。'],
    ['Sales of 7 billion yuan rose nine percent.', '70亿元的销售额增长了7%。'],
  ])('vouch for no length of time or share of the other side: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error /)]);
  });

  it.each([
    ['The group will spend $4 billion over the next four years.', '该集团将在未来四年投入40亿美元。'],
    ['Revenue reached 2 billion yuan.', '营收达到20亿元。'],
    ['About 3 million people live in the valley, 3 of every 10 in the capital.', '山谷里约有300万人，每10人中有3人住在首府。'],
  ])('still agree where the figures do: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });
});
