import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const page = [
  'Hospital wait times fall 醫院候診時間縮短',
  '',
  'Kaohsiung, Oct. 7 (CNA)',
  '',
  '中央社記者林曉雯高雄7日電',
  '',
  'Average waits at emergency rooms in the city fell to 41 minutes in September.',
  '',
  '本市急診室9月的平均候診時間降至41分鐘。',
  '',
  '(By Lin Hsiao-wen and Mark Dunn)',
  '',
].join('\n');

describe('a wire story\'s dateline and closing credit in English', () => {
  it('are page furniture, never a paragraph missing its translation', () => {
    const result = align(page);
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leave a sentence in brackets that opens with by alone', () => {
    const result = align('(By the time the doors opened, 300 people were waiting.)\n\n（开门时已有300人在排队。）\n');
    expect(result.pairs.filter((p) => p.en.length && p.zh.length)).toHaveLength(1);
  });
});
