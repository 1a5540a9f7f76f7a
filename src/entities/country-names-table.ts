/**
 * Other Chinese names of the gazetteer's countries, as Taiwan and Hong Kong write them, from
 * CC-CEDICT (CC BY-SA 4.0), with each country's first English name; written by
 * `scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit by hand.
 * 89 names, `name=English name` set apart by `|`, sorted by the name.
 */
export const CEDICT_COUNTRY_NAMES =
  '不列颠=United Kingdom|中亚细亚=Central Asia|义大利=Italy|亚塞拜然=Azerbaijan|亚细亚=Asia|亚细亚洲=Asia|亚美利加=United States' + '|' +
  '亚美利加洲=United States|克罗埃西亚=Croatia|加彭=Gabon|北朝鲜=North Korea|北美洲=North America|北韩=North Korea' + '|' +
  '南朝鲜=South Korea|南美洲=South America|南韩=South Korea|卡达=Qatar|卢安达=Rwanda|厄利垂亚=Eritrea|厄瓜多=Ecuador' + '|' +
  '叶门=Yemen|吉尔吉斯坦=Kyrgyzstan|吉布地=Djibouti|哥斯大黎加=Costa Rica|坦尚尼亚=Tanzania|多明尼加=Dominican Republic' + '|' +
  '多明尼加共和国=Dominican Republic|多米尼加共和国=Dominican Republic|大不列颠=United Kingdom|大英联合王国=United Kingdom' + '|' +
  '奈及利亚=Nigeria|宏都拉斯=Honduras|寮国=Laos|尚比亚=Zambia|尼日=Niger|巴布亚纽几内亚=Papua New Guinea|巴纽=Papua New Guinea' + '|' +
  '布吉纳法索=Burkina Faso|捷克共和国=Czech Republic|斯洛维尼亚=Slovenia|星洲=Singapore|查德=Chad|模里西斯=Mauritius' + '|' +
  '欧洲联盟=European Union|欧罗巴=Europe|欧罗巴洲=Europe|汤加群岛=Tonga|汶莱=Brunei|沙乌地阿拉伯=Saudi Arabia|法兰西=France' + '|' +
  '波士尼亚=Bosnia and Herzegovina|波士尼亚与赫塞哥维纳=Bosnia and Herzegovina|波斯尼亚=Bosnia and Herzegovina' + '|' +
  '波札那=Botswana|波赫=Bosnia and Herzegovina|澳大利亚洲=Australia|澳洲=Australia|狮子山=Sierra Leone|瓜地马拉=Guatemala' + '|' +
  '甘比亚=Gambia|白罗斯=Belarus|突尼西亚=Tunisia|索马利亚=Somalia|纽西兰=New Zealand|美利坚=United States' + '|' +
  '联合王国=United Kingdom|肯亚=Kenya|英吉利=England|英联合王国=United Kingdom|茅利塔尼亚=Mauritania|莫三比克=Mozambique' + '|' +
  '蒙古国=Mongolia|蒲隆地=Burundi|衣索比亚=Ethiopia|贝南=Benin|赖比瑞亚=Liberia|赖索托=Lesotho|赛普勒斯=Cyprus|辛巴威=Zimbabwe' + '|' +
  '迦纳=Ghana|阿拉伯联合大公国=United Arab Emirates|阿拉伯联合酋长国=United Arab Emirates|阿联酋长国=United Arab Emirates' + '|' +
  '阿非利加=Africa|阿非利加洲=Africa|马利=Mali|马尔他=Malta|马拉威=Malawi|马达加斯加岛=Madagascar';
