import { describe, expect, it } from 'vitest';
import { align, alignFiles } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { chineseNumerals, englishNumberWords, isDatelineOrPageInfo, looksLikeBoilerplate, textSignals } from '../../src/pipeline/pair-signals.js';
import { split } from '../../src/pipeline/split.js';
import { formatTable } from '../../src/format/table.js';
import type { FileResult } from '../../src/types.js';
import { SHAPE_PAGES } from './page-shapes.pages.js';
import { testPages } from './page-checks.js';

describe('page shapes: pages of each layout pair as their translation runs, each two-sided link at 0.5 or more', () => {
  testPages(SHAPE_PAGES);
});

describe('page shapes: section labels of study pages', () => {
  it('gives a label standing alone on its line the vocabulary kind', () => {
    for (const line of ['Vocabulary', 'New words:', 'Notes', '生詞', '重点词汇：', '參考譯文', '全文翻译', 'Transcript', 'Listening script:', 'Passage B', 'Text A', '课文']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves titles and sentences holding those words alone', () => {
    for (const line of ['Notes from a small island', 'Words fail me.', 'Vocabulary tests are getting harder', '生词很多，但文章不难。', 'Passage to India', 'Text messages', 'Transcript of the minister\'s speech', '课文很长。']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });
});

describe('page shapes: two paragraphs swapped in the Chinese file only', () => {
  const en = [
    'The port handled 48 million containers last year, the most of any port in the world. Its busiest month was July.',
    'Its new automated terminal opened in 2017. It needs no crane drivers on site.',
    'Ships now wait less than a day on average before they can unload. Ten years ago they waited three.',
    'The operator plans to add two more berths by 2026. Demand from Southeast Asia keeps rising.',
    'Exports of electric cars made up a growing share of the cargo in the past two years. Most went to Europe.',
  ];
  const zh = [
    '该港口去年处理集装箱4800万个，居全球港口之首。最繁忙的月份是7月。',
    '船舶平均等待不到一天即可卸货。十年前要等三天。',
    '其新建的自动化码头于2017年启用。现场无需起重机司机。',
    '运营方计划到2026年再增加两个泊位。来自东南亚的需求不断增长。',
    '过去两年，电动汽车出口在货物中所占份额越来越大。大部分运往欧洲。',
  ];
  it('links each paragraph with its own translation, one link crossing the other', () => {
    const result = alignFiles({ text: en.join('\n\n'), path: 'a.en.txt' }, { text: zh.join('\n\n'), path: 'a.zh.txt' });
    const line = new Map(result.blocks.map((b) => [b.id, b.line]));
    const found = result.pairs.map((p) => `${p.en.map((id) => line.get(id)).join('+')} => ${p.zh.map((id) => line.get(id)).join('+')}`);
    expect(found.sort()).toEqual(['1 => 1', '3 => 5', '5 => 3', '7 => 7', '9 => 9']);
  });
});

describe('page shapes: credits and related lines stand alone', () => {
  it('reads a photo credit in brackets and a related line as boilerplate', () => {
    for (const line of ['(Photo by Mark Lee)', '[Photo/Xinhua]', '(Photo: Reuters)', 'Related: City plans second park near the airport', 'Related stories:']) {
      expect(looksLikeBoilerplate(line), line).toBe(true);
    }
  });

  it('reads the end marks and issue times of government releases as boilerplate', () => {
    for (const line of ['Ends/Friday, March 3, 2023', 'Issued at HKT 15:30', '香港時間15時30分', 'NNNN']) expect(looksLikeBoilerplate(line), line).toBe(true);
    for (const line of ['Issued at a time of crisis, the report was read widely.', 'Ends and means are not the same thing.', '香港時間過得很快。']) expect(looksLikeBoilerplate(line), line).toBe(false);
  });

  it('reads a reporter line in brackets as boilerplate, and not a sentence about a press conference', () => {
    for (const line of ['（本报记者 刘洋）', '(编辑：李明)', '记者 张宇']) expect(looksLikeBoilerplate(line), line).toBe(true);
    for (const line of ['（记者会上，他表示将继续改革。）', '记者们在现场等了一天。']) expect(looksLikeBoilerplate(line), line).toBe(false);
  });

  it('leaves sentences that open with those words alone', () => {
    for (const line of ['(Photographers waited outside the court all day.)', 'Related companies saw their shares fall on Monday.', 'Photos of the flood spread quickly online.']) {
      expect(looksLikeBoilerplate(line), line).toBe(false);
    }
  });
});

describe('page shapes: lines holding both languages', () => {
  const parts = (text: string) => split(text).map((b) => `${b.lang}:${b.text}`);

  it('cuts a numbered heading given in both languages, either first', () => {
    expect(parts('1. Main findings 一、主要结论\n')).toEqual(['en:1. Main findings', 'zh:一、主要结论']);
    expect(parts('（二）优良天数 II. Days of good air\n')).toEqual(['zh:（二）优良天数', 'en:II. Days of good air']);
  });

  it('cuts a title in title case with a small word from its Chinese', () => {
    expect(parts('Annual Report on Air Quality 2022年空气质量年报\n')).toEqual(['en:Annual Report on Air Quality', 'zh:2022年空气质量年报']);
  });

  it('keeps a numbered vocabulary entry, an unnumbered label and a quoted name whole', () => {
    for (const line of ['1. budget 预算 (n.)', '3. Ozone 臭氧', 'Main findings 主要结论', '苹果公司首席执行官 Apple CEO Tim Cook', '一、Main findings 主要结论']) {
      expect(split(`${line}\n`), line).toHaveLength(1);
    }
  });

  it('cuts a line whose English and Chinese sentences alternate into its runs', () => {
    const line = 'The city will plant 10,000 trees. 该市将种植1万棵树。 Most will line bike paths. 其中大部分将种在自行车道两旁。';
    expect(parts(`${line}\n`)).toEqual(['en:The city will plant 10,000 trees.', 'zh:该市将种植1万棵树。', 'en:Most will line bike paths.', 'zh:其中大部分将种在自行车道两旁。']);
  });

  it('leaves a Chinese paragraph quoting one English sentence whole, and cuts two runs only once', () => {
    expect(split('他说：“We will win this time.” 大家都笑了。然后比赛开始了。\n')).toHaveLength(1);
    expect(split('记者问他感觉如何。 He said: I feel great today. 然后他离开了。\n')).toHaveLength(1);
    expect(parts('Volunteers can sign up online today. 志愿者今天可以在网上报名。\n')).toEqual(['en:Volunteers can sign up online today.', 'zh:志愿者今天可以在网上报名。']);
  });

  it('cuts a lyric or transcript timestamp opening a line off as a cue, and leaves footnote marks and years alone', () => {
    const blocks = split('[00:04.52]Chinese tourists spent more abroad last year.\n[00:00:03] 科学家说，台风正变得越来越强。\n');
    expect(blocks.map((b) => `${b.kind ?? b.lang}:${b.text}`)).toEqual([
      'cue:[00:04.52]', 'en:Chinese tourists spent more abroad last year.', 'cue:[00:00:03]', 'zh:科学家说，台风正变得越来越强。',
    ]);
    expect(blocks[1]!.column).toBe(11);
    for (const line of ['[1] Including the outer districts.', '[2019] A year of change for the city.', '[10:30 pm] Doors open.']) expect(split(`${line}\n`), line).toHaveLength(1);
  });

  it('cuts a byline under a title, a credit under a paragraph and a wire tag above one, but keeps a related list and a wrapped line', () => {
    const texts = (t: string) => split(t, { mode: 'auto' }).map((b) => b.text);
    expect(texts('Volunteers clean up the riverbank\nBy Staff Reporter\n\nDozens of volunteers came.\n')).toEqual(['Volunteers clean up the riverbank', 'By Staff Reporter', 'Dozens of volunteers came.']);
    expect(texts('Dozens of volunteers came on Sunday.\n[Photo/China Daily]\n\n数十名志愿者周日到场。\n')).toEqual(['Dozens of volunteers came on Sunday.', '[Photo/China Daily]', '数十名志愿者周日到场。']);
    expect(texts('(Xinhua)\nDozens of volunteers came on Sunday.\n\n数十名志愿者周日到场。\n')).toEqual(['(Xinhua)', 'Dozens of volunteers came on Sunday.', '数十名志愿者周日到场。']);
    expect(texts('Prices rose.\n\nRelated news:\nCity plans second park\nAirport adds new routes\n')).toEqual(['Prices rose.', 'Related news:\nCity plans second park\nAirport adds new routes']);
    expect(texts('The results of the vote were, in the end,\nby no means certain until the last count.\n')).toHaveLength(1);
  });

  it('makes each line holding both languages a block of its own in a file without blank lines', () => {
    const text = '北京迎来今冬首场降雪 Beijing sees first snow of winter\n周日，北京迎来今冬首场降雪，比往年晚了两周。 Beijing saw its first snow of the winter on Sunday, two weeks later than usual.\n';
    expect(split(text).map((b) => `${b.line}:${b.lang}`)).toEqual(['1:zh', '1:en', '2:zh', '2:en']);
  });
});

describe('page shapes: credits, ad slots and comment headings', () => {
  it('reads a photo credit without brackets as boilerplate, and not a sentence about photos', () => {
    expect(looksLikeBoilerplate('Photo by Liu Kun / China Daily')).toBe(true);
    expect(looksLikeBoilerplate('Photos courtesy of the museum')).toBe(true);
    expect(looksLikeBoilerplate('Pictures by children hang in the school hall.')).toBe(false);
    expect(looksLikeBoilerplate('Photos by the roadside showed the damage.')).toBe(false);
  });

  it('gives ad slots and comment-section headings the chrome kind', () => {
    for (const line of ['Advertisement', '广告', 'Sponsored content', '网友评论（23）', 'Comments (12)', '发表评论', '分享到：微博 微信', 'Share on Facebook Twitter', 'Share this article']) expect(blockKind(line), line).toBe('chrome');
    expect(blockKind('WeChat is used by a billion people.')).toBeUndefined();
    for (const line of ['Advertising revenue fell 8 percent.', '广告收入下降了8%。', '网友评论说，这座桥太窄了。']) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('page shapes: a comment section under the article', () => {
  const article = [
    'Scientists map the deepest part of the ocean',
    '科学家绘制海洋最深处地图',
    'The map took four years and more than 80 dives to make.',
    '绘制这张地图历时四年，下潜80多次。',
  ];
  const twoSided = (text: string) => {
    const r = align(text);
    const line = new Map(r.blocks.map((b) => [b.id, b.line]));
    return r.pairs.filter((p) => p.en.length && p.zh.length).map((p) => `${p.en.map((id) => line.get(id)).join('+')} => ${p.zh.map((id) => line.get(id)).join('+')}`);
  };

  it('pairs no reader comment under a comment heading', () => {
    const text = [...article, 'Leave a comment', 'Great photos, thanks for sharing.', '这张地图太漂亮了！'].join('\n');
    expect(twoSided(text)).toEqual(['1 => 2', '3 => 4']);
  });

  it('still pairs the article under a comment counter at its top', () => {
    const text = ['评论：0', 'Comments (12)', ...article].join('\n');
    expect(twoSided(text)).toEqual(['3 => 4', '5 => 6']);
  });
});

describe('page shapes: lines that are no translation unit are told as what they are', () => {
  const subtitles = [
    'WEBVTT', '', '1', '00:00:01.000 --> 00:00:03.500', 'The bridge opened this morning.', '大桥今天上午通车。', '',
    '2', '00:00:03.500 --> 00:00:06.000', 'It took six years to build.', '它历时六年建成。', '',
  ].join('\n');

  it('gives the WebVTT header, cue numbers and timestamps neither language', () => {
    const cues = split(subtitles).filter((b) => b.kind === 'cue');
    expect(cues.map((b) => `${b.lang}:${b.text}`)).toEqual(['und:WEBVTT', 'und:1', 'und:00:00:01.000 --> 00:00:03.500', 'und:2', 'und:00:00:03.500 --> 00:00:06.000']);
  });

  it('tells a run of cue lines once, in the findings and in the table', () => {
    const result = align(subtitles);
    const unpaired = result.findings.filter((f) => f.ruleId === 'unpaired-block');
    expect(unpaired.map((f) => f.message)).toEqual(['5 subtitle cue lines (lines 1–9) are in neither language']);
    const table = formatTable([result], { columns: 100 });
    expect(table.match(/outside pairs/g)).toHaveLength(1);
    expect(table).toContain('(subtitle cue)');
  });

  it('reports chrome and vocabulary lines as unpaired with their kind, not as missing translations', () => {
    const text = ['Young farmers head back to the countryside', '青年农民回到乡村', '分享到:', 'Vocabulary', 'survey 调查 (n.)', ''].join('\n');
    const result = align(text);
    expect(result.findings.filter((f) => f.ruleId === 'missing-translation')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'unpaired-block').map((f) => f.message)).toEqual([
      'ZH block "分享到:" has no partner (page chrome)',
      'EN block "Vocabulary" has no partner (a vocabulary line or label)',
      'ZH block "survey 调查 (n.)" has no partner (a vocabulary line or label)',
    ]);
  });

  it('still tells a number standing alone outside a subtitle file by itself, as a page number rather than a cue', () => {
    const result = align(['Prices rose 3 percent.', '价格上涨了3%。', '', '12', ''].join('\n'));
    expect(result.findings.filter((f) => f.ruleId === 'unpaired-block').map((f) => f.message)).toEqual(['Block "12" is in neither language (page chrome)']);
  });
});

describe('page shapes: two files of one paragraph a line, without blank lines', () => {
  const linesOf = (result: FileResult) => {
    const line = new Map(result.blocks.map((b) => [b.id, b.line]));
    return result.pairs.map((p) => `${p.en.map((id) => line.get(id)).join('+') || '-'} => ${p.zh.map((id) => line.get(id)).join('+') || '-'}`).sort();
  };

  it('reads a title without a stop above its paragraphs as a paragraph of its own', () => {
    const en = 'Rural tourism grows fast\nRural tourism received 3 billion visits last year, up 12 percent.\nMost visitors were city families who drove less than two hours.\n';
    const zh = '乡村旅游快速增长\n去年乡村旅游接待游客30亿人次，增长12%。\n游客大多是自驾两小时以内的城市家庭。\n';
    expect(split(en, { mode: 'auto' })).toHaveLength(3);
    expect(linesOf(alignFiles({ text: en, path: 'a.en.txt' }, { text: zh, path: 'a.zh.txt' }, { split: 'auto' }))).toEqual(['1 => 1', '2 => 2', '3 => 3']);
  });

  it('keeps a sentence broken over two lines whole, and a hard-wrapped paragraph one block', () => {
    expect(split('Scientists have found that a common garden plant\ncan clean heavy metals from soil.\n', { mode: 'auto' })).toHaveLength(1);
    const wrapped = [
      'The new line links the capital with the port city in ninety minutes, half the time',
      'of the old route, and trains will run every twenty minutes at peak hours, the operator',
      'said on Monday. Tickets cost sixty yuan for a standard seat and go on sale this week',
      'at stations and online.',
    ].join('\n');
    expect(split(`${wrapped}\n`, { mode: 'auto' })).toHaveLength(1);
  });
});

describe('page shapes: word lists, markup and subtitle headers', () => {
  it('reads a word-list entry with a part-of-speech tag as vocabulary, its senses set apart by ； or ，', () => {
    for (const line of ['energy 能源；能量 (n.)', 'important adj. 重要的，重大的', 'charger 充电器 (n.)']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves Chinese sentences with a stop, and long ones, alone even beside a tag', () => {
    for (const line of ['他说这个词是名词 (n.)，不是动词。', '能源价格上涨，政府表示将采取措施稳定市场供应，保障居民用电 (n.)']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });

  it('gives a line of HTML tags left in the paste, and a forum footer, the chrome kind', () => {
    for (const line of ['<br />', '</p><p>', '<div class="ad">', '引用 回覆 頂部']) expect(blockKind(line), line).toBe('chrome');
    for (const line of ['Use <br /> to break a line in HTML.', 'a < b and c > d']) expect(blockKind(line), line).toBeUndefined();
  });

  it('gives WebVTT header lines and cue identifiers the cue kind, and not a line of text above a timestamp', () => {
    const vtt = ['WEBVTT', 'Kind: captions', 'Language: zh-TW', '', 'intro-1', '00:01.000 --> 00:04.200', 'The river rose 3 metres overnight.', '河水一夜上涨了3米。', ''].join('\n');
    expect(split(vtt).map((b) => `${b.kind ?? b.lang}:${b.text}`)).toEqual([
      'cue:WEBVTT', 'cue:Kind: captions', 'cue:Language: zh-TW', 'cue:intro-1', 'cue:00:01.000 --> 00:04.200',
      'en:The river rose 3 metres overnight.', 'zh:河水一夜上涨了3米。',
    ]);
    // Without a blank line above, the line before a timestamp is the last cue's text.
    const tight = ['WEBVTT', '', '00:01.000 --> 00:03.000', 'Good morning.', '早上好。', '00:03.000 --> 00:05.000', 'Welcome back.', '欢迎回来。', ''].join('\n');
    expect(split(tight).filter((b) => !b.kind).map((b) => b.text)).toEqual(['Good morning.', '早上好。', 'Welcome back.', '欢迎回来。']);
    expect(blockKind('Language: the words we use every day')).toBeUndefined();
  });
});

describe('page shapes: a study page\'s notes on English words', () => {
  it('reads a Chinese note quoting an English word and saying what it means or how it is used as vocabulary', () => {
    for (const line of ['rent 在这里作动词，意为“租用”。', 'one reason 意为“原因之一”，注意 reason 后面常接 for。', '「offer」在這裡是「提供」的意思。', 'take off 的用法和搭配']) {
      expect(blockKind(line), line).toBe('vocabulary');
    }
  });

  it('reads a longer note going through a word and its kin, three lower-case words or more, as vocabulary', () => {
    const note = '文中的harvest就是“收获”的意思，与之相关的词汇还有harvester（收割机）和harvesting（收割）。此外，动词reap也可以表示收获庄稼，'
      + '常用于比喻句中，例如“种瓜得瓜，种豆得豆”在英语中常译为you reap what you sow，意思是一个人的行为会带来相应的结果。';
    expect(blockKind(note)).toBe('vocabulary');
  });

  it('leaves a long translation alone, its pinyin left in brackets by a converter or one product name in it', () => {
    const converted = '據(jù)新華社報(bào)道，該市今年的用法規(guī)定已經(jīng)修改，居民的意思表達(dá)渠道更加暢通，'
      + '市政府表示將在明年繼續(xù)推進(jìn)相關(guān)改革，讓更多市民從中受益，並且在各個(gè)社區(qū)設(shè)立服務(wù)中心。';
    expect(blockKind(converted)).toBeUndefined();
    const product = '这家公司表示，新版iPhone的用法和旧版一样简单，用户的意思是希望电池更耐用，公司将在今年秋季推出新的型号，'
      + '并在全国各地的门店同步开售，预计首批供货量将比去年增加三成，价格与上一代基本持平。';
    expect(blockKind(product)).toBeUndefined();
  });

  it('leaves a translation naming a product or quoting a sentence alone', () => {
    for (const line of ['Apple 周二發佈新款 iPad Pro，採用 M4 晶片。', '他说这个计划的意思是让更多人受益。', '新版 iPhone 的用法和旧版一样简单，苹果公司表示。']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });
});

describe('page shapes: where a line holding both languages is cut', () => {
  const parts = (text: string) => split(text).map((b) => `${b.lang}:${b.text}`);

  it('cuts after the English sentence\'s stop, not after a name the Chinese opens with', () => {
    expect(parts('CNN reported that 2.1 billion trips were made by road last year. 据CNN报道，去年公路出行达21亿人次。\n')).toEqual([
      'en:CNN reported that 2.1 billion trips were made by road last year.', 'zh:据CNN报道，去年公路出行达21亿人次。',
    ]);
  });

  it('cuts an English sentence glossing a Chinese term in brackets from its Chinese', () => {
    expect(parts('The travel rush, known as chunyun (春运), starts 15 days before the Lunar New Year. 春运从农历新年前15天开始。\n')).toEqual([
      'en:The travel rush, known as chunyun (春运), starts 15 days before the Lunar New Year.', 'zh:春运从农历新年前15天开始。',
    ]);
  });

  it('still leaves an English sentence with Chinese outside brackets whole', () => {
    expect(split('We visited the old town of 丽江古城 and the lake of 泸沽湖 last summer with friends.\n')).toHaveLength(1);
  });

  it('cuts a bulleted Chinese headline holding a name in Latin letters from its English, and reads it as no word-list entry', () => {
    const blocks = split('• 蓝湖乐队BLUELAKE新专辑周五上线 Blue Lake puts out a new album on Friday\n\n• 乐团K9秋季巡演加场 K9 adds three autumn dates to the tour\n');
    expect(blocks.map((b) => `${b.kind ?? b.lang}:${b.text}`)).toEqual([
      'zh:• 蓝湖乐队BLUELAKE新专辑周五上线', 'en:Blue Lake puts out a new album on Friday', 'zh:• 乐团K9秋季巡演加场', 'en:K9 adds three autumn dates to the tour',
    ]);
  });

  it('still reads a bulleted entry setting its headword apart as a word-list entry', () => {
    for (const line of ['• harvest 收获', '3. drought 干旱', '• T恤 T-shirt']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('cuts a caption opening with a Chinese label before its English from its Chinese', () => {
    expect(parts('圖片說明 Caption: Lanterns hang over the old street in Tainan on Saturday. 週六，台南老街上掛滿燈籠。\n')).toEqual([
      'en:圖片說明 Caption: Lanterns hang over the old street in Tainan on Saturday.', 'zh:週六，台南老街上掛滿燈籠。',
    ]);
    expect(parts('资料来源：The figures come from the city statistics bureau. 数据来自市统计局。\n')).toEqual([
      'en:资料来源：The figures come from the city statistics bureau.', 'zh:数据来自市统计局。',
    ]);
  });

  it('cuts a caption opening with a tag of a few English words in brackets, under a word list', () => {
    const text = 'lantern 灯笼\nold street 老街\n\n[Photo caption] Lanterns over the old street in Tainan, May 2024. 图：2024年5月，台南老街上的灯笼。\n';
    expect(parts(text).slice(-2)).toEqual([
      'en:[Photo caption] Lanterns over the old street in Tainan, May 2024.', 'zh:图：2024年5月，台南老街上的灯笼。',
    ]);
  });

  it('keeps a page\'s information line of items apart by bars, one a date, apart from the Chinese title above it', () => {
    const text = 'Harbour ferry fares to rise 6% from March\n港內渡輪票價3月起加6%\nHarbour Daily 港灣日報 | Transport 交通 | 14 February 2025 2025年2月14日\n\nFerry fares will rise 6% from March 1, the operator said on Friday.\n營辦商週五表示，渡輪票價將於3月1日起上調6%。\n';
    const blocks = split(text);
    expect(blocks.map((b) => b.text.split('\n').length)).toEqual([1, 1, 1, 1, 1]);
    expect(blocks[1]!.text).toBe('港內渡輪票價3月起加6%');
    const result = align(text, { referenceDate: '2025-02-14' });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves a line of bars with no date, or with a sentence in an item, to the paragraph rules', () => {
    expect(isDatelineOrPageInfo('Home 首页 | News 新闻 | Sport 体育')).toBe(false);
    expect(isDatelineOrPageInfo('The fares rose on 14 February 2025. | 票价于2025年2月14日上调。')).toBe(false);
    expect(isDatelineOrPageInfo('City News 城市新闻 | 2025-02-14 | By Staff Reporter 本报记者')).toBe(true);
  });

  it('leaves speech before an English quote in a Chinese paragraph whole', () => {
    expect(split('教练表示：Everyone played their part tonight. 球员们都笑了。\n')).toHaveLength(1);
  });
});

describe('page shapes: subtitle timings as pages paste them', () => {
  const parts = (text: string) => split(text).map((b) => `${b.kind ?? b.lang}:${b.text}`);

  it('reads a timing without fractions of a second, with its cue number or its settings on the line, as a cue', () => {
    for (const line of ['00:00:01 --> 00:00:05', '1 00:00:01,200 --> 00:00:04,600', '00:00:01.000 --> 00:00:04.000 line:85% position:50% align:middle']) {
      expect(blockKind(line), line).toBe('cue');
    }
  });

  it('cuts the text following a timing on its line off as a block of its own', () => {
    expect(parts('2 00:00:04,600 --> 00:00:08,000 Schools and most offices were closed.\n')).toEqual([
      'cue:2 00:00:04,600 --> 00:00:08,000', 'en:Schools and most offices were closed.',
    ]);
  });

  it('leaves a sentence about times with an arrow alone', () => {
    expect(blockKind('Trains ran from 10:30 --> 11:45 and then stopped.')).toBeUndefined();
    expect(parts('The match ran 1:30 --> 2:45 on the clock, longer than planned.\n')).toHaveLength(1);
  });
});

describe('page shapes: an exam page\'s explanation lines', () => {
  it('reads the explanation of an answer as a study note', () => {
    for (const line of ['解析：原文第一句提到 in 1987。', '【答案解析】第二段说明了原因。', '詳解：本題考查時態。']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves an answer key and a sentence about analysis alone', () => {
    for (const line of ['答案：1. B  2. C', '解析几何是数学的一个分支。', 'Answers: 1. B  2. C']) expect(blockKind(line), line).not.toBe('vocabulary');
  });
});

describe('page shapes: newspaper bylines and labelled word lists', () => {
  it('reads a Chinese paper\'s own-correspondent line as boilerplate, and not a lead paragraph opening with it', () => {
    for (const line of ['本报南京电 记者王芳', '本报讯', '本报北京3月5日电（记者 李明）']) expect(looksLikeBoilerplate(line), line).toBe(true);
    for (const line of ['本报北京3月5日电 国家统计局今天发布数据显示，去年全国粮食产量创新高。', '本报讯 今天上午，市图书馆正式开放。']) expect(looksLikeBoilerplate(line), line).toBe(false);
  });

  it('reads a line opened by a bracketed study label as vocabulary, and not a news tag', () => {
    expect(blockKind('【词汇】夜间 night；图书馆 library')).toBe('vocabulary');
    expect(blockKind('[Notes] fewer 更少的')).toBe('vocabulary');
    expect(blockKind('【快讯】市图书馆今起延长开放时间。')).toBeUndefined();
  });
});

describe('page shapes: numbers written in words meet digits', () => {
  it('reads Chinese numerals written as quantities, and leaves words made of numerals alone', () => {
    expect(chineseNumerals('兩千塊，一百七十公里，二十四小時，八成以上，三萬五千人，二〇二三年')).toEqual([2000, 170, 24, 8, 35000, 2023]);
    for (const word of ['千万不要忘记', '万一下雨', '一些人', '三四个', '十分重要', '统一发票', '第一']) expect(chineseNumerals(word), word).toEqual([]);
  });

  it('reads English number words with a scale, a tens or teens word, or before percent, not one or two alone', () => {
    expect(englishNumberWords('twenty-four hours, five million trips, five percent, one hundred and seventy')).toEqual([24, 5e6, 5, 170]);
    expect(englishNumberWords('one of the two cities, hundreds of people')).toEqual([]);
  });

  it('gives the significant digits of a number in words, and of a month named in English, as number keys', () => {
    expect(textSignals('外贸企业中民营企业占八成以上').numberKeys).toEqual(['8']);
    expect(textSignals('more than 80 percent of them').numberKeys).toEqual(['8']);
    expect(textSignals('born in August, on Sept. 3').numberKeys.sort()).toEqual(['3', '8', '9']);
    expect(textSignals('They may go in March.').numberKeys).toEqual([]);
  });
});

describe('page shapes: forum post headers and quoted terms', () => {
  it('reads a forum post header (floor, user, date and time) as page information', () => {
    for (const line of ['楼主 englearner88 发表于 2022-03-05 10:12', 'Reply #1 translator_w 2022-03-05 10:30', '#2樓 Kelly_T 2021-11-02 22:40', 'Posted by lin_w 2020-06-01']) {
      expect(isDatelineOrPageInfo(line), line).toBe(true);
    }
    for (const line of ['Reply to the ministry came on 2022-03-05.', 'The floor was laid in 2019.']) expect(isDatelineOrPageInfo(line), line).toBe(false);
  });

  it('keeps an English sentence quoting Chinese terms English, and a Chinese one quoting an English term Chinese', () => {
    const blocks = split('"Community sports fields" is usually 社区运动场 or 社区体育场地. Your version is fine.\n“Community sports fields”一般译为社区运动场或社区体育场地，你的译文没问题。\n');
    expect(blocks.map((b) => `${b.line}:${b.lang}`)).toEqual(['1:en', '2:zh']);
  });

  it('still cuts a line holding a sentence and its translation', () => {
    const blocks = split('"We are ready," the coach said on Sunday. “我们准备好了，”教练周日说。\n');
    expect(blocks.map((b) => b.lang)).toEqual(['en', 'zh']);
  });
});

describe('page shapes: more chrome, credits and study labels of CMS templates', () => {
  it('gives links to the next page, copyright, tag and font-size lines the chrome kind', () => {
    for (const line of ['上一篇：中国经济第三季度增长4.9%', 'Next article: Rail line opens', '【字体：大 中 小】', '打印本页 关闭窗口', '扫一扫分享到微信', 'Copyright © 2024 City Daily. All rights reserved.', '版权所有 © 城市日报网', '标签：经济 GDP', 'Keywords: GDP; growth', '阅读次数：1024', '返回列表']) {
      expect(blockKind(line), line).toBe('chrome');
    }
  });

  it('gives a study page\'s original-text and answer-key labels the vocabulary kind, and a starred entry too', () => {
    for (const line of ['英文原文', '中文翻译', '听力原文', '原文：', 'Original:', '参考答案', '★ commute 通勤']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('reads news agency datelines, source and editor lines standing alone as boilerplate', () => {
    for (const line of ['中央社記者王承中台北25日電', '新华社北京3月5日电', '文章来源：BBC', '责编：王晓', '(Source: chinadaily.com.cn)']) expect(looksLikeBoilerplate(line), line).toBe(true);
  });

  it('leaves sentences about copyright, tags and originals alone', () => {
    for (const line of ['Copyright disputes rose 20 percent last year, the court said.', 'Top scientists met in Beijing on Monday.', '原文作者周一在北京接受了采访。', 'Next, the team will test the engine in Xinjiang.']) {
      expect(blockKind(line), line).toBeUndefined();
    }
    expect(looksLikeBoilerplate('新华社记者走访了北京的三个社区，了解居民的生活变化。')).toBe(false);
  });
});

describe('page shapes: sounds in subtitles and lines of three runs', () => {
  it('gives a subtitle\'s sound description the cue kind, and leaves a bracketed sentence alone', () => {
    for (const line of ['(music)', '[APPLAUSE]', '（音乐）', '【掌声】', '♪ ♪']) expect(blockKind(line), line).toBe('cue');
    for (const line of ['(The meeting ended at 5 pm.)', '（会议于下午5点结束。）']) expect(blockKind(line), line).toBeUndefined();
  });

  it('cuts a line of an English sentence, its Chinese and the next English sentence into three runs, not a Chinese paragraph quoting English', () => {
    expect(split('Airlines will add 1,500 flights a day. 航空公司每天将增加1500个航班。 Railways expect 480 million trips.\n').map((b) => b.lang)).toEqual(['en', 'zh', 'en']);
    expect(split('记者问他感觉如何。 He said: I feel great today. 然后他离开了。\n')).toHaveLength(1);
  });
});

describe('page shapes: pinyin without tone marks', () => {
  it('reads a toneless or tone-numbered pinyin line as a transcription', () => {
    for (const line of ['Women mingtian qu Changcheng.', 'Ni3 xiang3 yi4qi3 qu4 ma5?', 'Wo ai ni']) expect(blockKind(line), line).toBe('pinyin');
  });

  it('leaves English sentences and lists of names in pinyin spelling alone', () => {
    for (const line of ['He ran a long way.', 'The city will plant trees.', 'Beijing Shanghai Guangzhou', 'Zhang Wei, Li Na, Wang Fang']) expect(blockKind(line), line).toBeUndefined();
  });
});
