#!/usr/bin/env node
// The `align` command: runs the compiled CLI (built by `npm run build`, which `npm install` runs).
import { run } from '../dist/src/cli/main.js';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;
