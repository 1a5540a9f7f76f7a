import type { Fact, Finding, Pair, Severity } from '../types.js';
import { coupleEntities, entityMatch, entityWindow, organizationNamesApart, romanizedNamesApart, romanizedSpells, syllableSound, transliterationMatch } from '../entities/match.js';
import { PLACE_ENTRIES, chinesePlaceKey, districtTier, englishPlaceKey, placeParent, provinceKey, secondPlaceKey, stateKey, unreadEnglishCityName } from '../entities/gazetteer.js';
import { givenSyllable, isJoinedPinyinWord, isPinyinWord, isRomanizedSyllable, looksTransliterated, pinyinWord, splitPinyin, splitRomanized } from '../entities/romanize.js';
import { NAME_DOTS, PINYIN_SURNAMES, chineseSurnameAt, compoundSurnameWords, givenNames, japaneseReadingOpens, southernSurname, spellsSurname, surnameSpelling } from '../entities/names.js';
import { cantoneseOnly, cantoneseSyllableMatches } from '../entities/cantonese.js';
import { lazyValue } from '../memo.js';
import { cedictOrgName } from '../entities/key.js';
import { glossesOf } from '../lexicon/chinese.js';
import { lemma } from '../lexicon/english.js';
import { chineseOrgAlias, EN_ORG_HEADS, englishOrgAlias, ORG_KEY_FOLD, orgNamesOfKey, ZH_ORG_SUFFIXES } from '../entities/organizations.js';
import { foldTraditional } from '../entities/traditional.js';
import { fullPairs, levelOption, makeFinding, numberOption, sideText, type CheckContext, type Rule } from './rule.js';

const TYPE_WORD = { person: 'person', place: 'place', org: 'organization' } as const;

/** A name dot (`NAME_DOTS`), without `g`: a test or a split leaves no state behind. */
const NAME_DOT = new RegExp(`[${NAME_DOTS}]`);

/** `EN "Zhang Li" (person zhang li)`. */
function describe(side: 'EN' | 'ZH', fact: Fact): string {
  return `${side} "${fact.raw}" (${fact.type ? `${TYPE_WORD[fact.type]} ` : ''}${String(fact.value)})`;
}

/** The words by which Chinese official text names its own country or city, by the place's key. */
const HOME_PRONOUNS: Readonly<Record<string, readonly string[]>> = {
  china: ['我国', '我國'],
  'hong kong': ['本港'],
  macao: ['本澳'],
};

/**
 * `entity-mismatch`: a person or place on one side whose counterpart on the other side is a
 * different name (`Zhang Li` vs `王立`, `Wuhan` vs `西安`). Conservative, since translations
 * drop and add names freely: a person is reported when the two sides each hold one unmatched
 * person and both are Chinese names (pinyin in the English) or one part of a transliterated
 * name is kept and another replaced, a place when each side holds
 * exactly one unmatched place and both are gazetteer places of one tier (two cities, two
 * countries): `Wales` against `英国` is a translator's choice, `Wuhan` against `西安` a slip. Organizations and names on one side only are not reported
 * unless `oneSided` is set to a severity.
 * Options: `threshold` (similarity from which two keys name the same entity, default 0.8),
 * `oneSided` (default `off`).
 */
export const entityMismatch: Rule = {
  id: 'entity-mismatch',
  severity: 'error',
  description: 'A person or place on one side whose counterpart on the other side is a different name (an organization of one kind: a warning).',
  check(context) {
    const threshold = numberOption(context.options, 'threshold', 0.8);
    const oneSided = levelOption(context.options, 'oneSided', 'off');
    const findings: Finding[] = [];
    // The English names the text gives Chinese names in brackets, read once a pair asks.
    let known: Map<string, string[]> | undefined;
    const knownAs = () => (known ??= namesGivenInBrackets(context.blocks));
    for (const pair of fullPairs(context)) for (const f of checkPair(context, pair, threshold, oneSided, knownAs)) findings.push(f);
    return findings;
  },
};

