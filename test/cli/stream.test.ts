import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schema/align-output.schema.json' with { type: 'json' };
import { align, alignFiles } from '../../src/index.js';
import { parseLine, readLines } from '../../src/cli/stream.js';
import { jsonPieces } from '../../src/cli/stream-json.js';
import { formatJson } from '../../src/format/json.js';
import { formatJsonl } from '../../src/format/corpus.js';
import { cli, fixture } from '../helpers.js';

const interleaved = [
  'Exports rose 12.5% to 3.2 billion yuan in March, the customs office said on Tuesday.',
  '海关周二表示，3月出口增长12.5%，达到32亿元。',
  'The new line will open on 1 July 2025 with 14 stations.',
  '新线路将于2025年7月1日开通，共设14座车站。',
].join('\n\n');
const english = 'The plant employs 2,400 workers.\n\nIt opened in 2019 in Hefei.';
const chinese = '该工厂雇用了2400名工人。\n\n它于2019年在合肥投产。';
const slipped = 'The museum received 1.2 million visitors last year.\n\n该博物馆去年接待游客12万人次。';

const jsonl = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

function validator() {
  const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, allowUnionTypes: true });
  ajv.addSchema(schema);
  return ajv.getSchema(`${schema.$id}#/$defs/streamLine`)!;
}

