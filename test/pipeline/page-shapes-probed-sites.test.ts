import { describe, expect, it } from 'vitest';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { titledInEnglish } from '../../src/pipeline/pair/bead-cost.js';
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

  page('blog of news for Chinese learners: each story under a tagged Chinese headline carrying its English in lower case', [
    'Blog',
    '',
    '【城市】地铁五号线延长至机场 metro line five extended to the airport',
    '',
    '市政府周一宣布，地铁五号线将于明年延长至国际机场，沿途新增六个车站。',
    'The city government announced on Monday that metro line five will reach the international airport next year, adding six new stations along the way.',
    '',
    '【天气】本周末将迎来降温 Temperatures To Drop This Weekend',
    '',
    '气象台预计，周六起气温将下降八度左右，市民出行请注意保暖。',
    'The weather bureau expects temperatures to fall by about eight degrees from Saturday, and residents should dress warmly.',
  ], ['6 => 5', '8 => 8', '11 => 10'], [1, 3]),

  page('radio news archive: each story dated, its Chinese and English headlines on one line, then its Chinese and English on one line', [
    '2009-03-02 北京举办春季书展 Beijing Holds Spring Book Fair',
    '',
    '北京春季书展周日开幕，来自二十个国家的出版商参展。主办方说，展期五天，预计吸引十万名读者。 The Beijing spring book fair opened on Sunday with publishers from 20 countries. Organizers say the five-day fair is expected to draw 100,000 readers.',
    '',
    '2009-03-01 上海推出夜间博物馆 Shanghai Museums Open At Night',
    '',
    '上海十家博物馆从本月起每周五开放至晚上九点。 Ten museums in Shanghai will stay open until 9 pm every Friday from this month.',
  ], ['3 => 3', '5 => 5', '7 => 7'], [1]),
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

describe('titledInEnglish: a Chinese title carrying its English on its line', () => {
  it('reads a headline, dated or tagged, with its English title after it', () => {
    for (const line of ['2009-03-02 北京举办春季书展 Beijing Holds Spring Book Fair', '【城市】地铁五号线延长至机场 metro line five extended to the airport']) {
      expect(titledInEnglish(line), line).toBe(true);
    }
  });

  it('leaves alone a Chinese sentence closing on its stop, a product name of two words, and a paragraph of many Han', () => {
    for (const line of ['华为周五发布了新的操作系统 Harmony OS Next。', '苹果发布新款 iPad Pro', `${'市政府表示今年将新建公园绿地'.repeat(3)} Green City Plan`]) {
      expect(titledInEnglish(line), line).toBe(false);
    }
  });
});