function checkPair(context: CheckContext, pair: Pair, threshold: number, oneSided: Severity | 'off', knownAs: () => Map<string, string[]>): Finding[] {
  const en = context.factsOf(pair.en).filter((f) => f.kind === 'entity');
  const zh = context.factsOf(pair.zh).filter((f) => f.kind === 'entity');
  if (en.length === 0 && zh.length === 0) return [];
  // Each side's text, in lower case, is made only when a name of the other side is left unmatched.
  let enText: string | undefined;
  // The English text as written, made only when a Chinese person is left to look for by the surname.
  let enRaw: string | undefined;
  let zhText: string | undefined;
  // The English places by key, made only where two organizations are weighed (few pairs).
  let placesEnSet: ReadonlySet<string> | undefined;
  // A place's key and, for a name of several words (`los angeles`), each of its words, as organization keys hold them.
  const placesEn = (): ReadonlySet<string> => (placesEnSet ??= new Set(en.filter((f) => f.type === 'place').flatMap((f) => [String(f.value), ...String(f.value).split(' ')])));
  const glossesOfZh = (y: Fact) => () => (context.lexicon ? glossesOf(y.raw, context.lexicon()) : undefined);
  // Two bodies of one kind and one country, one word of their own apart (`US Department of Defense`
  // against `美国能源部`): the words they share take them for one, which their own words deny.
  // A Taiwan given name of hyphened syllables one of which the Chinese name says otherwise (`Lin
  // Shu-fen` against 林淑芳) names another person, however close the whole keys stand.
  const couples = coupleEntities(en, zh, threshold).filter(([a, b]) => !otherBodyOfOneKind(a, b, placesEn, glossesOfZh(b)) && !hyphenedGivenNamesApart(a, b));
  // Most pairs name the same entities on both sides: each fact is in one couple at most, so with as
  // many couples as facts on either side none is left unmatched, and there is nothing to report.
  if (couples.length === en.length && couples.length === zh.length) return [];
  const enLeft = new Set(en);
  const zhLeft = new Set(zh);
  for (const [a, b] of couples) {
    enLeft.delete(a);
    zhLeft.delete(b);
  }
  // A name copied as written (`RUSSOFT`, `CPU`), or named again by another matched entity, is present.
  const repeatedEn: Fact[] = [];
  const repeatedZh: Fact[] = [];
  // Each name is weighed against the other side's near its place (all of them but in long pairs).
  const enAt = new Map(en.map((f, k) => [f, k]));
  const zhAt = new Map(zh.map((f, k) => [f, k]));
  const zhNear = entityWindow(en.length, zh.length);
  const enNear = entityWindow(zh.length, en.length);
  // A place matched to its own name (`Hunan` and `湖南`) stands for no other place of the side
  // that names it too: `Hengyang, Hunan` against `湖南岳阳` leaves `Hengyang` against `岳阳`.
  const partnerOf = new Map<Fact, Fact>();
  for (const [a, b] of couples) {
    partnerOf.set(a, b);
    partnerOf.set(b, a);
  }
  const namedForItself = (f: Fact, o: Fact): boolean => f.type === 'place' && o.type === 'place' && f.value !== o.value && partnerOf.get(o)?.value === o.value;
  const matchedIn = (f: Fact, others: readonly Fact[], [from, to]: [number, number], left: ReadonlySet<Fact>): boolean => {
    for (let q = from; q < to; q++) {
      const o = others[q]!;
      if (left.has(o) || namedForItself(f, o) || !compatible(f, o) || entityMatch(String(f.value), String(o.value)) < threshold) continue;
      const [x, y] = f.lang === 'en' ? [f, o] : [o, f];
      if (!organizationNamesApart(x, y) && !hyphenedGivenNamesApart(x, y)) return true;
    }
    return false;
  };
  // A name copied as written stands for every name of the same entity on its side (`ESMC` in the
  // Chinese, after `European Semiconductor Manufacturing Company (ESMC)` in the English).
  const copied = new Set<string>();
  for (const a of [...enLeft]) {
    if ((zhText ??= sideText(context, pair.zh).toLowerCase()).includes(a.raw.toLowerCase())) copied.add(`${a.type} ${String(a.value)}`);
  }
  for (const a of [...enLeft]) {
    if (copied.has(`${a.type} ${String(a.value)}`)) enLeft.delete(a);
    else if (matchedIn(a, zh, zhNear(enAt.get(a)!), zhLeft)) {
      enLeft.delete(a);
      repeatedEn.push(a);
    }
  }
  for (const b of [...zhLeft]) {
    if ((enText ??= sideText(context, pair.en).toLowerCase()).includes(b.raw.toLowerCase())) zhLeft.delete(b);
    else if (matchedIn(b, en, enNear(zhAt.get(b)!), enLeft)) {
      zhLeft.delete(b);
      repeatedZh.push(b);
    } else if (b.type === 'person' && ![...enLeft].some((f) => f.type === 'person') && namedBySurname(enRaw ??= sideText(context, pair.en), b)) zhLeft.delete(b);
  }
  // `Ms Mable Chan` against `陈美宝`: the English given name and surname a person goes by against
  // the one Chinese name left of that surname, a couple the keys' sounds do not make.
  // A Chinese name the text gives another English given name of the surname in brackets
  // (`吴大伟（David Wu）`) is that person, not this one (`Kevin Wu`).
  const namedApart: [Fact, Fact, string][] = [];
  for (const a of [...enLeft]) {
    if (a.type !== 'person') continue;
    const y = goesBy(a, zhLeft);
    if (y === undefined || [...enLeft].some((o) => o !== a && o.type === 'person' && goesBy(o, zhLeft) === y)) continue;
    enLeft.delete(a);
    zhLeft.delete(y);
    const other = otherEnglishName(a.raw, knownAs().get(foldTraditional(y.raw.trim())));
    // Not where this pair gives the bracket itself: the English name it copies is that person's, and this one may be another the Chinese names unread.
    if (other !== undefined && !sideText(context, pair.zh).includes(other)) namedApart.push([a, y, other]);
  }
  // A place named inside the name of a body the other side leaves unmatched (`Paris` against
  // `巴黎吉美博物馆`, where the English names the museum in French) is present there.
  dropPlacesInBodies(enLeft, zhLeft);
  dropPlacesInBodies(zhLeft, enLeft);
  // The home place Chinese official text names by a pronoun (`我国` our country, `本港` this port,
  // `本澳`): the English name of it is there.
  for (const f of [...enLeft]) {
    if (f.type !== 'place') continue;
    const pronouns = HOME_PRONOUNS[String(f.value)];
    if (pronouns?.some((w) => (zhText ??= sideText(context, pair.zh).toLowerCase()).includes(w))) enLeft.delete(f);
  }
  // A city whose English name is a word, which the English is not read for (`尼斯` against `Nice`), is
  // there where the English writes that name in capitals.
  for (const f of [...zhLeft]) {
    const english = f.type === 'place' ? unreadEnglishCityName(String(f.value)) : undefined;
    if (english !== undefined && new RegExp(`\\b${english}\\b`).test(enRaw ??= sideText(context, pair.en))) zhLeft.delete(f);
  }
  // A demonym or nationality (`Frenchman`, `法国籍`, `Chinese`) names no place to compare.
  for (const f of [...enLeft]) if (f.type === 'place' && demonym(f)) enLeft.delete(f);
  // A country or a city whose body the English names in the possessive (`China's National Medical
  // Products Administration`), against a body on the Chinese side that names no place (`国家药品监督管理局`):
  // the body's owner, which its Chinese name leaves to be understood.
  if (zh.some((y) => y.type === 'org')) {
    for (const f of [...enLeft]) if (f.type === 'place' && ownerOfBody(context, f, en)) enLeft.delete(f);
  }
  for (const f of [...zhLeft]) if (f.type === 'place' && (DEMONYM_ZH.test(f.raw) || inTitle(context, f))) zhLeft.delete(f);
  for (const f of [...zhLeft]) if ((f.type === 'person' || f.type === 'place') && inWireCredit(context, f)) zhLeft.delete(f);
  const findings: Finding[] = [];
  const emit = (severity: Severity, message: string, a: Fact[], b: Fact[]) =>
    findings.push(makeFinding(context, entityMismatch, severity, pair, message, { en: a, zh: b }));
  for (const [a, y, other] of namedApart) emit('error', `${describe('EN', a)} vs ${describe('ZH', y)}: different persons (the text gives ${y.raw.trim()} as ${other})`, [a], [y]);
  // `the Tainan city government` against `台中市政府`: the one place left on one side against the one
  // place of the same tier that names a body left on the other, where no other body is left.
  const placeInBody = bodyNamedByOtherPlace(enLeft, zhLeft, (f) => possessiveAfter(context, f) > 0);
  if (placeInBody) {
    const [x, y, inBody] = placeInBody;
    enLeft.delete(x);
    zhLeft.delete(y);
    emit('error', `${describe('EN', x)} vs ZH "${y.raw}" (place ${inBody}): different places`, [x], [y]);
  }
  for (const type of ['person', 'place'] as const) {
    // One name said twice (`Jiangsu: Jiangsu province has …`) is one name to weigh.
    let a = oneOfEachValue([...enLeft].filter((f) => f.type === type));
    let b = oneOfEachValue([...zhLeft].filter((f) => f.type === type));
    // A name swapped for one the pair names elsewhere (`Beijing … Shanghai` against `上海…上海`):
    // one side's only unmatched name against the other side's one extra repeat of a matched name.
    // Each side's repeats of this type that the other side does not repeat near them.
    const extraZh = () => repeatedZh.filter((f) => f.type === type && !repeatedBoth(f, repeatedEn, threshold, (o) => within(enNear(zhAt.get(f)!), enAt.get(o)!)));
    const extraEn = () => repeatedEn.filter((f) => f.type === type && !repeatedBoth(f, repeatedZh, threshold, (o) => within(zhNear(enAt.get(f)!), zhAt.get(o)!)));
    if (a.length === 1 && b.length === 0) b = extraZh();
    else if (b.length === 1 && a.length === 0) a = extraEn();
    else if (type === 'place' && a.length === 0 && b.length === 0) {
      // Every name matched, but each side repeats another one (`Xinjiang … Xinjiang alone` against
      // `新疆…仅甘肃一地`): the one extra repeat of each side, where there is one, is the name swapped.
      const ra = extraEn();
      const rb = extraZh();
      // Each repeat must be one more mention than the other side makes of that place, in any words
      // (`Serbia` inside `Statistical Office of the Republic of Serbia` is a mention too).
      if (ra.length === 1 && rb.length === 1 && ra[0]!.value !== rb[0]!.value) {
        const enSide = sideText(context, pair.en);
        const zhSide = sideText(context, pair.zh);
        const counts = (value: unknown): [number, number] => [mentions(enSide, en, value), mentions(zhSide, zh, value)];
        const [enA, zhA] = counts(ra[0]!.value);
        const [enB, zhB] = counts(rb[0]!.value);
        if (enA > zhA && zhB > enB) [a, b] = [ra, rb];
      }
    }
    if (type === 'person' && a.length === 0 && b.length === 1 && [...enLeft].every((f) => f.type !== 'person')) {
      // The English name the rules did not find, read off the text by the Chinese name's first part.
      const y = b[0]!;
      const other = otherSurname(sideText(context, pair.en), y) ?? surnameSpeaker(context, pair, y);
      if (other !== undefined) {
        zhLeft.delete(y);
        emit('error', `EN "${other}" vs ${describe('ZH', y)}: different persons`, [], [y]);
      }
      continue;
    }
    // `Seville … Europe` against `马德里`: the one name of the other side's tier among several (a
    // continent the translation left out stands beside the city it swapped).
    // `Chengdu, Sichuan province`: the province after a comma qualifies the place before it, and a
    // translation may leave it out; it is no place of its own to weigh.
    // `south-east Asia` (read `Asia`) against `东南亚`: a region and a part of it named by its words are
    // one place as the two sides name it, no other to weigh.
    if (type === 'place' && (a.length > 1 || b.length > 1)) {
      const [keptA, keptB] = withoutRegionPairs(a, b, (f) => {
        const block = context.block(f.block);
        return block === undefined ? '' : block.text[f.start - block.start - 1] ?? '';
      });
      for (const x of a) if (!keptA.includes(x)) enLeft.delete(x);
      for (const y of b) if (!keptB.includes(y)) zhLeft.delete(y);
      [a, b] = [keptA, keptB];
    }
    // `Lai will be sworn in, succeeding Tsai Ing-wen` against `賴清德…馬英九`: a Chinese person whose
    // name's word the English writes alone, outside its one unmatched person (a surname no rule
    // reads as a name), is there on both sides, no person to weigh.
    if (type === 'person' && a.length === 1 && b.length > 1) {
      const rest = sideText(context, pair.en).replace(a[0]!.raw, ' ');
      const said = b.filter((y) => String(y.value).split(/[\s-]+/).some((w) => w.length >= 2 && /^[a-z]+$/.test(w)
        && new RegExp(`\\b${w[0]!.toUpperCase()}${w.slice(1)}\\b`).test(rest)));
      if (said.length > 0 && said.length < b.length) b = b.filter((y) => !said.includes(y));
    }
    // `Wang Ming-hsiung said Yuan Yuan …` against `園長曹建新表示…圓圓`: an English name whose pinyin
    // the Chinese text writes in characters no rule read as a name (a panda's, a pet name) is there
    // on both sides, no person to weigh.
    if (type === 'person' && a.length > 1 && b.length === 1) {
      const runs = hanRunsInPinyin(sideText(context, pair.zh));
      const written = a.filter((x) => pinyinInRuns(String(x.value), runs));
      if (written.length > 0 && written.length < a.length) a = a.filter((x) => !written.includes(x));
    }
    // `Shihmen Reservoir … as Taoyuan` against `石門水庫…`, `Ma On Shan` against `馬鞍山`: a Chinese
    // place the English writes in words no rule read as a place (a feature named after it, in
    // Wade-Giles or Cantonese) is there on both sides.
    if (type === 'place' && a.length > 0 && b.length > 0) {
      const enText = sideText(context, pair.en);
      const written = b.filter((y) => romanizedInText(enText, String(y.value)));
      for (const y of written) zhLeft.delete(y);
      if (written.length > 0) b = b.filter((y) => !written.includes(y));
    }
    if (type === 'place' && a.length > 1 && b.length === 1) a = a.filter((x) => !qualifyingProvince(context, x));
    // `South Guangdong … Guangzhou` against `东莞`: the province of the other side's one city is no
    // place of its own to weigh (the translation may leave it out).
    if (type === 'place' && a.length > 1 && b.length === 1) a = notParentsOf(a, b[0]!);
    else if (type === 'place' && b.length > 1 && a.length === 1) b = notParentsOf(b, a[0]!);
    // `Suzhou, Jiangsu` against `浙江杭州`: a province and a place on each side, weighed province
    // against province and place against place.
    if (type === 'place' && a.length === 2 && b.length === 2) {
      const pa = a.filter((x) => provinceKey(String(x.value)));
      const pb = b.filter((y) => provinceKey(String(y.value)));
      if (pa.length === 1 && pb.length === 1) {
        const [ca, cb] = [a.find((x) => x !== pa[0])!, b.find((y) => y !== pb[0])!];
        for (const [x, y] of [[pa[0]!, pb[0]!], [ca, cb]] as const) {
          if (!samePlaceTier(String(x.value), String(y.value))) continue;
          enLeft.delete(x);
          zhLeft.delete(y);
          emit('error', `${describe('EN', x)} vs ${describe('ZH', y)}: different places`, [x], [y]);
        }
        continue;
      }
    }
    if (type === 'place' && a.length > 1 && b.length === 1) a = a.filter((x) => samePlaceTier(String(x.value), String(b[0]!.value)));
    else if (type === 'place' && b.length > 1 && a.length === 1) b = b.filter((y) => samePlaceTier(String(a[0]!.value), String(y.value)));
    // `Hangzhou's Yuhang district` against `苏州`: of several places of one tier as a county's key a
    // city shares reads, the one place of the other's own tier (a city), where there is one.
    if (type === 'place' && a.length > 1 && b.length === 1) a = onlyOne(a.filter((x) => ownTier(String(x.value)) === ownTier(String(b[0]!.value)))) ?? a;
    else if (type === 'place' && b.length > 1 && a.length === 1) b = onlyOne(b.filter((y) => ownTier(String(y.value)) === ownTier(String(a[0]!.value)))) ?? b;
    // `Hebei and Shanxi` against `河北与陕西`: among several, the one place whose name is the other's
    // but for a letter or two (Shanxi and Shaanxi, Hubei and Hebei, Austria and Australia), the
    // look-alike a translator takes for it.
    if (type === 'place' && a.length > 1 && b.length === 1) a = oneLookAlike(a, b[0]!) ?? a;
    else if (type === 'place' && b.length > 1 && a.length === 1) b = oneLookAlike(b, a[0]!) ?? b;
    if (a.length !== 1 || b.length !== 1) continue;
    const [x, y] = [a[0]!, b[0]!];
    if (type === 'person'
      ? (!chineseNames(x, y) && !oneNameChanged(String(x.value), String(y.value), y.raw) && !foreignNamesApart(x, y)) || spelledAlike(x.raw, String(y.value)) || ownSpelling(String(x.value), String(y.value))
        || surnameRendered(x, y)
      : !samePlaceTier(String(x.value), String(y.value)) || secondPlaceKey(foldTraditional(y.raw)) === x.value) continue;
    for (const f of [...enLeft]) if (f.type === type && f.value === x.value) enLeft.delete(f);
    for (const f of [...zhLeft]) if (f.type === type && f.value === y.value) zhLeft.delete(f);
    emit('error', `${describe('EN', x)} vs ${describe('ZH', y)}: different ${TYPE_WORD[type]}s`, [x], [y]);
  }
  // `Keio University` against `早稻田大学`: one organization left on each side, of one kind (a word
  // shared, `university`), whose own names have nothing in common.
  let orgsEn = oneBodyOnce([...enLeft].filter((f) => f.type === 'org'), enLeft);
  let orgsZh = oneBodyOnce([...zhLeft].filter((f) => f.type === 'org'), zhLeft);
  // One organization on one side against several on the other: the one of its kind among them
  // (`US Department of Defense` against `美国能源部` and `MP材料公司`: the department).
  // A well-known body with no kind word (`Tencent`) against the one well-known body among them
  // (`敦煌研究院与华为`: Huawei).
  // A Chinese body the English text gives in words of its own, in lower case (`上海市公安局`, `the
  // Shanghai public security bureau`), is there on both sides: no counterpart to weigh; so is a
  // well-known body the English names by the head word of its English name (`機管局`, `The
  // authority said`).
  if (orgsEn.length >= 1 && orgsZh.length > 1) {
    const words = englishWordsOutside(sideText(context, pair.en), orgsEn);
    const unsaid = orgsZh.filter((y) => !String(y.value).split(' ').every((w) => words.has(w)) && !headNamed(y, words));
    if (unsaid.length > 0) orgsZh = unsaid;
  }
  // The English bodies before one of the Chinese one's kind was chosen among them: the others may
  // name the part of it the Chinese names right after it (`the University of Hong Kong's School of
  // Biological Sciences` against `香港中文大學生物科學學院`, where the part is no name of its own).
  const enBodies = orgsEn.length;
  if (orgsEn.length === 1 && orgsZh.length > 1) orgsZh = ofKindOrWellKnown(orgsEn[0]!, orgsZh);
  else if (orgsZh.length === 1 && orgsEn.length > 1) orgsEn = ofKindOrWellKnown(orgsZh[0]!, orgsEn);
  // Several of that kind: the one named by a place as the other is (`Centre for Health Protection`
  // and `Kwun Tong Community Health Centre` against `黃大仙社區健康中心`).
  if (orgsEn.length === 1 && orgsZh.length > 1) orgsZh = onlyOne(orgsZh.filter((y) => placeNamed(orgsEn[0]!, y))) ?? orgsZh;
  else if (orgsZh.length === 1 && orgsEn.length > 1) orgsEn = onlyOne(orgsEn.filter((x) => placeNamed(x, orgsZh[0]!))) ?? orgsEn;
  // A name by its initials (`MTR Corporation`, 港鐵公司) shows nothing of the words the Chinese name renders.
  // A place the English names apart (`the University of Toulouse in France`) is no word of the
  // Chinese name's own (`法国里昂大学`, france lyon university). A part of the Chinese body named
  // after it (`教育部高校学生司`) may be the English body (`Department of College Student Affairs`).
  // A part named after the Chinese body may be the English body, unless the English names the part apart.
  if (orgsEn.length === 1 && orgsZh.length === 1 && !byInitials(orgsEn[0]!.raw) && otherOrganization(orgsEn[0]!, orgsZh[0]!, placesEn(), glossesOfZh(orgsZh[0]!))
    && (enBodies > 1 || !partNamedAfter(context, orgsZh[0]!))) {
    const [x, y] = [orgsEn[0]!, orgsZh[0]!];
    enLeft.delete(x);
    zhLeft.delete(y);
    emit('warning', `${describe('EN', x)} vs ${describe('ZH', y)}: different organizations of one kind`, [x], [y]);
  } else if (orgsEn.length === 1 && orgsZh.length === 1 && wellKnownApart(orgsEn[0]!, orgsZh[0]!, sideText(context, pair.en), sideText(context, pair.zh))
    && !namedByKind(sideText(context, pair.en), orgsZh[0]!) && !anaphorBefore(context, pair, orgsZh[0]!)) {
    // `Goldman Sachs` against `摩根士丹利`: two bodies the lists name, whatever their kinds.
    const [x, y] = [orgsEn[0]!, orgsZh[0]!];
    enLeft.delete(x);
    zhLeft.delete(y);
    emit('warning', `${describe('EN', x)} vs ${describe('ZH', y)}: different organizations`, [x], [y]);
  } else if (orgsEn.length === 1 && orgsZh.length === 1 && officialNamesApart(context, pair, orgsEn[0]!, orgsZh[0]!, glossesOfZh(orgsZh[0]!))) {
    // `Ministry of Finance` against `国家税务总局` (State Taxation Administration): two bodies by their official names.
    const [x, y] = [orgsEn[0]!, orgsZh[0]!];
    enLeft.delete(x);
    zhLeft.delete(y);
    emit('warning', `${describe('EN', x)} vs ${describe('ZH', y)}: different organizations`, [x], [y]);
  }
  if (oneSided !== 'off') {
    for (const a of enLeft) emit(oneSided, `${describe('EN', a)} is not named in the Chinese`, [a], []);
    for (const b of zhLeft) emit(oneSided, `${describe('ZH', b)} is not named in the English`, [], [b]);
  }
  return findings;
}

/** The pinyin of each run of Han characters of `text`, with no spaces (`圓圓` → `yuanyuan`). */
function hanRunsInPinyin(text: string): string[] {
  return (text.match(/\p{Script=Han}+/gu) ?? []).map(pinyinWord);
}

