import { describe } from 'vitest';
import { page } from './page-shapes.pages.js';
import { testPages } from './page-checks.js';

/**
 * Pages shaped like the sources people paste from (listening sites, HTML source, text converted
 * from print, blogs, press-conference transcripts, dual-language news), written for these tests.
 * Links are `en lines => zh lines`; a line holding several blocks stands for each of them, and a
 * block over several lines names the blank lines inside it too.
 */
const SOURCE_PAGES = [
  page('listening transcript: one line, clause by clause, under site chrome', [
    '(单词翻译:单击)',
    '英国新闻听力 城市河流治理',
    'Last spring the river flooded twice. 去年春天，这条河两次泛滥。 The council could not wait, 市议会不能再等了, so it widened the banks. 于是拓宽了河岸。 Did it work? 有效吗? So far, yes. 到目前为止，是的。',
    '河畔译站 发表在 部落格 留言(0) 人气()',
  ], ['- => 2', '3 => 3', '3 => 3', '3 => 3', '3 => 3', '3 => 3'], [1, 4]),

  page('HTML source pasted with its paragraphs on one line', [
    '听新闻学英语',
    '<p class="txt">Rail ticket sales open on Monday.</p><p class="txt">火车票周一开售。</p><p class="txt"><br></p><p class="txt">Buyers need a valid ID card.<br>购票者须持有效身份证件。</p>',
  ], ['2 => 2', '2 => 2'], [1]),

  page('text converted from print: a blank line after every line, paragraphs broken mid-sentence', [
    '双语阅读｜小镇图书馆重新开放',
    '',
    'The town library reopened on Saturday after two years',
    '',
    'of repairs, and more than 600 readers came on the',
    '',
    'first day.',
    '',
    '小镇图书馆经过两年的修缮，于周六重新开放，开放',
    '',
    '首日就迎来了600多名读者。',
    '',
    'The new reading room has seats for 120 people and',
    '',
    'stays open until nine in the evening.',
    '',
    '新阅览室可容纳120人，每天开放至晚上九点，',
    '',
    '方便下班后的市民前来阅读。',
  ], ['3+4+5+6+7 => 9+10+11', '13+14+15 => 17+18+19'], [1]),

  page('news listening page: TEXT and its reference translation, with noise tokens', [
    '一《环球新闻》选自WIRE',
    '1【Port city opens new ferry line】港口城市开通新轮渡航线',
    '播放后点击【REPLAY】重播',
    'Kx%7bQ_mRt#wz',
    'TEXT:A new ferry line opened on Friday between the port and the island. The trip takes forty minutes and runs every hour.',
    '参考译文:周五，港口与海岛之间开通了一条新的轮渡航线。航程四十分钟，每小时一班。',
    '2【Museum extends opening hours】博物馆延长开放时间',
    'TEXT:The city museum will stay open until eight on Fridays from next month.',
    '参考译文:从下个月起，市博物馆每周五将开放至晚上八点。',
  ], ['2 => 2', '5 => 6', '7 => 7', '8 => 9'], [1, 3, 4]),

  page('dual-language news: each paragraph and its translation on one line, a brand named in both', [
    'Over the door, one name glows in blue: Harbor Tea House. 门上方亮着一个蓝色名字:Harbor Tea House。 Inside, every table was taken by noon. 店里的桌子到中午就坐满了。 Most customers order by phone and wait less than five minutes. 多数顾客用手机点单，等候不到五分钟。',
  ], ['1 => 1', '1 => 1', '1 => 1']),

  page('press conference grouped by language: a question and its answer in Chinese, then in English', [
    '问：据报道，两国将于下月举行新一轮会谈。你能否证实？',
    '答：双方正就会谈的具体安排保持沟通。',
    '我们愿同对方一道，推动会谈取得积极成果。',
    'Q: It is reported that the two countries will hold a new round of talks next month. Can you confirm?',
    'A: The two sides are in communication on the specific arrangements for the talks.',
    'We are ready to work with the other side for positive outcomes of the talks.',
  ], ['4 => 1', '5 => 2', '6 => 3']),

  page('column title and translator credit on one line above the title pair', [
    '《环球》读译参考 Translated & Edited by Zhou Min',
    '',
    'Why cities plant trees in winter 城市为何在冬天植树',
    '',
    'Planting in the cold months gives roots time to settle before the summer heat.',
    '在寒冷的月份种树，可以让树根在夏季高温到来之前扎稳。',
  ], ['3 => 3', '5 => 6'], [1]),

  page('talk transcript in bullets, sound notes in both languages', [
    '字幕列表 影片播放',
    '',
    '  • Four years ago I spoke here about water.',
    '',
    '    四年前我在这里谈过水的问题。',
    '',
    '  • (Laughter)',
    '',
    '    [觀眾笑聲]',
    '',
    '  • Today I want to talk about soil.',
    '',
    '    今天我想谈谈土壤。',
  ], ['3 => 5', '11 => 13'], [1, 7, 9]),
];

describe('page shapes: pages shaped like the sources people paste from', () => {
  // Links, and each two-sided link at 0.5 or more.
  testPages(SOURCE_PAGES);
});
