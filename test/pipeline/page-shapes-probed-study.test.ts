import { describe, expect, it } from 'vitest';
import { blockKind, isCreditLine } from '../../src/pipeline/block-kind.js';
import { split } from '../../src/pipeline/split.js';
import { PROBED_STUDY_PAGES } from './page-shapes-probed-study.pages.js';
import { testPages } from './page-checks.js';

describe('page shapes probed on study, listening and subtitle pages', () => {
  // Links, and each two-sided link at 0.5 or more.
  testPages(PROBED_STUDY_PAGES);
});

const blocks = (input: string) => split(input).map((b) => `${b.kind ?? b.lang}:${b.text}`);

describe('split: Chinese stopped by ASCII marks inside a line of alternating runs', () => {
  it('cuts where the script changes, not at an ASCII stop between Han', () => {
    const line = 'Lin: Is the museum open today? 博物馆今天开门吗? Kai: No, it is closed on Mondays. 不开!周一闭馆.明天再来吧.';
    expect(blocks(line)).toEqual([
      'en:Lin: Is the museum open today?',
      'zh:博物馆今天开门吗?',
      'en:Kai: No, it is closed on Mondays.',
      'zh:不开!周一闭馆.明天再来吧.',
    ]);
  });

  it('still cuts an English stop glued to the Chinese after it, and leaves Chinese alone whole', () => {
    expect(blocks('The shop opens at nine.商店九点开门。It closes at six.六点关门。').map((b) => b.slice(0, 3))).toEqual(['en:', 'zh:', 'en:', 'zh:']);
    expect(split('真的吗?太好了.我们明天见!到时候再聊.')).toHaveLength(1);
  });

  it('reads a one-character Chinese reply, a reply opening on a figure, and a turn missing its stop before the Chinese', () => {
    expect(blocks('Sam: Yes! 对! Mia: Six years? 6年? Sam: It gets cold, though. Brr 不过冬天挺冷的。 Mia: Really? 真的吗?')).toEqual([
      'en:Sam: Yes!', 'zh:对!', 'en:Mia: Six years?', 'zh:6年?', 'en:Sam: It gets cold, though. Brr', 'zh:不过冬天挺冷的。', 'en:Mia: Really?', 'zh:真的吗?',
    ]);
  });

  it('leaves whole an English line naming a character, and a version number glued to Chinese', () => {
    for (const line of ['The word 人 means person. It is one of the first characters children learn to write.', 'The new app v2.5升级版 is fast. Everyone in the office likes it.']) {
      expect(split(line), line).toHaveLength(1);
    }
  });

  it('cuts a Chinese sentence from its English rendering in brackets after it, not from a bracketed note', () => {
    expect(blocks('他每天早上六點起床跑步。 (He gets up at six every morning to run.)')).toEqual(['zh:他每天早上六點起床跑步。', 'en:(He gets up at six every morning to run.)']);
    for (const line of ['他每天早上六點起床跑步。 (see the table below for times)', '他每天早上六點起床跑步。(Photo: Lin Wei)', '他每天早上六點起床跑步 (He gets up at six every morning to run.)']) {
      expect(split(line), line).toHaveLength(1);
    }
  });
});

describe('split: a title of function words before its Chinese title', () => {
  it('cuts an English title made only of function words from the Chinese title after it', () => {
    expect(blocks('Just For Us 只屬於我們')).toEqual(['en:Just For Us', 'zh:只屬於我們']);
    expect(blocks('What About You 那你呢')).toEqual(['en:What About You', 'zh:那你呢']);
  });

  it('leaves whole a name before a Chinese phrase, and function words before a Chinese sentence with its stop', () => {
    for (const line of ['Jay Chou 演唱会门票', 'All Of Them 都是我的朋友。']) expect(split(line), line).toHaveLength(1);
  });
});

