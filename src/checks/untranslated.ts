import type { Block, Finding, Pair } from '../types.js';
import { normalizeText } from './block-kind.js';
import { excerpt } from './describe.js';
import { blockTarget, fullPairs, locationIn, makeFinding, numberOption, sideText, type CheckContext, type Rule } from './rule.js';

/** English words that names and terms rarely contain but running sentences always do. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'for', 'with', 'that',
  'this', 'it', 'on', 'at', 'by', 'from', 'as', 'not', 'but', 'have', 'has', 'had', 'will', 'would', 'can', 'i',
  'you', 'he', 'she', 'we', 'they', 'my', 'your', 'his', 'her', 'our', 'their', 'do', 'does', 'did', 'so', 'if',
]);

/** A Latin letter, which every Latin word starts with. */
const LATIN_LETTER = /[A-Za-z]/;
/** A Latin word: a letter, then letters, apostrophes and hyphens. */
const LATIN_WORD = /[A-Za-z][A-Za-z'’-]*/g;
/** What may stand between two words of a run: spaces and light punctuation. */
const RUN_GAP = /^[ \t,;:]+$/;
/**
 * Latin text that is no prose: URLs, e-mail addresses, handles, hashtags. An address starts
 * only where a run of its characters starts (the lookbehind), so a long run without `@` is
 * read once, not once per starting position.
 */
const NOT_PROSE = /(?:https?:\/\/|www\.)[^\s\p{Script=Han}]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@#][\w.]+/gu;

/** A run of two or more Latin words with only spaces and light punctuation between them. */
interface LatinRun {
  text: string;
  index: number;
}

/**
 * The runs of Latin words in `text`, left to right: each word is read once and joined to the
 * previous one when only spaces and light punctuation stand between them (linear time, where
 * one regular expression for the whole run backtracks over every start inside a long word).
 */
export function latinRuns(text: string): LatinRun[] {
  const runs: LatinRun[] = [];
  let start = -1;
  let end = -1;
  let words = 0;
  const close = (): void => {
    if (words >= 2) runs.push({ text: text.slice(start, end), index: start });
  };
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m; m = LATIN_WORD.exec(text)) {
    if (words > 0 && RUN_GAP.test(text.slice(end, m.index))) {
      words++;
    } else {
      close();
      start = m.index;
      words = 1;
    }
    end = LATIN_WORD.lastIndex;
  }
  close();
  return runs;
}

const byIndex = new WeakMap<readonly Block[], Map<number, Block>>();

/** The document's blocks by their index, made once for its blocks. */
function blocksByIndex(context: CheckContext): Map<number, Block> {
  let index = byIndex.get(context.blocks);
  if (!index) {
    index = new Map(context.blocks.map((b) => [b.index, b]));
    byIndex.set(context.blocks, index);
  }
  return index;
}

/** How far (in blocks) a copy may stand from its original to count as pasted in its place. */
const COPY_DISTANCE = 2;

/**
 * Whether a block without a partner repeats a nearby block word for word (within two blocks:
 * the source pasted where its translation should be). Boilerplate that recurs across a long
 * file (a related-news list after every article) is not a copy in this sense.
 */
export function isCopyOfAnother(block: Block, context: CheckContext): boolean {
  return copyNear(block, context, -COPY_DISTANCE);
}

/**
 * Whether the same text stands again within `COPY_DISTANCE` blocks after this one, in a block without
 * a partner too: the two copies are one slip, told once, at the later (the translation's slot where
 * the English comes first).
 */
function partnerlessCopyAfter(block: Block, context: CheckContext): boolean {
  return copyNear(block, context, 1, (other) => partnerless(context).has(other.id));
}

/**
 * Whether a block of the same source from `from` blocks away up to `COPY_DISTANCE` after it (not
 * itself) repeats its text word for word, of twenty characters or more, and passes `accept`.
 */
