import { describe, expect, it } from 'vitest';
import { namesIn } from './people.js';
import { align } from '../../src/index.js';

const typed = (text: string, lang: 'en' | 'zh'): string[] =>
  (['person', 'place'] as const).flatMap((type) => namesIn(text, lang, type).map(([name]) => `${type} ${name}`));

describe('a family name that is a place\'s name', () => {
  it.each([
    ['总统亚伯拉罕·林肯和乔治·华盛顿', 'zh', ['person 亚伯拉罕·林肯', 'person 乔治·华盛顿']],
    ['演员安娜·巴黎出席首映', 'zh', ['person 安娜·巴黎']],
    ['The portrait shows George Washington at Valley Forge.', 'en', ['person George Washington']],
  ] as const)('%s', (text, lang, expected) => {
    expect(typed(text, lang)).toEqual(expected);
  });

  it.each([
    ['代表团抵达华盛顿和巴黎', 'zh', ['place 华盛顿', 'place 巴黎']],
    ['中国·成都国际车展', 'zh', ['place 中国', 'place 成都']],
    ['The delegation flew from Washington to Paris.', 'en', ['place Washington', 'place Paris']],
  ] as const)('places stay places in %s', (text, lang, expected) => {
    expect(typed(text, lang).sort()).toEqual([...expected].sort());
  });

  it('pairs the two spellings of the person', () => {
    const result = align('George Washington crossed the river in 1776.\n乔治·华盛顿于1776年渡过了这条河。\n');
    const people = result.facts.filter((f) => f.kind === 'entity').map((f) => `${f.type} ${f.raw}`);
    expect(people).toEqual(['person George Washington', 'person 乔治·华盛顿']);
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});
