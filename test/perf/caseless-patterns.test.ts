import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { caselessLiterals, caselessSource } from '../../scripts/caseless-patterns.js';

/** Every match of `pattern` in `text` (index and groups), for comparing two patterns. */
function matches(pattern: RegExp, text: string): string {
  const global = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
  return JSON.stringify([...text.matchAll(global)].map((m) => [m.index, ...m]));
}

/** Letters of both cases, digits, punctuation, and characters that case folding treats apart (é, ſ, K, ı). */
const ALPHABET = 'abcdefkmnorstyzABCDEFKMNORSTYZ0123456789 .,-:/\t\n\u00e9\u00c9\u017f\u212a\u0131\u0130\u4e00\u5e74_';

/** Text mixing the pattern's own words with noise, in random cases. */
function sampleText(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...(words.length ? words : ['x'])),
    fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 6 }),
  );
  return fc.tuple(fc.array(piece, { maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 64 })).map(([pieces, upper]) => {
    const text = pieces.join(' ');
    return [...text].map((c, k) => (upper[k % Math.max(1, upper.length)] ? c.toUpperCase() : c)).join('');
  });
}

/** The case-insensitive pattern and its rewrite match alike on texts built from its words. */
function expectSameMatches(source: string, flags: string, runs = 150): void {
  const rewritten = caselessSource(source);
  if (rewritten === undefined) return;
  const before = new RegExp(source, flags);
  const after = new RegExp(rewritten, flags.replace('i', ''));
  const words = source.match(/[A-Za-z]{2,}/g) ?? [];
  fc.assert(fc.property(sampleText(words), (text) => matches(before, text) === matches(after, text)), { numRuns: runs });
}

describe('caselessSource', () => {
  it('writes each letter with both cases, in and out of classes and ranges', () => {
    expect(caselessSource('\\b(Mon|tue)\\.?')).toBe('\\b([Mm][oO][nN]|[tT][uU][eE])\\.?');
    expect(caselessSource('[a-c_]x')).toBe('[a-cA-C_][xX]');
    expect(caselessSource('[^a-z\\d]+')).toBe('[^a-zA-Z\\d]+');
    expect(caselessSource('(?<year>\\d{4})\\s*ad')).toBe('(?<year>\\d{4})\\s*[aA][dD]');
    expect(caselessSource('(?<=per )cent')).toBe('(?<=[pP][eE][rR] )[cC][eE][nN][tT]');
  });

  it('leaves patterns it cannot rewrite: back references, letters with other cases outside ASCII, ranges over them', () => {
    expect(caselessSource('(a)\\1')).toBeUndefined();
    expect(caselessSource('caf\u00e9')).toBeUndefined();
    expect(caselessSource('[\u00c0-\u00ff]')).toBeUndefined();
    expect(caselessSource('(?<w>a)\\k<w>')).toBeUndefined();
    expect(caselessSource('[')).toBeUndefined();
  });

  it('keeps characters without case as they are (Han, digits, punctuation)', () => {
    expect(caselessSource('\u5e74[\u4e00-\u9fff]\\d')).toBe('\u5e74[\u4e00-\u9fff]\\d');
  });

  it('matches what the i flag matched, ſ and K included (they equal no ASCII letter without u)', () => {
    for (const [source, text] of [['s', '\u017f'], ['k', '\u212a'], ['[a-z]', '\u017f\u212a\u0131'], ['[^a-z]', 'S\u017fK\u212a']] as const) {
      expect(matches(new RegExp(caselessSource(source)!, 'g'), text)).toBe(matches(new RegExp(source, 'gi'), text));
    }
  });

  it('matches what the i flag matched on random texts', () => {
    for (const source of ['\\b(?:jan(?:uary)?|feb)\\.?\\s+\\d{1,2}', '[^A-Z]{2}x', '(?<![\\w.])(\\d+)\\s*(?:bn|m|k)\\b', '^(?:by|from)\\s+\\S', '[\\W_]+s', '[A-z]q']) {
      expectSameMatches(source, 'i', 300);
    }
  });
});

/** The `.ts` files under a folder. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

describe('caselessLiterals over the sources', () => {
  // Every `/…/i` literal of src/ that the bundle rewrites: the rewrite matches alike.
  const literals: { source: string; flags: string }[] = [];
  for (const path of sourceFiles(join(import.meta.dirname, '../../src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (node as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  const caseInsensitive = literals.filter((l) => l.flags.includes('i') && !/[uv]/.test(l.flags));

  it('finds the case-insensitive literals and rewrites nearly all of them', () => {
    expect(caseInsensitive.length).toBeGreaterThan(100);
    expect(caseInsensitive.filter((l) => caselessSource(l.source) !== undefined).length).toBeGreaterThan(caseInsensitive.length * 0.9);
  });

  it('rewrites each so that it matches alike', () => {
    for (const { source, flags } of caseInsensitive) expectSameMatches(source, flags, 40);
  });

  it('rewrites literals in a script in place and leaves the others', () => {
    const code = 'const a = /Ab/gi; const b = /ab/u; const c = /x/iu; const d = /(a)\\1/i;';
    const at = (s: string) => code.indexOf(s);
    const literal = (s: string, source: string, flags: string) => ({ start: at(s), end: at(s) + s.length, source, flags });
    const out = caselessLiterals(code, [literal('/Ab/gi', 'Ab', 'gi'), literal('/ab/u', 'ab', 'u'), literal('/x/iu', 'x', 'iu'), literal('/(a)\\1/i', '(a)\\1', 'i')]);
    expect(out).toEqual({ code: 'const a = /[Aa][bB]/g; const b = /ab/u; const c = /x/iu; const d = /(a)\\1/i;', rewritten: 1 });
  });
});
