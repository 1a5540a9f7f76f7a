import { describe, expect, it } from 'vitest';
import { align, extractCandidates, split } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);

describe('a length in weeks or days against one in months', () => {
  it('is told when the days fall outside what the months hold', () => {
    expect(findings('The crew of 30 will rest for two weeks.', '30名船员将休整一个月。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*14 days against 1 month/)]);
  });

  it('is told beside a part of a month, whose days no number writes', () => {
    expect(findings('The crew of 30 will rest for two weeks before sailing in early May.', '30名船员将休整一个月，之后于5月初起航。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*14 days against 1 month/)]);
  });

  it.each([
    ['The crew of 30 will rest for four weeks.', '30名船员将休整一个月。'],
    ['The crew of 30 will rest for six weeks.', '30名船员将休整一个半月。'],
    ['The crew of 30 will rest for 90 days.', '30名船员将休整三个月。'],
    // approximate: no claim of the exact length
    ['The crew of 30 will rest for about two weeks.', '30名船员将休整约半个月。'],
  ])('finds nothing wrong with %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });
});

describe('bounds after a unit and before what a half is of', () => {
  it('reads `or smaller` after the unit as the bound 及以下 gives', () => {
    expect(findings('Chips of 5 nanometres or smaller are covered.', '5纳米及以下芯片在列。')).toEqual([]);
    expect(findings('Chips of 5 nanometres or larger are covered.', '5纳米及以下芯片在列。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*opposite directions/)]);
  });

  it('reads the bound before a phrase holding a figure, then 的一半', () => {
    expect(findings('It would meet more than half of the region\'s peak demand of 30 gigawatts.', '这将满足超过该地区30吉瓦峰值需求的一半。')).toEqual([]);
  });
});

describe('words that are no figure', () => {
  const zh = (text: string) => extractCandidates(text, 'zh').map((c) => `${c.kind} ${text.slice(c.start, c.end)} ${String(c.value)}`);

  it('减负 lightens a burden: the amount after it is no negative', () => {
    expect(zh('去年共为企业减负128亿元。').filter((c) => c.startsWith('money'))).toEqual(['money 128亿元 12800000000']);
    expect(zh('气温降至负5度。').some((c) => c.includes('-5'))).toBe(true);
  });

  it('a count in ten thousands before 周 counts weekly users, not weeks', () => {
    expect(zh('该应用拥有1.2亿周活跃用户。').some((c) => c.startsWith('duration'))).toBe(false);
    expect(zh('工期为8周。')).toContain('duration 8周 P8W');
  });

  it('a title before a dotted name is the title\'s', () => {
    const names = align('The laureate Alan Hart spoke.\n\n得主艾伦·哈特发表讲话。\n').facts.filter((f) => f.kind === 'entity' && f.lang === 'zh').map((f) => f.raw);
    expect(names).toEqual(['艾伦·哈特']);
  });

  it('除夕倒数 is the Gregorian year\'s last night', () => {
    expect(zh('除夕倒数音乐会将于晚上10时开始。')).toContain('date 除夕倒数 --12-31');
  });
});

describe('a field label in both languages before a value of neither', () => {
  it('is one row', () => {
    const blocks = split('Museum hours\n博物馆开放时间\nTicket office 售票处：(02) 2345-6789\n');
    expect(blocks.map((b) => b.text)).toContain('Ticket office 售票处：(02) 2345-6789');
  });
});
