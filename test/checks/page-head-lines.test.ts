import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const BODY = 'The harbour ferry will run every ten minutes from Monday, the operator said.\n\n营运商表示，港口渡轮将从周一起每十分钟开出一班。\n';

/** The messages above info of a whole page. */
const pageAlarms = (page: string) => align(page, { entities: false }).findings.filter((f) => f.severity !== 'info').map((f) => f.message);

/**
 * A page laid out all English then all Chinese, two paragraphs of a pier's reopening in each half,
 * `enFoot` closing the English half and `zhFoot` the Chinese one.
 */
const pierPage = (enFoot: string, zhFoot: string) => 'Ferry pier reopens\n\nThe pier will reopen in 2026, officials said on Monday.\n\n'
  + `It will cost 90 million yuan and serve 4,000 passengers a day.\n\n${enFoot}\n\n`
  + `渡轮码头重开\n\n官员周一表示，码头将于2026年重开。\n\n该码头耗资9000万元，每天可服务4000名乘客。\n\n${zhFoot}\n`;

/** The findings above info on a page whose body is one translated paragraph, with `head` before it and `foot` after. */
const alarms = (head: string, foot = '') => align(`${head}\n\n${BODY}${foot ? `\n${foot}\n` : ''}`, { entities: false }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.message}`);

describe('a page\'s head and foot in both languages are no paragraphs missing a translation', () => {
  it.each([
    ['a line of metadata in parts', 'City 城市 · Published Tuesday, March 4, 2025 · 发布于2025年3月4日 星期二'],
    ['a day, a reporter and an editor', '2025-03-04 Tuesday 星期二 | Reporter: Lin Hao 记者：林浩 | Editor: Zhou Yi 编辑：周怡'],
    ['a byline over the share buttons', '2025-03-04 | Reporter: Lin Hao 记者：林浩\nPrint 打印 | Share to 分享到：微信 微博 QQ空间'],
    ['a bilingual headline in a list', '· Harbour ferry fares to rise in April 港口渡轮票价四月起上调'],
    ['a section line over share buttons', 'Transport | Harbour | Ferries\nShare: Facebook  X  LinkedIn  Email'],
    ['share rows of the article in each language', 'Share this article: WhatsApp | Facebook | Email\n\n分享本文：WhatsApp | Facebook | 电邮'],
    ['a table of figures in rows labelled in both languages', 'Sailings 班次: 120 – 96\nPassengers 乘客: 8,400 – 7,900'],
  ])('%s', (_name, head) => {
    expect(alarms(head)).toEqual([]);
  });

  it('a share bar of its buttons\' letters and signs after a list of related stories, the whole English first', () => {
    const page = pierPage('Related stories\n- Harbour fares: what the new routes mean for commuters\n- Ferry trips hit record in 2024\n\nShare this article   f   in   ✉\n\n————————————————————',
      '相关报道\n- 港口票价：新航线对通勤者意味着什么\n- 2024年渡轮客运量创新高\n\n分享本文');
    expect(pageAlarms(page)).toEqual([]);
  });

  it('a daily word under its label at the foot of the English half, its Chinese term set apart', () => {
    const page = pierPage('Word of the day: pier 码头\nEditor: Zhou Lan\nShare this story: WeChat | Weibo | Email', '责任编辑：周岚\n分享到：微信 | 微博 | 邮件');
    expect(pageAlarms(page)).toEqual([]);
  });

  it('a title over a press release line that closes on its company\'s abbreviation, in each half', () => {
    const page = 'Ferry Operator Opens New Pier in Harbour Town\nPress Release | 2025-03-04 | Harbour Ferry Co., Ltd.\n\n'
      + 'The new pier cost 80 million yuan and will serve 5,000 passengers a day.\n\n'
      + '渡轮公司在港口镇启用新码头\n新闻稿 | 2025-03-04 | 港口渡轮有限公司\n\n新码头耗资8000万元，每天可服务5000名乘客。\n';
    expect(pageAlarms(page)).toEqual([]);
  });

  it('a Chinese site\'s notice that the article is its own and may not be reprinted', () => {
    expect(alarms('Harbour ferries', '本文版权归港口日报所有，未经许可，任何单位或个人不得转载或摘编。')).toEqual([]);
    expect(alarms('Harbour ferries', '未經授權，不得轉載。')).toEqual([]);
    // in brackets, asking a reprint to name its source
    expect(alarms('Harbour ferries', '（本文版权归原作者所有，转载请注明出处）')).toEqual([]);
    // the site's content named first, `非經` for `未經`
    expect(alarms('Harbour ferries', '本站所有文字及照片，非經同意，不得轉載或作其他用途。')).toEqual([]);
    // its holder closing the line, in brackets after a line for its readers
    expect(alarms('Harbour ferries', '（本文僅供港口日報網讀者閱讀。港口日報網版權所有）')).toEqual([]);
  });

  it('still tells a sentence about a copyright left untranslated', () => {
    expect(alarms('Harbour ferries', '渡轮公司表示，这部纪录片的版权属于港口一家电视台所有。')).toHaveLength(1);
  });

  it('buttons of the font size in both languages on one line, under the text', () => {
    expect(alarms('Harbour ferries', 'Font size: L M S  字号：大 中 小')).toEqual([]);
  });

  it('a title over a row of stars in each half, as a press release prints it', () => {
    const page = `Minister to open new ferry pier\n${'*'.repeat(60)}\n\n`
      + 'The new pier cost 80 million yuan and will serve 5,000 passengers a day.\n\nThe minister will open it on Friday.\n\n'
      + '局长将为新渡轮码头揭幕\n＊＊＊＊＊＊＊＊＊＊＊＊\n\n新码头耗资8000万元，每天可服务5000名乘客。\n\n局长将于星期五为码头揭幕。\n';
    const result = align(page, { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
    // The row is a block of page chrome of its own: the title's length is the title's.
    expect(result.blocks.filter((b) => /[*＊]/.test(b.text)).map((b) => b.text.replace(/[*＊]+/, '*'))).toEqual(['*', '*']);
  });

  it('a press wire\'s closing line naming its source in capitals', () => {
    expect(alarms('Harbour ferries', 'SOURCE Harbour Ferry Co., Ltd.')).toEqual([]);
    expect(alarms('Harbour ferries', 'Source code for the ferry timetable app is published on the council website every month.')).toHaveLength(1);
  });

  it('a site\'s name over its section at the top of the page', () => {
    expect(align(`Harbour Wire | English News\nTransport\n\n${BODY}`, { entities: false }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still tells two lines of body text at the top left untranslated', () => {
    const head = 'The harbour ferry will stop at the new pier.\nIt will also stop at the old one.';
    expect(align(`${head}\n\n${BODY}`, { entities: false }).findings.filter((f) => f.severity !== 'info')).not.toEqual([]);
  });

  it('a disclaimer in both languages on one line', () => {
    expect(alarms('Harbour ferries', '免责声明：本页内容仅供参考。 Disclaimer: For reference only.')).toEqual([]);
    expect(alarms('Harbour ferries', '【免责声明】本文仅代表作者个人观点。')).toEqual([]);
  });

  it('a reading quiz the page sets in English only', () => {
    expect(alarms('Harbour ferries', 'Quiz 小测验\n\n1. How often will the ferry run from Monday?\n\n2. Who runs the harbour ferry?\n\nAnswers 参考答案: 1. Every ten minutes  2. The operator')).toEqual([]);
  });

  it('a caption ending on its photo credit, a credit alone, and a long copyright notice', () => {
    expect(alarms('Passengers board a ferry at the pier on Friday. [Photo by Lin Hao/For the Harbour Daily]')).toEqual([]);
    expect(alarms('(Photo: Harbour Wire/Zhou Yi)')).toEqual([]);
    expect(alarms('Harbour ferries', 'Copyright 2001 - 2025. All rights reserved. The content (including but not limited to text, photo and video) published on this site belongs to the Harbour Daily.')).toEqual([]);
  });

  it('share buttons after a bar, word-list entries run together, and headlines in both languages under a list', () => {
    expect(alarms('Share 分享 | 微信 | 微博 | Facebook | Twitter')).toEqual([]);
    expect(alarms('Harbour ferries', 'pier 码头 ferry 渡轮\nlow-lying 低洼的\ncrossing 航程；渡口')).toEqual([]);
    expect(alarms('Harbour ferries', 'Related articles 相关文章\n> Night ferries return to the harbour 夜间渡轮重返港口\n> What a ferry ticket costs now 如今渡轮票价几何？')).toEqual([]);
  });

  it('a related-stories heading in both languages', () => {
    expect(alarms('Harbour ferries', 'You might also like 猜你喜欢\n- Night ferries return 夜间渡轮恢复')).toEqual([]);
    expect(alarms('Harbour ferries', '相关新闻 Related:')).toEqual([]);
  });

  it('still tells a numbered sentence of body text left untranslated', () => {
    expect(alarms('Harbour ferries', '1. The new pier opens next year and will cost more than the old one, the council said.')).toHaveLength(1);
  });

  it('still tells a paragraph of body text left untranslated', () => {
    const found = alarms('2025-03-04 | Reporter: Lin Hao 记者：林浩', 'The new pier opens next year and will cost more than the old one, the council said in a statement.');
    expect(found).toEqual([expect.stringMatching(/^missing-translation EN paragraph "The new pier opens next year/)]);
  });
});

describe('a title over a line in both languages apart by bars', () => {
  it.each([
    // a report's name and its Chinese, under the Chinese title
    ['Harbour ferry fares to rise in April\n港口渡轮票价四月起上调\nFerry Review 2025 | 《渡轮检讨2025》\nMarch 4, 2025 (Tuesday) | 2025年3月4日（星期二）  Hong Kong 香港'],
    // a learning site's level and reading time
    ['Harbour ferry fares to rise in April\n港口渡輪票價四月起上調\nLevel: Intermediate 程度：中級 | 4 minutes read 閱讀時間：4分鐘\nPosted on 2025-03-04 (Tuesday) 發佈日期：2025年3月4日（星期二）'],
  ])('leaves the title paired whole: %s', (head) => {
    expect(alarms(head).filter((f) => f.startsWith('length-ratio'))).toEqual([]);
    const blocks = align(`${head}\n\n${BODY}`, { entities: false }).blocks.map((b) => b.text);
    expect(blocks[1]).toMatch(/^港口渡[轮輪]票[价價]四月起上[调調]$/);
  });
});

describe('a translation exercise: an instruction, the sentence it sets and the reference translation', () => {
  it.each([
    '【翻译练习】请将下面的句子译成中文：The ferry carries 12,400 passengers a day.\n参考译文：该渡轮每天运送1.24万名乘客。',
    '请把下面的句子翻译成中文：The ferry carries 12,400 passengers a day.\n\n参考译文：该渡轮每天运送1.24万名乘客。',
  ])('pairs the sentence with its reference translation: %s', (foot) => {
    expect(alarms('Harbour ferries', foot)).toEqual([]);
  });

  it('still tells a reference translation that differs', () => {
    expect(alarms('Harbour ferries', '【翻译练习】请将下面的句子译成中文：The ferry carries 12,400 passengers a day.\n参考译文：该渡轮每天运送1.42万名乘客。'))
      .toEqual([expect.stringMatching(/^number-mismatch /)]);
  });
});
