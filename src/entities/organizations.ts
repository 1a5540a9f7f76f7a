/**
 * What the entity code knows about organizations: well-known names with their
 * abbreviations, a word-level Chinese→English glossary of the words organization
 * names are built from, and the suffixes and head words that mark an organization.
 */
import { normalizeEnglish } from './gazetteer.js';

/** A well-known organization: its key (the usual abbreviation), Chinese and English names. */
export interface OrgEntry {
  key: string;
  zh: string[];
  en: string[];
}

/**
 * Short Chinese forms that sit inside ordinary text are left out (北约 in 东北约有,
 * 中共 in 集中共同, 北大 in 北大西洋, 川大 in 四川大力).
 */
const ORGS: [key: string, zh: string, en: string][] = [
  ['icbc', '中国工商银行|工商银行', 'Industrial and Commercial Bank of China|ICBC'],
  ['boc', '中国银行', 'Bank of China|BOC'],
  ['ccb', '中国建设银行', 'China Construction Bank|CCB'],
  ['abc', '中国农业银行', 'Agricultural Bank of China'],
  ['pboc', '中国人民银行|人民银行|央行', 'People’s Bank of China|PBOC|PBoC'],
  ['cdb', '国家开发银行', 'China Development Bank'],
  ['russoft', '俄罗斯软件行业协会|俄罗斯软件协会', 'RUSSOFT|Russian Software Industry Association|Russian Software Association'],
  ['uestc', '电子科技大学', 'University of Electronic Science and Technology|University of Electronic Science and Technology of China|UESTC'],
  ['ccid', '中国电子信息产业发展研究院|赛迪研究院', 'China Electronic Information Industry Development Research Institute|China Center for Information Industry Development|CCID'],
  ['openatom', '开放原子开源基金会', 'Open Atom Open Source Foundation|OpenAtom Foundation|OpenAtom Open Source Foundation'],
  ['brics', '金砖国家|金砖', 'BRICS'],
  ['un', '联合国', 'United Nations|UN'],
  ['wto', '世界贸易组织|世贸组织', 'World Trade Organization|WTO'],
  ['who', '世界卫生组织|世卫组织', 'World Health Organization'],
  ['imf', '国际货币基金组织', 'International Monetary Fund|IMF'],
  ['sco', '上海合作组织|上合组织', 'Shanghai Cooperation Organization|SCO'],
  ['asean', '东盟', 'ASEAN|Association of Southeast Asian Nations'],
  ['apec', '亚太经合组织', 'APEC|Asia-Pacific Economic Cooperation'],
  ['nato', '北大西洋公约组织', 'NATO'],
  ['cpc', '中国共产党', 'Communist Party of China|CPC|Chinese Communist Party|CCP'],
  ['miit', '工业和信息化部|工信部', 'Ministry of Industry and Information Technology|MIIT'],
  ['ndrc', '国家发展和改革委员会|国家发改委|发改委', 'National Development and Reform Commission|NDRC'],
  ['mofcom', '商务部', 'Ministry of Commerce|MOFCOM'],
  ['tsinghua', '清华大学', 'Tsinghua University'],
  ['pku', '北京大学', 'Peking University'],
  ['sichuan university', '四川大学', 'Sichuan University'],
  ['huawei', '华为|华为技术有限公司', 'Huawei|Huawei Technologies'],
  ['tencent', '腾讯|腾讯公司', 'Tencent'],
  ['alibaba', '阿里巴巴|阿里巴巴集团', 'Alibaba|Alibaba Group'],
  ['baidu', '百度', 'Baidu'],
  ['xinhua', '新华社', 'Xinhua|Xinhua News Agency'],
  ['gop', '共和党|美国共和党', 'Republican Party|GOP|Republicans'],
  ['democratic party', '民主党|美国民主党', 'Democratic Party|Democrats'],
  ['world bank', '世界银行|世行', 'World Bank'],
  ['house of representatives', '众议院', 'House of Representatives|House'],
  ['senate', '参议院', 'Senate'],
  ['european commission', '欧盟委员会', 'European Commission'],
];

/** Every well-known organization. */
export const ORG_ENTRIES: readonly OrgEntry[] = ORGS.map(([key, zh, en]) => ({ key, zh: zh.split('|'), en: en.split('|') }));

