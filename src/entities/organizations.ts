/**
 * What the entity code knows about organizations: well-known names with their
 * abbreviations, a word-level Chinese→English glossary of the words organization
 * names are built from, and the suffixes and head words that mark an organization.
 */
import { CEDICT_COMPANIES } from './companies-table.js';
import { normalizeEnglish } from './gazetteer.js';
import { namesTableRows } from './names-table.js';
import { lazyValue } from '../memo.js';

/** A well-known organization: its key (the usual abbreviation), Chinese and English names. */
export interface OrgEntry {
  key: string;
  zh: string[];
  en: string[];
}

/**
 * Well-known organizations, each group from a stated general source. Other organizations are
 * found by rule (a head word or suffix: `… Association`, `…协会`, `…大学`) and keyed word by word.
 * Short Chinese forms that sit inside ordinary text are left out (北约 in 东北约有,
 * 中共 in 集中共同, 北大 in 北大西洋, 川大 in 四川大力).
 */
const ORGS: [key: string, zh: string, en: string][] = [
  // The PRC's central bank, policy banks and large state-owned commercial banks (as the
  // banking regulator classes them).
  ['pboc', '中国人民银行|人民银行|央行', 'People’s Bank of China|PBOC|PBoC'],
  ['cdb', '国家开发银行', 'China Development Bank'],
  ['adbc', '中国农业发展银行', 'Agricultural Development Bank of China|ADBC'],
  ['cexim', '中国进出口银行', 'Export-Import Bank of China|China Exim Bank'],
  ['icbc', '中国工商银行|工商银行', 'Industrial and Commercial Bank of China|ICBC'],
  ['abc', '中国农业银行|农业银行', 'Agricultural Bank of China'],
  ['boc', '中国银行', 'Bank of China|BOC'],
  ['ccb', '中国建设银行|建设银行', 'China Construction Bank|CCB'],
  ['bocom', '交通银行', 'Bank of Communications|BOCOM'],
  ['psbc', '中国邮政储蓄银行|邮储银行', 'Postal Savings Bank of China|PSBC'],
  // Intergovernmental organizations and groupings: the UN and its best-known agencies, the
  // Bretton Woods institutions, the WTO, and the regional and summit groupings China or the
  // major powers belong to.
  ['un', '联合国', 'United Nations|UN'],
  ['who', '世界卫生组织|世卫组织', 'World Health Organization'],
  ['unesco', '联合国教科文组织', 'UNESCO'],
  ['unicef', '联合国儿童基金会', 'UNICEF'],
  ['imf', '国际货币基金组织', 'International Monetary Fund|IMF'],
  ['world bank', '世界银行|世行', 'World Bank'],
  ['wto', '世界贸易组织|世贸组织', 'World Trade Organization|WTO'],
  ['brics', '金砖国家|金砖', 'BRICS'],
  ['g20', '二十国集团', 'G20|Group of Twenty'],
  ['g7', '七国集团', 'G7|Group of Seven'],
  ['sco', '上海合作组织|上合组织', 'Shanghai Cooperation Organization|SCO'],
  ['asean', '东盟', 'ASEAN|Association of Southeast Asian Nations'],
  ['apec', '亚太经合组织', 'APEC|Asia-Pacific Economic Cooperation'],
  ['nato', '北大西洋公约组织', 'NATO'],
  ['opec', '石油输出国组织|欧佩克', 'OPEC'],
  ['oecd', '经济合作与发展组织|经合组织', 'OECD'],
  ['african union', '非洲联盟|非盟', 'African Union'],
  ['european commission', '欧盟委员会', 'European Commission'],
  // The ruling party of the PRC.
  ['cpc', '中国共产党', 'Communist Party of China|CPC|Chinese Communist Party|CCP'],
  // The parties of Taiwan's Legislative Yuan (the Central Election Commission's register), by their
  // names in both languages.
  ['kmt', '中国国民党|国民党', 'Kuomintang|KMT|Chinese Nationalist Party|Nationalist Party'],
  ['dpp', '民主进步党|民进党', 'Democratic Progressive Party|DPP'],
  ['tpp', '台湾民众党|民众党', 'Taiwan People\'s Party|TPP'],
  // The Hong Kong government's bureaux and departments and its best-known statutory and public
  // bodies, by their official names in both languages (GovHK's list of government bureaux and
  // departments, the bodies' own sites), in simplified characters; names a mainland body shares
  // (教育局, 审计署, 税务局, 海关) and short forms that are also words or sit inside them are left
  // out (天文台, the observatory; 港台, Hong Kong and Taiwan; 马会 in 马会议, 房协 in 住房协议).
  ['afcd', '渔农自然护理署|渔护署', 'Agriculture, Fisheries and Conservation Department|AFCD'],
  ['epd', '环境保护署|环保署', 'Environmental Protection Department|EPD'],
  ['fehd', '食物环境卫生署|食环署', 'Food and Environmental Hygiene Department|FEHD'],
  ['hk dh', '卫生署', 'Department of Health'],
  ['swd', '社会福利署|社署', 'Social Welfare Department|SWD'],
  ['hk housing department', '房屋署', 'Housing Department'],
  ['landsd', '地政总署', 'Lands Department|LandsD'],
  ['plan d', '规划署', 'Planning Department|PlanD'],
  ['bd', '屋宇署', 'Buildings Department'],
  ['td', '运输署', 'Transport Department'],
  ['hyd', '路政署', 'Highways Department'],
  ['wsd', '水务署', 'Water Supplies Department|WSD'],
  ['dsd', '渠务署', 'Drainage Services Department|DSD'],
  ['cedd', '土木工程拓展署', 'Civil Engineering and Development Department|CEDD'],
  ['archsd', '建筑署', 'Architectural Services Department|ArchSD'],
  ['emsd', '机电工程署', 'Electrical and Mechanical Services Department|EMSD'],
  ['hko', '香港天文台', 'Hong Kong Observatory|HKO'],
  ['hkpf', '香港警务处|警务处', 'Hong Kong Police Force|Hong Kong Police'],
  ['fsd', '消防处', 'Fire Services Department|FSD'],
  ['immd', '入境事务处|入境处', 'Immigration Department|ImmD'],
  ['c&ed', '香港海关', 'Customs and Excise Department|Hong Kong Customs'],
  ['csd', '惩教署', 'Correctional Services Department'],
  ['gfs', '政府飞行服务队', 'Government Flying Service'],
  ['lcsd', '康乐及文化事务署|康文署', 'Leisure and Cultural Services Department|LCSD'],
  ['labour department', '劳工处', 'Labour Department'],
  ['rvd', '差饷物业估价署', 'Rating and Valuation Department'],
  ['land registry', '土地注册处', 'Land Registry'],
  ['companies registry', '公司注册处', 'Companies Registry'],
  ['ipd', '知识产权署', 'Intellectual Property Department'],
  ['c&sd', '政府统计处', 'Census and Statistics Department'],
  ['mardep', '海事处', 'Marine Department'],
  ['hk cad', '民航处', 'Civil Aviation Department'],
  ['hongkong post', '香港邮政', 'Hongkong Post'],
  ['investhk', '投资推广署', 'Invest Hong Kong|InvestHK'],
  ['tid', '工业贸易署', 'Trade and Industry Department'],
  ['isd', '政府新闻处', 'Information Services Department'],
  ['had', '民政事务总署', 'Home Affairs Department'],
  ['lad', '法律援助署', 'Legal Aid Department'],
  ['doj', '律政司', 'Department of Justice'],
  ['icac', '廉政公署', 'Independent Commission Against Corruption|ICAC'],
  ['ombudsman', '申诉专员公署', 'Office of The Ombudsman|The Ombudsman'],
  ['ha', '医院管理局|医管局', 'Hospital Authority'],
  ['chp', '卫生防护中心', 'Centre for Health Protection|CHP'],
  ['hkma', '香港金融管理局|金管局', 'Hong Kong Monetary Authority|HKMA'],
  ['sfc', '证券及期货事务监察委员会', 'Securities and Futures Commission'],
  ['ia', '保险业监管局|保监局', 'Insurance Authority'],
  ['mpfa', '强制性公积金计划管理局|积金局', 'Mandatory Provident Fund Schemes Authority|MPFA'],
  ['hkha', '香港房屋委员会|房屋委员会|房委会', 'Hong Kong Housing Authority|Housing Authority'],
  ['hkhs', '香港房屋协会', 'Hong Kong Housing Society|Housing Society'],
  ['ura', '市区重建局|市建局', 'Urban Renewal Authority|URA'],
  ['aahk', '香港机场管理局|机管局', 'Airport Authority Hong Kong|Airport Authority'],
  ['hktdc', '香港贸易发展局|贸发局', 'Hong Kong Trade Development Council|HKTDC'],
  ['hktb', '香港旅游发展局|旅发局', 'Hong Kong Tourism Board|HKTB'],
  ['consumer council', '消费者委员会|消委会', 'Consumer Council'],
  ['eoc', '平等机会委员会|平机会', 'Equal Opportunities Commission|EOC'],
  ['pcpd', '个人资料私隐专员公署|私隐专员公署', 'Office of the Privacy Commissioner for Personal Data|PCPD'],
  ['vtc', '职业训练局', 'Vocational Training Council|VTC'],
  ['erb', '雇员再培训局', 'Employees Retraining Board|ERB'],
  ['hkeaa', '香港考试及评核局|考评局', 'Hong Kong Examinations and Assessment Authority|HKEAA'],
  ['ugc', '大学教育资助委员会|教资会', 'University Grants Committee|UGC'],
  // The eight universities the University Grants Committee funds (the UGC's list), by their
  // official names (short forms that sit inside ordinary text, 中大, 科大, 理大, 城大, left out).
  ['hku', '香港大学|港大', 'University of Hong Kong|HKU'],
  ['cuhk', '香港中文大学', 'Chinese University of Hong Kong|CUHK'],
  ['hkust', '香港科技大学', 'Hong Kong University of Science and Technology|HKUST'],
  ['polyu', '香港理工大学', 'Hong Kong Polytechnic University|PolyU'],
  ['cityu', '香港城市大学', 'City University of Hong Kong|CityU'],
  ['hkbu', '香港浸会大学|浸大', 'Hong Kong Baptist University|HKBU'],
  ['lingnan university', '岭南大学', 'Lingnan University'],
  ['eduhk', '香港教育大学|教大', 'Education University of Hong Kong|EdUHK'],
  ['hk competition commission', '竞争事务委员会|竞委会', 'Competition Commission'],
  ['tpb', '城市规划委员会|城规会', 'Town Planning Board'],
  ['eaa', '地产代理监管局|地监局', 'Estate Agents Authority'],
  ['tia', '旅游业监管局|旅监局', 'Travel Industry Authority'],
  ['hkadc', '香港艺术发展局|艺发局', 'Hong Kong Arts Development Council|HKADC'],
  ['hkjc', '香港赛马会|赛马会', 'Hong Kong Jockey Club|Jockey Club|HKJC'],
  ['rthk', '香港电台', 'Radio Television Hong Kong|RTHK'],
  ['twgh', '东华三院', 'Tung Wah Group of Hospitals|TWGHs'],
  ['plk', '保良局', 'Po Leung Kuk'],
  ['hkpc', '香港生产力促进局|生产力局', 'Hong Kong Productivity Council|HKPC'],
  ['hkstp', '香港科技园公司', 'Hong Kong Science and Technology Parks Corporation|HKSTP'],
  ['wkcda', '西九文化区管理局', 'West Kowloon Cultural District Authority|WKCDA'],
  ['eeb', '环境及生态局', 'Environment and Ecology Bureau'],
  ['tlb', '运输及物流局', 'Transport and Logistics Bureau'],
  ['hhb', '医务卫生局', 'Health Bureau'],
  ['lwb', '劳工及福利局', 'Labour and Welfare Bureau'],
  ['fstb', '财经事务及库务局', 'Financial Services and the Treasury Bureau'],
  ['cedb', '商务及经济发展局', 'Commerce and Economic Development Bureau'],
  ['itib', '创新科技及工业局', 'Innovation, Technology and Industry Bureau'],
  ['cstb', '文化体育及旅游局', 'Culture, Sports and Tourism Bureau'],
  ['csb', '公务员事务局', 'Civil Service Bureau'],
  ['cmab', '政制及内地事务局', 'Constitutional and Mainland Affairs Bureau'],
  ['hyab', '民政及青年事务局', 'Home and Youth Affairs Bureau'],
  // Taiwan's five branches of government and the bodies of the Executive Yuan whose names no other
  // government uses (the Executive Yuan's list of its ministries, councils and agencies), in
  // simplified characters; ministries named as other governments name theirs (外交部, 教育部, 经济部)
  // are left to the rules, which key them by their words.
  ['executive yuan', '行政院', 'Executive Yuan'],
  ['legislative yuan', '立法院', 'Legislative Yuan'],
  ['judicial yuan', '司法院', 'Judicial Yuan'],
  ['control yuan', '监察院', 'Control Yuan'],
  ['examination yuan', '考试院', 'Examination Yuan'],
  ['mohw', '卫生福利部|卫福部', 'Ministry of Health and Welfare|MOHW'],
  ['moda', '数位发展部|数位部', 'Ministry of Digital Affairs|MODA'],
  ['ndc', '国家发展委员会|国发会', 'National Development Council'],
  ['fsc', '金融监督管理委员会|金管会', 'Financial Supervisory Commission'],
  ['mac', '大陆委员会|陆委会', 'Mainland Affairs Council'],
  ['ocac', '侨务委员会|侨委会', 'Overseas Community Affairs Council'],
  ['ncc', '国家通讯传播委员会|通传会', 'National Communications Commission'],
  ['cwa', '中央气象署', 'Central Weather Administration'],
  ['wra', '经济部水利署|水利署', 'Water Resources Agency'],
  ['cga', '海洋委员会海巡署|海巡署', 'Coast Guard Administration'],
  ['taiwan cdc', '疾病管制署|疾管署', 'Taiwan Centers for Disease Control|Taiwan CDC'],
  ['tfda', '食品药物管理署|食药署', 'Taiwan Food and Drug Administration|TFDA'],
  ['nhia', '中央健康保险署|健保署', 'National Health Insurance Administration|NHIA'],
  ['sef', '海峡交流基金会|海基会', 'Straits Exchange Foundation|SEF'],
];

