import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schema/align-output.schema.json' with { type: 'json' };
import { cli, fixture, fixturePath } from '../helpers.js';
import { encodeBig5 } from './big5.js';

const SEED = fixturePath('chengdu-software-2024.txt');

/** Folders the tests write in, removed when the file is done. */
const scratchDirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-'));
  scratchDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

describe('align CLI on the seed article', () => {
  it('prints the pairs side by side with a one-line summary and exits 0', async () => {
    const { code, stdout, stderr } = await cli([SEED]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('On January 10-11th');
    expect(stdout).toMatch(/1月11日/);
    expect(stdout).toMatch(/29 blocks, 13 pairs, 3 unpaired, 0 errors, \d+ warnings?, \d+ info/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('prints JSON that the published schema accepts', async () => {
    const { code, stdout } = await cli([SEED, '--json']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate.errors ?? validate(output) ? [] : validate.errors).toEqual([]);
    expect(output.version).toBe(1);
    const file = output.files[0];
    expect(file.summary).toMatchObject({ blocks: 29, pairs: 13, unpaired: 3 });
    const dateFinding = file.findings.find((f: { ruleId: string }) => f.ruleId === 'date-mismatch');
    expect(dateFinding).toMatchObject({ severity: 'warning', line: 7 });
  });

  it('fails the build on a warning with --fail-on warning', async () => {
    expect((await cli([SEED, '--fail-on', 'warning', '-f', 'json'])).code).toBe(1);
    expect((await cli([SEED, '--fail-on', 'never', '-f', 'json'])).code).toBe(0);
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await cli(['-', '--json'], { stdin: fixture('chengdu-software-2024.txt') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files[0]).toMatchObject({ path: '-', summary: { pairs: 13 } });
  });

  it('accepts a UTF-8 BOM and GB18030 bytes', async () => {
    const bom = await cli(['-', '--json'], { stdin: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello there, friend.\n\n你好，朋友。\n')]) });
    expect(JSON.parse(bom.stdout).files[0].blocks.map((b: { lang: string }) => b.lang)).toEqual(['en', 'zh']);
    const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3]); // 你好 in GBK
    const res = await cli(['-', '--json'], { stdin: gbk });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).files[0].blocks[0].text).toBe('你好');
  });

  it('takes several files in one call', async () => {
    const { stdout } = await cli([SEED, SEED, '--json']);
    expect(JSON.parse(stdout).files).toHaveLength(2);
  });
});

describe('align CLI output formats', () => {
  it.each([
    ['sarif', (s: string) => expect(JSON.parse(s).runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'date-mismatch')).toBe(true)],
    ['junit', (s: string) => expect(s).toMatch(/<testsuite name="[^"]*" tests="15" failures="1"/)],
    ['github', (s: string) => expect(s).toMatch(/^::warning file=.*,line=7,col=\d+,title=date-mismatch::/m)],
    ['tsv', (s: string) => expect(s.trimEnd().split('\n')).toHaveLength(13)],
    ['jsonl', (s: string) => expect(s.trimEnd().split('\n').map((l) => JSON.parse(l).pair)).toHaveLength(13)],
    ['tmx', (s: string) => expect(s.match(/<tu /g)).toHaveLength(13)],
  ])('%s', async (name, expectation) => {
    const { code, stdout } = await cli([SEED, '-f', name]);
    expect(code).toBe(0);
    expectation(stdout);
  });

  it('writes to a file with -o', async () => {
    const dir = scratch();
    const out = join(dir, 'out.json');
    const { code, stdout } = await cli([SEED, '--json', '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(out, 'utf8')).files[0].summary.pairs).toBe(13);
  });

  it('reports an -o it cannot write in one line, exit code 2, for a document and for a stream', async () => {
    const dir = scratch();
    const missing = join(dir, 'no-such-folder', 'out.json');
    for (const args of [[SEED, '--json', '-o', missing], ['--stream', '-', '-o', missing], [SEED, '-o', dir]]) {
      const { code, stdout, stderr } = await cli(args, { stdin: '' });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^align: cannot write .*: (ENOENT|EISDIR)\n$/);
    }
  });
});

describe('align CLI colour', () => {
  it('colours on a TTY, not with NO_COLOR, always with FORCE_COLOR or --color', async () => {
    expect((await cli([SEED], { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await cli([SEED], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await cli([SEED], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await cli([SEED, '--color'])).stdout).toMatch(/\u001b\[/);
    expect((await cli([SEED, '--no-color'], { tty: true })).stdout).not.toMatch(/\u001b\[/);
  });
});

describe('align CLI errors: one line on stderr, exit 2', () => {
  const dir = scratch();
  const binary = join(dir, 'binary.bin');
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255]));
  it.each([
    [['no-such-file.txt'], /cannot read no-such-file.txt: no such file/],
    [[], /no input/],
    [[SEED, '--format', 'pdf'], /format/],
    [[SEED, '--bogus'], /unknown option/],
    [[SEED, '--fail-on', 'fatal'], /fail-on/],
    [['--en', SEED], /--en and --zh go together/],
    [[SEED, '--rule', 'no-such-rule=off'], /unknown rule "no-such-rule"/],
    [[SEED, '--min-score', 'high'], /--min-score takes a number/],
    [[binary], /looks binary/],
    [[dir], /is a directory/],
  ])('%j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe('');
  });

  it('prints help and the version with exit 0', async () => {
    expect(await cli(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('--fail-on') });
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });
});

describe('align CLI configuration', () => {
  it('reads .alignrc.json, and the command line wins over it', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '.alignrc.json'), JSON.stringify({ failOn: 'warning', rules: { 'date-mismatch': 'off' } }));
    const ruleIds = (stdout: string) => JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    const fromFile = await cli([SEED, '--json'], { cwd: dir });
    expect(ruleIds(fromFile.stdout)).not.toContain('date-mismatch');
    expect(fromFile.code).toBe(0);
    const overridden = await cli([SEED, '--json', '--rule', 'date-mismatch=on'], { cwd: dir });
    expect(ruleIds(overridden.stdout)).toContain('date-mismatch');
    expect(overridden.code).toBe(1);
    expect((await cli([SEED, '--json', '--rule', 'date-mismatch=on', '--fail-on', 'error'], { cwd: dir })).code).toBe(0);
  });

  it('keeps what the config file says of a rule that the command line leaves unsaid', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '.alignrc.json'), JSON.stringify({ rules: { 'date-mismatch': { enabled: false, severity: 'warning' } } }));
    const { stdout } = await cli([SEED, '--json', '--rule', 'date-mismatch=on'], { cwd: dir });
    const finding = JSON.parse(stdout).files[0].findings.find((f: { ruleId: string }) => f.ruleId === 'date-mismatch');
    expect(finding.severity).toBe('info');
  });

  it('reads the align key of package.json', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', align: { failOn: 'warning' } }));
    expect((await cli([SEED, '-f', 'json'], { cwd: dir })).code).toBe(1);
  });

  it('rejects a broken config with one line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '.alignrc.json'), '{ rules: ');
    const res = await cli([SEED], { cwd: dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/not valid JSON/);
  });
});

