import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { align, alignFiles } from '../index.js';
import { rules as ruleList } from '../pipeline/check.js';
import { CORPUS_FORMATS, format, FORMATS, type FormatName } from '../format/index.js';
import { htmlPieces } from '../format/html.js';
import { sarifPieces } from '../format/ci.js';
import type { Style } from '../format/style.js';
import type { AlignOptions, FileResult, RuleSetting, Severity, SplitMode } from '../types.js';
import { glossaryPath, loadConfig, loadGlossary, mergeRules, normalizeRules, ruleSetting, type RuleShorthand } from './config.js';
import { UsageError } from './errors.js';
import { readInput, strayNote, type Input, type ReadOptions } from './read.js';
import { normalizeReferenceDate } from '../pipeline/dateline.js';
import { atOrAbove } from '../severity.js';
import type { StreamOutput } from './stream.js';
import type { WorkerKind, WorkerStart } from './jobs.js';
import type { ExtractPool } from './extract-pool.js';

export { directOutput, writesDirectly } from './output.js';

/**
 * Serves a worker thread of `--jobs` (`jobs`), of `--stream --jobs` (`stream`) or of a long text's
 * extraction (`extract`) from the bundle the main thread runs: `bin/align-worker.js` compiles it
 * with the main thread's code cache and calls this, so a worker does not load and compile the
 * hundred modules of `dist/` on its own.
 */
export async function serveWorker(kind: WorkerKind): Promise<void> {
  await (kind === 'jobs' ? import('./jobs-worker.js') : kind === 'stream' ? import('./stream-worker.js') : import('./extract-worker.js'));
}

/** The streams and environment the CLI works with (injected, so tests run it in-process). */
export interface Io {
  /** `write` may return false when the stream is full; then `once('drain')` waits (a Node stream's backpressure). */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  cwd: string;
  /** How a worker thread of `--jobs` starts, when not from the compiled worker modules (`bin/align-worker.js`). */
  worker?: WorkerStart;
}

const VERSION = '0.1.0';

interface CliOptions {
  en?: string;
  zh?: string;
  format: FormatName;
  json?: boolean;
  output?: string;
  failOn?: Severity | 'never';
  split?: SplitMode;
  minScore?: number;
  sentences?: boolean;
  entities: boolean;
  lexicon: boolean;
  deepEntities?: boolean;
  glossary?: string;
  config?: string;
  rule: string[];
  year?: number;
  date?: string;
  only?: Severity;
  maxLines?: number;
  color?: boolean;
  debug?: boolean;
  listRules?: boolean;
  stream?: string | boolean;
  jobs?: number;
  encoding?: string;
}

/**
 * Runs the command line: reads the inputs, aligns them, writes the chosen format and
 * returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage or input error).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes('--debug');
  try {
    return await execute(argv, io);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      io.stderr.write(`align: ${error.message.replace(/^error: /, '')}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`align: ${error.message}\n`);
      if (debug) io.stderr.write(`${error.stack}\n`);
      return 2;
    }
    io.stderr.write(`align: internal error: ${(error as Partial<Error>).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack}\n`);
    return 2;
  }
}

function program(io: Io): Command {
  const number = (name: string) => (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new UsageError(`${name} takes a number, not "${value}"`);
    return n;
  };
  return new Command()
    .name('align')
    .description('Pair English and Chinese paragraphs, extract their facts and report where the translation disagrees.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'bilingual text files; - reads standard input')
    .option('--en <file>', 'English file of a two-file pair (with --zh)')
    .option('--zh <file>', 'Chinese file of a two-file pair (with --en)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('table'))
    .option('--json', 'alias for --format json')
    .option('-o, --output <file>', 'write the output to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity').choices(['error', 'warning', 'info', 'never']))
    .addOption(new Option('--split <mode>', 'how blocks are cut: auto, blank lines, or one per line').choices(['auto', 'blank', 'line']))
    .option('--min-score <score>', 'hide (table) or leave out (exports) pairs scored below this', number('--min-score'))
    .option('--sentences', 'exports (tsv, jsonl, tmx) write aligned sentences instead of paragraphs')
    .option('--no-lexicon', 'run without the CC-CEDICT lexicon (sentences and line files aligned by length and numbers only)')
    .option('--no-entities', 'skip people, places and organizations (no entity-mismatch)')
    .option('--deep-entities', 'also ask segmentit and compromise for names (a few more names, about 1 s more to start)')
    .option('--glossary <file>', 'terms that must be translated as given: en<TAB>zh a line (.tsv) or en,zh (.csv)')
    .option('--encoding <name>', 'input encoding instead of guessing: utf-8, gb18030, big5, utf-16le, utf-16be')
    .option('--config <file>', 'config file (default: nearest .alignrc.json or package.json "align" key)')
    .option('--rule <id=setting>', 'rule setting: off, error, warning or info (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--year <yyyy>', 'year for dates written without one (default: the dateline\'s)', number('--year'))
    .option('--date <yyyy-mm-dd>', 'the day the text speaks from, for yesterday, on Sunday, 去年… (default: the dateline\'s)')
    .addOption(new Option('--only <severity>', 'table: show only pairs with findings at or above this severity').choices(['error', 'warning', 'info']))
    .option('--max-lines <n>', 'table: lines of text shown per side', number('--max-lines'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .option('--stream [file]', 'JSON Lines in ({"id","text"} or {"id","en","zh"} a line, - or no file for standard input), one result line out per document, in order (-f jsonl: a line a pair)')
    .option('--jobs <n>', 'align several files, or --stream documents, on n worker threads; a text of a million characters or more reads its facts on n-1 helper threads (default: one a core); output as with 1', number('--jobs'))
    .option('--list-rules', 'list the rules with their default severity and exit')
    .option('--debug', 'show stack traces')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => { io.stdout.write(s); },
      writeErr: () => { /* reported by run() as one line */ },
    })
    .showSuggestionAfterError(true);
}

