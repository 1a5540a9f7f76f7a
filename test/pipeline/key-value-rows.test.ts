import { describe, expect, it } from 'vitest';
import { align, split } from '../../src/index.js';

const twoSided = (text: string): string[][] => {
  const result = align(text);
  return result.pairs.filter((p) => p.en.length && p.zh.length)
    .map((p) => [p.en, p.zh].map((ids) => ids.map((id) => result.blocks.find((b) => b.id === id)!.text).join(' ')));
};

const box = [
  'Mission at a glance 任务概览',
  'Liftoff 发射: April 9 4月9日',
  'Days in orbit 在轨时间: 182 days 182天',
  'Payload 载荷: 2,640.5 kg 2640.5公斤',
  '',
].join('\n');

describe('a key-figures row with its label and its value in both languages', () => {
  it('is cut into the two labels and the two values, each in its language', () => {
    const blocks = split('Liftoff 发射: April 9 4月9日\n', { lexicon: false });
    expect(blocks.map((b) => [b.text, b.lang])).toEqual([['Liftoff', 'en'], ['发射:', 'zh'], ['April 9', 'en'], ['4月9日', 'zh']]);
  });

  it('pairs each value with its rendering, a lone figure with a letter of unit too', () => {
    const pairs = twoSided(box);
    expect(pairs).toContainEqual(['April 9', '4月9日']);
    expect(pairs).toContainEqual(['182 days', '182天']);
    expect(pairs).toContainEqual(['2,640.5 kg', '2640.5公斤']);
  });

  it('tells a value that slipped', () => {
    const result = align(box.replace('4月9日', '4月19日'));
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toContain('date-mismatch');
  });

  it('reads a row that opens in Chinese the same way', () => {
    const blocks = split('营收 Revenue：812.4亿元 81.24 billion yuan\n', { lexicon: false });
    expect(blocks.map((b) => b.text)).toEqual(['营收', 'Revenue：', '812.4亿元', '81.24 billion yuan']);
  });

  it('pairs a money amount written as one token with its rendering', () => {
    const pairs = twoSided('Sales 銷售額：NT$96.3bn 963億元\nNet income 淨利：NT$7.2bn 72億元\n');
    expect(pairs).toContainEqual(['NT$96.3bn', '963億元']);
    expect(pairs).toContainEqual(['NT$7.2bn', '72億元']);
  });

  it.each([
    ['a clause after a name and its Chinese', 'Hefang Street 河坊街: stalls open until 10 pm; tea from 15 yuan 摊位营业至晚上10点，茶15元起\n'],
    ['a value with a gloss in its brackets', 'Gross margin 毛利率：7.9% (+1.2 ppt 百分點)\n'],
    ['a row of names, no figure', 'Reporter 记者: Anna Berg 安娜·伯格\n'],
    ['a row whose English value is a bare number', 'Crew size 乘组人数: 3 3人\n'],
  ])('leaves %s uncut into four', (_, line) => {
    expect(split(line, { lexicon: false }).length).toBeLessThan(4);
  });
});