describe('align CLI on a translation held in two files', () => {
  it('pairs --en with --zh, and findings point into the right file', async () => {
    const { code, stdout } = await cli([
      '--en', fixturePath('chengdu-software-2024.en.txt'),
      '--zh', fixturePath('chengdu-software-2024.zh.txt'), '--json', '--no-entities',
    ]);
    expect(code).toBe(0);
    const file = JSON.parse(stdout).files[0];
    expect(file.summary).toMatchObject({ blocks: 29, pairs: 13, unpaired: 3 });
    const finding = file.findings.find((f: { ruleId: string }) => f.ruleId === 'date-mismatch');
    expect(finding.locations.en.path).toMatch(/\.en\.txt$/);
    expect(finding.locations.zh.path).toMatch(/\.zh\.txt$/);
    const zhBlock = file.blocks.find((b: { lang: string }) => b.lang === 'zh');
    expect(zhBlock.source).toMatch(/\.zh\.txt$/);
    expect(zhBlock.line).toBe(1);
  });
});

describe('align CLI glossary and exports', () => {
  it('flags an English glossary term whose required Chinese is absent', async () => {
    const dir = scratch();
    const terms = join(dir, 'terms.tsv');
    writeFileSync(terms, 'en\tzh\nOpen Atom Open Source Foundation\t开放原子开源基金会\nRUSSOFT\t俄软协\n');
    const { stdout } = await cli([SEED, '--json', '--glossary', terms]);
    const findings = JSON.parse(stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'glossary');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f: { message: string }) => f.message.includes('RUSSOFT'))).toBe(true);
  });

  it('exports sentence pairs with --sentences', async () => {
    const paragraphs = (await cli([SEED, '-f', 'tsv'])).stdout.trimEnd().split('\n');
    const sentences = (await cli([SEED, '-f', 'tsv', '--sentences'])).stdout.trimEnd().split('\n');
    expect(sentences.length).toBeGreaterThan(paragraphs.length);
    expect(sentences.every((l) => l.split('\t').length === 2)).toBe(true);
  });
});

