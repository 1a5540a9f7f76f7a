/**
 * Metamorphic robustness of pairing on the pages written for the tests
 * (`test/pipeline/page-shapes*.pages.ts`): each page is changed in ways that must keep its links
 * (site chrome, titles, blank lines, line ends, indents, traditional characters) or change them in
 * a known way (a Chinese block dropped, the pairs swapped or joined on one line, two files), run
 * through `align()` and read back in the page's line numbers.
 *
 *     npx tsx scripts/eval/variants.ts [--set written|more|real] [--errors] [--only NAME]
 *
 * Per transformation: pages it applies to and pages it skips (where it makes no sense: a page
 * that is not interleaved cannot swap its pairs), the share of pages whose links are all right,
 * and link precision, recall and F1. `--errors` prints each failing page with its missing and
 * extra links; `--only NAME` runs one transformation. `--set more` runs over a second set of
 * pages of the same layouts on other topics (`test/pipeline/page-shapes-fresh.pages.ts`), written
 * apart from the pages the pairing was tuned on, to check that a gain holds on pages not tuned on.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WRITTEN_PAGES } from '../../test/pipeline/written-pages.js';
import { FRESH_PAGES } from '../../test/pipeline/page-shapes-fresh.pages.js';
import { oneBlockPerLine, scoreVariant } from './variants/score.js';
import { parsePage, render, transformations } from './variants/transforms.js';
import { realTuningPages } from './variants/real-pages.js';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const onlyArg = args.indexOf('--only');
const only = onlyArg >= 0 ? args[onlyArg + 1] : undefined;
const setArg = args.indexOf('--set');
const set = setArg >= 0 ? args[setArg + 1] : 'written';
const SETS: Record<string, { pages: typeof WRITTEN_PAGES; about: string }> = {
  written: { pages: WRITTEN_PAGES, about: 'written pages (test/pipeline/page-shapes*.pages.ts)' },
  more: { pages: FRESH_PAGES, about: 'pages of the second set, not tuned on (test/pipeline/page-shapes-fresh.pages.ts)' },
  real: { pages: realTuningPages(join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data/real-pages')), about: 'the tuning part of ../shared/data/real-pages, pages without a line cut in two' },
};
const chosen = set ? SETS[set] : undefined;
if (!chosen) {
  console.error(`unknown --set ${set ?? ''}: written, more or real`);
  process.exit(2);
}

const pages = chosen.pages.map(parsePage);
const rows: string[][] = [['transformation', 'pages', 'skipped', 'all right', 'P', 'R', 'F1', 'what']];
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
const f3 = (x: number) => x.toFixed(3);
let totalRight = 0;
let totalPages = 0;

for (const t of transformations(oneBlockPerLine)) {
  if (only && t.name !== only) continue;
  let applied = 0;
  let skipped = 0;
  let right = 0;
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  pages.forEach((page, seed) => {
    const v = t.apply(page, seed);
    if (!v) {
      skipped++;
      return;
    }
    applied++;
    const o = scoreVariant(v);
    gold += o.gold.length;
    predicted += o.predicted.length;
    correct += o.correct;
    if (o.right) right++;
    else if (showErrors) {
      const goldSet = new Set(o.gold);
      const predSet = new Set(o.predicted);
      console.log(`\n[${t.name}] ${page.name}`);
      console.log(`  missing: ${o.gold.filter((l) => !predSet.has(l)).join(', ') || '-'}`);
      console.log(`  extra:   ${o.predicted.filter((l) => !goldSet.has(l)).join(', ') || '-'}`);
      for (const [i, file] of v.files.entries()) {
        const text = render(file, '\n').split('\n');
        console.log(v.files.length > 1 ? `  -- file ${i + 1}` : '  --');
        file.forEach((l, k) => { console.log(`  ${String(k + 1).padStart(3)} [${l.from.join('+') || ' '}] ${text[k]!.slice(0, 90)}`); });
      }
    }
  });
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  if (t.name !== 'identity') {
    totalRight += right;
    totalPages += applied;
  }
  rows.push([t.name, String(applied), String(skipped), `${pct(right, applied)}%`, f3(p), f3(r), f3(f1), t.about]);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(`Variants of the ${pages.length} ${chosen.about}\n`);
for (const r of rows) console.log(r.map((cell, c) => (c >= 1 && c <= 6 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
if (!only) console.log(`\nall transformations but identity: ${totalRight}/${totalPages} variants all right (${pct(totalRight, totalPages)}%)`);