/** The well-known organizations listed above (`scripts/build-companies.ts` leaves their Chinese names out of its table). */
export const LISTED_ORG_ENTRIES: readonly OrgEntry[] = ORGS.map(([key, zh, en]) => ({ key, zh: zh.split('|'), en: en.split('|') }));

const orgByChinese = new Map<string, string>();
const orgByEnglish = new Map<string, string>();
for (const entry of LISTED_ORG_ENTRIES) {
  for (const name of entry.zh) orgByChinese.set(name, entry.key);
  // A name listing its fields by commas (`Agriculture, Fisheries and Conservation Department`) is
  // read by its words, the commas left out.
  for (const name of entry.en) orgByEnglish.set(normalizeEnglish(name).replace(/,/g, ''), entry.key);
}

/**
 * The companies, banks and airlines of CC-CEDICT (`companies-table.ts`, written by
 * `scripts/build-companies.ts`): `[Chinese name, English names]`. An English name two bodies
 * claim (`ABC`, the American and the Australian broadcaster) names neither; a body keeps the key of
 * a listed organization its first English name has (`工行` ICBC), else that name is its key.
 */
const COMPANY_ENTRIES: readonly OrgEntry[] = (() => {
  const rows = namesTableRows(CEDICT_COMPANIES).map(([zh, en]) => ({ zh, en: en.split(';') }));
  const claims = new Map<string, Set<string>>();
  for (const { en } of rows) {
    for (const name of en) {
      const normal = normalizeEnglish(name);
      const set = claims.get(normal) ?? new Set<string>();
      set.add(orgByEnglish.get(normalizeEnglish(en[0]!)) ?? normalizeEnglish(en[0]!));
      claims.set(normal, set);
    }
  }
  const out: OrgEntry[] = [];
  for (const { zh, en } of rows) {
    const key = orgByEnglish.get(normalizeEnglish(en[0]!)) ?? normalizeEnglish(en[0]!);
    const own = en.filter((name) => {
      const normal = normalizeEnglish(name);
      const listed = orgByEnglish.get(normal);
      return claims.get(normal)!.size === 1 && (listed === undefined || listed === key);
    });
    if (own.length) out.push({ key, zh: [zh], en: own });
  }
  return out;
})();
/** Chinese names of `COMPANY_ENTRIES`, which a text may hold inside other words (`京东` in `北京东部`): the entity rules read them only where they stand as words. */
const COMPANY_NAMES = new Set<string>();
for (const entry of COMPANY_ENTRIES) {
  for (const name of entry.zh) {
    orgByChinese.set(name, entry.key);
    COMPANY_NAMES.add(name);
  }
  for (const name of entry.en) orgByEnglish.set(normalizeEnglish(name), entry.key);
}

