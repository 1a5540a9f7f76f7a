import { describe, expect, it } from 'vitest';
import { blockKind, isCreditLine } from '../../src/pipeline/block-kind.js';
import { align } from '../../src/index.js';

// The block patterns run behind cheap checks (a first character, a colon, a word, the page-chrome
// pattern's own characters); these lines still read as before, in either case where the
// pattern ignores case, and lines without what a pattern needs read as text.
const rows: [string, ReturnType<typeof blockKind>][] = [
  ['SHARE', 'chrome'],
  ['Back To Top', 'chrome'],
  ['分享到 Facebook', 'chrome'],
  ['打印 | 关闭', 'chrome'],
  ['QQ空間', 'chrome'],
  ['top\u3000ad', 'chrome'],
  ['Reads 1,024', 'chrome'],
  ['(单词翻译:双击或拖选)', 'chrome'],
  ['雙擊取詞', 'chrome'],
  ['Click here to listen', 'chrome'],
  ['Click the map to enlarge it and see every station.', undefined],
  ['双击这里的人很多', undefined],
  // a Kelvin sign or dotted capital I is no ASCII letter: the case-blind pattern never read it as one
  ['LIN\u212AEDIN', undefined],
  ['L\u0130KE', undefined],
  ['Related news', undefined],
  ['11 January 2024', undefined],
  ['www.example.com', undefined],
  ['00:00:04.932 --> 00:00:10.269', 'cue'],
  ['[00:04.52]', 'cue'],
  ['WEBVTT', 'cue'],
  ['Kind: captions', 'cue'],
  ['(music)', 'cue'],
  ['（掌声）', 'cue'],
  ['♪ ♫', 'cue'],
  ['<div class="x">', 'chrome'],
  ['摘要：长江经济带', 'summary'],
  ['Summary: trade rose', 'summary'],
  ['Next article: Port traffic', 'chrome'],
  ['Copyright © 2024 Example Media', 'chrome'],
  ['ALL RIGHTS RESERVED.', 'chrome'],
  ['版权所有 © 示例网', 'chrome'],
  ['版權所有，不得轉載。', 'chrome'],
  ['Copyright © 2031 Harbour Motors. All rights reserved. 版權所有，不得轉載。', 'chrome'],
  ['Tags: trade, ports', 'chrome'],
  // a footer's links to the site's policies and pages, and a wire's note on its principles
  ['Privacy Policy | Terms of Use | Contact Us', 'chrome'],
  ['Cookie Policy', 'chrome'],
  ['隐私政策 · 使用条款 · 联系我们', 'chrome'],
  ['關於我們', 'chrome'],
  ['Our Standards: The Harbour Wire Trust Principles.', 'chrome'],
  ['The privacy policy of the port authority changed in May.', undefined],
  ['Contact us if the ferry is late, the operator said.', undefined],
  ['【词汇】', 'vocabulary'],
  ['答案解析：', 'vocabulary'],
  ['new words and expressions:', 'vocabulary'],
  // an exercise set to the reader with its text
  ['Try translating: "The ferry left at dawn with 40 passengers."', 'vocabulary'],
  ['试译：渡轮黎明时分载着40名乘客出发。', 'vocabulary'],
  ['Translators say the job is hard: pay is low.', undefined],
  // a line of emoji opens on an emoji, a digit or a count's mark; phonetics on a slash, a bracket or an accent's label
  ['👍👍 12', 'chrome'],
  ['1.2万 👍', 'chrome'],
  ['万 🌸🌸', 'chrome'],
  ['Great 👍', undefined],
  ['/rɪˈzɪliənt/ adj.', 'vocabulary'],
  ['英 /prəʊb/ 美 /proʊb/', 'vocabulary'],
  ['UK /ˈhɑːbə/', 'vocabulary'],
  ['the sound /ə/ again', undefined],
  // a line longer than a scrambled token is counted by script only where it holds Han or a lead letter of mojibake
  ['Ã¤Â¸Â­Ã¥â€ºÂ½ Ã¦Å“â‚¬Ã¦â€"Â° Ã¦Â¶Ë†Ã¦Â�Â¯ Ã¤Â»Å Ã¥Â¤Â© Ã¤Â¸Å Ã¥Ë†Â Ã§Å¡â€ž Ã¦â€"Â°Ã©â€"Â»', 'garbage'],
  ['The harbour authority said on Tuesday that the new container terminal would open to ships next spring.', undefined],
  ['rent 在这里作动词，意为“租用”，后面常接表示房屋或车辆的名词，例如 rent a flat 或 rent a car，注意与 hire 的区别。', 'vocabulary'],
  ['vwHw06yMdIM_fdP', 'garbage'],
  ['成都软件园', undefined],
  ['Chengdu software park', undefined],
  ['', undefined],
];

describe('blockKind behind its gates', () => {
  it.each(rows)('%j', (text, kind) => {
    expect(blockKind(text)).toBe(kind);
  });
});

