/**
 * Forum, magazine, novel and Taiwan study-blog pages written for the tests in the shapes they take
 * when pasted: a story's Chinese title with its English title after it on one line, a novel's
 * chapter heading in both languages on one line, a novel pasted as one line of alternating
 * paragraphs whose Chinese sentences open with names in Latin letters, a forum thread whose posts
 * carry their authors' user names above the post headers, numbered sentences with their glossed
 * terms under them. Same format as `page-shapes.pages.ts`: expected links by line, `x` the lines
 * that are no translation unit.
 */
import { page, type ShapePage } from './page-shapes.pages.js';

/** The pages. */
export const PROBED_FORUM_PAGES: ShapePage[] = [
  page('magazine reading page: the Chinese title and its English title on one line, an untranslated intro, the last paragraph cut off', [
    '当前位置：首页 > 英语阅读 > 双语美文',
    '',
    '精选双语美文',
    '',
    '美文是散文的一种，文字优美，适合早晨朗读。以下是为大家整理的双语美文，欢迎阅读！',
    '',
    '  灯塔看守人 The Silent Lighthouse Keeper',
    '',
    'For forty years, an old man lived alone on a rocky island and kept the lamp burning every night.',
    '',
    '四十年来，一位老人独自住在一座岩石小岛上，每晚都让灯塔的灯亮着。',
    '',
    'When a storm broke the supply boat, he ate dried fish for three weeks. He never once let the light go out, and the ships that passed the island in those weeks all reached the harbour safely. A young sailor later wrote to thank him, saying that the light had saved his life.',
    '',
    '有一次暴风雨打坏了补给船，他吃了三个星期的干鱼。他从未让灯熄灭过，那几个星期经过小岛的船只都平安到港。后来一位年轻水手写信感谢他，说那盏灯救了',
  ], ['7 => 7', '9 => 11', '13 => 15'], [1, 3, 5]),

  page('novel chapters in traditional characters: each heading gives the chapter in Chinese then its English title in capitals on one line', [
    '第一章 老磨坊 THE OLD MILL',
    'At the edge of the village stood a mill that had not turned for twenty years. The children said a ghost lived in it, and nobody went near it after dark.',
    '村子邊上有一座二十年沒有轉過的磨坊。孩子們說裡面住著鬼，天黑以後誰也不敢靠近。',
    '第二章 三封信 THREE LETTERS',
    'One morning in April, three letters came for the miller\'s widow, each with a foreign stamp.',
    '四月的一天早上，磨坊主的遺孀收到了三封信，每封都貼著外國郵票。',
    'The first said that someone had bought the mill and meant to make it turn again.',
    '第一封信說，有人買下了磨坊，還打算讓它重新轉起來。',
  ], ['1 => 1', '2 => 3', '4 => 4', '5 => 6', '7 => 8']),

  page('novel pasted as one line: an English paragraph, then its Chinese whose sentences open with names in Latin letters, a bracketed note first', [
    '(往下看有中英对照) Old Mr Pemberton kept a bookshop on Carver Street. Every morning he opened the shutters at eight and put a box of cheap novels by the door. His niece Clara came to help him on Saturdays. 老Pemberton先生在Carver街开了一家书店。每天早上八点他拉开百叶窗，在门口放一箱便宜的小说。 Clara是他的外甥女，每逢周六来帮忙。 One Saturday a man in a grey coat asked for a book that did not exist. Clara laughed, but her uncle went pale. 一个星期六，一个穿灰大衣的男人要买一本根本不存在的书。 Clara笑了起来，她舅舅的脸却一下子白了。',
  ], ['1 => 1', '1 => 1'], [1]),

  page('forum thread: a path ending on the thread title, each post with its author\'s user name above the post header, the article then its translation in the next post', [
    '学习论坛 › 翻译练习区 › 【译文】How night markets began',
    '',
    '[翻译] How night markets began',
    '',
    'river_walker',
    '发表于 2024-3-2 21:05 | 只看该作者',
    '楼主',
    'Night markets grew out of the temple fairs that drew crowds after sunset. Traders set up stalls along the road to sell snacks to the worshippers.',
    '',
    'Today the largest ones have more than 400 stalls and draw visitors from abroad.',
    '',
    'Lotus88',
    '发表于 2024-3-2 22:40 | 只看该作者',
    '沙发',
    '夜市起源于日落后吸引人群的庙会。商贩沿路摆摊，向香客出售小吃。',
    '',
    '如今最大的夜市有400多个摊位，还吸引了外国游客。',
    '',
    '第一次翻译，请多指教。',
    '',
    'kite_runner',
    '发表于 2024-3-3 08:12 | 只看该作者',
    '板凳',
    '翻得很通顺，赞一个！',
  ], ['8 => 15', '10 => 17', '- => 19', '- => 24'], [1, 3, 5, 6, 7, 12, 13, 14, 21, 22, 23]),

  page('study blog in traditional characters: numbered Chinese sentences, two glossed terms on a line under one, then the numbered English', [
    'Unit 12',
    '1. 搭乘大眾運輸可以減少空氣汙染',
    '2. 許多城市設置了自行車道,鼓勵市民騎車上班',
    '大眾運輸:public transport   自行車道 : bike lane',
    '3. 然而,在下雨天騎車並不方便',
    '',
    '1.   Taking public transport can reduce air pollution.',
    '',
    '2.   Many cities have built bike lanes to encourage people to cycle to work.',
    '',
    '3.   However, cycling is not convenient on rainy days.',
  ], ['7 => 2', '9 => 3', '11 => 5'], [1, 4]),
];