const orgByChinese = new Map<string, string>();
const orgByEnglish = new Map<string, string>();
for (const entry of ORG_ENTRIES) {
  for (const name of entry.zh) orgByChinese.set(name, entry.key);
  for (const name of entry.en) orgByEnglish.set(normalizeEnglish(name), entry.key);
}

/** The key of a well-known Chinese organization name, or undefined. */
export function chineseOrgAlias(name: string): string | undefined {
  return orgByChinese.get(name);
}

/** The key of a well-known English organization name or abbreviation, or undefined. */
export function englishOrgAlias(name: string): string | undefined {
  return orgByEnglish.get(normalizeEnglish(name).replace(/^the /, ''));
}

/** Chinese well-known organization names, longest first. */
export const CHINESE_ORG_NAMES: readonly string[] = [...orgByChinese.keys()].sort((a, b) => b.length - a.length);

/** English well-known organization names as word arrays, longest first. */
export const ENGLISH_ORG_NAMES: readonly string[][] = [...orgByEnglish.keys()]
  .map((n) => n.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Chinese words of organization names with their English words. `proper` marks
 * words that make a name specific on their own (`开放原子`); the rest are generic.
 */
export const ORG_GLOSSARY: ReadonlyMap<string, { en: string; proper?: boolean }> = new Map([
  ['开放原子', { en: 'open atom', proper: true }],
  ['开源', { en: 'open source' }],
  ['开放', { en: 'open' }],
  ['原子', { en: 'atom' }],
  ['软件', { en: 'software' }],
  ['硬件', { en: 'hardware' }],
  ['行业', { en: 'industry' }],
  ['产业', { en: 'industry' }],
  ['工业', { en: 'industry' }],
  ['电子', { en: 'electronic' }],
  ['信息', { en: 'information' }],
  ['信息化', { en: 'information technology' }],
  ['资讯', { en: 'information' }],
  ['信息技术', { en: 'information technology' }],
  ['经济', { en: 'economy' }],
  ['经济和信息化', { en: 'economy information technology' }],
  ['经信', { en: 'economy information technology' }],
  ['发展', { en: 'development' }],
  ['改革', { en: 'reform' }],
  ['科技', { en: 'science technology' }],
  ['科学', { en: 'science' }],
  ['技术', { en: 'technology' }],
  ['工程', { en: 'engineering' }],
  ['研究', { en: 'research' }],
  ['国际', { en: 'international' }],
  ['国家', { en: 'national' }],
  ['人民', { en: 'people' }],
  ['工商', { en: 'industrial commercial' }],
  ['商业', { en: 'commercial' }],
  ['商务', { en: 'commerce' }],
  ['贸易', { en: 'trade' }],
  ['金融', { en: 'financial' }],
  ['投资', { en: 'investment' }],
  ['建设', { en: 'construction' }],
  ['农业', { en: 'agricultural' }],
  ['交通', { en: 'transport' }],
  ['教育', { en: 'education' }],
  ['文化', { en: 'culture' }],
  ['旅游', { en: 'tourism' }],
  ['卫生', { en: 'health' }],
  ['健康', { en: 'health' }],
  ['医学', { en: 'medical' }],
  ['通信', { en: 'communications' }],
  ['网络', { en: 'network' }],
  ['数字', { en: 'digital' }],
  ['数据', { en: 'data' }],
  ['人工智能', { en: 'artificial intelligence' }],
  ['汽车', { en: 'automobile' }],
  ['师范', { en: 'normal' }],
  ['理工', { en: 'science technology' }],
  ['交通运输', { en: 'transport' }],
  ['财经', { en: 'finance economics' }],
  ['财政', { en: 'finance' }],
  ['外国语', { en: 'foreign studies' }],
  ['服务', { en: 'service' }],
  ['标准化', { en: 'standardization' }],
  ['国防', { en: 'defense' }],
  ['安全', { en: 'security' }],
  ['外交', { en: 'foreign affairs' }],
  ['规划', { en: 'planning' }],
  ['社会', { en: 'social' }],
  ['环境', { en: 'environment' }],
  ['生态环境', { en: 'ecology environment' }],
  ['能源', { en: 'energy' }],
  ['公安', { en: 'public security' }],
  ['司法', { en: 'justice' }],
  ['民政', { en: 'civil affairs' }],
  ['人力资源', { en: 'human resources' }],
  ['社会保障', { en: 'social security' }],
  ['自然资源', { en: 'natural resources' }],
  ['水利', { en: 'water resources' }],
  ['应急管理', { en: 'emergency management' }],
  ['市场监督管理', { en: 'market regulation' }],
  ['统计', { en: 'statistics' }],
  ['税务', { en: 'taxation' }],
  ['海关', { en: 'customs' }],
  ['证券', { en: 'securities' }],
  ['保险', { en: 'insurance' }],
  ['监督', { en: 'supervision' }],
  ['管理', { en: 'management' }],
  ['中央', { en: 'central' }],
  ['人民代表大会', { en: 'people congress' }],
  ['住房和城乡建设', { en: 'housing urban rural development' }],
  ['农业农村', { en: 'agriculture rural affairs' }],
]);

/**
 * Chinese suffixes that end an organization name, with their English words.
 * Longest first so `基金会` wins over `会`-less matches and `委员会` over `会`.
 */
export const ZH_ORG_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['行业协会', 'industry association'],
  ['联合会', 'federation'],
  ['委员会', 'committee'],
  ['基金会', 'foundation'],
  ['研究院', 'research institute'],
  ['研究所', 'research institute'],
  ['研究中心', 'research center'],
  ['科学院', 'academy sciences'],
  ['检察院', 'procuratorate'],
  ['办公室', 'office'],
  ['管委会', 'management committee'],
  ['有限公司', 'company'],
  ['股份有限公司', 'company'],
  ['交易所', 'exchange'],
  ['协会', 'association'],
  ['学会', 'society'],
  ['商会', 'chamber commerce'],
  ['大学', 'university'],
  ['学院', 'college'],
  ['银行', 'bank'],
  ['公司', 'company'],
  ['集团', 'group'],
  ['医院', 'hospital'],
  ['法院', 'court'],
  ['政府', 'government'],
  ['省委', 'provincial party committee'],
  ['市委', 'municipal party committee'],
  ['联盟', 'alliance'],
  ['组织', 'organization'],
  ['中心', 'center'],
  ['局', 'bureau'],
  ['厅', 'department'],
  ['部', 'ministry'],
  ['署', 'administration'],
]);

