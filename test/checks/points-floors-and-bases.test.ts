import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/index.js';
import { toldPair as pair } from '../helpers.js';

const percents = (text: string) => extractCandidates(text, 'zh', {}).filter((c) => c.kind === 'percent').map((c) => `${text.slice(c.start, c.end)}=${c.value}${c.unit}`);

describe('Hong Kong\'s words for moves of a rate', () => {
  it('reads 点子 as basis points and 码 as a quarter point after a move of interest', () => {
    expect(percents('美国联储局减息25点子。')).toEqual(['25点子=0.25pp']);
    expect(percents('欧洲央行加息半码。')).toEqual(['半码=0.125pp']);
    expect(percents('央行将重贴现率调升一码至2.25%。')).toEqual(['一码=0.25pp', '2.25%=2.25%']);
  });

  it('reads no 码 of a size, a number or 起码 (at least)', () => {
    expect(percents('起码要等一年，尺码偏大，号码为一码。')).toEqual([]);
  });

  it('weighs them against the English points', () => {
    expect(pair('The Fed cut rates by 25 basis points.', '美国联储局减息25点子。')).toEqual([]);
    expect(pair('The central bank raised the rate by 12.5 basis points.', '央行加息半码。')).toEqual([]);
    expect(pair('The central bank raised the rate by 25 basis points.', '央行加息半码。', 'number-mismatch')).toHaveLength(1);
  });
});

describe('a value at its extreme (`as little as`, `as low as`)', () => {
  it('is rough, no bound the other side\'s floor turns round', () => {
    const read = (text: string) => extractCandidates(text, 'en', {}).map((c) => [c.value, c.bound, c.approx]);
    expect(read('Jabs cost as little as S$35.')).toEqual([[35, undefined, true]]);
    expect(read('Rates fell to as low as 2%.')).toEqual([[2, undefined, true]]);
    expect(read('Rents rose by as much as 40%.')).toEqual([[40, 'under', true]]);
    expect(pair('Flu jabs cost as little as S$35 at polyclinics.', '在综合诊所接种流感疫苗最低35新元。')).toEqual([]);
    expect(pair('Flu jabs cost as little as S$35 at polyclinics.', '在综合诊所接种流感疫苗低至35新元。')).toEqual([]);
    expect(pair('Flu jabs cost as little as S$35 at polyclinics.', '在综合诊所接种流感疫苗最低45新元。', 'money-mismatch')).toHaveLength(1);
  });
});

describe('a change against a month its owner names (`from the firm\'s September survey`)', () => {
  it('is against the period before, told against a year-on-year change', () => {
    const en = 'Support for the mayor was up 4 percentage points from the pollster\'s August survey.';
    expect(pair(en, '市长的支持度较去年同期上升4个百分点。', 'basis-mismatch')).toHaveLength(1);
    expect(pair(en, '市长的支持度较8月上升4个百分点。')).toEqual([]);
  });
});

describe('a margin told as plus or minus', () => {
  it('is the margin, no negative value (`plus or minus 2.8 points`, `正负2.8个百分点`)', () => {
    const en = extractCandidates('The margin of error is plus or minus 2.8 percentage points.', 'en', {}).map((c) => c.value);
    const zh = extractCandidates('误差范围为正负2.8个百分点。', 'zh', {}).map((c) => c.value);
    expect(en).toEqual([2.8]);
    expect(zh).toEqual([2.8]);
    expect(extractCandidates('气温为负7度，风寒指数为minus 12。', 'zh', {}).map((c) => c.value)).toContain(-7);
    expect(pair('The margin of error is plus or minus 2.8 percentage points.', '误差范围为±2.8个百分点。')).toEqual([]);
  });
});
