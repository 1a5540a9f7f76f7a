// ESLint: typescript-eslint's strict and stylistic type-checked rules over src/, bin/, scripts/ and test/.
// Type information comes from the TypeScript 6 API (the `typescript` package); builds use `tsc` 7.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