// A comment section's notice is chrome at any length up to a paragraph's; a sentence of news that
// opens on the same words is text.
const notices: [string, ReturnType<typeof blockKind>][] = [
  ['Comments will be moderated. Stay on topic; abusive posts are removed and their authors barred from the forum.', 'chrome'],
  ['COMMENTS ARE MODERATED', 'chrome'],
  ['Comments are closed.', 'chrome'],
  ['Please keep comments civil and on topic.', 'chrome'],
  ['You must be logged in to post a comment.', 'chrome'],
  ['Leave a Reply Cancel reply', 'chrome'],
  ['网友评论仅供其表达个人看法，并不代表本站立场。', 'chrome'],
  ['網友評論僅代表個人觀點，與本站無關。', 'chrome'],
  ['评论须知：', 'chrome'],
  ['请文明发言，理性评论。', 'chrome'],
  ['Comments will be reviewed by the harbour board before the new fees take effect in May.', undefined],
  ['Comments are closed until the consultation reopens in June.', undefined],
  ['Keep comments short, the editor told the panel, and the debate ran on for an hour.', undefined],
  ['Leave a reply at the front desk if the office is closed.', undefined],
  ['网友评论称，新码头将在明年春天投入使用。', undefined],
  ['请文件签署人于周五前回复。', undefined],
  // a heading of other stories in both languages on one line
  ['More 更多新聞:', 'chrome'],
  ['Related 相关新闻', 'chrome'],
  ['More trains will run on Friday. 更多列车将于周五开行。', undefined],
];

describe('a comment section\'s notice', () => {
  it.each(notices)('%j', (text, kind) => {
    expect(blockKind(text)).toBe(kind);
  });
});

// The credit patterns that scan a line run only where their word (`contributed`) or their last
// character (`稿`, `道`, `導`, `导`, `摄`, `攝`) stands.
const credits: [string, boolean][] = [
  ['记者 王晓东 广州报道', true],
  ['記者林志明／高雄報導', true],
  ['记者 赵磊 昆明报导', true],
  ['本报特约作者 周立 为本报撰稿', true],
  ['新华社记者 陈刚 摄', true],
  ['新華社記者 陳剛 攝', true],
  ['The Wuhan bureau contributed to this article', true],
  ['记者在广州现场的报道', false],
  ['记者 王晓东 广州报道。', false],
  ['The Wuhan bureau contributed', false],
  // the patterns of a line in brackets run only on a line opening with one; the end mark only on its first characters
  ['（通讯员 李丽）', true],
  ['〔記者郭安家／台北報導〕', true],
  ['(Harbour Radio)', true],
  ['(Reporting by Li Hong; editing by Tom Lee)', true],
  ['(Reporting by Anna Lowe in Wuzhou and Chen Bo in Guangzhou; Editing by Paul Marsh)', true],
  ['(Mary Lee, Harbour Post／港灣報王小明譯)', true],
  ['Harbour Radio (HR)', false],
  // a wire's credit line without brackets
  ['Reporting by Anna Lowe; Editing by Paul Marsh', true],
  ['Additional reporting by Chen Bo in Guangzhou', true],
  ['Reporting by the harbour radio suggested the ferry was late.', false],
  ['- Ends -', true],
  ['—— END ——', true],
  ['The End', true],
  ['（全文完）', true],
  ['#', false],
  ['-- 30 --', true],
  ['', false],
  // a source label and its name, in either language or both
  ['Source: Harbour Radio', true],
  ['（来源：港湾电台）', true],
  ['(Source: Harbour Radio 来源：港湾电台)', true],
  ['Sources: the ferry company said it would add two sailings.', false],
  ['来源：港湾电台称，渡轮将加开两班。', false],
  ['資料來源：港灣海關新聞公佈（經編輯）', true],
  ['新闻来源：港湾日报', true],
  ['Source: Harbour Customs press release; compiled by Harbour Daily staff', true],
  ['資料來源：港灣海關表示，案件仍在調查中。', false],
];

describe('isCreditLine behind its gates', () => {
  it.each(credits)('%j', (text, credit) => {
    expect(isCreditLine(text)).toBe(credit);
  });
});

describe('a source line in both languages on one line', () => {
  it('is two source lines, neither of them a paragraph without a translation', () => {
    const text = [
      'Former clerk jailed 18 months for taking bribes',
      '前文員受賄判囚18個月',
      '',
      'Source: ICAC press release (adapted) | 資料來源：廉政公署新聞公佈（經編輯）',
      'Friday, March 7, 2025 | 2025年3月7日（星期五）',
      '',
      'A former clerk of a property agency was today (March 7) sentenced to 18 months in prison for accepting bribes of HK$240,000.',
      '',
      '一名地產代理公司前文員今日（3月7日）因收受24萬元賄款被判監18個月。',
      '',
    ].join('\n');
    const findings = align(text).findings.filter((f) => f.severity !== 'info');
    expect(findings).toEqual([]);
  });
});
