import type { Bead } from '../pair-dp.js';
import { cutOff, type Item } from './streams.js';

/** Ends with the stop of a sentence (perhaps inside a closing quote or bracket). */
const SENTENCE_STOP = /[.!?。！？…]["”’」』)）]?\s*$/;

/** English characters per Chinese character in translated news and prose (the dev articles run 1.9 to 3.0). */
const PRIOR_RATIO = 2.6;
/** How many blocks the prior ratio counts as. */
const PRIOR_WEIGHT = 3;

/** A first guess of the length ratio: total English length over total Chinese length, shrunk towards the usual ratio. */
export function lengthRatio(en: Item[], zh: Item[]): number {
  let le = 0;
  let lz = 0;
  // Headings (short, with no stop), boilerplate and a paragraph the excerpt cut off say little
  // about the ratio.
  const enCut = cutOff(en);
  const zhCut = cutOff(zh);
  const body = (x: Item, k: number, cut: number, short: number) => !x.signals.boilerplate && k !== cut
    && (x.signals.length >= short || SENTENCE_STOP.test(x.block.text));
  let nEn = 0;
  let nZh = 0;
  en.forEach((x, k) => {
    if (body(x, k, enCut, 60)) {
      le += x.signals.length;
      nEn++;
    }
  });
  zh.forEach((x, k) => {
    if (body(x, k, zhCut, 24)) {
      lz += x.signals.length;
      nZh++;
    }
  });
  if (le === 0 || lz === 0) {
    le = 0;
    lz = 0;
    nEn = 0;
    nZh = 0;
    for (const x of en) if (!x.signals.boilerplate) { le += x.signals.length; nEn++; }
    for (const x of zh) if (!x.signals.boilerplate) { lz += x.signals.length; nZh++; }
  }
  if (le === 0 || lz === 0) return PRIOR_RATIO;
  // Few paragraphs say little (and one side's untranslated ones skew the totals): shrink
  // towards the usual ratio of news and prose, by the paragraphs of the shorter side.
  const n = Math.min(nEn, nZh);
  const ratio = Math.exp((n * Math.log(le / lz) + PRIOR_WEIGHT * Math.log(PRIOR_RATIO)) / (n + PRIOR_WEIGHT));
  return Math.min(8, Math.max(1, ratio));
}

/** Ratio learned from the 1-1 beads of a first alignment (median of their log-ratios); undefined with fewer than 3. */
export function learnRatio(beads: Bead[], en: Item[], zh: Item[]): number | undefined {
  const logs: number[] = [];
  for (const b of beads) {
    if (b.enCount !== 1 || b.zhCount !== 1) continue;
    const le = en[b.enStart]!.signals.length;
    const lz = zh[b.zhStart]!.signals.length;
    if (le < 20 || lz < 8) continue;
    logs.push(Math.log(le / lz));
  }
  if (logs.length < 3) return undefined;
  logs.sort((a, b) => a - b);
  return Math.exp(logs[logs.length >> 1]!);
}