describe('align CLI on a file in one language', () => {
  it('says on stderr that there is nothing to pair and how to give the other file', async () => {
    const { code, stderr } = await cli([fixturePath('chengdu-software-2024.en.txt'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/holds only English blocks; for a translation in another file use --en FILE --zh FILE/);
  });
});

describe('align CLI configuration, found and resolved as users expect', () => {
  const ruleIds = (stdout: string): string[] => JSON.parse(stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);

  it('finds .alignrc.json in a folder above the working folder, and reads its glossary beside it', async () => {
    const root = scratch();
    mkdirSync(join(root, 'config'));
    mkdirSync(join(root, 'articles', 'march'), { recursive: true });
    writeFileSync(join(root, 'config', 'terms.tsv'), 'RUSSOFT\t俄软协\n');
    writeFileSync(join(root, '.alignrc.json'), JSON.stringify({ glossary: 'config/terms.tsv' }));
    const { code, stdout, stderr } = await cli([SEED, '--json'], { cwd: join(root, 'articles', 'march') });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ruleIds(stdout)).toContain('glossary');
  });

  it('reads a --config file\'s glossary relative to that file, and --glossary relative to the working folder', async () => {
    const root = scratch();
    mkdirSync(join(root, 'settings'));
    writeFileSync(join(root, 'settings', 'terms.tsv'), 'RUSSOFT\t俄软协\n');
    writeFileSync(join(root, 'settings', 'strict.json'), JSON.stringify({ glossary: 'terms.tsv' }));
    expect(ruleIds((await cli([SEED, '--json', '--config', 'settings/strict.json'], { cwd: root })).stdout)).toContain('glossary');
    expect(ruleIds((await cli([SEED, '--json', '--glossary', 'settings/terms.tsv'], { cwd: root })).stdout)).toContain('glossary');
  });

  it('takes "on" in the file as on the command line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '.alignrc.json'), JSON.stringify({ rules: { 'date-mismatch': 'on', 'length-ratio': 'off' } }));
    const { code, stdout, stderr } = await cli([SEED, '--json'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(ruleIds(stdout)).toContain('date-mismatch');
  });

  it('rejects a rule setting it does not know, naming "on" among the choices', async () => {
    const dir = scratch();
    writeFileSync(join(dir, '.alignrc.json'), JSON.stringify({ rules: { 'date-mismatch': 'loud' } }));
    const { code, stderr } = await cli([SEED], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toMatch(/rule date-mismatch must be off, on, error, warning, info or an object/);
  });

  it('reads inputs and writes -o relative to the working folder it is given', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'note.txt'), 'The plant employs 1,200 people.\n\n该厂雇用1200人。\n');
    const { code, stdout, stderr } = await cli(['note.txt', '--json', '-o', 'out.json'], { cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(written.files[0]).toMatchObject({ path: 'note.txt', summary: { pairs: 1 } });
  });
});

describe('align CLI encodings', () => {
  const EN = 'Taipei reported 4,300 new jobs in the third quarter.';
  const ZH_TRADITIONAL = '臺北市第三季新增四千三百個工作機會，市府表示將繼續推動產業轉型與國際合作。';

  it('detects Big5 and never reads it as GBK', async () => {
    const big5 = Buffer.concat([Buffer.from(`${EN}\n\n`), encodeBig5(ZH_TRADITIONAL), Buffer.from('\n')]);
    const { code, stdout } = await cli(['-', '--json'], { stdin: big5 });
    expect(code).toBe(0);
    const blocks = JSON.parse(stdout).files[0].blocks.map((b: { text: string }) => b.text);
    expect(blocks).toEqual([EN, ZH_TRADITIONAL]);
  });

  it('decodes as told with --encoding, and refuses an unknown name', async () => {
    const big5 = Buffer.concat([encodeBig5('臺灣'), Buffer.from('\n')]);
    const told = await cli(['-', '--json', '--encoding', 'big5'], { stdin: big5 });
    expect(JSON.parse(told.stdout).files[0].blocks[0].text).toBe('臺灣');
    const wrong = await cli(['-', '--encoding', 'ebcdic'], { stdin: big5 });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown encoding "ebcdic"/);
  });

  it('reads UTF-16 without a BOM', async () => {
    const text = 'Output rose 4.3%.\n\n产量增长4.3%。\n';
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const { code, stdout } = await cli(['-', '--json'], { stdin: bytes });
      expect(code).toBe(0);
      expect(JSON.parse(stdout).files[0].blocks.map((b: { lang: string }) => b.lang)).toEqual(['en', 'zh']);
    }
  });

  it('says there is nothing to align in an empty input', async () => {
    const { code, stdout } = await cli(['-'], { stdin: '' });
    expect(code).toBe(0);
    expect(stdout).toContain('nothing to align');
  });
});
