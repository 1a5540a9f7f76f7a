/**
 * Bundles the CLI into one file, `dist/src/cli/main.bundle.js` (esbuild, from the modules
 * `tsc` wrote to `dist/`), which `bin/align.js` runs: one file to read and compile instead of
 * a hundred modules to resolve. The packages every run loads (the argument parser, the config
 * finder) are bundled in too; the packages only some runs load (colour, encoding detection,
 * language identification, segmentit, compromise, string-width) stay outside, required on
 * first use as before.
 */
import { build, type Plugin } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Packages loaded by every run: bundled. */
const BUNDLED = new Set(['commander', 'lilconfig']);

/** Every other package stays a runtime import, as the modules wrote it. */
const packagesOutside: Plugin = {
  name: 'packages-outside',
  setup(on) {
    on.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0]!;
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: [join(root, 'dist/src/cli/main.js')],
  outfile: join(root, 'dist/src/cli/main.bundle.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [packagesOutside],
  // The bundled packages are CommonJS and `require` Node's modules; an ES module has no `require`.
  banner: { js: "import { createRequire as createBundleRequire } from 'node:module';\nconst require = createBundleRequire(import.meta.url);" },
});
