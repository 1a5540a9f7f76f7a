import type { FileResult } from '../types.js';
import { formatJson } from './json.js';
import { formatJsonl, formatTmx, formatTsv, type CorpusOptions } from './corpus.js';
import { formatGithub, formatJunit, formatSarif } from './ci.js';
import { formatTable, type TableOptions } from './table.js';
import { formatHtml, type HtmlOptions } from './html.js';

export { formatJson } from './json.js';
export { formatJsonl, formatTmx, formatTsv } from './corpus.js';
export { formatGithub, formatJunit, formatSarif } from './ci.js';
export { formatTable } from './table.js';
export { escapeHtml, formatHtml } from './html.js';
export { describeValue, formatDate, formatDuration, formatNumber, formatValue } from './values.js';
export { plain, type Style } from './style.js';

/** Every output format by name. */
export const FORMATS = ['table', 'json', 'jsonl', 'tsv', 'tmx', 'sarif', 'junit', 'github', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

/** The corpus exports: they write paired text alone, none of the facts or findings. */
export const CORPUS_FORMATS: ReadonlySet<FormatName> = new Set<FormatName>(['jsonl', 'tsv', 'tmx']);

/** Options any format may use. */
export type FormatOptions = TableOptions & CorpusOptions & HtmlOptions;

/** Renders results in the named format. */
export function format(name: FormatName, results: readonly FileResult[], options: FormatOptions = {}): string {
  switch (name) {
    case 'table': return formatTable(results, options);
    case 'json': return formatJson(results);
    case 'jsonl': return formatJsonl(results, options);
    case 'tsv': return formatTsv(results, options);
    case 'tmx': return formatTmx(results, options);
    case 'sarif': return formatSarif(results);
    case 'junit': return formatJunit(results);
    case 'github': return formatGithub(results);
    case 'html': return formatHtml(results, options);
  }
}
