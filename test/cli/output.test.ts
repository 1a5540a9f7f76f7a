import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directOutput, writesDirectly, type OutputStream, type WriteFd } from '../../src/cli/output.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/align.js');
const seed = join(root, 'fixtures/chengdu-software-2024.txt');

/** A stand-in for a Node stream that records what it is given. */
function recordingStream(full = false): OutputStream & { written: Buffer[] } {
  const written: Buffer[] = [];
  return {
    written,
    writableLength: 0,
    write(data) {
      written.push(Buffer.from(data));
      return !full;
    },
    once() {
      return undefined;
    },
  };
}

/** A file descriptor stand-in that takes at most `max` bytes a call and then fails with `failWith` after `failAfter` calls. */
function fakeFd(max: number, failAfter = Infinity, failWith = 'EAGAIN'): { write: WriteFd; taken: Buffer[] } {
  const taken: Buffer[] = [];
  let calls = 0;
  function write(_fd: number, data: string | Uint8Array, offset?: number): number {
    if (calls++ >= failAfter) throw Object.assign(new Error(failWith), { code: failWith });
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.subarray(offset ?? 0));
    const n = Math.min(max, bytes.length);
    taken.push(bytes.subarray(0, n));
    return n;
  }
  return { write, taken };
}

describe('a direct output', () => {
  const text = 'Chengdu 成都 software 软件 £1.2bn 𠮷 — 2024\n'.repeat(40);

  it('writes the whole text in one call when the descriptor takes it', () => {
    const fd = fakeFd(1 << 20);
    const stream = recordingStream();
    const out = directOutput(1, () => stream, fd.write);
    expect(out.write(text)).toBe(true);
    expect(Buffer.concat(fd.taken).toString('utf8')).toBe(text);
    expect(fd.taken.length).toBe(1);
    expect(stream.written).toEqual([]);
    expect(out.isTTY).toBe(false);
    expect(out.writableLength).toBe(0);
  });

  it('loops on partial writes, even one that cuts a character in two', () => {
    for (const max of [1, 2, 7, 100]) {
      const fd = fakeFd(max);
      const out = directOutput(1, () => recordingStream(), fd.write);
      expect(out.write(text)).toBe(true);
      expect(out.write('')).toBe(true);
      expect(out.write('end\n')).toBe(true);
      expect(Buffer.concat(fd.taken).toString('utf8')).toBe(`${text}end\n`);
    }
  });

  it('hands the rest to the Node stream when a write would block, and every later write too', () => {
    const fd = fakeFd(100, 3, 'EAGAIN');
    const stream = recordingStream(true);
    let made = 0;
    const out = directOutput(1, () => { made++; return stream; }, fd.write);
    expect(out.write(text)).toBe(false);
    expect(out.write('more\n')).toBe(false);
    expect(made).toBe(1);
    expect(Buffer.concat([...fd.taken, ...stream.written]).toString('utf8')).toBe(`${text}more\n`);
    expect(Buffer.concat(fd.taken).length).toBe(300);
  });

  it('hands a failed write (a reader gone) to the Node stream, which reports it as before', () => {
    const fd = fakeFd(1 << 20, 1, 'EPIPE');
    const stream = recordingStream();
    const out = directOutput(1, () => stream, fd.write);
    expect(out.write('first\n')).toBe(true);
    expect(out.write('second\n')).toBe(true);
    expect(Buffer.concat(stream.written).toString('utf8')).toBe('second\n');
  });

  it('serves files, pipes and /dev/null but not a closed descriptor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-output-'));
    try {
      expect(writesDirectly(999)).toBe(false);
      const file = openSync(join(dir, 'out.txt'), 'w');
      const probe = `const { writesDirectly } = await import(${JSON.stringify(join(root, 'dist/src/cli/output.js'))}); process.stderr.write(JSON.stringify([writesDirectly(1), writesDirectly(0)]));`;
      const run = (stdout: 'pipe' | 'ignore' | number) => spawnSync(process.execPath, ['--input-type=module', '-e', probe], { stdio: ['pipe', stdout, 'pipe'], encoding: 'utf8' }).stderr;
      expect(run('pipe')).toBe('[true,true]');
      expect(run('ignore')).toBe('[true,true]');
      expect(run(file)).toBe('[true,true]');
      closeSync(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the command writing to a pipe', () => {
  let work: string;
  /** A 1 MB article and what the command writes for it to a file (`-o`, Node's file stream). */
  let big: string;
  let bigJson: string;
  /** A 0.3 MB article (its JSON is several times a pipe's 64 KB) and its JSON. */
  let mid: string;
  let midJson: string;
  const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const article = (path: string, bytes: number): string => {
    const text = readFileSync(seed, 'utf8');
    writeFileSync(path, Array.from({ length: Math.ceil(bytes / text.length) }, () => text).join('\n\n'));
    const json = `${path}.json`;
    expect(sh(`node ${bin} ${path} --json -o ${json}`).status).toBe(0);
    return readFileSync(json, 'utf8');
  };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'align-pipe-'));
    big = join(work, 'big.txt');
    bigJson = article(big, 1_000_000);
    mid = join(work, 'mid.txt');
    midJson = article(mid, 300_000);
  }, 120_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('writes a 1 MB article through a pipe byte for byte as to a file', () => {
    const piped = sh(`node ${bin} ${big} --json | cat; exit \${PIPESTATUS[0]}`);
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(1_000_000);
    expect(piped.stdout).toBe(bigJson);
  });

  it('exits cleanly when the reader stops early', () => {
    const res = sh(`node ${bin} ${mid} --json | head -c 10; echo; echo "status \${PIPESTATUS[0]}"`);
    expect(res.stderr).toBe('');
    expect(res.stdout).toBe('{\n  "versi\nstatus 0\n');
  });

  it.skipIf(spawnSync('python3', ['-c', '0']).status !== 0)('waits on a non-blocking pipe that a slow reader leaves full, and writes it all', () => {
    // A parent may hand down a pipe set non-blocking: a write that would block fails with
    // EAGAIN, and the rest goes through Node's stream, which waits for the reader.
    const nonBlocking = `import fcntl, os, sys; fcntl.fcntl(1, fcntl.F_SETFL, fcntl.fcntl(1, fcntl.F_GETFL) | os.O_NONBLOCK); os.execv(sys.argv[1], sys.argv[1:])`;
    const out = join(work, 'slow.json');
    const res = sh(`python3 -c '${nonBlocking}' ${process.execPath} ${bin} ${mid} --json | (sleep 0.5; cat > ${out}); exit \${PIPESTATUS[0]}`);
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(midJson);
  });
});
