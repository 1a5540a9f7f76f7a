/**
 * What the entity code knows about people: Chinese surnames (in characters and in
 * pinyin), titles that stand next to names in both languages, and the characters
 * Chinese uses to transliterate foreign names.
 */
import { indexOfSortedCode } from './sorted-chars.js';
import { CEDICT_DOUBLE_SURNAMES, CEDICT_JAPANESE_READINGS, CEDICT_JAPANESE_SURNAMES, CEDICT_SINGLE_SURNAMES } from './surname-table.js';
import { GIVEN_NAMES, GIVEN_NAMES_ALSO_WORDS } from './given-names.js';
import { lazyValue } from '../memo.js';

/**
 * Single-character Chinese surnames: the most common surnames of the PRC's household register
 * in order of frequency (the Ministry of Public Security's surname ranking), which covers the
 * single surnames of the 百家姓.
 */
export const ZH_SURNAMES_SINGLE = new Set(
  ('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由').split(''),
);

/** Japanese surnames as Chinese writes them (`松本`, `铃木`): those CC-CEDICT marks (`surname-table.ts`). */
export const JAPANESE_SURNAMES = lazyValue(() => new Set(CEDICT_JAPANESE_SURNAMES.split(' ')));

/** The romanized readings of the Japanese surnames CC-CEDICT's glosses give (`小野`: `ono`), folded by `foldJapaneseReading`. */
const JAPANESE_READINGS = lazyValue(() => {
  const out = new Map<string, string[]>();
  for (const row of CEDICT_JAPANESE_READINGS.split(';')) {
    const [surname, ...readings] = row.split(' ');
    if (surname && readings.length > 0) out.set(surname, readings);
  }
  return out;
});

/**
 * A romanized Japanese word folded so the spellings of one sound meet: lower case, no marks of
 * length, and a long vowel written out (`Ōno`, `Ohno`, `Oono`; `Yūki`, `Yuuki`; `Satou`) as one vowel.
 */
export function foldJapaneseReading(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/oh(?![aeiou])|o[ou]|uu/g, (m) => m[0]!);
}

/**
 * Whether a romanized word (`Onodera`) opens with the reading CC-CEDICT gives a Japanese surname
 * the Chinese name holds (`小野寺集团`, which holds 小野 `Ono`): the Chinese name is the Japanese
 * one, which its pinyin (`xiaoyesi`) does not spell.
 */
export function japaneseReadingOpens(romanized: string, chinese: string): boolean {
  const folded = foldJapaneseReading(romanized);
  if (folded.length < 3) return false;
  for (let i = 0; i + 2 <= chinese.length; i++) {
    for (let n = 3; n >= 2; n--) {
      const readings = JAPANESE_READINGS().get(chinese.slice(i, i + n));
      if (readings?.some((r) => folded.startsWith(r))) return true;
    }
  }
  return false;
}

/** Chinese double surnames (the compound surnames of the 百家姓). */
export const ZH_SURNAMES_DOUBLE = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '长孙', '尉迟', '公孙', '慕容', '令狐', '夏侯', '宇文', '司徒',
  '端木', '独孤', '南宫', '轩辕', '澹台', '申屠', '呼延', '西门', '百里', '万俟', '闻人', '赫连', '钟离',
]);

/**
 * The UTF-16 codes that open a surname of the two lists above, as the bits of a table of 65,536:
 * most characters open none, and are told so without a string made of them.
 */
const SURNAME_FIRST_CODES: Int32Array = (() => {
  const bits = new Int32Array(2048);
  for (const surname of [...ZH_SURNAMES_SINGLE, ...ZH_SURNAMES_DOUBLE]) {
    const code = surname.charCodeAt(0);
    bits[code >>> 5]! |= 1 << (code & 31);
  }
  return bits;
})();

/** Surnames that are far more often function words (和 and, 都 all, 向 towards): never read as surnames in running text. */
const FUNCTION_WORD_SURNAMES = new Set('和都向于对为将把从同时区应那但由信展干'.split(''));

/** Whether a character is a surname that is a common function word as often (`和`, `应`, `于`). */
export function isFunctionWordSurname(c: string): boolean {
  return FUNCTION_WORD_SURNAMES.has(c);
}

