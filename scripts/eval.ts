/**
 * Quality figures on the public gold data in ../shared/data: `npm run eval`.
 * Runs each evaluation in turn (pairing, sentences, real pages, page variants, extraction, checks, entities), each printing
 * its own table; `npm run eval -- align` (or sentences, pages, variants, facts, checks, entities) runs one. Says so and
 * exits 0 when the data is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = fileURLToPath(new URL('../../shared/data', import.meta.url));
const parts = ['align', 'sentences', 'pages', 'variants', 'facts', 'checks', 'entities'];
const wanted = process.argv.slice(2).filter((a) => parts.includes(a));

if (!existsSync(data)) {
  console.log(`No evaluation data at ${data}: nothing to measure (the data sits beside the repository, in ../shared/data).`);
  process.exit(0);
}

let failed = false;
for (const part of wanted.length ? wanted : parts) {
  console.log(`\n## ${part}\n`);
  const res = spawnSync(process.execPath, ['--import', 'tsx', `${root}/scripts/eval/${part}.ts`], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
