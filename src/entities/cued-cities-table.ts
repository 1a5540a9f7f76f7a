/**
 * Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them whose Chinese name is
 * also a word (`汉堡`, Hamburg and the sandwich), and the localities of Hong Kong, Macao and Taiwan
 * it glosses as such (`葵涌`, `Kwai Chung (area in Hong Kong)`): read in Chinese only where a place
 * is named, in English always. Written by `scripts/build-world-cities.ts` (`npm run build:world-cities`); do
 * not edit by hand. 18 places, `name=English name` set apart by `|`, sorted by the name.
 */
export const CEDICT_CITIES_ALSO_WORDS =
  '上水=Sheung Shui|丹佛=Denver|仙台=Sendai|努克=Nuuk|卡拉=Kara|台中=Taichung|基尔=Kiel|帕斯=Perth|拉拉=Lala|杰拉=Gela' + '|' +
  '比萨=Pisa|汉堡=Hamburg|火炭=Fo Tan|烈日=Liege|贝拉=Beira|路环=Coloane|雪梨=Sydney|马赛=Marseille';

/**
 * Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them whose English name is
 * a word (`Nice`, `尼斯`): read in Chinese only where a place is named, in English never. Written
 * by the same script. 18 places, as above.
 */
export const CEDICT_CITIES_ENGLISH_WORDS =
  '凤凰城=Phoenix|利默里克=Limerick|博尔德=Boulder|卡宴=Cayenne|卢塞恩=Lucerne|图尔=Tours|威灵顿=Wellington|安克拉治=Anchorage' + '|' +
  '安克雷奇=Anchorage|尼斯=Nice|彼尔姆=Perm|斯普利特=Split|普罗维登斯=Providence|梅洛=Melo|泽西岛=Jersey|科克=Cork|美丽岛=Formosa' + '|' +
  '菲尼克斯=Phoenix';
