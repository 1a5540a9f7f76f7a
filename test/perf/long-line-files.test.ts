import { describe, expect, it } from 'vitest';
import { alignFiles } from '../../src/index.js';
import { random } from '../seeded-random.js';

/**
 * Two long line files of look-alike sentences (a sentence-aligned corpus of one small vocabulary)
 * with runs of lines missing from either side, sentences merged and split: the long-document
 * search (the pilot without word evidence first, then the full search along its path) must still
 * pair each English line with the Chinese line that renders it. Its figures are few (a quarter of
 * the sentences carry one), so the band the pilot lays down carries the search.
 */

const NOUNS: readonly (readonly [string, string])[] = [
  ['city', '城市'], ['river', '河流'], ['school', '学校'], ['factory', '工厂'], ['hospital', '医院'], ['market', '市场'],
  ['bridge', '桥梁'], ['farm', '农场'], ['library', '图书馆'], ['museum', '博物馆'], ['station', '车站'], ['park', '公园'],
  ['village', '村庄'], ['road', '道路'], ['port', '港口'], ['airport', '机场'], ['forest', '森林'], ['lake', '湖泊'],
];
const VERBS: readonly (readonly [string, string])[] = [
  ['built', '建成'], ['opened', '开放'], ['closed', '关闭'], ['visited', '参观'], ['repaired', '修复'], ['expanded', '扩建'], ['cleaned', '清理'], ['painted', '粉刷'],
];
const SIZES: readonly (readonly [string, string])[] = [['old', '旧'], ['new', '新'], ['large', '大型'], ['small', '小型'], ['famous', '著名']];

interface Line { text: string; ids: number[] }

/** `n` sentence pairs, then the English and Chinese line files with their sentences' ids. */
function lineFiles(n: number, seed: number): { en: Line[]; zh: Line[] } {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const sentences: [string, string][] = [];
  for (let k = 0; k < n; k++) {
    const [a, az] = pick(NOUNS);
    const [b, bz] = pick(NOUNS);
    const [v, vz] = pick(VERBS);
    const [s, sz] = pick(SIZES);
    const kind = Math.floor(next() * 4);
    let pair: [string, string];
    if (kind === 0) {
      const workers = 10 + Math.floor(next() * 900);
      pair = [`The ${s} ${a} near the ${b} was ${v} by ${workers} workers.`, `${bz}附近的${sz}${az}由${workers}名工人${vz}。`];
    } else if (kind === 1) {
      pair = [`People said the ${a} was ${v} too late, and the ${b} suffered.`, `人们说${az}${vz}得太晚了，${bz}受到了影响。`];
    } else if (kind === 2) {
      pair = [`Why was the ${s} ${a} ${v}?`, `为什么${sz}${az}被${vz}？`];
    } else {
      const year = 1950 + Math.floor(next() * 70);
      pair = [`In ${year}, the ${a} and the ${b} were both ${v}.`, `${year}年，${az}和${bz}都被${vz}了。`];
    }
    // A fifth of the Chinese lines say more than the English.
    if (next() < 0.2) pair[1] += `据报道，此事引起了当地居民和${pick(NOUNS)[1]}管理部门的广泛关注。`;
    sentences.push(pair);
  }
  const en: Line[] = [];
  const zh: Line[] = [];
  for (let k = 0; k < n; k++) {
    const roll = next();
    if (roll < 0.006) {
      // A run of 20 to 80 sentences the Chinese file lacks.
      const run = 20 + Math.floor(next() * 60);
      for (let t = 0; t < run && k < n; t++, k++) en.push({ text: sentences[k]![0], ids: [k] });
      k--;
    } else if (roll < 0.06 && k + 1 < n) {
      en.push({ text: sentences[k]![0], ids: [k] }, { text: sentences[k + 1]![0], ids: [k + 1] });
      zh.push({ text: sentences[k]![1] + sentences[k + 1]![1], ids: [k, k + 1] });
      k++;
    } else if (roll < 0.09) {
      const words = sentences[k]![0].split(' ');
      const half = words.length >> 1;
      en.push({ text: words.slice(0, half).join(' '), ids: [k] }, { text: words.slice(half).join(' '), ids: [k] });
      zh.push({ text: sentences[k]![1], ids: [k] });
    } else {
      if (roll < 0.1) en.push({ text: `Note ${Math.floor(next() * 99)}: see the appendix.`, ids: [] });
      en.push({ text: sentences[k]![0], ids: [k] });
      zh.push({ text: sentences[k]![1], ids: [k] });
    }
  }
  // Two runs the English file lacks, where the Chinese keeps them.
  en.splice(2_200, 90);
  en.splice(900, 70);
  return { en, zh };
}

describe('long line files of look-alike sentences', () => {
  it('pairs each English line with the Chinese line that renders it, past runs missing from either side', () => {
    const { en, zh } = lineFiles(3_500, 21);
    expect(en.length + zh.length).toBeGreaterThan(5_000);
    const result = alignFiles({ text: en.map((l) => l.text).join('\n') }, { text: zh.map((l) => l.text).join('\n') }, { facts: false });
    const lineOf = new Map(result.blocks.map((b) => [b.id, { source: b.source, line: b.line }]));
    const rendered = new Set(zh.flatMap((l) => l.ids));
    let right = 0;
    let asked = 0;
    for (const p of result.pairs) {
      const zhIds = new Set(p.zh.flatMap((id) => zh[lineOf.get(id)!.line - 1]!.ids));
      for (const id of p.en) {
        const ids = en[lineOf.get(id)!.line - 1]!.ids;
        // Lines whose sentence the Chinese file lacks, and notes, have no right partner.
        if (ids.length === 0 || !rendered.has(ids[0]!)) continue;
        asked++;
        if (zhIds.has(ids[0]!)) right++;
      }
    }
    expect(asked).toBeGreaterThan(2_000);
    expect(right / asked).toBeGreaterThan(0.97);
  }, 60_000);
});
