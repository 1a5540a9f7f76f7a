import type { Block, BlockKind, Pair } from '../types.js';
import { isWireDateline, looksLikeDateline } from '../pipeline/dateline.js';
import { blockKind, isCreditLine } from '../pipeline/block-kind.js';
import { foldTraditional } from '../entities/traditional.js';
import { charRemover } from '../char-remover.js';

/**
 * What a block without a partner looks like; the kinds of blocks that are no translation unit
 * (`BlockKind`: subtitle cues, page chrome, vocabulary lines…) come first.
 */
export type PartnerlessKind = 'url' | 'dateline' | 'byline' | 'source' | 'list' | 'heading' | 'caption' | 'signature' | BlockKind;

/** A URL or a bare domain on its own. */
const URL = /^(?:<?(?:https?:\/\/|www\.)\S+>?|[\w-]+(?:\.[\w-]+)+\.(?:com|cn|net|org|gov|edu|io|uk|au|hk|tw|info|co)(?:\/\S*)?)$/i;
/** A byline, an editor's line or an end mark: `By Staff Reporter`, `责任编辑：王芳`, `(完)`. */
const BYLINE = /^(?:by\s+\S|(?:news|content|story)\s+provided\s+by\b|written by|reporter|reported by|editor(?!['’]s\s+note|ial)|edited by|translated by|translator|author|staff reporter|记者(?![会们站证节])|编辑(?!注意|说明|提示|按)|责任编辑|责编|作者|通讯员|翻译|译者|审核|校对|监制|出品)|^[(（【[]\s*(?:完|end|记者(?![会们站证节])|编辑|责任编辑|责编|译者|翻译|编译|作者|校对)[^)）】\]]*[)）】\]]$|(?:责任编辑|编辑|记者|译者|责编)\s*[:：|｜/／]/i;
/** A wire story's closing credit in brackets, names only (`(By Lin Mei and Tom Walsh)`), or a site and its column before a name (`（港湾日报网双语频道 周敏）`). */
const BRACKETED_CREDIT = /^[(（[]\s*[Bb]y\s+\p{Lu}[\p{L}'.-]*(?:(?:\s+|\s*,\s*|\s+and\s+)\p{Lu}[\p{L}'.-]*)*\s*[)）\]]$|^[(（]\s*[^\s()（）]{2,12}(?:网|網|日报|日報|晚报|晚報|新闻|新聞|电台|電台|电视台|電視台|杂志|雜誌|通讯社|通訊社)[^\s()（）]{0,8}\s+(?:\p{Script=Han}{2,4}|\p{Lu}[\p{L}.'-]{1,20}(?:\s\p{Lu}[\p{L}.'-]{1,20})?\s*(?:编辑|編輯|编译|編譯|整理))\s*[)）]$/u;
/**
 * A source or credit line: `Source: Xinhua`, `来源：新华社`, `Photo: …`, and a press wire's closing
 * `SOURCE` in capitals before the issuer's name (`SOURCE Harbour Ferry Co., Ltd.`).
 */
const SOURCE = /^(?:source|sources|via|credit|(?:消息|资料|資料|新闻|新聞)?(?:来源|來源)|稿源|出处|出處|原文|原标题|原標題|转载|轉載|(?:本文|文章)(?:来源|來源))\s*[:：]/i;
const WIRE_SOURCE = /^SOURCE[ \t]+[A-Z]/;
/** A press release's closing line naming who issued it (`Issued on behalf of Harbour Ferry Ltd by Bay PR`). */
const ISSUED_BY = /^(?:Issued|Released|Distributed|ISSUED|RELEASED)\s+(?:on\s+behalf\s+of|by)\s+(?:the\s+)?\p{Lu}[^,;\n]*$/u;
/** The head of a press release's note on its issuer: `About` and a name in capitals, or `关于` and a name, alone on a line. */
const ABOUT_ISSUER = /^(?:About(?:[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\d&.'’-]*){1,6}|关于[\p{Script=Han}A-Za-z]{2,16})[ \t]*$/u;
/** A page's reading time (`Reading time: 4 min (1,050 words)`, `5 min read`, `阅读时间：约4分钟`): page chrome. */
const READING_TIME = /^(?:(?:estimated\s+)?read(?:ing)?\s+time\s*[:：]?\s*(?:about\s+|approx\.?\s+)?\d{1,3}\s*(?:min(?:ute)?s?|mins?)\b|\d{1,3}[\s-]*min(?:ute)?s?\s+read\b|(?:预计)?(?:阅读|閱讀)(?:时间|時間|时长|時長)?\s*[:：]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘))[^\n]{0,40}$/i;
const CAPTION = /^[(（[【]?\s*(?:(?:photo|picture|image)(?:\s+caption)?|caption|file photo|图|图片|图为|图片说明|摄影|视频)\s*[:：|｜]/i;
/** The head of a list of related links (on the folded text, as LIST_ITEM). */
const LIST_HEAD = /^(?:related(?: news| articles| stories| reading| links?| content| posts)?|read more|see also|more|recommended|相关(?:新闻|阅读|报道|报导|链接|连结)|延伸阅读|推荐阅读|热门推荐|往期回顾)\s*[:：]?\s*$/i;
/** Whether a block is the head of a list of related links alone (`Related stories:`, `相關新聞`). */
export function isListHead(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && LIST_HEAD.test(foldTraditional(t));
}
/**
 * A link to a related story after its list label on one line: `Related: …`, `延伸阅读：…`. Read on
 * the folded text, so traditional labels come as their simplified forms (`相關報導` as `相关报导`).
 */
const LIST_ITEM = /^(?:related(?: news| articles| stories| reading| links?| content| posts)?|read more|see also|you may also like|more from [^:：]{1,30}|相关(?:新闻|阅读|报道|报导|链接|连结|推荐)|延伸阅读|推荐阅读|猜你喜欢)\s*[:：]\s*\S/i;
/** A run of English words (two letters or more) and a run of Han characters. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[^A-Za-z\p{Script=Han}\n]+[A-Za-z][A-Za-z'’-]*)*/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A line that says each thing in both languages, English then its Chinese, piece by piece (`Opening
 * hours 开放时间: 9:00-17:00 (last entry 最后入场 16:30)`): two or more runs of each script, as many
 * English letters as Han characters or more, no English run over eight words (a sentence that
 * quotes Chinese words runs longer), and a word in lower case (English, not a name that
 * Chinese prose quotes, `苹果公司（Apple）CEO库克（Tim Cook）`). It is its own translation.
 */
function interleaved(line: string): boolean {
  const english = line.match(ENGLISH_RUN) ?? [];
  const han = line.match(HAN_RUN) ?? [];
  if (english.length < 2 || han.length < 2) return false;
  const letters = english.reduce((n, run) => n + (run.match(/[A-Za-z]/g)?.length ?? 0), 0);
  const hanCount = han.reduce((n, run) => n + run.length, 0);
  return letters >= hanCount && english.some((run) => /\b[a-z]{2,}\b/.test(run)) && english.every((run) => (run.match(/[A-Za-z]+/g)?.length ?? 0) <= 8)
    && line.search(/[A-Za-z]/) < line.search(/\p{Script=Han}/u);
}

/** What sets a menu's or a breadcrumb's items apart: a bar, a middle dot between blanks, an arrow. */
const MENU_SEPARATOR = /\s*[|｜]\s*|\s+[·•]\s+|\s*[>›»＞]\s*/;
/** A link to the page before or after, by its label (`上一课：`, `下一篇`, `Previous:`, `Next lesson`). */
const PAGE_LINK = /^(?:上一|下一|前一|后一)\S{0,2}\s*[:：]|^(?:previous|prev|next)\b/i;
/** Most characters and words of a menu's item (`Personal Banking 个人金融`, `© 2025 Eastern Pearl Airlines`). */
const MENU_ITEM_MOST = 40;
const MENU_ITEM_WORDS = 6;

/**
 * A site's menu, breadcrumb or footer on one line, in one language or both: three items or more
 * set apart by bars, arrows or dots (`Home | World | Business | English | 中文`, `华信银行 Huaxin Bank ｜
 * 个人金融 Personal Banking ｜ 登录 Log in`, `首页 Home > 关于我们 About Us > History`), each short, none
 * with a sentence stop, and at most one with a digit (a table's row of figures is text of the page).
 */
function isMenuLine(text: string): boolean {
  if (text.length > 240 || !/[|｜·•>›»＞]/.test(text) || /[。！？!?]|\.(?:\s|$)/.test(text)) return false;
  const items = text.split(MENU_SEPARATOR).map((item) => item.trim());
  // Two links to the page before and the page after (`上一课：… ｜ 下一课：…`, `Previous: … | Next: …`) are a menu too.
  if (items.length === 2 && items.every((item) => PAGE_LINK.test(item))) return true;
  if (items.length < 3) return false;
  let digits = 0;
  for (const item of items) {
    if (item.length === 0 || item.length > MENU_ITEM_MOST || item.split(/\s+/).length > MENU_ITEM_WORDS) return false;
    if (/\d/.test(item) && ++digits > 1) return false;
  }
  return true;
}

/**
 * A page's line of when it was published, under its label (`发布时间：2031年5月14日 星期二 来源：…`,
 * `Published: 14 May 2031`, `Updated on 2031-05-14 09:30`), read on the folded text: a dateline.
 */
const PUBLISHED = /^(?:(?:发布时间|发布日期|更新时间|更新日期|发表时间|发表日期|发稿时间)\s*[:：]\s*[^\n]{0,12}\d|(?:发布于|发表于|更新于)\s*\d|(?:published|updated|posted|last\s+updated)(?:\s*[:：]\s*|\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)))/i;

/** Ends like a sentence. */
const SENTENCE_END = /[.!。！；;:：…"”’」』)）]\s*$/;

/**
 * What a partnerless block looks like: the kind split gave it (a subtitle cue, page chrome, a
 * vocabulary line…), or else, in simplified or traditional characters, a URL, a dateline, a byline, a source or caption line,
 * a list of related links, or a short heading (at the top, in title case, or Chinese without
 * a sentence end). Undefined for body text, which a missing
 * translation would leave behind. `top`: the blocks that open the page (`topBlocks`); without
 * it only the first block does.
 */
export function partnerlessKind(block: Block, top?: ReadonlySet<string>): PartnerlessKind | undefined {
  if (block.kind) return block.kind;
  const trimmed = block.text.trim();
  if (trimmed.length > KIND_TEXT_MOST) return longBlockKind(trimmed);
  // Traditional characters read as simplified ones (`責任編輯：` as `责任编辑：`); the fold keeps the length.
  const text = foldTraditional(trimmed);
  const lines = linesOf(text);
  if (lines.length === 0) return 'heading';
  if (lines.every(allLinks)) return 'url';
  if (LONG_COPYRIGHT.test(text)) return 'chrome';
  if ((BYLINE.test(text) || BRACKETED_CREDIT.test(text)) && text.length <= 80) return 'byline';
  if ((SOURCE.test(text) || WIRE_SOURCE.test(text)) && text.length <= 120) return 'source';
  // Perhaps over the press contact's line (`Media contact: … | Tel: …`).
  if (ISSUED_BY.test(lines[0]!) && lines[0]!.length <= 200 && lines.length <= 3 && lines.slice(1).every(isContactLine)) return 'source';
  // A release's closing note on its issuer under `About …` (`About Harbour Robotics`, `关于港湾机器人`).
  if (lines.length >= 2 && ABOUT_ISSUER.test(lines[0]!)) return 'source';
  if (lines.length === 1 && READING_TIME.test(text)) return 'chrome';
  if (CAPTION.test(text) || PHOTO_CREDIT_END.test(text)) return 'caption';
  if (lines.length === 1 && bilingualListHead(text)) return 'list';
  if (LIST_HEAD.test(lines[0]!) || (lines.length === 1 && text.length <= 160 && (LIST_ITEM.test(text) || LINKED_ITEM.test(text)))) return 'list';
  if (looksLikeDateline(text) || isWireDateline(text) || (text.length <= 200 && PUBLISHED.test(text))) return 'dateline';
  if (isCreditLine(text)) return 'byline';
  // A press contact's numbers and addresses (`Tel: +65 6826 6273`, `電話：2810 2345 | 電郵：…`): nothing to translate.
  if (lines.every(isContactLine)) return 'byline';
  if (isListOfLines(lines)) return 'list';
  if (lines.length === 1 && isMenuLine(text)) return 'chrome';
  if (lines.length === 1 && isMetaLine(text)) return 'byline';
  if (lines.every((line) => QUIZ_LINE.test(line) || ANSWERS_LINE.test(line))) return 'vocabulary';
  if (lines.every(interleaved) || (lines.length > 1 && lines.every((line) => blockKind(line) === 'vocabulary'))) return 'vocabulary';
  // A few lines of a page's head run together, each of them chrome, a byline or a dateline
  // (`2025-03-08 | Reporter: … 记者：…` over `Print 打印 | Share 分享到：微信`).
  if (lines.length > 1 && lines.length <= HEAD_LINES_MOST) {
    const kinds = lines.map(headLineKind);
    if (kinds.every((k) => k !== undefined)) return kinds[0];
  }
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  // A line in both languages (`Museum visits hit a record 博物馆参观人数创纪录`) is as long as its two halves.
  const short = han > 0 ? han <= 40 && text.length <= (bilingualLine(text) ? 160 : 60) : text.length <= 100 && text.split(/\s+/).length <= 16;
  // A block among those that open the page (the first alone without `top`).
  const atTop = block.index === 0 || top?.has(block.id) === true;
  const titled = han > 0 || atTop || titleCase(text);
  if (lines.length === 1 && short && titled && !SENTENCE_END.test(text)) return 'heading';
  // A site's name over its section at the page's top (`Harbour Wire | English News` over `Business`):
  // a few short lines, none a sentence.
  if (lines.length > 1 && lines.length <= HEAD_LINES_MOST && atTop
    && lines.every((line) => line.length <= 60 && line.split(/\s+/).length <= 8 && !SENTENCE_END.test(line))) return 'heading';
  // A label over what follows (`以下为中文译文：`, `Full text:`): a heading that closes on its colon.
  if (lines.length === 1 && LABEL_LINE.test(text)) return 'heading';
  // A link to a file the page offers (`Attachment 附件: 2025年度收费标准.pdf (126 KB)`).
  if (lines.length === 1 && text.length <= 160 && ATTACHED_FILE.test(text)) return 'url';
  if (lines.length === 1 && /^[-—–]+\s*\S.{0,40}$/.test(text)) return 'signature';
  return undefined;
}

/** A short label closing on a colon, no figure in it (`以下为中文译文：`, `Full text:`). */
const LABEL_LINE = /^[^\d\n:：。.!?！？]{1,24}[:：]$/;
/** A file's name with a document's extension, maybe its size after it (`收费标准.pdf (126 KB)`). */
const ATTACHED_FILE = /\S\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|wps|ofd|csv|txt)(?:\s*[(（]\s*[\d.,]+\s*[KMG]i?B\s*[)）])?\s*$/i;

/**
 * Longest text of a block that may be a byline, a source, caption or list line, a dateline, a
 * heading or a signature (each asks for fewer characters): a longer block is read only for the
 * kinds that may run long, without folding all of it.
 */
const KIND_TEXT_MOST = 200;

/**
 * What a partnerless block of more than `KIND_TEXT_MOST` characters looks like: a list of URLs, a
 * caption (by its label), a list under its head, or lines of a list, as `partnerlessKind` reads
 * them; undefined for body text. Only the label and the head are folded to simplified characters.
 */
function longBlockKind(text: string): PartnerlessKind | undefined {
  const lines = linesOf(text);
  // A site's copyright notice at length (`Copyright 1995 - 2024. All rights reserved. The content …`).
  if (text.length <= 600 && LONG_COPYRIGHT.test(text.slice(0, 200))) return 'chrome';
  if (lines.every(allLinks)) return 'url';
  if (CAPTION.test(foldTraditional(text.slice(0, 32)))) return 'caption';
  if (lines[0]!.length <= 64 && LIST_HEAD.test(foldTraditional(lines[0]!))) return 'list';
  if (isListOfLines(lines)) return 'list';
  // A release's note on its issuer, at length (`ABOUT_ISSUER`), up to a paragraph or two.
  if (text.length <= 1200 && lines.length >= 2 && lines[0]!.length <= 64 && ABOUT_ISSUER.test(foldTraditional(lines[0]!))) return 'source';
  return undefined;
}

/**
 * A caption that ends on its photo's credit in brackets (`Students leave the hall on Friday. [Photo
 * by Li Hua/For the Daily]`, `(Photo: Xinhua/Lui Wai)` alone).
 */
const PHOTO_CREDIT_END = /[[(（【]\s*(?:photos?|pictures?|images?)\s*(?:by\b|[:：/])[^\])）】]{1,80}[\])）】]\s*$/i;
/**
 * A question of a reading quiz, numbered (`1. How much will the plant cost?`, `2、…？`), or a line
 * of its answers under their label (`Answers 参考答案: 1. A 2. …`): an exercise the page sets, not
 * text a translation renders.
 */
const QUIZ_LINE = /^(?:Q\s?)?\d{1,2}\s?[.、)．]\s*\S[^\n]{0,200}[?？](?:\s*[(（][^()（）\n]{1,40}[)）])?$/i;
const ANSWERS_LINE = /^(?:(?:answers?|answer key|key|答案|参考答案|參考答案|参考译文|參考譯文|参考翻译|參考翻譯|reference translation|suggested translation|model answer)\s*){1,2}[:：]/i;
/** A copyright notice that opens a long block. */
const LONG_COPYRIGHT = /^(?:copyright\b|©|版权所有|版權所有).{0,120}(?:all rights reserved|版权所有|版權所有)/i;

/** A list's heading in both languages on one line (`相关新闻 Related:`, `Related stories 相关报道`). */
function bilingualListHead(text: string): boolean {
  if (text.length > 40 || !/[A-Za-z]/.test(text) || !/\p{Script=Han}/u.test(text)) return false;
  const latin = text.replace(/[^A-Za-z :：'’]/g, '').trim();
  const han = text.replace(/[A-Za-z'’]/g, '').trim();
  return LIST_HEAD.test(latin) && LIST_HEAD.test(foldTraditional(han));
}

/** Most lines of a block read line by line as a page's head (`headLineKind`). */
const HEAD_LINES_MOST = 4;

/**
 * What one line of a page's head is, read alone: a byline or credit, a dateline, a line of
 * dated and credited parts (`isMetaLine`), or chrome (a menu, share buttons: `blockKind`).
 */
function headLineKind(line: string): PartnerlessKind | undefined {
  if (line.length > 160) return undefined;
  if (BYLINE.test(line) && line.length <= 80) return 'byline';
  if (looksLikeDateline(line) || (line.length <= 120 && PUBLISHED.test(line))) return 'dateline';
  if (isCreditLine(line) || isMetaLine(line)) return 'byline';
  if (isMenuLine(line) || blockKind(line) === 'chrome') return 'chrome';
  // A press contact's numbers (`投资者关系联系方式：ir@… | +86 …`), a link under a list's head (`相关阅读：…`).
  if (isContactLine(line)) return 'byline';
  if (LIST_HEAD.test(line) || LINKED_ITEM.test(line)) return 'list';
  if (QUIZ_LINE.test(line) || ANSWERS_LINE.test(line)) return 'vocabulary';
  // A label in both languages and its values, as a table of figures or a timeline prints a row
  // (`Shots 射门: 15 – 9`, `Launch 发射: May 3 5月3日`): the row is its own translation.
  if (line.length <= 80 && BILINGUAL_ROW.test(line) && !/[。！？!?]|\.(?:\s|$)/.test(line)) return 'vocabulary';
  // A word-list entry (`low-lying 低洼的`), or a headline given in both languages (`> Night ferries return 夜间渡轮恢复`).
  if (line.length <= 60 && GLOSS_ENTRY.test(line)) return 'vocabulary';
  if (line.length <= 160 && bilingualLine(line) && !/[。！]|\.(?:\s|$)/.test(line)) return 'heading';
  return undefined;
}

/** A list's head and the one story it links, on one line (`Related: …`, `相关阅读：…`). */
const LINKED_ITEM = /^(?:related(?: news| articles| stories| reading)?|read more|see also|more on(?: [\w-]+){1,4}|更多(?:\p{Script=Han}{1,6})?(?:新闻|新聞|报道|報道)|相关(?:新闻|阅读|報道|报道)|相關(?:新聞|閱讀|報道)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀)\s*[:：]\s*\S.{0,100}$/iu;

/** An English term and its Chinese senses: `low-lying 低洼的`, `landslide 山泥倾泻；山体滑坡`. */
const GLOSS_ENTRY = /^[A-Za-z][A-Za-z '’-]{0,30}\s+\p{Script=Han}[\p{Script=Han}；;，,、（）() ]{0,30}$/u;

/** A line with an English part of ten letters or more and a Chinese part of at most 40 characters. */
function bilingualLine(line: string): boolean {
  const han = (line.match(/\p{Script=Han}/gu) ?? []).length;
  return han > 0 && han <= 40 && (line.match(/[A-Za-z]/g) ?? []).length >= 10;
}

/** A row that opens with a label in English then Chinese, or Chinese then English, before a colon. */
const BILINGUAL_ROW = /^(?:[A-Za-z][A-Za-z '’&-]{0,30}\s*\p{Script=Han}[\p{Script=Han}\s]{0,12}|\p{Script=Han}[\p{Script=Han}\s]{0,12}[A-Za-z][A-Za-z '’&-]{0,30})\s*[:：]/u;

/**
 * A page's line of metadata in parts set apart by bars or dots, in one language or both: the
 * section, the day it was published, the writer and editor (`Travel Desk 旅游频道 · Published
 * Friday, 20 December 2024 · 发布于2024年12月20日`, `2025-03-08 | Reporter: Gu Li 记者：顾立`),
 * every part a dateline, a credit or a short label without a digit, and one of them a dateline
 * or a credit.
 */
function isMetaLine(line: string): boolean {
  if (line.length > 200 || !/[|｜·•]/.test(line) || /[。！？!?]/.test(line)) return false;
  const parts = line.split(MENU_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return false;
  let told = false;
  for (const part of parts) {
    if (part.length === 0) return false;
    if (PUBLISHED.test(part) || looksLikeDateline(part) || isCreditLine(part) || (BYLINE.test(part) && part.length <= 60) || DAY_ALONE.test(part) || RELEASE_PART.test(part)) told = true;
    else if (part.length > MENU_ITEM_MOST || /\d/.test(part) || part.split(/\s+/).length > MENU_ITEM_WORDS) return false;
  }
  return told;
}

/**
 * A release named by its issuer, perhaps with a note in brackets on who translated it (`Port
 * Authority press release (Chinese translation: Harbour Review)`, `港务局新闻稿`).
 */
const RELEASE_PART = /^(?:(?:[\p{Lu}\d][\p{L}\d'’&.-]*|of|the|and|for)\s+){1,8}(?:press|news|media)\s+release(?:\s*[(（][^()（）]{1,80}[)）])?$|^\p{Script=Han}{2,16}(?:新闻稿|新聞稿)(?:\s*[(（][^()（）]{1,80}[)）])?$/u;

/** A day written alone, with its weekday in either language or not (`2025-03-08 Saturday 星期六`, `2025年3月8日 星期六`). */
const DAY_ALONE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|星期[一二三四五六日天]|周[一二三四五六日]))*$/i;

/** A label of a contact's number or address, and its colon (`Tel:`, `E-mail:`, `電話：`, `传真`). */
const CONTACT_LABEL = /(?:\b(?:tel|telephone|phone|mobile|mob|fax|hotline|e-?mail|web(?:site)?|whatsapp|wechat)\b|电话|電話|手机|手機|传真|傳真|热线|熱線|电邮|電郵|邮箱|郵箱|网址|網址|微信)\.?[ \t]*[:：]?/gi;
/** A contact's number (`+65 6826 6273`, `(852) 2810-2345`), e-mail address or web address. */
const CONTACT_VALUE = /\+?\(?\d[\d() \t.-]{5,22}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+/gi;

/**
 * Whether a line holds only a contact's numbers and addresses, with their labels, in either
 * language (`Tel: +65 6826 6273`, `Fax: 2524 7000 / Email: press@example.org`), at most 120 characters.
 */
function isContactLine(line: string): boolean {
  if (line.length > 120 || !/\d|@/.test(line)) return false;
  const left = line.replace(CONTACT_VALUE, '');
  if (left.length === line.length) return false;
  // The hours the line is open, in brackets, in either language or both (`(Mon–Fri 9am–6pm | 星期一至五上午9时至下午6时)`).
  const rest = left.replace(CONTACT_LABEL, '').replace(OPEN_HOURS, '');
  if (rest.replace(/[\s/|｜,，;；·•()（）]+/g, '') === '') return true;
  // A press contact named before the numbers (`Media contact: Ms Lim Hui Min, +65 …`, `联系人：王敏 电话…`),
  // a person or an office, the line perhaps closed by a stop (`Media enquiries: Press Office, tel. 2810 2000.`).
  // A label alone before the numbers and addresses is the line's too (`Contact: press@… | Tel: …`).
  const head = CONTACT_HEAD.exec(rest);
  const name = head === null ? '' : rest.slice(head[0].length).replace(/[\s/|｜,，;；·•()（）.。]+$/, '').trim();
  return head !== null && (name === '' || CONTACT_NAME.test(name));
}

/** Opening hours in brackets: a clock time of either language in them (`9am–6pm`, `上午9时`, `09:00-18:00`), at most 80 characters. */
const OPEN_HOURS = /[(（](?=[^()（）]{0,80}(?:\d\s?(?:am|pm|a\.m\.|p\.m\.)|[上下]午|\d{1,2}[:：]\d\d))[^()（）]{1,80}[)）]/gi;

/** The label of a press contact's line: `Media contact:`, `Press enquiries:`, `联系人：`, `媒体查询：`. */
const CONTACT_HEAD = /^[ \t]*(?:(?:for[ \t]+)?(?:(?:media|press|investor)[ \t]+(?:relations[ \t]+)?)?(?:contacts?|enquiries|inquiries|queries)(?:[ \t]+(?:person|details|information))?|\p{Script=Han}{0,6}(?:联系人|联络人|聯絡人|聯繫人|联系方式|聯絡方式|聯繫方式)|媒体联络|媒體聯絡|媒体查询|媒體查詢|传媒查询|傳媒查詢)[ \t]*[:：]/iu;
/**
 * A contact's name: a title perhaps and up to four words in capitals, an office named by its words
 * in lower case after a capital (`CIIE Bureau media office`, `Corporate Communications team`), or two to four Han.
 */
const CONTACT_NAME = /^(?:(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+)?[A-Z][A-Za-z'’-]*(?:[ \t]+(?:[A-Z][A-Za-z'’-]*|media|press|public|corporate|communications?|relations|affairs|information|office|team|unit|desk|department|section|and|of|the)){0,4}|(?:\p{Script=Han}{2,4})(?:[ \t]*(?:先生|女士|小姐))?)$/u;

/** Three lines or more, each short and none closed by a stop: the items of a list. */
function isListOfLines(lines: readonly string[]): boolean {
  return lines.length >= 3 && lines.every((l) => l.length <= 200 && !/[.。!！]$/.test(l));
}

/** The lines of a text, trimmed, blank ones left out. */
function linesOf(text: string): string[] {
  return text.split(/\r?\n|\r/).map((l) => l.trim()).filter(Boolean);
}

/** A run of characters other than blanks (a word of a line). */
const WORD = /\S+/g;

/** Whether every word of a line is a URL, a domain, a handle or a tag: read word by word, to the first that is not. */
function allLinks(line: string): boolean {
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(line))) {
    const w = m[0];
    if (!URL.test(w) && !/^[@#]\w[\w.]*$/.test(w)) return false;
  }
  return true;
}

/**
 * The blocks that open the page: the first block and each block after it while every block
 * before is page furniture (chrome, a share line, a section label, a byline, a heading), read as
 * if it stood first. A headline in sentence case under a menu line (`Home | World | Sports`) is
 * then a heading, as it would be on the first line. The blocks are in document order.
 */
export function topBlocks(blocks: readonly Block[]): Set<string> {
  const top = new Set<string>();
  for (const block of blocks) {
    top.add(block.id);
    if (!partnerlessKind(block, top)) break;
  }
  return top;
}

/**
 * Kinds of a partnerless block that is no translation unit of the text (a title left without a
 * partner, a byline, a dateline, a source line, a URL, a list of links, a signature, a menu): in a
 * document that has pairs, such a block yields no facts. Captions and body text keep theirs.
 */
const NO_FACTS = new Set<PartnerlessKind>(['url', 'dateline', 'byline', 'source', 'list', 'heading', 'signature', 'chrome']);

/**
 * The ids of the blocks whose facts are dropped: blocks of one-sided pairs, in a document with at
 * least one two-sided pair, that look like a title, byline, dateline, source line, URL, list or
 * signature (`partnerlessKind`).
 */
export function blocksWithoutFacts(pairs: readonly Pair[], block: (id: string) => Block | undefined, top?: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (!pairs.some((p) => p.en.length > 0 && p.zh.length > 0)) return out;
  for (const p of pairs) {
    if (p.en.length > 0 && p.zh.length > 0) continue;
    for (const id of p.en.length > 0 ? p.en : p.zh) {
      const b = block(id);
      const kind = b && partnerlessKind(b, top);
      if (kind && NO_FACTS.has(kind)) out.add(id);
    }
  }
  return out;
}

/** Most longer words capitalized, as in `Related Stories` or `How Chengdu Builds a Software City`. */
function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

/** Drops spacing, punctuation and symbols (`/[\s\p{P}\p{S}]+/gu`). */
const dropSpacingAndMarks = charRemover(/[\s\p{P}\p{S}]/uy);

/** Text reduced for comparing copies: lower case, spacing, punctuation and symbols dropped. */
export function normalizeText(text: string): string {
  return dropSpacingAndMarks(text.toLowerCase());
}

/** Most blocks of subtitle text standing between two cue lines of one run. */
const CUE_GAP = 4;

/**
 * Runs of subtitle cue lines (header, cue numbers, timestamps) of one file: cue blocks with at
 * most a few blocks of subtitle text between them. Returns the blocks of each run, in order.
 */
export function cueRuns(blocks: readonly Block[]): Block[][] {
  const runs: Block[][] = [];
  let last: Block | undefined;
  for (const block of blocks) {
    if (block.kind !== 'cue') continue;
    const run = runs[runs.length - 1];
    if (run && last && last.source === block.source && block.index - last.index <= CUE_GAP + 1) run.push(block);
    else runs.push([block]);
    last = block;
  }
  return runs;
}
