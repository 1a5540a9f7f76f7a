import { describe, expect, it } from 'vitest';
import { align, alignFiles, split } from '../../src/index.js';

/** The blocks of each file as `alignFiles` cuts them, by text. */
const both = (en: string, zh: string): [string[], string[]] => {
  const r = alignFiles({ text: en, path: 'en.txt' }, { text: zh, path: 'zh.txt' });
  return [r.blocks.filter((b) => b.source === 'en.txt').map((b) => b.text), r.blocks.filter((b) => b.source === 'zh.txt').map((b) => b.text)];
};

describe('split: subtitle lines wrapped in markup tags, two files', () => {
  it('reads the stop before a closing tag as the end of the line', () => {
    const en = '<i>The ferry leaves the pier at nine.</i>\n<i>It reaches the island an hour later.</i>\n';
    const zh = '<i>渡轮九点离开码头，一小时后抵达海岛。</i>\n<i>船上载有三百名乘客，多数是当地居民。</i>\n<i>当天海上风平浪静，航行十分顺利。</i>\n';
    expect(both(en, zh)[1]).toEqual(zh.trim().split('\n'));
  });

  it('reads a sung line between its notes as a line of its own', () => {
    const en = '<font size="14">You look tired today.</font>\n<font size="14">I only slept four hours last night.</font>\n';
    const zh = '<font color="#ffff00">你今天看起来很累。</font>\n<font color="#ffff00">♪ 月亮代表我的心 ♪</font>\n<font color="#ffff00">我昨晚只睡了四个小时。</font>\n';
    expect(both(en, zh)[1]).toEqual(zh.trim().split('\n'));
  });

  it('keeps a line ending mid-sentence inside its tags with the next one', () => {
    const en = '<i>The ferry leaves the pier at nine</i>\n<i>and reaches the island an hour later.</i>\n<i>It carries 300 passengers.</i>\n';
    const zh = '<i>渡轮九点离开码头，一小时后抵达海岛。</i>\n<i>船上载有三百名乘客。</i>\n';
    expect(both(en, zh)[0]).toEqual(['<i>The ferry leaves the pier at nine</i>\n<i>and reaches the island an hour later.</i>', '<i>It carries 300 passengers.</i>']);
  });
});

describe('split: a page\'s HTML source pasted with its paragraphs on one line', () => {
  const line = '<p class="post">The library opens a reading room on Monday.</p><p class="post">图书馆周一开放一间阅览室。</p>'
    + '<p class="post"><br></p><p class="post">It seats 80 readers.<br>它可容纳80名读者。</p>';

  it('cuts the line at its block tags, keeping the text between them with its own span', () => {
    const r = align(line);
    expect(r.blocks.map((b) => b.text)).toEqual(['The library opens a reading room on Monday.', '图书馆周一开放一间阅览室。', 'It seats 80 readers.', '它可容纳80名读者。']);
    for (const b of r.blocks) expect(line.slice(b.start, b.end)).toBe(b.text);
    expect(r.pairs.filter((p) => p.en.length === 1 && p.zh.length === 1)).toHaveLength(2);
  });

  it('leaves a line of tags only, and text with inline tags, whole', () => {
    expect(align('<p><br></p>\nThe ferry leaves at nine.\n渡轮九点出发。').blocks[0]!.text).toBe('<p><br></p>');
    expect(align('The ferry leaves at <b>nine</b>.\n渡轮<b>九点</b>出发。').blocks.map((b) => b.text)).toEqual(['The ferry leaves at <b>nine</b>.', '渡轮<b>九点</b>出发。']);
  });
});

describe('split: text converted from print, a blank line after every line and lines broken mid-sentence', () => {
  const en1 = ['The harbour bridge will close for repairs from', 'next Monday, the city said, and ferries will run', 'every ten minutes instead.'];
  const zh1 = ['市政府表示，港口大桥将从下周一起封闭维修，届时渡轮', '将每十分钟开出一班作为替代。'];
  const en2 = ['Work on the deck is expected to take about six', 'weeks, weather permitting.'];
  const zh2 = ['若天气允许，桥面工程预计需要大约六个星期才能完成，', '市民出行请提前做好安排。'];
  const page = ['Bridge closes for repairs', ...en1, ...zh1, ...en2, ...zh2].join('\n\n');

  it('reads the blank lines as spacing and joins each paragraph again', () => {
    const texts = split(page).map((b) => b.text.replace(/\n\n/g, ' '));
    expect(texts).toEqual(['Bridge closes for repairs', en1.join(' '), zh1.join(' '), en2.join(' '), zh2.join(' ')]);
  });

  it('keeps blank lines as paragraph breaks where the lines are whole paragraphs', () => {
    const whole = ['The bridge will close on Monday.', '大桥将于周一封闭。', 'Ferries will run instead.', '届时将以渡轮替代。', 'Work takes six weeks.', '工程需时六周。', 'The city apologised.', '市政府致歉。'].join('\n\n');
    expect(split(whole)).toHaveLength(8);
  });
});