async function execute(argv: readonly string[], io: Io): Promise<number> {
  const cmd = program(io);
  cmd.parse([...argv], { from: 'user' });
  const opts = cmd.opts<CliOptions>();
  const files = cmd.args;

  if (opts.listRules) {
    for (const r of ruleList) io.stdout.write(`${r.id.padEnd(20)} ${r.severity.padEnd(8)} ${r.description}\n`);
    return 0;
  }
  const streaming = opts.stream !== undefined && opts.stream !== false;
  if (streaming) {
    if (opts.en || opts.zh) throw new UsageError('--stream reads {"id","en","zh"} lines; it takes no --en/--zh');
    if (typeof opts.stream === 'string' && files.length) throw new UsageError('--stream reads one input');
    if (files.length > 1) throw new UsageError('--stream reads one input');
    if (opts.json || (cmd.getOptionValueSource('format') === 'cli' && opts.format !== 'jsonl')) {
      throw new UsageError('--stream writes JSON Lines: the JSON contract a document, or with -f jsonl a line a pair; it takes no other --format, nor --json');
    }
  }
  if (opts.jobs !== undefined && (!Number.isInteger(opts.jobs) || opts.jobs < 1)) throw new UsageError(`--jobs takes a whole number of 1 or more, not "${opts.jobs}"`);
  if ((opts.en === undefined) !== (opts.zh === undefined)) throw new UsageError('--en and --zh go together');
  if (opts.en && files.length) throw new UsageError('give either files or --en/--zh, not both');
  if (!streaming && !opts.en && !files.length) throw new UsageError('no input: name a file, - for standard input, or --en FILE --zh FILE (see --help)');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  if (opts.date !== undefined && normalizeReferenceDate(opts.date) === undefined) throw new UsageError(`--date takes an ISO 8601 date such as 2021-01-26, not "${opts.date}"`);
  const loaded = loadConfig(io.cwd, opts.config);
  const { config } = loaded;
  const rules = mergeRules(normalizeRules(config.rules), parseRuleFlags(opts.rule));
  const known = new Set(ruleList.map((r) => r.id));
  for (const id of Object.keys(rules)) if (!known.has(id)) throw new UsageError(`unknown rule "${id}" (see --list-rules)`);
  const glossaryFile = glossaryPath(io.cwd, opts.glossary, loaded);
  const failOn = opts.failOn ?? config.failOn ?? 'error';
  const name: FormatName = opts.json ? 'json' : opts.format;
  // A corpus export writes pairs alone: when no exit code rides on findings either, the facts and
  // the checks are not worked out, nor the sentences unless they are written.
  const pairsOnly = CORPUS_FORMATS.has(name) && failOn === 'never';
  const options: AlignOptions = {
    split: opts.split ?? config.split,
    referenceYear: opts.year,
    referenceDate: opts.date,
    entities: opts.entities ? (opts.deepEntities ? 'deep' : config.entities) : false,
    rules,
    lexicon: opts.lexicon,
    glossary: glossaryFile ? loadGlossary(glossaryFile) : undefined,
    ...(pairsOnly ? { facts: false, ...(opts.sentences ? {} : { sentences: false }) } : {}),
  };
  const fails = (result: FileResult): boolean =>
    failOn !== 'never' && result.findings.some((f) => atOrAbove(f.severity, failOn));

  if (streaming) {
    const input = typeof opts.stream === 'string' ? opts.stream : files[0] ?? '-';
    const output = name === 'jsonl' ? { format: 'jsonl' as const, corpus: { minScore: opts.minScore, sentences: opts.sentences } } : {};
    return stream(input, options, { fails, failOn, jobs: opts.jobs ?? 1 }, output, opts.output === undefined ? undefined : resolve(io.cwd, opts.output), io);
  }

  const results = await alignInputs(files, opts, options, io);

  for (const result of results) {
    const langs = new Set(result.blocks.map((b) => b.lang).filter((l) => l !== 'und'));
    if (langs.size === 1 && !opts.en) {
      const only = langs.has('en') ? 'English' : 'Chinese';
      io.stderr.write(`align: ${result.path} holds only ${only} blocks; for a translation in another file use --en FILE --zh FILE\n`);
    }
  }

  // JSON, HTML and SARIF, whose output runs many times the input, are written a piece at a time.
  const pieces: Iterable<string> = name === 'json'
    ? (await import('./stream-json.js')).jsonPieces(results)
    : name === 'html' ? htmlPieces(results, { onlyFindings: opts.only })
      : name === 'sarif' ? sarifPieces(results) : [format(name, results, {
      columns: io.stdout.columns,
      style: opts.output ? undefined : await style(opts.color, io),
      minScore: opts.minScore,
      sentences: opts.sentences,
      maxLines: opts.maxLines,
      onlyFindings: opts.only,
    })];
  await writeOut(pieces, opts.output === undefined ? undefined : resolve(io.cwd, opts.output), io);
  return results.some(fails) ? 1 : 0;
}

