import type { FileResult, Finding, Severity } from '../types.js';
import { rules } from '../pipeline/check.js';
import { xml } from './corpus.js';
import { arrayItems } from './json-items.js';

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** Where a finding points: its own file in two-file mode, else the result's path. */
function fileOf(result: FileResult, f: Finding): string {
  return f.source ?? result.path;
}

/** SARIF 2.1.0 for code-scanning tools: one run, one result per finding, both sides as locations. */
export function formatSarif(results: readonly FileResult[]): string {
  return Array.from(sarifPieces(results)).join('');
}

/**
 * A stand-in result, as it is printed, that shows where the run's results stand in the document's
 * text, and the indent of their array's line.
 */
const STAND_IN = '\u0000results\u0000';
const RESULTS_MARK = JSON.stringify(STAND_IN);
const RESULTS_INDENT = '      ';

/**
 * `formatSarif`'s document in pieces, its results a batch at a time, each made as it is printed:
 * a page of many short blocks has a finding for each, and the whole document took twice the
 * memory of the run that found them.
 */
export function* sarifPieces(results: readonly FileResult[]): Generator<string> {
  // The rules that found something: none when there are no findings.
  const used = new Set<string>();
  for (const result of results) for (const f of result.findings) used.add(f.ruleId);
  // The document with one stand-in result, printed once: the text around it is the document's.
  const document = (items: unknown[]) => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'align',
          informationUri: 'https://www.npmjs.com/package/align',
          rules: rules.filter((r) => used.has(r.id)).map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: items,
    }],
  });
  if (used.size === 0) {
    yield `${JSON.stringify(document([]), null, 2)}\n`;
    return;
  }
  const text = JSON.stringify(document([STAND_IN]), null, 2);
  const mark = text.indexOf(RESULTS_MARK);
  yield text.slice(0, mark - RESULTS_INDENT.length - 2);
  yield* arrayItems(sarifResults(results), RESULTS_INDENT);
  yield `${text.slice(mark + RESULTS_MARK.length)}\n`;
}

/** The findings of each file in turn as SARIF results, each made when it is asked for. */
function* sarifResults(results: readonly FileResult[]): Generator {
  for (const result of results) for (const f of result.findings) yield sarifResult(result, f);
}

/** One finding as a SARIF result. */
function sarifResult(result: FileResult, f: Finding): unknown {
  const side = (loc: { path?: string; line: number; column: number }) => ({
    physicalLocation: {
      artifactLocation: { uri: loc.path ?? result.path },
      region: { startLine: loc.line, startColumn: loc.column },
    },
  });
  const related = [f.locations?.en, f.locations?.zh].filter((l) => l !== undefined);
  return {
    ruleId: f.ruleId,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [side({ path: fileOf(result, f), line: f.line, column: f.column })],
    ...(related.length ? { relatedLocations: related.map((l, i) => ({ id: i, ...side(l) })) } : {}),
    partialFingerprints: { pair: `${result.path}#${f.pair}` },
  };
}

/** JUnit XML: a test suite per file, a test case per pair, a failure per error or warning. */
export function formatJunit(results: readonly FileResult[]): string {
  const suites = results.map((result) => {
    const cases = result.pairs.map((p) => {
      const bad = result.findings.filter((f) => f.pair === p.id && f.severity !== 'info');
      const failures = bad.map((f) =>
        `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(`${fileOf(result, f)}:${f.line}:${f.column} ${f.severity} ${f.message}`)}</failure>\n`).join('');
      return `    <testcase classname="${xml(result.path)}" name="${xml(p.id)}">\n${failures}    </testcase>\n`;
    }).join('');
    const failures = result.pairs.filter((p) => result.findings.some((f) => f.pair === p.id && f.severity !== 'info')).length;
    return `  <testsuite name="${xml(result.path)}" tests="${result.pairs.length}" failures="${failures}" errors="0">\n${cases}  </testsuite>\n`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="align">\n${suites}</testsuites>\n`;
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. */
export function formatGithub(results: readonly FileResult[]): string {
  const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProp = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
  return results.flatMap((result) => result.findings.map((f) =>
    `::${command[f.severity]} file=${escapeProp(fileOf(result, f))},line=${f.line},col=${f.column},title=${escapeProp(f.ruleId)}::${escapeData(f.message)}\n`)).join('');
}
