import type { Block } from '../types.js';
import { partnerlessKind } from '../checks/block-kind.js';

const KIND_WORDS: Record<string, string> = {
  url: 'URL', dateline: 'dateline', byline: 'byline', source: 'source line', list: 'list',
  heading: 'heading', caption: 'caption', signature: 'signature',
  cue: 'subtitle cue', chrome: 'page chrome', pinyin: 'pinyin', vocabulary: 'vocabulary', summary: 'summary line',
  garbage: 'noise', foreign: 'third language',
};

/**
 * What a block without a partner looks like, in a word (`dateline`, `URL`, `list`), if it looks
 * like anything; `top`: the blocks that open the page (`topBlocks`).
 */
export function partnerlessWord(block: Block, top?: ReadonlySet<string>): string | undefined {
  const kind = partnerlessKind(block, top);
  return kind ? KIND_WORDS[kind] ?? kind : undefined;
}
