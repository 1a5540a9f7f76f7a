/**
 * Case-insensitive regular expressions rewritten as case-sensitive ones that match the same
 * strings, for the bundle (`scripts/build-bundle.ts`): `/\b(mon|tue)day/i` becomes
 * `/\b([mM][oO][nN]|[tT][uU][eE])[dD][aA][yY]/`.
 *
 * Why: V8 compiles a pattern with the `i` flag by asking ICU, for every letter of it and at
 * several passes of the compiler, which letters are the same letter in another case (a Unicode
 * set closed over case each time). The seed run compiled about 165 such patterns, and that
 * question alone cost about 36 million instructions of its 1.47 billion; the same patterns
 * written with both cases compile without asking it (the seed run under callgrind: 1.450e9
 * instructions instead of 1.469e9), output byte for byte the same.
 *
 * Why it means the same: without the `u` (or `v`) flag, `i` compares characters by
 * `Canonicalize` (ECMA-262 22.2.2.7.3): a character's upper case, except that a character
 * outside ASCII never becomes an ASCII one (`ſ`, `K` stay themselves). An ASCII letter thus
 * equals exactly its two cases, and every other character of a pattern this rewrites equals
 * itself alone (a pattern holding a character outside ASCII that has another case, such as
 * `é`, is left as it is). The class escapes `\d \s \w \D \S \W` and `.` hold both cases of every
 * letter they hold or none, and `\b` reads `\w` without case in this mode. So a letter becomes
 * a class of its two cases, a range over letters gains the other case's range, and a negated
 * class, closed over case the same way, still excludes just what it excluded. Patterns with a
 * back reference (which `i` compares without case) or the `u`/`v` flag (where Unicode case
 * folding applies) are left as they are.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Node as PatternNode } from '@eslint-community/regexpp/ast';

/** `Canonicalize` of ECMA-262 for a pattern without the `u` flag (a UTF-16 code unit). */
function canonical(code: number): number {
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const up = upper.charCodeAt(0);
  return code >= 128 && up < 128 ? code : up;
}

/** Code units that `i` makes equal to some other code unit (1), made on first use. */
let caseFolded: Uint8Array | undefined;
function foldedUnits(): Uint8Array {
  if (caseFolded) return caseFolded;
  const byCanonical = new Map<number, number>();
  for (let code = 0; code < 0x10000; code++) {
    const c = canonical(code);
    byCanonical.set(c, (byCanonical.get(c) ?? 0) + 1);
  }
  caseFolded = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) if (byCanonical.get(canonical(code))! > 1) caseFolded[code] = 1;
  return caseFolded;
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** A code unit as pattern text: a letter or digit as it is, anything else as `\uXXXX`. */
function unit(code: number): string {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) ? String.fromCharCode(code) : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The case-sensitive pattern that matches what `source` matches with the `i` flag (and no
 * `u` or `v` flag), or undefined when the pattern is not one this rewrites (see above).
 */
export function caselessSource(source: string): string | undefined {
  let pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: false, unicodeSets: false });
  } catch {
    return undefined;
  }
  const folded = foldedUnits();
  const edits: { start: number; end: number; text: string }[] = [];
  let rewritable = true;
  // The pattern's tree, parent before child, with whether each node stands in a character class.
  const stack: { node: PatternNode; inClass: boolean }[] = [{ node: pattern, inClass: false }];
  while (stack.length > 0 && rewritable) {
    const { node, inClass } = stack.pop()!;
    switch (node.type) {
      case 'Backreference':
        rewritable = false;
        break;
      case 'Character': {
        const code = node.value;
        if (code > 0xffff) rewritable = false;
        else if (isAsciiLetter(code)) {
          const both = `${unit(code)}${unit(code ^ 0x20)}`;
          edits.push({ start: node.start, end: node.end, text: inClass ? both : `[${both}]` });
        } else if (folded[code]) rewritable = false;
        break;
      }
      case 'CharacterClassRange': {
        const low = node.min.value;
        const high = node.max.value;
        for (let code = low; code <= high && rewritable; code++) if (folded[code] && !isAsciiLetter(code)) rewritable = false;
        let other = '';
        for (const [from, to] of [[65, 90], [97, 122]] as const) {
          const start = Math.max(low, from);
          const end = Math.min(high, to);
          if (start <= end) other += `${unit(start ^ 0x20)}-${unit(end ^ 0x20)}`;
        }
        if (other) edits.push({ start: node.end, end: node.end, text: other });
        break;
      }
      case 'CharacterSet':
        // `\d \s \w`, their negations and `.`: closed over case already. A property escape needs `u`.
        if (node.kind === 'property') rewritable = false;
        break;
      case 'Pattern':
      case 'Group':
      case 'CapturingGroup':
      case 'Assertion':
        if ('alternatives' in node) for (const alternative of node.alternatives) stack.push({ node: alternative, inClass });
        break;
      case 'Alternative':
        for (const element of node.elements) stack.push({ node: element, inClass });
        break;
      case 'Quantifier':
        stack.push({ node: node.element, inClass });
        break;
      case 'CharacterClass':
        for (const element of node.elements) stack.push({ node: element, inClass: true });
        break;
      default:
        // Anything else (a class of strings, a modifier group) is not expected without `u`/`v`: leave the pattern.
        rewritable = false;
    }
  }
  if (!rewritable) return undefined;
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const { start, end, text } of edits) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return out;
}

/** A regular expression literal's place in a script and its parts. */
export interface PatternLiteral {
  start: number;
  end: number;
  source: string;
  flags: string;
}

/**
 * A script with each regular expression literal `/…/i` (without `u` or `v`) that
 * `caselessSource` can rewrite written without the `i` flag; `literals` are the script's
 * regular expression literals. Returns the script and how many literals were rewritten.
 */
export function caselessLiterals(code: string, literals: readonly PatternLiteral[]): { code: string; rewritten: number } {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const literal of literals) {
    if (!literal.flags.includes('i') || /[uv]/.test(literal.flags)) continue;
    const source = caselessSource(literal.source);
    if (source === undefined) continue;
    edits.push({ start: literal.start, end: literal.end, text: `/${source}/${literal.flags.replace('i', '')}` });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const { start, end, text } of edits) out = `${out.slice(0, start)}${text}${out.slice(end)}`;
  return { code: out, rewritten: edits.length };
}