/**
 * Texts of at least this many characters have their candidates read on worker threads too
 * (`extract-pool.ts`). A helper starts cold (its own copy of the bundle, the lexicon, the
 * extractors run first in V8's interpreter) and pays off only once the text is long: paired with
 * one thread on two cores, the seed repeated to 170,000 characters took 1.09x the wall time,
 * to 600,000 characters (1 MB) 1.03x, to 2.3 million (3 MB) 0.91x, to 7.6 million (10 MB) 0.78x.
 */
const PARALLEL_CHARS = 1024 * 1024;

/**
 * Aligns the inputs of a run that is no stream: the two files of `--en`/`--zh`, or each file
 * named, in turn or (`--jobs`) a file a worker thread. A long text's candidates are read on
 * worker threads as well (one fewer than `--jobs`, by default than the machine's cores) while
 * this thread pairs its blocks: the same result as one thread's.
 */
async function alignInputs(files: readonly string[], opts: CliOptions, options: AlignOptions, io: Io): Promise<FileResult[]> {
  const read = { cwd: io.cwd, encoding: opts.encoding };
  if (!opts.en && opts.jobs !== undefined && opts.jobs > 1 && files.length > 1) {
    const { alignInWorkers } = await import('./jobs.js');
    const texts = new Map<string, string>();
    if (files.includes('-')) texts.set('-', (await readNoted('-', read, io)).text);
    const results: FileResult[] = [];
    for (const { result, note } of await alignInWorkers(files, texts, options, opts.jobs, io.worker, read)) {
      if (note) io.stderr.write(note);
      results.push(result);
    }
    return results;
  }
  let pool: ExtractPool | undefined;
  const optionsFor = async (chars: number, more: AlignOptions): Promise<AlignOptions> => {
    // Node's os module is loaded only for a long text (a short run loads nothing it does not use).
    const helpers = chars < PARALLEL_CHARS || options.facts === false ? 0 : (opts.jobs ?? (await import('node:os')).availableParallelism()) - 1;
    if (helpers < 1) {
      if (opts.jobs !== undefined && opts.jobs > 1 && files.length < 2) {
        io.stderr.write('align: --jobs helps with several files, --stream or a long text whose facts are read; this run uses one thread\n');
      }
      return { ...options, ...more };
    }
    pool ??= await (await import('./extract-pool.js')).extractPool(helpers, io.worker);
    return { ...options, ...more, extractor: pool.extractor };
  };
  let noted = 0;
  // Under --debug: who read the candidates of a long text.
  const noteChunks = (path: string): void => {
    const count = pool?.lastCount();
    if (count === undefined || count.text === noted) return;
    noted = count.text;
    io.stderr.write(`align: ${path}: candidates read in ${count.chunks} chunks, ${count.byHelpers} of them on helper threads\n`);
  };
  try {
    if (opts.en && opts.zh) {
      const [en, zh] = [await readNoted(opts.en, read, io), await readNoted(opts.zh, read, io)];
      const result = alignFiles(en, zh, await optionsFor(en.text.length + zh.text.length, {}));
      if (opts.debug) noteChunks(result.path);
      return [result];
    }
    const results: FileResult[] = [];
    for (const file of files) {
      const input = await readNoted(file, read, io);
      results.push(align(input.text, await optionsFor(input.text.length, { path: file })));
      if (opts.debug) noteChunks(file);
    }
    return results;
  } finally {
    await pool?.close();
  }
}