/** Whether the pinyin of a run of Han characters (`hanRunsInPinyin`) holds a romanized name's syllables, spaces and hyphens dropped (`yuan yuan` in `圓圓`). */
function pinyinInRuns(name: string, runs: readonly string[]): boolean {
  const joined = name.replace(/[\s'’-]+/g, '');
  return /^[a-z]+$/.test(joined) && runs.some((run) => run.includes(joined));
}

/** The length of the possessive `'s` right after a fact, with the blank after it (`Thailand's state`), or 0. */
function possessiveAfter(context: CheckContext, f: Fact): number {
  const block = context.block(f.block);
  if (!block) return 0;
  return /^['’]s\b ?/.exec(block.text.slice(f.end - block.start, f.end - block.start + 3))?.[0].length ?? 0;
}

/** Whether a place stands in the possessive right before an organization of its side (`China's National … Administration`). */
function ownerOfBody(context: CheckContext, place: Fact, facts: readonly Fact[]): boolean {
  const possessive = possessiveAfter(context, place);
  return possessive === 3 && facts.some((f) => f.type === 'org' && f.block === place.block && f.start === place.end + possessive);
}

/** Most characters between a title's brackets and a place inside it (`《美国医学会杂志·儿科学》`). */
const TITLE_REACH = 40;

/** The facts with the first of each value: a name said twice on one side stands once. */
function oneOfEachValue(facts: readonly Fact[]): Fact[] {
  const seen = new Set<Fact['value']>();
  const out: Fact[] = [];
  for (const f of facts) {
    if (seen.has(f.value)) continue;
    seen.add(f.value);
    out.push(f);
  }
  return out;
}

/**
 * Whether a fact stands in a wire's credit in brackets, the reporter named before the place and
 * the day (`（中央社記者林佳慧台北30日電）`, `（记者 王晨 北京报道）`): the byline the English gives
 * on a line of its own, no name of the paragraph to weigh.
 */
function inWireCredit(context: CheckContext, f: Fact): boolean {
  const block = context.block(f.block);
  if (!block) return false;
  const start = f.start - block.start;
  const open = Math.max(block.text.lastIndexOf('（', start), block.text.lastIndexOf('(', start));
  if (open < 0 || start - open > CREDIT_REACH) return false;
  const close = block.text.slice(open, open + CREDIT_REACH * 2).search(/[)）]/);
  return close > start - open && WIRE_CREDIT.test(block.text.slice(open, open + close + 1));
}

/** A wire's credit in brackets: a reporter's label, then a place and a day or a report's word. */
const WIRE_CREDIT = /^[(（][^()（）]{0,8}(?:记者|記者|通讯员|通訊員)[^()（）]{1,24}(?:日(?:电|電|讯|訊)|报道|報導|报导)[)）]$/;
/** Most characters from a credit's bracket to the name in it. */
const CREDIT_REACH = 16;

/**
 * Whether a Chinese place stands inside a title in 《》 (`《美国医学会杂志·儿科学》`): a word of the
 * work's name, which the English may give in its own words (`JAMA Pediatrics`); left without a
 * partner, it is no place the text speaks of.
 */
function inTitle(context: CheckContext, f: Fact): boolean {
  const block = context.block(f.block);
  if (!block?.text.includes('《')) return false;
  const start = f.start - block.start;
  const end = f.end - block.start;
  const open = block.text.lastIndexOf('《', start);
  if (open < 0 || start - open > TITLE_REACH || block.text.lastIndexOf('》', start) > open) return false;
  const close = block.text.indexOf('》', end);
  return close >= 0 && close - end <= TITLE_REACH && !block.text.slice(end, close).includes('《');
}

/**
 * Whether two unmatched person names are both Chinese names, so that their differing keys
 * mean different people: the English in pinyin (`Zhang Li`) or a surname alone, the Chinese two to four
 * characters with no transliteration dot (`王立`). Transliterated foreign names are left
 * alone: their spelling varies too much to call a mismatch.
 */
/**
 * Whether an English name spells the Chinese one in a spelling of its own, as people in Taiwan and
 * abroad register theirs (`Lin Hong-dow` for 林鴻道, hongdao): the same surname, the given name's
 * syllables as many, one of them spelling the same syllable and the other opening on the same letter
 * (`dow`, which no table of syllables spells).
 */
function ownSpelling(en: string, zh: string): boolean {
  const words = en.split(' ');
  const zhWords = zh.split(' ');
  if (words.length !== 2 || zhWords.length !== 2 || words[0] !== zhWords[0] || !words[1]!.includes('-')) return false;
  // Syllables of pinyin, one unlike its counterpart in every spelling (`Shu-fen` against shufang:
  // fen is 芬's, not 芳's), are another name, no spelling of one's own.
  if (pinyinGivenApart(words[1]!, zhWords[1])) return false;
  const given = words[1]!.split('-');
  const pinyin = given.length === 2 ? splitPinyin(zhWords[1]!, 2) : undefined;
  if (!pinyin) return false;
  const [a, b] = [given[0]!, given[1]!];
  const [c, d] = [pinyin[0]!, pinyin[1]!];
  const alike = (x: string, y: string) => x === y || romanizedNamesApart(x, y) === false;
  return (alike(a, c) && b.startsWith(d[0]!)) || (alike(b, d) && a.startsWith(c[0]!));
}

function chineseNames(en: Fact, zh: Fact): boolean {
  // Four characters of Han with no surname of two (`田边爱子`, Tanabe Aiko): a Japanese name, which
  // the English spells by its own readings, not by pinyin.
  if (/^\p{Script=Han}{4}$/u.test(zh.raw) && chineseSurnameAt(zh.raw, 0)?.length !== 2) return false;
  let words = String(en.value).split(' ');
  // A compound surname in two words, as Hong Kong and Macao write it (`Au Yeung`, `Ao Ieong`), is one surname.
  if (words.length >= 3 && compoundSurnameWords(words[0]!, words[1]!)) words = [words[0]! + words[1]!, ...words.slice(2)];
  // An English given name before a Hong Kong name (`Jack So Chak-kwong`): the Chinese name is the rest.
  // Its letters may also spell pinyin (`Joanne`: jo an ne); a given name of the lists is the English one.
  if (words.length === 3 && words[2]!.includes('-') && (!romanizedWord(words[0]!) || givenNames().has(words[0]!))) words = words.slice(1);
  // The same before a Macao name, its given name's syllables apart (`Ella Lei Cheng I` 李靜儀).
  else if (words.length === 4 && !romanizedWord(words[0]!) && givenNames().has(words[0]!) && words.slice(1).every(romanizedWord)) words = words.slice(1);
  const zhWords = String(zh.value).split(' ');
  // A person named by surname alone (`a man surnamed Chen`, `Mr Wang`) against a Chinese name or
  // a withheld one (`林某`): another surname is another person.
  if (words.length === 1) {
    return surnameSpelling(words[0]!) && /^\p{Script=Han}{1,4}$/u.test(zh.raw) && zhWords.every(romanizedWord) && !looksTransliterated(zh.raw)
      && !sameSurname(words[0]!, zhWords[0]!);
  }
  if (words.length < 2 || words.length > 3) return false;
  // A Chinese name CC-CEDICT gives an English given name (`劉德華`, Andy Lau) against an English given
  // name with another surname (`Jacky Cheung`): another person, unless the English surname spells the
  // Chinese one (`Andy Liu`).
  if (words.length === 2 && zhWords.length === 2 && givenNames().has(words[0]!) && givenNames().has(zhWords[0]!) && nativeChineseName(zh.raw)) {
    const surname = chineseSurnameAt(foldTraditional(zh.raw), 0);
    return surname !== undefined && surnameSpelling(words[1]!) && words[1] !== zhWords[1] && !sameSurname(words[1]!, pinyinWord(surname));
  }
  // A name of transliteration characters (`克雷桑`) is a foreign person's, whatever its pinyin spells.
  if (!nativeChineseName(zh.raw) || !zhWords.every(romanizedWord)) return false;
  const surname = zhWords[0]!;
  // An English given name with a Chinese surname (`Aria Chen`, `Alan Choi`): the name of a Chinese
  // person who goes by it, whichever side of the surname it stands; another surname is another person.
  // A surname spelled by a southern language's sound (`Tan Hui Ling` 陈慧玲, `Goh Siew Lan` 吴秀兰):
  // the given names are spelled by that sound too, which no table here reads.
  // A given name joined by a hyphen after a surname spelled by pinyin or Wade-Giles, as Taiwan
  // writes names (`Chang Kuo-wei` 張國煒), is read syllable by syllable: one of them unlike the
  // Chinese name's is another person of that surname (張國華). Hong Kong's spellings (`Tsang
  // Ka-yan` 曾嘉欣) follow Cantonese sounds no table here reads whole, and are not weighed so.
  if (words.length === 2 && syllableSound(words[0]!) === syllableSound(surname) && hyphenatedGivenApart(words[1]!, zhWords[1])) return true;
  if (words[0] !== surname && (pinyinGivenName(words.slice(1)) ? samePinyinSurname(words[0]!, surname) : sameSurname(words[0]!, surname))) return false;
  if (westernOrderSameSurname(en.raw, surname)) return false;
  // Given names so spelled after the southern spelling of another surname (`Goh Siew Lan` 林秀兰) name another person.
  if (southernSurname(words[0]!)) return true;
  const given = words.findIndex(englishGivenName);
  // The other word must spell a Chinese surname at all (`Rajiv Menon` against 梅农 is one foreign name rendered).
  // A surname in a spelling no syllable table reads (`Josephine Teo` 杨莉明, Teochew): such
  // spellings stand for several surnames each, more than `SOUTHERN_SPELLINGS` holds, and no given
  // name in Chinese sounds beside it to weigh.
  if (given >= 0) {
    const family = words[1 - given];
    return words.length === 2 && family !== undefined && surnameSpelling(family) && (PINYIN_SURNAMES.has(family) || isRomanizedSyllable(family))
      && !sameSurname(family, surname);
  }
  return words.every(romanizedWord);
}

/**
 * Whether an English name of two words in the Western order ends on the Chinese name's surname after
 * a given name of more than one syllable that is no surname (`Dane Cheng` 程鼎一): an English given
 * name, as Hong Kong people go by one, even where its letters also spell pinyin (`Dane`: da ne). A
 * pinyin name in that order after its own surname (`Wang Cheng`), or of one syllable (`Wei Cheng`), is not read so.
 */
function westernOrderSameSurname(raw: string, surname: string): boolean {
  const words = raw.trim().split(/\s+/);
  if (words.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return false;
  const first = words[0]!.toLowerCase();
  const last = words[1]!.toLowerCase();
  if (isRomanizedSyllable(first) || surnameSpelling(first)) return false;
  return last === surname || sameSurname(last, surname);
}

/**
 * Whether an English name of two words (`Tu Wei`, `Chan Fan`, `Lee Kar-yun`), or of three as Macao
 * writes them (`Ma Iao Hang`), spells a Chinese one
 * (pinyin key `du wei`) syllable by syllable, in either order of its words: each syllable of the
 * same sound (`syllableSound`: pinyin and Wade-Giles, `Tu` 杜 du) or a Hong Kong spelling of it
 * (`cantoneseSyllableMatches`: `Chan` 陈 chen). One person, whichever spelling the English took.
 */
function spelledAlike(enRaw: string, zhKey: string): boolean {
  const zh = zhKey.split(' ');
  let en = enRaw.trim().toLowerCase().split(/\s+/);
  // A Macao name writes its given name's syllables apart (`Ma Iao Hang` 馬有恆): one given name.
  if (en.length === 3 && !en.some((w) => w.includes('-'))) en = [en[0]!, `${en[1]}-${en[2]}`];
  if (zh.length !== 2 || en.length !== 2) return false;
  const same = (a: string, b: string): boolean => syllableSound(a) === syllableSound(b) || cantoneseSyllableMatches(a, b);
  for (const [family, given] of [[en[0]!, en[1]!], [en[1]!, en[0]!]] as const) {
    if (!isRomanizedSyllable(family) || !same(family, zh[0]!)) continue;
    for (let count = 1; count <= 2; count++) {
      const zhGiven = splitPinyin(zh[1]!, count);
      const parts = given.includes('-') ? given.split('-') : splitRomanized(given, count);
      if (zhGiven && parts?.length === count && parts.every((p, i) => same(p, zhGiven[i]!))) return true;
    }
  }
  return false;
}

/**
 * Whether the given name after a surname is spelled by pinyin, by letters no Cantonese, Hokkien or
 * Wade-Giles spelling writes (`Xueling`, `Qiang`, `Zhiwei`): the surname before it is pinyin too,
 * and is weighed by pinyin alone (`Sun Xueling` against 沈颖: sun is no shen, whatever Cantonese `Sun` stands for).
 */
function pinyinGivenName(given: readonly string[]): boolean {
  return given.length > 0 && given.every((w) => isPinyinWord(w.replace(/-/g, ''))) && given.some((w) => /^(?:x|q|zh)|-(?:x|q|zh)/.test(w));
}

/** Whether a surname spelled by pinyin (`sun`) is the pinyin of a Chinese surname (`shen`): by its spelling or its sound. */
function samePinyinSurname(english: string, pinyin: string): boolean {
  return spellsSurname(english, pinyin) || syllableSound(english) === syllableSound(pinyin);
}

/**
 * Whether an English surname spells a Chinese one (given in pinyin): the pinyin, a southern
 * spelling (`Tan`, `Ong`, `Choi`), a Hong Kong spelling by the sound correspondences of
 * Cantonese (`Lau` 刘 liu), or a Wade-Giles spelling, as Taiwan writes names (`Tsai` 蔡 cai,
 * `Hsu` 徐 xu, `Chang` 张 zhang).
 */
function sameSurname(english: string, pinyin: string): boolean {
  return spellsSurname(english, pinyin)
    || (isRomanizedSyllable(english) && (cantoneseSyllableMatches(english, pinyin) || syllableSound(english) === syllableSound(pinyin)));
}

/** A word of a Chinese name romanized: pinyin, or syllables joined by hyphens as Taiwan and Hong Kong write given names (`Wan-an`, `Ing-wen`). */
function romanizedWord(word: string): boolean {
  return isPinyinWord(word) || (word.includes('-') && word.split('-').every((part) => isPinyinWord(part) || isRomanizedSyllable(part)))
    || isRomanizedSyllable(word);
}

/**
 * Whether a transliterated Chinese name (`默克尔`, `奥拉夫·肖尔茨`) and an English name are far apart
 * by the transliteration tables (`Scholz` against `默克尔`): another foreign person put in. A
 * rendering the tables explain only in part (`保罗` Paul) is not far apart, nor is a Chinese name
 * in pinyin another person's rendering.
 */
function foreignNamesApart(en: Fact, zh: Fact): boolean {
  const raw = zh.raw.trim();
  const parts = raw.split(NAME_DOT);
  // A part of one character is a name the extractor cut short (`保罗·基` of 保罗·基廷): no evidence.
  if (parts.some((part) => part.length < 2)) return false;
  if (parts.length < 2 && !(raw.length >= 3 && looksTransliterated(raw))) return false;
  if (!/^\p{Lu}/u.test(en.raw.trim())) return false;
  // A Chinese name in pinyin (`Wu Lei`) is no rendering of a foreign name: the two name two people
  // the extractors each found on one side only (`前锋克雷桑…武磊` against `Cryzan… Wu Lei`).
  const words = String(en.value).split(' ');
  if (words.length >= 2 && words.every(isPinyinWord)) return false;
  const zhWords = String(zh.value).split(' ');
  // A Chinese name a foreigner takes, a surname of one syllable and a given name that sounds like
  // the English one (`Ryan Holt`, 何瑞安 he ruian): one person, whatever the surname renders.
  if (words.length === 2 && zhWords.length === 2 && !NAME_DOT.test(raw) && raw.length === 3 && soundsAlike(words[0]!, zhWords[1]!)) return false;
  // A name the Chinese gives family name first, as Hungarian writes its own (`Péter Szijjártó`,
  // 西雅尔托·彼得), is weighed in that order too.
  // A name the Chinese gives short, its first names without the last (`Muhammad Irfan Rahman`,
  // 穆罕默德·伊尔凡, as Malay and Arabic names drop the father's name), is weighed by those.
  if (words.length > zhWords.length && zhWords.length >= 2 && !renderedApart(words.slice(0, zhWords.length), zhWords)) return false;
  // The last names alike, a word before them the Chinese does not render (`Curator Sophie Marchand`,
  // 苏菲·马尔尚: a role read into the name at a sentence's start, or a first name dropped).
  if (words.length > zhWords.length && zhWords.length >= 2 && !renderedApart(words.slice(-zhWords.length), zhWords)) return false;
  return renderedApart(words, zhWords) && (words.length !== 2 || zhWords.length !== 2 || renderedApart(words, [zhWords[1]!, zhWords[0]!]));
}

/** Whether the words of an English name and the pinyin of its Chinese rendering, in their orders, name two people (`foreignNamesApart`). */
function renderedApart(words: readonly string[], zhWords: readonly string[]): boolean {
  // The surnames begin with sounds a transliteration renders each other by (`Hawes`, 霍斯 huosi):
  // the rendering may be loose, no evidence of another person.
  // Unless both give a first name and those begin with sounds no transliteration renders each
  // other by (`Mostafa Waziri` against `扎希·哈瓦斯`, zhaxi hawasi).
  const firstNamesApart = words.length >= 2 && zhWords.length >= 2 && !soundsAlike(words[0]!, zhWords[0]!);
  if (soundsAlike(words[words.length - 1]!, zhWords[zhWords.length - 1]!) && !firstNamesApart) return false;
  return entityMatch(words.join(' '), zhWords.join(' ')) <= FOREIGN_APART;
}

/**
 * Pinyin initials a transliteration gives each English initial (`Robert` 罗伯特 luo, `Hughes` 休斯
 * xiu, `Victor` 维克托 wei, `Thomas` 托马斯 tuo): from the standard tables of transliteration of
 * English names into Chinese (the Xinhua renderings), by the first letter or two.
 */
const RENDERED_INITIALS: Readonly<Record<string, readonly string[]>> = {
  b: ['b', 'p'], p: ['p', 'b', 'f'], d: ['d', 't'], t: ['t', 'd', 's'], g: ['g', 'j', 'k', 'q', 'h'], k: ['k', 'q', 'g', 'c'],
  c: ['k', 'q', 'c', 's', 'x', 'ch', 'zh'], q: ['k', 'q'], j: ['j', 'zh', 'q', 'y', 'h'], h: ['h', 'x', 'f'], w: ['w', 'h', 'f'],
  v: ['w', 'f', 'b'], f: ['f', 'h'], l: ['l', 'r'], r: ['l', 'r'], m: ['m'], n: ['n'], s: ['s', 'x', 'sh', 'z', 'c', 'q'],
  z: ['z', 'c', 's', 'j'], x: ['k', 's', 'x', 'z'], y: ['y', 'j'],
};
const PINYIN_INITIAL = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/;

/** Whether an English name's first sound is one a transliteration renders the pinyin's first sound by, and the two are not far apart. */
function soundsAlike(en: string, pinyin: string): boolean {
  const a = en.toLowerCase();
  const b = pinyin.toLowerCase();
  const initial = PINYIN_INITIAL.exec(b)?.[0];
  const first = a.startsWith('ph') ? 'f' : a.startsWith('th') ? 't' : a.startsWith('ch') ? 'c' : a[0]!;
  // Names opening on a vowel are rendered by a vowel, y or w (`Ellen` 埃伦 ai, `Owen` 欧文 ou).
  const opens = /^[aeiou]/.test(a) ? initial === undefined || initial === 'y' || initial === 'w'
    : initial !== undefined && (RENDERED_INITIALS[first]?.includes(initial) ?? false) && endsAlike(a, b);
  return opens && entityMatch(a, b) >= LOOSE_RENDERING;
}

/**
 * The pinyin endings a transliteration gives an English name's last sound (`-s` 斯 si, `-n` 恩 en, 森
 * sen, 逊 xun, `-d` 德 de, `-k` 克 ke, `-l`/`-r` 尔 er, `-t` 特 te, `-m` 姆 mu), from the same tables;
 * a vowel ends on a vowel.
 */
const RENDERED_ENDINGS: Readonly<Record<string, RegExp>> = {
  s: /(?:si|ci|zi|shi|xi|s)$/, z: /(?:si|ci|zi)$/, x: /(?:si|ke)$/, n: /n$/, d: /(?:de|te|d)$/, t: /(?:te|de|t)$/, k: /(?:ke|ge|ka)$/, c: /(?:ke|ge)$/,
  g: /(?:ge|ke|g)$/, l: /(?:er|le|li|l)$/, r: /(?:er|r)$/, m: /(?:mu|m|n)$/, p: /(?:pu|bu|p)$/, b: /(?:bu|pu|b)$/, f: /(?:fu|f)$/, v: /(?:fu|wu)$/,
  w: /[aeiouv]$/, h: /[aeiouvn]$/,
};

/** Whether a pinyin rendering ends as the English name's last sound is rendered (`Hawes` huosi; `Johnson` against jiaxiya, no). */
function endsAlike(en: string, pinyin: string): boolean {
  const word = en.replace(/(?<=[^aeiou])e$/, '').replace(/ck$/, 'k');
  const last = word[word.length - 1];
  if (last === undefined) return false;
  if (/[aeiouy]/.test(last)) return /[aeiouv]$/.test(pinyin);
  return RENDERED_ENDINGS[last]?.test(pinyin) ?? true;
}

/** Similarity from which a loose rendering that opens on the right sound is one (`Hawes` 霍斯 0.52; `Brewster` against 彼得罗夫 0.31). */
const LOOSE_RENDERING = 0.45;

/**
 * Whether the English names a Chinese person by the surname alone, as news does after the first
 * mention (`… ," Chan said`, `Chan noted that`): a capitalized word that spells the Chinese name's
 * surname (`sameSurname`: pinyin or a southern spelling), with no capitalized word right before or
 * after it (`Chan Ho-him`, `Jackie Chan` name someone in full).
 */
function namedBySurname(text: string, zh: Fact): boolean {
  if (!nativeChineseName(zh.raw.trim())) return false;
  const surname = String(zh.value).split(' ')[0]!;
  for (const m of text.matchAll(CAPITALIZED_WORD)) {
    if (!sameSurname(m[0].toLowerCase(), surname)) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (!NAME_WORD_BEFORE.test(before) && !NAME_WORD_AFTER.test(after)) return true;
  }
  return false;
}

/** Whether a Chinese name is a Chinese person's own: two to four Han, not of transliteration characters (`克雷桑`). */
function nativeChineseName(raw: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(raw) && !looksTransliterated(raw);
}

/** A capitalized word of letters. */
const CAPITALIZED_WORD = /\b\p{Lu}\p{Ll}+\b/gu;
/** A capitalized word (or a hyphenated part) right before a name's word, with one space between. */
const NAME_WORD_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \t]$/u;
/** A capitalized word right after a name's word (`Chan Ho-him`), or a hyphen that joins one (`Chan-wai`). */
const NAME_WORD_AFTER = /^(?:[ \t]+\p{Lu}|-\p{L})/u;

/** Two capitalized words in a row: a given name and a surname, as English writes a person. */
const EN_FULL_NAME = /\b(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)/gu;

/**
 * The English full name (`Boris Johnson`) whose first name is the first part of a transliterated
 * Chinese name (`鲍里斯·加西亚`) and whose surname is far from its last part, when the English
 * holds no full name that matches the Chinese one; else undefined. `text` is the English side.
 */
function otherSurname(text: string, zh: Fact): string | undefined {
  const parts = String(zh.value).split(' ');
  if (parts.length !== 2 || zh.raw.split(NAME_DOT).some((p) => p.length < 2)) return undefined;
  // A person the English names by initials and surname (`T.K. Chiang` 蔣東強): the surname is there.
  for (const m of text.matchAll(INITIALS_AND_SURNAME)) if (sameSurname(m[1]!.toLowerCase(), parts[0]!)) return undefined;
  let found: string | undefined;
  for (const m of text.matchAll(EN_FULL_NAME)) {
    // A place of two words is no person (`Hong Kong-registered`), nor two words after a word of where (`a briefing in Hung Hom`).
    if (englishPlaceKey(`${m[1]!} ${m[2]!.replace(/-.*$/, '')}`) !== undefined) continue;
    if (WHERE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // A surname is one syllable, or a spelling of the Chinese one (`Lunar New Year` holds no `Lin`).
    const family = m[1]!.toLowerCase();
    if (!isRomanizedSyllable(family) && !spellsSurname(family, parts[0]!)) continue;
    // A second word no system of romanization writes (`Jan Craps`) is no Chinese given name: a
    // Western name, and the Chinese name may be one its bearer takes (杨克).
    const given = m[2]!.toLowerCase().replace(/['’]s$/, '');
    if (!romanizedGivenName(given)) continue;
    const first = entityMatch(family, parts[0]!);
    if (first < 0.8) continue;
    const last = entityMatch(given, parts[1]!);
    if (last >= 0.8) return undefined;
    if (last <= FOREIGN_APART) found ??= `${m[1]!} ${m[2]!}`;
  }
  return found;
}

/** Initials and a surname (`T.K. Chiang`, `C. Y. Leung`): the surname. */
const INITIALS_AND_SURNAME = /\b(?:[A-Z]\.[ \t]?){1,3}[ \t]*([A-Z][a-z]+)\b/g;
/** A word of where right before two capitalized words: a place's name follows, no person's. */
const WHERE_BEFORE = /\b(?:in|at|near)[ \t]+$/;

/** Whether a word may be a Chinese given name romanized: pinyin whole or joined, or syllables of a romanization apart by hyphens (`Ka-wai`). */
function romanizedGivenName(word: string): boolean {
  return word.split('-').every((part) => isRomanizedSyllable(part) || isPinyinWord(part) || isJoinedPinyinWord(part));
}

/** A speaker named by a capitalized word alone, before or after the verb of speech (`said Chang.`, `Chang said`). */
const SPEAKER_ALONE = /\bsaid[ \t]+([A-Z][a-z]{1,7})\b(?![ \t]*[-A-Z])|(?<![A-Za-z][ \t]*)\b([A-Z][a-z]{1,7})[ \t]+(?:said|says|added|told)\b/g;
/** Words that open a sentence before a verb of speech and are no surname there. */
const NOT_A_SPEAKER = new Set(['he', 'she', 'it', 'we', 'they', 'you', 'who', 'this', 'that', 'police', 'officials']);

/**
 * A Chinese person against a speaker the English names by surname alone (`said Chang.`), the
 * surname of a person the English names in full elsewhere on the page (`Chang Chih-hao`), that is
 * no spelling of the Chinese surname (吴): the English name of that other speaker, else undefined.
 */
function surnameSpeaker(context: CheckContext, pair: Pair, zh: Fact): string | undefined {
  if (!nativeChineseName(zh.raw)) return undefined;
  const family = String(zh.value).split(' ')[0]!;
  let found: string | undefined;
  for (const m of sideText(context, pair.en).matchAll(SPEAKER_ALONE)) {
    const name = (m[1] ?? m[2])!;
    const lower = name.toLowerCase();
    if (NOT_A_SPEAKER.has(lower) || !surnameSpelling(lower)) continue;
    if (sameSurname(lower, family)) return undefined;
    const full = context.facts.find((f) => f.lang === 'en' && f.type === 'person' && fullNameOf(String(f.value), lower));
    if (full !== undefined) found ??= name;
  }
  return found;
}

/** Whether a person's key is a full name (two words or more) whose surname, first or last, is `surname`. */
function fullNameOf(key: string, surname: string): boolean {
  const words = key.split(' ');
  return words.length >= 2 && (words[0] === surname || words[words.length - 1] === surname);
}

/**
 * Similarity at or under which a transliteration and an English name are two people: the
 * renderings of one name score 0.67 and up word by word even where a first name is rendered
 * loosely (`保罗` Paul), different names of shared sounds up to about 0.5.
 */
const FOREIGN_APART = 0.55;

/**
 * Whether an English person of a surname and a given name of hyphened syllables (`Lin Shu-fen`) and a
 * Chinese name of that surname (林淑芳, lin shufang) differ in the given name by `pinyinGivenApart`.
 */
function hyphenedGivenNamesApart(en: Fact, zh: Fact): boolean {
  if (en.type !== 'person' || zh.type !== 'person' || !String(en.value).includes('-')) return false;
  const words = String(en.value).split(' ');
  const zhWords = String(zh.value).split(' ');
  return words.length === 2 && zhWords.length === 2 && nativeChineseName(zh.raw) && syllableSound(words[0]!) === syllableSound(zhWords[0]!)
    && pinyinGivenApart(words[1]!, zhWords[1]);
}

/**
 * `hyphenatedGivenApart` where every syllable is one of pinyin (`shu-fen`): a syllable no system
 * writes (`dow` for 道) is a spelling of the person's own.
 */
function pinyinGivenApart(given: string, pinyin: string | undefined): boolean {
  return given.split('-').every(isPinyinWord) && hyphenatedGivenApart(given, pinyin);
}

/**
 * Whether a given name of syllables joined by hyphens (`kuo-wei`) is not the pinyin given name
 * (`guohua`): cut into as many syllables, one of them sounds unlike its counterpart by pinyin and
 * Wade-Giles (`syllableSound`) and by the sounds of Cantonese, while another sounds the same.
 */
function hyphenatedGivenApart(given: string, pinyin: string | undefined): boolean {
  if (pinyin === undefined || !given.includes('-')) return false;
  const syllables = given.split('-').map(givenSyllable);
  if (!syllables.every(isRomanizedSyllable) || syllables.some(cantoneseOnly)) return false;
  const zhSyllables = splitPinyin(pinyin, syllables.length);
  if (!zhSyllables) return false;
  const alike = syllables.map((x, i) => cantoneseSyllableMatches(x, zhSyllables[i]!) || syllableSound(x) === syllableSound(zhSyllables[i]!));
  return alike.some(Boolean) && !alike.every(Boolean) && syllables.every((x, i) => alike[i] === true || !nearSound(x, zhSyllables[i]!));
}

/** Two syllables whose sounds share all but one letter (`jeou` and `jiu`, `ih` and `yi`): spellings of one, not two. */
function nearSound(a: string, b: string): boolean {
  const x = syllableSound(a);
  const y = syllableSound(b);
  return y !== '' && x.startsWith(y.charAt(0)) && (x.includes(y.slice(1)) || y.includes(x.slice(1)) || x.slice(1).replace(/[aeiou]/g, '') === y.slice(1).replace(/[aeiou]/g, ''));
}

/**
 * Whether two transliterated names of two or three parts agree on one part and are far apart
 * on another (`Robert Habeck` against `罗伯特·施密特`): the same first name with another surname.
 * Spellings of one name stay close on every part (`Jochen Kopelke` ~ `约亨·科佩尔克`).
 */
function oneNameChanged(en: string, zh: string, zhRaw: string): boolean {
  const a = en.split(' ');
  const b = zh.split(' ');
  if (a.length !== b.length || a.length < 2 || a.length > 3) return false;
  // A Chinese name against an English given name with its surname (`Kevin Lin` against 林志明): the
  // English name the person goes by, not another person's.
  const nativeName = nativeChineseName(zhRaw.trim());
  // The given name first, then the Chinese surname in any of its spellings (`Joe Tsai` 蔡崇信 cai):
  // the words stand in the other order, and the given names are not to be weighed against each other.
  if (nativeName && a.length === 2 && sameSurname(a[1]!, b[0]!) && !sameSurname(a[0]!, b[0]!)) return false;
  const scores = a.map((word, i) => entityMatch(word, b[i]!));
  return scores.some((s) => s >= 0.75) && scores.some((s, i) => s <= FOREIGN_APART && !soundsAlike(a[i]!, b[i]!) && !(nativeName && englishGivenName(a[i]!)));
}

/**
 * Whether a word of an English name is a given name of English, not a Chinese one in pinyin: not
 * pinyin as pinyin writes it joined (`Aria`, which would be `A'ri'a`; `Kevin`), or an English given
 * name of two syllables or more (`Tina`, `Lisa`; a pinyin syllable such as `Jian` or `Hao` may be either).
 */
function englishGivenName(word: string): boolean {
  if (word.includes('-') || isRomanizedSyllable(word)) return false;
  return !isJoinedPinyinWord(word) || (givenNames().has(word) && /[aeiou][^aeiou]+[aeiou]/.test(word));
}

/**
 * The one Chinese name among `zh` (two to four characters, not transliterated) whose surname an
 * English name of two words spells after an English given name (`Mable Chan`, 陈美宝); undefined
 * if none or several.
 */
function goesBy(en: Fact, zh: ReadonlySet<Fact>): Fact | undefined {
  const words = en.raw.trim().split(/\s+/);
  if (words.length !== 2 || !englishGivenName(words[0]!)) return undefined;
  const surname = words[1]!.toLowerCase();
  let found: Fact | undefined;
  for (const y of zh) {
    const raw = y.raw.trim();
    if (y.type !== 'person' || !/^\p{Script=Han}{2,4}$/u.test(raw)) continue;
    // A name of transliteration characters that opens on a surname (`羅德恩`, 羅 Lo) may be a
    // Chinese name all the same: its surname is read from its first character.
    const folded = foldTraditional(raw);
    const opening = chineseSurnameAt(folded, 0);
    const family = opening !== undefined ? pinyinWord(opening) : looksTransliterated(folded) ? undefined : String(y.value).split(' ')[0];
    if (family === undefined || !sameSurname(surname, family)) continue;
    if (found) return undefined;
    found = y;
  }
  return found;
}

/** A Chinese name and its English name in brackets after it (`吴大伟（David Wu）`), or the other way round (`David Wu (吴大伟)`). */
const HAN_THEN_ENGLISH = /(\p{Script=Han}{2,4})[ \t]?[（(][ \t]?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)+)[ \t]?[）)]/gu;
const ENGLISH_THEN_HAN = /\b([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)+)[ \t]?[（(][ \t]?(\p{Script=Han}{2,4})[ \t]?[）)]/gu;

/**
 * The English names a text gives Chinese names in brackets, by the Chinese name folded to
 * simplified: each run of Han characters before the bracket is keyed by its last two, three and
 * four characters, as the name's start is not known (`51岁的吴大伟（David Wu）`).
 */
function namesGivenInBrackets(blocks: readonly { text: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (han: string, english: string, whole: boolean) => {
    const folded = foldTraditional(han);
    for (let n = whole ? folded.length : 2; n <= folded.length; n++) {
      const key = folded.slice(folded.length - n);
      const list = out.get(key);
      if (!list) out.set(key, [english]);
      else if (!list.includes(english)) list.push(english);
    }
  };
  for (const { text } of blocks) {
    if (!text.includes('(') && !text.includes('（')) continue;
    for (const m of text.matchAll(HAN_THEN_ENGLISH)) add(m[1]!, m[2]!, false);
    for (const m of text.matchAll(ENGLISH_THEN_HAN)) add(m[2]!, m[1]!, true);
  }
  return out;
}

/**
 * The English name a text gives the Chinese name (`known`) when it holds the surname of `raw`
 * (`Kevin Wu`) with another given name (`David Wu`), and none with the same one; else undefined.
 */
function otherEnglishName(raw: string, known: readonly string[] | undefined): string | undefined {
  if (!known) return undefined;
  const words = raw.trim().toLowerCase().split(/\s+/);
  const given = words[0]!;
  const surname = words[words.length - 1]!;
  let other: string | undefined;
  for (const name of known) {
    const parts = name.toLowerCase().split(/\s+/);
    if (parts[parts.length - 1] !== surname) continue;
    // The given name after a title the bracket holds too (`Chairman Young Liu (劉揚偉)`).
    if (parts.slice(0, -1).includes(given)) return undefined;
    other ??= name;
  }
  return other;
}

/** Whether an English and a Chinese organization are each named by a place, of one tier (`namedByPlaces`). */
function placeNamed(en: Fact, zh: Fact): boolean {
  const [wordsA, wordsB] = organizationWords(en, zh);
  return namedByPlaces(wordsA.filter((w) => !wordsB.includes(w)), wordsB.filter((w) => !wordsA.includes(w)));
}

/** A list of one fact as it is; undefined for any other length. */
function onlyOne(facts: Fact[]): Fact[] | undefined {
  return facts.length === 1 ? facts : undefined;
}

/**
 * Whether the own words of two organizations' names are each one place of the gazetteer, and the
 * two places of one tier (`samePlaceTier`). A key's words may stand in any order (keys sort them):
 * they name a place when, sorted, they are the sorted words of its key.
 */
function namedByPlaces(ownA: readonly string[], ownB: readonly string[]): boolean {
  const a = placeOfWords(ownA);
  const b = placeOfWords(ownB);
  return a !== undefined && b !== undefined && samePlaceTier(a, b);
}

/** Whether each list of words holds one place (a word, or two of a place's name), the two of one tier and apart. */
function onePlaceEachApart(ownA: readonly string[], ownB: readonly string[]): boolean {
  const a = onlyPlaceIn(ownA);
  const b = onlyPlaceIn(ownB);
  return a !== undefined && b !== undefined && a !== b && samePlaceTier(a, b);
}

/** The one place a few words name (a word, or two words of a place's name), or undefined for none or several. */
function onlyPlaceIn(words: readonly string[]): string | undefined {
  if (words.length > 6) return undefined;
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const one = englishPlaceKey(words[i]!);
    if (one !== undefined) found.add(one);
    for (let j = i + 1; j < words.length; j++) {
      const two = placesBySortedWords().get([words[i]!, words[j]!].sort().join(' '));
      if (two !== undefined) found.add(two);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

function placeOfWords(words: readonly string[]): string | undefined {
  if (words.length === 1) return words[0];
  return placesBySortedWords().get([...words].sort().join(' '));
}

/** The gazetteer's keys of several words, by their words sorted. */
const placesBySortedWords = lazyValue(() => {
  const out = new Map<string, string>();
  for (const { key } of PLACE_ENTRIES) if (key.includes(' ')) out.set(key.split(' ').sort().join(' '), key);
  return out;
});

/** Whether an English place stands after a comma and before `province` (`…, Sichuan province`). */
function qualifyingProvince(context: CheckContext, f: Fact): boolean {
  const block = context.block(f.block);
  if (!block) return false;
  const at = f.start - block.start;
  const end = f.end - block.start;
  return /,[ \t]*$/.test(block.text.slice(Math.max(0, at - 3), at)) && /^[ \t]+[Pp]rovince\b/.test(block.text.slice(end, end + 10));
}

/** Whether a gloss renders an English word: the word itself, or its lemma as the lexicon keeps glosses (`housing` for 房屋, glossed `hous`). */
function glossRenders(word: string, glosses: ReadonlySet<string>): boolean {
  if (glosses.has(word) || glosses.has(word.replace(/s$/, '')) || glosses.has(lemma(word))) return true;
  // A word of one stem with a gloss, of another part of speech (`supervisory`, 监督 to supervise).
  if (word.length < GLOSS_STEM) return false;
  const stem = word.slice(0, GLOSS_STEM);
  for (const g of glosses) if (g.length >= GLOSS_STEM && g.startsWith(stem)) return true;
  // The study of a gloss's thing (`oceanography`, 海洋 ocean; `seismology`, 地震 earthquake aside).
  for (const g of glosses) if (g.length >= 4 && word.startsWith(g) && STUDY_OF.test(word.slice(g.length))) return true;
  return false;
}

/** The endings of a field of study after its thing (`ocean` + `ography`, `climat` + `ology`). */
const STUDY_OF = /^(?:o?graphy|o?logy|ics)$/;

/** Letters a word and a gloss of another part of speech share at their start (`superv`). */
const GLOSS_STEM = 6;

/** Both sides' places without each region and the place of the other side its key's words hold or lie within (`asia`, `southeast asia`). */
function withoutRegionPairs(a: Fact[], b: Fact[], charBefore: (f: Fact) => string): [Fact[], Fact[]] {
  let outA = a;
  let outB = b;
  for (const x of a) {
    const kx = String(x.value);
    const y = outB.find((o) => {
      const ky = String(o.value);
      // `South Australia` against `南澳洲`, read `澳洲` after its direction: the part the direction names.
      const before = charBefore(o);
      const directed = before !== '' && kx.endsWith(` ${ky}`) && COMPASS_CHARACTERS[kx.slice(0, kx.length - ky.length - 1)]?.includes(before) === true;
      return kx !== ky && (directed || ((REGIONS.has(kx) || REGIONS.has(ky)) && (wordsWithin(kx, ky) || wordsWithin(ky, kx))));
    });
    if (y === undefined) continue;
    outA = outA.filter((o) => o !== x);
    outB = outB.filter((o) => o !== y);
  }
  return [outA, outB];
}

/** The Chinese character of each compass word that opens a place's name (`south` 南 of 南澳洲). */
const COMPASS_CHARACTERS: Readonly<Record<string, string>> = { south: '南', north: '北', east: '东東', west: '西' };

/** The places of `facts` but the province `other`'s place lies in, or all of them if nothing else is left. */
function notParentsOf(facts: Fact[], other: Fact): Fact[] {
  const parent = placeParent(String(other.value));
  const kept = facts.filter((f) => String(f.value) !== parent);
  return kept.length > 0 ? kept : facts;
}

/** The one fact of `facts` whose key looks like `other`'s (`lookAlike`), as a list; undefined if none or several do. */
function oneLookAlike(facts: Fact[], other: Fact): Fact[] | undefined {
  return onlyOne(facts.filter((f) => lookAlike(String(f.value), String(other.value))));
}

/**
 * The one place left in the English, the one government left in the Chinese named by a place of the
 * same tier, and that place's key (`Tainan` against `台中市政府`, keyed `government taichung`): where
 * neither side has another place or body left, and the English names the kind of body in lower
 * case (`city government`) or none.
 */
function bodyNamedByOtherPlace(enLeft: ReadonlySet<Fact>, zhLeft: ReadonlySet<Fact>, possessive: (f: Fact) => boolean): [Fact, Fact, string] | undefined {
  let place: Fact | undefined;
  let body: Fact | undefined;
  for (const f of enLeft) {
    if (f.type === 'org' || (f.type === 'place' && place)) return undefined;
    if (f.type === 'place') place = f;
  }
  for (const f of zhLeft) {
    if (f.type === 'place' || (f.type === 'org' && body)) return undefined;
    if (f.type === 'org') body = f;
  }
  // A place's own government only (`台中市政府`, `新竹縣政府`): a bank or a company named by a place is
  // no place told. Or a country's state body (`越南国家电力公司`, `泰国国营`) where the English names
  // the country as the body's owner (`Thailand's state utility`).
  if (!place || !body) return undefined;
  if (!/(?:政府|市府|县府|縣府)$/.test(body.raw) && !(STATE_BODY.test(foldTraditional(body.raw)) && possessive(place))) return undefined;
  const key = String(place.value);
  // The body's key holds the place's key, of one word or two (`taichung`, `chiayi city`).
  const words = String(body.value).split(' ');
  for (let i = 0; i < words.length; i++) {
    for (const w of [i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '', words[i]!]) {
      if (w !== '' && w !== key && placeTiers().has(w) && samePlaceTier(key, w)) return [place, body, w];
    }
  }
  return undefined;
}

/** A body a state owns, by the words after its country's name: 国家 (national), 国营 and 国有 (state-run, state-owned). */
const STATE_BODY = /^\p{Script=Han}{1,4}?(?:国家|国营|国有)\p{Script=Han}{2,}$/u;

/** Takes out of `left` the places whose key words all stand in the keys of the bodies left on the other side. */
function dropPlacesInBodies(left: Set<Fact>, otherLeft: ReadonlySet<Fact>): void {
  if (![...left].some((f) => f.type === 'place')) return;
  const words = new Set<string>();
  for (const f of otherLeft) if (f.type === 'org') for (const w of String(f.value).split(' ')) words.add(w);
  for (const f of [...left]) if (f.type === 'place' && String(f.value).split(' ').every((w) => words.has(w))) left.delete(f);
}

/**
 * Whether two keys of five letters or more are other keys one letter apart, or two when the longer
 * has eight or more (`shanxi` and `shaanxi`, `hubei` and `hebei`, `austria` and `australia`).
 * Keys are short: the distance is worked out in full, with two rows.
 */
function lookAlike(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5) return false;
  const most = Math.max(a.length, b.length) >= 8 ? 2 : 1;
  if (Math.abs(a.length - b.length) > most) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]! <= most;
}

/** The countries of the gazetteer that are one city (ISO 3166-1 members whose capital is the whole country). */
const CITY_STATES = new Set(['singapore', 'monaco']);
const REGIONS = new Set(['europe', 'asia', 'africa', 'european union', 'middle east', 'north america', 'south america', 'latin america', 'oceania',
  'yangtze river delta', 'pearl river delta', 'greater bay area']);
/** The 27 member states of the European Union (the union's own list, european-union.europa.eu), by their gazetteer keys. */
const EU_MEMBERS = new Set(['austria', 'belgium', 'bulgaria', 'croatia', 'cyprus', 'czech republic', 'denmark', 'estonia', 'finland', 'france',
  'germany', 'greece', 'hungary', 'ireland', 'italy', 'latvia', 'lithuania', 'luxembourg', 'malta', 'netherlands', 'poland', 'portugal',
  'romania', 'slovakia', 'slovenia', 'spain', 'sweden']);
/**
 * Gazetteer tiers: countries, then provinces and cities, then the county-level divisions;
 * continents and unions stand apart, and so do the states and provinces abroad (`Illinois` and
 * `Chicago` are no two places of one tier).
 * Built when two places are first compared (most runs compare none).
 */
const placeTiers = lazyValue(() => {
  const firstCity = PLACE_ENTRIES.findIndex((e) => e.key === 'beijing');
  return new Map(PLACE_ENTRIES.map((entry, i) => [
    entry.key, REGIONS.has(entry.key) ? 'region' : i < firstCity ? 'country' : stateKey(entry.key) ? 'state' : 'city',
  ]));
});
/**
 * Places that lie inside another of the same tier, which a translator may name instead (with
 * Taiwan's divisions and Hong Kong's districts, `placeParent`).
 */
const PART_OF = new Map([
  ['england', 'united kingdom'], ['scotland', 'united kingdom'], ['wales', 'united kingdom'], ['northern ireland', 'united kingdom'],
  ['hong kong', 'china'], ['macao', 'china'], ['taiwan', 'china'],
  // the union of most of Europe's states, which a translation names for the continent (`CE marking in Europe`, 欧盟CE认证)
  ['european union', 'europe'],
]);

/** A place's tier as the gazetteer gives it (`city`, `province`, `country`), a county-level division's own key `district`. */
function ownTier(key: string): string | undefined {
  return districtTier(key) === 'own' ? 'district' : placeTiers().get(key);
}

/**
 * Whether two place keys are both in the gazetteer, of one tier (two cities, two countries),
 * and neither names a part of the other (`wordsWithin`: `chongqing` is part of `sichuan-chongqing`).
 */
function samePlaceTier(a: string, b: string): boolean {
  if (wordsWithin(a, b) || wordsWithin(b, a)) return false;
  // A city and the county or district of its name (`chiayi city`, `chiayi county`) are one area as a translation may name it.
  const bare = (key: string) => key.replace(ADMIN_WORDS, ' ').trim().replace(/\s+/g, ' ');
  if (bare(a) !== '' && bare(a) === bare(b)) return false;
  if (PART_OF.get(a) === b || PART_OF.get(b) === a || placeParent(a) === b || placeParent(b) === a) return false;
  const tiers = placeTiers();
  const da = districtTier(a);
  const db = districtTier(b);
  const ta = da === 'own' ? 'district' : tiers.get(a);
  const tb = db === 'own' ? 'district' : tiers.get(b);
  if (ta === undefined || tb === undefined) return false;
  // The European Union and a country outside it (`European Union regulators` against `美国监管机构`);
  // a member of the union a translation may name for it.
  if ((a === 'european union' && tb === 'country' && !EU_MEMBERS.has(b)) || (b === 'european union' && ta === 'country' && !EU_MEMBERS.has(a))) return true;
  // A city-state is a city too (`Kuala Lumpur` against `新加坡`).
  if ((ta === 'country' && tb === 'city' && CITY_STATES.has(a)) || (tb === 'country' && ta === 'city' && CITY_STATES.has(b))) return true;
  // A key a city shares with a county-level division (`baoshan`) is of either tier.
  return ta === tb || (ta === 'district' && db === 'shared') || (tb === 'district' && da === 'shared');
}

/**
 * The organizations left on a side, a body named twice by one key (`the Agriculture, Fisheries and
 * Conservation Department (AFCD)`) taken once: the others leave `left`.
 */
function oneBodyOnce(orgs: Fact[], left: Set<Fact>): Fact[] {
  if (orgs.length < 2) return orgs;
  const seen = new Set<unknown>();
  const out: Fact[] = [];
  for (const f of orgs) {
    if (seen.has(f.value)) left.delete(f);
    else {
      seen.add(f.value);
      out.push(f);
    }
  }
  return out;
}

/**
 * Whether a word of two pinyin syllables or more (`renmin`) shares none of them with the pinyin of
 * a Chinese name (`beijingdaxue`), cut into its syllables.
 */
function syllablesAbsent(word: string, pinyin: string): boolean {
  if (word.length < 5 || !isJoinedPinyinWord(word)) return false;
  for (let count = 2; count <= 3; count++) {
    const syllables = splitPinyin(word, count);
    if (syllables) return syllables.every((s) => !pinyin.includes(s));
  }
  return false;
}

/** Whether a word of an organization's key is the pinyin of the Chinese name's own characters, no table having rendered them (`shuishengshengwu` of 水生生物). */
function leftAsPinyin(word: string, raw: string): boolean {
  return englishPlaceKey(word) === undefined && isJoinedPinyinWord(word) && pinyinWord(foldTraditional(raw)).includes(word);
}

/** Whether a word splits into the syllables of some romanization of Chinese (`Tsinghua`, `Fudan`; not `Hydrobiology`). */
function romanizedSpelling(word: string): boolean {
  for (let count = 1; count <= 4; count++) if (splitRomanized(word, count) !== undefined) return true;
  return false;
}

/** A capitalized word of letters and hyphens in English text (`Shih-men`). */
const ROMANIZED_WORD = /(?<![A-Za-z])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*(?![A-Za-z])/g;

/**
 * Whether capitalized words of `text` spell a Chinese place's key of one word (`shimen`,
 * `ma'anshan`) in a romanization of its syllables (`Shihmen`, `Shih-men`, `Ma On Shan`), where
 * no rule read them as a place.
 */
function romanizedInText(text: string, key: string): boolean {
  const joined = key.replace(/['’]/g, '');
  if (joined.includes(' ')) return false;
  const words = [...text.matchAll(ROMANIZED_WORD)];
  for (let i = 0; i < words.length; i++) {
    // A name of up to three words, one blank between (`Ma On Shan`).
    let word = '';
    let name = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      if (j > i && text.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index) !== ' ') break;
      // A place the gazetteer reads is weighed as itself (`Hangzhou` against a repeated `杭州`).
      const lower = words[j]![0].toLowerCase();
      name = j > i ? `${name} ${lower}` : lower;
      if (englishPlaceKey(name) !== undefined || (j > i && englishPlaceKey(lower) !== undefined)) break;
      word += words[j]![0].replace(/-/g, '').toLowerCase();
      if (word.length >= 4 && romanizedSpells(word, joined)) return true;
    }
  }
  return false;
}

/**
 * Whether two organizations name two bodies of one kind: each key is a name and its kind, the
 * kind shared (`university`, `museum`, `bank`), and the two names neither match nor sound alike
 * (`keio university` against `waseda university`).
 * Longer keys, where a Chinese name is rendered word by word, are two bodies when the Chinese
 * name's suffix is the English name's head (`部` and `Ministry`) and every word of the two names
 * is translated and unlike every word of the other: `Ministry of Agriculture and Rural Affairs`
 * against `水利部` (water resources), not `Ministry of Transportation` against `交通运输部`
 * (transport) nor `Hospital Authority` against `醫院管理局` (of another head).
 */
function otherOrganization(en: Fact, zh: Fact, placesEn: ReadonlySet<string>, glossesOfZh: () => ReadonlySet<string> | undefined): boolean {
  const [wordsA, wordsB] = organizationWords(en, zh);
  const ownA = wordsA.filter((w) => !wordsB.includes(w));
  // A place of the Chinese name that the English names on its own is no word of its own.
  const ownB = wordsB.filter((w) => !wordsA.includes(w) && !placesEn.has(w));
  // The Chinese name's own words all a place the English names beside the body (`University of
  // California, Los Angeles` against `加州大学洛杉矶分校`): one body.
  if (ownA.length === 0 && ownB.length === 0 && wordsB.some((w) => !wordsA.includes(w))) return false;
  if (ownA.length === 0 || ownB.length === 0) return placeBodyAndAnother(en, zh);
  // One place of one tier in each name's own words, the two apart, and a kind both share
  // (`Guangzhou Metro Group` against `深圳地铁集团`): two bodies, whatever other words of theirs
  // render each other (metro, 地铁) or stay pinyin.
  if (onePlaceEachApart(ownA, ownB) && sharedKind(en, zh) !== undefined) return true;
  // Only a country of the Chinese name left against no place of the English one: the country whose
  // body it is, which the English leaves out (`泰國衞生部` against `Ministry of Public Health`; not a
  // city, `Nankai University` against `南京大学`).
  if (ownB.every((w) => placeTiers().get(englishPlaceKey(w) ?? '') === 'country') && ownA.every((w) => englishPlaceKey(w) === undefined)) return false;
  // Only a place of the English name left against no place of the Chinese one: where the body
  // stands, which the Chinese name leaves out (`Imperial College London` against `帝国理工学院`),
  // once a word of its own name is shared; a body named by its place and kind alone is another
  // (`Shenzhen University` against `南方科技大学`).
  if (ownA.every((w) => englishPlaceKey(w) !== undefined) && ownB.every((w) => englishPlaceKey(w) === undefined) && onlyPlaceIn(wordsB) === undefined
    && wordsA.some((w) => wordsB.includes(w) && !EN_ORG_HEADS.has(w))) return false;
  // Only the head words apart (`Department of Environment` against `环境局`, keyed `bureau
  // environment`): 局 is a bureau, a department or an office as each government renders it.
  if (ownA.every((w) => EN_ORG_HEADS.has(w)) && ownB.every((w) => EN_ORG_HEADS.has(w))) return false;
  // A name of one word and its kind on each side.
  if (wordsA.length === 2 && wordsB.length === 2) {
    if (ownA.length !== 1) return false;
    // The English name left as the Chinese one's pinyin (`Renmin University`, 人民大学 keyed `people university`) renders it.
    if (isPinyinish(ownA[0]!) && pinyinWord(zh.raw).includes(ownA[0]!)) return false;
    // A Chinese name holding a Japanese surname whose reading opens the English name is that name
    // read in Japanese (`Onodera Group`, `小野寺集團`, which holds 小野 `Ono`).
    if (japaneseReadingOpens(ownA[0]!, foldTraditional(zh.raw))) return false;
    // A word the Chinese name leaves as pinyin (`水生生物`, no table renders it) against an English
    // word no romanization spells (`Hydrobiology`): nothing tells the two apart.
    if (leftAsPinyin(ownB[0]!, zh.raw) && !romanizedSpelling(ownA[0]!) && englishPlaceKey(ownA[0]!) === undefined) return false;
    // Two places of one tier are two names however alike they sound (`Shanghai`, `Nanjing`).
    const apart = namedByPlaces(ownA, ownB) || romanizedNamesApart(ownA[0]!, ownB[0]!);
    // A Chinese body named by its city or province against an English word of Chinese syllables
    // that is no place, none of them alike (`Tsinghua University` against `北京大学`): its name is not
    // the place's, however their letters sound.
    const placeAgainstSyllables = apart === undefined && englishPlaceKey(ownB[0]!) !== undefined && englishPlaceKey(ownA[0]!) === undefined
      && romanizedSpelling(ownA[0]!);
    if (apart === false || (apart === undefined && !placeAgainstSyllables && entityMatch(ownA[0]!, ownB[0]!) >= ORG_NAMES_APART)) return false;
  } else {
    if (sharedKind(en, zh) === undefined) return false;
    // Two places of one tier for the names (`University of Toulouse` against `里昂大学`, Lyon) are two bodies.
    // A place of several words is one (`Kwun Tong Community Health Centre` against `黃大仙社區健康中心`).
    const twoPlaces = namedByPlaces(ownA, ownB);
    // A word left as pinyin (`Beijing Jiaotong University`, or a Chinese word the tables do not
    // hold) shows nothing of the words the other side renders.
    // An English word that splits into pinyin is left as pinyin only where the Chinese name reads so
    // (`Jiaotong`, 交通 jiaotong); `Defense` (de-fen-se) against 能源部 is an English word.
    let zhPinyin: string | undefined;
    // A place's name against a place's name is no word left as pinyin (`China Agricultural University`
    // against `南京农业大学`); against an English word it may be rendered by its sense (`Westlake`, 西湖).
    const placesAgainstPlaces = ownA.every((w) => englishPlaceKey(w) !== undefined);
    // A body named by its place alone against a Chinese name of words the English renders beside
    // the one left as pinyin (`Shenzhen University` against `南方科技大学`, nanfang science
    // technology): the place renders none of them.
    const ownNamed = placesAgainstPlaces && ownB.some((w) => !isPinyinish(w));
    // An English word of pinyin none of whose syllables the Chinese name holds (`Renmin University
    // of China` against `北京大学`: ren, min against beijing daxue) names another body, whatever the
    // Chinese name leaves as pinyin; a short form shares them (`Beihang`, 北京航空航天大学).
    const foreignPinyin = ownA.some((w) => englishPlaceKey(w) === undefined && syllablesAbsent(w, zhPinyin ??= pinyinWord(zh.raw)));
    // A place's English name that only looks like pinyin (`macao` of 澳门) is no word left as pinyin.
    if (!twoPlaces && !foreignPinyin && (ownA.some((w) => isPinyinish(w) && (zhPinyin ??= pinyinWord(zh.raw)).includes(w))
      || (ownB.some((w) => isPinyinish(w) && !(placesAgainstPlaces && englishPlaceKey(w) !== undefined) && !(ownNamed && englishPlaceKey(w) === undefined)
        && !(englishPlaceKey(w) !== undefined && !(zhPinyin ??= pinyinWord(zh.raw)).includes(w)))
        && !romanizedAgainstOtherSounds(ownA, ownB)))) return false;
    if (!twoPlaces && !ownA.every((a) => ownB.every((b) => !wordsAlike(a, b)))) return false;
  }
  // A word of the English name that CC-CEDICT gives for a word of the Chinese one renders it
  // (`Taiwan Stock Exchange`: 證券 is securities or stock).
  // A place's name the Chinese key lacks is rendered by no gloss: a gloss of another place may name
  // it (南京 is glossed `…, capital of China at different historical periods`).
  const glosses = glossesOfZh();
  return glosses === undefined || !ownA.some((a) => englishPlaceKey(a) === undefined && glossRenders(a, glosses));
}

/**
 * Whether an English organization named in full (a head word and its own words, no initials) and a
 * Chinese one CC-CEDICT names in English (`cedictOrgName`: `水利部` Ministry of Water Resources) are
 * two bodies: no word of their own names shared or alike, none of the English a gloss of the
 * Chinese name's words, nothing of the Chinese body's English name in the English text (its own
 * words or its initials: `the Urban Department of the NBS` names a part of `国家统计局`), and no
 * longer name the Chinese body opens (`經濟部水利署`, a part of the ministry).
 */
function officialNamesApart(context: CheckContext, pair: Pair, en: Fact, zh: Fact, glossesOfZh: () => ReadonlySet<string> | undefined): boolean {
  if (byInitials(en.raw) || en.raw.trim().split(/\s+/).length < 2) return false;
  // A body CC-CEDICT does not name is read by its key where its kind rules the English one out;
  // its words left in pinyin are then weighed by sound more strictly (`ziranlishi` of 自然历史 is
  // no rendering of `zoological`, which sounds a little like it).
  const named = cedictOrgName(zh.raw) ?? orgNameAfterPlace(zh.raw);
  const english = named ?? (kindsApart(en, zh) ? String(zh.value) : undefined);
  if (english === undefined) return false;
  const soundsApart = named === undefined ? KINDS_APART_NAMES_APART : ORG_NAMES_APART;
  const headsA = englishHeads(en.raw);
  const headsB = englishHeads(english);
  if (headsA.size === 0) return false;
  // Places and the words of the state (`China`, `National`) are no body's own name.
  const own = (key: unknown) => String(key).split(' ').filter((w) => !headsA.has(w) && !headsB.has(w) && !STATE_WORDS.has(w) && englishPlaceKey(w) === undefined);
  const ownA = own(en.value);
  const ownB = own(zh.value);
  if (ownA.length === 0 && ownB.length > 0) return placeNamedAgainstOwnName(context, pair, en, zh, english, headsA, headsB, ownB);
  if (ownA.length === 0 || ownB.length === 0) return false;
  // A word of the English left as pinyin of the Chinese name (`Jiaotong`) renders it.
  const pinyin = pinyinWord(zh.raw);
  if (ownA.some((w) => isPinyinish(w) && pinyin.includes(w))) return false;
  if (!ownA.every((a) => ownB.every((b) => !wordsAlike(a, b, soundsApart)))) return false;
  // A word of the English that CC-CEDICT gives for a word of the Chinese renders it (`Commerce`, 商务 against `Department of Trade`).
  const glosses = glossesOfZh();
  if (glosses === undefined || !context.lexicon) return false;
  // The name's words without its suffix too (`商务` of `商务部`, which the lexicon may hold as one word).
  const suffix = longestOrgSuffix(zh.raw);
  const stem = suffix ? glossesOf(zh.raw.slice(0, -suffix.length), context.lexicon()) : new Set<string>();
  // Glosses are stems (`commerc`): a word renders one it shares its stem with.
  const stems = new Set<string>();
  for (const g of [...glosses, ...stem]) if (g.length >= SHARED_STEM) stems.add(g.slice(0, SHARED_STEM));
  const renders = (a: string) => glosses.has(a) || stem.has(a) || glosses.has(a.replace(/s$/, '')) || stems.has(a.slice(0, SHARED_STEM));
  if (ownA.some(renders)) return false;
  const enText = sideText(context, pair.en);
  if (stemsIn(enText.toLowerCase(), ownB)) return false;
  // Initials with `of` and without (`MOE`, `ME` of Ministry of Education; `MIIT`).
  const words = english.split(/\s+/);
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const withOf = words.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0]!.toUpperCase()).join('');
  if ([initials, withOf].some((form) => form.length >= 2 && new RegExp(`\\b${form}\\b`).test(enText))) return false;
  return !partNamedAfter(context, zh);
}

/**
 * Whether an English body named by a place and its kind alone (`Peking University`, keyed `beijing
 * university`) and a Chinese one whose English name in CC-CEDICT is of that kind, names no such
 * place and has words of its own the English text nowhere holds (`清华大学`, Tsinghua University)
 * are two bodies.
 */
function placeNamedAgainstOwnName(context: CheckContext, pair: Pair, en: Fact, zh: Fact, english: string, headsA: ReadonlySet<string>, headsB: ReadonlySet<string>, ownB: readonly string[]): boolean {
  if (![...headsA].some((h) => headsB.has(h))) return false;
  const places = String(en.value).split(' ').map((w) => englishPlaceKey(w)).filter((k) => k !== undefined);
  if (places.length === 0) return false;
  const namedPlaces = new Set(english.toLowerCase().split(/[^a-z']+/).map((w) => englishPlaceKey(w)));
  if (places.some((k) => namedPlaces.has(k))) return false;
  if (stemsIn(sideText(context, pair.en).toLowerCase(), ownB)) return false;
  return !partNamedAfter(context, zh);
}

/** Whether a text (in lower case) holds the stem of one of the words (`SHARED_STEM` letters): it names that word too. */
function stemsIn(lower: string, words: readonly string[]): boolean {
  return words.some((w) => lower.includes(w.slice(0, SHARED_STEM)));
}

/**
 * The English name CC-CEDICT gives the body a Chinese name holds after the place it opens on
 * (`伦敦大英博物馆`: London, then `大英博物馆` British Museum), or undefined.
 */
function orgNameAfterPlace(name: string): string | undefined {
  const folded = foldTraditional(name);
  for (let length = 2; length <= 4 && length <= folded.length - 3; length++) {
    if (chinesePlaceKey(folded.slice(0, length)) === undefined) continue;
    const english = cedictOrgName(name.slice(length));
    if (english !== undefined) return english;
  }
  return undefined;
}

/**
 * Of several organizations of one side, those of the kind of the other side's one (`sharedKind`);
 * where none is, and that one is a well-known body, the one well-known body among them, or none.
 */
function ofKindOrWellKnown(one: Fact, several: readonly Fact[]): Fact[] {
  const kind = several.filter((f) => (one.lang === 'en' ? sharedKind(one, f) : sharedKind(f, one)) !== undefined);
  if (kind.length > 0) return kind;
  if (wellKnownBody(one)) return onlyOne(several.filter(wellKnownBody)) ?? [];
  // None of its kind: the one body named by the place it is named by (`Zoological Society of
  // London` against `世界自然基金会` and `伦敦自然历史博物馆`).
  return onlyOne(several.filter((f) => placeShared(one, f))) ?? [];
}

/** Whether two organizations' keys hold a word that is a place's (`london`). */
function placeShared(a: Fact, b: Fact): boolean {
  const words = new Set(String(b.value).split(' '));
  return String(a.value).split(' ').some((w) => words.has(w) && englishPlaceKey(w) !== undefined);
}

/** The words of an English text in lower case, those of the given facts' spans left out. */
function englishWordsOutside(text: string, facts: readonly Fact[]): Set<string> {
  let rest = text;
  for (const f of facts) rest = rest.split(f.raw).join(' ');
  return new Set(rest.toLowerCase().match(/[a-z]+/g) ?? []);
}

/** Whether a well-known Chinese body's English name closes on a head word `words` holds (`Airport Authority`: `authority`). */
function headNamed(zh: Fact, words: ReadonlySet<string>): boolean {
  const key = chineseOrgAlias(foldTraditional(zh.raw));
  const names = key === undefined ? undefined : orgNamesOfKey(key)?.en;
  return names?.some((name) => {
    const head = /(\w+)$/.exec(name.toLowerCase())?.[1];
    return head !== undefined && EN_ORG_HEADS.has(head) && words.has(head);
  }) ?? false;
}

/** Whether an organization is a well-known body of the lists, by its name as written on its side. */
function wellKnownBody(f: Fact): boolean {
  return (f.lang === 'en' ? englishOrgAlias(f.raw) : chineseOrgAlias(foldTraditional(f.raw))) !== undefined;
}

/** Whether a part of a Chinese body is named right after it (`教育部高校学生司`, `經濟部水利署`): the English may name the part. */
function partNamedAfter(context: CheckContext, zh: Fact): boolean {
  const block = context.block(zh.block);
  return block !== undefined && PART_OF_BODY_AFTER.test(block.text.slice(zh.end - block.start, zh.end - block.start + 8));
}

/** Words of the state in organizations' English names, no body's own name. */
const STATE_WORDS = new Set(['national', 'state', 'central', 'federal', 'general', 'people', 'peoples']);

/**
 * A body's part named right after it (`經濟部水利署`, `国家统计局城市司`): a few characters and a suffix
 * of a unit, not a verb that ends in one (`合办`, `举办`, `正在处`).
 */
const PART_OF_BODY_AFTER = /^(?![合举舉主承协協开開创創筹籌代正在将將已负負])\p{Script=Han}{1,5}?(?:署|局|处|處|司|中心|所|院|办|辦|室|科|委员会|委員會)/u;

/** Nouns a text names any business by (`the company`, `the group`). */
const ANY_BODY = ['company', 'firm', 'group', 'corporation', 'giant', 'organization', 'organisation'];
/** Other nouns for a kind of body (`the carrier`, an airline; `the lender`, a bank). */
const KIND_NOUNS: Readonly<Record<string, readonly string[]>> = { airline: ['carrier'], airlines: ['airline', 'carrier'], bank: ['lender'], banking: ['bank', 'lender'] };

/**
 * Whether the English names a Chinese organization by its kind (`The airline …` for `華航`, China
 * Airlines; `the company` for any business): the body the Chinese names may be the one it means.
 */
function namedByKind(english: string, zh: Fact): boolean {
  const name = chineseOrgAlias(foldTraditional(zh.raw)) ?? '';
  const nouns = new Set(ANY_BODY);
  for (const word of name.split(' ')) {
    if (word.length < 4) continue;
    nouns.add(word);
    for (const other of KIND_NOUNS[word] ?? []) nouns.add(other);
  }
  for (const m of english.matchAll(/\b(?:the|this|that|its)\s+([a-z]+)/gi)) if (nouns.has(m[1]!.toLowerCase())) return true;
  return false;
}

/** A Chinese word for a body named before (`该公司`, `這家銀行`, `该行`). */
const ZH_BODY_ANAPHOR = /(?:该|該|这家|這家|此)(?:公司|集团|集團|银行|銀行|行|航空公司|企业|企業|机构|機構)/;

/**
 * Whether the Chinese side speaks of a body by `ZH_BODY_ANAPHOR` before it names `zh` (`该公司与摩根士丹利`):
 * the body the English names may be the one it means. After the name (`中国联通将于下周公布业绩，该公司此前表示`)
 * the word means the body just named.
 */
function anaphorBefore(context: CheckContext, pair: Pair, zh: Fact): boolean {
  const block = context.block(zh.block);
  if (!block) return ZH_BODY_ANAPHOR.test(sideText(context, pair.zh));
  if (ZH_BODY_ANAPHOR.test(block.text.slice(0, zh.start - block.start))) return true;
  // A block of the side before this one.
  return pair.zh.slice(0, Math.max(0, pair.zh.indexOf(zh.block))).some((id) => ZH_BODY_ANAPHOR.test(context.block(id)?.text ?? ''));
}

/**
 * Whether an English and a Chinese organization are two well-known bodies (`ORG_ENTRIES`: the
 * listed ones and CC-CEDICT's companies) of different keys, neither side naming the other's body
 * anywhere in its text.
 */
function wellKnownApart(en: Fact, zh: Fact, enText: string, zhText: string): boolean {
  const a = englishOrgAlias(en.raw);
  const b = chineseOrgAlias(foldTraditional(zh.raw));
  if (a === undefined || b === undefined || a === b) return false;
  // Each side names the other's body somewhere the rules read in another name (`HSBC and Hang Seng
  // Bank` read as one): the two bodies are both there.
  // A name goes by its shorter forms too: the letters that open it (`MG` of `MG Motor`), and the
  // first characters of its first two words (`上汽` of `上海汽车工业集团`, as `北大` is `北京大学`'s).
  const zhNames = orgNamesOfKey(b);
  const enNames = orgNamesOfKey(a);
  const folded = foldTraditional(zhText);
  const englishForms = (name: string): string[] => {
    const letters = /^[A-Z]{2,}(?= )/.exec(name);
    return letters ? [name, letters[0]] : [name];
  };
  const chineseForms = (name: string): string[] => (name.length >= 4 ? [name, name[0]! + name[2]!] : [name]);
  // A form inside a longer name is not the body's (`University of Hong Kong` in `Chinese University of Hong Kong`).
  return !(zhNames?.en.some((name) => englishForms(name).some((form) => new RegExp(`(?<![A-Z][A-Za-z]*[ \\t])\\b${escapeRegExp(form)}\\b`).test(enText))) ?? false)
    && !(enNames?.zh.some((name) => chineseForms(name).some((form) => folded.includes(form))) ?? false);
}

/**
 * Whether one organization is named by its place and kind alone (`University of Hong Kong`, keyed
 * `hong kong university`) and the other holds those words and one of its own that names no form of
 * a firm nor a word of an official style (`香港中文大学`, Chinese; `Hong Kong Baptist University`):
 * a place's own body against another body of that place and kind. The style of a government or a
 * firm is no word of its own (`北京市人民政府`, people; `深圳地铁集团有限公司`; `Hong Kong SAR
 * Government`), nor a place the name opens on (`法国南特大学`, `福建厦门大学`).
 */
function placeBodyAndAnother(en: Fact, zh: Fact): boolean {
  const [wordsA, wordsB] = organizationWords(en, zh);
  const [short, long, longRaw] = wordsA.length < wordsB.length ? [wordsA, wordsB, zh.raw] : [wordsB, wordsA, en.raw];
  if (short.length === long.length || !short.every((w) => long.includes(w))) return false;
  const rest = short.filter((w) => !EN_ORG_HEADS.has(w));
  const place = onlyPlaceIn(rest);
  if (rest.length === short.length || place === undefined || !sameWords(rest, place.split(' '))) return false;
  const own = long.filter((w) => !short.includes(w));
  const opening = openingPlace(longRaw);
  // A head word of its own (`Taiwan Hospital Association` against `台灣醫院`) names a body of such bodies,
  // or a name read short on one side: not weighed.
  return own.every((w) => !STYLE_WORDS.has(w) && !EN_ORG_HEADS.has(w) && !(opening?.includes(w) ?? false));
}

/**
 * The words of the place a name opens on as its name is written (`法国南特大学`: france; `福建厦门大学`:
 * fujian, where the place of the body comes after), not as a word of its kind (`Chinese University`), or undefined.
 */
function openingPlace(raw: string): string[] | undefined {
  for (let length = 4; length >= 2; length--) {
    const key = length < raw.length ? chinesePlaceKey(foldTraditional(raw.slice(0, length))) : undefined;
    if (key !== undefined) return key.split(' ');
  }
  const first = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=[ '’])/.exec(raw)?.[0];
  const key = first === undefined ? undefined : englishPlaceKey(first.toLowerCase()) ?? englishPlaceKey(first.split(' ')[0]!.toLowerCase());
  return key === undefined || !raw.toLowerCase().startsWith(key) ? undefined : key.split(' ');
}

/** Whether two lists hold the same words, in any order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/**
 * Words of an official style or a firm's form that one side's name of a body adds to the other's:
 * 人民 (`人民政府`, `人民法院`), the special administrative region, the level of a government
 * (municipal, provincial), national (`國立臺灣大學`), the forms of a firm (group, company, limited),
 * and 综合 (general), which the Japanese names of research institutes hold (総合研究所) and their
 * English names leave out (`日本综合研究所`, The Japan Research Institute; 野村総合研究所, Nomura
 * Research Institute).
 */
const STYLE_WORDS = new Set([
  'people', 'peoples', 'tebiexingzhengqu', 'tebiexingzhengquzhengfu', 'sar', 'special', 'administrative', 'region', 'municipal',
  'provincial', 'national', 'state', 'group', 'company', 'limited', 'ltd', 'co', 'corp', 'corporation', 'holdings', 'inc', 'plc',
  'government', 'city', 'youxian', 'gongsi', 'zonghe',
]);

/**
 * Whether a Chinese name without a dot renders the sounds of the English name's surname alone
 * (`梅洛尼` for `Giorgia Meloni`): Chinese writing names a foreign person by the surname, in
 * characters that may open on a Chinese surname (梅), so its key reads as a Chinese name.
 */
function surnameRendered(en: Fact, zh: Fact): boolean {
  const words = en.raw.trim().split(/\s+/);
  const surname = words[words.length - 1]!;
  if (words.length < 2 || zh.raw.length < 3 || NAME_DOT.test(zh.raw) || !/^[A-Z][a-z]{3,}$/.test(surname)) return false;
  // A Chinese name in pinyin puts its surname first (`Zhou Yiming`): its last word is a given name.
  if (words.every((w) => isPinyinWord(w.toLowerCase().replace(/-/g, '')))) return false;
  return transliterationMatch(zh.raw, surname) >= SURNAME_RENDERED;
}

/** Match of a Chinese name's sounds to an English surname at or above which the one renders the other. */
const SURNAME_RENDERED = 0.9;

/** A text as a pattern that matches it literally. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether two organizations the matcher coupled are two bodies of one kind (`otherOrganization`):
 * keys of three words or more, other but for one word of each's own.
 */
function otherBodyOfOneKind(en: Fact, zh: Fact, placesEn: () => ReadonlySet<string>, glossesOfZh: () => ReadonlySet<string> | undefined): boolean {
  if (en.type !== 'org' || zh.type !== 'org' || en.value === zh.value) return false;
  // Bodies of one kind named by two places of one tier (`Shanghai Museum` against `南京博物院`).
  if (sharedKind(en, zh) !== undefined && placeNamed(en, zh)) return true;
  if (placeBodyAndAnother(en, zh)) return true;
  const [wordsA, wordsB] = organizationWords(en, zh);
  // Two bodies of one kind each named by a word of pinyin, the place the English names apart aside
  // (`Tongji University in Shanghai` against `上海复旦大学`): two names where no syllable is shared.
  const ownA = wordsA.filter((w) => !wordsB.includes(w));
  const ownB = wordsB.filter((w) => !wordsA.includes(w) && !placesEn().has(w));
  if (ownA.length === 1 && ownB.length === 1 && syllablesAbsent(ownA[0]!, ownB[0]!) && syllablesAbsent(ownB[0]!, ownA[0]!)
    && englishPlaceKey(ownA[0]!) === undefined && englishPlaceKey(ownB[0]!) === undefined && sharedKind(en, zh) !== undefined) return true;
  if (wordsA.length < 3 || wordsB.length < 3) return false;
  if (ownA.length !== 1 || wordsB.filter((w) => !wordsA.includes(w)).length !== 1) return false;
  return !byInitials(en.raw) && otherOrganization(en, zh, placesEn(), glossesOfZh);
}

/**
 * Whether the English name's own word is a Chinese name romanized (`Lingnan`, two syllables joined)
 * and the Chinese name's own words left as pinyin (`浸會`, jinhui) sound like none of it: a
 * romanized name renders the sound of the Chinese, not its sense, so a pinyin word of other
 * sounds is another name, not a word the English renders by its meaning (`Westlake`, 西湖).
 */
function romanizedAgainstOtherSounds(ownA: readonly string[], ownB: readonly string[]): boolean {
  if (ownA.length !== 1 || !isJoinedPinyinWord(ownA[0]!) || splitPinyin(ownA[0]!, 1) !== undefined) return false;
  const romanized = ownA[0]!;
  const pinyin = ownB.filter((w) => isPinyinish(w) && englishPlaceKey(w) === undefined);
  return pinyin.length > 0 && pinyin.every((w) => romanizedNamesApart(romanized, w) !== false && entityMatch(romanized, w) < ORG_NAMES_APART);
}

/** A word written as pinyin, whole or joined (`jiaotong`). */
function isPinyinish(word: string): boolean {
  return isPinyinWord(word) || isJoinedPinyinWord(word);
}

/** Whether two words of organization names may render one word: alike in sound or in their first letters (`transport`, `transportation`). */
function wordsAlike(a: string, b: string, apart = ORG_NAMES_APART): boolean {
  // Two places' names are two names however alike they sound (`China`, `Nanjing`).
  const placeA = englishPlaceKey(a);
  const placeB = placeA === undefined ? undefined : englishPlaceKey(b);
  if (placeA !== undefined && placeB !== undefined && placeA !== placeB) return false;
  // A place's name against no place is alike only as its syllables spell the other's pinyin: a word
  // rendered in English (`Shenzhen` against `science`) or other syllables (`nanfang`) are no spelling of it.
  if (placeA !== undefined && placeB === undefined && a !== b) return isPinyinish(b) && romanizedNamesApart(a, b) === false;
  // Two points of the compass are two names (`China Southern Airlines`, `中国东方航空`: eastern).
  const pointA = COMPASS_POINT.exec(a)?.[1];
  const pointB = pointA === undefined ? undefined : COMPASS_POINT.exec(b)?.[1];
  if (pointA !== undefined && pointB !== undefined) return pointA === pointB;
  // A word cut short to four letters or more is the word it opens (`Agri` for agricultural, `Tech`, `Intl`).
  const cut = (x: string, y: string) => x.length >= 4 && x.length < y.length && y.startsWith(x);
  return a.startsWith(b.slice(0, SHARED_STEM)) || cut(a, b) || cut(b, a) || entityMatch(a, b) >= apart || (FINANCE_WORDS.has(a) && FINANCE_WORDS.has(b));
}

/**
 * Words of finance that financial firms' English names use for one another (`China International
 * Capital Corp` is `中国国际金融股份有限公司`, financial; securities firms named `Capital`): no two bodies by them alone.
 */
const FINANCE_WORDS = new Set(['capital', 'financial', 'finance', 'investment', 'securities', 'asset', 'assets', 'wealth', 'fund', 'funds']);

/** A point of the compass or the middle, as a word of a name (`south`, `southern`, `northwestern`, `central`); group 1 the point. */
const COMPASS_POINT = /^((?:north|south)(?:east|west)?|east|west|cent(?=ral$)|mid(?=dle$))(?:ern|ral|dle)?$/;

/** Letters two words of one stem share at their start (`agricultural`, `agriculture`). */
const SHARED_STEM = 5;

/**
 * The key words of an English and a Chinese organization, the Chinese suffix 部 keyed as the English
 * names its kind: a ministry or, as the United States names its departments, a department
 * (`US Department of Commerce` against `美国财政部`, keyed `finance ministry`).
 */
function organizationWords(en: Fact, zh: Fact): [string[], string[]] {
  const wordsA = String(en.value).split(' ');
  const wordsB = String(zh.value).split(' ');
  if (wordsB.includes('ministry') && wordsA.includes('department') && !wordsA.includes('ministry') && zh.raw.endsWith('部')) {
    return [wordsA, wordsB.map((w) => (w === 'ministry' ? 'department' : w))];
  }
  return [wordsA, wordsB];
}

/**
 * The kind an English and a Chinese organization share: a head word of the English name in both
 * keys, the Chinese suffix's kind first (`美国能源部`, keyed `department` as the United States
 * names its departments, against `Department of Defense`). Undefined when there is none.
 */
function sharedKind(en: Fact, zh: Fact): string | undefined {
  const [wordsA, wordsB] = organizationWords(en, zh);
  const heads = englishHeads(en.raw);
  const kind = chineseOrgKind(zh.raw);
  if (kind !== undefined && wordsA.includes(kind) && wordsB.includes(kind) && heads.has(kind)) return kind;
  // A suffix's kind the Chinese key holds and the English lacks (`中国控股有限公司`, company, against
  // `Yum China Holdings`) leaves the kind unshared, whatever other head word both hold.
  if (kind !== undefined && wordsB.includes(kind)) return undefined;
  return wordsA.find((w) => wordsB.includes(w) && heads.has(w));
}

/** The longest organization suffix a Chinese name closes on (`部`, `委员会`), or `''`. */
function longestOrgSuffix(raw: string): string {
  let best = '';
  for (const suffix of ZH_ORG_SUFFIXES.keys()) if (suffix.length > best.length && raw.endsWith(suffix)) best = suffix;
  return best;
}

/**
 * Kinds of body whose Chinese suffix an English name renders by few head words: a ministry (部;
 * the United States' departments, the United Kingdom's `Home Office`) and a museum (博物馆, 博物院;
 * a gallery, the `Smithsonian Institution`). The kinds of the State Council's and Hong Kong's other
 * bodies are rendered more freely (局 a bureau, an administration or an authority; 办公室 an office
 * or an administration) and stay out.
 */
const NARROW_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['部', new Set(['ministry', 'department', 'office'])],
  ['博物馆', new Set(['museum', 'gallery', 'institution'])],
  ['博物院', new Set(['museum', 'gallery', 'institution'])],
]);

/**
 * Whether an English and a Chinese organization are bodies of two kinds: the Chinese suffix of a
 * narrow kind (`NARROW_KINDS`) and the English heads none of its renderings (`Cyberspace
 * Administration of China` against `工业和信息化部`; `Zoological Society of London` against
 * `伦敦自然历史博物馆`), or the English a ministry and the Chinese suffix another kind (`局`, `委员会`).
 */
function kindsApart(en: Fact, zh: Fact): boolean {
  const heads = englishHeads(en.raw);
  if (heads.size === 0) return false;
  const suffix = longestOrgSuffix(foldTraditional(zh.raw));
  if (suffix === '') return false;
  const renderings = NARROW_KINDS.get(suffix);
  if (renderings !== undefined) return ![...heads].some((h) => renderings.has(h));
  return heads.has('ministry') && suffix !== '厅';
}

/** The English kind of a Chinese organization by its suffix (`部` ministry), when it is one word. */
function chineseOrgKind(raw: string): string | undefined {
  const best = longestOrgSuffix(raw);
  const kind = best ? ZH_ORG_SUFFIXES.get(best)! : undefined;
  return kind === undefined || kind.includes(' ') ? undefined : kind;
}

/** The head words of an English organization name, folded as keys fold them (`Commission` committee). */
function englishHeads(raw: string): Set<string> {
  const heads = new Set<string>();
  for (const word of raw.toLowerCase().split(/[^a-z]+/)) if (EN_ORG_HEADS.has(word)) heads.add(ORG_KEY_FOLD.get(word) ?? word);
  return heads;
}

/** A word of capitals in an English name: its initials (`MTR`, `HSBC`). */
const INITIALS = /\b[A-Z]{2,6}\b/;
/** A country's initials opening a name (`US Department of Defense`, `UK Home Office`): the country's, not the name's. */
const COUNTRY_INITIALS = /^(?:the\s+)?(?:US|UK|EU|UAE|PRC|ROC|HK|HKSAR)\s+/;

/** Whether an English organization's name holds its initials (`MTR Corporation`), a country's opening it aside. */
function byInitials(raw: string): boolean {
  return INITIALS.test(raw.replace(COUNTRY_INITIALS, ''));
}

/** Similarity below which the own names of two organizations of one kind are two names. */
const ORG_NAMES_APART = 0.4;
/** The same for bodies of two kinds that CC-CEDICT does not name: their words are a rendering only where they sound much alike. */
const KINDS_APART_NAMES_APART = 0.75;

/** The words of administrative divisions in place keys. */
const ADMIN_WORDS = /\b(?:city|county|district|province|prefecture|township|town|municipality)\b/g;

/**
 * Whether every word of place key `a` is a word of `b`: one names a part or the whole of the other
 * (`kowloon` in `kowloon city`, `chongqing` in `sichuan-chongqing`, `taipei` in `new taipei`).
 * Names that only share a word are other places (`united states`, `united kingdom`; `north
 * korea`, `south korea`).
 */
function wordsWithin(a: string, b: string): boolean {
  const words = new Set(b.split(/[\s-]+/));
  return a.split(/[\s-]+/).every((w) => words.has(w));
}

/** English demonyms and nationality words: `French`, `Frenchman`, `Chinese`, `Britons`, `Texan`. */
const DEMONYM_EN = /(?:man|men|woman|women|ese|ians?|ish|eans?|ans?|ic|ch|is|ons)$/i;

/** An English place written as its people or its adjective (`Frenchman` for France): not its own name. */
function demonym(f: Fact): boolean {
  const raw = f.raw.toLowerCase();
  return DEMONYM_EN.test(raw) && !raw.includes(String(f.value).toLowerCase());
}
/** Chinese nationality or origin words: `法国籍`, `法国人`, `中国籍`. */
const DEMONYM_ZH = /[籍人]$/;

/** Whether the other side repeats this name too (then a repeat on this side is no extra one). */
function repeatedBoth(f: Fact, otherRepeats: readonly Fact[], threshold: number, near: (o: Fact) => boolean): boolean {
  return otherRepeats.some((o) => near(o) && compatible(f, o) && entityMatch(String(f.value), String(o.value)) >= threshold);
}

/** How many times a side's text holds any of the names its facts give a place of `value` in. */
function mentions(text: string, facts: readonly Fact[], value: unknown): number {
  const names = new Set(facts.filter((f) => f.type === 'place' && f.value === value).map((f) => f.raw));
  let n = 0;
  for (const name of names) for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/** Whether place `q` lies in the window `[from, to)`. */
function within([from, to]: [number, number], q: number): boolean {
  return q >= from && q < to;
}

/** Entities of one type, or of unknown type on either side, may name the same thing. */
function compatible(a: Fact, b: Fact): boolean {
  return !a.type || !b.type || a.type === b.type;
}
