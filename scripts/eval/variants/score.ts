/**
 * Runs `align()` (or `alignFiles()` for a two-file variant) on a variant of a written page and
 * reads its pairs back in the page's own line numbers, to compare with the variant's gold.
 */
import { align, alignFiles } from '../../../src/index.js';
import { split } from '../../../src/pipeline/split.js';
import type { FileResult } from '../../../src/types.js';
import { formatLink, parseLink, render, type ParsedPage, type Variant } from './transforms.js';

/** The outcome of one variant: gold and predicted links in the page's line numbers. */
export interface VariantOutcome {
  gold: string[];
  predicted: string[];
  /** Predicted links that are in the gold. */
  correct: number;
  /** Every link right and none more. */
  right: boolean;
}

const EN_PATH = 'page.en.txt';
const ZH_PATH = 'page.zh.txt';

/** Whether each block of the page, as `split` cuts the page, is a single line. */
export function oneBlockPerLine(page: ParsedPage): boolean {
  return split(`${page.lines.join('\n')}\n`).every((b) => !b.text.includes('\n'));
}

/** Aligns a variant as a user would: one file with `align`, two with `alignFiles`. */
export function alignVariant(v: Variant): FileResult {
  if (v.files.length === 2) return alignFiles({ text: render(v.files[0]!, v.eol), path: EN_PATH }, { text: render(v.files[1]!, v.eol), path: ZH_PATH });
  return align(render(v.files[0]!, v.eol));
}

/** The links of a result in the page's line numbers, leaving out one-sided pairs of lines that are no translation unit. */
export function linksInPageLines(result: FileResult, v: Variant): string[] {
  const x = new Set(v.x);
  const origOf = new Map<string, number[]>();
  for (const b of result.blocks) {
    const file = v.files[b.source === ZH_PATH ? 1 : 0]!;
    const count = b.text.split('\n').length;
    const nums: number[] = [];
    for (let k = 0; k < count; k++) {
      const from = file[b.line - 1 + k]?.from ?? [];
      const mine = from.length > 1 ? from.filter((n) => v.sides.get(n) === b.lang || v.sides.get(n) === 'both') : from;
      nums.push(...(mine.length ? mine : from));
    }
    origOf.set(b.id, [...new Set(nums)]);
  }
  const out: string[] = [];
  for (const p of result.pairs) {
    const en = p.en.flatMap((id) => origOf.get(id) ?? []).sort((a, b) => a - b);
    const zh = p.zh.flatMap((id) => origOf.get(id) ?? []).sort((a, b) => a - b);
    const one = !en.length || !zh.length;
    if (one && [...en, ...zh].every((n) => x.has(n))) continue;
    out.push(formatLink({ en, zh }));
  }
  return out;
}

/**
 * Links with each one-sided link cut into its lines: a paragraph left without partner is as
 * right alone as beside another one (dropping the Chinese of a 2-1 link leaves two such lines).
 */
export function normalizeLinks(links: readonly string[]): string[] {
  return links.flatMap((link) => {
    const l = parseLink(link);
    if (l.en.length && l.zh.length) return [formatLink({ en: [...l.en].sort((a, b) => a - b), zh: [...l.zh].sort((a, b) => a - b) })];
    return [...l.en.map((n) => formatLink({ en: [n], zh: [] })), ...l.zh.map((n) => formatLink({ en: [], zh: [n] }))];
  }).sort();
}

/** Aligns a variant and compares its links with the variant's gold. */
export function scoreVariant(v: Variant): VariantOutcome {
  const predicted = normalizeLinks(linksInPageLines(alignVariant(v), v));
  const gold = normalizeLinks(v.links.map(formatLink));
  const goldSet = new Set(gold);
  const correct = predicted.filter((l) => goldSet.has(l)).length;
  return { gold, predicted, correct, right: correct === gold.length && predicted.length === gold.length };
}
