import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { formatSarif, sarifPieces } from '../../src/format/ci.js';
import { formatJson } from '../../src/format/json.js';
import { jsonPieces } from '../../src/cli/stream-json.js';

/**
 * SARIF and the JSON contract are written a batch of items at a time: the pieces make the text
 * `JSON.stringify(document, null, 2)` prints, whatever the number of items.
 */

/** A page of `n` English paragraphs with figures and no Chinese: a finding for each block. */
function lonely(n: number, path: string) {
  const lines: string[] = ['市议会周一开会。', ''];
  for (let k = 0; k < n; k++) lines.push(`Harbour ${k + 1} handled ${k + 2} ships on Monday.`, '');
  return align(lines.join('\n'), { path, entities: false });
}

describe('SARIF in pieces', () => {
  it('prints the document JSON.stringify prints, its results a batch at a time over several files', () => {
    const results = [lonely(300, 'a.txt'), lonely(5, 'b.txt'), lonely(0, 'c.txt')];
    const findings = results.reduce((n, r) => n + r.findings.length, 0);
    expect(findings).toBeGreaterThan(300);
    const pieces = [...sarifPieces(results)];
    const text = pieces.join('');
    expect(pieces.length).toBeGreaterThan(3);
    expect(text).toBe(formatSarif(results));
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    const runs = (JSON.parse(text) as { runs: { results: { partialFingerprints: { pair: string } }[] }[] }).runs;
    expect(runs[0]!.results.length).toBe(findings);
    // File by file, in order.
    const files = runs[0]!.results.map((r) => r.partialFingerprints.pair.split('#')[0]);
    expect(files.filter((f, k) => k === 0 || files[k - 1] !== f)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('prints an empty run when nothing was found', () => {
    const text = formatSarif([]);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).toContain('"results": []');
  });

  it('JSON pieces still make the JSON contract', () => {
    const results = [lonely(300, 'a.txt'), lonely(0, 'c.txt')];
    expect([...jsonPieces(results)].join('')).toBe(formatJson(results));
  });
});