/** `--stream`: JSON Lines in, one result line out per document (or a line a pair, by `written`); exit 2 if a line was malformed. */
async function stream(
  input: string,
  options: AlignOptions,
  exit: { fails: (result: FileResult) => boolean; failOn: Severity | 'never'; jobs: number },
  written: StreamOutput,
  output: string | undefined,
  io: Io,
): Promise<number> {
  const { runStream, runStreamInWorkers } = await import('./stream.js');
  let source: AsyncIterable<Uint8Array | string> = io.stdin;
  if (input !== '-') {
    const { createReadStream } = await import('node:fs');
    const { open } = await import('node:fs/promises');
    try {
      const handle = await open(resolve(io.cwd, input), 'r');
      const directory = (await handle.stat()).isDirectory();
      await handle.close();
      if (directory) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    } catch (error) {
      throw new UsageError(`cannot read ${input}: ${readError(error)}`);
    }
    source = createReadStream(resolve(io.cwd, input), { highWaterMark: 1 << 16 });
  }
  const sink = output ? await openFile(output) : undefined;
  const write = sink ? sink.write : (text: string) => writeTo(io.stdout, text);
  const totals = exit.jobs > 1
    ? await runStreamInWorkers(source, options, exit.failOn, exit.jobs, write, written, io.worker)
    : await runStream(source, options, { align, alignFiles }, write, exit.fails, written);
  if (sink) await sink.close();
  if (totals.malformed > 0) {
    io.stderr.write(`align: ${totals.malformed} input line${totals.malformed === 1 ? '' : 's'} could not be aligned (see their "error")\n`);
    return 2;
  }
  return totals.failing ? 1 : 0;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
}

/** Reads an input (`readInput`) and tells on standard error of its stray bytes, if it had any (`strayNote`). */
async function readNoted(path: string, read: ReadOptions, io: Io): Promise<Input> {
  const input = await readInput(path, io.stdin, read);
  const note = strayNote(input);
  if (note) io.stderr.write(note);
  return input;
}

/** Writes to a stream, waiting for it to drain when it is full. */
function writeTo(target: Io['stdout'], text: string): Promise<void> | void {
  if (target.write(text) === false && target.once) {
    return new Promise((resolve) => { target.once!('drain', resolve); });
  }
}

/** A file to write output to, with backpressure; errors become one-line usage errors. */
async function openFile(path: string): Promise<{ write: (text: string) => Promise<void> | void; close: () => Promise<void> }> {
  const file = createWriteStream(path);
  let failure: Error | undefined;
  file.on('error', (error) => { failure = error; });
  await new Promise<void>((resolve) => {
    file.once('open', () => { resolve(); });
    file.once('error', () => { resolve(); });
  });
  const check = (): void => {
    if (failure) throw new UsageError(`cannot write ${path}: ${(failure as NodeJS.ErrnoException).code ?? failure.message}`);
  };
  check();
  return {
    write(text) {
      check();
      if (!file.write(text)) {
        return new Promise<void>((resolve) => {
          const done = (): void => {
            file.off('drain', done);
            file.off('error', done);
            resolve();
          };
          file.on('drain', done);
          file.on('error', done);
        }).then(check);
      }
    },
    async close() {
      await new Promise<void>((resolve) => { file.end(resolve); });
      check();
    },
  };
}

/** Writes the output pieces to `-o FILE` or standard output, in chunks, with backpressure. */
async function writeOut(pieces: Iterable<string>, output: string | undefined, io: Io): Promise<void> {
  const { chunked } = await import('./stream-json.js');
  if (output) {
    // A failure to open (a missing folder) is a usage error, as it was with one write.
    try {
      // Loaded here: a run that writes to standard output does not load `fs/promises`.
      const { writeFile } = await import('node:fs/promises');
      await writeFile(output, '');
    } catch (error) {
      throw new UsageError(`cannot write ${output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const sink = await openFile(output);
    for (const chunk of chunked(pieces)) await sink.write(chunk);
    await sink.close();
    return;
  }
  for (const chunk of chunked(pieces)) await writeTo(io.stdout, chunk);
}

function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const match = /^([a-z][a-z0-9-]*)=(off|on|error|warning|info)$/.exec(flag.trim());
    if (!match) throw new UsageError(`--rule takes id=off|on|error|warning|info, not "${flag}"`);
    const [, id, setting] = match as unknown as [string, string, RuleShorthand];
    out[id] = ruleSetting(setting);
  }
  return out;
}

/** Colour when asked, else as NO_COLOR / FORCE_COLOR / the terminal say (chalk loads only then). */
async function style(flag: boolean | undefined, io: Io): Promise<Style | undefined> {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') on = true;
  else if (io.env.NO_COLOR) on = false;
  else on = io.stdout.isTTY === true && io.env.TERM !== 'dumb';
  if (!on) return undefined;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, blue: c.blue };
}
