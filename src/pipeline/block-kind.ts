import type { Block, BlockKind } from '../types.js';
import { asciiAlphanumerics, countScripts, isPinyinText, letterClass } from './detect.js';
import { holdsAny } from '../locales/needs.js';
import { isWireDateline } from './dateline.js';
import { lazyValue } from '../memo.js';

/** A clock time of a subtitle cue: `00:00:04.932`, `00:04,93`, `0:00:04` (seconds' fraction or not). */
const CUE_TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;
/**
 * A cue's timing: start and end time, perhaps after its cue number on the same line, and the
 * WebVTT cue settings after it (`line:85% align:start`).
 */
export const CUE_TIMING = String.raw`(?:\d{1,5}\s+)?${CUE_TIME}\s*-->\s*${CUE_TIME}(?:\s+[A-Za-z-]{1,12}:[^\s:]{1,12})*`;

/**
 * A subtitle file header, cue number or timestamp line (WebVTT, SRT): `1`, `00:00:04.932 --> 00:00:10.269`;
 * a lyric or transcript timestamp in brackets (LRC): `[00:04.52]`, `[00:00:03]`.
 */
const CUE = new RegExp(String.raw`^(?:WEBVTT\b.*|\[(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.:]\d{1,3})?\]|\d{1,5}|${CUE_TIMING}|(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*\/\s*(?:\d{1,2}:)?\d{1,2}:\d{2})?)$`);
/**
 * A subtitle's description of a sound rather than speech: a few words in brackets (`(music)`,
 * `[APPLAUSE]`; English never in `【】`, which frame a page's column labels: `【Highlights】`), a few Han in
 * brackets (`（音乐）`, `【掌声】`, `[觀眾笑聲]`: a few Han ending in 声/聲, sound), or notes of
 * music alone (`♪`); a transcript may set a bullet before it (`• (Laughter)`).
 */
const SOUND = /^(?:[•·▪●◦]\s*)?(?:[([（]\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,3}\s*[)\]）]|[([（【]\s*(?:音乐|音樂|背景音乐|背景音樂|\p{Script=Han}{0,4}(?:声|聲)|欢呼|歡呼|沉默|叹气|嘆氣)\s*[)\]）】]|[♪♫\s]+)$/u;

/**
 * Page chrome: share (and the networks shared to), print, close, back-to-list, font-size (`字体：大 中 小`, `Font size: L M S`), a row of
 * stars or rules under a title (`*****`, `=====`, as Hong Kong's press releases print one), next-page and language-switch links, a video
 * player's controls and tabs (`視頻 字幕列表`, `Subtitles`), an image's placeholder text (`Image placeholder`),
 * comment and view counters, comment-section headings, ad slots, 'word translation' toggles, as news
 * and study sites print them (the words of common Chinese and English CMS templates), with a
 * player's marks (`▶ Audio 音频 (3:42)`). In lower
 * case, without the `i` flag (compiled at half the cost): `chromeLine` runs it on the text
 * lower-cased, which matches as the flag would (see there).
 */
