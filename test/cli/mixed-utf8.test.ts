import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mostlyUtf8 } from '../../src/cli/mixed-utf8.js';
import { decode } from '../../src/cli/read.js';
import { encodeBig5 } from './big5.js';
import { cli } from '../helpers.js';

const EN = 'The harbour handled 3.5 million containers in March, a record month.';
const ZH = '宁波舟山港3月完成集装箱吞吐量350万标箱，创历史新高。';
const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** `EN` with its "record" in Windows-1252 curly quotes (0x93, 0x94), then `ZH` in UTF-8. */
const quoted = Buffer.concat([utf8('The harbour handled 3.5 million containers in March, a '), Buffer.of(0x93), utf8('record'), Buffer.of(0x94), utf8(` month.\n\n${ZH}\n`)]);

describe('UTF-8 with a few stray bytes', () => {
  it('reads Windows-1252 quotes among UTF-8 Chinese as the quotes they are', () => {
    expect(mostlyUtf8(quoted)).toEqual({ text: `The harbour handled 3.5 million containers in March, a “record” month.\n\n${ZH}\n`, stray: 2 });
  });

  it('reads a Latin-1 letter standing alone as itself, and a character cut short as U+FFFD', () => {
    const cafe = Buffer.concat([utf8(`${ZH} caf`), Buffer.of(0xe9), utf8(' ')]);
    expect(mostlyUtf8(cafe)?.text).toBe(`${ZH} café `);
    // The last character, 。, is three bytes: a copy that stopped after two leaves one U+FFFD for both.
    const cut = utf8(`${EN}\n\n${ZH}`).subarray(0, -1);
    expect(mostlyUtf8(cut)).toEqual({ text: `${EN}\n\n${ZH.slice(0, -1)}\ufffd`, stray: 2 });
    // A lead byte cut short in the middle: the bytes that follow it stand again.
    const middle = Buffer.concat([utf8(ZH), Buffer.of(0xe5, 0xae), utf8(ZH)]);
    expect(mostlyUtf8(middle)?.text).toBe(`${ZH}\ufffd${ZH}`);
  });

  it('leaves alone text with no stray byte, text in a Chinese legacy encoding, and text with too little UTF-8 to tell', () => {
    expect(mostlyUtf8(utf8(`${EN}\n\n${ZH}`))).toBeUndefined();
    const big5 = Buffer.concat([utf8(`${EN}\n\n`), encodeBig5('臺北港第三季進出港貨櫃三十五萬個，較去年同期增加一成二。')]);
    expect(mostlyUtf8(big5)).toBeUndefined();
    expect(decode(big5).encoding).toBe('big5');
    expect(mostlyUtf8(Buffer.concat([utf8('a “record” 成绩'), Buffer.of(0x93)]))).toBeUndefined();
  });

  it('decodes such input as UTF-8 and counts its stray bytes', () => {
    expect(decode(quoted)).toMatchObject({ encoding: 'utf-8', stray: 2 });
    expect(decode(utf8(ZH))).toEqual({ text: ZH, encoding: 'utf-8' });
  });

  it('reads stray bytes after a UTF-8 byte order mark however few valid characters there are', () => {
    const bom = Buffer.of(0xef, 0xbb, 0xbf);
    expect(decode(Buffer.concat([bom, utf8('a '), Buffer.of(0x93), utf8('record'), Buffer.of(0x94)]))).toEqual({ text: 'a “record”', encoding: 'utf-8', stray: 2 });
    expect(decode(Buffer.concat([bom, utf8(ZH)]))).toEqual({ text: ZH, encoding: 'utf-8' });
  });

  it('takes time linear in the bytes, whatever they are', () => {
    const shapes = [(n: number) => Buffer.alloc(n, 0x93), (n: number) => Buffer.concat(Array.from({ length: n / 4 }, () => Buffer.of(0xe5, 0xae, 0x81, 0x93)))];
    for (const make of shapes) {
      const time = (n: number) => {
        const bytes = make(n);
        const started = performance.now();
        for (let k = 0; k < 3; k++) mostlyUtf8(bytes);
        return performance.now() - started;
      };
      time(1 << 16);
      const small = time(1 << 19);
      const large = time(1 << 20);
      expect(large).toBeLessThan(small * 2 * 1.8 + 20);
    }
  });
});

describe('the command on UTF-8 with stray bytes', () => {
  it('aligns the text and tells of the stray bytes in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-stray-'));
    try {
      const file = join(dir, 'port.txt');
      writeFileSync(file, quoted);
      const one = await cli([file, '--json']);
      expect(one.code).toBe(0);
      expect(one.stderr).toBe(`align: ${file}: 2 bytes are not UTF-8, read as Windows-1252 (U+FFFD where a character was cut short)\n`);
      const result = JSON.parse(one.stdout).files[0];
      expect(result.summary.pairs).toBe(1);
      expect(result.blocks[0].text).toContain('“record”');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
