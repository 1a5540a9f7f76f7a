import { describe, expect, it } from 'vitest';
import { chinesePlaceKey, ZH_PROVINCE_ABBREVIATIONS } from '../../src/entities/gazetteer.js';
import { namesIn } from './people.js';

const places = (text: string, lang: 'en' | 'zh'): string[] => namesIn(text, lang, 'place').map(([span, key]) => `${span}=${key}`);

describe('runs of province abbreviations', () => {
  it.each([
    ['京津冀三地的物流成本下降。', ['京=beijing', '津=tianjin', '冀=hebei']],
    ['川渝地区的电子产业集群', ['川=sichuan', '渝=chongqing']],
    ['京沪高铁开通十周年', ['京=beijing', '沪=shanghai']],
    ['云贵高原的茶园', ['云=yunnan', '贵=guizhou']],
    ['欢迎港澳同胞回乡', ['港=hong kong', '澳=macao']],
    ['来自港澳台的学生', ['港=hong kong', '澳=macao', '台=taiwan']],
    ['苏浙皖的制造企业', ['苏=jiangsu', '浙=zhejiang', '皖=anhui']],
    ['黑吉辽三省联合发布通知', ['黑=heilongjiang', '吉=jilin', '辽=liaoning']],
    ['粤港澳大湾区的航运', ['粤=guangdong', '港=hong kong', '澳=macao', '大湾区=greater bay area']],
    ['滬港兩地合作', ['滬=shanghai', '港=hong kong']],
  ])('%s', (text, expected) => {
    expect(places(text, 'zh')).toEqual(expected);
  });

  it.each([
    '新台币兑美元升值。', // 新台币: the currency, no run of places
    '黑云压城，暴雨将至。', // 黑云: dark clouds, no word of a region after it
    '贵台新闻栏目的记者', // 贵台 (your station), then 新: a run with characters in common use needs a word after it
    '秦晋之好', // 秦 is left out: a dynasty as often as Shaanxi
    '沪宁高速车流平稳。', // 宁 is Nanjing here, and is left out: 沪 alone is no run
    '吉祥物青云直上', // no two abbreviations before a region word
  ])('no places in %s', (text) => {
    expect(places(text, 'zh')).toEqual([]);
  });

  it('keys them as the English names of the provinces', () => {
    const en = places('Trade across the Beijing-Tianjin-Hebei region and between Hong Kong and Macao grew.', 'en').map((p) => p.split('=')[1]);
    const zh = places('京津冀区域及港澳之间的贸易增长。', 'zh').map((p) => p.split('=')[1]);
    expect(zh).toEqual(en);
  });
});

describe('the province abbreviations', () => {
  it('each stand for a place the gazetteer keys', () => {
    for (const name of ZH_PROVINCE_ABBREVIATIONS.values()) expect(chinesePlaceKey(name), name).toBeDefined();
  });
});
