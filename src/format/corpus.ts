import type { Block, FileResult, Pair } from '../types.js';

/** A paired translation unit as corpus exports need it. */
export interface Unit {
  path: string;
  pair: Pair;
  en: string;
  zh: string;
  enBlocks: Block[];
  zhBlocks: Block[];
}

/** Options shared by the corpus exports. */
export interface CorpusOptions {
  /** Leave out pairs whose score is below this. */
  minScore?: number;
  /** Export sentence links instead of paragraph pairs where they exist. */
  sentences?: boolean;
}

/** The pairs with both sides present, as text (blocks of one side joined by a blank line). */
export function units(results: readonly FileResult[], options: CorpusOptions = {}): Unit[] {
  const out: Unit[] = [];
  for (const result of results) {
    const blocks = new Map(result.blocks.map((b) => [b.id, b]));
    for (const pair of result.pairs) {
      if (!pair.en.length || !pair.zh.length) continue;
      if (options.minScore !== undefined && pair.score < options.minScore) continue;
      const enBlocks = pair.en.map((id) => blocks.get(id)!);
      const zhBlocks = pair.zh.map((id) => blocks.get(id)!);
      if (options.sentences && pair.sentences?.length) {
        for (const link of pair.sentences) {
          if (!link.en.length || !link.zh.length) continue;
          const text = (spans: typeof link.en): string =>
            spans.map((s) => blocks.get(s.block)!).map((b, i) => b.text.slice(spans[i]!.start - b.start, spans[i]!.end - b.start)).join(' ');
          out.push({ path: result.path, pair, en: text(link.en), zh: text(link.zh).replace(/ (?=[\u3000-\u9fff])/g, ''), enBlocks, zhBlocks });
        }
        continue;
      }
      out.push({
        path: result.path, pair, enBlocks, zhBlocks,
        en: enBlocks.map((b) => b.text).join('\n\n'),
        zh: zhBlocks.map((b) => b.text).join('\n\n'),
      });
    }
  }
  return out;
}

/** Tab-separated `en<TAB>zh` lines, tabs and newlines inside text written as spaces. */
export function formatTsv(results: readonly FileResult[], options: CorpusOptions = {}): string {
  const clean = (t: string): string => t.replace(/[\t\r\n]+/g, ' ');
  return units(results, options).map((u) => `${clean(u.en)}\t${clean(u.zh)}\n`).join('');
}

/** One JSON object a line: path, pair id, score, en, zh, and where each side starts. */
export function formatJsonl(results: readonly FileResult[], options: CorpusOptions = {}): string {
  return units(results, options).map((u) => JSON.stringify({
    path: u.path,
    pair: u.pair.id,
    score: u.pair.score,
    en: u.en,
    zh: u.zh,
    enLine: u.enBlocks[0]!.line,
    zhLine: u.zhBlocks[0]!.line,
  }) + '\n').join('');
}

/** A TMX 1.4 translation memory with one `<tu>` a pair (or sentence link). */
export function formatTmx(results: readonly FileResult[], options: CorpusOptions = {}): string {
  const body = units(results, options).map((u) =>
    `    <tu tuid="${xml(u.path)}#${u.pair.id}">\n` +
    `      <prop type="x-score">${u.pair.score.toFixed(3)}</prop>\n` +
    `      <tuv xml:lang="en"><seg>${xml(u.en)}</seg></tuv>\n` +
    `      <tuv xml:lang="zh"><seg>${xml(u.zh)}</seg></tuv>\n` +
    `    </tu>\n`).join('');
  return '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    '  <header creationtool="align" creationtoolversion="1" segtype="paragraph" o-tmf="align" adminlang="en" srclang="en" datatype="plaintext"/>\n' +
    `  <body>\n${body}  </body>\n</tmx>\n`;
}

/** Escapes text for XML content and attributes, dropping characters XML 1.0 forbids. */
export function xml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
