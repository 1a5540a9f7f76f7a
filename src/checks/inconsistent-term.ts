import type { Block, Fact, Finding, Pair, SentenceSpan } from '../types.js';
import { coupleEntities } from '../entities/match.js';
import { normalizeText } from './block-kind.js';
import { foldTraditional } from '../entities/traditional.js';
import { chineseOrgAlias } from '../entities/organizations.js';
import { excerpt } from './describe.js';
import { fullPairs, isBlankCode, locationIn, makeFinding, numberOption, type CheckContext, type Rule } from './rule.js';

/** One English unit and how one pair translates it. */
interface Rendering {
  pair: Pair;
  en: string;
  zh: string;
  enFact?: Fact;
  zhFact?: Fact;
  enBlock?: Block;
  enOffset?: number;
}

function spanText(context: CheckContext, span: SentenceSpan): string {
  const block = context.block(span.block);
  return block ? block.text.slice(span.start - block.start, span.end - block.start) : '';
}

/**
 * The English sentences (or whole one-sentence blocks) of a document with the Chinese that
 * translates them, from the sentence alignment where there is one. Sentences of fewer than
 * `minWords` words are left out before anything else is read of them.
 */
function sentenceRenderings(context: CheckContext, minWords: number): Rendering[] {
  const out: Rendering[] = [];
  const add = (pair: Pair, en: string, zhOf: () => string, block: Block | undefined, offset: number) => {
    if (!holdsWords(en, minWords)) return;
    // The Chinese is compared only when its English comes again: joined and normalized on first reading.
    let zh: string | undefined;
    out.push({
      pair, en: normalizeText(en), get zh() { return (zh ??= normalizeText(zhOf())); },
      ...(block ? { enBlock: block, enOffset: offset - block.start } : {}),
    });
  };
  for (const pair of fullPairs(context)) {
    const links = pair.sentences;
    if (links?.length) {
      for (const l of links) {
        if (l.en.length !== 1 || l.zh.length < 1) continue;
        const span = l.en[0]!;
        add(pair, spanText(context, span), () => l.zh.map((s) => spanText(context, s)).join(''), context.block(span.block), span.start);
      }
    } else if (pair.en.length === 1) {
      const block = context.block(pair.en[0]!)!;
      add(pair, block.text, () => pair.zh.map((id) => context.block(id)!.text).join(''), block, block.start);
    }
  }
  return out;
}

/**
 * Whether `text` holds `least` words or more, as `text.trim().split(/\s+/).length >= least` tells
 * (blank text counting one), without making the words: runs of characters other than blank space.
 */
function holdsWords(text: string, least: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const blank = isBlankCode(text.charCodeAt(i));
    if (!blank && !inWord) {
      count++;
      if (count >= least) return true;
    }
    inWord = !blank;
  }
  return !(Math.max(count, 1) < least);
}

/** Similarity from which an English name and a Chinese one of a pair are one name rendered. */
const NAME_MATCH = 0.8;

/** Names matched across the two sides of each pair, with the Chinese each pair gives them. */
function nameRenderings(context: CheckContext): Rendering[] {
  const out: Rendering[] = [];
  for (const pair of fullPairs(context)) {
    const en = context.factsOf(pair.en).filter((f) => f.kind === 'entity');
    const zh = context.factsOf(pair.zh).filter((f) => f.kind === 'entity');
    // Each name is weighed against the other side's near its place, the closest matches first
    // (`coupleEntities`): `Taipei` before `New Taipei City` in a pair that names both does not take
    // `新北市`, which the full name matches better. The couples are then read in the English order.
    const order = new Map(en.map((f, k) => [f, k]));
    const couples = coupleEntities(en, zh, NAME_MATCH).sort((x, y) => order.get(x[0])! - order.get(y[0])!);
    for (const [a, best] of couples) {
      // A name of one character is the short form Chinese joins to others (`中美关系`, `川渝两地`,
      // `京沪高铁`): no other rendering of the full name's.
      if (best.raw.length === 1) continue;
      // So is a country's side (`中方` for `中国`): news names a country so where it speaks for it.
      if (best.type === 'place' && best.raw.length === 2 && best.raw.endsWith('方')) continue;
      // A character and its traditional form are one rendering (`臺北`, `台北`).
      out.push({ pair, en: a.raw.toLowerCase().replace(/\s+/g, ' '), zh: foldTraditional(best.raw).replace(/[•·・‧∙]/g, '·'), enFact: a, zhFact: best });
    }
  }
  return out;
}

