/**
 * The states and provinces of the United States, Canada and Australia (ISO 3166-2:US, CA, AU) as
 * CC-CEDICT (CC BY-SA 4.0) names them, with their English names; written by
 * `scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit by hand.
 * 152 names, `name=English name` set apart by `|`, sorted by the name.
 */
export const CEDICT_STATES =
  '不列颠哥伦比亚=British Columbia|不列颠哥伦比亚省=British Columbia|亚利桑那=Arizona|亚利桑那州=Arizona|亚拉巴马=Alabama' + '|' +
  '亚拉巴马州=Alabama|伊利诺=Illinois|伊利诺伊=Illinois|伊利诺伊州=Illinois|伊利诺州=Illinois|佛吉尼亚=Virginia|佛吉尼亚州=Virginia' + '|' +
  '佛罗里达=Florida|佛罗里达州=Florida|佛蒙特=Vermont|佛蒙特州=Vermont|俄亥俄=Ohio|俄亥俄州=Ohio|俄克拉何马=Oklahoma|俄克拉何马州=Oklahoma' + '|' +
  '俄勒冈=Oregon|俄勒冈州=Oregon|内华达=Nevada|内华达州=Nevada|内布拉斯加=Nebraska|内布拉斯加州=Nebraska|加利福尼亚=California' + '|' +
  '加利福尼亚州=California|加州=California|北卡罗来纳=North Carolina|北卡罗来纳州=North Carolina|北达科他=North Dakota' + '|' +
  '北达科他州=North Dakota|卑诗=British Columbia|卑诗省=British Columbia|南卡罗来纳=South Carolina' + '|' +
  '南卡罗来纳州=South Carolina|南澳大利亚州=South Australia|南达科他=South Dakota|南达科他州=South Dakota|印第安纳=Indiana' + '|' +
  '印第安纳州=Indiana|堪萨斯=Kansas|堪萨斯州=Kansas|奥克拉荷马=Oklahoma|奥克拉荷马州=Oklahoma|威斯康星=Wisconsin|威斯康星州=Wisconsin' + '|' +
  '威斯康辛=Wisconsin|威斯康辛州=Wisconsin|安大略省=Ontario|宾夕法尼亚=Pennsylvania|宾夕法尼亚州=Pennsylvania|宾州=Pennsylvania' + '|' +
  '密歇根=Michigan|密歇根州=Michigan|密苏里=Missouri|密苏里州=Missouri|密西根=Michigan|密西根州=Michigan|密西西比=Mississippi' + '|' +
  '密西西比州=Mississippi|康乃狄克=Connecticut|康乃狄克州=Connecticut|康涅狄格=Connecticut|康涅狄格州=Connecticut|弗吉尼亚=Virginia' + '|' +
  '弗吉尼亚州=Virginia|弗州=Virginia|得克萨斯=Texas|得克萨斯州=Texas|德克萨斯=Texas|德克萨斯州=Texas|怀俄明=Wyoming|怀俄明州=Wyoming' + '|' +
  '新不伦瑞克=New Brunswick|新不伦瑞克省=New Brunswick|新南威尔士=New South Wales|新南威尔士州=New South Wales|新墨西哥=New Mexico' + '|' +
  '新墨西哥州=New Mexico|新斯科舍=Nova Scotia|新斯科舍省=Nova Scotia|新泽西=New Jersey|新泽西州=New Jersey' + '|' +
  '新罕布什尔=New Hampshire|新罕布什尔州=New Hampshire|昆士兰=Queensland|昆士兰州=Queensland|曼尼托巴=Manitoba|曼尼托巴省=Manitoba' + '|' +
  '爱奥华=Iowa|爱奥华州=Iowa|爱荷华=Iowa|爱荷华州=Iowa|爱达荷=Idaho|爱达荷州=Idaho|特拉华=Delaware|特拉华州=Delaware|犹他=Utah' + '|' +
  '犹他州=Utah|田纳西=Tennessee|田纳西州=Tennessee|科罗拉多=Colorado|科罗拉多州=Colorado|纽泽西=New Jersey|纽泽西州=New Jersey' + '|' +
  '纽约=New York|纽约州=New York|纽芬兰与拉布拉多=Newfoundland and Labrador|纽芬兰与拉布拉多省=Newfoundland and Labrador' + '|' +
  '维吉尼亚=Virginia|维吉尼亚州=Virginia|维多利亚州=Victoria|缅因=Maine|缅因州=Maine|肯塔基=Kentucky|肯塔基州=Kentucky|艾伯塔=Alberta' + '|' +
  '艾伯塔省=Alberta|艾奥瓦=Iowa|艾奥瓦州=Iowa|艾尔伯塔=Alberta|艾尔伯塔省=Alberta|英属哥伦比亚=British Columbia' + '|' +
  '英属哥伦比亚省=British Columbia|萨斯喀彻温=Saskatchewan|萨斯喀彻温省=Saskatchewan|蒙大拿=Montana|蒙大拿州=Montana' + '|' +
  '西弗吉尼亚=West Virginia|西弗吉尼亚州=West Virginia|西澳大利亚=Western Australia|西澳大利亚州=Western Australia' + '|' +
  '路易斯安那=Louisiana|路易斯安那州=Louisiana|阿尔伯塔=Alberta|阿尔伯塔省=Alberta|阿拉巴马=Alabama|阿拉巴马州=Alabama|阿拉斯加=Alaska' + '|' +
  '阿拉斯加州=Alaska|阿肯色=Arkansas|阿肯色州=Arkansas|马尼托巴=Manitoba|马尼托巴省=Manitoba|马萨诸塞=Massachusetts' + '|' +
  '马萨诸塞州=Massachusetts|马里兰=Maryland|马里兰州=Maryland|魁北克=Quebec|魁北克省=Quebec';
