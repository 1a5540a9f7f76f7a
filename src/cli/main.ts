import { writeFile } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { Chalk } from 'chalk';
import { align, alignFiles } from '../index.js';
import { rules as ruleList } from '../pipeline/check.js';
import { format, FORMATS, type FormatName } from '../format/index.js';
import type { Style } from '../format/style.js';
import type { AlignOptions, FileResult, RuleSetting, Severity, SplitMode } from '../types.js';
import { loadConfig, loadGlossary, mergeRules, normalizeRules, ruleSetting, type RuleShorthand } from './config.js';
import { UsageError } from './errors.js';
import { readInput } from './read.js';
import { atOrAbove } from '../severity.js';

/** The streams and environment the CLI works with (injected, so tests run it in-process). */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  cwd: string;
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
  deepEntities?: boolean;
  glossary?: string;
  config?: string;
  rule: string[];
  year?: number;
  only?: Severity;
  maxLines?: number;
  color?: boolean;
  debug?: boolean;
  listRules?: boolean;
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
    io.stderr.write(`align: internal error: ${error instanceof Error ? error.message : String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
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
    .option('--no-entities', 'skip people, places and organizations (no entity-mismatch)')
    .option('--deep-entities', 'also ask segmentit and compromise for names (a few more names, about 1 s more to start)')
    .option('--glossary <file>', 'terms that must be translated as given: en<TAB>zh a line (.tsv) or en,zh (.csv)')
    .option('--config <file>', 'config file (default: nearest .alignrc.json or package.json "align" key)')
    .option('--rule <id=setting>', 'rule setting: off, error, warning or info (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--year <yyyy>', 'year for dates written without one (default: the dateline\'s)', number('--year'))
    .addOption(new Option('--only <severity>', 'table: show only pairs with findings at or above this severity').choices(['error', 'warning', 'info']))
    .option('--max-lines <n>', 'table: lines of text shown per side', number('--max-lines'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
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
  if ((opts.en === undefined) !== (opts.zh === undefined)) throw new UsageError('--en and --zh go together');
  if (opts.en && files.length) throw new UsageError('give either files or --en/--zh, not both');
  if (!opts.en && !files.length) throw new UsageError('no input: name a file, - for standard input, or --en FILE --zh FILE (see --help)');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');

  const { config } = await loadConfig(io.cwd, opts.config);
  const rules = mergeRules(normalizeRules(config.rules), parseRuleFlags(opts.rule));
  const known = new Set(ruleList.map((r) => r.id));
  for (const id of Object.keys(rules)) if (!known.has(id)) throw new UsageError(`unknown rule "${id}" (see --list-rules)`);
  const glossaryPath = opts.glossary ?? config.glossary;
  const options: AlignOptions = {
    split: opts.split ?? config.split,
    referenceYear: opts.year,
    entities: !opts.entities ? false : opts.deepEntities ? 'deep' : config.entities,
    rules,
    glossary: glossaryPath ? await loadGlossary(glossaryPath) : undefined,
  };
  const results: FileResult[] = [];
  if (opts.en && opts.zh) {
    const [en, zh] = [await readInput(opts.en, io.stdin), await readInput(opts.zh, io.stdin)];
    results.push(alignFiles(en, zh, options));
  } else {
    for (const file of files) {
      const input = await readInput(file, io.stdin);
      results.push(align(input.text, { ...options, path: file }));
    }
  }

  for (const result of results) {
    const langs = new Set(result.blocks.map((b) => b.lang).filter((l) => l !== 'und'));
    if (langs.size === 1 && !opts.en) {
      const only = langs.has('en') ? 'English' : 'Chinese';
      io.stderr.write(`align: ${result.path} holds only ${only} blocks; for a translation in another file use --en FILE --zh FILE\n`);
    }
  }

  const name: FormatName = opts.json ? 'json' : opts.format;
  const output = format(name, results, {
    columns: io.stdout.columns,
    style: opts.output ? undefined : style(opts.color, io),
    minScore: opts.minScore,
    sentences: opts.sentences,
    maxLines: opts.maxLines,
    onlyFindings: opts.only,
  });
  if (opts.output) {
    try {
      await writeFile(opts.output, output);
    } catch (error) {
      throw new UsageError(`cannot write ${opts.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else {
    io.stdout.write(output);
  }

  const failOn = opts.failOn ?? config.failOn ?? 'error';
  if (failOn === 'never') return 0;
  const failing = results.some((r) => r.findings.some((f) => atOrAbove(f.severity, failOn)));
  return failing ? 1 : 0;
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

/** Colour when asked, else as NO_COLOR / FORCE_COLOR / the terminal say. */
function style(flag: boolean | undefined, io: Io): Style | undefined {
  let on: boolean;
  if (flag !== undefined) on = flag;
  else if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') on = true;
  else if (io.env.NO_COLOR) on = false;
  else on = io.stdout.isTTY === true && io.env.TERM !== 'dumb';
  if (!on) return undefined;
  const c = new Chalk({ level: 1 });
  return { bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan, blue: c.blue };
}
