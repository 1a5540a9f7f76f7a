import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBig5 } from './big5.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** Every `align …` command of the README's code blocks (indented or fenced), its comment cut off. */
function exampleCommands(text: string): string[] {
  const commands: string[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) { fenced = !fenced; continue; }
    if (!fenced && !line.startsWith('    ')) continue;
    const command = line.trim().replace(/\s+#\s.*$/, '');
    if (/^align(\s|$)/.test(command)) commands.push(command);
    const npx = /&& (npx align .*)$/.exec(command);
    if (npx) commands.push(npx[1]!);
  }
  return commands;
}

const commands = [...new Set(exampleCommands(readme))];

/** The README's fenced JSON blocks: config examples. */
const configExamples = [...readme.matchAll(/```json\n([^]*?)```/g)].map((m) => m[1]!);

describe('every example in the README runs as written', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'align-readme-'));
  const bin = join(sandbox, '.bin');
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

  beforeAll(() => {
    if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
      expect(build.status, build.stderr).toBe(0);
    }
    mkdirSync(bin);
    writeFileSync(join(bin, 'align'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin/align.js')}" "$@"\n`);
    chmodSync(join(bin, 'align'), 0o755);
    symlinkSync(join(root, 'fixtures'), join(sandbox, 'fixtures'));
    // The README's file names, played by the repository's fixtures and text written for this test.
    const fixture = (name: string) => join(root, 'fixtures', name);
    copyFileSync(fixture('chengdu-software-2024.txt'), join(sandbox, 'article.txt'));
    copyFileSync(fixture('chengdu-software-2024.en.txt'), join(sandbox, 'article.en.txt'));
    copyFileSync(fixture('chengdu-software-2024.zh.txt'), join(sandbox, 'article.zh.txt'));
    copyFileSync(fixture('chengdu-software-2024.txt'), join(sandbox, 'a.txt'));
    copyFileSync(fixture('chengdu-software-2024.reordered.txt'), join(sandbox, 'b.txt'));
    writeFileSync(join(sandbox, 'terms.tsv'), 'en\tzh\nsoftware industry\t软件产业\n');
    const read = (name: string) => readFileSync(fixture(name), 'utf8');
    writeFileSync(join(sandbox, 'corpus.jsonl'), [
      JSON.stringify({ id: 'seed', text: read('chengdu-software-2024.txt') }),
      JSON.stringify({ id: 'seed-two-files', en: read('chengdu-software-2024.en.txt'), zh: read('chengdu-software-2024.zh.txt') }),
    ].join('\n') + '\n');
    writeFileSync(join(sandbox, 'old-site.txt'), Buffer.concat([
      Buffer.from('The harbour bureau opened 3 new berths in 2024.\n\n'),
      encodeBig5('港務局於2024年啟用3座新碼頭。'),
      Buffer.from('\n'),
    ]));
  });

  it('finds the examples', () => {
    expect(commands.length).toBeGreaterThanOrEqual(15);
    expect(commands).toContain('align article.txt -f html -o report.html');
    expect(commands).toContain('npx align fixtures/chengdu-software-2024.txt');
  });

  it.each(commands)('%s', (command) => {
    const res = spawnSync('sh', ['-c', command.replace(/^npx align/, 'align')], {
      cwd: sandbox,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' },
    });
    const problems = res.stderr.split('\n').filter((l) => l && !/holds only (English|Chinese) blocks/.test(l));
    expect(problems).toEqual([]);
    expect([0, 1]).toContain(res.status);
    const output = / -o (\S+)/.exec(command)?.[1] ?? / > (\S+)$/.exec(command)?.[1];
    expect(output ? readFileSync(join(sandbox, output), 'utf8').length : res.stdout.length).toBeGreaterThan(0);
  });

  it.each(configExamples)('the config example %# is accepted as .alignrc.json', (json) => {
    const folder = mkdtempSync(join(sandbox, 'config-'));
    writeFileSync(join(folder, '.alignrc.json'), json);
    writeFileSync(join(folder, 'terms.tsv'), 'software industry\t软件产业\n');
    const res = spawnSync('sh', ['-c', 'align ../article.txt --json'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' },
    });
    expect(res.stderr).toBe('');
    expect([0, 1]).toContain(res.status);
    expect(JSON.parse(res.stdout).files[0].summary.pairs).toBe(13);
  });
});
