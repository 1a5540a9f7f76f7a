/**
 * Bilingual pages written for the tests in the layouts of study, listening and subtitle pages that
 * people paste: a whole dialogue on one line with its Chinese stopped by ASCII marks, a dialogue
 * whose turns each carry a run-together word list, a dialogue closing on a bilingual credit and a
 * usage note, ASS subtitles styling the English line with a Chinese font's name, a subtitle page
 * under a video player's tabs and an image's placeholder text, an idiom lesson giving each example
 * sentence's English in brackets after it, a one-line interview, a learner dictionary's entry, and
 * song lyrics whose refrain comes back in both languages.
 * Same format as `page-shapes.pages.ts`: expected links by line and the lines that are no
 * translation unit (`x`).
 */
import { page, type ShapePage } from './page-shapes.pages.js';

/** The pages. */
export const PROBED_STUDY_PAGES: ShapePage[] = [
  page('one-line dialogue: speaker turns and their Chinese on one line, the Chinese stopped by ASCII marks between Han', [
    'Ann: Have you tried the new noodle shop on Pine Street? 你去过松树街新开的面馆了吗? Ben: Yes, last Friday. The beef noodles cost 28 yuan. '
      + '去过,上周五去的.牛肉面28块钱. Ann: Was it busy? 人多吗? Ben: Really busy! We waited half an hour. 真的很多!我们等了半小时.',
  ], ['1 => 1', '1 => 1', '1 => 1', '1 => 1']),

  page('dialogue in traditional characters, each turn followed by its words run together with their tags', [
    '第一次來台南',
    'Maya is visiting Tainan for the first time.',
    '瑪雅第一次來台南玩。',
    'visit(v.)拜訪first(adj.)第一的',
    'Maya: Excuse me, how do I get to the old tea museum?',
    '瑪雅：不好意思，請問舊茶葉博物館怎麼走？',
    'excuse me不好意思museum(n.)博物館',
    'Clerk: You can take the bus to the old bridge and then walk along the river to the second gate.',
    '店員：妳可以搭公車到舊橋，然後沿著河走到第二個門。',
    'take(v.)搭乘bus(n.)公車old(adj.)舊的bridge(n.)橋then(adv.)然後walk(v.)走路along(prep.)沿著river(n.)河second(adj.)第二的gate(n.)門',
    'Maya: Thank you! Is it far?',
    '瑪雅：謝謝！遠嗎？',
    'far(adj.)遠的',
  ], ['2 => 3', '5 => 6', '8 => 9', '11 => 12'], [1, 4, 7, 10, 13]),

  page('dialogue, English turns then Chinese turns, closing on a bilingual credit in brackets and an English usage note', [
    'A: Did you hear the night market is moving to the riverside?',
    'B: Yes, the city says the new site will have 300 stalls.',
    'A: I hope the stinky tofu stand moves too.',
    'A: 你聽說夜市要搬到河濱了嗎？',
    'B: 聽說了，市政府說新地點會有三百個攤位。',
    'A: 希望臭豆腐攤也一起搬過去。',
    '(Amy Lin, Harbor Daily／港都日報陳美玲譯)',
    '“I hope”',
    'We use “hope” with a verb in the present tense to talk about something we want to happen.',
  ], ['1 => 4', '2 => 5', '3 => 6'], [7, 8, 9]),

  page('ASS subtitles: Chinese line, then the English line styled with a Chinese font name in an override block', [
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    'Dialogue: 0,0:00:01.50,0:00:03.80,Default,,0,0,0,,这班车去机场吗？\\N{\\fn黑体\\fs16}Airport bus?',
    'Dialogue: 0,0:00:04.00,0:00:06.20,Default,,0,0,0,,不去。\\N{\\fn黑体\\fs16}No, sorry.',
    'Dialogue: 0,0:00:06.50,0:00:08.90,Default,,0,0,0,,那我坐哪路车？\\N{\\fn黑体\\fs16}Which one, then?',
    'Dialogue: 0,0:00:09.10,0:00:11.00,Default,,0,0,0,,{\\fs16}坐12路。\\N{\\fn黑体\\fs16}Take the 12.{\\r}',
  ], ['3 => 3', '4 => 4', '5 => 5', '6 => 6'], [1, 2]),

  page('subtitle page under an image placeholder and a video player tab line, each cue an item with its Chinese below', [
    'Image placeholder',
    '',
    '視頻 字幕列表 播放',
    '',
    '  • Good morning and welcome to the weekly science roundup.',
    '',
    '    早安，歡迎收看每週科學新聞。',
    '',
    '  • Engineers in Norway have tested a ferry that runs on hydrogen.',
    '',
    '    挪威的工程師測試了一艘以氫為動力的渡輪。',
    '',
    '  • The ship can carry 120 cars and 300 passengers.',
    '',
    '    這艘船可以載運120輛汽車和300名乘客。',
  ], ['5 => 7', '9 => 11', '13 => 15'], [1, 3]),

  page('idiom lesson in traditional characters: example sentences, each followed on its line by its English in brackets', [
    '成語練習',
    '畫蛇添足 (hua4 she2 tian1 zu2)',
    '這個成語是說做了多餘的事，反而把事情弄糟了。',
    '報告已經寫得很好了，你再加圖表就是畫蛇添足。 (The report is already good. Adding charts now would be overdoing it.)',
    '她的演講很精彩，最後那個笑話有點畫蛇添足。 (Her speech was great, but the joke at the end was one thing too many.)',
    '（台北時報編譯陳小華）',
  ], ['- => 3', '4 => 4', '5 => 5'], [1, 2, 6]),

  page('one-line interview: a one-character reply, a reply opening on a figure, and a turn whose stop the page left out', [
    'Mia: Welcome back. Our guest today lives on a boat. 欢迎回来。今天的嘉宾住在一条船上。 Sam: Hi! 嗨! Mia: How long have you lived there? 你在船上住了多久? '
      + 'Sam: Six years. 6年。 Mia: Do you like it? 你喜欢吗? Sam: Yes! 对! Sam: It gets cold in winter, though. Brr 不过冬天挺冷的,真冷。 Mia: I believe you. 我相信。',
  ], Array.from({ length: 8 }, () => '1 => 1')),

  page('learner dictionary entry: the headword, section labels in Chinese, example sentences with their translations, a pattern and a note', [
    'harvest',
    '例句',
    'The apple harvest begins in late September.',
    '蘋果的收成從九月底開始。',
    'Heavy rain ruined much of the rice harvest this year.',
    '今年大雨毀了大部分的稻米收成。',
    '文法句型',
    'a good harvest of [crop]',
    '用法筆記',
    'Used mostly for crops; for fish, people often say catch instead.',
    '常見錯誤',
  ], ['3 => 4', '5 => 6'], [1, 2, 7, 8, 9, 10, 11]),

  page('song lyrics in traditional characters, each English line over its Chinese, none with a stop, the refrain sung three times in both languages', [
    'Harbour Lights',
    'The boats come in at evening',
    '船隻在黃昏時歸來',
    'Under the harbour lights',
    '在港口的燈光下',
    'The gulls are crying over the pier',
    '海鷗在碼頭上空鳴叫',
    'Under the harbour lights',
    '在港口的燈光下',
    'My father mends his nets again',
    '父親又在補他的漁網',
    'Under the harbour lights',
    '在港口的燈光下',
  ], ['2 => 3', '4 => 5', '6 => 7', '8 => 9', '10 => 11', '12 => 13'], [1]),

  page('reading page giving its Chinese title again at the foot of the translation, the English title given once', [
    'The Lighthouse Cat',
    '',
    'A grey cat has lived in the old lighthouse for nine years. The keepers feed it fish every morning.',
    '',
    'It sleeps on the warm lamp room floor.',
    '',
    '燈塔上的貓',
    '',
    '一隻灰貓在舊燈塔裡住了九年。看守人每天早上餵牠吃魚。',
    '',
    '牠睡在溫暖的燈室地板上。',
    '',
    '燈塔上的貓',
  ], ['1 => 7', '3 => 9', '5 => 11'], [13]),
];
