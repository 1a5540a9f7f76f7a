import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/entities/key.js';
import { SAME_ENTITY_THRESHOLD, entityMatch, sameEntity, transliterationMatch } from '../../src/entities/match.js';
import { foreignTokens, pinyinParse, transliterationScore } from '../../src/entities/transliteration.js';

/** Chinese renderings of public names in the Xinhua style, and the names' own spelling. */
const SAME: Record<string, [zh: string, foreign: string][]> = {
  German: [
    ['菲舍尔', 'Fischer'], ['施泰因迈尔', 'Steinmeier'], ['默克尔', 'Merkel'], ['肖尔茨', 'Scholz'], ['哈贝克', 'Habeck'],
    ['贝尔伯克', 'Baerbock'], ['林德纳', 'Lindner'], ['劳特巴赫', 'Lauterbach'], ['施罗德', 'Schröder'], ['瑟德尔', 'Söder'],
    ['朔伊布勒', 'Schäuble'], ['克雷奇默', 'Kretschmer'], ['约施卡·菲舍尔', 'Joschka Fischer'],
    ['弗兰克-瓦尔特·施泰因迈尔', 'Frank-Walter Steinmeier'], ['达姆施塔特', 'Darmstadt'], ['杜塞尔多夫', 'Düsseldorf'],
  ],
  French: [
    ['马克龙', 'Macron'], ['奥朗德', 'Hollande'], ['萨科齐', 'Sarkozy'], ['梅朗雄', 'Mélenchon'], ['巴尼耶', 'Barnier'],
    ['阿塔尔', 'Attal'], ['博尔内', 'Borne'], ['希拉克', 'Chirac'], ['密特朗', 'Mitterrand'], ['勒庞', 'Le Pen'],
  ],
  Polish: [
    ['莫拉维茨基', 'Morawiecki'], ['图斯克', 'Tusk'], ['卡钦斯基', 'Kaczyński'], ['西科尔斯基', 'Sikorski'],
    ['格但斯克', 'Gdańsk'], ['克拉科夫', 'Kraków'], ['卡托维兹', 'Katowice'], ['唐纳德·图斯克', 'Donald Tusk'],
  ],
  Russian: [
    ['拉夫罗夫', 'Lavrov'], ['佩斯科夫', 'Peskov'], ['梅德韦杰夫', 'Medvedev'], ['绍伊古', 'Shoigu'], ['纳瓦尔尼', 'Navalny'],
    ['马卡洛夫', 'Makarov'], ['谢尔盖·拉夫罗夫', 'Sergei Lavrov'],
  ],
  Ukrainian: [
    ['泽连斯基', 'Zelensky'], ['库列巴', 'Kuleba'], ['克利奇科', 'Klitschko'], ['什米加尔', 'Shmyhal'], ['叶尔马克', 'Yermak'],
    ['列兹尼科夫', 'Reznikov'], ['波罗申科', 'Poroshenko'], ['弗拉基米尔·泽连斯基', 'Volodymyr Zelensky'],
  ],
  English: [
    ['约翰逊', 'Johnson'], ['哈里斯', 'Harris'], ['特朗普', 'Trump'], ['拜登', 'Biden'], ['布林肯', 'Blinken'],
    ['斯塔默', 'Starmer'], ['克林顿', 'Clinton'], ['佩洛西', 'Pelosi'], ['沙利文', 'Sullivan'], ['卡梅伦', 'Cameron'],
    ['特拉斯', 'Truss'], ['奥巴马', 'Obama'], ['保罗·基廷', 'Paul Keating'], ['托尼·布莱尔', 'Tony Blair'], ['鲍里斯·约翰逊', 'Boris Johnson'], ['卡马拉·哈里斯', 'Kamala Harris'],
  ],
  Spanish: [
    ['桑切斯', 'Sánchez'], ['拉霍伊', 'Rajoy'], ['萨帕特罗', 'Zapatero'], ['费霍奥', 'Feijóo'], ['冈萨雷斯', 'González'],
    ['罗德里格斯', 'Rodríguez'], ['佩德罗·桑切斯', 'Pedro Sánchez'], ['古特雷斯', 'Guterres'],
  ],
  Other: [['塞尔吉奥·马塔雷拉', 'Sergio Mattarella'], ['冯德莱恩', 'von der Leyen']],
};

