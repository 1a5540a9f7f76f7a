import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';

/** Every pair as `en lines => zh lines` (`-` for none). */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines));
}

describe('page shapes: abridged translations and EN-only paragraphs', () => {
  it('does not merge EN-only paragraphs, whose figures the Chinese lead lacks, into its link', () => {
    const text = [
      '2016旅游蓝皮书：国内游客达44亿人次',
      '',
      '来源：新华网 2016-04-20 广告：点此学英语',
      '',
      '报告显示，去年国内游客达到44亿人次，旅游收入3.4万亿元。入境游客1.3亿人次，国际旅游收入1100亿美元。',
      '',
      'Domestic tourists made 4.4 billion trips last year, the report said. They spent 3.4 trillion yuan on travel at home.',
      '',
      'Spending abroad',
      '',
      'Chinese travelers spent 104.5 billion US dollars overseas in 2015. Shopping took the largest share of that money.',
      '',
      'Outbound trips rose 9 percent to 120 million. That makes China the largest source of tourists worldwide.',
      '',
    ].join('\n');
    // The lead pairs with its English (not the title, whose figure it shares), the subheading stays alone.
    expect(links(align(text))).toEqual(['- => 1', '- => 3', '7 => 5', '9 => -', '11 => -', '13 => -']);
  });
});

describe('page shapes: Chinese editorial introduction and headline list before an en-first article', () => {
  it('leaves the editorial lines and the numbered headlines one-sided and pairs the article', () => {
    const text = [
      '编者按：春节前夕，铁路客流逐日攀升。下面这篇英文报道介绍了今年的运输高峰。',
      '本文适合中级英语学习者阅读。',
      '更多精彩内容：',
      '1. 春运首日发送旅客1000万人次',
      '2. 高铁新线开通一览',
      'Rail operators expect 400 million trips during the holiday rush, up 8 percent on last year.',
      '铁路部门预计节日高峰期间将发送旅客4亿人次，比去年增长8%。',
      'The rush runs from January 21 to March 1, and many travelers buy tickets weeks ahead.',
      '高峰期从1月21日持续到3月1日，许多旅客提前几周购票。',
      '',
    ].join('\n');
    expect(links(align(text))).toEqual(['- => 1', '- => 2', '- => 3', '- => 4', '- => 5', '6 => 7', '8 => 9']);
  });
});

describe('page shapes: a whole English text and its Chinese on one line', () => {
  it('splits the line at the change of script and pairs the two parts', () => {
    const text = [
      '[图片]',
      'The old bridge is 800 metres long. It reopened to traffic on Friday after repairs. 这座老桥长800米。经过维修后，它于周五重新通车。',
      '',
    ].join('\n');
    const result = align(text);
    const two = result.pairs.filter((p) => p.en.length && p.zh.length);
    expect(two).toHaveLength(1);
    const block = new Map(result.blocks.map((b) => [b.id, b]));
    expect(block.get(two[0]!.zh[0]!)!.text.startsWith('这座老桥')).toBe(true);
  });
});

describe('page shapes: a note to editors closing a press release in each half', () => {
  it('pairs the English note with the Chinese one under its label of Hong Kong (編輯注意, 注意)', () => {
    for (const label of ['編輯注意：', '注意：']) {
      const text = [
        'The ferry company carried 12 million passengers last year, up 5 percent.',
        '',
        "Editor's note: Photos of the new ferry can be downloaded from the company's website.",
        '',
        '渡輪公司去年載客1200萬人次，增加5%。',
        '',
        `${label}新渡輪的相片可於公司網站下載。`,
        '',
      ].join('\n');
      expect(links(align(text))).toEqual(['1 => 5', '3 => 7']);
    }
  });
});