function copyNear(block: Block, context: CheckContext, from: number, accept: (other: Block) => boolean = () => true): boolean {
  const own = normalizeText(block.text);
  if (own.length < 20) return false;
  const index = blocksByIndex(context);
  for (let d = from; d <= COPY_DISTANCE; d++) {
    const other = d === 0 ? undefined : index.get(block.index + d);
    if (other && other.source === block.source && sameOrCut(normalizeText(other.text), own) && accept(other)) return true;
  }
  return false;
}

/**
 * Whether two blocks' texts (normalized) are one, or one is the other cut short at its end (a
 * source pasted with its last clause dropped, as a translation abridges): the shorter, at least
 * two thirds of the longer, opens it.
 */
function sameOrCut(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= CUT_COPY_LEAST && short.length * 3 >= long.length * 2 && long.startsWith(short);
}

/** Fewest characters (normalized) of a copy cut short. */
const CUT_COPY_LEAST = 40;

const partnerlessIds = new WeakMap<readonly Pair[], Set<string>>();

/** The ids of the blocks without a partner, made once for the pairs. */
function partnerless(context: CheckContext): Set<string> {
  let ids = partnerlessIds.get(context.pairs);
  if (!ids) {
    ids = new Set();
    for (const p of context.pairs) if (p.en.length === 0 || p.zh.length === 0) for (const id of [...p.en, ...p.zh]) ids.add(id);
    partnerlessIds.set(context.pairs, ids);
  }
  return ids;
}

const sameTexts = new WeakMap<readonly Block[], Map<string, Block[]>>();

/** The blocks of twenty characters or more that share their text with another block, by that text. */
function repeatedTexts(context: CheckContext): Map<string, Block[]> {
  let groups = sameTexts.get(context.blocks);
  if (!groups) {
    const all = new Map<string, Block[]>();
    for (const b of context.blocks) {
      if (b.lang === 'und') continue;
      const key = normalizeText(b.text);
      if (key.length < 20) continue;
      const list = all.get(key);
      if (list) list.push(b);
      else all.set(key, [b]);
    }
    groups = new Map();
    for (const [key, list] of all) if (list.length >= 2) groups.set(key, list);
    sameTexts.set(context.blocks, groups);
  }
  return groups;
}

/**
 * Whether a block stands inside a run of the other language: the blocks right before and after it
 * (those there are) are in the other language, and so are two in a row on one side of it (an
 * interleaved page sets every English block between two Chinese ones, a page of two halves does not).
 */
function amongOtherLanguage(block: Block, context: CheckContext): boolean {
  const index = blocksByIndex(context);
  const other = (d: number) => {
    const b = index.get(block.index + d);
    return b !== undefined && b.lang !== 'und' && b.lang !== block.lang;
  };
  const same = (d: number) => index.get(block.index + d)?.lang === block.lang;
  return !same(-1) && !same(1) && ((other(-1) && other(-2)) || (other(1) && other(2)));
}

/**
 * Whether a block repeats word for word a block of its language that stands elsewhere, itself among
 * blocks of the other language: the source pasted into the translation's half (a page giving the
 * whole English, then the whole Chinese). `copy`: the block so placed; else the source it repeats.
 */
export function pastedAmongOther(block: Block, context: CheckContext, copy: boolean): boolean {
  if (block.lang === 'und') return false;
  const group = repeatedTexts(context).get(normalizeText(block.text));
  if (!group) return false;
  if (copy) return amongOtherLanguage(block, context) && group.some((b) => b !== block && b.lang === block.lang && !amongOtherLanguage(b, context));
  return !amongOtherLanguage(block, context) && group.some((b) => b !== block && b.lang === block.lang && amongOtherLanguage(b, context));
}

const fileLangs = new WeakMap<readonly Block[], Map<string, 'en' | 'zh'>>();

/**
 * Whether an English block sits in the Chinese file of a two-file input (or a Chinese block
 * in the English file): a paragraph left in the source language. A file's language is the
 * language most of its blocks are in.
 */
