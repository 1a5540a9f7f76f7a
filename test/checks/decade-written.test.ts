import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const dateFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'date-mismatch').map((f) => f.message);

describe('a decade written with its digits on both sides is no year left out', () => {
  it.each([
    ['The mill was built in the 1990s.', '这家磨坊建于上世纪90年代。'],
    ['The mill was built in the 1990s.', '这家磨坊建于90年代。'],
    ["The mill was built in the '90s.", '这家磨坊建于1990年代。'],
  ])('%s / %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it('still tells of a year one side writes and the other leaves out', () => {
    expect(dateFindings('The mill opened on 3 March 2011.', '这家磨坊于3月3日开业。')).toEqual([expect.stringContaining('the year 2011 is not in the Chinese')]);
  });
});

describe('the early, middle and late parts of a decade', () => {
  it.each([
    ['Output is expected to peak in the late 2040s.', '产量预计在2040年代后期见顶。'],
    ['Output is expected to peak in the late 2040s.', '产量预计在2040年代晚期见顶。'],
    ['Output is expected to peak in the early 2040s.', '产量预计在2040年代前期见顶。'],
    ['Output is expected to peak in the early 2040s.', '产量预计在2040年代早期见顶。'],
  ])('agree: %s / %s', (en, zh) => {
    expect(dateFindings(en, zh).filter((m) => !m.includes('no counterpart'))).toEqual([]);
  });

  it('tells a late part against an early one', () => {
    expect(dateFindings('Output is expected to peak in the early 2040s.', '产量预计在2040年代后期见顶。'))
      .toEqual([expect.stringContaining('differs')]);
  });
});
