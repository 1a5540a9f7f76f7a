import { describe, expect, it } from 'vitest';
import { align, split } from '../../src/index.js';

const blocks = (text: string) => split(text).map((b) => `${b.lang}:${b.text}`);

describe('a label and its translation apart by a separator on one line', () => {
  it.each<[string, string[]]>([
    ['2026 Best Value Cities: Top 10 | 2026最具性价比城市：前十名', ['en:2026 Best Value Cities: Top 10', 'zh:2026最具性价比城市：前十名']],
    ['Length 32 cm\u3000长32厘米', ['en:Length 32 cm', 'zh:长32厘米']],
    ['Lacquer Box\u3000漆盒', ['en:Lacquer Box', 'zh:漆盒']],
    ['茶杯 ｜ Teacup', ['zh:茶杯', 'en:Teacup']],
  ])('is cut at the separator: %s', (line, want) => {
    expect(blocks(line)).toEqual(want);
  });

  it.each([
    'Home | About | 关于我们',
    'resilient\u3000有韧性的',
    '苹果 Apple\u3000公司',
  ])('leaves a line of more parts, a word list entry or mixed parts alone: %s', (line) => {
    expect(blocks(line)).toHaveLength(1);
  });

  it('pairs the museum label lines it cuts', () => {
    const result = align('Length 32 cm\u3000长32厘米\n\nLacquer Box\u3000漆盒\n', { entities: false });
    expect(result.pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(2);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
