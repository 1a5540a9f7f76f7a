import { describe, expect, it } from 'vitest';
import { alignFiles } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { FORUM_PAGES } from './page-shapes-forum.pages.js';
import { testPages } from './page-checks.js';

describe('page shapes: study sites, forums, subtitles, interviews and one-line pages (links, and each two-sided link at 0.5 or more)', () => {
  testPages(FORUM_PAGES);
});

describe('page shapes: two files of one paragraph a line', () => {
  /** Pairs as `en line => zh line`, each side's lines counted in its own file. */
  const linesOf = (result: FileResult) => {
    const line = new Map(result.blocks.map((b) => [b.id, b.line]));
    const side = (ids: string[]) => ids.map((id) => line.get(id)).join('+') || '-';
    return result.pairs.map((p) => `${side(p.en)} => ${side(p.zh)}`).sort();
  };
  const two = (en: string[], zh: string[], split?: 'auto' | 'line' | 'blank') =>
    linesOf(alignFiles({ text: `${en.join('\n')}\n`, path: 'a.en.txt' }, { text: `${zh.join('\n')}\n`, path: 'a.zh.txt' }, split ? { split } : {}));

  const en = [
    'Night buses return to the old town',
    'From Monday, four night bus routes will run through the old town between 11 pm and 5 am.',
    'Buses will come every 20 minutes, and a ride costs 2 yuan.',
    'The routes were stopped three years ago because few people used them.',
    'A survey last spring found that more than 6,000 people work night shifts in the area.',
  ];
  const zh = [
    '夜班公交重回老城区',
    '从周一起，四条夜班公交线路将在晚11点至早5点之间途经老城区。',
    '公交车每20分钟一班，票价2元。',
    '这些线路三年前因乘客太少而停运。',
    '去年春天的一项调查发现，该地区有6000多人上夜班。',
  ];

  it('pairs line by line with --split auto', () => {
    expect(two(en, zh, 'auto')).toEqual(['1 => 1', '2 => 2', '3 => 3', '4 => 4', '5 => 5']);
  });

  it('pairs line by line when no split mode is given (auto, as for one file)', () => {
    expect(two(en, zh)).toEqual(['1 => 1', '2 => 2', '3 => 3', '4 => 4', '5 => 5']);
  });

  it('pairs line by line with Windows line ends', () => {
    const result = alignFiles({ text: `${en.join('\r\n')}\r\n`, path: 'a.en.txt' }, { text: `${zh.join('\r\n')}\r\n`, path: 'a.zh.txt' }, { split: 'auto' });
    expect(linesOf(result)).toEqual(['1 => 1', '2 => 2', '3 => 3', '4 => 4', '5 => 5']);
  });

  it('leaves a Chinese line with no English one-sided, the rest paired in order', () => {
    const zhNote = [...zh.slice(0, 3), '（编者注：夜班公交不接受现金付款。）', ...zh.slice(3)];
    expect(two(en, zhNote, 'auto')).toEqual(['- => 4', '1 => 1', '2 => 2', '3 => 3', '4 => 5', '5 => 6']);
  });

  it('pairs an English title missing from the Chinese file alone, and one Chinese line rendering two English lines', () => {
    const zhJoined = [zh[1]!, `${zh[2]!}${zh[3]!}`, zh[4]!];
    expect(two(en, zhJoined)).toEqual(['1 => -', '2 => 1', '3+4 => 2', '5 => 3']);
  });

  it('reads two paragraphs a line each inside a blank-line group as two blocks', () => {
    const grouped = `${en[0]!}\n\n${en[1]!}\n${en[2]!}\n\n${en[3]!}\n${en[4]!}\n`;
    const result = alignFiles({ text: grouped, path: 'a.en.txt' }, { text: `${zh.join('\n')}\n`, path: 'a.zh.txt' });
    expect(linesOf(result)).toEqual(['1 => 1', '3 => 2', '4 => 3', '6 => 4', '7 => 5']);
  });

  it('pairs an English file of blank-line paragraphs with a Chinese file of one paragraph a line', () => {
    const result = alignFiles({ text: `${en.join('\n\n')}\n`, path: 'a.en.txt' }, { text: `${zh.join('\n')}\n`, path: 'a.zh.txt' }, { split: 'auto' });
    expect(linesOf(result)).toEqual(['1 => 1', '3 => 2', '5 => 3', '7 => 4', '9 => 5']);
  });
});
