import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('lazy loading of the entity machinery', () => {
  it('no source file imports segmentit, compromise or pinyin-pro at top level', () => {
    const heavy = /^\s*import\s[^;]*from\s+['"](segmentit|compromise|pinyin-pro)(\/[^'"]*)?['"]/m;
    const offenders = sources(join(root, 'src')).filter((file) => heavy.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('importing the entity module loads none of them; the default extraction none (pinyin from the compiled readings); deep extraction the taggers', () => {
    const script = `
      import { createRequire } from 'node:module';
      const cache = createRequire(import.meta.url).cache;
      const loaded = () => ['segmentit', 'compromise', 'pinyin-pro'].filter((m) => Object.keys(cache).some((k) => k.includes('/node_modules/' + m + '/')));
      const { extractEntities } = await import('./src/pipeline/entities.ts');
      const before = loaded();
      extractEntities('院长张立在大会致辞中说', 'zh');
      extractEntities('Zhang Li met Angela Merkel in Berlin.', 'en');
      const fast = loaded();
      extractEntities('院长张立在大会致辞中说', 'zh', { deep: true });
      extractEntities('Zhang Li met Qarvo Dunmore in Berlin.', 'en', { deep: true });
      console.log(JSON.stringify({ before, fast, after: loaded() }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    const { before, fast, after } = JSON.parse(out.trim().split('\n').pop()!) as { before: string[]; fast: string[]; after: string[] };
    expect(before).toEqual([]);
    expect(fast).toEqual([]);
    expect(after.sort()).toEqual(['compromise', 'segmentit']);
  }, 30_000);
});
