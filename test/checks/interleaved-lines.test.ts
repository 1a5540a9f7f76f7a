import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const missing = (text: string) => align(text, { entities: false }).findings
  .filter((f) => f.ruleId === 'missing-translation').map((f) => f.message);

const page = (line: string) => [
  'Harbour Ferry Guide',
  '港口渡轮指南',
  'Ferries leave the north pier every twenty minutes from early morning.',
  '渡轮从清晨起每二十分钟从北码头开出一班。',
  line,
  'The crossing takes about a quarter of an hour in calm weather.',
  '天气平稳时，航程约需一刻钟。',
].join('\n\n') + '\n';

describe('a line that says each thing in both languages', () => {
  it.each([
    'Ticket office 售票处: 6:30-22:00 (last sailing 末班船 21:40)',
    'Bicycles 自行车: HK$5 each way 单程5港元, free for children 儿童免费.',
  ])('is its own translation: %s', (line) => {
    expect(missing(page(line))).toEqual([]);
  });

  it('leaves an English paragraph quoting Chinese words a missing translation', () => {
    const line = 'Locals call the old pier 老码头 and the ferry itself 天星小轮, names that go back to the days when the crossing was the only way over the water.';
    expect(missing(page(line))).toHaveLength(1);
  });
});
