import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { namesIn } from '../entities/people.js';

const personErrors = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error').map((f) => f.message);

describe('players and professions named before a person', () => {
  it.each([
    ['法国选手马尔尚在决赛中夺冠。', '马尔尚'],
    ['主队前锋张玉宁在第30分钟打进一球。', '张玉宁'],
    ['著名演员刘德华出席了首映礼。', '刘德华'],
  ])('%s', (text, name) => {
    expect(namesIn(text, 'zh', 'person').map(([found]) => found)).toContain(name);
  });

  it('reads no name in 选手们', () => {
    expect(namesIn('选手们表现出色。', 'zh', 'person')).toEqual([]);
  });
});

describe('a Chinese name in pinyin and a transliterated foreign name are two people, not a slip', () => {
  it('reports nothing where each side found one of two players', () => {
    expect(personErrors(
      'Marcao scored in the 12th minute before Gao Zhunyi levelled for the visitors.',
      '第12分钟，马尔康为主队首开纪录，随后高准翼为客队扳平比分。',
    )).toEqual([]);
  });

  it('still reports one Chinese name swapped for another', () => {
    expect(personErrors('Coach Wang Lin praised the defence.', '主教练李明称赞了防守。')).not.toEqual([]);
  });
});
