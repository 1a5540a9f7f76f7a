import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { escapeHtml, formatHtml, htmlPieces } from '../../src/format/html.js';
import { PIECE_MOST } from '../../src/format/json-items.js';

const PORT = [
  'Harbour report',
  '',
  'Ningbo-Zhoushan Port handled 3.5 million containers in March 2025, up 12% on a year earlier.',
  '',
  '宁波舟山港2025年3月完成集装箱吞吐量350万标箱，同比增长21%。',
  '',
  'The port plans to open 4 new routes to Southeast Asia by June.',
  '',
  '该港计划在6月前开通4条通往东南亚的新航线。',
  '',
  'www.example.org/port-news',
  '',
].join('\n');

describe('formatHtml', () => {
  const result = align(PORT, { path: 'port <2025>.txt', entities: false });
  const html = formatHtml([result]);

  it('is one self-contained page: inline style and script, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<script>');
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('puts the stable hooks on pairs, facts and findings', () => {
    const pairs = html.match(/<article [^>]*data-pair="p\d+"/g) ?? [];
    expect(pairs.length).toBe(result.pairs.length);
    for (const f of result.facts) expect(html).toContain(`data-fact="${f.id}"`);
    for (const f of result.findings) {
      expect(html).toMatch(new RegExp(`<li class="finding sev-${f.severity}" data-rule="${f.ruleId}" data-severity="${f.severity}"`));
    }
  });

  it('marks the percentage that differs on both sides with the finding and its value', () => {
    const percent = result.findings.find((f) => f.ruleId === 'number-mismatch');
    expect(percent).toBeDefined();
    const [en, zh] = [percent!.en[0]!, percent!.zh[0]!];
    expect(html).toMatch(new RegExp(`<mark class="fact kind-percent flag flag-error" data-fact="${en}" data-counterpart="${zh}"[^>]*data-tip="percent: 12% · against “21%” \\(21%\\)`));
    expect(html).toMatch(new RegExp(`data-fact="${zh}" data-counterpart="${en}"`));
  });

  it('shows a matched fact with its counterpart and the block outside pairs in place with its kind', () => {
    expect(html).toMatch(/class="fact kind-money matched|class="fact kind-number matched[^>]*data-tip="number: 4 · matches “4”/);
    const order = ['Harbour report', 'Ningbo-Zhoushan', 'The port plans', 'www.example.org'].map((t) => html.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toMatch(/data-block="b\d+"[^>]*>[^]*outside pairs, in neither language \(URL\)/);
  });

  it('escapes everything that comes from the input', () => {
    const hostile = align('<script>alert("x")</script> & "quotes" in 3 places\n\n<b>粗体</b>在3个地方', { path: '"><img src=x>', entities: false });
    const page = formatHtml([hostile]);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<b>粗体');
    expect(page).not.toContain('"><img');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('gives several files one page with a section each, and says when a file holds nothing', () => {
    const empty = align('', { path: 'empty.txt' });
    const page = formatHtml([result, empty]);
    expect(page.match(/<section class="file"/g)).toHaveLength(2);
    expect(page).toContain('href="#file-2"');
    expect(page).toContain('Nothing to align');
    expect(page).toContain('id="s1-p1"');
    expect(formatHtml([result, result])).toContain('id="s2-p1"');
  });

  it('opens filtered with --only', () => {
    const page = formatHtml([result], { onlyFindings: 'warning' });
    expect(page).toContain('<input type="checkbox" data-filter-only checked>');
    expect(page).toContain('data-filter-severity="info" aria-pressed="false"');
    expect(page).toContain('data-filter-severity="warning" aria-pressed="true"');
  });

  it('grows linearly with the input', () => {
    const base = PORT.repeat(20);
    const one = formatHtml([align(base, { entities: false })]).length;
    const two = formatHtml([align(base + base, { entities: false })]).length;
    expect(two / one).toBeLessThan(2.1);
  });
});

describe('formatHtml: blocks outside pairs', () => {
  const cues = [
    '1', '00:00:02,000 --> 00:00:04,200', 'Good evening from Xiamen.', '厦门，晚上好。', '',
    '2', '00:00:04,300 --> 00:00:07,000', 'The ferry leaves at nine.', '渡轮九点出发。', '',
    '3', '00:00:07,100 --> 00:00:09,900', 'Tickets cost 35 yuan.', '船票35元。', '',
  ].join('\n');

  it('tells a run of cue lines once, at its first line, with every line of the run', () => {
    const result = align(cues, { path: 'ferry.srt', entities: false });
    const html = formatHtml([result]);
    const loose = html.match(/<article class="pair loose"/g) ?? [];
    expect(loose).toHaveLength(1);
    expect(html).toContain('6 lines outside pairs');
    expect(html).toMatch(/<span class="where">line 1–12<\/span>/);
    for (const b of result.blocks.filter((b) => b.kind === 'cue')) expect(html).toContain(`data-block="${b.id}">`);
  });

  it('keeps one entry per block for loose lines that are not cues', () => {
    const page = ['www.example.org/weather', '', 'Rain is due on Friday.', '', '周五将有降雨。', '', '★★★★☆', ''].join('\n');
    const result = align(page, { path: 'rain.txt', entities: false });
    const loose = result.blocks.filter((b) => !result.pairs.some((p) => p.en.includes(b.id) || p.zh.includes(b.id)));
    expect(loose.length).toBeGreaterThanOrEqual(2);
    expect(formatHtml([result]).match(/<article class="pair loose"/g) ?? []).toHaveLength(loose.length);
  });
});

describe('htmlPieces', () => {
  it('hands a long page on some 16K characters at a time, the pieces making formatHtml\'s page', () => {
    const lines: string[] = [];
    for (let k = 0; k < 300; k++) lines.push(`Harbour ${k + 1} handled ${k + 2} ships.`, '', `第${k + 1}号港口处理了${k + 2}艘船。`, '');
    const result = align(lines.join('\n'), { path: 'ports.txt', entities: false });
    const pieces = [...htmlPieces([result, result])];
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe(formatHtml([result, result]));
    expect(pieces.every((p) => p.length < 0.6 * pieces.join('').length)).toBe(true);
  });

  it('hands a block of thousands of facts on in pieces too, never the block whole', () => {
    const counts = Array.from({ length: 3000 }, (_, k) => `${k + 2} ships`).join(', ');
    const result = align(`Berths logged ${counts}.\n\n泊位记录了${Array.from({ length: 3000 }, (_, k) => `${k + 2}艘船`).join('，')}。\n`, { path: 'berths.txt', entities: false });
    expect(result.facts.length).toBeGreaterThan(5000);
    const pieces = [...htmlPieces([result])];
    const whole = pieces.join('');
    expect(whole).toBe(formatHtml([result]));
    expect(whole.length).toBeGreaterThan(1_000_000);
    expect(pieces.reduce((most, p) => Math.max(most, p.length), 0)).toBeLessThan(PIECE_MOST);
  });
});
