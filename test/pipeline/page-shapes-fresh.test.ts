import { describe, expect, it } from 'vitest';
import { FRESH_PAGES, tagged } from './page-shapes-fresh.pages.js';
import { WRITTEN_PAGES } from './written-pages.js';

describe('the second set of written pages', () => {
  it('reads tagged lines into a page, its links and its lines that are no translation unit', () => {
    const p = tagged('tiny', ['x 分享到：', 'e1 Rain today.', 'z1 今天有雨。', '', 'b2 Windy 有风', 'e3 Cold.', 'e3 Very cold.', 'z4 注：本文有删节。']);
    expect(p.text).toBe('分享到：\nRain today.\n今天有雨。\n\nWindy 有风\nCold.\nVery cold.\n注：本文有删节。\n');
    expect(p.links).toEqual(['2 => 3', '5 => 5', '6+7 => -', '- => 8']);
    expect(p.x).toEqual([1]);
    expect(() => tagged('untagged', ['Rain today.'])).toThrow(/untagged line 1/);
  });

  it('holds pages of other names than the first set, each with a two-sided link', () => {
    const names = new Set([...WRITTEN_PAGES, ...FRESH_PAGES].map((p) => p.name));
    expect(names.size).toBe(WRITTEN_PAGES.length + FRESH_PAGES.length);
    for (const p of FRESH_PAGES) expect(p.links.some((l) => !l.startsWith('-') && !l.endsWith('-')), p.name).toBe(true);
  });
});
