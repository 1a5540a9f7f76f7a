import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const moneyFindings = (text: string): string[] =>
  align(text, { entities: false }).findings.filter((f) => f.ruleId === 'money-mismatch' && f.severity !== 'info').map((f) => `${f.line} ${f.message}`);

const BODY_EN = 'The carmaker will spend 36 billion yuan ($5 billion) on batteries by 2030, it said.';
const BODY_ZH = '该车企表示，到2030年将在电池领域投入360亿元人民币（50亿美元）。';

describe('an amount given in another currency where the text states the conversion', () => {
  it('agrees with the amount it converts, in a headline of either language', () => {
    expect(moneyFindings(`Carmaker pledges $5 billion for batteries\n\n车企承诺投入360亿元发展电池\n\n${BODY_EN}\n\n${BODY_ZH}\n`)).toEqual([]);
    expect(moneyFindings(`Carmaker pledges 36 billion yuan for batteries\n\n车企承诺投入50亿美元发展电池\n\n${BODY_EN}\n\n${BODY_ZH}\n`)).toEqual([]);
  });

  it('is still told where the text states no such conversion, or another amount', () => {
    expect(moneyFindings('Carmaker pledges $5 billion for batteries\n\n车企承诺投入360亿元发展电池\n')).toEqual([expect.stringMatching(/^1 .*currency differs/)]);
    expect(moneyFindings(`Carmaker pledges $6 billion for batteries\n\n车企承诺投入360亿元发展电池\n\n${BODY_EN}\n\n${BODY_ZH}\n`)).toEqual([expect.stringMatching(/^1 .*currency differs/)]);
  });
});