/** English head words that make a capitalized run an organization name. */
export const EN_ORG_HEADS = new Set([
  'association', 'associations', 'foundation', 'institute', 'institution', 'university', 'bank', 'committee',
  'bureau', 'department', 'ministry', 'company', 'corporation', 'corp', 'group', 'agency', 'council',
  'commission', 'office', 'school', 'college', 'academy', 'federation', 'union', 'organization',
  'organisation', 'party', 'government', 'court', 'center', 'centre', 'inc', 'ltd', 'co', 'society',
  'alliance', 'fund', 'administration', 'authority', 'chamber', 'exchange', 'hospital', 'federation',
  'consortium', 'club', 'laboratory', 'lab', 'house', 'parliament', 'senate', 'assembly',
]);

/**
 * English words that name a generic unit rather than an organization of its own
 * (`Software School`, `Party Committee`): a run made only of these and head words is dropped.
 */
export const EN_GENERIC_WORDS = new Set([
  'software', 'party', 'provincial', 'municipal', 'research', 'related', 'national', 'local', 'regional',
  'relevant', 'branch', 'school', 'college', 'the', 'new', 'central', 'standing', 'executive', 'general',
  'main', 'head', 'working', 'joint', 'industry', 'industrial',
]);

/**
 * Words dropped from organization keys on both sides (administrative levels, function words),
 * and words folded to one form (demonyms to countries, adjectives to nouns).
 */
export const ORG_KEY_DROP = new Set(['of', 'the', 'and', 'for', '&', 'provincial', 'municipal', 'province', 'city', 'in', 'on']);
export const ORG_KEY_FOLD: ReadonlyMap<string, string> = new Map([
  ['russian', 'russia'],
  ['chinese', 'china'],
  ['electronics', 'electronic'],
  ['technologies', 'technology'],
  ['technological', 'technology'],
  ['sciences', 'science'],
  ['economic', 'economy'],
  ['economics', 'economy'],
  ['informatization', 'information technology'],
  ['centre', 'center'],
  ['organisation', 'organization'],
  ['industries', 'industry'],
  ['industrial', 'industry'],
  ['associations', 'association'],
  ['develop', 'development'],
  ['defence', 'defense'],
  ['people’s', 'people'],
  ['peoples', 'people'],
]);
