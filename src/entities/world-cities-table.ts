/**
 * Cities and towns outside China as CC-CEDICT (CC BY-SA 4.0) glosses them, with their English
 * names; written by `scripts/build-world-cities.ts` (`npm run build:world-cities`); do not edit
 * by hand. 698 places, `name=English name` set apart by `|`, sorted by the name.
 */
export const CEDICT_WORLD_CITIES =
  '万隆=Bandung|下龙湾=Ha Long Bay|不列颠诸岛=British Isles|不来梅港=Bremerhaven|不莱梅=Bremen|中南半岛=Indochina' + '|' +
  '中印半岛=Indochina|中途岛=Midway Islands|乌尔姆=Ulm|乌尔根奇=Urgench|乌拜迪=Ubaydi|乌特列支=Utrecht|乌苏里斯克=Ussuriisk' + '|' +
  '乐蜀=Luxor|亚当斯敦=Adamstown|亚琛=Aachen|亚速尔群岛=Azores Islands|亨格洛=Hengelo|京斯敦=Kingstown|京都=Kyoto' + '|' +
  '仓敷=Kurashiki|代顿=Dayton|伊伦=Irun|伊斯兰马巴德=Islamabad|伊斯坦布尔=Istanbul|伊斯特=Istres|伊比利亚半岛=Iberian Peninsula' + '|' +
  '伏尔加格勒=Volgograd|休士顿=Houston|休斯敦=Houston|伯恩=Bern|伯恩茅斯=Bournemouth|佛罗伦萨=Florence|佩皮尼昂=Perpignan' + '|' +
  '佩鲁贾=Perugia|克基拉岛=Corfu|克孜勒=Kyzyl|克拉斯诺达尔=Krasnodar|克拉斯金诺=Kraskino|克赖斯特彻奇=Christchurch' + '|' +
  '克里斯蒂安松=Kristiansund|克里特岛=Crete|兰斯=Reims|兰辛=Lansing|关塔纳摩=Guantanamo|兹沃勒=Zwolle|内比都=Naypyidaw' + '|' +
  '冲绳=Okinawa|冲绳岛=Okinawa Island|列克星顿=Lexington|利伯维尔=Libreville|利勒哈默尔=Lillehammer|利物浦=Liverpool' + '|' +
  '利隆圭=Lilongwe|利雅德=Riyadh|利马索尔=Limassol|加尔各答=Calcutta|加拉巴哥斯群岛=Galapagos Islands' + '|' +
  '加拉帕戈斯群岛=Galapagos Islands|加的斯=Cádiz|加罗林群岛=Caroline Islands|加那利群岛=Canary Islands|加里曼丹岛=Kalimantan' + '|' +
  '努库阿洛法=Nuku\'alofa|努瓜娄发=Nuku\'alofa|努瓦克肖特=Nouakchott|努美阿=Nouméa|勃固=Pegu|勒哈费尔=Le Havre|勒斯波斯岛=Lesbos' + '|' +
  '勒维夫=Lviv|勘察加半岛=Kamchatka Peninsula|北布拉班特=Noord Brabant|北马里亚纳群岛=Northern Mariana Islands' + '|' +
  '匹兹堡=Pittsburgh|千岛群岛=Kuril Islands|南安普敦=Southampton|南定=Nam Dinh|南岛=South Island|南沙群岛=Spratly Islands' + '|' +
  '南特=Nantes|博伊西=Boise|博帕尔=Bhopal|博德=Bodø|博拉博拉岛=Bora Bora|卡尔加里=Calgary|卡尔巴拉=Karbala|卡尔斯鲁厄=Karlsruhe' + '|' +
  '卡拉奇=Karachi|卡拉比拉=Karabilah|卡斯特里=Castries|卡斯翠=Castries|卡昂=Caen|卡森城=Carson City|卡纳维尔角=Cape Canaveral' + '|' +
  '卡西莫夫=Kasimov|卢克索=Luxor|卢卡=Lucca|卢布尔雅那=Ljubljana|卢比安纳=Ljubljana|卢瓦尔河=Loire River|卢萨卡=Lusaka' + '|' +
  '卧龙岗=Wollongong|印支半岛=Indochina|印第安纳波利斯=Indianapolis|古晋=Kuching|可伦坡=Colombo|史丹顿岛=Staten Island' + '|' +
  '史高比耶=Skopje|叶里温=Yerevan|吉佳利=Kigali|吉大港=Chittagong|吉尔伯特群岛=Gilbert Islands|名古屋=Nagoya|吕宋岛=Luzon Island' + '|' +
  '吕贝克=Lübeck|君士坦丁堡=Constantinople|吴哥城=Ankorwat|咸兴=Hamhung|哈博罗内=Gaborone|哈尔斯塔=Harstad|哈尔登=Halden|哈恩=Jaén' + '|' +
  '哈拉雷=Harare|哈里斯堡=Harrisburg|哈马尔=Hamar|哈马黑拉岛=Halmahera|哥德堡=Gothenburg|哥打巴鲁=Kota Bharu|喀土穆=Khartoum' + '|' +
  '因斯布鲁克=Innsbruck|图卢兹=Toulouse|图卢斯=Toulouse|图尔库=Turku|图恩=Thun|土伦=Toulon|土桑=Tucson|圣保罗=São Paulo' + '|' +
  '圣克鲁斯岛=Santa Cruz Island|圣劳伦斯河=St Lawrence River|圣卢西亚岛=Saint Lucia|圣塔伦=Santarém|圣多明各=Santo Domingo' + '|' +
  '圣多美=Sao Tome|圣安东尼奥=San Antonio|圣安地列斯断层=San Andreas Fault|圣安德列斯断层=San Andreas Fault' + '|' +
  '圣彼得堡=Saint Petersburg|圣约翰斯=St John\'s|圣纳帕=Agia Napa|圣胡安=San Juan|圣萨尔瓦多=San Salvador' + '|' +
  '圣诞岛=Christmas Island|圣赫勒拿岛=Saint Helena|圣马洛=St Malo|地拉那=Tirana|坎培拉=Canberra|坎大哈=Kandahar|坑口=Hang Hau' + '|' +
  '垒固=Loi-kaw|埃利斯岛=Ellis Island|埃尔帕索=El Paso|埃尔朗根=Erlangen|埃尔福特=Erfurt|埃德蒙顿=Edmonton|埃拉特=Eilat' + '|' +
  '埃格尔松=Egersund|埃森=Essen|埃森纳赫=Eisenach|培亚=Praia|基督城=Christchurch|堪察加半岛=Kamchatka Peninsula' + '|' +
  '塔拉哈西=Tallahassee|塔拉瓦=Tarawa|塔斯曼尼亚岛=Tasmania|塔那那利佛=Antananarivo|塞勒姆=Salem|塞哥维亚=Segovia|塞维利亚=Seville' + '|' +
  '墨尔本=Melbourne|复活节岛=Easter Island|夏威夷岛=Hawaii|夏延=Cheyenne|夏洛特敦=Charlottetown|夏洛特阿马利亚=Charlotte Amalie' + '|' +
  '多伦多=Toronto|多多马=Dodoma|多特蒙德=Dortmund|大不里士=Tabriz|大乌苏里岛=Bolshoi Ussuriisk Island|大加那利岛=Gran Canaria' + '|' +
  '大吉岭=Darjeeling|大屿山=Lantau Island|大阪=Osaka|大阪府=Osaka Prefecture|太子港=Port-au-Prince|奇瓦瓦=Chihuahua' + '|' +
  '奈洛比=Nairobi|奥什=Osh|奥克兰=Auckland|奥卢=Oulu|奥尔巴尼=Albany|奥尔德尼岛=Alderney|奥林匹亚=Olympia|奥波莱=Opole|奥维耶多=Oviedo' + '|' +
  '奥胡斯=Aarhus|奥腊涅斯塔德=Oranjestad|威克岛=Wake Island|威基基=Waikiki|威奇托=Wichita|威廉斯堡=Williamsburg|孔斯贝格=Kongsberg' + '|' +
  '安塔那那利佛=Antananarivo|安特卫普=Antwerp|宝林=Po Lam|富士山=Mt. Fuji|对马岛=Tsushima Island|尖阁列岛=Senkaku Islands' + '|' +
  '尤卡坦半岛=Yucatan Peninsula|尤坎=Rjukan|尼亚美=Niamey|尼古西亚=Nicosia|尼姆=Nîmes|尼科西亚=Nicosia|屈伦博赫=Culemborg' + '|' +
  '岘港=Da Nang|巴伦西亚=Valencia|巴勒莫=Palermo|巴厘岛=Bali|巴吞鲁日=Baton Rouge|巴坦群岛=Batan Islands|巴塞尔=Basel' + '|' +
  '巴塞罗那=Barcelona|巴士拉=Basra|巴尔干半岛=Balkan Peninsula|巴尼亚卢卡=Banja Luka|巴布延群岛=Babuyan Archipelago' + '|' +
  '巴拉马利波=Paramaribo|巴斯特尔=Basseterre|巴特纳=Batna|巴生=Klang|巴马科=Bamako|巽他群岛=Sunda Islands|布列斯特=Brest' + '|' +
  '布哈拉=Bokhara|布尔诺=Brno|布干维尔=Bougainville|布干维尔岛=Bougainville Island|布拉德福德=Bradford|布拉柴维尔=Brazzaville' + '|' +
  '布拉迪斯拉发=Bratislava|布松布拉=Bujumbura|布琼布拉=Bujumbura|布莱顿=Brighton|布里坦尼=Brittany|布里奇顿=Bridgetown' + '|' +
  '布里斯托尔=Bristol|布里斯班=Brisbane|希尔弗瑟姆=Hilversum|希洪=Gijón|帕利基尔=Palikir|帕拉马里博=Paramaribo|帕果帕果=Pago Pago' + '|' +
  '帕皮提=Papeete|帕福斯=Paphos|帝力=Dili|帝汶岛=Timor|席凡宁根=Scheveningen|平城=Pyongsong|广岛=Hiroshima' + '|' +
  '库克群岛=Cook Islands|库尔=Chur|库里提巴=Curitiba|库页岛=Sakhalin|底格里斯=Tigris River|底格里斯河=Tigris River|底特律=Detroit' + '|' +
  '康斯坦察=Constanta|康斯坦茨=Konstanz|廷布=Thimphu|开城=Kaesong|开普敦=Cape Town|开曼群岛=Cayman Islands|弗洛勒斯岛=Flores' + '|' +
  '弗洛里斯岛=Flores|弗罗茨瓦夫=Wroclaw|弗里敦=Freetown|弗雷德里克顿=Fredericton|彬马那=Pyinmana|得梅因=Des Moines' + '|' +
  '德古西加巴=Tegucigalpa|德干=Deccan|德班=Durban|德累斯顿=Dresden|德里=New Delhi|德雷斯顿=Dresden|怡保=Ipoh|恩斯赫德=Enschede' + '|' +
  '恩贾梅纳=N\'Djamena|悉尼=Sydney|慕尼黑=Munich|戈斯拉尔=Goslar|戛纳=Cannes|所罗门群岛=Solomon Islands|托尔斯港=Tórshavn' + '|' +
  '托皮卡=Topeka|托莱多=Toledo|拉各斯=Lagos|拉合尔=Lahore|拉奎拉=L\'Aquila|拉布拉多=Labrador|拉斯帕尔马斯=Las Palmas' + '|' +
  '拉斯维加斯=Las Vegas|拉法赫=Rafah|拉纳卡=Larnaca|拉马特甘=Ramat Gan|拿索=Nassau|拿骚=Nassau|捷尔任斯克=Dzerzhinsk|捷尔梅兹=Termez' + '|' +
  '提尔=Tyre|摩加迪休=Mogadishu|摩德纳=Modena|摩苏尔=Mosul|摩鹿加群岛=Maluku Islands|撒丁岛=Sardinia|撒马尔干=Samarkand' + '|' +
  '撒马尔罕=Samarkand|敖德萨=Odessa|教堂山=Chapel Hill|敦刻尔克=Dunkirk|文锦渡=Man Kam To|斯图加特=Stuttgart|斯摩棱斯克=Smolensk' + '|' +
  '斯普拉特利群岛=Spratly Islands|斯科普里=Skopje|斯里巴加湾港=Bandar Seri Begawan|斯雷布雷尼察=Srebrenica|新不列颠岛=New Britain' + '|' +
  '新奥尔良=New Orleans|新山=Johor Bahru|新西伯利亚=Novosibirsk|日内瓦=Geneva|日惹=Yogyakarta|旧金山=San Francisco' + '|' +
  '旺角=Mong Kok|昌原=Changwon City|昌迪加尔=Chandighar|明尼苏达=Minnesota|春日部=Kasukabe|普利托里亚=Pretoria|普吉=Phuket' + '|' +
  '普拉=Pula|普拉亚=Praia|普林斯顿=Princeton|普罗夫迪夫=Plovdiv|普里什蒂纳=Pristina|普雷斯堡=Pressburg|普雷斯顿=Preston' + '|' +
  '暹粒=Siem Reap|曼城=Manchester|曼海姆=Mannheim|札幌=Sapporo|札格拉布=Zagreb|札格瑞布=Zagreb|札格雷布=Zagreb|朱诺=Juneau' + '|' +
  '杜伊斯堡=Duisburg|杜哈=Doha|杜塞尔多夫=Düsseldorf|杜尚别=Dushanbe|杜布罗夫尼克=Dubrovnik|杜笃玛=Dodoma|杰斐逊城=Jefferson City' + '|' +
  '杰里科=Jericho|松巴哇岛=Sumbawa|林堡=Limburg|林茨=Linz|林雪平=Linköping|查戈斯群岛=Chagos Archipelago|柯那克里=Conakry' + '|' +
  '根特=Ghent|根西岛=Guernsey|格勒诺布尔=Grenoble|格恩西岛=Guernsey|格拉=Gera|格拉斯哥=Glasgow|格拉纳达=Granada|格拉茨=Graz' + '|' +
  '格洛斯特=Gloucester|格罗兹尼=Grozny|格陵兰岛=Greenland|格雷茅斯=Greymouth|桑坦德=Santander|桑托里尼岛=Santorini|梁赞=Ryazan' + '|' +
  '梅斯=Metz|梵蒂冈城=Vatican City|棉兰=Medan|棉兰老岛=Mindanao|横滨=Yokohama|檀香山=Honolulu|比什凯克=Bishkek' + '|' +
  '比勒费尔德=Bielefeld|比安=Bienne|比绍=Bissau|毕尔巴鄂=Bilbao|水原=Suweon City|永珍=Vientiane|氹仔=Taipa|沙头角=Sha Tau Kok' + '|' +
  '沙特鲁=Chateauroux|沙那=Sana\'a|法兰克福=Frankfurt|法罗群岛=Faroe Islands|波兹南=Poznan|波兹坦=Potsdam|波士顿=Boston|波季=Poti' + '|' +
  '波德戈里察=Podgorica|波德里查=Podgorica|波拉波拉岛=Bora Bora|波昂=Bonn|波来古=Pleiku|波隆那=Bologna|波鸿=Bochum|泰尔=Tyre' + '|' +
  '泰瑟尔岛=Texel|洛杉矶=Los Angeles|洛桑=Lausanne|洛美=Lome|津岛=Tsushima|浦那=Pune|浦项=Pohang|海峡群岛=Channel Islands' + '|' +
  '海德保=Heidelberg|海法=Haifa|深井=Sham Tseng|清迈=Chiang Mai|温哥华=Vancouver|温哥华岛=Vancouver Island|温尼伯=Winnipeg' + '|' +
  '温得和克=Windhoek|温特图尔=Winterthur|滑铁卢=Waterloo|滨松=Hamamatsu|火奴鲁鲁=Honolulu|爪哇岛=Java|爱丽丝泉=Alice Springs' + '|' +
  '爱丽斯泉=Alice Springs|爱德华岛=Prince Edward Island|爱德华王子岛=Prince Edward Island|爱德斯沃尔=Eidsvoll|牛津=Oxford' + '|' +
  '特伦顿=Trenton|特古西加尔巴=Tegucigalpa|特罗多斯=Troodos|特里尔=Trier|特鲁埃尔=Teruel|玛律=Malé|珀斯=Perth|珍珠港=Pearl Harbor' + '|' +
  '班什=Binche|班加罗尔=Bangalore|班吉=Bangui|班基=Bangui|班珠尔=Banjul|班竹=Banjul|瓜拉丁加奴=Kuala Terengganu' + '|' +
  '瓜达尔卡纳尔岛=Guadalcanal|瓦加杜古=Ouagadougou|瓦勒他=Valletta|瓦尔纳=Varna|瓦杜兹=Vaduz|瓦莱塔=Valletta|瓦都兹=Vaduz' + '|' +
  '甘托克=Gantok|白帝城=Baidi|白沙瓦=Peshawar|的里雅斯特=Trieste|的黎波里=Tripoli|皮尔=Pierre|皮特凯恩群岛=Pitcairn Islands' + '|' +
  '盐湖城=Salt Lake City|石岗=Shek Kong|神奈川=Kanagawa|神户=Kobe|福克兰群岛=Falkland Islands|福冈=Fukuoka' + '|' +
  '种子岛=Tanegashima|科伦坡=Colombo|科尔多瓦=Córdoba|科托努=Cotonou|科特布斯=Cottbus|科纳克里=Conakry|科西嘉岛=Corsica' + '|' +
  '科隆群岛=Galapagos Islands|竹园=Chuk Yuen|第戎=Dijon|米兰=Milan|索菲亚=Sofia|索里亚=Soria|约翰内斯堡=Johannesburg' + '|' +
  '纳什维尔=Nashville|纳霍德卡=Nakhodka|纽伦堡=Nuremberg|纽奥良=New Orleans|纽芬兰=Newfoundland Island|维冈=Wigan' + '|' +
  '维多利亚岛=Victoria Island|维拉港=Port Vila|罗利=Raleigh|罗安达=Luanda|罗得岛=Rhode Island|罗得斯岛=Rhodes' + '|' +
  '罗德岛=Rhode Island|罗托鲁瓦=Rotorua|罗斯托克=Rostock|罗索=Roseau|罗讷河=Rhone River|美因茨=Mainz|老街=Lao Cai' + '|' +
  '考文垂=Coventry|耶烈万=Yerevan|自由城=Freetown|艾哈迈达巴德=Ahmedabad|艾德蒙顿=Edmonton|芝加哥=Chicago|芭提雅=Pattaya' + '|' +
  '苏姆盖特=Sumgayit|苏瓦=Suva|苏金达=Sukinda|苏门答腊岛=Sumatra|苏黎世=Zurich|英伦三岛=British Isles' + '|' +
  '英属维尔京群岛=British Virgin Islands|茂物=Bogor|茨欣瓦利=Tskhinvali|荷尼阿拉=Honiara|荷巴特=Hobart|莫伯日=Maubeuge' + '|' +
  '莫尔兹比港=Port Moresby|莫洛尼=Moroni|莫罗尼=Moroni|莱切=Lecce|莱斯沃斯岛=Lesbos|莱里达=Lleida|菲尔特=Fürth|萨丁尼亚岛=Sardinia' + '|' +
  '萨兰斯克=Saransk|萨尔布吕肯=Saarbrücken|萨拉戈萨=Zaragoza|萨拉曼卡=Salamanca|萨拉热窝=Sarajevo|萨那=Sana\'a|落马洲=Lok Ma Chau' + '|' +
  '葵涌=Kwai Chung|蒙巴萨=Mombasa|蒙彼利埃=Montpellier|蒙特利尔=Montreal|蒙特卡洛=Monte-Carlo|蒙特娄=Montreal' + '|' +
  '蒙特维多=Montevideo|蒙罗维亚=Monrovia|西奈半岛=Sinai Peninsula|西沙群岛=Paracel Islands|西班牙港=Port-of-Spain' + '|' +
  '西西里岛=Sicily|西雅图=Seattle|西顿=Sidon|设得兰群岛=Shetland Islands|诺丁汉=Nottingham|诺克少=Nouakchott|诺夫哥罗德=Novgorod' + '|' +
  '诺曼底=Normandy|诺曼底半岛=Normandy|诺曼第=Normandy|诺福克岛=Norfolk Island|豪达=Gouda|贝加尔湖=Lake Baikal|贝尔墨邦=Belmopan' + '|' +
  '贝尔格勒=Belgrade|贝尔莫潘=Belmopan|费卢杰=Fallujah|费城=Philadelphia|费拉德尔菲亚=Philadelphia|赞丹=Zaandam|赫拉特=Herat' + '|' +
  '跑马地=Happy Valley|路易港=Port Louis|路沙卡=Lusaka|辛布=Thimphu|辛辛那提=Cincinnati|达喀尔=Dakar|迈阿密=Miami|迪庄=Dijon' + '|' +
  '通布图=Timbuktoo|邓迪=Dundee|那不勒斯=Napoli|那古屋=Nagoya|都伯林=Dublin|都拉斯=Durrës|都灵=Turin|里尔=Lille|里昂=Lyon' + '|' +
  '里朗威=Lilongwe|金三角=Golden Triangle|金夏沙=Kinshasa|金斯敦=Kingstown|金沙萨=Kinshasa|金泉=Gimcheon|金瓯=Ca Mau' + '|' +
  '钓鱼岛=Diaoyu Islands|钦奈=Chennai|铁尔梅兹=Termez|锡瓦=Siwa|镰仓=Kamakura|长崎=Nagasaki|门兴格拉德巴赫=Mönchengladbach' + '|' +
  '阿亨=Aachen|阿什哈巴德=Ashgabat|阿什哈巴特=Ashgabat|阿伦=Aalen|阿克拉=Accra|阿加迪尔=Agadir|阿卡普尔科=Acapulco|阿尔及尔=Algiers' + '|' +
  '阿布达比=Abu Dhabi|阿得莱德=Adelaide|阿德莱德=Adelaide|阿德雷德=Adelaide|阿拉伯半岛=Arabian Peninsula|阿拉摩=Alamo|阿拉斯=Arras' + '|' +
  '阿拉木图=Almaty|阿斯马拉=Asmara|阿松森岛=Ascension Island|阿森=Assen|阿森松岛=Ascension Island|阿比让=Abidjan|阿洛菲=Alofi' + '|' +
  '阿瓦鲁阿=Avarua|阿留申群岛=Aleutian Islands|阿皮亚=Apia|阿维拉=Avila|阿美恩斯=Amiens|阿莱曼=El Alamein|阿萨姆=Assam' + '|' +
  '阿迪斯阿贝巴=Addis Ababa|雅恩德=Yaounde|雅法=Jaffa|雅法港=Jaffa|雅温得=Yaoundé|雅穆索戈=Yamoussoukro|雪兰莪=Selangor' + '|' +
  '雪城=Syracuse|雷克雅维克=Reykjavik|霍尔木兹岛=Hormuz Island|霍尼亚拉=Honiara|霍巴特=Hobart|韦尔瓦=Huelva|韦斯卡=Uesca' + '|' +
  '顿涅茨克=Donetsk|马利亚纳群岛=Mariana Islands|马塞卢=Maseru|马尔维纳斯群岛=Malvinas Islands|马布多=Maputo|马拉加=Málaga' + '|' +
  '马拉喀什=Marrakech|马拉开波=Maracaibo|马拿瓜=Managua|马斯喀特=Muscat|马斯垂克=Maastricht|马斯河=Maas|马普托=Maputo|马朱罗=Majuro' + '|' +
  '马来半岛=Malay Peninsula|马格德堡=Magdeburg|马瑙斯=Manaus|马祖列岛=Matsu Islands|马穆楚=Mamoudzou|马累=Malé|马纳马=Manama' + '|' +
  '马绍尔群岛=Marshall Islands|马那瓜=Managua|魏玛=Weimar|鲁昂=Rouen|鲁汶=Leuven|鲗鱼涌=Quarry Bay|鹿儿岛=Kagoshima' + '|' +
  '鹿特丹=Rotterdam|麦加=Mecca|麦地那=Medina|麦德林=Medellín|麦纳玛=Manama|麦纳麦=Manama|黑瞎子岛=Bolshoi Ussuriisk Island';

/**
 * Chinese names CC-CEDICT gives two places abroad, with the English name of the second
 * (`罗得岛`: `Rhode Island, US state`; `Rhodes, an island of Greece`): the name may stand for either.
 * Written by the same script. 5 names, as above.
 */
export const CEDICT_PLACES_NAMED_TWICE =
  '班伯里=Banbury|罗得岛=Rhodes|罗德岛=Rhodes|西贡=Sai Kung|金斯敦=Kingston';
