import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { looksLikeBoilerplate } from '../../src/pipeline/pair-signals.js';
import type { FileResult } from '../../src/types.js';
import { blockLines, linkOf } from './page-shapes.pages.js';
import { WRITTEN_PAGES } from './written-pages.js';
import { scoreVariant } from '../../scripts/eval/variants/score.js';
import { parsePage, titleEnTop } from '../../scripts/eval/variants/transforms.js';

/** Every pair as `en lines => zh lines` (`-` for none), sorted. */
function links(result: FileResult): string[] {
  const lines = blockLines(result);
  return result.pairs.map((p) => linkOf(p, lines)).sort();
}

const page = (lines: string[]) => align(`${lines.join('\n')}\n`);

describe('pair: a title without partner stays apart', () => {
  it('leaves an English title put above a page apart from Chinese intro lines, headline lists and a Chinese title', () => {
    const pages = WRITTEN_PAGES.map(parsePage);
    for (const name of [
      'Chinese teaching intro lines, a Chinese headline list with figures, then an en-first article with a date range',
      'a teacher\'s Chinese lines before and between the pairs of an English-first news text, a bulleted Chinese headline list with figures, dates without a year',
      'a learner page of news, English first: level and word count line, a Chinese title with no English one, audio chrome',
    ]) {
      const seed = pages.findIndex((p) => p.name === name);
      expect(seed, name).toBeGreaterThanOrEqual(0);
      expect(scoreVariant(titleEnTop(pages[seed]!, seed)).right, name).toBe(true);
    }
  });

  it('leaves an English title apart from the first pair rather than merging it into the English', () => {
    const result = page([
      'A Letter From the Coast',
      'The team will play its first match at the new stadium on Saturday.',
      '这支球队将于本周六在新建成的体育场迎来搬迁后的首场比赛。这座体育场位于城市东部的开发区，可容纳4万名观众，是该省规模最大的足球专用场地。',
      'Tickets sold out within an hour.',
      '比赛门票在开售后不到一个小时内便被抢购一空。',
    ]);
    expect(links(result)).toEqual(['1 => -', '2 => 3', '4 => 5']);
  });

  it('still pairs a title and its translation, and a subheading inside a page', () => {
    const result = page([
      'Notes From a River Town',
      '江城随笔',
      'The ferry across the river still runs every twenty minutes.',
      '过江的渡船仍然每二十分钟一班。',
      'Old tea houses',
      '老茶馆',
      'Three tea houses on the bank have opened since 1950.',
      '江边的三家茶馆自1950年起开业至今。',
    ]);
    expect(links(result)).toEqual(['1 => 2', '3 => 4', '5 => 6', '7 => 8']);
  });
});

describe('pair: a subtitle cue whose translation is missing', () => {
  it('leaves the English of a cue without Chinese unpaired, its neighbours 1-1', () => {
    const result = page([
      '1',
      '00:00:01,000 --> 00:00:04,000',
      '欢迎收看《城市一分钟》。',
      'Welcome to City in a Minute.',
      '',
      '2',
      '00:00:04,100 --> 00:00:08,500',
      'Today we ride the oldest tram line in town.',
      '',
      '3',
      '00:00:08,600 --> 00:00:13,000',
      '这条线路已经运行了一百多年。',
      'The line has been running for more than a hundred years.',
      '',
    ]);
    const all = links(result).filter((l) => !/^(1|2|6|7|10|11) => -$|^- => (1|2|6|7|10|11)$/.test(l));
    expect(all).toEqual(['13 => 12', '4 => 3', '8 => -']);
  });

  it('still joins two cues whose English sentence runs over the cue break', () => {
    const result = page([
      'WEBVTT',
      '',
      '00:00.500 --> 00:03.800',
      'The bridge over the bay, which took six years to build,',
      '',
      '00:03.900 --> 00:07.600',
      'opened to traffic this morning.',
      '这座历时六年建成的跨海大桥今天上午通车。',
      '',
      '00:07.700 --> 00:11.200',
      'It cuts the drive between the two cities to 40 minutes.',
      '它将两市之间的车程缩短至40分钟。',
      '',
    ]);
    expect(links(result)).toContain('4+7 => 8');
    expect(links(result)).toContain('11 => 12');
  });
});

describe('pair: a site\'s ad line is no translation unit', () => {
  it('leaves an ad line under the last pair alone, the English above it still unpaired', () => {
    const result = page([
      'The night market on Pier Road opens again this Friday.',
      '码头路夜市本周五重新开放。',
      'More than 120 stalls will sell food, toys and clothes.',
      '120多个摊位将出售小吃、玩具和服装。',
      'Parking near the pier will be free after 6 pm.',
      '【广告】扫码关注公众号，每天学一句英语',
    ]);
    expect(links(result)).toEqual(['- => 6', '1 => 2', '3 => 4', '5 => -']);
    expect(result.blocks.find((b) => b.line === 6)?.lang).toBe('zh');
  });

  it('reads labelled ads as boilerplate and a sentence about advertising as text', () => {
    for (const line of ['【广告】扫码下载APP', '[Sponsored] Learn English in 30 days', '(Advertisement)', '广告：暑期班火热报名中', 'Sponsored | Travel deals']) {
      expect(looksLikeBoilerplate(line), line).toBe(true);
    }
    for (const line of ['Advertising spending rose 8 percent last year.', '广告收入去年增长了8%。', 'Ad revenue fell.']) {
      expect(looksLikeBoilerplate(line), line).toBe(false);
    }
  });
});

describe('pair: a 1-1 link of two short texts sharing no word the lexicon reads', () => {
  it('still pairs a short grouped translation that renders its words by others than the lexicon\'s', () => {
    const result = page([
      'The station began using face-scanning gates on Monday.',
      'It has also added step-free entrances.',
      '该站周一起启用刷脸闸机。',
      '车站还增设了无障碍通道。',
    ]);
    expect(links(result)).toEqual(['1 => 3', '2 => 4']);
  });
});
