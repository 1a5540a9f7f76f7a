/**
 * Companies, banks and airlines as CC-CEDICT (CC BY-SA 4.0) glosses them, with their English
 * names; written by `scripts/build-companies.ts` (`npm run build:companies`); do not edit by hand.
 * 346 bodies, `name=English names` set apart by `|`, the English names by `;`, sorted by the name.
 */
export const CEDICT_COMPANIES =
  '万科=Vanke|三井=Mitsui|三得利=Suntory|三星集团=Samsung Group;Samsung|三联书店=Joint Publishing|三鹿=Sanlu' + '|' +
  '三鹿集团=Sanlu Group;Sanlu|上海振华港口机械=Shanghai Zhenhua Port Machinery Company|上海文广新闻传媒=Shanghai Media Group' + '|' +
  '上海文广新闻传媒集团=Shanghai Media Group' + '|' +
  '上海汽车工业=Shanghai Automotive Industry Corp.;Shanghai Automotive Industry;SAIC' + '|' +
  '上海汽车工业集团=Shanghai Automotive Industry Corp.;Shanghai Automotive Industry;SAIC' + '|' +
  '上海浦东发展银行=Shanghai Pudong Development Bank|东印度公司=East India Company|东方航空=China Eastern Airlines' + '|' +
  '东芝=Toshiba|中信银行=China CITIC Bank|中华航空公司=China Airlines|中国东方航空=China Eastern Airlines' + '|' +
  '中国交通建设=China Communications Construction Company|中国光大银行=China Everbright Bank' + '|' +
  '中国北方工业公司=China North Industries Corporation|中国商用飞机=COMAC|中国商飞=COMAC|中国国际航空公司=Air China Ltd.;Air China' + '|' +
  '中国核能总公司=China National Nuclear Corporation;CNNC' + '|' +
  '中国海洋石油总公司=CNOOC;China National Offshore Oil Corporation|中国电信=China Telecom' + '|' +
  '中国电视公司=China Television Company;CTV|中国石化=China Petroleum and Chemical Corporation' + '|' +
  '中国石油化工股份有限公司=China Petroleum and Chemical Corporation' + '|' +
  '中国石油天然气集团公司=China National Petroleum Corporation|中国移动=China Mobile|中国移动通信=China Mobile' + '|' +
  '中国精密机械进出口公司=China Precision Machinery Import-Export Corporation;CPMIEC|中国联合航空=China United Airlines' + '|' +
  '中国联通=China Unicom;China United Telecommunications Corporation|中国航天工业公司=China Aerospace Corporation' + '|' +
  '中国船舶工业=China State Shipbuilding Corporation;CSSC|中国船舶工业集团=China State Shipbuilding Corporation;CSSC' + '|' +
  '中国船舶贸易公司=China Shipbuilding Trading Corporation;CSTC|中国银联=China UnionPay' + '|' +
  '中国长城工业公司=China Great Wall Industry Corporation;CGWIC|中复电讯=Zoomflight Telecom' + '|' +
  '中旅社=China Travel Service;CTS|中油=CPC Corporation;CPC|中石化=China Petroleum and Chemical Corporation' + '|' +
  '中联航=China United Airlines|中视=China Television Company;CTV' + '|' +
  '中译语通=Global Tone Communication Technology Co.;Global Tone Communication Technology|乐购=Tesco' + '|' +
  '亚投行=Asian Infrastructure Investment Bank|亚洲开发银行=Asian Development Bank|亚瑟士=ASICS|京东=Jingdong' + '|' +
  '京都念慈庵=King-to Nin Jiom|伊留申=Ilyushin|伊莱克斯=Electrolux|优尼科=Unocal|优步=Uber|优衣库=Uniqlo|住友=Sumitomo' + '|' +
  '佐丹奴=Giordano|佳世客=JUSCO|佳得乐=Gatorade|保利科技有限公司=Poly Technologies|保时捷=Porsche|倩碧=Clinique|克莱斯勒=Chrysler' + '|' +
  '全日空=All Nippon Airways;ANA|全美广播公司=National Broadcasting Company;NBC|全联=PX Mart|兰博基尼=Lamborghini' + '|' +
  '兰蔻=Lancôme|农夫山泉=Nongfu Spring|冰雪皇后=Dairy Queen|凌志=Lexus|凡士通=Firestone|凯悦=Hyatt;Hyatt Regency' + '|' +
  '力帆=Lifan Group;Lifan|力拓=Rio Tinto|加多宝=JDB|劳力士=Rolex|勃朗宁=Browning|北方工业=Norinco' + '|' +
  '北欧航空公司=Scandinavian Airlines|华为=Huawei|华夏银行=Huaxia Bank;Huaxia|华润=China Resources|华硕=Asus' + '|' +
  '华米科技=Zepp Health Corporation|华纳音乐=Warner Music Group|华纳音乐集团=Warner Music Group|华航=China Airlines' + '|' +
  '南航=China Southern Airlines|博福斯=Bofors|卡地亚=Cartier|卡尔文克莱因=Calvin Klein CK|卡巴斯基=Kaspersky' + '|' +
  '卡特彼勒公司=Caterpillar Inc.|友邦保险=AIA Group Limited;AIA Group;AIA|双立人=J. A. Henckels|古奇=Gucci|古驰=Gucci' + '|' +
  '可口可乐公司=The Coca-Cola Company;Coca-Cola Company;Coca-Cola' + '|' +
  '台积电=Taiwan Semiconductor Manufacturing Company;TSMC|史威士=Schweppes|史泰博=Staples Inc.|合众银行=Bancorp' + '|' +
  '吉之岛=JUSCO|同仁堂=Tongrentang|名爵=MG Motor;MG|君悦=Grand Hyatt|味之素=Ajinomoto|和记黄埔=Hutchison Whampoa' + '|' +
  '品客=Pringles|哈利伯顿=Halliburton|哈苏=Hasselblad|商汤科技=SenseTime|商科集团=Shangke Corporation;Shangke|善存=Centrum' + '|' +
  '喜力=Heineken|国泰航空=Cathay Pacific|国航=Air China Ltd.;Air China|国际金融公司=International Finance Corporation' + '|' +
  '图波列夫=Tupolev|埃森哲=Accenture|塞斯纳=Cessna|夏利=Xiali|夏普=Sharp Corporation|大宇=Daewoo|大润发=RT Mart|大疆=DJI' + '|' +
  '大韩航空=Korean Air|太古洋行=Butterfield and Swire|奇瑞=Chery|奈飞=Netflix|奥林巴斯=Olympus|好又多=Trust-Mart' + '|' +
  '字节跳动=ByteDance|安捷伦科技=Agilent Technologies;Agilent|安联=Allianz|安达仕=Andaz|宏碁=Acer|宏碁集团=Acer|宜家=IKEA' + '|' +
  '宝武钢铁=Baowu|宝贴=Blu-tack|宝钢=Baosteel|家乐氏=Kellogg\'s|家乐福=Carrefour|宾得=Pentax|富士=Fuji' + '|' +
  '富士康=Foxconn Technology Group;Foxconn|富士康科技=Foxconn Technology Group;Foxconn' + '|' +
  '富士康科技集团=Foxconn Technology Group;Foxconn|尼桑=Nissan|工行=ICBC|巴克莱银行=Barclays Bank;Barclays|巴宝莉=Burberry' + '|' +
  '康佳=Kongka|彭博通讯社=Bloomberg L.P.|微星=Micro-Star International;Micro-Star;MSI' + '|' +
  '微软=Microsoft Corporation;Microsoft|微软公司=Microsoft Corporation;Microsoft|德国之声=Deutsche Welle' + '|' +
  '德国汉莎航空公司=Deutsche Lufthansa AG;Lufthansa|德意志银行=Deutsche Bank;Deutsche|德航=Lufthansa|必和必拓=BHP Billiton' + '|' +
  '思科=Cisco Systems Company;Cisco|恒生银行=Hang Seng Bank|悍马=Hummer' + '|' +
  '技嘉=GIGABYTE Technology Co.;GIGABYTE Technology|拼多多=Pinduoduo|捷安特=Giant Manufacturing|搜狐=Sohu|搜狐网=Sohu' + '|' +
  '携程=Trip.com Group;Trip.com|摩根士丹利=Morgan Stanley|敌杀死=Decis|数码通=SmarTone-Vodafone|斯沃琪=Swatch' + '|' +
  '新剧同志会=New Play Comrade Society|新浪=Sina|新浪网=Sina|日本放送协会=NHK|日本航空=Japan Airlines;JAL|日电=NEC|日电电子=NEC' + '|' +
  '时代华纳=Time Warner Inc.;Time Warner|易趣=EachNet|星岛=Sing Tao|春柳=Spring Willow Society' + '|' +
  '春柳剧场=Spring Willow Society|春柳社=Spring Willow Society|是德科技=Keysight Technologies;Keysight' + '|' +
  '普利司通=Bridgestone|普拉达=Prada|曼妥思=Mentos|李维斯=Levi\'s|杜邦=DuPont|杰士派=Gatsby' + '|' +
  '松下公司=Panasonic Corporation;Panasonic|松下电器=Panasonic Corporation;Panasonic|果倍爽=Capri-Sun|柏悦=Park Hyatt' + '|' +
  '格力=Gree|桂格=Quaker|森海塞尔=Sennheiser|欧姆龙=Omron Corporation;Omron|欧宝=Opel|欧洲中央银行=European Central Bank' + '|' +
  '欧莱雅=L\'Oréal|歌诗达邮轮=Costa Cruises|比亚迪汽车=BYD Auto|汇业财经=Delta Asia Financial Group' + '|' +
  '汇业财经集团=Delta Asia Financial Group|汇丰=Hong Kong and Shanghai Banking Corporation;HSBC' + '|' +
  '汇丰银行=Hong Kong and Shanghai Banking Corporation;HSBC|沃尔沃=Volvo|沃尔玛=Wal-Mart|沃达丰=Vodafone|法拉利=Ferrari' + '|' +
  '洛克西德=Lockheed|派拉蒙影业=Paramount Pictures|海信=Hisense|海尼根=Heineken|海航=Hainan Airlines' + '|' +
  '渣打银行=Standard Chartered Bank|港龙航空=Hong Kong Dragon Airlines' + '|' +
  '滴滴出行=Didi Chuxing Technology Co.;Didi Chuxing Technology|潘婷=Pantene' + '|' +
  '澳洲广播电台=Australian Broadcasting Corporation;ABC|爱普生=Epson|爱立信=Ericsson|爱维养=Evian|爱马仕=Hermès|特卫强=Tyvek' + '|' +
  '特易购=Tesco|王老吉=Wanglaoji|环球音乐=Universal Music Group|环球音乐集团=Universal Music Group|现代集团=Hyundai|理光=Ricoh' + '|' +
  '瑞萨=Renesas Electronics;Renesas|百思买=Best Buy|研华=Advantech|神龙汽车=Dongfeng Peugeot-Citroën' + '|' +
  '福特汽车=Ford Motor Company|福维克=Vorwerk|禧玛诺=Shimano|科尼赛克=Koenigsegg|穆迪=Moody\'s|空中客车=Airbus|空客=Airbus' + '|' +
  '米其林=Michelin|米格=Russian Aircraft Corporation|米高梅=Metro-Goldwyn-Mayer|红环=Rotring|纳斯达克=NASDAQ' + '|' +
  '维氏=Victorinox|绿箭=Wrigley\'s Doublemint|网飞=Netflix|罗斯涅夫=Rosneft|罗氏=Roche|美体小铺=The Body Shop;Body Shop' + '|' +
  '美团点评=Meituan-Dianping|美国全国广播公司=National Broadcasting Company;NBC|美国国际=American International Group' + '|' +
  '美国国际集团=American International Group|美国广播公司=ABC|美国联邦储备=US Federal Reserve;Federal Reserve' + '|' +
  '美国航空=American Airlines|美国航空公司=American Airlines|美国运通=American Express Co.;American Express' + '|' +
  '美粒果=Minute Maid|美联储=US Federal Reserve;Federal Reserve|联合技术公司=United Technologies Corporation' + '|' +
  '联想集团=Lenovo Group;Lenovo|联航=China United Airlines|腾讯=Tencent|芬达=Fanta|苏宁电器=Suning Appliance' + '|' +
  '英伟达=NVIDIA|英国广播公司=British Broadcasting Corporation|英国广播电台=British Broadcasting Corporation' + '|' +
  '英广=British Broadcasting Corporation|英迪格酒店=Hotel Indigo|英飞凌=Infineon|苹果公司=Apple Inc.|荣威=Roewe' + '|' +
  '荷兰皇家航空=KLM Royal Dutch Airlines|葛兰素史克=GlaxoSmithKline' + '|' +
  '蒙牛=China Mengniu Dairy Company Limited;China Mengniu Dairy Company|蓝丁胶=Blu-tack' + '|' +
  '蔡司公司=Zeiss Company;Zeiss|蚂蚁金服=Ant Financial Services Group|西北航空公司=Northwest Airlines' + '|' +
  '西松建设=Nishimatsu Construction Co.;Nishimatsu Construction|观澜湖=Mission Hills Group|诺美克斯=Nomex|谷歌=Google' + '|' +
  '贝塔斯曼=Bertelsmann|贝宝=PayPal|贝纳通=Benetton|赛力斯=Seres|赛轮思=Cerence|路易威登=Louis Vuitton|辉瑞=Pfizer' + '|' +
  '辣椒仔=Tabasco|达美航空=Delta Air Lines|迈巴赫=Maybach|通用汽车=General Motors|通用汽车公司=General Motors|那斯达克=NASDAQ' + '|' +
  '酒鬼酒=Jiugui Liquor|酷派=Coolpad Group Ltd;Coolpad Group;Coolpad|金威=Kingway|铭瑄=MaxSun|锐步=Reebok' + '|' +
  '长荣海运=Evergreen Marine Corp.;Evergreen Marine|长荣航空=EVA Air|阿华田=Ovaltine|阿斯利康=AstraZeneca' + '|' +
  '阿联酋航空=Emirates|阿迪达斯=Adidas|陕飞集团=Shaanxi Aircraft Corporation|雅芳=Avon|雪佛莱=Chevrolet' + '|' +
  '雪佛龙公司=Chevron Corporation|雪佛龙石油公司=Chevron Corporation|雪铁龙=Citroën|雷曼兄弟=Lehman Brothers' + '|' +
  '雷神公司=Raytheon Company;Raytheon|非洲开发银行=African Development Bank|韩亚航空=Asiana Airlines;Asiana|韩亚龙=H Mart' + '|' +
  '飞利浦=Philips|马可尼=Marconi|马航=Malaysia Airlines|高露洁=Colgate' + '|' +
  '鸿海=Hon Hai Precision Industry Company;Foxconn|麦当劳=McDonald\'s|麦提莎=Maltesers|麦道=McDonnell Douglas';
