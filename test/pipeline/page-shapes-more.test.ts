import { describe, expect, it } from 'vitest';
import { blockKind, isCreditLine, isWordListEntry } from '../../src/pipeline/block-kind.js';
import { split } from '../../src/pipeline/split.js';
import { MORE_GAPS, MORE_PAGES } from './page-shapes-more.pages.js';
import { testPages } from './page-checks.js';

describe('more page shapes: glossaries, pinyin, exam and practice pages, grouped releases, lyrics, converters, a third language', () => {
  // Links, and each two-sided link at 0.5 or more; a known gap (MORE_GAPS says why) is expected to fail.
  testPages(MORE_PAGES, MORE_GAPS);

  it('names only pages that exist as known gaps', () => {
    for (const name of MORE_GAPS.keys()) expect(MORE_PAGES.some((p) => p.name === name), name).toBe(true);
  });
});

describe('more page shapes: word-list entries and term lists', () => {
  it('keeps a word-list entry with its part of speech, its phonetics and several Chinese senses whole', () => {
    for (const line of ['1. resilient /rɪˈzɪliənt/ adj. 有韧性的；能迅速恢复的', '3. undo /ʌnˈduː/ v. 使无效；抵消', 'budget [ˈbʌdʒɪt] n. 预算；预算案']) {
      expect(isWordListEntry(line), line).toBe(true);
      expect(split(`${line}\n`), line).toHaveLength(1);
    }
  });

  it('still cuts a sentence and its translation, and a headline with a word list\'s tag in it', () => {
    for (const line of ['The adj. form is rare. 这种形容词形式很少见。', 'Prices rose 8 percent in May, the bureau said. 统计局说，5月份价格上涨了8%。']) expect(isWordListEntry(line), line).toBe(false);
    expect(split('Prices rose 8 percent in May, the bureau said. 统计局说，5月份价格上涨了8%。\n')).toHaveLength(2);
  });

  it('reads a headword, its Chinese and a gloss of any length set apart by dashes as vocabulary', () => {
    const entries = [
      'solar panel - 太阳能板 (tàiyángnéng bǎn) - a flat device that turns sunlight into electricity for homes and offices',
      'tide pool (rock pool) - 潮池 - a pool of sea water left among the rocks when the tide goes out',
      'sign up - 报名',
    ];
    for (const line of entries) expect(blockKind(line), line).toBe('vocabulary');
    const page = split(`Word list 词汇\n${entries.join('\n')}\n`);
    expect(page.filter((b) => b.kind === 'vocabulary').map((b) => b.line)).toEqual([1, 2, 3, 4]);
  });

  it('leaves a sentence with a dash and its translation, and an English line with a dash, no vocabulary', () => {
    for (const line of ['The council - 市议会 - met on Friday and voted to close three schools before 2026. 市议会周五开会，投票决定在2026年前关闭三所学校。', 'Prices rose - again - in May.']) {
      expect(blockKind(line), line).not.toBe('vocabulary');
    }
  });

  it('reads the English heading of a related list as the Chinese one is read', () => {
    for (const [en, zh] of [['Related coverage', '相关报道'], ['Related articles:', '相关文章：']] as const) {
      expect(blockKind(en), en).toBe('chrome');
      expect(blockKind(zh), zh).toBe('chrome');
    }
    expect(blockKind('Related coverage of the vote continues on page 4.')).toBeUndefined();
  });

  it('reads a labelled list of terms after a colon as vocabulary', () => {
    for (const line of ['提示词：剪纸 paper cutting；民间艺术 folk art；祝愿 wish', 'Key words: 剪纸 paper cutting; 民间艺术 folk art', '生词：预算 budget，议员 lawmaker']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
  });

  it('reads a section label given in both languages as vocabulary', () => {
    for (const line of ['New words 生词:', '注释 Notes', 'Glossary / 词汇', 'Key words｜重点词汇']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
    for (const line of ['Key words show the way 重点词汇很重要。', 'Notes from the field 现场笔记']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });

  it('leaves a labelled sentence and a label over English prose alone', () => {
    for (const line of ['提示：明天的考试改到下午三点。', 'Vocabulary: students who read every day learn about 3,000 new words a year, the study found.', '生词：这篇文章里有很多生词，比如 resilient。']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });

  it('reads a word named before 一词 as a note on it, and a column name holding 一词 as no note', () => {
    expect(blockKind('resilient一词意思很多，这里指“能迅速恢复的”。')).toBe('vocabulary');
    expect(blockKind('每日一词：resilient')).toBeUndefined();
  });
});

describe('more page shapes: a third language and mojibake', () => {
  const kinds = (text: string) => split(`${text}\n`).map((b) => `${b.lang}:${b.kind ?? ''}`);

  it('gives a French, Spanish, German, Italian or Malay line the foreign kind, with or without accents', () => {
    for (const line of [
      'Où est la gare ?', 'Combien coûte un billet pour Lyon ?', 'Hola a todos, somos estudiantes de la Ciudad de Mexico', 'Das Museum ist montags geschlossen.',
      'Il museo è chiuso il lunedì.', 'Le musee a recu des visiteurs de plus de cent pays', 'Merci beaucoup', 'Gracias por todo', 'Terima kasih banyak',
      'Lif di Blok 123 akan dinaik taraf dari 3 Jun hingga 28 Jun.', 'Kami memohon maaf atas sebarang kesulitan.',
    ]) expect(kinds(line), line).toEqual(['und:foreign']);
  });

  it('leaves English lines naming foreign places, people and dishes English', () => {
    for (const line of [
      'Juan Carlos de la Vega', 'Café de Flore reopens', 'Los Angeles and Las Vegas', 'Bon appétit, as the French say.', 'José Mourinho wins again', 'Dan Yang',
      'El Niño returns to the Pacific', 'La Liga title race heats up', 'Die Hard is on TV tonight', 'Des Moines', 'En route to Paris',
    ]) expect(kinds(line), line).toEqual(['en:']);
  });

  it('still reads pinyin with tone marks as pinyin, and Italian accents as no tone marks', () => {
    for (const line of ['Nǐ hǎo, wǒ jiào Wáng Fāng.', 'Wáng Míng: Nǐ zhōumò zuò shénme?', 'chuáng qián míng yuè guāng,']) expect(kinds(line), line).toEqual(['und:pinyin']);
    expect(kinds('Il museo è chiuso il lunedì.')).toEqual(['und:foreign']);
  });

  it('reads text decoded with the wrong encoding as garbage, and accents and a stray misdecoded quote as no garbage', () => {
    for (const line of ['ç¬¬ä¸€åœºé›ª', 'Ã¤Â¸Â­Ã¥â€ºÂ½']) expect(blockKind(line), line).toBe('garbage');
    for (const line of ['Itâ€™s a cafÃ© near the park', 'Élève de l\'école', 'Die Größe ist wichtig', 'Â© 2024']) expect(blockKind(line), line).not.toBe('garbage');
  });
});

describe('more page shapes: forum floors, answer-key labels and ASS subtitles', () => {
  it('reads a forum floor label with the poster\'s name as chrome, and a floor label opening a post as no chrome', () => {
    for (const line of ['1楼 网友A：', '#3 小王', '5F 阿明:', '第2楼', '沙发 老李：']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['2楼 网友B：他说的对。', '3 Fish', '1楼的住户投诉噪音。']) expect(blockKind(line), line).not.toBe('chrome');
  });

  it('reads an answer-key label standing alone as a section label, and a sentence about keys as text', () => {
    for (const line of ['Key:', 'Answer key', 'Answers']) expect(blockKind(line), line).toBe('vocabulary');
    for (const line of ['Key findings', 'Answers came slowly.', 'Key: the bridge will open in May.']) expect(blockKind(line), line).toBeUndefined();
  });

  it('cuts an ASS event into its fields, a cue, and each line of its speech', () => {
    const line = 'Dialogue: 0,0:00:01.20,0:00:03.50,Default,,0,0,0,,我们得马上走了。\\NWe have to leave right now.';
    expect(split(`${line}\n`).map((b) => `${b.kind ?? b.lang}:${b.text}`)).toEqual(['cue:Dialogue: 0,0:00:01.20,0:00:03.50,Default,,0,0,0,', 'zh:我们得马上走了。', 'en:We have to leave right now.']);
    for (const header of ['ScriptType: v4.00+', 'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text', 'Style: Default,Arial,20,&H00FFFFFF,&H000000FF,0,0']) {
      expect(blockKind(header), header).toBe('cue');
    }
  });

  it('leaves a line of dialogue in a script and a format sentence alone', () => {
    for (const line of ['Dialogue: the two leaders met for an hour.', 'Format: the talks will run over two days.', 'Style: a plain, direct voice.']) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('more page shapes: study-page apparatus left alone gets its kind', () => {
  it('reads lines of lettered options as vocabulary, a question number before them or not', () => {
    for (const line of ['A. 1 yuan  B. 1.5 yuan  C. 2 yuan', 'A. Two B. Four C. Five', 'A. 北京 B. 上海 C. 广州 D. 深圳', '(1) A. get  B. gets  C. got', '3. A. takes  B. take  C. taking']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
    for (const line of ['A. Lincoln was the 16th president of the United States.', '1. A new bridge opened.', 'A. In March B. In May', 'A. yes C. no D. maybe']) expect(blockKind(line), line).toBeUndefined();
  });

  it('reads phonetics standing alone, a word in emphasis marks with its Chinese and a grammar or translation note as vocabulary', () => {
    for (const line of ['/rɪˈzɪliənt/ adj.', '[ˈbʌdʒɪt]', '**drone** – 无人机', '语法：only + 状语位于句首时，句子要部分倒装。', '1. “种植”译为grow，比plant更常用于农作物。']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
    for (const line of ['/usr/bin/node', '**Breaking** news from Beijing', '语法课改到了周三下午。', '“Community sports fields”一般译为社区运动场，你的译文没问题。']) expect(blockKind(line), line).not.toBe('vocabulary');
  });

  it('reads a bracketed lead-in label as a summary line, and a photo source in brackets as a credit', () => {
    expect(blockKind('【导读】本文讲述了一家百年老店如何借助网络重获新生。')).toBe('summary');
    expect(blockKind('导语：下面这篇文章介绍了新能源汽车出口。')).toBe('summary');
    expect(blockKind('导读课上，老师讲了三篇文章。')).toBeUndefined();
    expect(isCreditLine('（图片来源：网络）')).toBe(true);
    expect(isCreditLine('图片来源问题引发争议，网友拍摄的视频显示洪水已退去。')).toBe(false);
  });
});

describe('more page shapes: a quote and its translation on one line', () => {
  const parts = (text: string) => split(`${text}\n`).map((b) => `${b.lang}:${b.text}`);

  it('cuts a quote, its translation and its author after a dash into three blocks, a slash between the languages left out', () => {
    expect(parts('Knowledge is power. / 知识就是力量。 —— Francis Bacon')).toEqual(['en:Knowledge is power.', 'zh:知识就是力量。', 'en:—— Francis Bacon']);
    expect(parts('Where there is a will, there is a way. / 有志者，事竟成。')).toEqual(['en:Where there is a will, there is a way.', 'zh:有志者，事竟成。']);
  });

  it('leaves a line in one language with a dash in it whole', () => {
    expect(parts('The minister said the plan would go ahead -- with or without funds')).toHaveLength(1);
    expect(parts('他说，这个计划将继续推进——无论有没有资金')).toHaveLength(1);
    expect(parts('Less is more. —— Ludwig Mies van der Rohe')).toHaveLength(1);
  });
});

describe('more page shapes: a reply label heading an answer', () => {
  it('leaves a reply label closing on its colon as text, and a reply button as chrome', () => {
    for (const line of ['Reply:', '答覆：']) expect(blockKind(line), line).toBeUndefined();
    for (const line of ['Reply', '回复', '回复：', 'Reply | Quote', '赞(5) 回复']) expect(blockKind(line), line).toBe('chrome');
  });
});

describe('more page shapes: forum quote headers, notices, language links and emoji lines', () => {
  it('reads them as chrome', () => {
    for (const line of ['引用 1楼 bookworm 的发言：', 'Quote from mapfan:', 'mapfan wrote:', '版主提示：请勿在帖子中发布广告。', '点击查看本文英文版。', '阅读英文原文', '😂😂👍', '👍 1.2万', '🌸🌸🌸']) {
      expect(blockKind(line), line).toBe('chrome');
    }
  });

  it('leaves a quoted post, a sentence about writing and sentences holding those words alone', () => {
    for (const line of ['Quote: Shanghai will build 100 new community sports fields', 'He wrote: the plan will fail.', '英文版权归原作者所有。', '引用数据显示，房价上涨了5%。', 'I ❤️ Beijing', '英文原文']) {
      expect(blockKind(line), line).not.toBe('chrome');
    }
  });
});

describe('more page shapes: verse lines', () => {
  const texts = (text: string) => split(text).map((b) => b.text);

  it('keeps each line of a stanza a block of its own, a line opening in lower case included', () => {
    expect(texts('Before my bed the moonlight glows,\nI take it for frost upon the ground.\nI raise my head to see the moon,\nand lower it to think of home.\n')).toHaveLength(4);
  });

  it('still joins two lines of a subtitle cue and a sentence broken over two lines', () => {
    expect(texts('1\n00:00:01,000 --> 00:00:04,000\nToday I want to talk about,\nwhy cities grow the way they do.\n')).toHaveLength(3);
    expect(texts('The results of the vote were, in the end,\nby no means certain until the last count.\n')).toHaveLength(1);
  });
});

describe('more page shapes: a contributor credit standing alone', () => {
  it('reads it as a credit line, and a sentence about a contribution as text', () => {
    expect(isCreditLine('CNN\'s Beijing bureau contributed to this report.')).toBe(true);
    expect(isCreditLine('Li Wei contributed reporting to this story.')).toBe(true);
    expect(isCreditLine('He contributed to the report on climate change in 2019, which was widely read.')).toBe(false);
  });
});

describe('more page shapes: invitations to the site and end marks between signs', () => {
  it.each([
    '更多精彩内容，请登录本报网站。',
    '更多資訊，請關注我們的官方帳號。',
    'Join our WhatsApp channel for the day\'s top stories.',
    'Join The Gazette\'s Telegram channel and get the latest news.',
    '阅读提示：先读英文，再读中文。',
    '~~~ End ~~~',
    '=== END ===',
  ])('%s is page furniture', (line) => {
    expect(isCreditLine(line)).toBe(true);
  });

  it.each([
    'Join the army and see the world.',
    '更多的居民请求延长开放时间。',
    'The end of the line came in 2023.',
    '阅读的人数比去年增加了两成。',
  ])('%s is text', (line) => {
    expect(isCreditLine(line)).toBe(false);
  });
});
