// ESLint: typescript-eslint's strict and stylistic type-checked rules over src/, bin/, scripts/ and test/.
// Type information comes from the TypeScript 6 API (the `typescript` package); builds use `tsc` 7.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * A function that calls itself, by its own name or that of a function around it: recursion
 * whose depth follows the input overflows the stack on a long document ("Maximum call stack
 * size exceeded"), so the code walks with loops and explicit stacks instead. Only direct calls
 * are seen; a cycle through other functions is not.
 */
export const noSelfCall = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow a function calling itself (recursion)' },
    messages: { self: '`{{name}}` calls itself: use a loop or an explicit stack, since recursion depth follows the input' },
    schema: [],
  },
  create(context) {
    /**
     * The functions the walk is inside, innermost last: a function's name is called bare
     * (`walk()`), a method's through `this` (`this.walk()`); a method's name called bare is
     * another function (an import of the same name).
     */
    const around = [];
    const keyName = (key) => (key?.type === 'Identifier' ? key.name : undefined);
    const enter = (node) => {
      const parent = node.parent;
      if (node.id) around.push({ bare: node.id.name });
      else if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') around.push({ bare: parent.id.name });
      else if (parent.type === 'MethodDefinition' || parent.type === 'Property' || parent.type === 'PropertyDefinition') around.push({ method: keyName(parent.key) });
      else around.push({});
    };
    const leave = () => around.pop();
    return {
      FunctionDeclaration: enter,
      'FunctionDeclaration:exit': leave,
      FunctionExpression: enter,
      'FunctionExpression:exit': leave,
      ArrowFunctionExpression: enter,
      'ArrowFunctionExpression:exit': leave,
      CallExpression(node) {
        const callee = node.callee;
        const bare = callee.type === 'Identifier' ? callee.name : undefined;
        const method = callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression' ? keyName(callee.property) : undefined;
        const name = bare ?? method;
        if (name !== undefined && around.some((f) => (bare !== undefined ? f.bare === bare : f.method === method))) {
          context.report({ node, messageId: 'self', data: { name } });
        }
      },
    };
  },
};

/**
 * Spread into the arguments of a call that takes any number of them: each element becomes an
 * argument on the stack, and an array of some hundred thousand (the words of a 5 MB line, the
 * digits of a page of figures) throws "Maximum call stack size exceeded".
 */
export const SPREAD_ARGUMENTS = {
  selector: "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(push|unshift|splice|max|min|fromCharCode|fromCodePoint|apply|concat)$/] > SpreadElement",
  message: 'Spread into push, unshift, Math.max/min or fromCharCode puts every element on the stack: loop over the array instead',
};

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { align: { rules: { 'no-self-call': noSelfCall } } },
    rules: {
      // noUncheckedIndexedAccess types `xs[i]` as possibly undefined even inside a checked loop bound;
      // `xs[i]!` is the idiom there, and the type checker cannot see the bound.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Numbers in messages are the point of most templates; anything else still needs a string.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Spreading a string into its code points is intended: character sets of Chinese text (`new Set([...'个项家'])`).
      '@typescript-eslint/no-misused-spread': 'off',
      // The code has no enums and one class (LineIndex); these two checks found nothing and took a
      // quarter of the lint time (29 s instead of 39 s of CPU).
      '@typescript-eslint/no-unsafe-enum-assignment': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // A leading underscore marks a parameter that a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The shipped code (the library and the command) meets documents of any size.
    files: ['src/**', 'bin/**'],
    rules: {
      'align/no-self-call': 'error',
      'no-restricted-syntax': ['error', SPREAD_ARGUMENTS],
    },
  },
  {
    // The command's JavaScript entry and the tools' config files stand outside the TypeScript
    // project (tsconfig.json): linted without types, which spares a second program.
    files: ['**/*.js', '*.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['test/**'],
    rules: {
      // Tests read the CLI's JSON output through JSON.parse and look into it without a schema type.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // `(x) => expect(x)…` in test tables returns the assertion's void; that is the test idiom.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Async generators without await stand in for standard input.
      '@typescript-eslint/require-await': 'off',
      // Tests strip terminal colour escapes (\x1b[…m) from the CLI's output.
      'no-control-regex': 'off',
    },
  },
);
