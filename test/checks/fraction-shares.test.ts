import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a fraction and its share in percent', () => {
  it.each([
    ['Output fell by a half at the mill.', '工厂产量下降了50%。'],
    ['A third of the trainees passed.', '33%的学员通过了考试。'],
    ['A third of the trainees passed.', '33.3%的学员通过了考试。'],
    ['Three quarters of the seats were taken.', '75%的座位有人。'],
    ['About 40% of the land is forest.', '约五分之二的土地是森林。'],
  ])('agree: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it.each([
    ['A third of the trainees passed.', '30%的学员通过了考试。'],
    ['Output fell by a half at the mill.', '工厂产量下降了40%。'],
  ])('that differ are no pair: %s', (en, zh) => {
    expect(numberFindings(en, zh).length).toBeGreaterThan(0);
  });

  it('keeps a plain decimal a reading, not a share', () => {
    expect(numberFindings('The index stood at 0.5 points.', '指数为50%。').length).toBeGreaterThan(0);
  });
});