const CHROME = /^(?:分享到|分享至|分享|打印|打印本页|列印|关闭|關閉|收藏|评论|評論|字号|字號|顶部|頂部|置顶|置頂|上一页|上一頁|下一页|下一頁|上一篇|下一篇|返回顶部|返回頂部|点击|點擊|阅读|閱讀|浏览|瀏覽|顶|頂|踩|赞|讚|举报|舉報|双语|雙語|中文|英文|中英|英中|对照|對照|单词翻译|單詞翻譯|划词翻译|劃詞翻譯|双击|雙擊|单击|單擊|或|拖选|拖選|取词|取詞|查词|查詞|回复|回覆|回帖|引用|楼主|樓主|楼|樓|沙发|沙發|板凳|微博|微信|朋友圈|qq空间|qq空間|qq|豆瓣|人人网|facebook|twitter|linkedin|whatsapp|weibo|wechat|广告|廣告|推广|推廣|赞助|贊助|网友评论|網友評論|用户评论|用戶評論|读者评论|讀者評論|发表评论|發表評論|我要评论|我要評論|热门评论|熱門評論|最新评论|最新評論|全部评论|全部評論|评论区|評論區|关闭窗口|關閉窗口|扫一扫|掃一掃|分享到微信|返回列表|返回首页|返回首頁|返回|点赞|點讚|播放|暂停|暫停|重播|收听|收聽|音量|静音|靜音|全屏|全螢幕|视频|視頻|影片|音频|音頻|字幕|列表|查看原文|阅读原文|閱讀原文|阅读次数|閱讀次數|浏览次数|瀏覽次數|阅读量|閱讀量|浏览量|瀏覽量|点击量|點擊量|条评论|條評論|人阅读|人閱讀|次阅读|次閱讀|字体|字體|字级|字級|字型|大|中|小|尾页|尾頁|首页|首頁|末页|末頁|共|第|页|頁|english version|chinese version|audio|video|play|pause|listen|subtitles|captions|fullscreen|volume|mute|replay|image|placeholder|double-click|click(?: here)?(?: to (?:listen|play|enlarge))?|tap to (?:listen|play)|top|advertisement|advertising|sponsored(?: content)?|ad|share(?: this(?: article| story| page| post)?| on)?|print(?: this(?: article| story| page)?)?|email|e-mail|tweet|like|reply|quote|comments?|leave a comment|add a comment|reader comments|views?|reads?|next(?: page)?|previous(?: page)?|prev|back to top|font size|text size|large medium small|a\+|a-|[lms](?=[\s|｜/]|$)|close(?: window)?|mail|page|of|bilingual|english|chinese|translation|\d+|[\s:：|｜/·•,，()（）[\]【】>»«<\-▶►▷▸⏵⏯♪♫🔊🔈*=_~#])+$/u;
/**
 * A forum's floor label standing alone, perhaps with the poster's name and a colon, the post
 * on the lines after it: `1楼 网友A：`, `#3 小王`, `5F 阿明:`, `沙发 老李：`, `第2楼`.
 */
const FLOOR_LABEL = /^(?:\d{1,5}\s*(?:楼|樓|F|#)|#\d{1,5}|第\s*\d{1,5}\s*(?:楼|樓)|沙发|沙發|板凳|地板)(?:\s+[^\s，。！？,.!?:：]{1,20})?\s*[:：]?$/;
/**
 * A forum's header over a quoted post (`引用 1楼 bookworm 的发言：`, `Quote from mapfan:`, `mapfan wrote:`),
 * a moderator's or the system's notice (`版主提示：…`), or a link to the page in the other language
 * (`点击查看本文英文版。`, `阅读英文原文`).
 */
const FORUM_CHROME = /^(?:(?:引用|quote from|quoting)\s*.{1,40}?(?:的发言|的發言|的帖子|:|：)|[^\s:：]{1,30}\s+(?:wrote|写道|寫道)\s*[:：])$|^(?:版主提示|版主提醒|管理员提示|管理員提示|系统提示|系統提示)\s*[:：]|^(?:(?:点击|點擊)(?:查看|阅读|閱讀)?|查看|阅读|閱讀)(?:本文)?(?:的)?(?:英文版|中文版|英文原文|中文原文|双语版|雙語版)[。.]?$/i;
/**
 * A line of emoji (a reaction, a like counter, a divider: `😂😂👍`, `👍 1.2万`, `🌸🌸🌸`), perhaps with a
 * count beside them, and no word.
 */
const EMOJI_LINE = /^(?=.*\p{Extended_Pictographic})(?:[\p{Extended_Pictographic}\p{Emoji_Modifier}\s\d.,+万萬kK]|\u200d|\ufe0f)+$/u;
/**
 * Whether a trimmed line may be a line of emoji (EMOJI_LINE), by its first character: an ASCII one
 * must be a digit, `.`, `,`, `+` or `k`, a Han one `万` or `萬` (no emoji is either). The pattern
 * looks through the whole line for an emoji before it reads the first character.
 */
function mayBeEmojiLine(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 0x80) return (c >= 48 && c <= 57) || c === 0x2e || c === 0x2c || c === 0x2b || c === 0x6b || c === 0x4b;
  if (c >= 0x4e00 && c <= 0x9fff) return c === 0x4e07 || c === 0x842c;
  return true;
}

/** A link to the page before or after, with its title: `上一篇：…`, `Next article: …`. */
const NAV_LINK = /^(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|上一条|下一条|上一條|下一條|上篇|下篇|previous(?: article| story| post)?|next(?: article| story| post)?|prev)\s*[:：]/i;
/**
 * A site's promotion of itself: follow us, scan the QR code, download the app, subscribe
 * (`Follow us on WeChat`, `Scan to follow us`, `扫描二维码关注我们`, `扫码下载APP`).
 */
const PROMO = /^(?:follow us\b|scan(?:\s+(?:the\s+)?(?:qr\s+)?code)?\s+to\s+follow\s+us\b|subscribe (?:to|now)\b|sign up for our\b|download (?:the|our) app\b|get (?:the|our) app\b|扫描?二维码|掃描?二維碼|扫一扫|掃一掃|扫码|掃碼|长按识别|長按識別|关注我们|關注我們|欢迎关注|歡迎關注|下载.{0,8}(?:app|客户端)|下載.{0,8}(?:app|客戶端))/i;
/**
 * The heading of a list of other stories: related, popular, recommended, more (`热点推荐`,
 * `相关报道`, `Most popular`, `Top stories`), standing alone on its line; the English headings of
 * the Chinese ones (`Related coverage` for `相关报道`, `Related articles` for `相关文章`) alike.
 */
const LIST_HEADING = /^(?:热点推荐|熱點推薦|热门文章|熱門文章|热门推荐|熱門推薦|热门新闻|熱門新聞|精彩推荐|精彩推薦|更多精彩(?:内容|內容)?|查看更多|更多|点击进入专题|點擊進入專題|猜你喜欢|猜你喜歡|相关文章|相關文章|相关报道|相關報導|相关链接|相關連結|相关专题|相關專題|top stories|most popular|most read|most viewed|trending(?: now)?|you (?:may|might) also (?:like|enjoy)|recommended for you|editor'?s picks|latest news|more|related (?:coverage|articles|links|reports))\s*[:：]?$/i;
/**
 * The heading of a list of other stories that links their headlines, as news pages print it
 * under the article: a list heading (LIST_HEADING) or a related-stories heading (`Related stories`,
 * `Read more:`, `相关新闻`, `延伸閱讀：`), in one language or both (`More 更多新聞:`).
 */
/** The Chinese headings of a list of related stories. */
const ZH_STORY_HEADINGS = '相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|更多新闻|更多新聞|相关链接|相關連結';
/** The English headings of a list of related stories. */
const EN_STORY_HEADINGS = String.raw`related(?:\s+(?:news|articles|stories|reading|links|coverage|content))?|read more|see also|more(?: (?:news|stories|on this))?|recommended(?:\s+(?:reading|stories|for you))?`;
/** A Chinese heading beside an English one: any of the list's, or `相关` (related) alone. */
const ZH_BESIDE = `${ZH_STORY_HEADINGS}|相关文章|相關文章|相关报道|相關報導|相关|相關|更多`;
/** The heading itself, in English, in Chinese, or in both in either order, perhaps in brackets. */
const STORY_HEADING = String.raw`^[【[]?(?:(?:${EN_STORY_HEADINGS})(?:\s*(?:${ZH_BESIDE}))?|${ZH_STORY_HEADINGS}|(?:${ZH_BESIDE})\s*(?:${EN_STORY_HEADINGS}))[】\]]?\s*`;
const STORY_LIST_HEADING = new RegExp(String.raw`${STORY_HEADING}[:：]?$`, 'i');
/**
 * The same heading with a colon and its list on the line after it, the items apart by bars
 * (`Related 相關連結: Budget speech 2024-25 2024-25財政預算案演辭 | LegCo voting records 立法會投票紀錄`).
 */
const STORY_LIST_LINE = new RegExp(String.raw`${STORY_HEADING}[:：]\s*\S[^\n]*[|｜]`, 'i');

/**
 * The heading in both languages with a colon and one story after it, no bar
 * (`相關新聞 Related: 的士車隊牌照諮詢 Taxi fleet consultation`): the two headings say it is chrome.
 */
const BILINGUAL_STORY_LINE = new RegExp(String.raw`^[【[]?(?:(?:${EN_STORY_HEADINGS})\s*(?:${ZH_BESIDE})|(?:${ZH_BESIDE})\s*(?:${EN_STORY_HEADINGS}))[】\]]?\s*[:：]\s*\S`, 'i');

/**
 * Whether a line is a heading of other stories with their list after a colon, the items apart by
 * bars (`STORY_LIST_LINE`), or one story after the heading in both languages (`BILINGUAL_STORY_LINE`).
 */
export function isStoryListLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 300 && (((t.includes('|') || t.includes('｜')) && STORY_LIST_LINE.test(t)) || BILINGUAL_STORY_LINE.test(t));
}

/** Whether a line heads a list of other stories' headlines (STORY_LIST_HEADING, LIST_HEADING). */
export function isStoryListHeading(text: string): boolean {
  const t = text.trim();
  return t.length <= 40 && (STORY_LIST_HEADING.test(t) || LIST_HEADING.test(t));
}

/** Ends as a sentence does: a stop, perhaps inside a closing quote or bracket. */
const SENTENCE_END = /[.!?。！？…][”"’」』)）]?\s*$/;

/** One line of a list of stories: short, not ending as a sentence. */
const headlineLine = (t: string): boolean => t.length > 0 && t.length <= 80 && !SENTENCE_END.test(t);

/** Most headlines a block of a list's lines may hold. */
const LISTED_HEADLINES_MOST = 12;

/**
 * A headline as a list of stories gives it: one short line that does not end as a sentence, or
 * a few such lines in one block (the list's lines with no blank line between).
 */
export function isListedHeadline(text: string): boolean {
  const t = text.trim();
  if (!t.includes('\n')) return headlineLine(t);
  const lines = t.split('\n');
  return lines.length <= LISTED_HEADLINES_MOST && lines.every((line) => headlineLine(line.trim()));
}

/**
 * The name of a site's bilingual column standing alone, perhaps with the bar that set it before
 * a title (`英语新闻丨`): `每日双语`, `双语新闻`, `雙語閱讀`, `英语新闻`, `China Daily Bilingual`, `Bilingual News`.
 */
const COLUMN_LABEL = /^(?:【\s*)?(?:(?:(?:每日|今日|每周|每週|英语|英語)\s*)?(?:双语|雙語|中英对照|中英對照|英汉对照|英漢對照)(?:新闻|新聞|阅读|閱讀|资讯|資訊|播报|播報|精选|精選|美文|文章)?|(?:英语|英語)(?:新闻|新聞|资讯|資訊|播报|播報))(?:\s*】)?\s*[丨|｜]?$|^(?:[A-Z][a-z]+\s+){0,2}[Bb]ilingual(?:\s+(?:[Nn]ews|[Rr]eading|[Ee]dition|[Vv]ersion|[Pp]age|[Ss]tories))?$/;
/**
 * A comment section's notice to its readers, as news and forum templates print it above or below
 * the comments: moderation and house rules (`Comments will be moderated. Keep comments relevant
 * to the article…`, `Comments are closed.`, `You must be logged in to post a comment.`, `Leave a
 * Reply Cancel reply`), the stock note that readers' comments are their own (`网友评论仅供其表达个人看法…`,
 * `評論僅代表網友個人觀點`), `评论须知`, `请文明发言`. Opens the line; the words a sentence of news
 * could open with (`Comments will be reviewed by the agency…`, `Comments are closed until May`)
 * are left out. Its first characters gate it (`COMMENT_NOTICE_FIRST`).
 */
const COMMENT_NOTICE = /^(?:comments?\s+(?:will\s+be|are|is|may\s+be)\s+(?:pre-?)?moderated\b|comments\s+are\s+(?:now\s+)?closed\s*[.!]?$|(?:please\s+)?keep\s+(?:your\s+)?comments\s+(?:relevant|civil|on[- ]topic|respectful|clean)\b|you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+(?:post|leave|add)\s+a\s+comment\b|leave\s+a\s+reply(?:\s+cancel\s+reply)?\s*$|(?:网友|網友|用户|用戶|读者|讀者)(?:评论|評論)(?:仅|僅)(?:供|代表)|(?:发表|發表)?(?:评论|評論)(?:须知|須知)\s*[:：]?|(?:请|請)(?:文明|理性)(?:发言|發言|上网|上網|评论|評論)|(?:留言|评论|評論)(?:将|將|会|會|须|須|需|需要|均)?(?:经|經|经过|經過)?(?:审核|審核))/i;
/** The first characters a COMMENT_NOTICE line may open with. */
const COMMENT_NOTICE_FIRST = 'cCkKpPyYlL网網用读讀发發评評请請留';
/**
 * A copyright line: `Copyright © 2024 …`, `版权所有 © …`, `… All rights reserved.`, and the notice
 * Chinese sites close an article with, that the copyright is theirs or that no one may reprint it
 * (`本文版权归某网所有，未经允许不得转载`, `某报版权所有，未经授权不得转载`, `未經授權，不得轉載`, `本網站之文字及圖片，非經授權，不得轉載`, `转载请注明出处`), in brackets or not, or a line its holder closes (`（…某网版權所有）`).
 */
const COPYRIGHT = /^[(（]?(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4}|(?:[^\s。！？，,：:]{1,20}?\s?)?(?:版权所有|版權所有|版权声明|版權聲明)(?:\s|©|[:：，,。]|$)|(?:本文|本站|本网|本網|本报|本報)?(?:的)?(?:版权|版權)(?:归|歸|屬|属于|屬於)[^。！？]{1,40}?所有|(?:(?:本网站|本網站|本站|本网|本網|本文|本报|本報)[^。！？]{0,30}?)?[未非][经經][^。！？]{0,12}(?:授权|授權|许可|許可|允许|允許|同意)[^。！？]{0,24}不得(?:转载|轉載)|(?:转载|轉載)(?:请|請)注明(?:出处|出處|来源|來源))|(?:版权所有|版權所有)[)）。]?$|all rights reserved/i;
/**
 * A site's links to its policies and its own pages, as footers list them, alone on the line or
 * several with bars or dots between (`Privacy Policy | Terms of Use`, `隐私政策 · 联系我们`), and
 * a wire's note on its principles (`Our Standards: The … Trust Principles.`).
 */
const SITE_LINK = '(?:privacy|cookies?|editorial|ethics|corrections?|accessibility|copyright)\\s+(?:policy|policies|statement|notice|standards|guidelines)'
  + '|terms\\s+(?:of\\s+(?:use|service)|(?:&|and)\\s+conditions)|contact\\s+us|about\\s+us|site\\s*map|advertise\\s+with\\s+us'
  + '|(?:隐私|隱私)(?:权|權)?(?:政策|声明|聲明)|(?:使用|服务|服務)(?:条款|條款)|(?:用户|用戶)(?:协议|協議)|(?:联系|聯繫|聯絡)(?:我们|我們)|(?:关于|關於)(?:我们|我們)|(?:网站|網站)地(?:图|圖)';
const SITE_LINKS = new RegExp(`^(?:(?:${SITE_LINK})(?:\\s*[|｜·•/]\\s*(?:${SITE_LINK}))*\\s*$|our\\s+standards\\s*[:：])`, 'i');
/**
 * A row of share buttons under its label, in either language or both (`Share: Facebook X LinkedIn
 * Email`, `分享 Share： Facebook ｜ LINE ｜ 複製連結`): the label, then the names of networks and actions only,
 * or the letters and signs of their buttons (`Share this article  f  in  ✉`).
 */
const SHARE_ROW = /^(?:(?:share(?:\s+(?:this(?:\s+(?:article|story|page|post))?|on|to|via))?|分享(?:到|至|本文|此文|文章)?)\s*){1,2}[:：|｜]?\s*(?:(?:facebook|twitter|x|linkedin|e-?mail|电邮|電郵|邮件|郵件|whatsapp|line|telegram|reddit|weibo|wechat|微信|微博|朋友圈|qq空间|qq空間|qq|複製連結|复制链接|copy\s+link|print|打印|列印|f|in|[✉📧🔗🖨⎙])\s*[|｜/·•,]?\s*)+$/iu;
/** A page's tag, keyword or category line: `Tags: economy, GDP`, `标签：经济`, `关键词：…`, `Key words: …` (with Chinese terms in it, a word list: vocabulary), `分類：翻譯新聞 (120)`. */
const TAGS = /^(?:tags?|keywords?|key words?(?=\s*[:：][^\u3400-\u9fff]*$)|标签|標籤|关键词|關鍵詞|关键字|關鍵字|(?:目前|所属|所屬|文章)?(?:分类|分類)|categor(?:y|ies)|filed under)\s*[:：]/i;

/** Whether a line is a tag or keyword label standing alone, its tags on the lines after it (`标签:`, `Tags:`). */
export function isTagsLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 20 && (t.endsWith(':') || t.endsWith('：')) && TAGS.test(t);
}

/**
 * A site's counter with its count in brackets, as blogs and forums print them under a post
 * (`留言(0)`, `人氣(35)`, `阅读（1024）`, `Comments (3)`); the count may be empty where a script fills it.
 */
const COUNTER = /(?:留言|评论|評論|回应|回應|迴響|回响|引用|人气|人氣|阅读|閱讀|浏览|瀏覽|点击|點擊|点赞|點讚|收藏|转发|轉發|comments?|views?|likes?|shares?|reads?)\s*[(（]\s*\d*\s*[)）]/i;
/** Markup left in pasted text: a line of HTML tags only (`<br />`, `</p><p>`). */
const MARKUP = /^(?:<\/?[A-Za-z][A-Za-z0-9]{0,9}(?:\s[^<>]{0,200})?>\s*){1,20}$/;
/**
 * Header lines of a WebVTT file (`Kind: captions`, `Language: en`) and its comment, style and
 * region blocks (`NOTE …`, `STYLE`, `REGION`).
 */
const VTT_HEADER = /^(?:Kind:\s*(?:captions|subtitles|descriptions|chapters|metadata)|Language:\s*[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|NOTE(?:\s.*)?|STYLE|REGION)$/;
/**
 * Lines of an ASS or SSA subtitle file that are no speech: its header's settings (`ScriptType: v4.00+`,
 * `PlayResX: 1920`), the format line of a section (`Format: Layer, Start, End, …`), a style
 * (`Style: Default,Arial,20,…`), a comment line (`Comment: 0,0:00:01.20,…`).
 */
const ASS_HEADER = /^(?:(?:ScriptType|PlayRes[XY]|WrapStyle|ScaledBorderAndShadow|YCbCr Matrix|Collisions|Timer)\s*:.{0,40}|Format:\s*(?:Layer|Marked|Name)\s*,.{0,200}|Style:\s*[^,]{1,40},[^,]{1,60},\s*\d.{0,300}|Comment:\s*(?:\d+|Marked=\d)\s*,\s*\d{1,2}:\d{2}:\d{2}.{0,300})$/;
/**
 * The fields of an ASS or SSA event line before its text: `Dialogue: 0,0:00:01.20,0:00:03.50,Default,,0,0,0,,`
 * (layer or `Marked=0`, start, end, style, name, margins, effect). The text after the last comma
 * is the speech, its lines apart by `\N`.
 */
export const ASS_EVENT = String.raw`Dialogue:\s*(?:\d{1,3}|Marked=\d),\s*\d{1,2}:\d{2}:\d{2}[.:]\d{1,3},\s*\d{1,2}:\d{2}:\d{2}[.:]\d{1,3},[^,\n]{0,40},[^,\n]{0,40},\d{0,4},\d{0,4},\d{0,4},[^,\n]{0,40},`;
/** An ASS event line's fields standing alone, the speech cut off (`split` makes them a block of their own). */
const ASS_EVENT_FIELDS = new RegExp(`^${ASS_EVENT}?$`);
/** A site's summary or lead-in line that repeats the text: `摘要:`, `导读:`, `提要:`, `Summary:`, or its label in brackets (`【导读】`). */
const SUMMARY = /^(?:[【[](?:摘要|导读|導讀|导语|導語|提要|内容提要|內容提要|核心提示|summary|abstract)[】\]]|(?:摘要|导读|導讀|导语|導語|提要|内容提要|內容提要|核心提示|summary|abstract)\s*[:：])/i;
/**
 * An exam page's explanation of an answer, which no translation follows: `解析：原文第一句提到…`,
 * `【答案解析】…` (an answer key itself may be given in both languages).
 */
const EXPLANATION = /^[【[]?(?:答案解析|解析|详解|詳解|试题解析|試題解析|思路点拨|思路點撥)[】\]]?\s*[:：】\]]/;
/** A study page's bracketed label opening the entries it heads: `【词汇】夜间 night；图书馆 library`. */
const LABELLED_ENTRIES = /^[【[]\s*(?:词汇|詞彙|詞匯|生词|生詞|单词|單詞|重点词汇|重點詞彙|重點詞匯|短语|短語|词组|詞組|注释|註釋|讲解|講解|vocabulary|new words|key words|words|notes?)\s*[】\]]/i;
/** Letters of the IPA that English spelling never uses, and its stress marks. */
const IPA = /[ɪʊəɒʌæɑɔɛɜŋθðʃʒːˈˌ]/;
/** The parts of speech word lists tag their entries with. */
const POS_NAMES = '(?:n|v|vt|vi|adj|adv|prep|conj|pron|num|phr|abbr)';
/** A word list's headword: one to four English words (`probe`, `strike a chord with`). */
const HEAD_WORDS = String.raw`[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,3}`;
/** The number of a word list's entry, with the blank after it (`1. `, `3、`). */
const ENTRY_NO = String.raw`\d{1,3}[.)、．]\s*`;
/** A word's phonetics in slashes or brackets standing alone, perhaps with its part of speech: `/rɪˈzɪliənt/ adj.`, `[ˈbʌdʒɪt]`. */
const PHONETICS = new RegExp(String.raw`^[/[][^/[\]\n]{1,40}[/\]](?:\s*${POS_NAMES}\.)*$`);
/** An accent's label before a word's phonetics: `英`, `美音`, `UK`, `AmE`. */
const ACCENT = '(?:英|美|英音|美音|英式|美式|UK|US|BrE|AmE)';
/**
 * A word's British and American phonetics, each after its accent's label, as learner dictionaries
 * and news-for-learners pages print them under a headword: `英 /prəʊb/ 美 /proʊb/`,
 * `英 [kæmˈpeɪnə(r)] 美 [kæmˈpeɪnər]`, `UK /ˈhɑːbə/ US /ˈhɑːrbər/`, one accent alone; the last may be
 * cut off where a page's excerpt ends (`英 /ˈ`).
 */
const ACCENT_PHONETICS = new RegExp(String.raw`^(?:${ACCENT}[ \t]*[/[][^/[\]\n]{1,40}[/\]][ \t]*)?${ACCENT}[ \t]*[/[][^/[\]\n]{0,40}[/\]]?$`);
/** Where ACCENT_PHONETICS may start. */
const ACCENT_FIRST = '英美UBA';

/** An option's letter opening a line or after blank space: `A.`, `B)`, `（C）`, `D、`. */
const OPTION_MARK = /(?:^|\s)[(（]?([A-H])[.)）、．]/g;
/** A question's or gap's number opening a line of options: `(1) `, `3. `, `（2）`. */
const QUESTION_NUMBER = /^(?:[(（]\d{1,3}[)）]|\d{1,3}[.)．])\s*/;
/** Most characters of one option. */
const OPTION_MOST = 40;

/**
 * A line of a question's lettered options (`A. In March  B. In May  C. In July`, `A. 北京 B. 上海 C. 广州`):
 * three options or more, lettered from A in turn, the first opening the line (perhaps after the
 * question's number: `(1) A. get  B. gets  C. got`), each of
 * `OPTION_MOST` characters at most.
 */
function isOptionsLine(line: string): boolean {
  // A gap's or question's number may open the line: `(1) A. get  B. gets  C. got`.
  const text = line.replace(QUESTION_NUMBER, '');
  if (!/^[(（]?A[.)）、．]/.test(text) || text.length > 240) return false;
  let expected = 65;
  let last = 0;
  for (const m of text.matchAll(OPTION_MARK)) {
    if (m[1]!.charCodeAt(0) !== expected) return false;
    if (m.index - last > OPTION_MOST) return false;
    last = m.index;
    expected++;
  }
  return expected >= 68 && text.length - last <= OPTION_MOST;
}

/**
 * A study page's label of terms given with their senses, then the terms after a colon: `提示词：剪纸
 * paper cutting；民间艺术 folk art`, `Key words: 剪纸 paper cutting`. Only the label is matched here;
 * the rest must read as a list of terms (`isTermList`).
 */
const TERMS_LABEL = /^(?:提示词|提示詞|参考词汇|參考詞彙|词汇|詞彙|詞匯|生词|生詞|单词|單詞|重点词汇|重點詞彙|重點詞匯|关键词汇|關鍵詞彙|關鍵詞匯|短语|短語|词组|詞組|key words|new words|vocabulary|words and expressions|glossary)\s*[:：]\s*/i;
/**
 * Whether the text after a terms label (TERMS_LABEL) is a list of terms: Han and Latin letters both,
 * no Chinese sentence stop, and no English sentence (no more than ten Latin words in a row between
 * the Chinese terms).
 */
function isTermList(text: string): boolean {
  const m = TERMS_LABEL.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  if (/[。！？]/.test(rest) || /(?:[A-Za-z']+\s+){10}/.test(rest)) return false;
  const s = countScripts(rest);
  return s.han > 0 && s.latin > 0;
}

/** A bracketed label: a section label of study pages (`【講解】`, `[Vocabulary]`), or a site's column or topic label (`[乡村振兴]`, see `columnLabel`). */
const LABEL = /^[【[][^【】[\]]{1,12}[】\]]$/;
/**
 * A section label of study pages standing alone on its line, as their templates print them:
 * vocabulary, key words, notes, glossary, original text, reference translation, full translation,
 * transcript or script, a lettered passage or text (`Passage B`), exercises, answer key (`Key:`, `Answers`);
 * and the sections of a learner's dictionary entry: examples, synonyms and antonyms, collocations,
 * grammar patterns, usage notes, common mistakes (`例句`, `同義詞`, `文法句型`, `用法筆記`, `常見錯誤`).
 */
const SECTION_LABEL = /^(?:(?:new |key )?words?(?: and expressions)?|(?:answer )?key|answers|vocabulary|glossary|notes?|key points|exercises?|(?:reference )?translation|original(?: text)?|examples?|example sentences?|synonyms?|antonyms?|collocations?|grammar(?: patterns?)?|usage(?: notes?)?|common (?:mistakes|errors)|例句|双语例句|雙語例句|同义词|同義詞|近义词|近義詞|反义词|反義詞|搭配|常用搭配|词组搭配|詞組搭配|文法|语法|語法|文法句型|句型|用法|用法说明|用法說明|用法笔记|用法筆記|常见错误|常見錯誤|易错点|易錯點|英文原文|中文翻译|中文翻譯|中文译文|中文譯文|听力原文|聽力原文|双语原文|雙語原文|原文|点击查看译文|點擊查看譯文|参考答案|參考答案|(?:生词|生詞|词汇|詞彙|詞匯|重点词汇|重點詞彙|重點詞匯|单词|單詞)(?:学习|學習|积累|積累|表)?|注释|註釋|注解|註解|附注|附註|备注|備註|讲解|講解|参考译文|參考譯文|译文|譯文|练习|練習|全文翻译|全文翻譯|参考翻译|參考翻譯|课文|課文|听力文本|聽力文本|(?:full |video |audio |listening )?(?:transcript|script)|(?:passage|text) [a-h])\s*[:：]?$/i;
/**
 * A study page's instruction to an exercise, a short line closing on a colon before the sentence
 * it sets (`【翻译练习】请将下面的句子译成中文：`, `用所给词填空：`, `Translate into Chinese:`): a label,
 * no paragraph to translate.
 */
const EXERCISE_LABEL = /^(?:[【[][^】\]]{1,12}[】\]]\s*)?[^。！？.!?\n]{0,30}(?:翻译|翻譯|译成|譯成|练习|練習|填空|造句|改写|改寫|translate|fill in)[^。！？.!?\n]{0,20}[:：]$/i;
/** An exercise set to the reader with its text: `Try translating: "…"`, `Translate into Chinese: …`, `试译：…`, perhaps after its label (`【练习】请翻译：…`). */
const EXERCISE_PROMPT = /^(?:[【[][^】\]]{1,12}[】\]]\s*)?(?:try (?:translating|to translate)|translate(?: (?:the following|this|these))?(?: (?:sentences?|passages?|paragraphs?))?(?: into (?:chinese|english))?|请翻译|請翻譯|试译|試譯|翻译下列句子|翻譯下列句子)\s*[:：]/i;

/**
 * A section label given in both languages on one line, in either order, set apart by a space, a
 * slash or a bar (`Key words 重点词汇:`, `词汇 Vocabulary`, `Notes / 注释`): each half a
 * `SECTION_LABEL`.
 */
function bilingualSectionLabel(t: string): boolean {
  const body = t.replace(/\s*[:：]$/, '');
  const split = /^([^\u3400-\u9fff]+?)\s*[/|｜]?\s*([\u3400-\u9fff].*)$|^([^A-Za-z]+?)\s*[/|｜]?\s*([A-Za-z].*)$/.exec(body);
  if (!split) return false;
  const [a, b] = split[1] !== undefined ? [split[1], split[2]!] : [split[3]!, split[4]!];
  return a.trim() !== '' && SECTION_LABEL.test(a.trim()) && SECTION_LABEL.test(b.trim());
}

/** A line wholly in one pair of square brackets (`【重点词汇 Key words】`). */
const BRACKETED_LINE = /^[【[][^【】[\]]+[】\]]$/;

/** The number of a page's section before its label (`二、單詞`, `3. Vocabulary`, `(一)生词`, `II. Notes`). */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[.、．)]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[IVX]{1,4}\.)\s?/;
/** A numbered or bulleted vocabulary entry opening. */
const ENTRY_NUMBER = /^(?:\d{1,3}[.)、．]\s*|[•·★☆◆●■▪-]\s*)/;
/** A name in Latin letters (and digits) glued to Han on both sides, inside a Chinese sentence: `五月天MAYDAY新专辑`, `林俊杰JJ20巡演`. */
const GLUED_NAME_SOURCE = String.raw`\p{Script=Han}[A-Za-z][A-Za-z\d&.'-]{0,23}\p{Script=Han}`;
const GLUED_NAME = new RegExp(GLUED_NAME_SOURCE, 'u');
/** The same name read from a given place, the Han before it (`lastIndex`): for the line cutter. */
export const GLUED_NAME_AT = new RegExp(GLUED_NAME_SOURCE, 'uy');
/**
 * A part-of-speech tag of word lists: `(n.)`, `adj.`, `vt.`; or one in brackets without its stop
 * right after an entry's headword or its phonetics (`3. lagoon (n) /ləˈɡuːn/`, `lagoon /ləˈɡuːn/ (n)`),
 * as Hong Kong and Taiwan study pages print it (not a bracket glued to a word, `f(n)`, nor one
 * deep in a sentence, `a verb (v)`).
 */
