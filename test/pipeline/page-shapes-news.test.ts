import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { blockKind } from '../../src/pipeline/block-kind.js';
import { looksLikeBoilerplate } from '../../src/pipeline/pair-signals.js';
import { split } from '../../src/pipeline/split.js';
import { NEWS_PAGES } from './page-shapes-news.pages.js';
import { testPages } from './page-checks.js';

describe('news pages: each pairs as its translation runs, each two-sided link at 0.5 or more', () => {
  testPages(NEWS_PAGES);
});

describe('news pages: breadcrumbs and dated related links are page chrome', () => {
  it('reads a breadcrumb of three items, or of two after a label or from the home page, as chrome', () => {
    for (const line of ['首页 > 新闻 > 国内', 'Home > News > China', '当前位置：首页 » 财经', 'Home › World', '首頁 > 港聞']) expect(blockKind(line), line).toBe('chrome');
  });

  it('leaves a comparison and a sentence holding an arrow alone', () => {
    for (const line of ['Exports > imports', 'Demand > supply > price.', '价格上涨 > 工资上涨，居民压力加大。', 'Beijing → Shanghai in 4 hours and 18 minutes, the fastest ever.']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });

  it('reads a headline ending in its date as a related link, and not a dateline or a sentence', () => {
    for (const line of ['· 春运返程高峰来临 铁路加开列车1200列 2024-02-16', 'Highways see traffic peak as holiday ends (02-15)', '多地高速公路迎来车流高峰 [2024/2/15]']) {
      expect(blockKind(line), line).toBe('chrome');
    }
    for (const line of ['北京 2024-02-16', 'BEIJING 2024-02-16', 'The rules take effect on 2024-03-01.', '新规将于2024-03-01起施行。', 'China beat Japan 3-1']) {
      expect(blockKind(line), line).toBeUndefined();
    }
  });
});

describe('news pages: credit and source lines are boilerplate', () => {
  it('reads credit labels, bracketed credits, reporter tags and bracketed sources as boilerplate', () => {
    for (const line of [
      'Reporter: Wu Qi', 'Translated by Lin Lee-kai', 'Translated & Edited by Zhou Min', 'Compiled and edited by Ho Ka-yan', '(Liberty Times, translated by Eddy Chang)', '(Reporting by Li Hong; editing by Tom Lee)',
      '翻译：王相宜', '撰文：記者 陳嘉欣', '文／李明', '（自由時報記者蔡思培）', '〔記者郭安家／台北報導〕', '（香港電台）', '(RTHK)', '(China Daily)',
    ]) expect(looksLikeBoilerplate(line), line).toBe(true);
  });

  it('keeps a column title and a translator credit on one line apart', () => {
    const result = align([
      '《环球》读译参考 Translated & Edited by Zhou Min',
      '',
      'Why cities plant trees in winter 城市为何在冬天植树',
      'Planting in the cold months gives roots time to settle before the summer heat. 在寒冷的月份种树，可以让树根在夏季高温到来之前扎稳。',
    ].join('\n'));
    const texts = result.pairs.filter((p) => p.en.length && p.zh.length)
      .map((p) => [p.en, p.zh].map((ids) => ids.map((id) => result.blocks.find((b) => b.id === id)!.text).join(' ')));
    expect(texts).toEqual([
      ['Why cities plant trees in winter', '城市为何在冬天植树'],
      ['Planting in the cold months gives roots time to settle before the summer heat.', '在寒冷的月份种树，可以让树根在夏季高温到来之前扎稳。'],
    ]);
  });

  it('leaves sentences about reporters, translations and editors alone', () => {
    for (const line of [
      'Reporters waited outside the court all day.', 'Translated into 30 languages, the book sold millions.', 'The editor said the story was true.',
      '〔記者郭安家／台北報導〕台北市政府昨天宣布新的補助計畫。', '（记者会上，他表示将继续改革。）', '（一）', '(Photographers waited outside the court all day.)', '文化和旅游部周日表示，假期出游人次增长。',
      'Reporter: Why did you open the shop in Chengdu?',
    ]) expect(looksLikeBoilerplate(line), line).toBe(false);
  });
});

describe('news pages: promotion, pagination, font-size and list-heading chrome', () => {
  it('reads them as chrome in either language', () => {
    for (const line of [
      'Follow us on WeChat', '扫描二维码关注我们', '扫码下载APP', '字級：小 中 大', 'A+ A-', 'Text size', 'Page 1 of 3', '第1页 共3页', '1 2 3 下一页 尾页',
      'Print this page | Close window', '阅读量：1234', '0条评论', '热点推荐', '每日双语', '【雙語閱讀】', 'China Daily Bilingual', 'Bilingual News', 'Most popular', 'Top stories', '相關報導：', 'Next: Railways carry record passengers',
    ]) expect(blockKind(line), line).toBe('chrome');
  });

  it('leaves sentences and titles holding those words alone', () => {
    for (const line of [
      'Follow the money, investigators say.', 'More than 300 people attended.', 'Page three of the report lists the figures.', 'Next, the city will build a new airport.',
      'The city said it would close the old bridge in May.', 'Mail delivery resumed on Monday.', 'Bilingual Education', '双语教育', '第一', '共同富裕', '大中小学', '页面', '相关报道称，工厂已复工。',
    ]) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('news pages: wire datelines, photo lines and bylines standing alone are boilerplate', () => {
  it('reads them as boilerplate', () => {
    for (const line of [
      'SHENZHEN, Dec. 28 (Xinhua) --', 'HONG KONG, March 5 (Reuters) -', 'TAIPEI (Taipei Times) -', 'BEIJING, March 5 (Xinhua)', '新华网深圳12月28日电', '人民网北京3月5日电（记者 王晨）', '央视网消息',
      'File photo', 'IC photo', '[Photo provided to China Daily]', 'Provided to China Daily', '资料图片', '视觉中国供图', '（新华社发）',
      '（原标题：长江禁渔成效显著）', 'Staff writer, with CNA', 'Alexandra Stevenson, Li You 2024年3月5日', 'KEITH BRADSHER 2024年3月5日',
      '英国《金融时报》 马丁•桑德布 为英国《金融时报》撰稿', '记者 陈昀 台北报道', '新华社记者 肖艺九 摄',
      '(Wang Xiaoyu contributed to this story.)', 'The views don\'t necessarily reflect those of China Daily.', '免责声明：本站部分内容来自网络', '本文仅代表作者观点',
      '本文由本站编辑整理', 'Contact the writer at editor@example.com', '联系作者：editor@example.com', 'Ends', '- Ends -', '###', '-30-', '（全文完）', '－完－',
    ]) expect(looksLikeBoilerplate(line), line).toBe(true);
  });

  it('leaves a lead opening with its dateline, an acronym spelled out and sentences alone', () => {
    for (const line of [
      'BEIJING (Reuters) - China\'s exports rose 7 percent in March.', 'IMF (International Monetary Fund)', 'The photo provided to police shows the driver.',
      'Staff writers at the paper went on strike on Monday.', '他3月5日电话告诉记者，工厂已经复工。', '中国经济网消息称，工厂已复工。', '这是记者在现场的报道', '外媒对中国经济的报道', '文化和旅游部发布',
      'Views differ on the plan.', 'Contact with the virus is rare.', '本文由此展开讨论。', '声明说，工厂已复工。', 'The views from the tower are stunning.',
      'End of story: the bridge is open.', 'Ending', '完成了',
    ]) expect(looksLikeBoilerplate(line), line).toBe(false);
  });
});

describe('news pages: numbered report headings holding a year, given in both languages on one line', () => {
  const parts = (text: string) => split(text).map((b) => `${b.lang}:${b.text}`);

  it('cuts the heading at the change of language, either first', () => {
    expect(parts('五、2024年政府工作任务 V. Our Work for 2024\n')).toEqual(['zh:五、2024年政府工作任务', 'en:V. Our Work for 2024']);
    expect(parts('I. Review of Our Work in 2023 一、2023年工作回顾\n')).toEqual(['en:I. Review of Our Work in 2023', 'zh:一、2023年工作回顾']);
  });

  it('keeps vocabulary entries whole', () => {
    for (const line of ['1. budget 预算 (n.)', '3. Ozone 臭氧', '2. GDP 2023 国内生产总值']) expect(split(`${line}\n`), line).toHaveLength(1);
  });
});

describe('news pages: a teacher\'s note on an English word is a vocabulary line', () => {
  it('reads a labelled note or a word said to be a quoted Chinese term as vocabulary', () => {
    for (const line of ['注意：billion是“十亿”，9 billion就是90亿。', '他说survey是“调查”的意思。']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves a labelled note with no English word and a sentence quoting a term alone', () => {
    for (const line of ['注意：明天的会议改到下午三点。', '这家公司是“独角兽”。']) expect(blockKind(line), line).toBeUndefined();
  });
});

describe('news pages: a word-list entry whose Chinese keeps the letters of its term', () => {
  it('reads the entry and its note as vocabulary', () => {
    for (const line of ['Series A A轮（融资）', 'Class B shares B股（股份）', 'be voted off 在投票中被淘汰出局（节目或比赛）']) expect(blockKind(line), line).toBe('vocabulary');
  });

  it('leaves a sentence that names a round', () => {
    expect(blockKind('The startup closed its Series A A轮融资已完成。')).not.toBe('vocabulary');
  });
});

describe('news pages: lines left alone that are no translation unit yield no facts', () => {
  const text = [
    'Ferry fares to rise in July',
    '渡轮票价7月上调',
    'Reporter: Wu Qi',
    '记者：吴琪',
    'HONG KONG, May 3 (Xinhua) --',
    '新华社香港5月3日电',
    'Fares on three ferry routes will rise by 8 percent from July 1, the transport department said on Friday.',
    '运输署周五表示，三条渡轮航线的票价将从7月1日起上调8%。',
    'Source: Transport Department, May 2024',
    'The department expects about 40,000 passengers a day on the three routes, up from 35,000 in 2023.',
    '',
  ].join('\n');
  const result = align(text);
  const factsOnLine = (line: number) => {
    const block = result.blocks.find((b) => b.line === line)!;
    return result.facts.filter((f) => f.block === block.id).map((f) => f.raw);
  };

  it('drops the facts of a byline and a source line left without a partner', () => {
    for (const line of [3, 4, 9]) expect(factsOnLine(line), `line ${line}`).toEqual([]);
  });

  it('pairs the dateline both languages give, and reads its date', () => {
    const [en, zh] = [5, 6].map((line) => result.blocks.find((b) => b.line === line)!.id);
    expect(result.pairs.some((p) => p.en.includes(en!) && p.zh.includes(zh!))).toBe(true);
    expect(factsOnLine(6)).toContain('5月3日');
  });

  it('keeps the facts of pairs and of an untranslated paragraph', () => {
    expect(factsOnLine(7)).toContain('8 percent');
    expect(factsOnLine(8)).toContain('8%');
    expect(factsOnLine(10)).toContain('40,000');
  });

  it('keeps every fact of a document without a pair (nothing to tell titles from text by)', () => {
    const alone = align('Reporter: Wu Qi\nFares will rise by 8 percent from July 1.\n');
    expect(alone.facts.map((f) => f.raw)).toContain('8 percent');
    expect(alone.facts.map((f) => f.raw)).toContain('Wu Qi');
  });
});