/** Every well-known organization: the listed ones and CC-CEDICT's companies. */
export const ORG_ENTRIES: readonly OrgEntry[] = [...LISTED_ORG_ENTRIES, ...COMPANY_ENTRIES];

/** The names of each well-known organization by its key, made when first asked. */
const namesByKey = lazyValue(() => {
  const byKey = new Map<string, OrgEntry>();
  for (const entry of ORG_ENTRIES) {
    const known = byKey.get(entry.key);
    byKey.set(entry.key, known ? { key: entry.key, zh: [...known.zh, ...entry.zh], en: [...known.en, ...entry.en] } : entry);
  }
  return byKey;
});

/** The Chinese and English names of the well-known organization of `key`, or undefined. */
export function orgNamesOfKey(key: string): OrgEntry | undefined {
  return namesByKey().get(key);
}

/** Whether a Chinese well-known organization name comes from CC-CEDICT's companies (read only where it stands as a word). */
export function isCompanyName(name: string): boolean {
  return COMPANY_NAMES.has(name);
}

/** The key of a well-known Chinese organization name, or undefined. */
export function chineseOrgAlias(name: string): string | undefined {
  return orgByChinese.get(name);
}

/** The key of a well-known English organization name or abbreviation, or undefined. */
export function englishOrgAlias(name: string): string | undefined {
  return normalOrgAlias(normalizeEnglish(name));
}