const POS_TAG = new RegExp(String.raw`(?:^|[\s(（])${POS_NAMES}\.(?=[\s)）]|$)|^\s*(?:${ENTRY_NO})?${HEAD_WORDS}(?:[ \t]*[/[][^/\]\n]{1,40}[/\]])?[ \t]+[(（]${POS_NAMES}[)）](?=[\s,，/]|$)`);
/** Every part-of-speech tag of a line. */
const POS_TAGS = new RegExp(POS_TAG.source, 'g');
/** A pinyin syllable in brackets, as word lists give it: `(kāijiǎng)`; or syllables with tone numbers, as Jyutping writes Cantonese (`(tau4 piu3 leot2)`). */
const BRACKETED_PINYIN = /[(（](?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü' ]{1,30}|(?:[a-z]{1,6}[1-6] ?){1,6})[)）]/;
/**
 * Words of a study page's note on an English word or phrase: a note's label (`注意：`, `提示：`, `语法：`), the
 * word said to be a quoted Chinese term (`billion是“十亿”`), what it means (`意为`, `的意思`), its
 * part of speech or form (`作动词`, `比較級`), how it is used (`用法`, `后面常接`), its kin (`同义词`), a
 * quoted Chinese term and how to translate it (`“种植”译为grow`). A note may open on its label in
 * brackets instead (`STUDY_LABEL`: `【学习提示】`).
 */
const WORD_NOTE = /^(?:注意|注|提示|小贴士|小貼士|学习提示|學習提示|知识点|知識點|语法|語法|句型|考点|考點|难点|難點|翻译技巧|翻譯技巧)\s*[:：]|(?<![a-z])[a-z]{2,24}\s{0,2}(?:是|就是|即|指|表示|相当于|相當於)\s{0,2}[“「『"]|意为|意為|意思是|的意思|意即|意指|作(?:动|動|名|形容|副|介)(?:词|詞)|比较级|比較級|最高级|最高級|过去式|過去式|过去分词|過去分詞|复数形式|複數形式|词组|詞組|短语|短語|用法|搭配|后面常接|後面常接|后接|後接|(?<=[A-Za-z"”’」』]\s{0,2})一[词詞]|同义词|同義詞|反义词|反義詞|[“「『"][\u3400-\u9fff]{1,12}[”」』"]\s{0,2}(?:可以|可|应|應|常|一般)?(?:译为|譯為|译成|譯成|译作|譯作)/;
/** An English word in lower case, as a note quotes the word it explains. */
const LOWER_WORD = /(?:^|[^A-Za-z])[a-z]{2,}(?![A-Za-z])/;
/** Most Han characters of a note on a word. */
const WORD_NOTE_HAN = 60;
/** Sentence punctuation of Chinese prose. */
const ZH_SENTENCE = /[，。！？；]/;
/** A stop that ends a Chinese sentence: a word list's senses are set apart by `；` or `，`, never by these. */
const ZH_STOP = /[。！？]/;

/** Whether `text` holds a colon, ASCII or full-width. */
export function holdsColon(text: string): boolean {
  return text.includes(':') || text.includes('：');
}

/**
 * What a block is when it is no translation unit: a subtitle cue, page chrome, a summary line,
 * a pinyin transcription, a vocabulary entry or bilingual label, anti-scraping garbage, or a
 * third language. Undefined for text that may have a translation (titles, bylines and datelines
 * stay text: pairing leaves them alone by their own costs).
 */
export function blockKind(text: string): BlockKind | undefined {
  const t = asciiAlphanumerics(text.trim());
  if (t.includes('\n')) return undefined;
  // Gates before the patterns, each necessary for a match (a pattern not run is not compiled):
  // the first character the pattern must start with, a colon it must hold, a word it needs.
  const first = t.charAt(0);
  const colon = holdsColon(t);
  if ((CUE_FIRST.includes(first) && CUE.test(t)) || ('KLNSR'.includes(first) && VTT_HEADER.test(t))
    || (SOUND_FIRST.includes(first) && SOUND.test(t) && !SECTION_LABEL.test(t.slice(1, -1).trim())) || ('SPFWYCT'.includes(first) && colon && ASS_HEADER.test(t))
    || (first === 'D' && colon && ASS_EVENT_FIELDS.test(t))) return 'cue';
  if (t.length <= 400 && first === '<' && MARKUP.test(t)) return 'chrome';
  if ((colon || first === '【' || first === '[') && SUMMARY.test(t)) return 'summary';
  if (t.length <= 600 && COMMENT_NOTICE_FIRST.includes(first) && COMMENT_NOTICE.test(t)) return 'chrome';
  if (t.length <= 40 && ((chromeLine(t) && !REPLY_LABEL.test(t)) || FLOOR_LABEL.test(t) || (mayBeEmojiLine(t) && EMOJI_LINE.test(t)))) return 'chrome';
  // A row of stars or rules under a title runs as wide as the title, whatever its length.
  if (t.length <= 200 && RULE_ROW.test(t)) return 'chrome';
  if (t.length <= 120 && ((colon && (NAV_LINK.test(t) || TAGS.test(t))) || (holdsAny(t.toLowerCase(), COPYRIGHT_NEEDS) && (COPYRIGHT.test(t) || COPYRIGHT_HOLDER.test(t))))) return 'chrome';
  if (t.length <= 120 && (isBreadcrumb(t) || isDatedLink(t) || FORUM_CHROME.test(t) || SITE_LINKS.test(t) || SHARE_ROW.test(t))) return 'chrome';
  if (t.length <= 80 && (t.includes('(') || t.includes('（')) && COUNTER.test(t) && !SENTENCE_STOP.test(t)) return 'chrome';
  if (t.length <= 60 && (PROMO.test(t) || LIST_HEADING.test(t) || COLUMN_LABEL.test(t))) return 'chrome';
  // A heading of other stories in both languages on one line (`More 更多新聞:`, `Related 相關新聞`).
  if (t.length <= 40 && /[A-Za-z]/.test(t) && /[\u4e00-\u9fff]/.test(t) && STORY_LIST_HEADING.test(t)) return 'chrome';
  // The heading with its list of stories on one line, the items apart by bars.
  if (isStoryListLine(t)) return 'chrome';
  const bracket = first === '【' || first === '[';
  const label = bracket && LABEL.test(t);
  if (label && columnLabel(t)) return 'chrome';
  if (label || SECTION_LABEL.test(t) || (t.length <= 60 && EXERCISE_LABEL.test(t)) || (t.length <= 400 && colon && EXERCISE_PROMPT.test(t)) || (SECTION_NUMBER.test(t) && SECTION_LABEL.test(t.replace(SECTION_NUMBER, ''))) || (t.length <= 40 && bilingualSectionLabel(t)) || ((colon || t.includes('】') || t.includes(']')) && EXPLANATION.test(t))
    || (bracket && (LABELLED_ENTRIES.test(t) || (t.length <= 40 && BRACKETED_LINE.test(t) && bilingualSectionLabel(t.slice(1, -1).trim())))) || (colon && t.length <= 200 && isTermList(t)) || (OPTIONS_FIRST.includes(first) && isOptionsLine(t))
    || isPhoneticsLine(t) || (t.length <= 160 && TONED_ENTRY.test(t))) return 'vocabulary';
  if (isPinyinText(t)) return 'pinyin';
  // A line too long for a scrambled token, with no Han and no lead letter of mojibake (an English
  // paragraph, most often), is neither a word list nor garbage: answered without counting its scripts.
  if (t.length > SCRAMBLED_MOST && !HAN_CODE.test(t) && !MISDECODED_LEAD.test(t)) return undefined;
  const s = countScripts(t);
  if (s.han > 0 && s.latin > 0 && (isVocabulary(t, s.han, s.words) || isWordNote(t, s.han))) return 'vocabulary';
  if (s.han === 0 && s.otherCjk === 0 && (looksScrambled(t) || looksMisdecoded(t))) return 'garbage';
  return undefined;
}

/**
 * A word list's entry of a Chinese term, its pinyin with tone marks and its English after a dash
 * or a colon (`年貨 niánhuò — New Year goods`, `攤商 tān shāng: stall vendor`).
 */
const TONED_ENTRY = /^\p{Script=Han}{1,8}[ \t]+(?=[^—–:：\n-]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’]+(?:[ \t][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'’]+){0,4}[ \t]*[—–:：-][ \t]*[A-Za-z]/u;

/** A word list's sense line opening on its part of speech (`n. 部門；領域`, `(v.) 共鸣`, `adj. 坚韧的`). */
const SENSE_LINE = new RegExp(String.raw`^[(（]?${POS_NAMES}\.[)）]?\s?(?=\p{Script=Han})`, 'u');

/** Whether a line is a word list's sense line, opening on a part of speech before its Chinese (`n. 部門；領域`). */
export function isSenseLine(text: string): boolean {
  return SENSE_LINE.test(text.trim());
}

/**
 * Whether a line is a word's phonetics alone, as a word list prints them on the line under their
 * headword: `/rɪˈzɪliənt/ adj.`, `[ˈbʌdʒɪt]`, `英 /prəʊb/ 美 /proʊb/`.
 */
export function isPhoneticsLine(text: string): boolean {
  const t = text.trim();
  const first = t.charAt(0);
  // The first character before the IPA letters: most lines open on neither pattern's, and the look
  // for IPA letters reads the whole line.
  const slash = first === '/' || first === '[';
  const accent = ACCENT_FIRST.includes(first);
  return (slash || accent) && IPA.test(t) && ((slash && PHONETICS.test(t)) || (accent && ACCENT_PHONETICS.test(t)));
}

/**
 * A word list's headword standing on its line above its phonetics: one to four English words,
 * perhaps numbered (`probe`, `1、mirror`, `3. strike a chord with`), no stop.
 */
export const HEADWORD = new RegExp(`^(?:${ENTRY_NO})?${HEAD_WORDS}$`);

/**
 * The blocks with their summary lines made text again when the document holds a summary in each
 * language: a paper's `摘要：…` and its `Abstract: …`, a page's `导读：` and its `Summary:`, are each
 * other's translation, where a summary in one language alone repeats the story it heads. Blocks
 * are returned as they are (the same array) when nothing changes.
 */
export function translatedSummaries(blocks: Block[]): Block[] {
  let en = false;
  let zh = false;
  for (const b of blocks) {
    if (b.kind !== 'summary') continue;
    if (b.lang === 'en') en = true;
    else if (b.lang === 'zh') zh = true;
  }
  if (!en || !zh) return blocks;
  return blocks.map((b) => {
    if (b.kind !== 'summary' || (b.lang !== 'en' && b.lang !== 'zh')) return b;
    const { kind: _summary, ...text } = b;
    return text;
  });
}

/**
 * Whether a bracketed label (LABEL) is a site's column or topic label rather than a section label
 * of a study page: English words naming no section (`【Highlights】`, `[Cover Story]`, not
 * `[Vocabulary]` or phonetics), or Chinese in ASCII square brackets naming none (`[乡村振兴]`;
 * study pages frame their Chinese section labels in `【】`: `【講解】`).
 */
function columnLabel(t: string): boolean {
  const inner = t.slice(1, -1).trim();
  if (LABELLED_ENTRIES.test(t) || SECTION_LABEL.test(inner)) return false;
  if (ENGLISH_LABEL.test(inner)) return true;
  return t.startsWith('[') && HAN_LABEL.test(inner);
}

/** A label of English words, each opening with a letter: `Highlights`, `Cover Story`, `WORLD`. */
const ENGLISH_LABEL = /^[A-Za-z][A-Za-z'’&-]*(?: [A-Za-z&][A-Za-z'’&-]*){0,3}$/;
/** A label of Han characters alone, a few to a phrase: `乡村振兴`, `中国制造`. */
const HAN_LABEL = /^\p{Script=Han}{2,12}$/u;

/** Where CUE may start: a digit, `WEBVTT`, or a bracketed time (`charAt(0)` of an empty text is `''`, which `includes` finds: the pattern then runs). */
const CUE_FIRST = '0123456789W[';
/** Where a line of options may start: its first letter, or a question's number. */
const OPTIONS_FIRST = 'A(（0123456789';
/**
 * An English reply's label closing on its colon, above the reply it heads (`Reply:`, as a
 * government's answers to questions print it, translated by `答覆：`): text, unlike a forum's reply
 * button (`Reply`) or a Chinese forum's reply label (`回复：`, which heads a post, no translation).
 */
const REPLY_LABEL = /^reply\s*:$/i;
/** Where SOUND may start (the text is trimmed, so no white space). */
const SOUND_FIRST = '([（【♪♫•·▪●◦';
/** A row of stars or rules and nothing else (`*****`, `= = =`, `-----`, full-width `＊＊＊＊`, `━━━━`). */
const RULE_ROW = /^[*=_~#＊＝＿～＃－━─═-][*=_~#＊＝＿～＃－━─═\s-]*$/;
/** A copyright line naming its holder and year, no sign (`Copyright The Financial Times Limited 2026.`). */
const COPYRIGHT_HOLDER = /^Copyright\s+(?:[Tt]he\s+)?[A-Z][^.!?\n]{0,80}\b(?:19|20)\d\d\.?$/;
/** What COPYRIGHT needs one of, in lower case. */
const COPYRIGHT_NEEDS = ['copyright', '©', '(c)', '版权', '版權', '转载', '轉載', 'all rights reserved'];

/**
 * The characters of CHROME's source, made on first use: a line of page chrome holds no others but
 * digits and white space. A set, asked once for each character of a line, where a search of the
 * source read through it.
 */
const chromeChars = lazyValue(() => new Set(sourceChars(CHROME.source)));

/**
 * Whether a line is page chrome (CHROME). A text with a character outside the pattern's (its
 * source's characters with `\uXXXX` escapes read, ASCII capitals taken as small letters, digits,
 * white space) cannot match, and is answered without the pattern; any other text changes in lower
 * case only in its ASCII capitals, which the `i` flag would have matched as small letters.
 */
function chromeLine(t: string): boolean {
  const chars = chromeChars();
  for (const c of t) {
    const code = c.charCodeAt(0);
    if ((code >= 48 && code <= 57) || c.trim() === '') continue;
    if (!chars.has(code >= 65 && code <= 90 ? c.toLowerCase() : c)) return false;
  }
  return CHROME.test(t.toLowerCase());
}

/** The digits of a `\uXXXX` escape. */
const HEX_DIGITS = '0123456789abcdefABCDEF';

/** The characters of a pattern's source, with `\uXXXX` escapes read as the characters they name. */
function sourceChars(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const hex = source[i] === '\\' && source[i + 1] === 'u' ? source.slice(i + 2, i + 6) : '';
    if (hex.length === 4 && [...hex].every((h) => HEX_DIGITS.includes(h))) {
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 5;
    } else out += source.charAt(i);
  }
  return out;
}

/**
 * A word-list entry naming its part of speech, whatever its length: a term, perhaps its phonetics
 * (`/rɪˈzɪliənt/`, `[ˈbʌdʒɪt]`), a tag (`adj.`) and its Chinese senses (`有韧性的；能迅速恢复的`). Such a
 * line is one entry, never an English part and its translation.
 */
export function isWordListEntry(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n')) return false;
  if (phoneticEntries(t)) return true;
  if (!POS_TAG.test(t)) return false;
  const s = countScripts(t);
  return s.han > 0 && s.latin > 0 && isVocabulary(t, s.han, s.words);
}

/**
 * A study page's note on an English phrase opening on its bracketed label (`【小贴士】"a record high"
 * 常译为"创历史新高"。`): one note, which the line cutter leaves whole.
 */
export function isLabelledWordNote(text: string): boolean {
  const t = text.trim();
  if (!STUDY_LABEL.test(t)) return false;
  const s = countScripts(t);
  return s.han > 0 && s.latin > 0 && isWordNote(t, s.han);
}

/** A study page's label in brackets opening a note (`【学习提示】`, `【小貼士】`). */
const STUDY_LABEL = /^[【[]\s*(?:学习提示|學習提示|小贴士|小貼士|知识点|知識點|语言点|語言點|翻译技巧|翻譯技巧|词汇|詞彙|考点|考點)\s*[】\]]/;

/**
 * A word-list entry or bilingual label: a short Chinese term beside a short English gloss,
 * without Chinese sentence punctuation (`budget 預算 (n.)`, `2. 扣 (kòu) to deduct`,
 * `生詞 Vocabulary`); an entry with a part-of-speech tag may list its senses apart by `；` or `，`
 * (`energy 能源；能量 (n.)`).
 */
function isVocabulary(text: string, han: number, words: number): boolean {
  if (ZH_STOP.test(text)) return false;
  if (phoneticEntries(text)) return true;
  // An entry naming its parts of speech lists their senses, often more than ten Han, each a short word;
  // a line may run several such entries together (`visit(v.)拜訪first(adj.)第一的`), each tag allowing
  // a word or two and a sense more.
  const tags = POS_TAG.test(text) ? (text.match(POS_TAGS)?.length ?? 0) : 0;
  if (tags > 0 && han <= TAGGED_ENTRY_HAN + SENSE_HAN * (tags - 1) && words <= 10 + 2 * (tags - 1) && longestHanRun(text) <= SENSE_HAN) return true;
  // `return capsule - 返回器 (fǎnhuíqì) - the part of a spacecraft that comes back`: a headword, its
  // Chinese and an English gloss of any length set apart by dashes.
  if (han <= DASHED_ENTRY_HAN && DASHED_ENTRY.test(text.trim())) return true;
  // `queen stage 皇后赛段（整个赛事中难度最大的赛段）`: a headword in small letters, its Chinese and a note on it in brackets.
  if (GLOSSED_ENTRY.test(text.trim())) return true;
  if (han > 10 || words > 10) return false;
  if (ZH_SENTENCE.test(text)) return false;
  // A numbered or bulleted line is an entry unless a name in Latin letters sits inside its Chinese,
  // glued to Han on both sides (`• 五月天MAYDAY新专辑上线`: a headline; an entry sets its headword apart).
  if ((ENTRY_NUMBER.test(text) && !GLUED_NAME.test(text)) || BRACKETED_PINYIN.test(text)) return true;
  return BILINGUAL_LABEL.test(text) || MARKED_ENTRY.test(text);
}

/**
 * A headword of up to four words (in small letters, or a name in capitals: `Golden Week`; digits
 * in it: `post-95s`), perhaps a note on its use in brackets (`check in (at a place)`), its Chinese
 * of up to twelve Han (a phrase for a phrase: `be priced out of 因价格过高而被挤出`), digits or capitals
 * before them (`95后`, `C轮`) or up to three words of up to eight apart by slashes
 * (`fine 罰金／罰鍰`), and a note in brackets of up to 80 characters.
 */
const GLOSSED_ENTRY = /^(?=[^\p{Script=Han}]*[a-z])[A-Za-z0-9][A-Za-z0-9'’-]*(?: [A-Za-z0-9][A-Za-z0-9'’-]*){0,3}(?:[ \t]*[(（][A-Za-z ,.'’-]{1,30}[)）])?[ \t]+(?:\d{1,4}|[A-Z]{1,3})?\p{Script=Han}{1,12}(?:[／/]\p{Script=Han}{1,8}){0,2}[ \t]*[（(][^（()）\n]{2,80}[）)]$/u;

/**
 * Whether a line is one word-list entry or several run together, each a headword of up to four
 * words, its phonetics in slashes or brackets and its Chinese sense with no part of speech
 * (`bus [bʌs] 公交車`, `harbour /ˈhɑːbə/ 港口`, `cup[kʌp] 杯子 hut[hʌt] 小木屋`), as phonics and
 * vocabulary lessons list them; the phonetics hold a letter or mark of the IPA, so a code or a
 * note in brackets (`Apple [AAPL] 苹果`) is none.
 */
function phoneticEntries(text: string): boolean {
  return IPA.test(text) && PHONETIC_ENTRIES.test(text.trim());
}

/** One or more entries of `phoneticEntries`, perhaps numbered. */
const PHONETIC_ENTRIES = new RegExp(String.raw`^(?:${ENTRY_NO})?(?:${HEAD_WORDS}[ \t]*[/[][^/[\]\n]{1,40}[/\]][ \t]*\p{Script=Han}[\p{Script=Han}，,；;、…]*\s*)+$`, 'u');

/**
 * A study page's note on an English word or phrase, in Chinese: it quotes the word in lower case
 * and says what it means or how it is used (`rent 在这里作动词，意为“租用”。`, `「offer」在這裡是「提供」的意思。`).
 */
function isWordNote(text: string, han: number): boolean {
  if (han > WORD_NOTE_LONG_HAN || !(WORD_NOTE.test(text) || STUDY_LABEL.test(text)) || !LOWER_WORD.test(text)) return false;
  return han <= WORD_NOTE_HAN || lowerWords(text) >= NOTE_WORDS;
}

/**
 * A longer note goes through a word and its kin (`millionaire`, `billion`, `trillion`), quoting
 * this many distinct English words in lower case or more: a translation holds next to none.
 */
const NOTE_WORDS = 3;
/** Most Han characters of such a longer note. */
const WORD_NOTE_LONG_HAN = 240;

/** How many distinct English words in lower case `text` quotes (counting stops at `NOTE_WORDS`). */
function lowerWords(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(LOWER_WORDS)) {
    seen.add(m[1]!);
    if (seen.size >= NOTE_WORDS) break;
  }
  return seen.size;
}

/**
 * English words of three letters or more in lower case, standing apart from other Latin letters
 * and not opening a bracket: a pinyin reading a converter left in brackets (`據(jù)`, `項(xiàng)`)
 * counts no word.
 */
const LOWER_WORDS = /(?:^|[^A-Za-z(（])([a-z]{3,24})(?![A-Za-z])/g;

/** Most Han characters of a word-list entry that names its parts of speech (`debate n. 辩论，讨论 vt. 争论`). */
const TAGGED_ENTRY_HAN = 30;
/** Most Han characters in a row of one sense of such an entry: a sentence runs longer. */
const SENSE_HAN = 8;

/** The most Han characters `text` holds in a row. */
function longestHanRun(text: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = letterClass(text.charCodeAt(i)) === 1 ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/**
 * A Chinese term and an English word or two set apart by a space, either first, perhaps
 * numbered as a word list numbers its entries: `生詞 Vocabulary`, `budget 預算`, `5 original book 原版書籍`;
 * the Chinese may have a short note in brackets after it (`basis point 基点（万分之一）`). A term in
 * lower case, as titles are not written, may run to four words and eight Han (`private research
 * university 民办研究型大学`).
 */
const BILINGUAL_LABEL = /^(?:(?:\d{1,3}[.)、．]?\s+)?(?:\p{Script=Han}{1,6}\s+[A-Za-z][a-z]+(?:\s+[a-z]+){0,2}|[A-Za-z][a-z]+(?:\s+[a-z]+){0,2}\s+\p{Script=Han}{1,6}(?:\s*[(（][^()（）\n]{1,16}[)）])?)|(?:\d{1,3}[.)、．]\s*)?[a-z]+(?:\s+[a-z]+){2,3}\s+\p{Script=Han}{1,8})$/u;
/**
 * The Chinese term of a glossary entry (`COLON_GLOSS`): two to ten Han, perhaps after or among
 * capitals (`GDP预期增长目标`), perhaps with its pinyin or a note in brackets after it
 * (`高质量发展[gāo zhì liàng fā zhǎn]`).
 */
const GLOSS_TERM = /^[A-Z]{0,6}\p{Script=Han}{2,10}(?:[A-Z]{1,6}\p{Script=Han}{0,6})?(?:\s*[[(（【][^[\]()（）【】]{1,40}[\])）】])?$/u;
/** The English gloss of a glossary entry: a few words without a stop (`the GDP-growth forecast`, `deliver the/a report`). */
const GLOSS_WORDS = /^[A-Za-z][A-Za-z'’/ -]{0,59}$/;
/** Most words of such a gloss. */
const GLOSS_MOST_WORDS = 8;

/**
 * The shape of a glossary entry of a study or news page: a Chinese term (`GLOSS_TERM`) and its
 * English gloss (`GLOSS_WORDS`, eight words at most) set apart by a colon, either first
 * (`政府工作报告：Government Work Report`, `总理: premier`, `quality growth: 高质量发展`). A credit
 * (`Reporter: 李明`) is none. A line alone of this shape may be a column's label and its word
 * (`每日一词：resilient`): the caller asks for a list of such lines.
 */
export function isColonGloss(text: string): boolean {
  if (text.length > 100 || isCreditLine(text)) return false;
  const m = /^([^:：]+)[:：]([^:：]+)$/.exec(text);
  if (!m) return false;
  const a = m[1]!.trim();
  const b = m[2]!.trim();
  const gloss = GLOSS_TERM.test(a) ? b : GLOSS_TERM.test(b) ? a : undefined;
  return gloss !== undefined && GLOSS_WORDS.test(gloss) && gloss.split(/\s+/).length <= GLOSS_MOST_WORDS;
}

/**
 * A word list's entry of a headword of a few English words (a note in brackets allowed), a dash,
 * its Chinese term (its pinyin in brackets after it or not), and perhaps a dash and an English
 * gloss without Chinese (`probe - 探测器 (tàncèqì) - a spacecraft sent to explore`, `wrap up - 落幕`).
 */
const DASHED_ENTRY = /^(?:\d{1,3}[.)]\s*)?[A-Za-z][A-Za-z'’ ()-]{0,40}?\s[-–—]\s\p{Script=Han}{1,10}(?:\s?[(（][^()（）\n]{1,40}[)）])?(?:\s[-–—:：]\s[A-Za-z(][^\p{Script=Han}\n]{0,200})?$/u;
/** Most Han of such an entry: its term alone. */
const DASHED_ENTRY_HAN = 10;

/** A word list's entry marked up in the page's source: the word in emphasis marks, a dash before its Chinese (`**drone** – 无人机`, `__budget__: 预算`). */
const MARKED_ENTRY = /^(?:\*\*|__)[A-Za-z][A-Za-z' -]{0,30}(?:\*\*|__)\s*[-–—:：=]?\s*\p{Script=Han}[\p{Script=Han}，；、]{0,19}$/u;

/** Most characters of a scrambled token (`looksScrambled`). */
const SCRAMBLED_MOST = 64;
/** A token of printable ASCII as long as a scrambled one. */
const SCRAMBLED_TOKEN = new RegExp(`^[\\x21-\\x7e]{8,${SCRAMBLED_MOST}}$`);
/**
 * A code `countScripts` counts as Han: CJK unified ideographs, extension A, compatibility
 * ideographs, or the first half of a surrogate pair of the extensions B and after.
 */
const HAN_CODE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/;
/** A lead byte of UTF-8 read as Latin-1, which every pair of MISDECODED_PAIR opens with (`looksMisdecoded`). */
const MISDECODED_LEAD = /[\u00c2-\u00ef]/;

/** An amount of money written as one token (`NT$412.7bn`, `US$3.5m`, `€12,000`, `HK$4.61`). */
const AMOUNT_TOKEN = /^(?:[A-Z]{0,3}\$|[€£¥￥])\d[\d,.]*(?:bn|mn|tn|[kmb])?$/i;

/**
 * Anti-scraping tokens and other noise: a single token of 8 to 64 letters, digits and marks
 * mixing two of case, digits, underscores and marks between letters (`vwHw06yMdIM_fdP`,
 * `kNSGRw%ku_Qj`), never a URL or an address.
 */
function looksScrambled(text: string): boolean {
  if (!SCRAMBLED_TOKEN.test(text) || /^\d+$/.test(text) || /:\/\/|@|^www\./i.test(text) || AMOUNT_TOKEN.test(text)) return false;
  const upperInside = /[a-z][A-Z]/.test(text);
  const digitsInside = /[A-Za-z]\d|\d[A-Za-z]/.test(text);
  const underscore = text.includes('_');
  // Marks between letters and digits, as scrambled tokens of some sites hold them (`kNSGRw%ku`, `P&]X+^%Fn`).
  const marksInside = /[A-Za-z\d][%#*^&!+[\](){}~|$,;=]+[A-Za-z\d]/.test(text);
  if (!/^[\w-]+$/.test(text) && !marksInside) return false;
  return [upperInside, digitsInside, underscore, marksInside].filter(Boolean).length >= 2;
}

/**
 * A UTF-8 byte sequence read as Latin-1 or Windows-1252: a lead byte shown as `Â`…`ï`, then a
 * continuation byte shown as a C1 control, a Latin-1 sign or a Windows-1252 punctuation mark
 * (`ä¸­` for 中, `Ã©` for é, `â€™` for ’).
 */
const MISDECODED_PAIR = /[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

/**
 * Text decoded with the wrong encoding (mojibake: `ç¬¬ä¸€åœºé›ª`): such pairs (MISDECODED_PAIR), two
 * or more, make up half its characters but blank space at least. A French or German word's
 * accents (`élève`, `Größe`) are no such pairs.
 */
function looksMisdecoded(text: string): boolean {
  if (!MISDECODED_LEAD.test(text)) return false;
  const pairs = text.match(MISDECODED_PAIR)?.length ?? 0;
  return pairs >= 2 && pairs * 4 >= text.replace(/\s/g, '').length;
}

/** A separator of a breadcrumb's items: `>`, `>>`, `›`, `»`, full-width `＞`, `→`. */
const CRUMB_SEPARATOR = /\s*(?:>>?|›|»|＞|→)\s*/;
/** A label opening a breadcrumb: `当前位置：`, `您的位置:`, `You are here:`. */
const CRUMB_LABEL = /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|所在位置|location|you are here)\s*[:：]\s*/i;
/** The first item of a breadcrumb that starts at the site's home page. */
const CRUMB_HOME = /^(?:首页|首頁|主页|主頁|网站首页|網站首頁|home(?:page)?)$/i;
/** Longest item of a breadcrumb, and longest page title closing one of three items or more. */
const CRUMB_ITEM_MOST = 16;
const CRUMB_TITLE_MOST = 60;
/** A stop that ends a sentence: a breadcrumb's items and a counter line's labels are names, never sentences. */
const SENTENCE_STOP = /[。！？!?]|\.(?:\s|$)/;

/**
 * A breadcrumb or menu path of a news site: short items set apart by `>`, `›` or `»`, three items
 * or more, or two when a label opens it or the first is the home page (`首页 > 新闻 > 国内`,
 * `Home > News > China`, `当前位置：首页 » 财经`). Items run 16 characters at most, the last of
 * three or more, the page's title, 60, and hold no sentence stop.
 */
function isBreadcrumb(text: string): boolean {
  if (!/[>›»＞→]/.test(text) || SENTENCE_STOP.test(text)) return false;
  const label = CRUMB_LABEL.exec(text);
  const items = text.slice(label ? label[0].length : 0).split(CRUMB_SEPARATOR);
  // The last item of a path of three or more may be the page's own title (`论坛 › 翻译区 › Why cities plant trees`).
  const longest = (k: number) => (k === items.length - 1 && items.length >= 3 ? CRUMB_TITLE_MOST : CRUMB_ITEM_MOST);
  if (items.length < 2 || items.some((item, k) => item.trim().length === 0 || item.trim().length > longest(k))) return false;
  return items.length >= 3 || label !== null || CRUMB_HOME.test(items[0]!.trim());
}

/**
 * A full numeric date closing a line: `2024-02-16`, `2024/2/16`, `2024.02.16`, or a month and day
 * in brackets, `(02-16)`, `［2-16］`.
 */
const CLOSING_DATE = /[\s\u3000]+[(（[【［]?(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})[)）\]】］]?$|[\s\u3000]*[(（[【［]\d{1,2}[-/]\d{1,2}[)）\]】］]$/;

/**
 * An item of a related-news or headline list: a headline ending in its date, without a sentence
 * stop (`· 春运返程高峰来临 铁路加开列车 2024-02-16`, `Highways see traffic peak (02-15)`). The
 * headline holds six Han characters or three English words at least, so a dateline (`北京
 * 2024-02-16`) stays a dateline.
 */
function isDatedLink(text: string): boolean {
  if (!/\d[-/.]\d/.test(text)) return false;
  const m = CLOSING_DATE.exec(text);
  if (!m) return false;
  const headline = text.slice(0, m.index);
  if (/[。！？!?]/.test(headline) || /\.\s*$/.test(headline)) return false;
  const s = countScripts(headline);
  return s.han >= 6 || (s.han === 0 && s.words >= 3);
}

/**
 * A credit label and a name: who reported, wrote, translated, edited or shot the piece
 * (`Reporter: Wu Qi`, `Translated by Lin Lee-kai`, `Compiled by …`); a label opening a sentence that
 * ends with a stop is a speaker's turn (`Reporter: Why did you move here?`), not a credit.
 */
const CREDIT_EN = /^[([（]?\s*(?:(?:reporters?|correspondents?|writers?|authors?|translators?|editors?|photographers?|contributors?|compilers?|reviewers?|proofreaders?)\s*[:：](?![^.?!。？！]*[.?!。？！]\s*$)|(?:(?:additional|further)\s+)?reporting\s+by\s+\S(?![^.?!。？！]*[.?!。？！]\s*$)|(?:translated|compiled|reported|proofread|reviewed|produced|written|writing|editing|translation)\s+by\s+\S)/i;
/** A credit in brackets naming its task inside: `(Liberty Times, translated by Eddy Chang)`, `(Reporting by Li Hong; editing by Tom Lee)`. */
const CREDIT_EN_BRACKETED = /^[([（][^()（）[\]]{0,40}(?:\b(?:translated|reporting|reported|written|writing|edited|editing|compiled)\s+by\s[^()（）[\]]{1,120}|\bcontributed to (?:this|the) (?:story|report|article)\.?)[)）\]]$/i;
/** A credit naming who else worked on the story, standing alone: `CNN's Beijing bureau contributed to this report.` */
const CONTRIBUTED = /^[A-Z][^.!?()（）]{1,60}\bcontributed (?:reporting )?to (?:this|the) (?:story|report|article)\.?$/;
/**
 * A page's disclaimer, a note on who prepared the text or how to reach its writer:
 * `免责声明：…`, `本文仅代表作者观点`, `本文由…整理`, `The views don't necessarily reflect those of …`,
 * `Contact the writer at …`, `联系作者：…`; an invitation to the site or its channel (`更多精彩内容，请登录…`,
 * `Join our Telegram channel …`) and a note on reading the page (`阅读提示：…`).
 */
const PAGE_NOTE = /^(?:免责声明|免責聲明|声明|聲明)\s*[:：]|^[【[]\s*(?:免责声明|免責聲明)\s*[】\]]|^disclaimer\s*[:：]|^本文(?:仅|僅)代表|^本文由[^，。]{1,16}(?:整理|编辑|編輯|编译|編譯|翻译|翻譯|提供|发布|發布)|^(?:the\s+)?(?:views|opinions)\s+(?:expressed\s+)?(?:here\s+)?(?:do\s+not|don't|does\s+not|doesn't)\s+necessarily\s+(?:reflect|represent)|^contact\s+(?:the\s+)?(?:writer|author|reporter|editor)s?\b|^(?:联系作者|聯繫作者|聯絡作者)\s*[:：]|^(?:更多|欲知更多)[^，,。]{0,8}[，,]?\s*(?:请|請)(?:登录|登錄|访问|訪問|关注|關注|下载|下載|点击|點擊)|^(?:阅读提示|閱讀提示|阅读说明|閱讀說明)\s*[:：]|^join\s+(?:us\s+on\s+|our\s+|the\s+|\S+['’]s\s+)(?:\S+\s+){0,2}(?:channel|community|newsletter|mailing\s+list)\b/i;
/** A Chinese credit label and a name: `翻译：王相宜`, `撰文：記者 陳嘉欣`, `文／李明`, `圖／中央社`. */
const CREDIT_ZH = /^[(（〔[【]?\s*(?:翻译|翻譯|编译|編譯|撰文|撰稿|采写|採寫|整理|口述|文字|文|图|圖|摄|攝|图文|圖文)\s*[:：/／|｜]/;
/**
 * A reporter's tag standing alone in brackets, perhaps after the paper's name: `（自由時報記者蔡思培）`,
 * `〔記者郭安家／台北報導〕`, `（通讯员 李丽）`.
 */
const REPORTER_TAG = /^[(（〔[【][^()（）〔〕[\]【】，。！？]{0,12}(?:记者|記者|通讯员|通訊員|特派员|特派員|特约记者|特約記者)[^()（）〔〕[\]【】，。！？]{1,24}[)）〕\]】]$/;
/** A source standing alone in brackets: a name of one to twelve characters (`（香港電台）`, `（中央社）`). */
const SOURCE_TAG_ZH = /^[(（〔【]\s*[^()（）〔〕【】\s，。、,.!?！？:：]{2,12}\s*[)）〕】]$/;
/**
 * A bilingual credit in brackets, as bilingual editions close a text: the writer and paper in Latin
 * letters, a slash, then the paper and the writer or translator in Chinese (`(Mary Lee, Harbour
 * Post／港灣報王小明譯)`, `(By Tom Hill, Daily Star/每日星報李文)`): names, no punctuation on the Chinese side.
 */
const BILINGUAL_CREDIT = /^[(（]\s*[A-Z][A-Za-z'’.&-]*(?:[ ,]+[A-Za-z'’.&-]+){1,7}\s*[/／|｜]\s*\p{Script=Han}[\p{Script=Han}·・ ]{1,23}[)）]$/u;
/**
 * A source label and its name, in either language or both, in brackets or not: `Source: Xinhua`,
 * `（来源：新华社）`, `資料來源：警方新聞稿`, `(Source: Xinhua 来源：新华社)`; no sentence stop in the name.
 */
const SOURCE_LABEL = /^[([（【]?\s*(?:sources?|(?:消息|资料|資料|新闻|新聞)?(?:来源|來源)|稿源|出处|出處)\s*[:：]\s*[^\s.!?。！？:：][^.!?。！？]{0,90}[)\]）】]?$/i;
/** An English source standing alone in brackets: a name of up to four words (`(RTHK)`, `(China Daily)`). */
const SOURCE_TAG_EN = /^\(\s*[A-Z][A-Za-z&'-]*(?:\s+[A-Za-z&'-]+){0,3}\s*\)$/;

/**
 * A photo's credit standing alone, without a caption: a file photo, a photo provided to the paper,
 * an agency's photo (`File photo`, `[Photo provided to China Daily]`, `IC photo`, `资料图片`,
 * `视觉中国供图`, `（新华社发）`, `（图片来源：网络）`).
 */
const PHOTO_LINE = /^[([（【]?\s*(?:(?:file|archive|ic|vcg|cfp|xinhua|afp|ap|reuters|getty)\s+(?:photos?|images?|pictures?)|(?:photos?|images?|pictures?)\s+(?:provided|supplied)\s+(?:to|by)\s+\S.{0,40}|(?:provided|supplied)\s+to\s+[A-Z].{0,40})\s*[)\]）】]?$|^[(（【]?\s*(?:资料图片?|資料圖片?|资料照片|資料照片|示意图|示意圖|(?:图片|圖片|照片|图|圖)(?:来源|來源|来自|來自)\s*[:：]\s*[^\s，。！？()（）]{1,20}|[^\s，。！？()（）]{2,12}(?:供图|供圖|供稿|发|發))\s*[)）】]?$/i;
/** An end mark standing alone: `Ends`, `- Ends -`, `~~~ End ~~~`, `(End)`, `###`, `-30-`, `（全文完）`, `－完－`. */
const END_MARK = /^[-–—－~=*_·•(（[【\s]*(?:ends?|the end|###|全文完|完|終|终)[-–—－~=*_·•)）\]】\s.]*$|^-+\s*30\s*-+$/i;
/** The original title of a reposted piece: `（原标题：…）`, `Original title: …`. */
const ORIGINAL_TITLE = /^[(（【]?\s*(?:原标题|原標題|原题|原題|original (?:title|headline))\s*[:：]/i;
/** A byline's second line: `Staff writer, with CNA`, `Special to the Taipei Times`. */
const STAFF_LINE = /^(?:staff (?:writer|reporter)s?|special to the|contributing (?:writer|reporter)|our correspondents?|foreign correspondents?)\b[^.!?]{0,60}$/i;
/**
 * A byline of names in Latin letters and the day in Chinese, as bilingual editions print it over
 * the Chinese text (`Alexandra Stevenson, Li You 2024年3月5日`, `KEITH BRADSHER 2024年3月5日`).
 */
const NAMES_AND_DATE = /^(?:[A-Z][A-Za-z'.-]+\s+){1,3}[A-Z][A-Za-z'.-]+(?:\s*(?:,|、|和|and)\s*(?:[A-Z][A-Za-z'.-]+\s+){1,3}[A-Z][A-Za-z'.-]+){0,3}\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日$/;
/**
 * A Chinese byline closing on what the writer did: wrote for the paper, reported from a place,
 * took the photo (`英国《金融时报》 马丁•桑德布 为英国《金融时报》撰稿`, `记者 陈昀 台北报道`, `記者陳昀／台北報導`,
 * `新华社记者 肖艺九 摄`); no sentence punctuation before it.
 */
const ZH_BYLINE_END = /^[^，。！？；]{2,40}(?:(?:为|為)[^，。！？；\s]{1,20}(?:撰稿|供稿)|[\s／/][^\s，。！？；／/]{1,6}(?:报道|報導|报导)|\s(?:摄|攝))$/;

/**
 * A credit or source line of a news page, which no translation renders: a credit label and a
 * name in either language, a source label and its name, a reporter's tag or a source's name standing alone in brackets, a
 * bilingual credit in brackets, a photo credit without a caption, an end mark, a page's
 * disclaimer or contact note, a byline's second line or its names and day, an original title, a
 * wire dateline standing alone.
 */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 100) return false;
  // The two patterns that scan the line before they can fail run only where their word or their
  // last character stands: most lines are prose, on which they backtrack through every start.
  // Those of a line in brackets, and the end mark, run only where their first character stands.
  const first = t.charAt(0);
  const bracketed = first !== '' && OPENING_BRACKETS.includes(first);
  return CREDIT_EN.test(t) || (bracketed && CREDIT_EN_BRACKETED.test(t)) || (t.includes('contributed') && CONTRIBUTED.test(t)) || CREDIT_ZH.test(t)
    || (bracketed && (REPORTER_TAG.test(t) || SOURCE_TAG_ZH.test(t) || SOURCE_TAG_EN.test(t) || BILINGUAL_CREDIT.test(t)))
    || SOURCE_LABEL.test(t) || (first !== '' && END_MARK_FIRST.includes(first) && END_MARK.test(t)) || PHOTO_LINE.test(t) || PAGE_NOTE.test(t) || ORIGINAL_TITLE.test(t) || STAFF_LINE.test(t) || NAMES_AND_DATE.test(t)
    || (ZH_BYLINE_LAST.includes(t.charAt(t.length - 1)) && ZH_BYLINE_END.test(t)) || isWireDateline(t);
}

/**
 * The brackets that CREDIT_EN_BRACKETED, REPORTER_TAG, SOURCE_TAG_ZH, SOURCE_TAG_EN and
 * BILINGUAL_CREDIT open with: a line opening otherwise matches none of them.
 */
const OPENING_BRACKETS = '([（〔【';
/** Where END_MARK may start (the line is trimmed): a dash or bracket before the mark, or the mark's first character. */
const END_MARK_FIRST = '-–—－~=*_·•(（[【eEtT#全完終终';

/** The characters ZH_BYLINE_END's line ends on (`撰稿`, `供稿`, `报道`, `報導`, `报导`, `摄`, `攝`). */
const ZH_BYLINE_LAST = '稿道導导摄攝';
