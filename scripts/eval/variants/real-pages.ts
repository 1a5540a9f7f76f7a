/**
 * The tuning part of the real pages (`../shared/data/real-pages`) as pages for the variants:
 * each page's lines, its gold links by line (`en lines => zh lines`, `-` for none) and its `x`
 * lines. Pages whose gold cuts a line into an English and a Chinese part are left out (the
 * variants move whole lines), and so is every page of the held-out part.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { partOf } from '../split.js';
import type { ShapePage } from '../../../test/pipeline/page-shapes.pages.js';

/** A block of a page's gold. */
interface GoldBlock {
  line: number;
  lines: number;
  lang: 'en' | 'zh' | 'x';
  part?: string;
}

/** The gold of a page: its blocks and links, by block index. */
interface Gold {
  blocks: GoldBlock[];
  links: { en: number[]; zh: number[] }[];
}

/** The tuning pages of `dir` whose gold holds no line cut in two, as variant pages. */
export function realTuningPages(dir: string): ShapePage[] {
  if (!existsSync(dir)) return [];
  const out: ShapePage[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const id = name.slice(0, -4);
    const goldPath = join(dir, `${id}.gold.json`);
    if (partOf(id) !== 'tuning' || !existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    if (gold.blocks.some((b) => b.part !== undefined || b.lines !== 1)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    const side = (ids: number[]) => (ids.length ? ids.map((k) => gold.blocks[k]!.line).join('+') : '-');
    out.push({
      name: `real page ${id}`,
      text: `${lines.join('\n')}\n`,
      links: gold.links.map((l) => `${side(l.en)} => ${side(l.zh)}`),
      x: gold.blocks.filter((b) => b.lang === 'x').map((b) => b.line),
    });
  }
  return out;
}
