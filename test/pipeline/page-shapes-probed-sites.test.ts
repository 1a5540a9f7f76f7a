import { describe, expect, it } from 'vitest';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { split } from '../../src/pipeline/split.js';
import { page, type ShapePage } from './page-shapes.pages.js';
import { testPages } from './page-checks.js';

/**
 * Bilingual pages written for the tests in the layouts of the sites people paste learning news
 * from: a news-for-learners story closing on its key words, each headword over its British and
 * American phonetics and its senses.
 * Same format as `page-shapes.pages.ts`: expected links by line and the lines that are no
 * translation unit (`x`).
 */
const PROBED_SITE_PAGES: ShapePage[] = [
  page('learner news closing on key words, each headword over its British and American phonetics', [
    'Night buses return to the old town',
    '老城区恢复夜间公交',
    'The city will run four night bus routes through the old town from next Monday, the transport bureau said.',
    '市交通局表示，自下周一起，将有四条夜间公交线路途经老城区。',
    'Buses will leave every 30 minutes between 11 pm and 5 am.',
    '晚11时至早5时，每30分钟发一班车。',
    '重点词汇：',
    'route',
    '英 /ruːt/ 美 /ruːt/',
    'n. 路线；路程',
    'bureau',
    '英 [ˈbjʊərəʊ] 美 [ˈbjʊroʊ]',
    'n. 局；办事处',
    'Museum opens late on Fridays',
    '博物馆周五延长开放时间',
  ], ['1 => 2', '3 => 4', '5 => 6', '14 => 15'], [7, 8, 9, 10, 11, 12, 13]),
];

describe('page shapes probed on learning-news sites', () => {
  // Links, and each two-sided link at 0.5 or more.
  testPages(PROBED_SITE_PAGES);
});

describe('blockKind: a headword\'s phonetics after their accents\' labels', () => {
  it('reads British and American phonetics, one accent alone, and one cut off, as a word list\'s line', () => {
    for (const line of ['英 /prəʊˈtest/ 美 /proʊˈtest/', '英 [ˈhɑːbə] 美 [ˈhɑːrbər]', 'UK /ˈbʌdʒɪt/ US /ˈbʌdʒɪt/', '美 /ˈweðər/', '英 /ˈ']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
  });

  it('leaves alone a line naming Britain or America before a path or a bracketed note', () => {
    for (const line of ['英国 /uk/news', 'US [updated]', '美 /ok/', 'UK /London/ office']) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('split: a headword on the line above its phonetics', () => {
  const kinds = (lines: string[]) => split(lines.join('\n\n')).map((b) => b.kind ?? b.lang);

  it('makes the headword a word list\'s line with its phonetics', () => {
    expect(kinds(['probe', '英 /prəʊb/ 美 /proʊb/', 'n. 探针；调查'])).toEqual(['vocabulary', 'vocabulary', 'vocabulary']);
    expect(kinds(['2. strike a chord', '英 /kɔːd/ 美 /kɔːrd/'])).toEqual(['vocabulary', 'vocabulary']);
  });

  it('leaves a short English line alone above a line that is no phonetics, or above phonetics after a sentence', () => {
    expect(kinds(['Heavy rain', '/ˈhevi/ weather'])).toEqual(['en', 'en']);
    expect(kinds(['The bus was late again.', '英 /leɪt/ 美 /leɪt/'])).toEqual(['en', 'vocabulary']);
  });
});

describe('split: a name opening with a small word at the head of a Chinese paragraph', () => {
  const langs = (line: string) => split(line).map((b) => b.lang);

  it('leaves whole a Chinese paragraph opening with a name that starts with The, after a column tag or alone', () => {
    for (const line of ['【雙語新聞】The Harbor Times (HT) 週一宣布，明年起將與兩所大學合作推出線上英文課程，提供學生更多學習資源。',
      'The Harbor Times (HT) 週一宣布，明年起將與兩所大學合作推出線上英文課程，提供學生更多學習資源。']) {
      expect(langs(line), line).toEqual(['zh']);
    }
  });

  it('still cuts an English title in title case, a small word inside it, from the Chinese after it', () => {
    expect(langs('The Night Market Moves to the River 夜市搬到河濱')).toEqual(['en', 'zh']);
    expect(langs('Beijing To Host Winter Games In 2022 北京將主辦2022年冬奧會')).toEqual(['en', 'zh']);
  });
});
