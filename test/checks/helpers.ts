import type { Block, Fact, FactKind, Finding, GlossaryEntry, Lang, Pair, RuleSetting } from '../../src/types.js';
import { makeContext, type Rule } from '../../src/checks/rule.js';
import { LineIndex } from '../../src/pipeline/position.js';

/** A fact to place in a block: its text as written, kind, value and optional fields. */
export type FactSpec = [raw: string, kind: FactKind, value: number | string, extra?: Partial<Fact>];

/** One side of a pair: its text and the facts to find in it. */
export interface SideSpec {
  text: string;
  facts?: FactSpec[];
}

/** A pair to build, or a block without a partner. */
export type Unit = { en: SideSpec | SideSpec[]; zh: SideSpec | SideSpec[] } | { alone: SideSpec; lang: Lang };

/** A document ready for `check`, with blocks, pairs and facts. */
export interface Doc {
  text: string;
  blocks: Block[];
  pairs: Pair[];
  facts: Fact[];
  glossary?: GlossaryEntry[];
}

/**
 * Builds a document from pairs of real text: blocks separated by blank lines (English first),
 * one pair per unit, and the listed facts found in their blocks (each at its first occurrence
 * after the previous fact with the same text).
 */
export function doc(units: Unit[]): Doc {
  const pieces: { spec: SideSpec; lang: Lang; unit: number }[] = [];
  units.forEach((unit, i) => {
    if ('alone' in unit) pieces.push({ spec: unit.alone, lang: unit.lang, unit: i });
    else {
      for (const spec of [unit.en].flat()) pieces.push({ spec, lang: 'en', unit: i });
      for (const spec of [unit.zh].flat()) pieces.push({ spec, lang: 'zh', unit: i });
    }
  });
  const text = pieces.map((p) => p.spec.text).join('\n\n');
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  const facts: Fact[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const block: Block = {
      id: `b${blocks.length + 1}`, index: blocks.length, lang: piece.lang, text: piece.spec.text,
      ...lines.span(offset, offset + piece.spec.text.length),
    };
    blocks.push(block);
    const from = new Map<string, number>();
    for (const [raw, kind, value, extra] of piece.spec.facts ?? []) {
      const at = block.text.indexOf(raw, from.get(raw) ?? 0);
      if (at < 0) throw new Error(`"${raw}" is not in "${block.text.slice(0, 40)}…"`);
      from.set(raw, at + raw.length);
      facts.push({
        id: '', block: block.id, kind, raw, value, lang: piece.lang,
        ...(kind === 'entity' ? {} : { approx: false }),
        ...extra,
        ...lines.span(block.start + at, block.start + at + raw.length),
      });
    }
    offset += piece.spec.text.length + 2;
  }
  facts.sort((a, b) => a.start - b.start).forEach((f, i) => { f.id = `f${i + 1}`; });
  const pairs: Pair[] = units.map((_, i) => {
    const mine = pieces.map((p, k) => ({ p, b: blocks[k]! })).filter(({ p }) => p.unit === i);
    return {
      id: `p${i + 1}`,
      en: mine.filter(({ p }) => p.lang !== 'zh').map(({ b }) => b.id),
      zh: mine.filter(({ p }) => p.lang === 'zh').map(({ b }) => b.id),
      score: 1,
    };
  });
  return { text, blocks, pairs, facts };
}

/** Runs one rule over a document with the given settings. */
export function run(rule: Rule, document: Doc, options: RuleSetting = {}, glossary: GlossaryEntry[] = []): Finding[] {
  return rule.check(makeContext({ ...document, glossary }, options));
}

/** One pair of two sides, the common case. */
export function pairDoc(en: SideSpec, zh: SideSpec): Doc {
  return doc([{ en, zh }]);
}

/** The short form of a finding for assertions: severity, pair and message. */
export function brief(f: Finding): string {
  return `${f.severity} ${f.pair}: ${f.message}`;
}