/** `englishOrgAlias` of a name already normalized (`normalizeEnglish`): a caller that has the normal form does not normalize it again. */
export function normalOrgAlias(normal: string): string | undefined {
  // A test and a slice: most names start otherwise, and a replace would scan each for nothing.
  const bare = normal.includes(',') ? normal.replace(/,/g, '') : normal;
  return orgByEnglish.get(bare.startsWith('the ') ? bare.slice(4) : bare);
}

/** Chinese well-known organization names, longest first. */
export const CHINESE_ORG_NAMES: readonly string[] = [...orgByChinese.keys()].sort((a, b) => b.length - a.length);

/** English well-known organization names as word arrays, longest first. */
export const ENGLISH_ORG_NAMES: readonly string[][] = [...orgByEnglish.keys()]
  .map((n) => n.split(' '))
  .sort((a, b) => b.length - a.length);

/**
 * Chinese words of organization names with their English words, as the official English
 * names of PRC bodies render them (the State Council's ministries and commissions, provincial
 * and municipal departments, universities and research institutes). `proper` marks words that
 * make a name specific on their own: `国家` (the state: `国家统计局`, the National Bureau of
 * Statistics) and `世界` (`世界旅游组织`); the rest are generic.
 */
export const ORG_GLOSSARY: ReadonlyMap<string, { en: string; proper?: boolean }> = new Map([
  // a university's branch campus (伊利诺伊大学芝加哥分校, University of Illinois Chicago), no word of
  // the key (`campus` is dropped, as the English names of campuses leave it out)
  ['分校', { en: 'campus' }],
  ['校区', { en: 'campus' }],
  ['开源', { en: 'open source' }],
  ['开放', { en: 'open' }],
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
  ['国家', { en: 'national', proper: true }],
  ['世界', { en: 'world', proper: true }],
  ['人民', { en: 'people', proper: true }],
  ['全国', { en: 'national', proper: true }],
  ['工商', { en: 'industrial commercial' }],
  ['商业', { en: 'commercial' }],
  ['商务', { en: 'commerce' }],
  ['贸易', { en: 'trade' }],
  ['金融', { en: 'financial' }],
  ['投资', { en: 'investment' }],
  // 控股有限公司, as Hong Kong's Companies Registry renders it: Holdings Limited
  ['控股', { en: 'holdings' }],
  ['建设', { en: 'construction' }],
  ['农业', { en: 'agricultural' }],
  ['交通', { en: 'transport' }],
  ['教育', { en: 'education' }],
  ['文化', { en: 'culture' }],
  ['旅游', { en: 'tourism' }],
  ['卫生', { en: 'health' }],
  // 卫生健康 names one field, health (国家卫生健康委员会, the National Health Commission)
  ['卫生健康', { en: 'health' }],
  ['健康', { en: 'health' }],
  // 社区健康中心, Community Health Centre; 社区卫生服务中心, Community Health Service Center
  ['社区', { en: 'community' }],
  // the people a body serves: 中国青少年发展基金会, China Youth Development Foundation; 中国残疾人联合会,
  // China Disabled Persons' Federation (not 妇女 nor 儿童, which a sentence names more often than a body)
  // fields of ministries and departments abroad as Chinese renders them (科学、创新和技术部, the UK's
  // Department for Science, Innovation and Technology; 文化、媒体和体育部, Culture, Media and Sport)
  ['创新', { en: 'innovation' }],
  ['媒体', { en: 'media' }],
  ['青少年', { en: 'youth' }],
  ['青年', { en: 'youth' }],
  ['残疾人', { en: 'disabled persons' }],
  // the members a union or a professional body is of, as their English names render them (英国音乐家
  // 工会, Musicians' Union; 香港护士协会, Hong Kong Nurses Association; 香港律师会, Law Society of Hong
  // Kong; 全国记者协会, journalists' association; 中国作家协会, China Writers Association)
  ['演员', { en: 'actors' }],
  ['音乐家', { en: 'musicians' }],
  ['教师', { en: 'teachers' }],
  ['护士', { en: 'nurses' }],
  ['医生', { en: 'doctors' }],
  ['医师', { en: 'physicians' }],
  ['律师', { en: 'lawyers' }],
  ['记者', { en: 'journalists' }],
  ['作家', { en: 'writers' }],
  ['飞行员', { en: 'pilots' }],
  ['海员', { en: 'seafarers' }],
  ['工程师', { en: 'engineers' }],
  ['会计师', { en: 'accountants' }],
  ['建筑师', { en: 'architects' }],
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
  // 监督管理 and its short form 监管, as the regulators' English names render them (国家金融监督管理总局,
  // the National Financial Regulatory Administration; 市场监管总局, market regulation)
  ['监督管理', { en: 'regulation' }],
  ['市场', { en: 'market' }],
  ['监管', { en: 'regulation' }],
  ['管理', { en: 'management' }],
  ['中央', { en: 'central' }],
  ['人民代表大会', { en: 'people congress' }],
  ['住房和城乡建设', { en: 'housing urban rural development' }],
  ['农业农村', { en: 'agriculture rural affairs' }],
  // health bodies, as their English names render them (国家药品监督管理局药品审评中心, Center for Drug
  // Evaluation; 中国疾病预防控制中心, Chinese Center for Disease Control and Prevention; 国家医疗保障局)
  ['药品', { en: 'drug' }],
  ['审评', { en: 'evaluation' }],
  ['疾病预防控制', { en: 'disease control prevention' }],
  ['医疗保障', { en: 'healthcare security' }],
  // the bureaus and departments of Hong Kong and Macao, as their governments name them in English
  // (民政及青年事務局, Home and Youth Affairs Bureau; 文化體育及旅遊局, Culture, Sports and Tourism
  // Bureau; 政制及內地事務局; 房屋局; 運輸署; 工務局, Public Works Bureau; 水務署; 渠務署; 勞工及福利局;
  // 海事及水務局, Marine and Water Bureau)
  ['事务', { en: 'affairs' }],
  ['体育', { en: 'sports' }],
  ['运输', { en: 'transport' }],
  ['房屋', { en: 'housing' }],
  ['政制', { en: 'constitutional' }],
  ['内地', { en: 'mainland' }],
  ['食物', { en: 'food' }],
  ['保安', { en: 'security' }],
  ['工务', { en: 'public works' }],
  ['水务', { en: 'water supplies' }],
  ['海事', { en: 'marine' }],
  ['渠务', { en: 'drainage services' }],
  ['劳工', { en: 'labour' }],
  ['福利', { en: 'welfare' }],
  // Macao's, joined by 暨 (統計暨普查局, Statistics and Census Service; 地圖繪製暨地籍局, Cartography
  // and Cadastre Bureau; 治安警察局, Public Security Police Force; 司法警察局, Judiciary Police)
  ['普查', { en: 'census' }],
  ['地图绘制', { en: 'cartography' }],
  ['地籍', { en: 'cadastre' }],
  ['治安警察', { en: 'public security police' }],
  ['司法警察', { en: 'judiciary police' }],
]);