/**
 * Whether two renderings give one name: one holds the other, or a place's or organization's short
 * form keeps the long form's characters in order from its first (`印尼` for `印度尼西亚`, `港大` for
 * `香港大学`), or both are names of one well-known organization (`欧佩克` and `石油输出国组织`, OPEC).
 */
function oneName(a: Rendering, b: Rendering): boolean {
  if (a.zh.includes(b.zh) || b.zh.includes(a.zh)) return true;
  const x = a.zhFact;
  const y = b.zhFact;
  if (x === undefined || y === undefined || x.type === 'person' || y.type === 'person') return false;
  if (x.type === 'org' && y.type === 'org' && x.value === y.value && chineseOrgAlias(x.raw) !== undefined && chineseOrgAlias(y.raw) !== undefined) return true;
  const [short, long] = a.zh.length < b.zh.length ? [a.zh, b.zh] : [b.zh, a.zh];
  return short.length >= 2 && long.startsWith(short[0]!) && inOrder(short, long);
}

/** Whether the characters of `short` stand in `long` in the same order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/**
 * `inconsistent-term` (warning): the same English translated differently in two places of one
 * document: a name matched across the sides (`Zhang Li` as `张立` in one pair and `章力` in
 * another; a shorter form inside the longer one is fine, and so is the one-character short form
 * of a country or province: `渝` for `重庆`), or an English sentence of at least
 * `minWords` words (default 6) repeated word for word with a different Chinese.
 */
export const inconsistentTerm: Rule = {
  id: 'inconsistent-term',
  severity: 'warning',
  description: 'The same English name or sentence translated differently in two places of one document.',
  check(context) {
    const minWords = numberOption(context.options, 'minWords', 6);
    const findings: Finding[] = [];
    const seen = new Map<string, Rendering[]>();
    // The Chinese renderings of each English unit: one given before agrees with itself.
    const given = new Map<string, Set<string>>();
    // The pairs `findings` already names.
    const named = new Set<string>();
    const report = (kind: 'name' | 'sentence', renderings: Rendering[]) => {
      seen.clear();
      given.clear();
      for (const r of renderings) {
        const earlier = seen.get(r.en);
        if (earlier === undefined) {
          seen.set(r.en, [r]);
          continue;
        }
        // The renderings given so far, from the first one, once the English comes again.
        let zhs = given.get(r.en);
        if (zhs === undefined) {
          zhs = new Set([earlier[0]!.zh]);
          given.set(r.en, zhs);
        }
        if (zhs.has(r.zh)) {
          earlier.push(r);
          continue;
        }
        zhs.add(r.zh);
        const differs = earlier.find((e) => e.pair.id !== r.pair.id && !oneName(e, r));
        const agrees = earlier.some((e) => oneName(e, r));
        if (differs && !agrees && !(kind === 'sentence' && named.has(r.pair.id))) {
          const what = kind === 'name'
            ? `EN "${r.enFact!.raw}" is "${r.zhFact!.raw}" here but "${differs.zhFact!.raw}" in ${differs.pair.id}`
            : `EN sentence "${excerpt(r.enBlock ? r.enBlock.text.slice(r.enOffset ?? 0) : r.en, 50)}" is translated differently than in ${differs.pair.id}`;
          findings.push(makeFinding(context, inconsistentTerm, 'warning', r.pair, what, {
            ...(r.enFact ? { en: [r.enFact] } : {}),
            ...(r.zhFact ? { zh: [r.zhFact] } : {}),
            ...(!r.enFact && r.enBlock ? { enAt: locationIn(r.enBlock, r.enOffset ?? 0) } : {}),
          }));
          named.add(r.pair.id);
        }
        earlier.push(r);
      }
    };
    report('name', nameRenderings(context));
    report('sentence', sentenceRenderings(context, minWords));
    return findings;
  },
};
