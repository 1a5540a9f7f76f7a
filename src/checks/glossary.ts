import type { Finding, GlossaryEntry } from '../types.js';
import { fullPairs, locationIn, makeFinding, sideText, type Rule } from './rule.js';

/** One English term with every Chinese rendering the glossary accepts for it. */
export interface Term {
  en: string;
  zh: string[];
  pattern: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Groups glossary entries by English term (case-insensitive); a Chinese side may list
 * alternatives separated by `|`. Each term gets a word-bounded, case-insensitive pattern
 * in which any run of spaces matches any other.
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): Term[] {
  const byTerm = new Map<string, Term>();
  for (const entry of entries) {
    const en = entry.en.trim().replace(/\s+/g, ' ');
    const zh = entry.zh.split('|').map((z) => z.trim()).filter(Boolean);
    if (!en || zh.length === 0) continue;
    const key = en.toLowerCase();
    const known = byTerm.get(key);
    if (known) {
      for (const z of zh) if (!known.zh.includes(z)) known.zh.push(z);
      continue;
    }
    const body = en.split(' ').map(escape).join('\\s+');
    byTerm.set(key, { en, zh, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu') });
  }
  return [...byTerm.values()];
}

/**
 * `glossary` (warning): a pair whose English uses a glossary term (case-insensitive, whole
 * words) while its Chinese holds none of the renderings the glossary requires for it.
 * Quiet without a glossary.
 */
export const glossary: Rule = {
  id: 'glossary',
  severity: 'warning',
  description: 'An English glossary term whose required Chinese is absent from the translation.',
  check(context) {
    const terms = compileGlossary(context.glossary);
    if (terms.length === 0) return [];
    const findings: Finding[] = [];
    for (const pair of fullPairs(context)) {
      const zhText = sideText(context, pair.zh);
      for (const term of terms) {
        if (term.zh.some((z) => zhText.includes(z))) continue;
        for (const id of pair.en) {
          const block = context.block(id)!;
          term.pattern.lastIndex = 0;
          const match = term.pattern.exec(block.text);
          if (!match) continue;
          const wanted = term.zh.map((z) => `"${z}"`).join(' or ');
          findings.push(makeFinding(context, glossary, 'warning', pair,
            `EN "${match[0]}" should be translated as ${wanted}, which the Chinese lacks`,
            { enAt: locationIn(block, match.index) }));
          break;
        }
      }
    }
    return findings;
  },
};