/**
 * The surname at `at` in `text` (double first), or undefined. Rare surnames that are
 * common function words (`和`, `都`) are not taken, so `院长和副院长` names nobody. With
 * `rare`, also the surnames CC-CEDICT adds to the ranking (`surname-table.ts`: 赖, 洪, 丘,
 * 禤, 司空): for a name another cue already marks (a title next to it, a person tag), since
 * such a character is more often something else in running text.
 */
export function chineseSurnameAt(text: string, at: number, rare = false): string | undefined {
  // Past either end the code is NaN, which reads as code 0: no surname.
  const code = text.charCodeAt(at);
  if (!rare && (SURNAME_FIRST_CODES[code >>> 5]! & (1 << (code & 31))) === 0) return undefined;
  const two = text.slice(at, at + 2);
  if (ZH_SURNAMES_DOUBLE.has(two)) return two;
  const one = text[at];
  if (one === undefined || FUNCTION_WORD_SURNAMES.has(one)) return undefined;
  if (ZH_SURNAMES_SINGLE.has(one)) return one;
  if (!rare) return undefined;
  if (two.length === 2 && CEDICT_DOUBLE_SURNAMES.includes(two) && !two.includes(' ')) return two;
  return one.length === 1 && indexOfSortedCode(CEDICT_SINGLE_SURNAMES, one.charCodeAt(0)) >= 0 ? one : undefined;
}

/**
 * Common surnames (by their pinyin) with the spellings Hong Kong, Macao, Singapore, Malaysia and
 * Indonesia give them after their Hokkien, Teochew, Cantonese and Hakka sounds (陈 Tan, Chan,
 * Chin; 王 Ong, Wong, Heng; 黄 Ng, Wee, Oei, Wong; Macao's 黄 Vong, 杨 Ieong, 容 Iong): the romanizations of the common Chinese
 * surnames as the civil registries of those places write them (Wikipedia, `List of common
 * Chinese surnames`, the columns of those languages). Homophone surnames share a row, so a row
 * may hold the spellings of more than one character (zhang: 张 and 章).
 */
const SOUTHERN_SPELLINGS: Readonly<Record<string, string>> = {
  chen: 'tan chan chin chun', lin: 'lim lam ling', huang: 'ng wee oei ooi wong bong uy vong', li: 'lee lei lai loy lay',
  zhang: 'teo teoh chang cheung chong cheong chiong tiu', wang: 'ong heng wong bong vong', wu: 'goh ng woo gouw',
  liu: 'low lau liew lew lao', cai: 'chua choi tsai chuah choy tsoi chai', yang: 'yeo yeoh yong yeung ieong',
  zheng: 'tay teh tee cheng chang cheang', xu: 'koh khor kho khaw hui hsu chee tsui', gao: 'koh kow ko kou',
  guo: 'quek kwek kuah kok kwok koay kuo kuok', qiu: 'khoo khu yau hew hiew chiu iao', xie: 'chia seah cheah sia tse',
  liang: 'neo nio leong leung liong', hu: 'oh aw woo foo', pan: 'phua puah poon phoon', su: 'soh so soo saw',
  luo: 'loh lo law lor', hong: 'ang hung ung', ye: 'yap yeap yip yeh iap iec', shen: 'sim shum sum',
  du: 'toh to tou doo', zhuo: 'toh tok cheuk', he: 'ho hoe hor', sun: 'sng soon suen sung',
  zhu: 'choo chu chee tsu chiu', yu: 'ee yee yue u', fang: 'png hng fong pang', jiang: 'kang kong chiang cheung',
  yan: 'gan ngan yen gam', zhuang: 'chng chong chuang', zhou: 'chew chow chou chiew chau chao', zeng: 'tsang chan tsen',
  zhong: 'chung cheong chong', peng: 'pang phang peh', fu: 'poh foo hu', xiao: 'siow seow siew siu hsiao',
  shi: 'chioh shek sze sy', dai: 'tay tai tye', gong: 'keng kung', zhan: 'chiam jim', ke: 'kua quah ko',
  bai: 'peh pek pak', you: 'yew iu', wen: 'woon boon wan', liao: 'leow liew leo', weng: 'ong yung',
  lai: 'lua loi', han: 'hon', ma: 'mah beh', feng: 'fung fong pang', deng: 'teng tang thang',
  tang: 'tng thong tong', lu: 'loo lo lou lui lok luk', wei: 'gwee ngui ngai', yao: 'yeo yiu iau',
  mo: 'mok boh', qian: 'chee chin tsien', ou: 'ow au aw ao', ouyang: 'auyeung owyang auyong aoieong', situ: 'szeto seetoh seeto sitou',
  shangguan: 'sheungkwun seongkun', zhuge: 'chukot', dongfang: 'tungfong', gongsun: 'kungsuen', murong: 'moyung', sima: 'szema', xiahou: 'hahau',
  cheng: 'ching', fan: 'huan hwan', jin: 'kim kam kum', bao: 'pau pao', tian: 'tin tien', ren: 'yam yum',
  rong: 'yung iong', cui: 'chui tsui', kang: 'hong khong', cao: 'chow tso cho chau chaw', song: 'sung', kong: 'khong hung', yuan: 'yuen oon guan',
  shao: 'shiu sio siew', xue: 'sih seet sit', hou: 'hau how', ji: 'kee kei', rao: 'yeow yiu', lian: 'lien',
  ni: 'geh nge ngai', lei: 'lui loi', gu: 'koo ku', tu: 'tor thoo', dong: 'tong tung', gan: 'kam kum',
  kuang: 'kwong khong', tan: 'tam tham', zhao: 'chiu chew chao tio', mai: 'mak', mei: 'moi mui',
};

