/**
 * News and report pages written for the tests in the shapes that bilingual news, study and report
 * pages take when pasted: a story pasted as one line whose sentences open with figures, a title
 * glued to its translation, a glossary of `term：gloss` lines under a word of the day, a report's
 * translated paragraph among Chinese ones the translation leaves out. Same format as
 * `page-shapes.pages.ts`: expected links by line, `x` the lines that are no translation unit.
 */
import { page, type ShapePage } from './page-shapes.pages.js';

/** The pages. */
export const PROBED_NEWS_PAGES: ShapePage[] = [
  page('audio news page, the story pasted as one line, sentences apart by two blanks, Chinese ones opening with figures', [
    'City Radio',
    '',
    'Sports丨Record field runs the city marathon',
    '',
    'More than 30,000 runners took part in the city marathon on Sunday, the organizers said.  3 万多名跑者周日参加了城市马拉松赛，组委会表示。  The race started near the Olympic park at dawn.  比赛在奥林匹克公园附近于清晨鸣枪起跑。  In the afternoon of May 12, a Kenyan runner won the men\'s race in a new course record.  5 月 12 日下午，一名肯尼亚选手以新的赛道纪录赢得男子组冠军。  The organizers also set up medical stations along the route.  组委会还在沿途设置了医疗站。  12 of them were staffed by volunteer doctors.  其中 12 个由志愿医生值守。',
  ], ['5 => 5', '5 => 5', '5 => 5', '5 => 5', '5 => 5'], [1, 3]),

  page('story page, a short English title glued to its Chinese one, blank lines between paragraphs', [
    'Hong Kong香港',
    '',
    'Hong Kong is a busy port city on the south coast of China, home to more than seven million people.',
    '',
    '香港是中国南部沿海一座繁忙的港口城市，有七百多万人口。',
    '',
    'The city is known for its harbour, its trams and its night markets.',
    '',
    '这座城市以港口、电车和夜市闻名。',
  ], ['1 => 1', '3 => 5', '7 => 9']),
  page('report explainer, Chinese first: one English paragraph renders the first of four Chinese ones, the three after it untranslated', [
    '首页 | 视频',
    '',
    '年度预算报告是怎样编成的？',
    '',
    '新闻网 2024-03-06 10:15',
    '',
    '3月6日上午9时，第十六届市人民代表大会第三次会议在市民大会堂开幕，市长王建国代表市政府向大会作年度预算报告。',
    '',
    'Mayor Wang Jianguo delivered the budget report as the 16th Municipal People\'s Congress opened on Wednesday.',
    '',
    '每年的预算报告，都是市民和媒体关注的焦点。',
    '',
    '作为全市最重要的财政文件，预算报告决定了每一笔公共资金的去向。',
    '',
    '报告里到底写了什么？来听听本报记者的解读。',
    '',
    '预算报告是市政府交给全体市民的一份“账本”。',
    '',
    'The budget report is the "account book" the city government hands to its residents.',
    '',
    '账本分为收入和支出两部分。',
    '',
    'The book has two parts: income and spending.',
    '',
    '收入部分说明钱从哪里来，主要是税收和土地收入。',
    '',
    'The income part shows where the money comes from, mostly taxes and land sales.',
    '',
    '支出部分说明钱用到哪里去，教育、医疗和交通占了大头。',
    '',
    'The spending part shows where the money goes; education, health care and transport take the most.',
  ], ['- => 3', '9 => 7', '- => 11', '- => 13', '- => 15', '19 => 17', '23 => 21', '27 => 25', '31 => 29'], [1, 5]),
  page('word of the day page, Chinese title, a glossary of term and gloss lines set apart by colons between the examples', [
    '首页 | 每日一词',
    '',
    '每日一词：城市更新',
    '',
    'Urban renewal means rebuilding old parts of a city so that people can live and work there better.',
    '城市更新是指改造城市中的老旧片区，让人们在那里更好地生活和工作。',
    '',
    '城市更新：urban renewal',
    '老旧小区：old residential compounds',
    'CBD商圈：central business district',
    '口袋公园[kǒu dai gōng yuán]：pocket park',
    '',
    'Last year the city renovated 120 old residential compounds and built 40 pocket parks.',
    '去年，该市改造了120个老旧小区，建成了40个口袋公园。',
  ], ['- => 3', '5 => 6', '13 => 14'], [1, 8, 9, 10, 11]),
  page('audio news feed, indented: a site tagline, a numbered relative time, a column label glued to an English title, the story one line of alternating sentences', [
    'Metro Voice',
    '',
    'Your daily guide to life in the city. Tell us what you think!',
    '',
    '  1. 3小时前',
    '',
    '    英语新闻丨Subway adds late-night trains',
    '',
    '    The city subway will run trains until 2 am on Fridays and Saturdays from next month, the operator said on Tuesday. 地铁运营方周二表示，从下个月起，每逢周五和周六，城市地铁将运营至凌晨2点。 Trains will run every 15 minutes after midnight. 午夜后列车每15分钟一班。',
  ], ['3 => -', '9 => 9', '9 => 9'], [1, 5, 7]),
];
