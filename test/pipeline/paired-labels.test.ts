import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const shape = (text: string) => {
  const r = align(text, { entities: false });
  return { blocks: r.blocks.map((b) => `${b.lang} ${b.text}`), errors: r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId) };
};

describe('a label in both languages opening a line of an English sentence and its Chinese', () => {
  it.each([
    ['练习 Exercise：Translate "The ward opened 40 beds." 病房开设了40张床位。', '练习 Exercise：Translate "The ward opened 40 beds."'],
    ['例句 Example: The clinic treats 200 patients a day. 诊所每天接诊200名病人。', '例句 Example: The clinic treats 200 patients a day.'],
    ['Example 例句：The clinic treats 200 patients a day. 诊所每天接诊200名病人。', 'Example 例句：The clinic treats 200 patients a day.'],
  ])('is cut into its two parts, the label with the English: %s', (line, en) => {
    const { blocks, errors } = shape(`${line}\n`);
    expect(blocks[0]).toBe(`en ${en}`);
    expect(blocks[1]).toMatch(/^zh [^A-Za-z]+$/);
    expect(errors).toEqual([]);
  });

  it.each([
    ['练习：Patients must wait 30 minutes after the jab. 病人接种后须等候30分钟。', '练习：Patients must wait 30 minutes after the jab.'],
    ['例句:The clinic treats 200 patients a day. 诊所每天接诊200名病人。', '例句:The clinic treats 200 patients a day.'],
  ])('is cut so where the label is in Chinese alone: %s', (line, en) => {
    const { blocks, errors } = shape(`${line}\n`);
    expect(blocks[0]).toBe(`en ${en}`);
    expect(blocks[1]).toMatch(/^zh [^A-Za-z]+$/);
    expect(errors).toEqual([]);
  });

  it('leaves a Chinese sentence that quotes an English term whole', () => {
    expect(shape('练习：请把 Hospital 译成中文。\n').blocks).toHaveLength(1);
  });
});

describe('a note labelled in both languages', () => {
  it('pairs with its translation on the next line, which carries no label', () => {
    const text = 'Exam results were released on Monday.\n考试成绩于周一公布。\n\nEditor\'s note 编者注: Scores are from the city exam office.\n本文分数来自市考试院。\n';
    const r = align(text, { entities: false });
    expect(r.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
    expect(r.pairs.filter((p) => p.en.length > 0 && p.zh.length > 0)).toHaveLength(2);
  });

  it('a note labelled in one language still pairs only with a note', () => {
    const text = 'Exam results were released on Monday.\n考试成绩于周一公布。\n\nEditor\'s note: Scores are from the city exam office.\n';
    expect(align(text, { entities: false }).pairs.filter((p) => p.en.length > 0 && p.zh.length > 0)).toHaveLength(1);
  });
});