export function isInOtherLanguageFile(block: Block, context: CheckContext): boolean {
  if (block.source === undefined || block.lang === 'und') return false;
  let langs = fileLangs.get(context.blocks);
  if (!langs) {
    const counts = new Map<string, { en: number; zh: number }>();
    for (const b of context.blocks) {
      if (b.source === undefined || b.lang === 'und') continue;
      const c = counts.get(b.source) ?? { en: 0, zh: 0 };
      c[b.lang]++;
      counts.set(b.source, c);
    }
    langs = new Map();
    if (counts.size >= 2) for (const [source, c] of counts) langs.set(source, c.zh > c.en ? 'zh' : 'en');
    fileLangs.set(context.blocks, langs);
  }
  const fileLang = langs.get(block.source);
  return fileLang !== undefined && fileLang !== block.lang && normalizeText(block.text).length >= 20;
}

/**
 * `untranslated`: text left in the source language. A block without a partner that repeats
 * another block word for word (the source pasted where its translation should be), or an
 * English block in the Chinese file of a two-file input, is an error;
 * a run of English prose inside a Chinese block (at least `minWords` words, default 6, with
 * at least two function words, so names, titles of things and terms stay quiet) is a warning.
 */
export const untranslated: Rule = {
  id: 'untranslated',
  severity: 'error',
  description: 'A block left in the source language, or English prose copied into the Chinese side.',
  check(context) {
    const minWords = numberOption(context.options, 'minWords', 6);
    const findings: Finding[] = [];
    for (const pair of context.pairs) {
      const oneSided = pair.en.length === 0 || pair.zh.length === 0;
      for (const ids of [pair.en, pair.zh]) {
        for (const id of ids) {
          const block = context.block(id);
          if (!block) continue;
          if (isInOtherLanguageFile(block, context)) {
            findings.push(makeFinding(context, untranslated, 'error', pair,
              `${block.lang.toUpperCase()} block "${excerpt(block.text)}" is left in ${block.lang === 'en' ? 'English in the Chinese' : 'Chinese in the English'} file`, blockTarget(block)));
          } else if (oneSided && pastedAmongOther(block, context, true)) {
            const other = block.lang === 'en' ? 'Chinese' : 'English';
            findings.push(makeFinding(context, untranslated, 'error', pair,
              `${block.lang.toUpperCase()} block "${excerpt(block.text)}" stands among the ${other} untranslated: it repeats the ${block.lang === 'en' ? 'English' : 'Chinese'} above instead of translating it`, blockTarget(block)));
          } else if (oneSided && isCopyOfAnother(block, context) && !partnerlessCopyAfter(block, context)) {
            findings.push(makeFinding(context, untranslated, 'error', pair,
              `${block.lang.toUpperCase()} block "${excerpt(block.text)}" repeats another block instead of translating it`, blockTarget(block)));
          }
        }
      }
    }
    for (const pair of fullPairs(context)) {
      // The English side, as a copied run is looked for in it: read for the few pairs that hold such a run.
      let enText: string | undefined;
      for (const id of pair.zh) {
        const block = context.block(id)!;
        // Without a Latin letter a block holds no Latin word: it is not read further.
        if (!LATIN_LETTER.test(block.text)) continue;
        const text = block.text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
        for (const run of latinRuns(text)) {
          const words = run.text.split(/[ \t,;:]+/).filter(Boolean);
          if (words.length < minWords) continue;
          const functional = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
          if (functional < 2) continue;
          enText ??= sideText(context, pair.en).toLowerCase().replace(/\s+/g, ' ');
          const copied = enText.includes(run.text.toLowerCase().replace(/\s+/g, ' '));
          findings.push(makeFinding(context, untranslated, 'warning', pair,
            `ZH holds English ${copied ? 'copied from the source' : 'prose'}: "${excerpt(run.text, 60)}" (${words.length} words)`,
            { zhAt: locationIn(block, run.index) }));
        }
      }
    }
    return findings;
  },
};