describe('align --stream', () => {
  it('writes one result line per document, in input order, with path set to the id', async () => {
    const input = jsonl({ id: 'doc-1', text: interleaved }, { id: 'doc-2', en: english, zh: chinese }, { id: 'doc-3', text: slipped });
    const { code, stdout, stderr } = await cli(['--stream'], { stdin: input });
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    const results = lines.map((l) => JSON.parse(l));
    expect(results.map((r) => r.path)).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(results[0]).toEqual(JSON.parse(JSON.stringify(align(interleaved, { path: 'doc-1' }))));
    expect(results[1]).toEqual(JSON.parse(JSON.stringify({ ...alignFiles({ text: english, path: 'en' }, { text: chinese, path: 'zh' }), path: 'doc-2' })));
    expect(results[1].summary.pairs).toBe(2);
    // 1.2 million against 12万 is a finding at error level: exit 1, as for files.
    expect(results[2].findings.some((f: { severity: string }) => f.severity === 'error')).toBe(true);
    expect(code).toBe(1);
    const validate = validator();
    for (const r of results) expect(validate(r) ? [] : validate.errors).toEqual([]);
  });

  it('gives the same lines for a file argument, - and -o', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-stream-'));
    const input = jsonl({ id: 'a', text: interleaved }, { id: 'b', text: english });
    writeFileSync(join(dir, 'in.jsonl'), input);
    const fromStdin = await cli(['--stream', '-', '--fail-on', 'never'], { stdin: input });
    const fromFile = await cli(['--stream', join(dir, 'in.jsonl'), '--fail-on', 'never']);
    const positional = await cli(['--stream', '--fail-on', 'never', join(dir, 'in.jsonl')]);
    const toFile = await cli(['--stream', join(dir, 'in.jsonl'), '-o', join(dir, 'out.jsonl'), '--fail-on', 'never']);
    expect(fromStdin.code).toBe(0);
    expect(fromFile.stdout).toBe(fromStdin.stdout);
    expect(positional.stdout).toBe(fromStdin.stdout);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(fromStdin.stdout);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a malformed line in place, goes on, and exits 2 at the end', async () => {
    const input = jsonl(
      { id: 'ok-1', text: english },
      '{"id": "broken", "text": ',
      { text: 'no id here' },
      { id: 'both', text: 'x', en: 'y', zh: 'z' },
      { id: 'half', en: 'only English' },
      { id: 'wrong', text: 42 },
      '[1, 2]',
      '',
      { id: 7, text: chinese },
    );
    const { code, stdout, stderr } = await cli(['--stream', '--fail-on', 'never'], { stdin: input });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^align: 6 input lines could not be aligned/);
    const lines = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(8);
    expect(lines[0].path).toBe('ok-1');
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^not JSON/) });
    expect(lines[1].id).toBeUndefined();
    expect(lines[2]).toEqual({ line: 3, error: 'no "id"' });
    expect(lines[3]).toMatchObject({ id: 'both', line: 4 });
    expect(lines[4]).toMatchObject({ id: 'half', line: 5 });
    expect(lines[5]).toMatchObject({ id: 'wrong', line: 6 });
    expect(lines[6]).toMatchObject({ line: 7, error: 'not a JSON object' });
    // The blank line 8 gives nothing; a numeric id is read as its digits.
    expect(lines[7].path).toBe('7');
    const validate = validator();
    for (const l of lines) expect(validate(l) ? [] : validate.errors).toEqual([]);
  });

  it('writes with -f jsonl the corpus export of each document: a line a pair, errors in place', async () => {
    const lone = 'Only an English line here.';
    const input = jsonl({ id: 'doc-1', text: interleaved }, 'not json', { id: 'doc-2', text: lone }, { id: 'doc-3', en: english, zh: chinese }, { id: 'doc-4', text: slipped });
    const { code, stdout } = await cli(['--stream', '-f', 'jsonl'], { stdin: input });
    const expected = formatJsonl([align(interleaved, { path: 'doc-1' })])
      + '{"line":2,"error":"not JSON: Unexpected token \'o\', \\"not json\\" is not valid JSON"}\n'
      + formatJsonl([{ ...alignFiles({ text: english, path: 'en' }, { text: chinese, path: 'zh' }), path: 'doc-3' }])
      + formatJsonl([align(slipped, { path: 'doc-4' })]);
    expect(stdout).toBe(expected);
    // doc-2 has no pair with both sides: no line at all.
    expect(stdout).not.toContain('doc-2');
    expect(code).toBe(2);
    const fine = jsonl({ id: 'doc-1', text: interleaved }, { id: 'doc-4', text: slipped });
    const checked = await cli(['--stream', '-f', 'jsonl', '--sentences'], { stdin: fine });
    expect(checked.code).toBe(1); // the slipped figure is an error
    // No exit code riding on findings: pairs alone are worked out, the same lines written.
    const bare = await cli(['--stream', '-f', 'jsonl', '--sentences', '--fail-on', 'never'], { stdin: fine });
    expect(bare).toEqual({ code: 0, stdout: checked.stdout, stderr: '' });
    const threads = await cli(['--stream', '-f', 'jsonl', '--sentences', '--fail-on', 'never', '--jobs', '2'], { stdin: fine });
    expect(threads.stdout).toBe(checked.stdout);
    expect(checked.stdout).toBe(formatJsonl([align(interleaved, { path: 'doc-1' }), align(slipped, { path: 'doc-4' })], { sentences: true }));
  });

  it('refuses options that do not fit a stream, in one line', async () => {
    for (const argv of [['--stream', '--json'], ['--stream', '-f', 'tsv'], ['--stream', '-f', 'tmx'], ['--stream', '-f', 'json'], ['--stream', '--en', 'a', '--zh', 'b'], ['--stream', 'a', 'b']]) {
      const { code, stderr } = await cli(argv, { stdin: '' });
      expect(code).toBe(2);
      expect(stderr).toMatch(/^align: .*\n$/);
    }
    const missing = await cli(['--stream', 'no-such-file.jsonl']);
    expect(missing).toMatchObject({ code: 2, stderr: 'align: cannot read no-such-file.jsonl: no such file\n' });
    const folder = mkdtempSync(join(tmpdir(), 'align-stream-'));
    expect(await cli(['--stream', folder])).toMatchObject({ code: 2, stderr: `align: cannot read ${folder}: is a directory\n` });
    rmSync(folder, { recursive: true, force: true });
  });

  it('splits lines across chunk boundaries, with CRLF and without a last newline', async () => {
    const text = '{"id":"x","text":"a"}\r\n{"id":"y","text":"b"}\n{"id":"z","text":"c"}';
    const bytes = Buffer.from(text);
    async function* chunks() { for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5); }
    const got: string[] = [];
    for await (const { line, bytes: b } of readLines(chunks())) got.push(`${line}:${b.toString()}`);
    expect(got).toEqual(['1:{"id":"x","text":"a"}', '2:{"id":"y","text":"b"}', '3:{"id":"z","text":"c"}']);
    expect(parseLine(1, Buffer.from([0x7b, 0xff, 0x7d]))).toEqual({ line: 1, error: 'not UTF-8' });
  });

  it('the pieces of the JSON writer make the same bytes as the one-string formatter', () => {
    const results = [align(fixture('chengdu-software-2024.txt'), { path: 'seed.txt' }), align('', { path: 'empty.txt' })];
    expect([...jsonPieces(results)].join('')).toBe(formatJson(results));
    expect([...jsonPieces([])].join('')).toBe(formatJson([]));
  });
});