describe('block kinds met on study and subtitle pages', () => {
  it('reads a line of several word-list entries run together, each with its tag, as vocabulary', () => {
    for (const line of ['take(v.)搭乘bus(n.)公車old(adj.)舊的bridge(n.)橋then(adv.)然後walk(v.)走路along(prep.)沿著river(n.)河second(adj.)第二的gate(n.)門', 'visit(v.)拜訪first(adj.)第一的']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
  });

  it('reads a numbered entry whose part of speech stands in brackets without its stop, before or after the phonetics, as one vocabulary line', () => {
    for (const line of ['4. harbour (n) /ˈhɑːbə/,HAR-ber 港口、海港', '5. gloomy /ˈɡluːmi/ (adj) 陰暗的、憂鬱的', 'set off (phr) 出發']) {
      expect(blocks(line), line).toEqual([`vocabulary:${line}`]);
    }
  });

  it('reads a headword with its phonetics and its Chinese sense, no part of speech, as vocabulary, several on a line too', () => {
    for (const line of ['lamp [læmp] 燈', 'kettle /ˈketl/ 水壺', '3. sunflower /ˈsʌnflaʊə/ 向日葵，葵花', 'ship[ʃɪp] 船 sheep[ʃiːp] 綿羊 shop[ʃɒp] 商店']) {
      expect(blocks(line), line).toEqual([`vocabulary:${line}`]);
    }
  });

  it('leaves a code in brackets before Chinese, and a sentence quoting a word\'s phonetics, to be cut as text', () => {
    expect(blocks('Tencent [TCEHY] 腾讯今年利润增长').map((b) => b.slice(0, 11))).not.toContain('vocabulary:');
    expect(blocks('The vowel in cat [kæt] is short 這個母音很短').map((b) => b.slice(0, 3))).toEqual(['en:', 'zh:']);
  });

  it('still cuts a sentence naming a tag in brackets deep inside it, or a bracket glued to a word, from its translation', () => {
    for (const line of ['Underline each verb (v) and each noun (n) in the passage 在短文中劃出動詞和名詞', 'The cost c(n) rises with the size 成本隨規模上升']) {
      expect(blocks(line).map((b) => b.slice(0, 3)), line).toEqual(['en:', 'zh:']);
    }
  });

  it('leaves an English sentence naming two tags, or a sentence and its translation, as text', () => {
    for (const line of [
      'The word run (v.) and the word run (n.) are spelled the same but mean different things in most sentences we read and write 跑 跑步',
      'Please bring a gift (n.) for the host. 請帶一份禮物給主人。',
    ]) expect(blockKind(line), line).toBeUndefined();
  });

  it('reads the section labels of a learner dictionary entry as vocabulary, a sentence opening with one as text', () => {
    for (const line of ['例句', '同義詞', '文法句型', '用法筆記', '常見錯誤', 'Examples', 'Usage notes', 'Common mistakes', 'Synonyms:']) expect(blockKind(line), line).toBe('vocabulary');
    for (const line of ['Grammar: the verb comes second in a question.', '例句都很短。', 'Usage of the word has changed.']) expect(blockKind(line), line).toBeUndefined();
  });

  it('reads a bilingual credit in brackets as a credit', () => {
    for (const line of ['(Amy Lin, Harbor Daily／港都日報陳美玲譯)', '(By Tom Hill, Daily Star/每日星報李文)']) expect(isCreditLine(line), line).toBe(true);
    for (const line of ['(The bridge opened in 1998, and the city grew around it.)', '（記得帶雨傘／明天會下雨，出門前看一下天氣預報）']) expect(isCreditLine(line), line).toBe(false);
  });

  it('reads a video player tab line and an image placeholder as chrome, a sentence naming them as text', () => {
    for (const line of ['Image placeholder', '視頻 字幕列表 播放', 'Image', 'Subtitles', '影片 字幕']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['The image shows a ferry.', '視頻：渡輪的試航', 'Subtitles are on the left.']) expect(blockKind(line), line).toBeUndefined();
  });

  it('reads a share bar with a player\'s marks and its length as chrome, a sentence about a recording as text', () => {
    for (const line of ['Share 分享 WeChat 微信 ▶ Audio 音频 (4:05)', '▶ Play 播放', '🔊 Listen 收听 (2:10)']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['▶ Play the recording twice before you answer.', '▶ 请先听两遍录音再作答。']) expect(blockKind(line), line).toBeUndefined();
  });

  it('drops the override blocks opening or closing a line of an ASS event from its text', () => {
    const line = 'Dialogue: 0,0:00:01.50,0:00:03.80,Default,,0,0,0,,{\\fs16}车票多少钱？\\N{\\fn黑体\\fs16}How much is the ticket?{\\r}';
    expect(blocks(`${line}\n`)).toEqual(['cue:Dialogue: 0,0:00:01.50,0:00:03.80,Default,,0,0,0,', 'zh:车票多少钱？', 'en:How much is the ticket?']);
  });
});
