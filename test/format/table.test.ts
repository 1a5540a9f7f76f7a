import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { formatTable } from '../../src/format/table.js';
import { width } from '../../src/format/text.js';

const TRADE = [
  'Customs figures, 9 April 2025',
  '',
  'Exports from Guangdong Province reached 4.5 million dollars of machinery in the first quarter, and the province\'s trade surplus came to 42 billion yuan, up 6.3% on the same quarter of 2024.',
  '',
  '一季度广东省机械出口额达450万美元，全省贸易顺差为4776亿元，比2024年同季度增长6.3%。',
  '',
  'www.example.com/customs',
  '',
  'The provincial customs office will publish the April figures on 20 May.',
  '',
  '省海关将于5月21日公布4月份数据。',
  '',
].join('\n');

describe('the table, read by a person', () => {
  const result = align(TRADE, { path: 'reports/2025/customs-april.txt', entities: false });

  it.each([80, 60, 40])('keeps every line within %i columns', (columns) => {
    const lines = formatTable([result], { columns }).split('\n');
    const over = lines.filter((l) => width(l) > columns);
    expect(over).toEqual([]);
  });

  it('prints values readably, never in scientific notation or cut inside a number', () => {
    const text = formatTable([result], { columns: 80 });
    expect(text).toContain('→ $4.5 million');
    expect(text).toContain('→ 477.6 billion CNY');
    expect(text).toContain('→ 42 billion CNY');
    expect(text).not.toMatch(/\d\.?\d*e\d|\d…/);
  });

  it('says in words how the dates differ', () => {
    const text = formatTable([result], { columns: 100 });
    expect(text).toMatch(/\(20 May 2025\) vs ZH "5月21日" \(21 May 2025\): day differs/);
    expect(text).not.toMatch(/--05-2/);
  });

  it('names the file once and gives lines in the pair headers', () => {
    const text = formatTable([result], { columns: 100 });
    expect(text.split('reports/2025/customs-april.txt').length - 1).toBe(2); // the title and the summary line
    expect(text).toMatch(/^p\d+ 1-1 score \d\.\d\d ─+ EN line 3 · ZH line 5$/m);
  });

  it('prints the note about a block outside pairs at that block', () => {
    const lines = formatTable([result], { columns: 100 }).split('\n');
    const block = lines.findIndex((l) => l.startsWith('b') && l.includes('outside pairs'));
    expect(block).toBeGreaterThan(0);
    expect(lines[block + 1]).toBe('www.example.com/customs');
    expect(lines[block + 2]).toMatch(/^ℹ info {4}Block "www\.example\.com\/customs" is in neither language/);
  });

  it('wraps a long finding under its message', () => {
    const lines = formatTable([result], { columns: 80 }).split('\n');
    const start = lines.findIndex((l) => l.startsWith('✖ error'));
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(/^ {10}\S/);
  });

  it('names each file in two-file mode, once per side', () => {
    const two = alignFiles(
      { text: 'Exports rose 6.3% in the first quarter.\n', path: 'en/customs.txt' },
      { text: '一季度出口增长6.3%。\n', path: 'zh/customs.txt' },
      { entities: false },
    );
    expect(formatTable([two], { columns: 100 })).toMatch(/EN en\/customs\.txt:1 · ZH zh\/customs\.txt:1$/m);
  });

  it('says there is nothing to align in an empty input', () => {
    expect(formatTable([align('', { path: 'empty.txt' })])).toContain('empty.txt: nothing to align (the input holds no text)');
  });
});