/**
 * Whether an English surname is the pinyin of a Chinese surname or one of its southern spellings
 * (`SOUTHERN_SPELLINGS`): `Tan` and `Chan` for `chen`, `Ong` for `wang`.
 */
export function spellsSurname(english: string, pinyin: string): boolean {
  const word = english.toLowerCase().replace(/[-'’ ]/g, '');
  return word === pinyin || (southernSpellings().byPinyin.get(pinyin)?.has(word) ?? false);
}

/** `SOUTHERN_SPELLINGS` as sets, by pinyin and all together, made when first asked. */
const southernSpellings = lazyValue(() => {
  const byPinyin = new Map(Object.entries(SOUTHERN_SPELLINGS).map(([pinyin, spellings]) => [pinyin, new Set(spellings.split(' '))]));
  const all = new Set<string>();
  for (const spellings of byPinyin.values()) for (const s of spellings) all.add(s);
  return { byPinyin, all };
});

/**
 * The compound surnames as Hong Kong and Macao write them in two words, after their Cantonese
 * sounds (歐陽 `Au Yeung`, Macao's `Ao Ieong`; 司徒 `Sze To`, `Si Tou`; 上官 `Sheung Kwun`, `Seong
 * Kun`; 諸葛 `Chu Kot`; 東方 `Tung Fong`; 公孫 `Kung Suen`; 慕容 `Mo Yung`; 司馬 `Sze Ma`, `Si Ma`;
 * 夏侯 `Ha Hau`), lower-cased, a space between the two.
 */
const COMPOUND_SURNAME_WORDS: ReadonlySet<string> = new Set([
  'au yeung', 'ao ieong', 'sze to', 'si tou', 'sheung kwun', 'seong kun', 'chu kot', 'tung fong', 'kung suen',
  'mo yung', 'sze ma', 'si ma', 'ha hau',
]);

/** Whether two words (lower case) spell a compound surname as Hong Kong and Macao write it (`au`, `yeung`). */
export function compoundSurnameWords(first: string, second: string): boolean {
  return COMPOUND_SURNAME_WORDS.has(`${first} ${second}`);
}

/** Whether a word (lower case) is a southern spelling of a common surname (`goh`, `tan`, `chua`). */
export function southernSurname(word: string): boolean {
  return southernSpellings().all.has(word);
}

/**
 * Whether a word (lower case) may spell some Chinese surname: a surname's pinyin or Hong Kong
 * spelling (both in `PINYIN_SURNAMES`), or a southern spelling of one.
 */
export function surnameSpelling(word: string): boolean {
  return PINYIN_SURNAMES.has(word) || southernSurname(word);
}

/** Hong Kong (Cantonese) romanizations of common surnames, as English text writes them. */
const CANTONESE_SURNAME_SPELLINGS = 'chan cheung chow chu chung fong ho hui kwok lam lau lee leung lo mak ng poon tse tsang wong yeung yip';

/** The surnames of `CANTONESE_SURNAME_SPELLINGS`: their sounds are not pinyin's (Leung 梁 liang, Lam 林 lin). */
export const CANTONESE_SURNAMES: ReadonlySet<string> = new Set(CANTONESE_SURNAME_SPELLINGS.split(' '));

/** Pinyin of common surnames that are English words too (`You`, `Mo`): no surname read alone in English text. */
const ENGLISH_WORD_SURNAMES = new Set(['you', 'mo']);

/**
 * The surnames above in Hanyu Pinyin, and their Hong Kong (Cantonese) romanizations, as English
 * text writes them; with the pinyin of every row of `SOUTHERN_SPELLINGS` (`su`, `qiu`, `hong`,
 * `fang`), but the English words.
 */
export const PINYIN_SURNAMES = new Set([
  ...Object.keys(SOUTHERN_SPELLINGS).filter((k) => !ENGLISH_WORD_SURNAMES.has(k)),
  ...('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang ' +
    'han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia ding wei xue ye yan lu du dai xia zhong ' +
    'shen ren yao cui tan fan liao jin shi qian tao qin gu hou shao meng long duan lei yin yi chang qiao lai gong wen ' +
    'kong bai niu ge xing an qi wan ni zhuang nie ou geng guan lan jiao zuo gan zhu bao ning shang fu shu ruan ke ji ' +
    'mei tong ling bi shan cheng miao qu weng ran lan xin kang ma qu rong lang mao hao ' +
    'ouyang sima shangguan zhuge dongfang huangfu zhangsun yuchi gongsun murong linghu xiahou yuwen situ ' +
    CANTONESE_SURNAME_SPELLINGS).split(' '),
]);

/**
 * Chinese titles that stand right before a name (`院长张立`, `理事长孙文龙`), longest first: the
 * ranks of PRC government and party posts, the offices of the Hong Kong, Macao and Taiwan
 * governments (`司长`, `行政长官`), company and institute offices, academic and military ranks,
 * foreign heads of state and government, heads of international bodies and missions, coaches and
 * directors, press roles, and the players, performers and professions reports name before a person.
 */
export const ZH_TITLES: readonly string[] = [
  '常务副主席', '常务副市长', '常务副省长', '副秘书长', '秘书长', '副理事长', '理事长', '副董事长', '董事长',
  '总经理', '副总经理', '副总裁', '总裁', '首席执行官', '执行官', '副院长', '院长', '副校长', '校长', '副主席', '主席',
  '副书记', '党委书记', '书记', '副市长', '市长', '副省长', '省长', '副局长', '局长', '副厅长', '厅长', '副部长', '部长',
  '副主任', '主任', '副会长', '会长', '副总统', '总统', '总理', '副总理', '大使', '教授', '研究员', '院士', '博士',
  '上将', '中将', '少将', '上校', '中校', '少校', '上尉', '中尉', '少尉', '将军', '国王', '王后', '女王', '王子', '公主', '议员', '参议员', '法官', '警官',
  '议长', '领袖', '领导人', '外长', '外交部长', '国务卿', '首相', '总督', '州长', '参议员', '众议员',
  '记者', '通讯员', '发言人', '创始人', '负责人', '经理', '董事', '理事', '区长', '县长', '所长', '总监', '首席',
  '行政长官', '特首', '司长', '署长', '处长', '行长', '总干事', '总领事', '领事', '参赞', '大法官', '检察长', '审计长',
  // the head of a ministry as Korea's and Taiwan's governments name the office (`法务部长官`), and prosecutors
  '长官', '检察官',
  '总书记', '委员长', '社长', '馆长', '团长', '队长', '村长', '镇长', '乡长', '主教练', '教练', '导演', '行政总裁', '执行长',
  '执行董事', '得主', '获得者', '获奖者', '成员', '委员', '常委',
  // the deputy heads of Taiwan's ministries (`次长`, vice minister; `政务次长`, political deputy)
  '次长', '政务次长', '常务次长',
  // the officers of a company's board, by the words Chinese reports give them (`首席财务官`: CFO)
  '首席财务官', '首席运营官', '首席技术官', '首席信息官', '首席营销官', '首席经济学家', '首席科学家', '财务总监',
  // players, performers and professions as reports name them before the person (`中国选手潘某`, `前锋李某`)
  '选手', '运动员', '球员', '前锋', '中场', '后卫', '门将', '主帅', '演员', '歌手', '作家', '画家', '导演', '律师',
  '医生', '医师', '护士', '工程师', '科学家', '专家', '学者', '老师', '主持人', '飞行员', '宇航员', '航天员',
  // the heads of a project as Chinese reports name them (`总设计师`, chief designer; `总指挥`, commander in chief)
  '设计师', '总设计师', '副总设计师', '总工程师', '总指挥', '副总指挥', '建筑师',
  // the occupations English news puts in lower case before a name (`EN_ROLES`: analyst, economist),
  // and heads of a station or an observatory (`台长`, `站长`)
  '分析师', '经济学家', '策略师', '历史学家', '物理学家', '地质学家', '企业家', '外交官', '研究人员', '台长', '站长', '关长',
  // labels of a press release or a byline before the name (`联系人：王磊`, `作者：李娜`)
  '联系人', '作者', '译者', '摄影师',
  // heads of a unit, a plant, a court's bench, a craft and a paper (`园长`, of a zoo, a park or a
  // kindergarten; `机长`, `船长`; `主编`)
  '园长', '科长', '组长', '厂长', '庭长', '机长', '船长', '舰长', '主编', '总编辑',
  // the ranks of the Hong Kong Police Force, as its rank list names them (`总督察`, Chief Inspector; `警司`, Superintendent)
  '警员', '警长', '警署警长', '见习督察', '督察', '高级督察', '总督察', '警司', '高级警司', '总警司', '助理处长', '副处长', '警务处长',
  // the musicians and performers concert and theatre news names before the person (`首席指挥`, chief
  // conductor; `艺术总监`, artistic director), as `EN_ROLES` has their English
  '指挥', '首席指挥', '指挥家', '音乐总监', '艺术总监', '作曲家', '音乐家', '钢琴家', '小提琴家', '大提琴家', '歌唱家', '舞蹈家', '编舞',
  // Taiwan's legislators, as its press abridges them (`立委`, 立法委员)
  '立委', '立法委员',
].slice().sort((a, b) => b.length - a.length);

/**
 * Words that may follow a one-character given name (`张立在`, `彭岚希望`), so the name stops
 * before them: speech verbs, prepositions, conjunctions and particles of Chinese grammar.
 */
export const ZH_AFTER_NAME: readonly string[] = [
  '在', '说', '是', '表示', '希望', '指出', '认为', '介绍', '强调', '称', '等', '和', '与', '及', '以及', '的', '也', '就', '对',
  '将', '会', '还', '出席', '参加', '致辞', '发表', '主持', '一行', '同志', '先生', '女士', '代表', '讲话', '指',
  '向', '为', '并', '则', '曾', '已', '都', '又', '从', '于', '被', '把', '所', '时', '接受', '告诉', '来', '到',
  // by a work or a feat, and the honour won (`凭《…》获颁最佳男主角`, `荣获`)
  '凭', '获', '荣获',
];

/** English titles and roles that mark the name next to them as a person: honorifics, offices, ranks, professions. */
export const EN_TITLES = new Set([
  'president', 'chairman', 'chairwoman', 'chair', 'secretary', 'deputy', 'director', 'head', 'minister', 'mayor',
  'governor', 'ceo', 'founder', 'professor', 'dean', 'general', 'manager', 'vice', 'executive', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'premier', 'chief', 'reporter', 'editor', 'academician', 'leader',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'madam', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'captain',
  'lieutenant', 'colonel', 'sergeant', 'commander', 'senator', 'judge', 'chancellor', 'pope', 'representative',
  'congressman', 'congresswoman', 'speaker', 'rep', 'mp', 'councillor', 'councilor', 'coach', 'author', 'writer',
]);

/**
 * Occupations that stand in lower case right before a name in news apposition (`singer Adele
 * Adkins`, `economist Jane Smith`): the common occupational nouns of English news style.
 */
export const EN_ROLES = new Set([
  'singer', 'actor', 'actress', 'writer', 'poet', 'artist', 'musician', 'composer', 'director', 'producer',
  'player', 'striker', 'goalkeeper', 'athlete', 'official', 'officer', 'spokesman', 'spokeswoman',
  'spokesperson', 'lawyer', 'attorney', 'economist', 'analyst', 'journalist', 'scientist', 'researcher',
  'historian', 'physicist', 'geologist', 'doctor', 'candidate', 'activist', 'businessman', 'businesswoman',
  'entrepreneur', 'investor', 'billionaire', 'novelist', 'photographer', 'diplomat', 'lawmaker', 'politician',
  'conductor', 'pianist', 'violinist', 'cellist', 'choreographer', 'dancer', 'soprano', 'tenor', 'baritone', 'playwright',
]);

/** Honorifics and offices that make the one capitalized word after them a person (`Queen Camilla`, `Mr Zhang`). */
export const EN_NAME_TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'madam', 'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'captain',
  'lieutenant', 'colonel', 'sergeant', 'senator', 'judge', 'chancellor', 'pope', 'president', 'premier', 'chairman',
  'congressman', 'congresswoman', 'representative', 'rep', 'speaker',
]);