/**
 * The characters that join two fields of one body (`文化和旅游局`, `民政及青年事務局`, Macao's
 * `統計暨普查局`), and the enumeration comma of a list of three (`文化、体育及旅游局`, `科学、创新和技术部`).
 */
export const ZH_FIELD_JOINS = '和与及暨、';

/**
 * Chinese suffixes that end an organization name, with their English words (the head nouns
 * of organization names in Chinese grammar).
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
  // a federation, a guild and a union, as Hong Kong's and the mainland's bodies render them (香港保险业联会,
  // Hong Kong Federation of Insurers; 香港投资基金公会, Hong Kong Investment Funds Association;
  // 中华全国总工会, All-China Federation of Trade Unions)
  ['联会', 'federation'],
  ['公会', 'association'],
  ['总工会', 'federation trade unions'],
  ['工会', 'trade union'],
  ['学会', 'society'],
  ['总商会', 'general chamber commerce'],
  ['商会', 'chamber commerce'],
  ['大学', 'university'],
  ['学院', 'college'],
  ['银行', 'bank'],
  ['公司', 'company'],
  ['集团', 'group'],
  ['医院', 'hospital'],
  // a customs district and its office (深圳海关, Shenzhen Customs; 拱北海关, Gongbei Customs)
  ['海关', 'customs'],
  // museums, galleries and libraries, as their English names render them (上海博物馆, Shanghai Museum;
  // 南京博物院, Nanjing Museum; 香港艺术馆, Hong Kong Museum of Art; 国家图书馆, National Library)
  ['博物馆', 'museum'],
  ['博物院', 'museum'],
  ['美术馆', 'art museum'],
  ['艺术馆', 'art museum'],
  ['图书馆', 'library'],
  // zoos and aquariums (北京动物园, Beijing Zoo; 上海海洋水族馆, Shanghai Ocean Aquarium)
  ['动物园', 'zoo'],
  ['水族馆', 'aquarium'],
  ['法院', 'court'],
  ['政府', 'government'],
  ['省委', 'provincial party committee'],
  ['市委', 'municipal party committee'],
  ['联盟', 'alliance'],
  ['代表大会', 'congress'],
  ['解放军', 'liberation army'],
  // the titles of papers (`中国日报`, China Daily; `人民日报`, People's Daily)
  ['日报', 'daily'],
  ['论坛', 'forum'],
  ['组织', 'organization'],
  ['中心', 'center'],
  // 总局 and 总署 (a general administration: 国家税务总局, State Taxation Administration; 海关总署,
  // General Administration of Customs), as the State Council's bodies render them
  ['总局', 'administration'],
  ['总署', 'administration'],
  ['局', 'bureau'],
  // 委, a commission as the State Council's short names write it (国家发展改革委, 国家卫生健康委)
  ['委', 'commission'],
  ['厅', 'department'],
  ['部', 'ministry'],
  ['署', 'administration'],
]);

/** English head words that make a capitalized run an organization name (the head nouns of organization names). */
export const EN_ORG_HEADS = new Set([
  'association', 'associations', 'foundation', 'institute', 'institution', 'university', 'universities', 'bank', 'committee',
  'bureau', 'department', 'ministry', 'company', 'corporation', 'corp', 'group', 'agency', 'council',
  'commission', 'office', 'school', 'college', 'academy', 'federation', 'union', 'organization',
  'organisation', 'party', 'government', 'court', 'center', 'centre', 'inc', 'ltd', 'co', 'society',
  'alliance', 'fund', 'administration', 'authority', 'chamber', 'exchange', 'hospital', 'federation',
  'consortium', 'club', 'laboratory', 'lab', 'house', 'parliament', 'senate', 'assembly', 'service', 'forum',
  'congress', 'army', 'navy', 'museum', 'gallery', 'library',
  // zoos and aquariums, which Chinese names as bodies (`San Diego Zoo`, 圣地亚哥动物园; 香港海洋公园 aside)
  'zoo', 'aquarium',
  // carriers by air (`China Southern Airlines`, `British Airways`)
  'airlines', 'airways',
  // the bodies that run a sport's competitions (`Premier League`, `Chinese Super League`)
  'league',
  // the titles of papers and journals (`China Daily`, `People's Daily`, `European Heart Journal`)
  'daily', 'journal', 'gazette', 'herald', 'tribune',
  // the endings company law gives a company's name (Companies Ordinance, Companies Act)
  'limited', 'holdings', 'plc',
  // the plural words firms' names end with for what they make (`Shanda Games`, `Tata Motors`, `Sun Pharmaceuticals`)
  'games', 'studios', 'motors', 'technologies', 'pharmaceuticals', 'industries', 'enterprises', 'electronics', 'semiconductors',
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

/** Words dropped from organization keys on both sides: administrative levels and function words. */
export const ORG_KEY_DROP = new Set(['of', 'the', 'and', 'for', '&', 'provincial', 'municipal', 'province', 'city', 'county', 'in', 'on', 'campus']);
/** Words folded to one form in organization keys: demonyms to countries, plurals and adjectives to nouns. */
export const ORG_KEY_FOLD: ReadonlyMap<string, string> = new Map([
  // Demonyms of the gazetteer's countries that appear in organization names.
  ['chinese', 'china'],
  ['russian', 'russia'],
  ['american', 'united states'],
  ['british', 'united kingdom'],
  ['french', 'france'],
  ['german', 'germany'],
  ['japanese', 'japan'],
  ['indian', 'india'],
  ['italian', 'italy'],
  ['spanish', 'spain'],
  ['canadian', 'canada'],
  ['australian', 'australia'],
  ['brazilian', 'brazil'],
  ['ukrainian', 'ukraine'],
  ['european', 'europe'],
  ['electronics', 'electronic'],
  // a carmaker's word (`Hyundai Motor`, `Tata Motors`, `Great Wall Auto`) as the glossary renders 汽车
  ['motor', 'automobile'],
  ['motors', 'automobile'],
  ['auto', 'automobile'],
  ['automotive', 'automobile'],
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
  // Head nouns one Chinese suffix renders: 委员会 is a committee or a commission, 研究院 an
  // institute or an academy (China Tourism Academy = 中国旅游研究院).
  ['commission', 'committee'],
  // 有限公司 is a limited company: `Limited`, `Ltd`; 公司 the company of any form of law
  // (`Inc.`, `Corp.`, `Co.`, as the company writes its English name)
  ['limited', 'company'],
  ['ltd', 'company'],
  ['inc', 'company'],
  ['incorporated', 'company'],
  ['corp', 'company'],
  ['corporation', 'company'],
  ['co', 'company'],
  ['academy', 'institute'],
  // 国家 in the official English names of the State Council's bodies: National (国家统计局, the
  // National Bureau of Statistics) or State (国家税务总局, the State Taxation Administration)
  ['state', 'national'],
  // 建设 and 工程 in the English names Chinese builders give themselves: Construction (中国交通建设,
  // China Communications Construction) or Engineering (中国能源建设, China Energy Engineering)
  ['engineering', 'construction'],
  ['people’s', 'people'],
  ['peoples', 'people'],
]);
