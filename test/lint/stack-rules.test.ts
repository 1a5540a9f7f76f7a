import { Linter, RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- the ESLint config is plain JavaScript with no declarations
import { noSelfCall, SPREAD_ARGUMENTS } from '../../eslint.config.js';

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

describe('lint: no recursion', () => {
  tester.run('no-self-call', noSelfCall, {
    valid: [
      // A method named like the function it calls (an import) does not call itself.
      'import { write } from "node:fs"; export const out = { write(text) { return write(1, text); } };',
      'function walk(nodes) { const stack = [...nodes]; while (stack.length) stack.pop(); }',
      'const total = (xs) => xs.reduce((a, b) => a + b, 0);',
    ],
    invalid: [
      { code: 'function depth(node) { return node ? 1 + depth(node.next) : 0; }', errors: [{ messageId: 'self' }] },
      { code: 'const visit = (n) => { n.kids.forEach((k) => visit(k)); };', errors: [{ messageId: 'self' }] },
      { code: 'class T { walk(n) { if (n) this.walk(n.next); } }', errors: [{ messageId: 'self' }] },
    ],
  });
});

describe('lint: no spread into calls of any arity', () => {
  const linter = new Linter();
  const problems = (code: string): number =>
    linter.verify(code, { languageOptions: { ecmaVersion: 2024 }, rules: { 'no-restricted-syntax': ['error', SPREAD_ARGUMENTS] } }).length;
  it.each(['for (const x of xs) out.push(x);', 'const most = xs.reduce((a, b) => Math.max(a, b), -Infinity);', 'f(...args);', 'const all = [...a, ...b];'])(
    'lets %s pass', (code) => expect(problems(code)).toBe(0));
  it.each(['out.push(...xs);', 'out.unshift(...xs);', 'Math.max(...xs);', 'Math.min(0, ...xs);', 'String.fromCharCode(...codes);'])(
    'reports %s', (code) => expect(problems(code)).toBe(1));
});
