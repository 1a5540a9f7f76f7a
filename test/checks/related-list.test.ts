import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { fixture } from '../helpers.js';

describe('a related-news list cut one item a line', () => {
  const result = align(fixture('chengdu-software-2024.lines.txt'), { entities: false });

  it('reports every item as part of the list (info), not as a missing translation', () => {
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
    const list = result.findings.filter((f) => f.ruleId === 'unpaired-block' && f.message.includes('(a list)'));
    expect(list).toHaveLength(4);
  });

  it('still reports a real paragraph left without its translation', () => {
    const lines = fixture('chengdu-software-2024.lines.txt').split('\n');
    const zh = lines.findIndex((l) => l.startsWith('成都市经济和信息化局'));
    lines.splice(zh, 1);
    const dropped = align(lines.join('\n'), { entities: false, split: 'line' });
    const missing = dropped.findings.filter((f) => f.ruleId === 'missing-translation');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toContain('EN paragraph "The relevant person in');
    expect(result.blocks.length - 1).toBe(dropped.blocks.length);
  });
});
