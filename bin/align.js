#!/usr/bin/env node
// The `align` command: runs the compiled CLI (built into dist/ by `npm install` in a clone, shipped in the package).
import { dirname } from 'node:path';

// The CLI's modules bundled into one file start faster (one file to resolve and read instead
// of a hundred); the modules themselves serve when the bundle is absent.
let main;
try {
  main = await import('../dist/src/cli/main.bundle.js').catch((error) => {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('main.bundle.js')) throw error;
    return import('../dist/src/cli/main.js');
  });
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  const folder = dirname(import.meta.dirname);
  process.stderr.write(`align: the compiled CLI is missing; run \`npm install\` (or \`npm run build\`) in ${folder}\n`);
  process.exit(2);
}

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await main.run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