/**
 * Characters Chinese uses to transliterate foreign names (瓦伦汀•马卡洛夫, 特朗普): the
 * characters of Xinhua's transliteration tables for English, Russian, German and French names
 * (外国人名译音表). A run of them joined by a middle dot is one name.
 */
export const TRANSLIT_CHARS = new Set(
  ('阿埃艾爱安昂奥巴拔白班邦保鲍贝本比彼毕宾波伯勃博布采查柴昌达戴丹道德登迪蒂丁东杜多厄恩尔法范菲芬费丰弗福' +
    '冈高戈格哥根贡古瓜哈海汉豪赫黑亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽林琳' +
    '留卢鲁伦罗洛马玛迈麦曼梅门蒙米密敏莫姆穆纳娜奈南内尼宁纽努诺欧帕潘庞佩彭皮平珀普奇齐契乔切钦丘萨塞赛桑瑟' +
    '森沙莎尚舍什施史斯索塔泰坦汤唐特滕提汀图托瓦万威韦维温沃乌伍西希锡夏谢辛休雅亚扬耶伊因英尤约扎泽詹兹' +
    '朱佐德娃娅琪蒂拉妮丝黛茨涅沃夫科斯基耶诺谢尔盖弗米普特朗拜登默克龙' +
    '翰逊锡舒凯琼森顿茜萝露薇芙劳瑞奎嘉芭列肖朔绍彭滕得廷' +
    // The Arabic table's han (穆罕默德 Muhammad, 阿卜杜勒-罕), and fan for fan and van (伊尔凡 Irfan, 凡·高 van Gogh).
    '罕凡' +
    // si in renderings that custom fixed before the tables (马克思 Marx, 格里菲思 Griffiths), and li
    // and shan of Alexander's (亚历山大, 亚历山德罗, 亚历山德拉).
    '思历山' +
    // su of the Russian table (су: 托克托苏诺夫, 苏哈诺夫).
    '苏' +
    // lu and yi of renderings custom fixed before the tables (路易 Louis, 路易丝 Louise, 路德 Luther).
    '路易').split(''),
);

/** Middle dots that join the parts of a transliterated name. */
export const NAME_DOTS = '•·・‧∙';

/** The English given names of `given-names.ts` (compromise's lexicon), as a set, made on first use. */
export const givenNames = lazyValue(() => new Set(GIVEN_NAMES.split(' ')));

/** The given names of the same lexicon that are common English words too (`peter`), as a set, made on first use. */
export const givenNamesAlsoWords = lazyValue(() => new Set(GIVEN_NAMES_ALSO_WORDS.split(' ')));