describe('transliterated names meet their spelling', () => {
  for (const [language, pairs] of Object.entries(SAME)) {
    it.each(pairs)(`${language}: %s ~ %s`, (zh, foreign) => {
      expect(transliterationMatch(zh, foreign)).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
    });
  }

  it.each(Object.values(SAME).flat())('as person keys: %s ~ %s', (zh, foreign) => {
    const a = { value: entityKey(zh, 'zh', 'person'), type: 'person' as const };
    const b = { value: entityKey(foreign, 'en', 'person'), type: 'person' as const };
    expect(sameEntity(a, b)).toBe(true);
  });

  it('a surname alone meets the full name', () => {
    expect(entityMatch('yuehanxun', 'chris johnson')).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
    expect(entityMatch('shitaiyinmaier', 'frank-walter steinmeier'.replace('-', ''))).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  it('two spellings of one name meet (a dictionary name against the spelling of its language)', () => {
    expect(entityMatch('fisher', 'fischer')).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
    expect(entityMatch('joschka fisher', 'joschka fischer')).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
    expect(entityMatch('smith', 'schmitz')).toBeLessThan(SAME_ENTITY_THRESHOLD);
  });
});

describe('different names stay apart', () => {
  it.each([
    ['哈里斯', 'Morris'], ['约翰逊', 'Jackson'], ['杰克逊', 'Johnson'], ['默克尔', 'Mercer'], ['马克龙', 'Merkel'],
    ['拜登', 'Bidder'], ['桑切斯', 'Santos'], ['拉夫罗夫', 'Lavrentiev'], ['菲舍尔', 'Fisk'], ['施泰因迈尔', 'Steinbrück'],
    ['图斯克', 'Tusa'], ['泽连斯基', 'Zelenko'], ['佩斯科夫', 'Pesek'], ['马卡洛夫', 'Markov'], ['卡梅伦', 'Carmen'],
    ['特拉斯', 'Travis'], ['奥巴马', 'Osama'], ['梅德韦杰夫', 'Medved'], ['萨科齐', 'Sarkisian'], ['默克尔', 'Merz'],
    ['朔尔茨', 'Schwarz'], ['哈贝克', 'Hubbard'], ['波罗申科', 'Prokhorenko'], ['肖尔茨', 'Schmidt'], ['莫拉维茨基', 'Moravec'],
    ['达姆施塔特', 'Dortmund'], ['斯德哥尔摩', 'Strasbourg'],
  ])('%s is not %s', (zh, foreign) => {
    expect(transliterationMatch(zh, foreign)).toBeLessThan(SAME_ENTITY_THRESHOLD);
    const a = { value: entityKey(zh, 'zh', 'person'), type: 'person' as const };
    const b = { value: entityKey(foreign, 'en', 'person'), type: 'person' as const };
    expect(sameEntity(a, b)).toBe(false);
  });

  it.each([
    ['王毅', 'Fischer'], ['李强', 'Harris'], ['张伟', 'Chavez'], ['陈明', 'Merkel'], ['王芳', 'Wagner'], ['刘洋', 'Lyon'],
    ['李娜', 'Lena'], ['马丽', 'Marie'], ['安娜', 'Hannah'], ['何丽', 'Harley'], ['孙杨', 'Sunak'], ['高峰', 'Goffman'],
    ['史强', 'Strong'],
  ])('the Chinese name %s is not %s', (zh, foreign) => {
    const a = { value: entityKey(zh, 'zh', 'person'), type: 'person' as const };
    const b = { value: entityKey(foreign, 'en', 'person'), type: 'person' as const };
    expect(sameEntity(a, b)).toBe(false);
  });

  it('two Chinese names in pinyin must be equal', () => {
    expect(entityMatch('zhang wei', 'zhang wen')).toBeLessThan(SAME_ENTITY_THRESHOLD);
  });
});

describe('the table rules one by one', () => {
  it('cuts pinyin into syllables', () => {
    expect(pinyinParse('shitaiyinmaier')?.map((s) => s.initial + s.final)).toEqual(['shi', 'tai', 'yin', 'mai', 'er']);
    expect(pinyinParse('steinmeier')).toBeUndefined();
  });

  it('reads clusters as one sound and x as ks', () => {
    expect(foreignTokens('schmidt').filter((t) => !t.vowel)).toHaveLength(3);
    expect(foreignTokens('alex').filter((t) => !t.vowel)).toHaveLength(3);
  });

  it('a bare consonant character takes no vowel (克 k, 斯 s), a full one costs without one', () => {
    expect(transliterationScore('tusike', 'tusk')).toBe(1);
    expect(transliterationScore('tusika', 'tusk')).toBeLessThan(1);
  });

  it('a final -n or -ng renders the closing n or m', () => {
    expect(transliterationScore('telangpu', 'trump')).toBeGreaterThan(0.9);
    expect(transliterationScore('telapu', 'trump')).toBeLessThan(transliterationScore('telangpu', 'trump'));
  });

  it('drops the silent Turkish soft g', () => {
    expect(transliterationMatch('埃尔多安', 'Erdoğan')).toBeGreaterThanOrEqual(SAME_ENTITY_THRESHOLD);
  });

  it('is no pinyin, no score', () => {
    expect(transliterationScore('steinmeier', 'steinmeier')).toBe(0);
  });

  it('stays fast on long input', () => {
    const started = performance.now();
    transliterationScore('a'.repeat(18), 'b'.repeat(5000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
