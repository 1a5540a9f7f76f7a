import { describe, expect, it } from 'vitest';
import { split } from '../../src/pipeline/split.js';
import { isLexiconLoaded } from '../../src/lexicon/load.js';

const texts = (input: string) => split(input).map((b) => b.text);

describe('split: a short line in both languages is cut where its parts translate each other', () => {
  it('loads no lexicon with lexicon: false, and leaves such a line whole', () => {
    const input = 'Green Beijing 绿色北京\nThe city planted more trees last year.\n去年全市新增了更多树木。\n';
    expect(split(input, { lexicon: false }).map((b) => b.text)[0]).toBe('Green Beijing 绿色北京');
    expect(isLexiconLoaded()).toBe(false);
  });

  it('loads no lexicon for lines the script settles', () => {
    split('Demo marks September 18 anniversary in the city 勿忘九一八\nOne more line.\n再来一行。\n');
    split('成都贯彻落实国家软件发展战略，对全市GDP增长的贡献率达35.3%。\nApple CEO Tim Cook visited the plant.\n');
    expect(isLexiconLoaded()).toBe(false);
  });

  const cut: [string, string, string[]][] = [
    ['a one-word heading', 'Results 比赛结果\nSaturday, 12 October\n10月12日（星期六）', ['Results', '比赛结果', 'Saturday, 12 October', '10月12日（星期六）']],
    ['a two-word title', 'Exports grow 出口增长\nCar exports rose 33 percent.\n汽车出口增长33%。', ['Exports grow', '出口增长', 'Car exports rose 33 percent.', '汽车出口增长33%。']],
    ['a label with names', 'Silver: Wang Fang 银奖：王芳', ['Silver: Wang Fang', '银奖：王芳']],
    ['an answer key', 'Answers: 1. B  2. C 答案：1. B  2. C', ['Answers: 1. B  2. C', '答案：1. B  2. C']],
    ['a score line', 'Shanghai Port 3-1 Beijing Guoan 上海海港 3比1 北京国安', ['Shanghai Port 3-1 Beijing Guoan', '上海海港 3比1 北京国安']],
    ['a bracketed item number', '(2) Expanding employment （二）扩大就业', ['(2) Expanding employment', '（二）扩大就业']],
    ['numbered items whose words match by a longer form', '(3) Promoting a steady recovery of consumption （三）促进消费持续恢复。',
      ['(3) Promoting a steady recovery of consumption', '（三）促进消费持续恢复。']],
    ['a sentence ending on a year range', '(2) About 8 000 homes will be built in 2025-26. （二）約8 000個單位將於二〇二五／二六年度建成。',
      ['(2) About 8 000 homes will be built in 2025-26.', '（二）約8 000個單位將於二〇二五／二六年度建成。']],
    ['a short quoted reply', '"Sure." “好啊。”', ['"Sure."', '“好啊。”']],
    ['a cue carrying on a sentence, in lower case', 'opened to traffic this morning. 今天上午正式通車。', ['opened to traffic this morning.', '今天上午正式通車。']],
    ['cue text in voice tags', '<v Ben>On the third floor, next to the lift.</v> <v Ben>在三楼，电梯旁边。</v>',
      ['<v Ben>On the third floor, next to the lift.</v>', '<v Ben>在三楼，电梯旁边。</v>']],
    ['a Chinese title naming products in Latin letters', 'Apple launches new iPad Pro and Apple Pencil Pro Apple 推出新款 iPad Pro 及 Apple Pencil Pro',
      ['Apple launches new iPad Pro and Apple Pencil Pro', 'Apple 推出新款 iPad Pro 及 Apple Pencil Pro']],
    ['Chinese first', '“来，”她说。 "Yes," she said.', ['“来，”她说。', '"Yes," she said.']],
  ];
  it.each(cut)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  const whole: [string, string][] = [
    ['a Chinese line naming a firm', 'Apple CEO Tim Cook 访华'],
    ['a Chinese term glossed in English brackets', '他们称之为“共同富裕” (common prosperity)'],
    ['an English name glossed in Chinese', 'Tesla (特斯拉)'],
    ['an English term quoted before its Chinese explanation', '“Community sports fields”一般译为“社区运动场”'],
    ['an English sentence quoting Chinese terms', '"Fields" is usually 运动场 or 体育场地. Yours is fine.'],
    ['a product and its price', 'iPhone 15 售价 5999 元'],
    ['a word-list entry', 'budget 預算 (n.)'],
    ['a lower-case note without stops', 'in the first half of the year 上半年'],
    ['a Chinese sentence glossing a term in English brackets', '这种说法被称为“共同富裕”(common prosperity)。'],
    ['a section label, Chinese first', '翻譯 Translation'],
    ['a numbered word-list entry', '3. Ozone 臭氧'],
    ['a label alone', 'Main findings 主要结论'],
    ['a Chinese title with its English name', '春晓 Spring Morning\n春眠不觉晓，\n处处闻啼鸟。'],
    ['a gloss in brackets under a paragraph', 'Giant pandas live in the wild.\n[in the wild 在野外]'],
  ];
  it.each(whole)('leaves whole: %s', (_name, input) => {
    expect(texts(input)).toEqual(input.split('\n'));
  });

  it('keeps the entries of a word list whole, a capitalized one included', () => {
    const list = 'Vocabulary 生词\nclimate change 气候变化\nExports 出口\nrenewable energy 可再生能源';
    expect(texts(list)).toEqual(list.split('\n'));
  });

  it('gives each part its own span in the original text', () => {
    const input = 'WORLD NEWS\r\n\r\n  What comes next 接下来\r\nEach prefecture will set its own rate by October.\r\n';
    const blocks = split(input);
    const en = blocks.find((b) => b.text === 'What comes next')!;
    const zh = blocks.find((b) => b.text === '接下来')!;
    expect([en.line, en.column, zh.line, zh.column]).toEqual([3, 3, 3, 19]);
    expect(input.slice(en.start, en.end)).toBe('What comes next');
    expect(input.slice(zh.start, zh.end)).toBe('接下来');
    expect([en.lang, zh.lang]).toEqual(['en', 'zh']);
  });
});
