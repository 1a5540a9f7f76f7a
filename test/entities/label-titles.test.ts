import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const people = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));

describe('a title as a label, with a colon before the name', () => {
  it.each([
    ['联系人：赵文静，电话：010-5555 0199', '赵文静'],
    ['记者：孙海涛', '孙海涛'],
    ['作者: 周明远', '周明远'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it.each(['联系人：市场部', '记者：本报讯'])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('meets the English name of a press contact with no finding', () => {
    const result = align('Contact: Zhao Wenjing, +86 10 5555 0199\n\n联系人：赵文静，电话：+86 10 5555 0199\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
    expect(result.facts.filter((f) => f.kind === 'entity').map((f) => f.value)).toEqual(['zhao wenjing', 'zhao wenjing']);
  });
});
