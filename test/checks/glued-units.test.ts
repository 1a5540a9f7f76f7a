import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('an amount with its unit glued on, against the Chinese in another scale', () => {
  it.each([
    ['The flagship carries a 200MP rear camera.', '旗舰机后置2亿像素摄像头。'],
    ['A 12MP ultra-wide lens sits beside it.', '旁边是一颗1200万像素超广角镜头。'],
  ])('agrees: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells a slip by the units’ sizes', () => {
    expect(findings('The flagship carries a 50MP rear camera.', '旗舰机后置500万像素摄像头。')).toEqual([
      'error EN "50MP" (50) vs ZH "500万" (5 million): 10x apart',
    ]);
  });
});
