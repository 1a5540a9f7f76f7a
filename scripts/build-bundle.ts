/**
 * Bundles the CLI into one file, `dist/src/cli/main.bundle.cjs` (esbuild, from the modules
 * `tsc` wrote to `dist/`), which `bin/align.js` compiles with V8's code cache: one file to
 * read instead of a hundred modules to resolve, and on later runs no parsing or compiling of
 * the functions an earlier run compiled.
 *
 * The packages every run loads (the argument parser, the config finder) are bundled in; the
 * packages only some runs load (encoding detection, language identification, segmentit,
 * compromise, string-width) stay outside, required on first use as before. The bundle is
 * CommonJS because only a classic script can take V8's cached data in Node 20 (`vm.Script`);
 * it holds no `import()` (such a script can only import through an experimental hook), and
 * `import.meta.url` in it is the URL of `main.js` beside it, the module it stands for, so data
 * files, workers and packages are found from the same folder.
 *
 * Then, in a clone (where the seed article is), one run on the seed writes the code cache
 * (`main.bundle.cache`), so the first run a user makes is already a warm one; `npm run build`
 * compiles the data first, which that run reads.
 */
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { caselessLiterals, type PatternLiteral } from './caseless-patterns.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/src/cli');

/**
 * Packages bundled: those every run loads, and chalk, an ES module that a script could only
 * `import()` (in the bundle it loads on first use all the same).
 */
const BUNDLED = new Set(['commander', 'lilconfig', 'chalk']);

/** Every other package stays a runtime import, as the modules wrote it. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(on) {
    on.onResolve({ filter: /^[^./#]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

/**
 * The argument parser requires `child_process` at its top for subcommands that run other
 * programs, which align has none of: it gets a stand-in that loads the module on first use,
 * so a run does not load it (nor the sockets and pipes it brings).
 */
const childProcessOnUse: Plugin = {
  name: 'child-process-on-use',
  setup(on) {
    on.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
      ? { path: 'child_process', namespace: 'on-use' }
      : undefined));
    on.onLoad({ filter: /.*/, namespace: 'on-use' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The config finder takes `fs.promises.readFile` at its top, for its asynchronous search;
 * align uses its synchronous search, so the function is looked up on first use instead, and a
 * run does not load `fs/promises` (with the readline and file watcher modules it brings). A
 * newer version written otherwise is bundled as it is (the start-up test then says so).
 */
const lilconfigOnUse: Plugin = {
  name: 'lilconfig-on-use',
  setup(on) {
    on.onLoad({ filter: /[\\/]node_modules[\\/]lilconfig[\\/]src[\\/]index\.js$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replace('const fsReadFileAsync = fs.promises.readFile;', 'const fsReadFileAsync = (...args) => fs.promises.readFile(...args);'),
      loader: 'js',
    }));
  },
};

/**
 * The bundle is written as the function Node wraps a CommonJS module in, so that `bin/align.js`
 * compiles the file's text as it is read, without building a second copy of it.
 */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The bundle in ASCII: esbuild escapes strings but leaves other letters in regular expressions
 * and comments as they are. Each code unit above 0x7f becomes `\uXXXX`, which means the same
 * in a regular expression (with or without the `u` flag: a pair of escaped surrogates is one
 * code point there), a string, an identifier or a comment; an identity escape (`\é`) loses its
 * backslash. ASCII text is read into a one-byte string: half the memory, and UTF-8 decoding
 * takes its fast path.
 */
function asciiOnly(code: string): string {
  return code.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes: string, char: string) => {
    const escaped = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return `${slashes.length % 2 === 1 ? slashes.slice(1) : slashes}${escaped}`;
  });
}

/** The regular expression literals of a script (TypeScript's parser reads it as JavaScript). */
function patternLiterals(code: string): PatternLiteral[] {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out: PatternLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (node as ts.RegularExpressionLiteral).text;
      const slash = text.lastIndexOf('/');
      out.push({ start: node.getStart(file), end: node.end, source: text.slice(1, slash), flags: text.slice(slash + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const shim = join(cli, 'import-meta-url.js');
writeFileSync(shim, "export const importMetaUrl = require('node:url').pathToFileURL(require('node:path').join(__dirname, 'main.js')).href;\n");
rmSync(join(cli, 'main.bundle.js'), { force: true });
rmSync(join(cli, 'main.bundle.cache'), { force: true });
try {
  await build({
    entryPoints: [join(cli, 'main.js')],
    outfile: join(cli, 'main.bundle.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    plugins: [childProcessOnUse, lilconfigOnUse, packagesOutside],
    inject: [shim],
    define: { 'import.meta.url': 'importMetaUrl' },
    // `import()` becomes `require()`: a script compiled from cached data cannot import (Node 20).
    supported: { 'dynamic-import': false },
    // Without comments and indentation: the bundle's text is read, copied into a string of V8's
    // heap and kept for the process (V8 compiles from it what the code cache lacks), 0.65 MB
    // instead of 0.87 MB, about 55 fewer fresh pages (page faults) a run. Names stay as they
    // are, so stack traces (`--debug`) still name functions.
    minifyWhitespace: true,
  });
} finally {
  rmSync(shim, { force: true });
}
const bundle = join(cli, 'main.bundle.cjs');
// Case-insensitive patterns written with both cases instead (`scripts/caseless-patterns.ts`):
// the same matches, compiled without asking ICU for the cases of each letter.
const built = readFileSync(bundle, 'utf8');
const caseless = caselessLiterals(built, patternLiterals(built)).code;
writeFileSync(bundle, `${WRAPPER}${asciiOnly(caseless)}\n})\n`);
// The bundle's digest, last: a code cache made from other contents is never used, even when
// the sizes and file times agree (a package's files all carry one fixed time).
const digest = createHash('sha256').update(readFileSync(bundle)).digest('hex');
appendFileSync(bundle, `//# alignBundle=${digest}\n`);

const seed = join(root, 'fixtures/chengdu-software-2024.txt');
if (existsSync(seed) && existsSync(join(root, 'data/lexicon.bin'))) {
  try {
    execFileSync(process.execPath, [join(root, 'bin/align.js'), seed, '--fail-on', 'never'], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // The bundle is built; the first run will write the cache instead.
    console.warn(`build-bundle: the seed run that makes the code cache failed: ${String((error as { stderr?: unknown }).stderr ?? error).trim()}`);
  }
}
