/**
 * The PRC's county-level divisions (districts, counties, banners, county-level cities) as CC-CEDICT
 * (CC BY-SA 4.0) glosses them, with their English names; written by `scripts/build-districts.ts`
 * (`npm run build:districts`); do not edit by hand. 2416 divisions, of which the gazetteer
 * reads 2390 (the others' Chinese names are its places already). A name keeps its suffix where
 * its characters without it are also part of another word, and an English name its kind where
 * another word is called by it. Rows of `name=key` sorted by the name, each between two `|`, for
 * the gazetteer to search in place, with no table built at a start.
 */

/** Chinese names and their keys, sorted by the name. */
export const DISTRICT_ZH =
  '七堵=qidu|七星关=qixingguan|七星区=qixing|七里河=qilihe|万全区=wanquan|万华=wanhua|万安县=wan\'an|万山=wanshan|万州=wanzhou|' +
  '万年县=wannian|万柏林=wanbolin|万源=wanyuan|万秀=wanxiu|万荣=wanrong|万载=wanzai|三元区=sanyuan|三原=sanyuan|三台=santai|' +
  '三民区=sanmin|三水=sanshui|三江侗族自治县=sanjiang|三河=sanhe|三穗=sansui|三都水族自治县=sandu|三门=sanmen|上城=shangcheng|' +
  '上思=shangsi|上杭=shanghang|上林=shanglin|上栗=shangli|上犹=shangyou|上甘岭=shangganling|上蔡=shangcai|上街区=shangjie|' +
  '上高=shanggao|下花园=xiahuayuan|下陆=xialu|丘北=qiubei|丛台=congtai|东丰=dongfeng|东丽=dongli|东光=dongguang|' +
  '东兰=donglan|东兴=dongxing|东台=dongtai|东坡区=dongpo|东城区=dongcheng|东安=dong\'an|东宝=dongbao|东山区=dongshan|' +
  '东山县=dongshan|东川=dongchuan|东平=dongping|东昌=dongchang|东昌府=dongchangfu|东明=dongming|东河=donghe|东洲=dongzhou|' +
  '东海县=donghai|东港=donggang|东湖=donghu|东源=dongyuan|东胜=dongsheng|东至=dongzhi|东西湖=dongxihu|东辽=dongliao|' +
  '东阳=dongyang|东阿=dong\'e|东风区=dongfeng|两当=liangdang|个旧=gejiu|中原区=zhongyuan|中宁=zhongning|中山区=zhongshan|' +
  '中方县=zhongfang|中正区=zhongzheng|中江=zhongjiang|中牟=zhongmu|中站=zhongzhan|中阳=zhongyang|丰南=fengnan|丰台=fengtai|' +
  '丰城=fengcheng|丰宁满族自治县=fengning|丰泽=fengze|丰润=fengrun|丰满区=fengman|丰都=fengdu|丰镇=fengzhen|丰顺=fengshun|' +
  '临城县=lincheng|临夏=linxia|临川=linchuan|临朐=linqu|临桂=lingui|临武=linwu|临江=linjiang|临沭=linshu|临河=linhe|' +
  '临泉=linquan|临泽=linze|临洮=lintao|临海县=linhai|临海市=linhai|临淄=linzi|临清=linqing|临渭=linwei|临湘=linxiang|' +
  '临漳=linzhang|临潭=lintan|临潼=lintong|临澧=linli|临猗=linyi|临翔=linxiang|临西=linxi|临邑=linyi|临颍=linying|临高=lingao|' +
  '丹凤县=danfeng|丹寨=danzhai|丹巴=danba|丹徒=dantu|丹棱=danleng|丹江口=danjiangkou|丹阳=danyang|义乌=yiwu|义安=yi\'an|' +
  '义马=yima|乌伊岭=wuyiling|乌兰县=wulan|乌当=wudang|乌恰县=wuqia|乌达=wuda|乌马河=wumahe|乐业县=leye|乐东=ledong|' +
  '乐东黎族自治县=ledong|乐亭=laoting|乐安=le\'an|乐平=leping|乐昌市=lechang|乐清=yueqing|乐至=lezhi|乐陵=laoling|九原=jiuyuan|' +
  '九台=jiutai|九寨沟县=jiuzhaigou|九龙坡=jiulongpo|习水=xishui|乡城=xiangcheng|乡宁=xiangning|乳山=rushan|乳源瑶族自治县=ruyuan|' +
  '乾安=qian\'an|二七=erqi|二道区=erdao|二道江=erdaojiang|于洪=yuhong|于田=yutian|于都=yudu|云和=yunhe|云城=yuncheng|' +
  '云安=yun\'an|云岩区=yunyan|云林县=yunlin|云梦=yunmeng|云溪=yunxi|云阳=yunyang|云霄县=yunxiao|云龙=yunlong|五华=wuhua|' +
  '五原=wuyuan|五台县=wutai|五大连池=wudalianchi|五寨=wuzhai|五峰土家族自治县=wufeng|五常市=wuchang|五河=wuhe|五莲=wulian|' +
  '五营=wuying|五通桥=wutongqiao|井冈山=jinggangshan|井研=jingyan|井陉=jingxing|井陉矿=jingxingkuang|亚东=yadong|' +
  '交口县=jiaokou|交城=jiaocheng|京口=jingkou|京山=jingshan|亭湖=tinghu|什邡=shifang|仁化=renhua|仁和=renhe|仁寿=renshou|' +
  '仁怀=renhuai|仁爱区=ren\'ai|介休=jiexiu|从化=conghua|从江=congjiang|仓山=cangshan|仙居=xianju|仙游=xianyou|仪征=yizheng|' +
  '仪陇=yilong|仲巴=zhongba|任丘=renqiu|任城=rencheng|任泽=renze|伊吾=yiwu|伊宁=yining|伊川=yichuan|伊通满族自治县=yitong|' +
  '伍家岗=wujiagang|休宁=xiuning|会东=huidong|会同县=huitong|会宁=huining|会昌县=huichang|会泽=huize|余姚=yuyao|余干=yugan|' +
  '余庆=yuqing|余杭=yuhang|佛冈=fogang|佛坪=foping|依兰=yilan|依安=yi\'an|侯马=houma|保亭县=baoting|保亭黎族苗族自治县=baoting|' +
  '保康=baokang|保德=baode|保靖=baojing|信丰=xinfeng|信义区=xinyi|信宜=xinyi|信州=xinzhou|信都=xindu|修文=xiuwen|修武=xiuwu|' +
  '修水县=xiushui|偃师=yanshi|偏关=pianguan|元宝区=yuanbao|元宝山=yuanbaoshan|元氏=yuanshi|元江=yuanjiang|' +
  '元江哈尼族彝族傣族自治县=yuanjiang|元谋=yuanmou|元阳=yuanyang|光山县=guangshan|光明区=guangming|光泽县=guangze|克东=kedong|' +
  '克山=keshan|兖州=yanzhou|全南=quannan|全州=quanzhou|全椒=quanjiao|八公山=bagongshan|八步=babu|公主岭=gongzhuling|' +
  '公安县=gong\'an|六合区=luhe|兰坪=lanping|兰坪白族普米族自治县=lanping|兰山区=lanshan|兰溪=lanxi|兰考=lankao|兰西县=lanxi|' +
  '兰陵县=lanling|共和县=gonghe|关岭布依族苗族自治县=guanling|兴业县=xingye|兴义=xingyi|兴仁=xingren|兴化=xinghua|兴和=xinghe|' +
  '兴国县=xingguo|兴城=xingcheng|兴宁=xingning|兴安=xing\'an|兴宾=xingbin|兴山=xingshan|兴平=xingping|兴庆=xingqing|' +
  '兴文=xingwen|兴海=xinghai|兴隆县=xinglong|兴隆台=xinglongtai|冀州=jizhou|内丘=neiqiu|内乡=neixiang|内湖=neihu|' +
  '内黄=neihuang|冈山=gangshan|册亨=ceheng|冕宁=mianning|农安=nong\'an|冷水江=lengshuijiang|冷水滩=lengshuitan|' +
  '凉城=liangcheng|凉州=liangzhou|凌云县=lingyun|凌河=linghe|凌海=linghai|凌源=lingyuan|凤冈=fenggang|凤凰县=fenghuang|' +
  '凤台=fengtai|凤城=fengcheng|凤山县=fengshan|凤庆=fengqing|凤泉=fengquan|凤阳=fengyang|凭祥=pingxiang|凯里=kaili|' +
  '分宜=fenyi|刚察=gangcha|利川=lichuan|利津=lijin|利辛=lixin|利通区=litong|前进区=qianjin|剑川=jianchuan|剑河=jianhe|' +
  '剑阁=jiange|加格达奇=jiagedaqi|务川仡佬族苗族自治县=wuchuan|务川自治县=wuchuan|勃利=boli|勐海=menghai|勐腊=mengla|包河=baohe|' +
  '化州=huazhou|化德=huade|北仑=beilun|北关=beiguan|北塔=beita|北塘=beitang|北安=bei\'an|北屯=beitun|北川=beichuan|' +
  '北川羌族自治县=beichuan|北戴河=beidaihe|北投=beitou|北林=beilin|北流=beiliu|北湖=beihu|北碚=beibei|北票=beipiao|北辰区=beichen|' +
  '北镇=beizhen|千山区=qianshan|千阳=qianyang|华亭=huating|华坪=huaping|华宁=huaning|华安=hua\'an|华容区=huarong|' +
  '华容县=huarong|华池=huachi|华蓥=huaying|华阴=huayin|华龙区=hualong|卓资=zhuozi|南丰=nanfeng|南丹=nandan|南乐=nanle|' +
  '南关=nanguan|南华县=nanhua|南召=nanzhao|南和=nanhe|南城=nancheng|南安=nan\'an|南宫市=nangong|南屯=nantun|南山区=nanshan|' +
  '南岔=nancha|南岗=nangang|南岳区=nanyue|南岸=nan\'an|南川=nanchuan|南开区=nankai|南投=nantou|南昌县=nanchang|南明=nanming|' +
  '南江=nanjiang|南沙区=nansha|南浔=nanxun|南海区=nanhai|南涧彝族自治县=nanjian|南港=nangang|南湖=nanhu|南漳=nanzhang|' +
  '南澳县=nan\'ao|南皮=nanpi|南票=nanpiao|南芬=nanfen|南谯=nanqiao|南郊=nanjiao|南部县=nanbu|南长=nanchang|南陵=nanling|' +
  '南雄=nanxiong|南靖=nanjing|博乐市=bole|博兴=boxing|博山=boshan|博望=bowang|博湖=bohu|博爱县=bo\'ai|博白=bobai|博罗县=boluo|' +
  '博野=boye|卢氏=lushi|卢龙=lulong|卧龙区=wolong|卫东=weidong|卫滨=weibin|卫辉=weihui|印台区=yintai|印江土家族苗族自治县=yinjiang|' +
  '历下=lixia|历城=licheng|原州=yuanzhou|原平=yuanping|原阳=yuanyang|友好区=youhao|友谊县=youyi|双台子=shuangtai|' +
  '双城区=shuangcheng|双塔=shuangta|双峰县=shuangfeng|双柏=shuangbai|双桥=shuangqiao|双江=shuangjiang|' +
  '双江拉祜族佤族布朗族傣族自治县=shuangjiang|双清=shuangqing|双滦=shuangluan|双牌=shuangpai|双辽=shuangliao|双阳=shuangyang|' +
  '叙永=xuyong|叠彩=diecai|古丈=guzhang|古交=gujiao|古冶=guye|古城区=gucheng|古塔=guta|古浪=gulang|古田=gutian|古蔺=gulin|' +
  '句容=jurong|召陵=shaoling|台儿庄=tai\'erzhuang|台前县=taiqian|台北县=taibei|台安=tai\'an|台山市=taishan|台江=taijiang|' +
  '右江=youjiang|右玉=youyu|叶集=yeji|合作市=hezuo|合山=heshan|合川=hechuan|合水=heshui|合江=hejiang|合浦=hepu|合阳=heyang|' +
  '吉州=jizhou|吉水=jishui|吉阳=jiyang|吉首=jishou|同安=tong\'an|同德县=tongde|同心县=tongxin|同江=tongjiang|向阳区=xiangyang|' +
  '君山=junshan|含山=hanshan|启东=qidong|吴中=wuzhong|吴兴=wuxing|吴堡=wubu|吴川=wuchuan|吴旗县=wuqi|吴桥=wuqiao|吴江=wujiang|' +
  '吴起县=wuqi|周宁=zhouning|周村=zhoucun|周至=zhouzhi|呼中=huzhong|呼兰=hulan|呼图壁=hutubi|呼玛=huma|和平区=heping|' +
  '和平县=heping|和政县=hezheng|和田县=hetian|和顺县=heshun|和龙=helong|咸丰县=xianfeng|咸安=xian\'an|哈巴河=habahe|' +
  '响水=xiangshui|唐河=tanghe|商南=shangnan|商城县=shangcheng|商州=shangzhou|商水=shangshui|商河=shanghe|商都=shangdu|' +
  '喜德=xide|嘉义=jiayi|嘉善=jiashan|嘉定区=jiading|嘉祥=jiaxiang|嘉禾=jiahe|嘉荫=jiayin|嘉陵=jialing|嘉鱼=jiayu|四会=sihui|' +
  '四子王旗=siziwang|四方台=sifangtai|回民区=huimin|团风=tuanfeng|围场满族蒙古族自治县=weichang|固始=gushi|固安=gu\'an|固镇=guzhen|' +
  '固阳=guyang|图们=tumen|土城=tucheng|坊子=fangzi|坡头=potou|坪山=pingshan|垣曲=yuanqu|垦利=kenli|垫江=dianjiang|' +
  '埇桥=yongqiao|城东=chengdong|城中区=chengzhong|城关区=chengguan|城北=chengbei|城厢=chengxiang|城口=chengkou|' +
  '城固=chenggu|城子河=chengzihe|城步苗族自治县=chengbu|城西=chengxi|城阳=chengyang|塔河=tahe|增城=zengcheng|墨江=mojiang|' +
  '墨江哈尼族自治县=mojiang|士林区=shilin|壶关=huguan|复兴区=fuxing|夏河=xiahe|夏津=xiajin|夏邑=xiayi|多伦县=duolun|大东区=dadong|' +
  '大丰=dafeng|大余=dayu|大关县=daguan|大兴区=daxing|大冶=daye|大化瑶族自治县=dahua|大厂回族自治县=dachang|大同区=datong|大名县=daming|' +
  '大城县=dacheng|大姚=dayao|大宁=daning|大安区=da\'an|大安市=da\'an|大悟县=dawu|大新=daxin|大方县=dafang|大武口=dawukou|' +
  '大渡口=dadukou|大田=datian|大石桥=dashiqiao|大祥=daxiang|大竹=dazhu|大英县=daying|大荔=dali|大观区=daguan|大足=dazu|' +
  '大通区=datong|大通县=datong|大通回族土族自治县=datong|大邑=dayi|天元=tianyuan|天全=tianquan|天台县=tiantai|天宁=tianning|' +
  '天山=tianshan|天峨=tian\'e|天峻=tianjun|天心区=tianxin|天柱县=tianzhu|天桥区=tianqiao|天河区=tianhe|天涯区=tianya|' +
  '天祝藏族自治县=tianzhu|天等=tiandeng|天镇=tianzhen|天长市=tianchang|太仓=taicang|太和=taihe|太子河=taizi|太平区=taiping|' +
  '太康=taikang|太湖=taihu|太白县=taibai|头屯河=toutunhe|夷陵=yiling|夹江=jiajiang|奇台=qitai|奈曼旗=naiman|奉新=fengxin|' +
  '奉节=fengjie|奉贤=fengxian|奎文=kuiwen|如东县=rudong|如皋=rugao|姊归=zigui|始兴=shixing|姑苏=gusu|姚安=yao\'an|' +
  '姜堰=jiangyan|威信县=weixin|威宁彝族回族苗族自治县=weining|威远=weiyuan|娄星=louxing|娄烦=loufan|婺城=wucheng|婺源=wuyuan|' +
  '嫩江=nenjiang|子洲=zizhou|孙吴=sunwu|孝义=xiaoyi|孝南=xiaonan|孝昌=xiaochang|孟州=mengzhou|孟村回族自治县=mengcun|' +
  '孟津=mengjin|孟连=menglian|孟连傣族拉祜族佤族自治县=menglian|宁乡=ningxiang|宁化=ninghua|宁南=ningnan|宁国=ningguo|' +
  '宁城=ningcheng|宁安=ning\'an|宁强=ningqiang|宁明=ningming|宁晋=ningjin|宁武=ningwu|宁江=ningjiang|宁津=ningjin|' +
  '宁洱哈尼族彝族自治县=ning\'er|宁海=ninghai|宁蒗=ninglang|宁蒗彝族自治县=ninglang|宁远=ningyuan|宁都=ningdu|宁阳=ningyang|' +
  '宁陕=ningshan|宁陵=ningling|安丘=anqiu|安义=anyi|安乐区=anle|安乡=anxiang|安仁=anren|安化=anhua|安南区=annan|安吉县=anji|' +
  '安国=anguo|安图=antu|安宁区=anning|安宁市=anning|安定区=anding|安居区=anju|安岳=anyue|安平=anping|安新=anxin|安次=anci|' +
  '安泽=anze|安源=anyuan|安溪=anxi|安福=anfu|安达市=anda|安远=anyuan|安陆=anlu|安龙=anlong|宏伟区=hongwei|宕昌=dangchang|' +
  '官渡区=guandu|定兴=dingxing|定南=dingnan|定安=ding\'an|定州=dingzhou|定日=dingri|定海区=dinghai|定襄=dingxiang|' +
  '定边=dingbian|定远县=dingyuan|宛城=wancheng|宜丰=yifeng|宜兴=yixing|宜君=yijun|宜城=yicheng|宜川=yichuan|宜州=yizhou|' +
  '宜秀=yixiu|宜章=yizhang|宜良=yiliang|宜都=yidu|宜阳=yiyang|宜黄=yihuang|宝丰=baofeng|宝兴县=baoxing|宝坻=baodi|宝塔区=baota|' +
  '宝安=bao\'an|宝山=baoshan|宝应=baoying|宝清=baoqing|宣化=xuanhua|宣威=xuanwei|宣州=xuanzhou|宣恩=xuan\'en|宣汉=xuanhan|' +
  '容城=rongcheng|宽城=kuancheng|宽城满族自治县=kuancheng|宽甸县=kuandian|宽甸满族自治县=kuandian|宾川=binchuan|宾阳=binyang|' +
  '宿城=sucheng|宿松=susong|宿豫=suyu|密云=miyun|密山=mishan|富宁=funing|富川瑶族自治县=fuchuan|富平县=fuping|富民县=fumin|' +
  '富源=fuyuan|富蕴=fuyun|富裕县=fuyu|富锦=fujin|富顺=fushun|寒亭=hanting|寻乌=xunwu|寻甸=xundian|寻甸回族彝族自治县=xundian|' +
  '寿光=shouguang|寿宁=shouning|寿阳=shouyang|封丘=fengqiu|封开=fengkai|射阳=sheyang|将乐=jiangle|尉氏=weishi|' +
  '小店区=xiaodian|小港=xiaogang|小金县=xiaojin|尖山=jianshan|尖扎=jianzha|尖草坪=jiancaoping|尚义=shangyi|尚志=shangzhi|' +
  '尤溪=youxi|尧都=yaodu|屏南=pingnan|屏山=pingshan|屏边苗族自治县=pingbian|屯昌=tunchang|屯溪=tunxi|山丹县=shandan|' +
  '山亭=shanting|山城=shancheng|山海关区=shanhaiguan|山阳=shanyang|山阴=shanyin|岐山县=qishan|岑巩=cengong|岑溪=cenxi|' +
  '岚山=lanshan|岚皋=langao|岢岚=kelan|岫岩=xiuyan|岫岩满族自治县=xiuyan|岭东=lingdong|岱山=daishan|岱岳=daiyue|岳塘=yuetan|' +
  '岳池=yuechi|岳西=yuexi|岳阳县=yueyang|岳麓区=yuelu|峄城=yicheng|峡江=xiajiang|峨山=eshan|峨山彝族自治县=eshan|峨眉山市=emeishan|' +
  '峨边=ebian|峨边彝族自治县=ebian|峰峰矿=fengfengkuang|崂山=laoshan|崆峒=kongtong|崇义=chongyi|崇仁=chongren|崇信=chongxin|' +
  '崇安=chong\'an|崇川=chongchuan|崇州=chongzhou|崇礼=chongli|崇阳=chongyang|崖州区=yazhou|嵊州=shengzhou|嵊泗=shengsi|' +
  '嵩明=songming|巍山=weishan|巍山彝族回族自治县=weishan|川汇=chuanhui|巢湖=chaohu|工农区=gongnong|左云=zuoyun|左权=zuoquan|' +
  '左营=zuoying|巧家=qiaojia|巨野=juye|巨鹿=julu|巩义=gongyi|巩留=gongliu|巫山县=wushan|巫溪=wuxi|巴东=badong|巴南=banan|' +
  '巴塘=batang|巴彦县=bayan|巴马瑶族自治县=bama|市北=shibei|市南=shinan|布拖=butuo|师宗=shizong|常宁=changning|常山=changshan|' +
  '常熟=changshu|平乐=pingle|平乡=pingxiang|平利=pingli|平南=pingnan|平原县=pingyuan|平和县=pinghe|平坝=pingba|平塘=pingtang|' +
  '平定县=pingding|平山=pingshan|平川区=pingchuan|平度=pingdu|平房区=pingfang|平昌=pingchang|平果=pingguo|平桥=pingqiao|' +
  '平武=pingwu|平江=pingjiang|平泉=pingquan|平湖=pinghu|平潭=pingtan|平罗=pingluo|平舆=pingyu|平谷=pinggu|平远=pingyuan|' +
  '平遥=pingyao|平邑=pingyi|平阳=pingyang|平阴=pingyin|平陆=pinglu|平顺县=pingshun|平鲁=pinglu|广南=guangnan|广宁=guangning|' +
  '广宗=guangzong|广平=guangping|广德=guangde|广昌=guangchang|广水=guangshui|广汉=guanghan|广河=guanghe|广灵=guangling|' +
  '广阳=guangyang|广陵=guangling|广饶=guangrao|庄河=zhuanghe|庄浪=zhuanglang|庆云=qingyun|庆元=qingyuan|庆城=qingcheng|' +
  '庆安=qing\'an|庐山区=lushan|庐江=lujiang|庐阳=luyang|应城=yingcheng|府谷=fugu|庞家堡=pangjiabao|康乐县=kangle|康保县=kangbao|' +
  '康平县=kangping|廉江=lianjiang|延吉=yanji|延寿县=yanshou|延川=yanchuan|延平=yanping|延庆=yanqing|延津=yanjin|' +
  '延长县=yanchang|建华区=jianhua|建始=jianshi|建宁=jianning|建平=jianping|建德=jiande|建昌=jianchang|建水=jianshui|' +
  '建湖=jianhu|建瓯=jian\'ou|建邺=jianye|建阳=jianyang|开化县=kaihua|开原=kaiyuan|开州=kaizhou|开平=kaiping|开江=kaijiang|' +
  '开福=kaifu|开远=kaiyuan|开阳县=kaiyang|开鲁=kailu|弋江=yijiang|弋阳=yiyang|弓长岭=gongchangling|张北=zhangbei|' +
  '张家川回族自治县=zhangjiachuan|张家港=zhangjiagang|张店=zhangdian|张湾=zhangwan|弥渡=midu|当涂县=dangtu|当阳=dangyang|' +
  '彝良=yiliang|彭州=pengzhou|彭水=pengshui|彭水苗族土家族自治县=pengshui|彭泽=pengze|彭阳=pengyang|彰武=zhangwu|徐水=xushui|' +
  '徐汇=xuhui|徐闻=xuwen|微山=weishan|德保县=debao|德兴=dexing|德化=dehua|德城=decheng|德安=de\'an|德庆=deqing|德惠=dehui|' +
  '德昌=dechang|德江县=dejiang|德清=deqing|徽州=huizhou|志丹=zhidan|忻城=xincheng|忻府=xinfu|怀宁=huaining|怀安=huai\'an|' +
  '怀来=huailai|怀柔区=huairou|怀远县=huaiyuan|怀集=huaiji|思南=sinan|思明区=siming|思茅=simao|恒山=hengshan|恩平=enping|' +
  '恩施=enshi|恭城瑶族自治县=gongcheng|息烽=xifeng|惠东=huidong|惠农=huinong|惠城=huicheng|惠安=hui\'an|惠山=huishan|惠来=huilai|' +
  '惠民县=huimin|惠水=huishui|惠济=huiji|惠阳=huiyang|慈利=cili|慈溪=cixi|成华=chenghua|成安=cheng\'an|成武=chengwu|' +
  '房山=fangshan|扎兰屯=zhalantun|托里县=tuoli|扬中=yangzhong|扶沟=fugou|扶绥=fusui|扶风=fufeng|抚宁=funing|抚松=fusong|' +
  '抚远市=fuyuan|招远=zhaoyuan|拜泉=baiquan|拱墅=gongshu|振兴区=zhenxing|振安=zhen\'an|掇刀=duodao|揭东=jiedong|揭西=jiexi|' +
  '播州=bozhou|政和=zhenghe|故城县=gucheng|敖汉旗=aohan|敦化=dunhua|敦煌市=dunhuang|文圣=wensheng|文安=wen\'an|文山区=wenshan|' +
  '文峰=wenfeng|文成=wencheng|文水=wenshui|斗门=doumen|新丰=xinfeng|新乐=xinle|新会=xinhui|新兴区=xinxing|新兴县=xinxing|' +
  '新化=xinhua|新北区=xinbei|新华区=xinhua|新城区=xincheng|新宁=xinning|新安=xin\'an|新宾=xinbin|新宾满族自治县=xinbin|新密=xinmi|' +
  '新市区=xinshi|新干县=xingan|新平=xinping|新平彝族傣族自治县=xinping|新建区=xinjian|新抚=xinfu|新昌=xinchang|新晃侗族自治县=xinhuang|' +
  '新林=xinlin|新民市=xinmin|新沂=xinyi|新河=xinhe|新泰=xintai|新洲=xinzhou|新源=xinyuan|新田=xintian|新竹=xinzhu|' +
  '新绛=xinjiang|新罗区=xinluo|新荣=xinrong|新蔡=xincai|新邱=xinqiu|新邵=xinshao|新郑=xinzheng|新都=xindu|新野=xinye|' +
  '新金=xinjin|新青=xinqing|新龙=xinlong|方城县=fangcheng|方山=fangshan|方正县=fangzheng|施甸=shidian|施秉=shibing|' +
  '旌德=jingde|旌阳=jingyang|旗津=qijin|无为市=wuwei|无极县=wuji|无棣=wudi|旬邑=xunyi|旺苍=wangcang|昂昂溪=ang\'angxi|' +
  '昆山=kunshan|昌乐=changle|昌吉=changji|昌图=changtu|昌宁=changning|昌平=changping|昌江=changjiang|' +
  '昌江黎族自治县=changjiang|昌邑=changyi|昌黎=changli|明光市=mingguang|明山区=mingshan|明水县=mingshui|明溪=mingxi|易门=yimen|' +
  '昔阳=xiyang|昭平=zhaoping|昭苏=zhaosu|昭觉=zhaojue|昭阳=zhaoyang|晋安=jin\'an|晋州=jinzhou|晋江=jinjiang|晋源=jinyuan|' +
  '普宁=puning|普安=pu\'an|普定=puding|普格=puge|普陀区=putuo|景东=jingdong|景东彝族自治县=jingdong|景宁=jingning|' +
  '景宁畲族自治县=jingning|景泰县=jingtai|景洪=jinghong|景谷=jinggu|景谷傣族彝族自治县=jinggu|晴隆=qinglong|暖暖区=nuannuan|' +
  '曲周=quzhou|曲江=qujiang|曲沃=quwo|曲阳=quyang|曹妃甸=caofeidian|曾都=zengdu|月湖=yuehu|朔城=shuocheng|望城=wangcheng|' +
  '望奎=wangkui|望江=wangjiang|望花=wanghua|望谟=wangmo|望都=wangdu|朝天区=chaotian|朝阳区=chaoyang|朝阳县=chaoyang|' +
  '木兰县=mulan|木里藏族自治县=muli|未央区=weiyang|本溪满族自治县=benxi|札达=zhada|李沧=licang|杏林区=xinglin|杏花岭=xinghualing|' +
  '杜集=duji|来凤=laifeng|来安=lai\'an|杨浦=yangpu|杨陵=yangling|松北=songbei|松山=songshan|松岭=songling|松桃苗族自治县=songtao|' +
  '松江=songjiang|松溪=songxi|松滋=songzi|松潘=songpan|松阳=songyang|林口=linkou|林州=linzhou|林甸=lindian|林西县=linxi|' +
  '枝江=zhijiang|枞阳=zongyang|枣强=zaoqiang|枣阳=zaoyang|柏乡=baixiang|柘城=zhecheng|柘荣=zherong|柞水=zhashui|' +
  '柯城=kecheng|柳北=liubei|柳南=liunan|柳城=liucheng|柳林=liulin|柳江=liujiang|柳河=liuhe|栖霞=qixia|根河=genhe|' +
  '栾城=luancheng|栾川=luanchuan|桂东=guidong|桂平=guiping|桂阳=guiyang|桃城=taocheng|桃山=taoshan|桃江=taojiang|' +
  '桃源=taoyuan|桐乡=tongxiang|桐城=tongcheng|桐庐=tonglu|桐柏=tongbai|桐梓=tongzi|桑植=sangzhi|桓仁满族自治县=huanren|' +
  '桓台=huantai|桥东=qiaodong|桥西=qiaoxi|桦南=huanan|桦川=huachuan|桦甸=huadian|梁园=liangyuan|梁子湖=liangzihu|' +
  '梁山县=liangshan|梁平=liangping|梁河=lianghe|梅县=meixian|梅江=meijiang|梅河口=meihekou|梓潼=zitong|梨树区=lishu|' +
  '梨树县=lishu|椒江=jiaojiang|楚雄=chuxiong|楠梓=nanzi|榆中=yuzhong|榆树市=yushu|榆次=yuci|榆社=yushe|榆阳=yuyang|' +
  '榕城=rongcheng|榕江=rongjiang|槐荫=huaiyin|樊城=fancheng|樟树市=zhangshu|横峰=hengfeng|横州=hengzhou|正宁=zhengning|' +
  '正安=zheng\'an|正定=zhengding|正阳=zhengyang|武义=wuyi|武乡=wuxiang|武侯区=wuhou|武冈=wugang|武功县=wugong|武城=wucheng|' +
  '武夷山市=wuyishan|武宁=wuning|武安=wu\'an|武定县=wuding|武宣=wuxuan|武山县=wushan|武川=wuchuan|武平=wuping|武强=wuqiang|' +
  '武昌区=wuchang|武江=wujiang|武清=wuqing|武穴=wuxue|武胜=wusheng|武进=wujin|武邑=wuyi|武都=wudu|武陟=wuzhi|武陵=wuling|' +
  '武隆=wulong|武鸣=wuming|殷都=yindu|民丰=minfeng|民乐县=minle|民勤=minqin|民权县=minquan|水城=shuicheng|水磨沟=shuimogou|' +
  '永丰=yongfeng|永仁=yongren|永修=yongxiu|永兴=yongxing|永吉=yongji|永和=yonghe|永善=yongshan|永嘉县=yongjia|' +
  '永城=yongcheng|永宁=yongning|永安市=yong\'an|永定=yongding|永寿=yongshou|永川=yongchuan|永平=yongping|永年=yongnian|' +
  '永康区=yongkang|永康市=yongkang|永德=yongde|永新=yongxin|永昌=yongchang|永春=yongchun|永泰=yongtai|永济=yongji|' +
  '永清=yongqing|永登=yongdeng|永福=yongfu|永胜=yongsheng|永靖=yongjing|永顺=yongshun|汇川=huichuan|汉南=hannan|' +
  '汉台=hantai|汉寿=hanshou|汉川=hanchuan|汉源=hanyuan|汉滨=hanbin|汉阳=hanyang|汉阴=hanyin|汝南=runan|汝城=rucheng|' +
  '汝州=ruzhou|汝阳=ruyang|江北=jiangbei|江华瑶族自治县=jianghua|江南区=jiangnan|江口=jiangkou|江城=jiangcheng|' +
  '江城哈尼族彝族自治县=jiangcheng|江夏=jiangxia|江宁=jiangning|江安=jiang\'an|江山市=jiangshan|江岸=jiang\'an|江州=jiangzhou|' +
  '江永=jiangyong|江汉=jianghan|江津=jiangjin|江浦=jiangpu|江海=jianghai|江源区=jiangyuan|江都=jiangdu|江阳=jiangyang|' +
  '江阴=jiangyin|江陵=jiangling|汤原=tangyuan|汤旺河=tangwanghe|汤阴=tangyin|汨罗=miluo|汪清=wangqing|汶上=wenshang|' +
  '汶川县=wenchuan|汾西=fenxi|汾阳=fenyang|沁水=qinshui|沁源=qinyuan|沁阳=qinyang|沂南=yinan|沂水=yishui|沂源=yiyuan|' +
  '沅江市=yuanjiang|沅陵=yuanling|沈丘=shenqiu|沈河=shenhe|沐川=muchuan|沙县=shaxian|沙坡头=shapo|沙坪坝=shapingba|' +
  '沙市=shashi|沙河=shahe|沙河口=shahekou|沙洋=shayang|沙湾区=shawan|沧源=cangyuan|沧源佤族自治县=cangyuan|沭阳=shuyang|' +
  '河东区=hedong|河北区=hebei|河南蒙古族自治县=henan|河口区=hekou|河口瑶族自治县=hekou|河曲县=hequ|河津=hejin|河西区=hexi|河间=hejian|' +
  '沽源=guyuan|沿河土家族自治县=yanhe|沿滩=yantan|泉山=quanshan|泉港=quangang|泊头=botou|泌阳=biyang|法库=faku|泗水=sishui|' +
  '泗洪=sihong|泗阳=siyang|泰兴=taixing|泰和县=taihe|泰宁=taining|泰山区=taishan|泰来县=tailai|泰顺=taishun|泸定=luding|' +
  '泸溪=luxi|泸西=luxi|泽州=zezhou|泽库=zeku|泾川=jingchuan|泾源=jingyuan|泾阳=jingyang|洛南=luonan|洛宁=luoning|' +
  '洛川=luochuan|洛江=luojiang|洛龙=luolong|洞口县=dongkou|津南=jinnan|津市市=jinshi|洪山=hongshan|洪江=hongjiang|' +
  '洪泽=hongze|洪洞=hongtong|洪湖=honghu|洪雅县=hongya|洮北=taobei|洮南=taonan|洱源=eryuan|浈江=zhenjiang|浉河=shihe|' +
  '浏阳=liuyang|浑源=hunyuan|浔阳=xunyang|浠水=xishui|浦北=pubei|浦口=pukou|浦城=pucheng|浦江=pujiang|浮山=fushan|' +
  '浮梁=fuliang|海丰=haifeng|海伦市=hailun|海兴=haixing|海勃湾=haibowan|海南区=hainan|海原=haiyuan|海城=haicheng|海宁=haining|' +
  '海安=hai\'an|海州区=haizhou|海晏县=haiyan|海曙=haishu|海林=hailin|海棠区=haitang|海沧=haicang|海淀=haidian|海港区=haigang|' +
  '海珠=haizhu|海盐县=haiyan|海门=haimen|海阳=haiyang|海陵=hailing|涞水=laishui|涞源=laiyuan|涟水=lianshui|涟源=lianyuan|' +
  '涡阳=guoyang|润州=runzhou|涧西=jianxi|涪城=fucheng|涪陵=fuling|涵江=hanjiang|涿州=zhuozhou|涿鹿=zhuolu|淄川=zichuan|' +
  '淅川=xichuan|淇滨=qibin|淮上=huaishang|淮滨=huaibin|淮阳=huaiyang|淮阴=huaiyin|深州=shenzhou|深泽=shenze|淳化=chunhua|' +
  '淳安=chun\'an|清丰=qingfeng|清原=qingyuan|清原满族自治县=qingyuan|清城=qingcheng|清宛=qingwan|清徐=qingxu|清水县=qingshui|' +
  '清水河=qingshuihe|清河=qinghe|清河门=qinghemen|清流县=qingliu|清浦=qingpu|清涧=qingjian|清苑=qingyuan|清镇=qingzhen|' +
  '渑池=mianchi|渝水=yushui|温岭=wenling|温江=wenjiang|温泉县=wenquan|渭城=weicheng|渭源=weiyuan|渭滨=weibin|港北=gangbei|' +
  '港南=gangnan|港口区=gangkou|港闸=gangzha|游仙=youxian|湄潭=meitan|湖口=hukou|湖滨区=hubin|湖里=huli|湘东=xiangdong|' +
  '湘乡=xiangxiang|湘桥=xiangqiao|湘阴=xiangyin|湛河=zhanhe|湟源=huangyuan|湾沚=wanzhi|湾里=wanli|溆浦=xupu|源城=yuancheng|' +
  '源汇=yuanhui|溧水=lishui|溧阳=liyang|溪湖=xihu|滕州=tengzhou|满城区=mancheng|满洲里=manzhouli|滦南=luannan|滦州=luanzhou|' +
  '滦平=luanping|滨城=bincheng|滨江区=binjiang|滨海县=binhai|滨湖=binhu|滴道=didao|漠河=mohe|漳平=zhangping|漳浦=zhangpu|' +
  '漾濞彝族自治县=yangbi|潍城=weicheng|潘集=panji|潜山=qianshan|潢川=huangchuan|潮南=chaonan|潮安=chao\'an|潮阳=chaoyang|' +
  '潼关=tongguan|潼南=tongnan|澄城=chengcheng|澄海区=chenghai|澄迈=chengmai|澎湖县=penghu|澜沧=lancang|澜沧拉祜族自治县=lancang|' +
  '濉溪=suixi|濠江=haojiang|灌云=guanyun|灌南=guannan|灌阳=guanyang|灞桥=baqiao|灯塔市=dengta|灵丘=lingqiu|灵台=lingtai|' +
  '灵宝=lingbao|灵寿=lingshou|灵山=lingshan|灵川=lingchuan|灵武=lingwu|灵璧=lingbi|灵石=lingshi|炉霍=luhuo|炎陵=yanling|' +
  '点军=dianjun|烈山=lieshan|焉耆回族自治县=yanqi|爱民区=aimin|爱辉=aihui|牙克石=yakeshi|牟定=mouding|牟平=muping|牡丹区=mudan|' +
  '牧野=muye|犍为=qianwei|独山=dushan|独山子=dushanzi|猇亭=xiaoting|玉屏侗族自治县=yuping|玉山县=yushan|玉州=yuzhou|玉泉区=yuquan|' +
  '玉田=yutian|玉门市=yumen|玉龙县=yulong|玉龙纳西族自治县=yulong|王益=wangyi|玛曲=maqu|环江毛南族自治县=huanjiang|环翠=huancui|' +
  '珠山区=zhushan|珠晖=zhuhui|班玛=banma|珲春=hunchun|琅琊=langya|理塘=litang|琼中=qiongzhong|琼中黎族苗族自治县=qiongzhong|' +
  '琼山=qiongshan|瑞安=rui\'an|瑞昌=ruichang|瑞金=ruijin|瑶海=yaohai|璧山=bishan|瓜州=guazhou|瓦房店=wafangdian|瓮安=weng\'an|' +
  '瓯海=ouhai|甘井子=ganjingzi|甘南=gannan|甘州=ganzhou|甘泉=ganquan|甘洛=ganluo|甘谷=gangu|田东=tiandong|田家庵=tianjia\'an|' +
  '田林=tianlin|田阳=tianyang|电白=dianbai|界首=jieshou|留坝=liuba|番禺=panyu|疏勒县=shule|疏附=shufu|登封=dengfeng|' +
  '白云区=baiyun|白云矿=baiyunkuang|白塔区=baita|白朗=bailang|白水县=baishui|白沙县=baisha|白沙黎族自治县=baisha|白河=baihe|' +
  '白碱滩=baijiantan|白银区=baiyin|皇姑=huanggu|皋兰=gaolan|皮山=pishan|盈江=yingjiang|盐亭=yanting|盐埕=yancheng|' +
  '盐山=yanshan|盐池县=yanchi|盐津=yanjin|盐湖区=yanhu|盐源=yanyuan|盐田区=yantian|盐边=yanbian|盐都=yandu|监利=jianli|' +
  '盖州=gaizhou|盘山县=panshan|盘州=panzhou|盘龙区=panlong|盱眙=xuyi|相城=xiangcheng|相山=xiangshan|睢宁=suining|' +
  '睢阳=suiyang|石台=shitai|石咀山区=shijushan|石城=shicheng|石屏=shiping|石峰=shifeng|石拐=shiguai|石景山=shijingshan|' +
  '石林县=shilin|石林彝族自治县=shilin|石柱县=shizhu|石柱土家族自治县=shizhu|石棉县=shimian|石楼=shilou|石泉=shiquan|石狮市=shishi|' +
  '石门=shimen|石阡=shiqian|石首=shishou|石鼓区=shigu|石龙区=shilong|砀山=dangshan|砚山=yanshan|硚口=qiaokou|确山=queshan|' +
  '碌曲=luqu|碑林区=beilin|碧江=bijiang|碾子山=nianzishan|磐安=pan\'an|磐石县=panshi|磐石市=panshi|磴口=dengkou|礼泉=liquan|' +
  '社旗=sheqi|祁东=qidong|祁连县=qilian|祁门=qimen|祁阳=qiyang|神池=shenchi|祥云县=xiangyun|禄劝=luquan|禄劝彝族苗族自治县=luquan|' +
  '禅城=chancheng|福安=fu\'an|福山=fushan|福泉=fuquan|福海=fuhai|福清=fuqing|福田区=futian|福绵=fumian|福贡=fugong|福鼎=fuding|' +
  '禹会=yuhui|禹城=yucheng|禹州=yuzhou|禹王台=yuwangtai|离石=lishi|秀山=xiushan|秀山土家族苗族自治县=xiushan|秀屿=xiuyu|' +
  '秀峰=xiufeng|秀洲=xiuzhou|秀英=xiuying|秦安=qin\'an|秦州=qinzhou|秦淮=qinhuai|秦都=qindu|秭归=zigui|' +
  '积石山保安族东乡族撒拉族自治县=jishishan|稷山=jishan|稻城=daocheng|穆棱=muling|突泉=tuquan|立山=lishan|站前=zhanqian|竞秀区=jingxiu|' +
  '章贡=zhanggong|端州=duanzhou|竹山=zhushan|竹溪=zhuxi|筠连=yunlian|简阳=jianyang|米易=miyi|米脂=mizhi|紫云苗族布依族自治县=ziyun|' +
  '紫金县=zijin|紫阳县=ziyang|綦江=qijiang|繁峙=fanshi|繁昌=fanchang|红原县=hongyuan|红古=honggu|红塔=hongta|红安=hong\'an|' +
  '红寺堡=hongsibao|红山区=hongshan|红岗=honggang|红旗区=hongqi|红星区=hongxing|红桥=hongqiao|红河=honghe|红花岗=honghuagang|' +
  '纳溪=naxi|纳雍=nayong|细河=xihe|织金县=zhijin|绥中=suizhong|绥宁=suining|绥德=suide|绥棱=suiling|绥江=suijiang|绥滨=suibin|' +
  '绥芬河=suifenhe|绥阳=suiyang|绩溪=jixi|维西=weixi|维西傈僳族自治县=weixi|绵竹=mianzhu|绿园区=luyuan|缙云=jinyun|' +
  '罗城仫佬族自治县=luocheng|罗定=luoding|罗山县=luoshan|罗平=luoping|罗庄=luozhuang|罗湖=luohu|罗源=luoyuan|罗田=luotian|' +
  '罗甸=luodian|美兰区=meilan|美姑=meigu|美溪=meixi|翁安=weng\'an|翁源=wengyuan|翔安=xiang\'an|翠屏=cuiping|翠峦=cuiluan|' +
  '翼城=yicheng|耀州=yaozhou|老城区=laocheng|老河口=laohekou|老边=laobian|耒阳=leiyang|耿马=gengma|耿马傣族佤族自治县=gengma|' +
  '肃北蒙古族自治县=subei|肃南裕固族自治县=sunan|肃宁=suning|肃州=suzhou|肇东=zhaodong|肇州=zhaozhou|肇源=zhaoyuan|肥东=feidong|' +
  '肥乡=feixiang|肥城=feicheng|肥西=feixi|胶州=jiaozhou|自流井=ziliujing|舒兰=shulan|舒城=shucheng|舞钢=wugang|舞阳=wuyang|' +
  '舟曲=zhouqu|船山=chuanshan|船营=chuanying|良庆=liangqing|芗城=xiangcheng|芙蓉区=furong|芝罘=zhifu|芦山=lushan|' +
  '芦淞=lusong|芦溪=luxi|芮城=ruicheng|花垣=huayuan|花山=huashan|花溪=huaxi|花都区=huadu|芷江侗族自治县=zhijiang|苍南=cangnan|' +
  '苍梧=cangwu|苍溪=cangxi|苏仙=suxian|苏家屯=sujiatun|苓雅=lingya|英山=yingshan|英德市=yingde|茂南=maonan|茂汶=maowen|' +
  '茄子河=qiezihe|茅箭=maojian|茶陵=chaling|荆州区=jingzhou|荔城=licheng|荔波=libo|荔浦=lipu|荔湾=liwan|荣成市=rongcheng|' +
  '荣昌区=rongchang|荥经=yingjing|荥阳=xingyang|荷塘=hetang|莒南=ju\'nan|莱山=laishan|莱州=laizhou|莱西=laixi|莱阳=laiyang|' +
  '莲池=lianchi|莲湖=lianhu|莲花县=lianhua|莲都=liandu|获嘉=huojia|萝北=luobei|营山=yingshan|萧山=xiaoshan|萨嘎=saga|' +
  '蒙城=mengcheng|蒙山=mengshan|蒙阴=mengyin|蒲城=pucheng|蒲江=pujiang|蒸湘=zhengxiang|蓝山县=lanshan|蓝田县=lantian|' +
  '蓬安=peng\'an|蓬江=pengjiang|蓬溪=pengxi|蔡甸=caidian|蕉城=jiaocheng|蕉岭=jiaoling|蕲春=qichun|薛城=xuecheng|' +
  '藁城=gaocheng|虎丘=huqiu|虎林=hulin|虞城=yucheng|虹口=hongkou|蚌山=bengshan|蛟河=jiaohe|蜀山=shushan|融安=rong\'an|' +
  '融水苗族自治县=rongshui|行唐=xingtang|衡东=hengdong|衡南=hengnan|衡山=hengshan|袁州=yuanzhou|裕华=yuhua|裕安=yu\'an|' +
  '裕民=yumin|襄垣=xiangyuan|襄城=xiangcheng|襄州=xiangzhou|襄汾=xiangfen|襄都=xiangdu|西丰=xifeng|西乡=xixiang|' +
  '西乡塘=xixiangtang|西充=xichong|西华=xihua|西吉=xiji|西和=xihe|西固=xigu|西城=xicheng|西塞山=xisaishan|西夏区=xixia|' +
  '西安区=xi\'an|西屯=xitun|西山区=xishan|西岗=xigang|西峡=xixia|西峰=xifeng|西工=xigong|西市=xishi|西平=xiping|西昌市=xichang|' +
  '西林县=xilin|西沙区=xisha|西湖=xihu|西畴=xichou|西盟=ximeng|西盟佤族自治县=ximeng|西秀=xixiu|西陵区=xiling|西青=xiqing|' +
  '覃塘=tantang|观山湖=guanshanhu|解放区=jiefang|让胡路=ranghulu|讷河=nehe|诏安=zhao\'an|诸城=zhucheng|诸暨=zhuji|' +
  '谢家集=xiejiaji|谯城=qiaocheng|谷城=gucheng|象山=xiangshan|象州=xiangzhou|贞丰=zhenfeng|贡井=gongjing|贡山=gongshan|' +
  '贡山独龙族怒族自治县=gongshan|贵南=guinan|贵定=guiding|贵德=guide|贵池=guichi|贵溪=guixi|贺兰县=helan|贾汪=jiawang|资中=zizhong|' +
  '资兴=zixing|资源县=ziyuan|资溪=zixi|赛罕=saihan|赞皇=zanhuang|赣榆=ganyu|赤坎=chikan|赤城=chicheng|赤壁市=chibi|' +
  '赤水=chishui|赫山=heshan|赫章=hezhang|越城=yuecheng|越秀=yuexiu|越西=yuexi|路北=lubei|路南=lunan|路南彝族自治县=lunan|' +
  '路桥区=luqiao|辉南=huinan|辉县=huixian|辛集市=xinji|辰溪=chenxi|达坂城=dabancheng|迁安=qian\'an|迁西=qianxi|迎江=yingjiang|' +
  '迎泽=yingze|运河区=yunhe|进贤=jinxian|远安=yuan\'an|连云=lianyun|连南瑶族自治县=liannan|连城县=liancheng|连山区=lianshan|' +
  '连山壮族瑶族自治县=lianshan|连州=lianzhou|连平=lianping|连江=lianjiang|逊克=xunke|通城=tongcheng|通山=tongshan|' +
  '通川=tongchuan|通州=tongzhou|通榆=tongyu|通江=tongjiang|通河=tonghe|通海县=tonghai|通渭=tongwei|通许=tongxu|' +
  '通道侗族自治县=tongdao|遂川=suichuan|遂平=suiping|遂昌=suichang|遂溪=suixi|道外=daowai|道孚=daofu|道真仡佬族苗族自治县=daozhen|' +
  '道真自治县=daozhen|道里=daoli|遵化=zunhua|邓州=dengzhou|邕宁=yongning|邗江=hanjiang|邛崃市=qionglai|那坡=napo|邯山=hanshan|' +
  '邳州=pizhou|邵东=shaodong|邵武=shaowu|邹城=zoucheng|邻水=linshui|郁南=yunan|郎溪=langxi|郓城=yuncheng|郧西=yunxi|' +
  '郧阳=yunyang|郯城=tancheng|郸城=dancheng|都兰=dulan|都匀=duyun|都安瑶族自治县=du\'an|都昌=duchang|都江堰市=dujiangyan|' +
  '郾城=yancheng|鄂城=echeng|鄄城=juancheng|鄞州=yinzhou|鄢陵=yanling|鄱阳=poyang|酉阳=youyang|酉阳土家族苗族自治县=youyang|' +
  '醴泉=liquan|醴陵=liling|金东=jindong|金乡=jinxiang|金凤=jinfeng|金口河=jinkouhe|金台=jintai|金坛=jintan|' +
  '金城江=jinchengjiang|金堂=jintang|金塔县=jinta|金安=jin\'an|金寨=jinzhai|金山区=jinshan|金山屯=jinshantun|金川=jinchuan|' +
  '金州=jinzhou|金平区=jinping|金平苗族瑶族傣族自治县=jinping|金水=jinshui|金沙县=jinsha|金湖=jinhu|金湾=jinwan|金溪=jinxi|' +
  '金牛区=jinniu|金秀瑶族自治县=jinxiu|金阳=jinyang|钟山=zhongshan|钟楼区=zhonglou|钟祥=zhongxiang|钦北=qinbei|钦南=qinnan|' +
  '铁东=tiedong|铁力市=tieli|铁山=tieshan|铁山港=tieshangang|铁峰=tiefeng|铁西=tiexi|铁锋=tiefeng|铅山=yanshan|铜官=tongguan|' +
  '铜山=tongshan|铜梁=tongliang|铜鼓县=tonggu|银州=yinzhou|银海区=yinhai|锡山区=xishan|锦屏=jinping|锦江=jinjiang|' +
  '镇原=zhenyuan|镇坪=zhenping|镇宁布依族苗族自治县=zhenning|镇安=zhen\'an|镇巴=zhenba|镇平=zhenping|镇康=zhenkang|镇沅=zhenyuan|' +
  '镇沅彝族哈尼族拉祜族自治县=zhenyuan|镇海=zhenhai|镇赉=zhenlai|镇远=zhenyuan|镇雄=zhenxiong|镜湖=jinghu|长丰=changfeng|' +
  '长乐区=changle|长兴=changxing|长垣=changyuan|长宁=changning|长安区=chang\'an|长寿区=changshou|长岭=changling|长武=changwu|' +
  '长汀=changting|长沙县=changsha|长泰=changtai|长洲=changzhou|长海=changhai|长清=changqing|长白朝鲜族自治县=changbai|' +
  '长葛=changge|长阳土家族自治县=changyang|长顺=changshun|门头沟=mentougou|门源=menyuan|门源回族自治县=menyuan|闵行=minhang|' +
  '闻喜=wenxi|闽侯=minhou|闽清=minqing|阆中=langzhong|阎良=yanliang|阜南=funan|阜城=fucheng|阜宁=funing|阜平=fuping|' +
  '阜康=fukang|阜新蒙古族自治县=fuxin|防城=fangcheng|防城各族自治县=fangcheng|阳东=yangdong|阳信=yangxin|阳原=yangyuan|' +
  '阳城=yangcheng|阳山=yangshan|阳新=yangxin|阳明区=yangming|阳春市=yangchun|阳曲=yangqu|阳朔=yangshuo|阳西县=yangxi|' +
  '阳谷=yanggu|阳高=yanggao|阿城=acheng|阿荣=arong|阿莲=alian|陆丰=lufeng|陆川=luchuan|陆河县=luhe|陆良=luliang|' +
  '陇川=longchuan|陇西=longxi|陈仓区=chencang|陵川=lingchuan|陵水县=lingshui|陵水黎族自治县=lingshui|隆化=longhua|隆回=longhui|' +
  '隆安=long\'an|隆尧=longyao|隆德=longde|隆林各族自治县=longlin|隆阳=longyang|雁塔区=yanta|雁山=yanshan|雁峰=yanfeng|' +
  '雁江=yanjiang|雄安=xiong\'an|雅江=yajiang|集宁=jining|集安=ji\'an|集美=jimei|集贤=jixian|雨城=yucheng|雨山=yushan|雨湖=yuhu|' +
  '雨花=yuhua|雨花台=yuhuatai|零陵=lingling|雷山=leishan|雷州市=leizhou|雷波=leibo|霍城=huocheng|霍山=huoshan|霍州=huozhou|' +
  '霍邱=huoqiu|霞山区=xiashan|霞浦=xiapu|霸州=bazhou|青云谱=qingyunpu|青冈=qinggang|青原=qingyuan|青山区=qingshan|' +
  '青山湖=qingshanhu|青川=qingchuan|青州=qingzhou|青浦=qingpu|青田=qingtian|青神=qingshen|青秀=qingxiu|青羊=qingyang|' +
  '青铜峡=qingtongxia|青阳=qingyang|青龙县=qinglong|青龙满族自治县=qinglong|靖宇=jingyu|靖安=jing\'an|靖州苗族侗族自治县=jingzhou|' +
  '靖江=jingjiang|靖西=jingxi|靖边=jingbian|靖远=jingyuan|静乐=jingle|静宁=jingning|静安=jing\'an|韶山=shaoshan|' +
  '项城=xiangcheng|顺义=shunyi|顺城=shuncheng|顺平=shunping|顺庆=shunqing|顺德=shunde|顺昌=shunchang|颍上=yingshang|' +
  '颍东=yingdong|颍州=yingzhou|颍泉=yingquan|额尔古纳=e\'erguna|额敏=emin|额济纳旗=ejin|饶平=raoping|饶河=raohe|饶阳=raoyang|' +
  '馆陶=guantao|香坊=xiangfang|香河=xianghe|香洲=xiangzhou|马关县=maguan|马尾区=mawei|马山=mashan|马村=macun|马边=mabian|' +
  '马边彝族自治县=mabian|驿城=yicheng|高台=gaotai|高唐=gaotang|高坪=gaoping|高安=gao\'an|高密市=gaomi|高州=gaozhou|高平=gaoping|' +
  '高明区=gaoming|高淳=gaochun|高港=gaogang|高碑店=gaobeidian|高要=gaoyao|高邑=gaoyi|高邮=gaoyou|高阳县=gaoyang|高青=gaoqing|' +
  '魏都=weidu|鱼台县=yutai|鱼峰=yufeng|鲁山=lushan|鲁甸=ludian|鲅鱼圈=bayuquan|鲤城=licheng|鸠江=jiujiang|鸡东=jidong|' +
  '鸡冠区=jiguan|鸡泽=jize|鹤城=hecheng|鹤山=heshan|鹤峰=hefeng|鹤庆=heqing|鹿城=lucheng|鹿寨=luzhai|鹿泉=luquan|鹿邑=luyi|' +
  '麒麟区=qilin|麟游=linyou|麦积区=maiji|麻城=macheng|麻山=mashan|麻栗坡=malipo|麻江=majiang|麻章=mazhang|麻阳苗族自治县=mayang|' +
  '黄埔区=huangpu|黄山区=huangshan|黄岛=huangdao|黄岩区=huangyan|黄州=huangzhou|黄平=huangping|黄梅县=huangmei|' +
  '黄石港=huangshigang|黄陂=huangpi|黄陵县=huangling|黄骅=huanghua|黄龙县=huanglong|黎城=licheng|黎川=lichuan|黎平=liping|' +
  '黑山县=heishan|黑水县=heishui|黔江=qianjiang|黔西=qianxi|鼎城=dingcheng|鼎湖=dinghu|鼓山=gushan|鼓楼区=gulou|齐河=qihe|' +
  '龙井区=longjing|龙井市=longjing|龙亭=longting|龙凤区=longfeng|龙华区=longhua|龙口市=longkou|龙圩=longxu|龙城=longcheng|' +
  '龙子湖=longzihu|龙安区=long\'an|龙山区=longshan|龙山县=longshan|龙岗区=longgang|龙川=longchuan|龙州=longzhou|龙文=longwen|' +
  '龙江=longjiang|龙沙=longsha|龙泉市=longquan|龙海=longhai|龙港=longgang|龙游=longyou|龙湖=longhu|龙湾区=longwan|' +
  '龙潭区=longtan|龙胜各族自治县=longsheng|龙里=longli|龙门县=longmen|龙陵=longling|龙马潭=longmatan|';

/** English names in lower case and their keys, sorted by the name. */
export const DISTRICT_EN =
  'acheng=acheng|aihui=aihui|aimin district=aimin|alian=alian|anci=anci|anda city=anda|' +
  'anding district=anding|anfu=anfu|ang\'angxi=ang\'angxi|anguo=anguo|anhua=anhua|anji county=anji|' +
  'anju district=anju|anle district=anle|anlong=anlong|anlu=anlu|annan district=annan|anning city=anning|' +
  'anning district=anning|anping=anping|anqiu=anqiu|anren=anren|antu=antu|anxi=anxi|anxiang=anxiang|' +
  'anxin=anxin|anyi=anyi|anyuan=anyuan|anyue=anyue|anze=anze|aohan banner=aohan|arong=arong|babu=babu|' +
  'badong=badong|bagongshan=bagongshan|baihe=baihe|baijiantan=baijiantan|bailang=bailang|baiquan=baiquan|' +
  'baisha county=baisha|baishui county=baishui|baita district=baita|baixiang=baixiang|' +
  'baiyin district=baiyin|baiyun district=baiyun|baiyunkuang=baiyunkuang|bama county=bama|banan=banan|' +
  'banma=banma|bao\'an district=bao\'an|baode=baode|baodi=baodi|baofeng=baofeng|baohe=baohe|' +
  'baojing=baojing|baokang=baokang|baoqing=baoqing|baoshan=baoshan|baota district=baota|' +
  'baoting county=baoting|baoxing county=baoxing|baoying=baoying|baqiao=baqiao|batang=batang|' +
  'bayan county=bayan|bayuquan=bayuquan|bazhou=bazhou|bei\'an=bei\'an|beibei=beibei|' +
  'beichen district=beichen|beichuan=beichuan|beichuan county=beichuan|beidaihe=beidaihe|beiguan=beiguan|' +
  'beihu=beihu|beilin=beilin|beilin district=beilin|beiliu=beiliu|beilun=beilun|beipiao=beipiao|' +
  'beita=beita|beitang=beitang|beitou=beitou|beitun=beitun|beizhen=beizhen|bengshan=bengshan|' +
  'benxi county=benxi|bijiang=bijiang|bincheng=bincheng|binchuan=binchuan|binhai county=binhai|' +
  'binhu=binhu|binjiang district=binjiang|binyang=binyang|bishan=bishan|biyang=biyang|bo\'ai county=bo\'ai|' +
  'bobai=bobai|bohu=bohu|bole city=bole|boli=boli|boluo county=boluo|boshan=boshan|botou=botou|' +
  'bowang=bowang|boxing county=boxing|boye=boye|bozhou=bozhou|butuo=butuo|caidian=caidian|' +
  'cangnan=cangnan|cangshan=cangshan|cangwu=cangwu|cangxi=cangxi|cangyuan=cangyuan|' +
  'cangyuan county=cangyuan|caofeidian=caofeidian|ceheng=ceheng|cengong=cengong|cenxi=cenxi|' +
  'chaling=chaling|chancheng=chancheng|chang\'an district=chang\'an|changbai county=changbai|' +
  'changfeng=changfeng|changge=changge|changhai=changhai|changji=changji|changjiang=changjiang|' +
  'changjiang county=changjiang|changle=changle|changle district=changle|changli=changli|' +
  'changling=changling|changning=changning|changping=changping|changqing=changqing|' +
  'changsha county=changsha|changshan=changshan|changshou district=changshou|changshu=changshu|' +
  'changshun=changshun|changtai=changtai|changting=changting|changtu=changtu|changwu=changwu|' +
  'changxing=changxing|changyang county=changyang|changyi=changyi|changyuan=changyuan|' +
  'changzhou=changzhou|chao\'an=chao\'an|chaohu=chaohu|chaonan=chaonan|chaotian district=chaotian|' +
  'chaoyang=chaoyang|chaoyang county=chaoyang|chaoyang district=chaoyang|chencang district=chencang|' +
  'cheng\'an=cheng\'an|chengbei=chengbei|chengbu county=chengbu|chengcheng=chengcheng|chengdong=chengdong|' +
  'chenggu=chenggu|chengguan district=chengguan|chenghai district=chenghai|chenghua district=chenghua|' +
  'chengkou=chengkou|chengmai=chengmai|chengwu=chengwu|chengxi=chengxi|chengxiang=chengxiang|' +
  'chengyang=chengyang|chengzhong district=chengzhong|chengzihe=chengzihe|chenxi=chenxi|chibi city=chibi|' +
  'chicheng=chicheng|chikan=chikan|chishui=chishui|chong\'an=chong\'an|chongchuan=chongchuan|' +
  'chongli district=chongli|chongren=chongren|chongxin=chongxin|chongyang=chongyang|chongyi=chongyi|' +
  'chongzhou=chongzhou|chuanhui=chuanhui|chuanshan=chuanshan|chuanying=chuanying|chun\'an=chun\'an|' +
  'chunhua=chunhua|chuxiong=chuxiong|cili=cili|cixi=cixi|conghua=conghua|congjiang=congjiang|' +
  'congtai=congtai|cuiluan=cuiluan|cuiping=cuiping|da\'an city=da\'an|da\'an district=da\'an|' +
  'dabancheng=dabancheng|dachang county=dachang|dacheng county=dacheng|dadong district=dadong|' +
  'dadukou=dadukou|dafang county=dafang|dafeng=dafeng|daguan county=daguan|daguan district=daguan|' +
  'dahua county=dahua|daishan=daishan|daiyue=daiyue|dali=dali|daming county=daming|danba=danba|' +
  'dancheng=dancheng|danfeng county=danfeng|dangchang=dangchang|dangshan=dangshan|dangtu county=dangtu|' +
  'dangyang=dangyang|daning=daning|danjiangkou=danjiangkou|danleng=danleng|dantu=dantu|danyang=danyang|' +
  'danzhai=danzhai|daocheng=daocheng|daofu=daofu|daoli=daoli|daowai=daowai|daozhen county=daozhen|' +
  'dashiqiao=dashiqiao|datian=datian|datong county=datong|datong district=datong|dawu county=dawu|' +
  'dawukou=dawukou|daxiang=daxiang|daxin=daxin|daxing district=daxing|dayao=dayao|daye=daye|dayi=dayi|' +
  'daying county=daying|dayu=dayu|dazhu=dazhu|dazu=dazu|de\'an=de\'an|debao county=debao|dechang=dechang|' +
  'decheng=decheng|dehua=dehua|dehui=dehui|dejiang county=dejiang|dengfeng=dengfeng|dengkou=dengkou|' +
  'dengta city=dengta|dengzhou=dengzhou|deqing=deqing|dexing=dexing|dianbai=dianbai|dianjiang=dianjiang|' +
  'dianjun=dianjun|didao=didao|diecai=diecai|ding\'an=ding\'an|dingbian=dingbian|dingcheng=dingcheng|' +
  'dinghai district=dinghai|dinghu=dinghu|dingnan=dingnan|dingri=dingri|dingxiang=dingxiang|' +
  'dingxing=dingxing|dingyuan county=dingyuan|dingzhou=dingzhou|dong\'an=dong\'an|dong\'e=dong\'e|' +
  'dongbao=dongbao|dongchang=dongchang|dongchangfu=dongchangfu|dongcheng district=dongcheng|' +
  'dongchuan=dongchuan|dongfeng county=dongfeng|dongfeng district=dongfeng|donggang=donggang|' +
  'dongguang=dongguang|donghai county=donghai|donghe=donghe|donghu=donghu|dongkou county=dongkou|' +
  'donglan=donglan|dongli=dongli|dongliao=dongliao|dongming=dongming|dongping=dongping|' +
  'dongpo district=dongpo|dongshan county=dongshan|dongshan district=dongshan|dongsheng=dongsheng|' +
  'dongtai=dongtai|dongxihu=dongxihu|dongxing=dongxing|dongyang=dongyang|dongyuan=dongyuan|' +
  'dongzhi=dongzhi|dongzhou=dongzhou|doumen=doumen|du\'an county=du\'an|duanzhou=duanzhou|duchang=duchang|' +
  'duji=duji|dujiangyan city=dujiangyan|dulan=dulan|dunhua=dunhua|dunhuang city=dunhuang|duodao=duodao|' +
  'duolun county=duolun|dushan=dushan|dushanzi=dushanzi|duyun=duyun|e\'erguna=e\'erguna|ebian=ebian|' +
  'ebian county=ebian|echeng=echeng|ejin banner=ejin|emeishan city=emeishan|emin=emin|enping=enping|' +
  'enshi=enshi|erdao district=erdao|erdaojiang=erdaojiang|erqi=erqi|eryuan=eryuan|eshan=eshan|' +
  'eshan county=eshan|faku=faku|fanchang=fanchang|fancheng=fancheng|fangcheng=fangcheng|' +
  'fangcheng county=fangcheng|fangshan=fangshan|fangzheng county=fangzheng|fangzi=fangzi|fanshi=fanshi|' +
  'feicheng=feicheng|feidong=feidong|feixi=feixi|feixiang=feixiang|fengcheng=fengcheng|fengdu=fengdu|' +
  'fengfengkuang=fengfengkuang|fenggang=fenggang|fenghuang county=fenghuang|fengjie=fengjie|' +
  'fengkai=fengkai|fengman district=fengman|fengnan=fengnan|fengning county=fengning|fengqing=fengqing|' +
  'fengqiu=fengqiu|fengquan=fengquan|fengrun=fengrun|fengshan county=fengshan|fengshun=fengshun|' +
  'fengtai=fengtai|fengxian=fengxian|fengxin=fengxin|fengyang=fengyang|fengze=fengze|fengzhen=fengzhen|' +
  'fenxi=fenxi|fenyang=fenyang|fenyi=fenyi|fogang=fogang|foping=foping|fu\'an=fu\'an|fucheng=fucheng|' +
  'fuchuan county=fuchuan|fuding=fuding|fufeng=fufeng|fugong=fugong|fugou=fugou|fugu=fugu|fuhai=fuhai|' +
  'fujin=fujin|fukang=fukang|fuliang=fuliang|fuling=fuling|fumian=fumian|fumin county=fumin|' +
  'funan county=funan|funing=funing|fuping=fuping|fuping county=fuping|fuqing=fuqing|fuquan=fuquan|' +
  'furong district=furong|fushan=fushan|fushun=fushun|fusong=fusong|fusui=fusui|futian district=futian|' +
  'fuxin county=fuxin|fuxing district=fuxing|fuyu county=fuyu|fuyuan=fuyuan|fuyuan city=fuyuan|' +
  'fuyun=fuyun|gaizhou=gaizhou|gangbei=gangbei|gangcha=gangcha|gangkou district=gangkou|gangnan=gangnan|' +
  'gangshan=gangshan|gangu=gangu|gangzha=gangzha|ganjingzi=ganjingzi|ganluo=ganluo|gannan=gannan|' +
  'ganquan=ganquan|ganyu=ganyu|ganzhou=ganzhou|gao\'an=gao\'an|gaobeidian=gaobeidian|gaocheng=gaocheng|' +
  'gaochun=gaochun|gaogang=gaogang|gaolan=gaolan|gaomi city=gaomi|gaoming district=gaoming|' +
  'gaoping=gaoping|gaoqing=gaoqing|gaotai=gaotai|gaotang=gaotang|gaoyang county=gaoyang|gaoyao=gaoyao|' +
  'gaoyi=gaoyi|gaoyou=gaoyou|gaozhou=gaozhou|gejiu=gejiu|gengma=gengma|gengma county=gengma|genhe=genhe|' +
  'gong\'an county=gong\'an|gongchangling=gongchangling|gongcheng county=gongcheng|gonghe county=gonghe|' +
  'gongjing=gongjing|gongliu=gongliu|gongnong district=gongnong|gongshan=gongshan|' +
  'gongshan county=gongshan|gongshu=gongshu|gongyi=gongyi|gongzhuling=gongzhuling|gu\'an=gu\'an|' +
  'guandu district=guandu|guangchang=guangchang|guangde=guangde|guanghan=guanghan|guanghe=guanghe|' +
  'guangling=guangling|guangming district=guangming|guangnan county=guangnan|guangning=guangning|' +
  'guangping=guangping|guangrao=guangrao|guangshan county=guangshan|guangshui=guangshui|' +
  'guangyang=guangyang|guangze county=guangze|guangzong=guangzong|guanling county=guanling|' +
  'guannan=guannan|guanshanhu=guanshanhu|guantao=guantao|guanyang=guanyang|guanyun=guanyun|' +
  'guazhou=guazhou|gucheng=gucheng|gucheng county=gucheng|gucheng district=gucheng|guichi=guichi|' +
  'guide=guide|guiding=guiding|guidong=guidong|guinan=guinan|guiping=guiping|guixi=guixi|guiyang=guiyang|' +
  'gujiao=gujiao|gulang=gulang|gulin=gulin|gulou district=gulou|guoyang=guoyang|gushan=gushan|' +
  'gushi=gushi|gusu=gusu|guta=guta|gutian=gutian|guyang=guyang|guye=guye|guyuan=guyuan|guzhang=guzhang|' +
  'guzhen=guzhen|habahe=habahe|hai\'an=hai\'an|haibowan=haibowan|haicang=haicang|haicheng=haicheng|' +
  'haidian=haidian|haifeng=haifeng|haigang district=haigang|hailin=hailin|hailing=hailing|' +
  'hailun city=hailun|haimen=haimen|hainan district=hainan|haining=haining|haishu=haishu|' +
  'haitang district=haitang|haixing=haixing|haiyan county=haiyan|haiyang=haiyang|haiyuan=haiyuan|' +
  'haizhou district=haizhou|haizhu=haizhu|hanbin=hanbin|hanchuan=hanchuan|hanjiang=hanjiang|' +
  'hannan=hannan|hanshan county=hanshan|hanshan district=hanshan|hanshou=hanshou|hantai=hantai|' +
  'hanting=hanting|hanyang=hanyang|hanyin=hanyin|hanyuan=hanyuan|haojiang=haojiang|hebei district=hebei|' +
  'hecheng=hecheng|hechuan=hechuan|hedong district=hedong|hefeng=hefeng|heishan county=heishan|' +
  'heishui county=heishui|hejian=hejian|hejiang=hejiang|hejin=hejin|hekou county=hekou|' +
  'hekou district=hekou|helan county=helan|helong=helong|henan county=henan|hengdong=hengdong|' +
  'hengfeng=hengfeng|hengnan=hengnan|hengshan county=hengshan|hengshan district=hengshan|' +
  'hengzhou=hengzhou|heping county=heping|heping district=heping|hepu=hepu|heqing=heqing|' +
  'hequ county=hequ|heshan=heshan|heshui=heshui|heshun county=heshun|hetang=hetang|hetian county=hetian|' +
  'hexi district=hexi|heyang=heyang|hezhang=hezhang|hezheng county=hezheng|hezuo city=hezuo|' +
  'hong\'an=hong\'an|honggang=honggang|honggu=honggu|honghe=honghe|honghu=honghu|honghuagang=honghuagang|' +
  'hongjiang=hongjiang|hongkou=hongkou|hongqi district=hongqi|hongqiao=hongqiao|hongshan=hongshan|' +
  'hongshan district=hongshan|hongsibao=hongsibao|hongta=hongta|hongtong=hongtong|' +
  'hongwei district=hongwei|hongxing district=hongxing|hongya county=hongya|hongyuan county=hongyuan|' +
  'hongze=hongze|houma=houma|hua\'an=hua\'an|huachi=huachi|huachuan=huachuan|huade=huade|huadian=huadian|' +
  'huadu district=huadu|huai\'an=huai\'an|huaibin=huaibin|huaiji=huaiji|huailai=huailai|huaining=huaining|' +
  'huairou district=huairou|huaishang=huaishang|huaiyang=huaiyang|huaiyin=huaiyin|' +
  'huaiyuan county=huaiyuan|hualong district=hualong|huanan=huanan|huancui=huancui|huangchuan=huangchuan|' +
  'huangdao=huangdao|huanggu=huanggu|huanghua=huanghua|huangling county=huangling|' +
  'huanglong county=huanglong|huangmei county=huangmei|huangpi=huangpi|huangping=huangping|' +
  'huangpu district=huangpu|huangshan district=huangshan|huangshigang=huangshigang|' +
  'huangyan district=huangyan|huangyuan=huangyuan|huangzhou=huangzhou|huaning=huaning|' +
  'huanjiang county=huanjiang|huanren county=huanren|huantai=huantai|huaping=huaping|' +
  'huarong county=huarong|huarong district=huarong|huashan=huashan|huating=huating|huaxi=huaxi|' +
  'huayin=huayin|huaying=huaying|huayuan=huayuan|huazhou=huazhou|hubin district=hubin|huguan=huguan|' +
  'hui\'an=hui\'an|huichang county=huichang|huicheng=huicheng|huichuan=huichuan|huidong=huidong|' +
  'huiji=huiji|huilai=huilai|huimin county=huimin|huimin district=huimin|huinan=huinan|huining=huining|' +
  'huinong=huinong|huishan=huishan|huishui=huishui|huitong county=huitong|huixian=huixian|' +
  'huiyang=huiyang|huize=huize|huizhou=huizhou|hukou=hukou|hulan=hulan|huli=huli|hulin=hulin|huma=huma|' +
  'hunchun=hunchun|hunyuan=hunyuan|huocheng=huocheng|huojia=huojia|huoqiu county=huoqiu|huoshan=huoshan|' +
  'huozhou=huozhou|huqiu=huqiu|hutubi=hutubi|huzhong=huzhong|ji\'an=ji\'an|jiading district=jiading|' +
  'jiagedaqi=jiagedaqi|jiahe=jiahe|jiajiang=jiajiang|jialing=jialing|jian\'ou=jian\'ou|' +
  'jiancaoping=jiancaoping|jianchang=jianchang|jianchuan=jianchuan|jiande=jiande|jiang\'an=jiang\'an|' +
  'jiangbei=jiangbei|jiangcheng=jiangcheng|jiangcheng county=jiangcheng|jiangdu=jiangdu|jiange=jiange|' +
  'jianghai=jianghai|jianghan=jianghan|jianghua county=jianghua|jiangjin=jiangjin|jiangkou=jiangkou|' +
  'jiangle=jiangle|jiangling=jiangling|jiangnan district=jiangnan|jiangning=jiangning|jiangpu=jiangpu|' +
  'jiangshan city=jiangshan|jiangxia=jiangxia|jiangyan=jiangyan|jiangyang=jiangyang|jiangyin=jiangyin|' +
  'jiangyong=jiangyong|jiangyuan district=jiangyuan|jiangzhou=jiangzhou|jianhe=jianhe|jianhu=jianhu|' +
  'jianhua district=jianhua|jianli=jianli|jianning=jianning|jianping=jianping|jianshan=jianshan|' +
  'jianshi=jianshi|jianshui=jianshui|jianxi=jianxi|jianyang=jianyang|jianye=jianye|jianzha=jianzha|' +
  'jiaocheng=jiaocheng|jiaohe=jiaohe|jiaojiang=jiaojiang|jiaokou county=jiaokou|jiaoling=jiaoling|' +
  'jiaozhou=jiaozhou|jiashan=jiashan|jiawang=jiawang|jiaxiang=jiaxiang|jiayi=jiayi|jiayin=jiayin|' +
  'jiayu county=jiayu|jidong=jidong|jiedong=jiedong|jiefang district=jiefang|jieshou=jieshou|jiexi=jiexi|' +
  'jiexiu=jiexiu|jiguan district=jiguan|jimei=jimei|jin\'an=jin\'an|jinchengjiang=jinchengjiang|' +
  'jinchuan=jinchuan|jindong=jindong|jinfeng=jinfeng|jing\'an=jing\'an|jingbian=jingbian|' +
  'jingchuan=jingchuan|jingde=jingde|jingdong county=jingdong|jinggangshan=jinggangshan|jinggu=jinggu|' +
  'jinggu county=jinggu|jinghong=jinghong|jinghu=jinghu|jingjiang=jingjiang|jingkou=jingkou|' +
  'jingle=jingle|jingning=jingning|jingning county=jingning|jingshan=jingshan|jingtai county=jingtai|' +
  'jingxi=jingxi|jingxing=jingxing|jingxingkuang=jingxingkuang|jingxiu district=jingxiu|jingyan=jingyan|' +
  'jingyang=jingyang|jingyu=jingyu|jingyuan=jingyuan|jingzhou county=jingzhou|jingzhou district=jingzhou|' +
  'jinhu=jinhu|jining=jining|jinjiang=jinjiang|jinkouhe=jinkouhe|jinnan=jinnan|jinniu district=jinniu|' +
  'jinping=jinping|jinping county=jinping|jinping district=jinping|jinsha county=jinsha|' +
  'jinshan district=jinshan|jinshantun=jinshantun|jinshi city=jinshi|jinshui=jinshui|jinta county=jinta|' +
  'jintai=jintai|jintan district=jintan|jintang=jintang|jinwan=jinwan|jinxi=jinxi|jinxian=jinxian|' +
  'jinxiang=jinxiang|jinxiu county=jinxiu|jinyang=jinyang|jinyuan=jinyuan|jinyun=jinyun|jinzhai=jinzhai|' +
  'jinzhou=jinzhou|jishan=jishan|jishishan county=jishishan|jishou=jishou|jishui=jishui|' +
  'jiujiang=jiujiang|jiulongpo=jiulongpo|jiutai=jiutai|jiuyuan=jiuyuan|jiuzhaigou county=jiuzhaigou|' +
  'jixi=jixi|jixian=jixian|jiyang=jiyang|jize=jize|jizhou=jizhou|ju\'nan=ju\'nan|juancheng=juancheng|' +
  'julu=julu|junshan=junshan|jurong=jurong|juye=juye|kaifu=kaifu|kaihua county=kaihua|kaijiang=kaijiang|' +
  'kaili=kaili|kailu=kailu|kaiping=kaiping|kaiyang county=kaiyang|kaiyuan=kaiyuan|kaizhou=kaizhou|' +
  'kangbao county=kangbao|kangle county=kangle|kangping county=kangping|kecheng=kecheng|kedong=kedong|' +
  'kelan=kelan|kenli=kenli|keshan=keshan|kongtong=kongtong|kuancheng=kuancheng|' +
  'kuancheng county=kuancheng|kuandian county=kuandian|kuiwen=kuiwen|kunshan=kunshan|lai\'an=lai\'an|' +
  'laifeng=laifeng|laishan=laishan|laishui=laishui|laixi=laixi|laiyang=laiyang|laiyuan=laiyuan|' +
  'laizhou=laizhou|lancang=lancang|lancang county=lancang|langao=langao|langxi=langxi|langya=langya|' +
  'langzhong=langzhong|lankao=lankao|lanling county=lanling|lanping=lanping|lanping county=lanping|' +
  'lanshan=lanshan|lanshan county=lanshan|lanshan district=lanshan|lantian county=lantian|lanxi=lanxi|' +
  'lanxi county=lanxi|laobian=laobian|laocheng district=laocheng|laohekou=laohekou|laoling=laoling|' +
  'laoshan district=laoshan|laoting=laoting|le\'an=le\'an|lechang city=lechang|ledong=ledong|' +
  'ledong county=ledong|leibo=leibo|leishan=leishan|leiyang=leiyang|leizhou city=leizhou|' +
  'lengshuijiang=lengshuijiang|lengshuitan=lengshuitan|leping=leping|leye county=leye|lezhi=lezhi|' +
  'liancheng county=liancheng|lianchi=lianchi|liandu=liandu|liangcheng=liangcheng|liangdang=liangdang|' +
  'lianghe=lianghe|liangping=liangping|liangqing=liangqing|liangshan county=liangshan|' +
  'liangyuan=liangyuan|liangzhou=liangzhou|liangzihu=liangzihu|lianhu=lianhu|lianhua county=lianhua|' +
  'lianjiang=lianjiang|liannan county=liannan|lianping=lianping|lianshan county=lianshan|' +
  'lianshan district=lianshan|lianshui=lianshui|lianyuan=lianyuan|lianyun=lianyun|lianzhou=lianzhou|' +
  'libo=libo|licang=licang|licheng=licheng|lichuan=lichuan|lieshan=lieshan|lijin=lijin|liling=liling|' +
  'lincheng county=lincheng|linchuan=linchuan|lindian=lindian|lingao=lingao|lingbao=lingbao|' +
  'lingbi=lingbi|lingchuan=lingchuan|lingdong=lingdong|linghai=linghai|linghe=linghe|lingling=lingling|' +
  'lingqiu=lingqiu|lingshan=lingshan|lingshi=lingshi|lingshou=lingshou|lingshui county=lingshui|' +
  'lingtai=lingtai|lingui=lingui|lingwu=lingwu|lingya=lingya|lingyuan=lingyuan|lingyun county=lingyun|' +
  'linhai city=linhai|linhai county=linhai|linhe=linhe|linjiang=linjiang|linkou=linkou|linli=linli|' +
  'linqing=linqing|linqu=linqu|linquan=linquan|linshu=linshu|linshui=linshui|lintan=lintan|lintao=lintao|' +
  'lintong=lintong|linwei=linwei|linwu=linwu|linxi=linxi|linxi county=linxi|linxia=linxia|' +
  'linxiang=linxiang|linyi=linyi|linying=linying|linyou=linyou|linze=linze|linzhang=linzhang|' +
  'linzhou=linzhou|linzi=linzi|liping=liping|lipu=lipu|liquan=liquan|lishan=lishan|lishi=lishi|' +
  'lishu county=lishu|lishu district=lishu|lishui=lishui|litang=litang|litong district=litong|' +
  'liuba=liuba|liubei=liubei|liucheng=liucheng|liuhe county=liuhe|liujiang=liujiang|liulin=liulin|' +
  'liunan=liunan|liuyang=liuyang|liwan=liwan|lixia district=lixia|lixin=lixin|liyang=liyang|' +
  'long\'an=long\'an|long\'an district=long\'an|longcheng=longcheng|longchuan=longchuan|longde=longde|' +
  'longfeng district=longfeng|longgang=longgang|longgang district=longgang|longhai=longhai|longhu=longhu|' +
  'longhua county=longhua|longhua district=longhua|longhui=longhui|longjiang=longjiang|' +
  'longjing city=longjing|longjing district=longjing|longkou city=longkou|longli=longli|' +
  'longlin county=longlin|longling=longling|longmatan=longmatan|longmen county=longmen|' +
  'longquan city=longquan|longsha=longsha|longshan county=longshan|longshan district=longshan|' +
  'longsheng county=longsheng|longtan district=longtan|longting=longting|longwan district=longwan|' +
  'longwen=longwen|longxi=longxi|longxu=longxu|longyang=longyang|longyao=longyao|longyou=longyou|' +
  'longzhou=longzhou|longzihu=longzihu|loufan=loufan|louxing=louxing|luancheng=luancheng|' +
  'luanchuan=luanchuan|luannan=luannan|luanping=luanping|luanzhou=luanzhou|lubei=lubei|lucheng=lucheng|' +
  'luchuan=luchuan|ludian=ludian|luding=luding|lufeng=lufeng|luhe county=luhe|luhe district=luhe|' +
  'luhuo=luhuo|lujiang=lujiang|luliang=luliang|lulong=lulong|lunan=lunan|lunan county=lunan|' +
  'luobei=luobei|luocheng county=luocheng|luochuan=luochuan|luodian=luodian|luoding=luoding|luohu=luohu|' +
  'luojiang=luojiang|luolong=luolong|luonan=luonan|luoning=luoning|luoping=luoping|' +
  'luoshan county=luoshan|luotian=luotian|luoyuan=luoyuan|luozhuang=luozhuang|luqiao district=luqiao|' +
  'luqu=luqu|luquan=luquan|luquan county=luquan|lushan=lushan|lushan district=lushan|lushi=lushi|' +
  'lusong=lusong|luxi=luxi|luyang=luyang|luyi=luyi|luyuan district=luyuan|luzhai=luzhai|mabian=mabian|' +
  'mabian county=mabian|macheng=macheng|macun=macun|maguan county=maguan|maiji district=maiji|' +
  'majiang=majiang|malipo=malipo|mancheng district=mancheng|manzhouli=manzhouli|maojian=maojian|' +
  'maonan district=maonan|maowen=maowen|maqu=maqu|mashan=mashan|mawei district=mawei|' +
  'mayang county=mayang|mazhang=mazhang|meigu=meigu|meihekou=meihekou|meijiang=meijiang|' +
  'meilan district=meilan|meitan=meitan|meixi=meixi|meixian=meixian|mengcheng=mengcheng|' +
  'mengcun county=mengcun|menghai=menghai|mengjin=mengjin|mengla=mengla|menglian=menglian|' +
  'menglian county=menglian|mengshan=mengshan|mengyin=mengyin|mengzhou=mengzhou|mentougou=mentougou|' +
  'menyuan=menyuan|menyuan county=menyuan|mianchi=mianchi|mianning=mianning|mianzhu=mianzhu|midu=midu|' +
  'miluo=miluo|minfeng=minfeng|mingguang city=mingguang|mingshan district=mingshan|' +
  'mingshui county=mingshui|mingxi=mingxi|minhang=minhang|minhou=minhou|minle county=minle|minqin=minqin|' +
  'minqing=minqing|minquan county=minquan|mishan=mishan|miyi=miyi|miyun=miyun|mizhi=mizhi|mohe=mohe|' +
  'mojiang=mojiang|mojiang county=mojiang|mouding=mouding|muchuan=muchuan|mudan district=mudan|' +
  'mulan county=mulan|muli county=muli|muling=muling|muping=muping|muye=muye|naiman banner=naiman|' +
  'nan\'an=nan\'an|nan\'ao county=nan\'ao|nanbu county=nanbu|nancha=nancha|nanchang county=nanchang|' +
  'nanchang district=nanchang|nancheng=nancheng|nanchuan=nanchuan|nandan=nandan|nanfen=nanfen|' +
  'nanfeng=nanfeng|nangang=nangang|nangong city=nangong|nanguan=nanguan|nanhai district=nanhai|' +
  'nanhe=nanhe|nanhu=nanhu|nanhua county=nanhua|nanjian county=nanjian|nanjiang=nanjiang|nanjiao=nanjiao|' +
  'nanjing county=nanjing|nankai district=nankai|nanle=nanle|nanling=nanling|nanming=nanming|nanpi=nanpi|' +
  'nanpiao=nanpiao|nanqiao=nanqiao|nansha district=nansha|nanshan district=nanshan|nantou=nantou|' +
  'nantun=nantun|nanxiong=nanxiong|nanxun=nanxun|nanyue district=nanyue|nanzhang=nanzhang|' +
  'nanzhao county=nanzhao|nanzi=nanzi|napo=napo|naxi=naxi|nayong=nayong|nehe=nehe|neihu=neihu|' +
  'neihuang=neihuang|neiqiu=neiqiu|neixiang=neixiang|nenjiang=nenjiang|nianzishan=nianzishan|' +
  'ning\'an=ning\'an|ning\'er county=ning\'er|ningcheng=ningcheng|ningdu=ningdu|ningguo=ningguo|' +
  'ninghai=ninghai|ninghua=ninghua|ningjiang=ningjiang|ningjin=ningjin|ninglang=ninglang|' +
  'ninglang county=ninglang|ningling=ningling|ningming=ningming|ningnan=ningnan|ningqiang=ningqiang|' +
  'ningshan=ningshan|ningwu=ningwu|ningxiang=ningxiang|ningyang=ningyang|ningyuan=ningyuan|' +
  'nong\'an=nong\'an|nuannuan district=nuannuan|ouhai=ouhai|pan\'an=pan\'an|pangjiabao=pangjiabao|' +
  'panji=panji|panlong district=panlong|panshan county=panshan|panshi city=panshi|panshi county=panshi|' +
  'panyu=panyu|panzhou=panzhou|peng\'an=peng\'an|penghu county=penghu|pengjiang=pengjiang|' +
  'pengshui=pengshui|pengshui county=pengshui|pengxi=pengxi|pengyang=pengyang|pengze=pengze|' +
  'pengzhou=pengzhou|pianguan=pianguan|pingba=pingba|pingbian county=pingbian|pingchang=pingchang|' +
  'pingchuan district=pingchuan|pingding county=pingding|pingdu=pingdu|pingfang district=pingfang|' +
  'pinggu=pinggu|pingguo=pingguo|pinghe county=pinghe|pinghu=pinghu|pingjiang=pingjiang|pingle=pingle|' +
  'pingli=pingli|pinglu=pinglu|pingluo=pingluo|pingnan=pingnan|pingqiao=pingqiao|pingquan=pingquan|' +
  'pingshan=pingshan|pingshun county=pingshun|pingtan=pingtan|pingtang=pingtang|pingwu=pingwu|' +
  'pingxiang=pingxiang|pingyang=pingyang|pingyao=pingyao|pingyi=pingyi|pingyin=pingyin|pingyu=pingyu|' +
  'pingyuan=pingyuan|pingyuan county=pingyuan|pishan=pishan|pizhou=pizhou|potou=potou|poyang=poyang|' +
  'pu\'an=pu\'an|pubei=pubei|pucheng=pucheng|puding=puding|puge=puge|pujiang=pujiang|pukou=pukou|' +
  'puning=puning|putuo district=putuo|qian\'an=qian\'an|qianjiang=qianjiang|qianjin district=qianjin|' +
  'qianshan=qianshan|qianshan district=qianshan|qianwei=qianwei|qianxi=qianxi|qianyang=qianyang|' +
  'qiaocheng=qiaocheng|qiaodong=qiaodong|qiaojia=qiaojia|qiaokou=qiaokou|qiaoxi=qiaoxi|qibin=qibin|' +
  'qichun=qichun|qidong=qidong|qidu=qidu|qiezihe=qiezihe|qihe=qihe|qijiang=qijiang|qijin=qijin|' +
  'qilian county=qilian|qilihe=qilihe|qilin district=qilin|qimen=qimen|qin\'an=qin\'an|qinbei=qinbei|' +
  'qindu=qindu|qing\'an=qing\'an|qingcheng=qingcheng|qingchuan=qingchuan|qingfeng=qingfeng|' +
  'qinggang=qinggang|qinghe=qinghe|qinghemen=qinghemen|qingjian=qingjian|qingliu county=qingliu|' +
  'qinglong=qinglong|qinglong county=qinglong|qingpu=qingpu|qingshan district=qingshan|' +
  'qingshanhu=qingshanhu|qingshen=qingshen|qingshui county=qingshui|qingshuihe=qingshuihe|' +
  'qingtian=qingtian|qingtongxia=qingtongxia|qingwan=qingwan|qingxiu=qingxiu|qingxu=qingxu|' +
  'qingyang=qingyang|qingyuan=qingyuan|qingyuan county=qingyuan|qingyun=qingyun|qingyunpu=qingyunpu|' +
  'qingzhen=qingzhen|qingzhou=qingzhou|qinhuai=qinhuai|qinnan=qinnan|qinshui=qinshui|qinyang=qinyang|' +
  'qinyuan=qinyuan|qinzhou=qinzhou|qionglai city=qionglai|qiongshan=qiongshan|qiongzhong=qiongzhong|' +
  'qiongzhong county=qiongzhong|qishan county=qishan|qitai=qitai|qiubei=qiubei|qixia=qixia|' +
  'qixing district=qixing|qixingguan=qixingguan|qiyang=qiyang|quangang=quangang|quanjiao=quanjiao|' +
  'quannan=quannan|quanshan=quanshan|quanzhou=quanzhou|queshan=queshan|qujiang=qujiang|quwo=quwo|' +
  'quyang=quyang|quzhou=quzhou|ranghulu=ranghulu|raohe=raohe|raoping=raoping|raoyang=raoyang|' +
  'ren\'ai district=ren\'ai|rencheng=rencheng|renhe=renhe|renhua=renhua|renhuai=renhuai|renqiu=renqiu|' +
  'renshou=renshou|renze=renze|rong\'an=rong\'an|rongchang district=rongchang|rongcheng=rongcheng|' +
  'rongcheng city=rongcheng|rongjiang=rongjiang|rongshui county=rongshui|rucheng=rucheng|' +
  'rudong county=rudong|rugao=rugao|rui\'an=rui\'an|ruichang=ruichang|ruicheng=ruicheng|ruijin=ruijin|' +
  'runan=runan|runzhou=runzhou|rushan=rushan|ruyang=ruyang|ruyuan county=ruyuan|ruzhou=ruzhou|saga=saga|' +
  'saihan=saihan|sandu county=sandu|sangzhi=sangzhi|sanhe=sanhe|sanjiang county=sanjiang|sanmen=sanmen|' +
  'sanmin district=sanmin|sanshui=sanshui|sansui county=sansui|santai=santai|sanyuan=sanyuan|' +
  'sanyuan district=sanyuan|shahe=shahe|shahekou=shahekou|shancheng=shancheng|shandan county=shandan|' +
  'shangcai=shangcai|shangcheng=shangcheng|shangcheng county=shangcheng|shangdu county=shangdu|' +
  'shangganling=shangganling|shanggao=shanggao|shanghang=shanghang|shanghe=shanghe|' +
  'shangjie district=shangjie|shangli=shangli|shanglin=shanglin|shangnan=shangnan|shangshui=shangshui|' +
  'shangsi=shangsi|shangyi=shangyi|shangyou=shangyou|shangzhi=shangzhi|shangzhou=shangzhou|' +
  'shanhaiguan district=shanhaiguan|shanting=shanting|shanyang=shanyang|shanyin=shanyin|' +
  'shaodong=shaodong|shaoling=shaoling|shaoshan=shaoshan|shaowu=shaowu|shapingba=shapingba|shapo=shapo|' +
  'shashi=shashi|shawan district=shawan|shaxian=shaxian|shayang=shayang|shenchi=shenchi|shengsi=shengsi|' +
  'shengzhou=shengzhou|shenhe=shenhe|shenqiu=shenqiu|shenze=shenze|shenzhou city=shenzhou|sheqi=sheqi|' +
  'sheyang=sheyang|shibei=shibei|shibing=shibing|shicheng=shicheng|shidian=shidian|shifang=shifang|' +
  'shifeng=shifeng|shigu district=shigu|shiguai=shiguai|shihe=shihe|shijingshan=shijingshan|' +
  'shijushan district=shijushan|shilin county=shilin|shilin district=shilin|shilong district=shilong|' +
  'shilou=shilou|shimen=shimen|shimian county=shimian|shinan=shinan|shiping=shiping|shiqian=shiqian|' +
  'shiquan=shiquan|shishi city=shishi|shishou=shishou|shitai=shitai|shixing=shixing|shizhu county=shizhu|' +
  'shizong=shizong|shouguang=shouguang|shouning=shouning|shouyang=shouyang|shuangbai=shuangbai|' +
  'shuangcheng district=shuangcheng|shuangfeng county=shuangfeng|shuangjiang county=shuangjiang|' +
  'shuangliao=shuangliao|shuangluan=shuangluan|shuangpai=shuangpai|shuangqiao=shuangqiao|' +
  'shuangqing=shuangqing|shuangta=shuangta|shuangtai=shuangtai|shuangyang=shuangyang|shucheng=shucheng|' +
  'shufu=shufu|shuicheng=shuicheng|shuimogou=shuimogou|shulan=shulan|shule county=shule|' +
  'shunchang=shunchang|shuncheng=shuncheng|shunde=shunde|shunping=shunping|shunqing=shunqing|' +
  'shunyi=shunyi|shuocheng=shuocheng|shushan=shushan|shuyang=shuyang|sifangtai=sifangtai|sihong=sihong|' +
  'sihui=sihui|simao=simao|siming district=siming|sinan=sinan|sishui=sishui|siyang=siyang|' +
  'siziwang banner=siziwang|songbei=songbei|songjiang=songjiang|songling=songling|songming=songming|' +
  'songpan=songpan|songshan=songshan|songtao county=songtao|songxi=songxi|songyang=songyang|' +
  'songzi=songzi|subei county=subei|sucheng=sucheng|suibin=suibin|suichang=suichang|suichuan=suichuan|' +
  'suide=suide|suifenhe=suifenhe|suijiang=suijiang|suiling=suiling|suining=suining|suiping=suiping|' +
  'suixi=suixi|suiyang=suiyang|suizhong=suizhong|sujiatun=sujiatun|sunan county=sunan|' +
  'suning county=suning|sunwu=sunwu|susong=susong|suxian=suxian|suyu=suyu|suzhou district=suzhou|' +
  'tahe=tahe|tai\'an=tai\'an|tai\'erzhuang=tai\'erzhuang|taibai county=taibai|taibei county=taibei|' +
  'taicang=taicang|taihe=taihe|taihe county=taihe|taihu=taihu|taijiang=taijiang|taikang=taikang|' +
  'tailai county=tailai|taining=taining|taiping district=taiping|taiqian county=taiqian|' +
  'taishan city=taishan|taishan district=taishan|taishun=taishun|taixing=taixing|taizi=taizi|' +
  'tancheng=tancheng|tanghe=tanghe|tangwanghe=tangwanghe|tangyin=tangyin|tangyuan=tangyuan|' +
  'tantang=tantang|taobei=taobei|taocheng=taocheng|taojiang=taojiang|taonan=taonan|taoshan=taoshan|' +
  'taoyuan=taoyuan|tengzhou=tengzhou|tian\'e=tian\'e|tianchang city=tianchang|tiandeng=tiandeng|' +
  'tiandong=tiandong|tianhe district=tianhe|tianjia\'an=tianjia\'an|tianjun=tianjun|tianlin=tianlin|' +
  'tianning=tianning|tianqiao district=tianqiao|tianquan=tianquan|tianshan=tianshan|' +
  'tiantai county=tiantai|tianxin district=tianxin|tianya district=tianya|tianyang=tianyang|' +
  'tianyuan=tianyuan|tianzhen=tianzhen|tianzhu county=tianzhu|tiedong=tiedong|tiefeng=tiefeng|' +
  'tieli city=tieli|tieshan=tieshan|tieshangang=tieshangang|tiexi=tiexi|tinghu=tinghu|tong\'an=tong\'an|' +
  'tongbai=tongbai|tongcheng=tongcheng|tongchuan=tongchuan|tongdao county=tongdao|tongde county=tongde|' +
  'tonggu county=tonggu|tongguan=tongguan|tonghai county=tonghai|tonghe=tonghe|tongjiang=tongjiang|' +
  'tongliang=tongliang|tonglu=tonglu|tongnan=tongnan|tongshan=tongshan|tongwei=tongwei|' +
  'tongxiang=tongxiang|tongxin county=tongxin|tongxu=tongxu|tongyu=tongyu|tongzhou=tongzhou|' +
  'tongzi=tongzi|toutunhe=toutunhe|tuanfeng=tuanfeng|tucheng=tucheng|tumen city=tumen|tunchang=tunchang|' +
  'tunxi=tunxi|tuoli county=tuoli|tuquan=tuquan|wafangdian=wafangdian|wan\'an county=wan\'an|' +
  'wanbolin=wanbolin|wancheng=wancheng|wangcang=wangcang|wangcheng=wangcheng|wangdu=wangdu|' +
  'wanghua=wanghua|wangjiang=wangjiang|wangkui=wangkui|wangmo=wangmo|wangqing=wangqing|wangyi=wangyi|' +
  'wanhua=wanhua|wanli=wanli|wannian county=wannian|wanquan district=wanquan|wanrong=wanrong|' +
  'wanshan=wanshan|wanxiu=wanxiu|wanyuan=wanyuan|wanzai=wanzai|wanzhi=wanzhi|wanzhou=wanzhou|' +
  'weibin=weibin|weichang county=weichang|weicheng=weicheng|weidong=weidong|weidu=weidu|weihui=weihui|' +
  'weining county=weining|weishan=weishan|weishan county=weishan|weishi=weishi|weixi=weixi|' +
  'weixi county=weixi|weixin county=weixin|weiyang district=weiyang|weiyuan=weiyuan|wen\'an=wen\'an|' +
  'wencheng=wencheng|wenchuan county=wenchuan|wenfeng=wenfeng|weng\'an=weng\'an|wengyuan=wengyuan|' +
  'wenjiang=wenjiang|wenling=wenling|wenquan county=wenquan|wenshan district=wenshan|wenshang=wenshang|' +
  'wensheng=wensheng|wenshui=wenshui|wenxi=wenxi|wolong district=wolong|wu\'an=wu\'an|wubu=wubu|' +
  'wuchang city=wuchang|wuchang district=wuchang|wucheng=wucheng|wuchuan=wuchuan|wuchuan county=wuchuan|' +
  'wuda=wuda|wudalianchi=wudalianchi|wudang=wudang|wudi=wudi|wuding county=wuding|wudu=wudu|' +
  'wufeng county=wufeng|wugang=wugang|wugong county=wugong|wuhe=wuhe|wuhou district=wuhou|wuhua=wuhua|' +
  'wuji county=wuji|wujiagang=wujiagang|wujiang=wujiang|wujin=wujin|wulan county=wulan|wulian=wulian|' +
  'wuling=wuling|wulong=wulong|wumahe=wumahe|wuming=wuming|wuning=wuning|wuping=wuping|wuqi county=wuqi|' +
  'wuqia county=wuqia|wuqiang=wuqiang|wuqiao=wuqiao|wuqing=wuqing|wushan county=wushan|wusheng=wusheng|' +
  'wutai county=wutai|wutongqiao=wutongqiao|wuwei city=wuwei|wuxi=wuxi|wuxiang=wuxiang|' +
  'wuxing district=wuxing|wuxuan=wuxuan|wuxue=wuxue|wuyang=wuyang|wuyi=wuyi|wuyiling=wuyiling|' +
  'wuying=wuying|wuyishan city=wuyishan|wuyuan=wuyuan|wuzhai=wuzhai|wuzhi=wuzhi|wuzhong=wuzhong|' +
  'xi\'an district=xi\'an|xiahe=xiahe|xiahuayuan=xiahuayuan|xiajiang=xiajiang|xiajin=xiajin|xialu=xialu|' +
  'xian\'an=xian\'an|xianfeng county=xianfeng|xiang\'an=xiang\'an|xiangcheng=xiangcheng|xiangdong=xiangdong|' +
  'xiangdu=xiangdu|xiangfang=xiangfang|xiangfen=xiangfen|xianghe=xianghe|xiangning=xiangning|' +
  'xiangqiao=xiangqiao|xiangshan=xiangshan|xiangshui=xiangshui|xiangxiang=xiangxiang|' +
  'xiangyang district=xiangyang|xiangyin=xiangyin|xiangyuan=xiangyuan|xiangyun county=xiangyun|' +
  'xiangzhou=xiangzhou|xianju=xianju|xianyou=xianyou|xiaochang=xiaochang|xiaodian district=xiaodian|' +
  'xiaogang=xiaogang|xiaojin county=xiaojin|xiaonan=xiaonan|xiaoshan=xiaoshan|xiaoting=xiaoting|' +
  'xiaoyi=xiaoyi|xiapu=xiapu|xiashan district=xiashan|xiayi=xiayi|xichang city=xichang|xicheng=xicheng|' +
  'xichong=xichong|xichou=xichou|xichuan=xichuan|xide=xide|xiejiaji=xiejiaji|xifeng=xifeng|xigang=xigang|' +
  'xigong=xigong|xigu=xigu|xihe=xihe|xihu=xihu|xihua=xihua|xiji=xiji|xilin county=xilin|' +
  'xiling district=xiling|ximeng=ximeng|ximeng county=ximeng|xin\'an=xin\'an|xinbei district=xinbei|' +
  'xinbin=xinbin|xinbin county=xinbin|xincai=xincai|xinchang=xinchang|xincheng=xincheng|' +
  'xincheng district=xincheng|xindu=xindu|xinfeng=xinfeng|xinfu=xinfu|xing\'an=xing\'an|' +
  'xingan county=xingan|xingbin=xingbin|xingcheng=xingcheng|xingguo county=xingguo|xinghai=xinghai|' +
  'xinghe=xinghe|xinghua=xinghua|xinghualing=xinghualing|xinglin district=xinglin|' +
  'xinglong county=xinglong|xinglongtai=xinglongtai|xingning=xingning|xingping=xingping|' +
  'xingqing=xingqing|xingren=xingren|xingshan=xingshan|xingtang=xingtang|xingwen=xingwen|' +
  'xingyang=xingyang|xingye county=xingye|xingyi=xingyi|xinhe=xinhe|xinhua county=xinhua|' +
  'xinhua district=xinhua|xinhuang county=xinhuang|xinhui=xinhui|xinji city=xinji|' +
  'xinjian district=xinjian|xinjiang=xinjiang|xinjin=xinjin|xinle=xinle|xinlin=xinlin|xinlong=xinlong|' +
  'xinluo district=xinluo|xinmi=xinmi|xinmin city=xinmin|xinning=xinning|xinping=xinping|' +
  'xinping county=xinping|xinqing=xinqing|xinqiu=xinqiu|xinrong=xinrong|xinshao=xinshao|' +
  'xinshi district=xinshi|xintai=xintai|xintian=xintian|xinxing county=xinxing|xinxing district=xinxing|' +
  'xinye=xinye|xinyi=xinyi|xinyi district=xinyi|xinyuan=xinyuan|xinzheng=xinzheng|xinzhou=xinzhou|' +
  'xinzhu=xinzhu|xiong\'an=xiong\'an|xiping county=xiping|xiqing=xiqing|xisaishan=xisaishan|' +
  'xisha district=xisha|xishan district=xishan|xishi district=xishi|xishui=xishui|xitun=xitun|' +
  'xiufeng=xiufeng|xiuning=xiuning|xiushan=xiushan|xiushan county=xiushan|xiushui county=xiushui|' +
  'xiuwen=xiuwen|xiuwu=xiuwu|xiuyan=xiuyan|xiuyan county=xiuyan|xiuying=xiuying|xiuyu=xiuyu|' +
  'xiuzhou=xiuzhou|xixia=xixia|xixia district=xixia|xixiang=xixiang|xixiangtang=xixiangtang|xixiu=xixiu|' +
  'xiyang=xiyang|xuan\'en=xuan\'en|xuanhan=xuanhan|xuanhua=xuanhua|xuanwei=xuanwei|xuanzhou=xuanzhou|' +
  'xuecheng=xuecheng|xuhui=xuhui|xundian=xundian|xundian county=xundian|xunke=xunke|xunwu=xunwu|' +
  'xunyang=xunyang|xunyi=xunyi|xupu=xupu|xushui=xushui|xuwen=xuwen|xuyi=xuyi|xuyong=xuyong|yadong=yadong|' +
  'yajiang=yajiang|yakeshi=yakeshi|yanbian=yanbian|yanchang county=yanchang|yancheng=yancheng|' +
  'yanchi county=yanchi|yanchuan=yanchuan|yandu=yandu|yanfeng=yanfeng|yangbi county=yangbi|' +
  'yangcheng county=yangcheng|yangchun city=yangchun|yangdong=yangdong|yanggao=yanggao|yanggu=yanggu|' +
  'yangling=yangling|yangming district=yangming|yangpu district=yangpu|yangqu=yangqu|yangshan=yangshan|' +
  'yangshuo=yangshuo|yangxi county=yangxi|yangxin=yangxin|yangyuan=yangyuan|yangzhong=yangzhong|' +
  'yanhe county=yanhe|yanhu district=yanhu|yanji=yanji|yanjiang=yanjiang|yanjin=yanjin|yanliang=yanliang|' +
  'yanling=yanling|yanping=yanping|yanqi county=yanqi|yanqing=yanqing|yanshan=yanshan|yanshi=yanshi|' +
  'yanshou county=yanshou|yanta district=yanta|yantan=yantan|yantian district=yantian|yanting=yanting|' +
  'yanyuan=yanyuan|yanzhou=yanzhou|yao\'an=yao\'an|yaodu=yaodu|yaohai=yaohai|yaozhou=yaozhou|' +
  'yazhou district=yazhou|yeji=yeji|yi\'an=yi\'an|yicheng=yicheng|yichuan=yichuan|yidu=yidu|yifeng=yifeng|' +
  'yihuang=yihuang|yijiang=yijiang|yijun=yijun|yilan=yilan|yiliang=yiliang|yiling=yiling|yilong=yilong|' +
  'yima=yima|yimen=yimen|yinan=yinan|yindu=yindu|yingcheng=yingcheng|yingde city=yingde|' +
  'yingdong=yingdong|yingjiang=yingjiang|yingjing=yingjing|yingquan=yingquan|yingshan=yingshan|' +
  'yingshang=yingshang|yingze=yingze|yingzhou district=yingzhou|yinhai district=yinhai|yining=yining|' +
  'yinjiang county=yinjiang|yintai district=yintai|yinzhou=yinzhou|yishui=yishui|yitong county=yitong|' +
  'yiwu=yiwu|yixing=yixing|yixiu=yixiu|yiyang=yiyang|yiyuan=yiyuan|yizhang=yizhang|yizheng=yizheng|' +
  'yizhou=yizhou|yong\'an city=yong\'an|yongchang=yongchang|yongcheng=yongcheng|yongchuan=yongchuan|' +
  'yongchun county=yongchun|yongde=yongde|yongdeng=yongdeng|yongding=yongding|yongfeng=yongfeng|' +
  'yongfu=yongfu|yonghe county=yonghe|yongji=yongji|yongjia county=yongjia|yongjing=yongjing|' +
  'yongkang city=yongkang|yongkang district=yongkang|yongnian=yongnian|yongning=yongning|' +
  'yongping=yongping|yongqiao=yongqiao|yongqing=yongqing|yongren=yongren|yongshan=yongshan|' +
  'yongsheng=yongsheng|yongshou=yongshou|yongshun=yongshun|yongtai=yongtai|yongxin=yongxin|' +
  'yongxing=yongxing|yongxiu=yongxiu|youhao district=youhao|youjiang=youjiang|youxi=youxi|' +
  'youxian=youxian|youyang=youyang|youyang county=youyang|youyi county=youyi|youyu=youyu|yu\'an=yu\'an|' +
  'yuan\'an=yuan\'an|yuanbao district=yuanbao|yuanbaoshan=yuanbaoshan|yuancheng=yuancheng|yuanhui=yuanhui|' +
  'yuanjiang=yuanjiang|yuanjiang city=yuanjiang|yuanjiang county=yuanjiang|yuanling=yuanling|' +
  'yuanmou=yuanmou|yuanping=yuanping|yuanqu=yuanqu|yuanshi=yuanshi|yuanyang=yuanyang|yuanzhou=yuanzhou|' +
  'yucheng=yucheng|yuci=yuci|yudu=yudu|yuecheng=yuecheng|yuechi=yuechi|yuehu=yuehu|yuelu district=yuelu|' +
  'yueqing=yueqing|yuetan=yuetan|yuexi=yuexi|yuexiu=yuexiu|yueyang county=yueyang|yufeng=yufeng|' +
  'yugan=yugan|yuhang=yuhang|yuhong=yuhong|yuhu=yuhu|yuhua=yuhua|yuhuatai=yuhuatai|yuhui=yuhui|' +
  'yulong county=yulong|yumen city=yumen|yumin=yumin|yun\'an=yun\'an|yunan=yunan|yuncheng=yuncheng|' +
  'yunhe=yunhe|yunhe district=yunhe|yunlian=yunlian|yunlin county=yunlin|yunlong=yunlong|yunmeng=yunmeng|' +
  'yunxi=yunxi|yunxiao county=yunxiao|yunyan district=yunyan|yunyang=yunyang|yuping county=yuping|' +
  'yuqing=yuqing|yuquan district=yuquan|yushan=yushan|yushan county=yushan|yushe=yushe|yushu city=yushu|' +
  'yushui district=yushui|yutai county=yutai|yutian=yutian|yuwangtai=yuwangtai|yuyang=yuyang|yuyao=yuyao|' +
  'yuzhong=yuzhong|yuzhou=yuzhou|zanhuang=zanhuang|zaoqiang=zaoqiang|zaoyang=zaoyang|zeku=zeku|' +
  'zengcheng=zengcheng|zengdu=zengdu|zezhou=zezhou|zhada=zhada|zhalantun=zhalantun|zhangbei=zhangbei|' +
  'zhangdian=zhangdian|zhanggong=zhanggong|zhangjiachuan county=zhangjiachuan|zhangjiagang=zhangjiagang|' +
  'zhangping=zhangping|zhangpu=zhangpu|zhangshu city=zhangshu|zhangwan=zhangwan|zhangwu=zhangwu|' +
  'zhanhe=zhanhe|zhanqian=zhanqian|zhao\'an=zhao\'an|zhaodong=zhaodong|zhaojue=zhaojue|zhaoping=zhaoping|' +
  'zhaosu=zhaosu|zhaoyang=zhaoyang|zhaoyuan=zhaoyuan|zhaozhou=zhaozhou|zhashui=zhashui|zhecheng=zhecheng|' +
  'zhen\'an=zhen\'an|zhenba=zhenba|zhenfeng=zhenfeng|zheng\'an=zheng\'an|zhengding=zhengding|zhenghe=zhenghe|' +
  'zhengning=zhengning|zhengxiang=zhengxiang|zhengyang=zhengyang|zhenhai=zhenhai|zhenjiang=zhenjiang|' +
  'zhenkang=zhenkang|zhenlai=zhenlai|zhenning county=zhenning|zhenping=zhenping|' +
  'zhenxing district=zhenxing|zhenxiong=zhenxiong|zhenyuan=zhenyuan|zhenyuan county=zhenyuan|' +
  'zherong=zherong|zhidan=zhidan|zhifu=zhifu|zhijiang=zhijiang|zhijiang county=zhijiang|' +
  'zhijin county=zhijin|zhongba=zhongba|zhongfang county=zhongfang|zhongjiang=zhongjiang|' +
  'zhonglou district=zhonglou|zhongmu=zhongmu|zhongning=zhongning|zhongshan=zhongshan|' +
  'zhongshan district=zhongshan|zhongxiang=zhongxiang|zhongyang=zhongyang|zhongyuan district=zhongyuan|' +
  'zhongzhan=zhongzhan|zhongzheng district=zhongzheng|zhoucun=zhoucun|zhouning=zhouning|zhouqu=zhouqu|' +
  'zhouzhi=zhouzhi|zhuanghe=zhuanghe|zhuanglang=zhuanglang|zhucheng=zhucheng|zhuhui=zhuhui|zhuji=zhuji|' +
  'zhuolu=zhuolu|zhuozhou=zhuozhou|zhuozi=zhuozi|zhushan=zhushan|zhushan district=zhushan|zhuxi=zhuxi|' +
  'zichuan=zichuan|zigui=zigui|zijin county=zijin|ziliujing=ziliujing|zitong=zitong|zixi=zixi|' +
  'zixing=zixing|ziyang county=ziyang|ziyuan county=ziyuan|ziyun county=ziyun|zizhong=zizhong|' +
  'zizhou=zizhou|zongyang=zongyang|zoucheng=zoucheng|zunhua=zunhua|zuoquan=zuoquan|zuoying=zuoying|' +
  'zuoyun=zuoyun|';

/** The keys a division shares with another place of the gazetteer. */
export const DISTRICT_SHARED =
  'baiyin|baoshan|benxi|bozhou|changsha|changzhou|chaoyang|datong|fushun|fuxin|ganzhou|guiyang|guyuan|' +
  'hainan|hebei|henan|huai\'an|huangshan|huizhou|ji\'an|jingzhou|jining|jinzhou|jiujiang|jixi|linyi|lishui|' +
  'nanchang|nanjing|nantou|penghu|pingxiang|qingyang|qingyuan|qinzhou|quanzhou|quzhou|suining|suzhou|' +
  'tai\'an|taoyuan|tongchuan|wuwei|wuxi|wuzhong|xi\'an|xiangyang|xinjiang|xinzhou|yancheng|yilan|yiyang|' +
  'yueyang|yuncheng|yunlin|zhenjiang|zhongshan|ziyang';

/** The first two characters of the Chinese names, each pair once, sorted, run together. */
export const DISTRICT_OPENINGS =
  '七堵七星七里万全万华万安万山万州万年万柏万源万秀万荣万载三元三原三台三民三水三江三河三穗三都三门上城上思上杭上林上栗上犹上甘上蔡上街上高下花下陆丘北丛台东丰东丽东光东兰东兴东台东坡东城东安东宝东山东川东平东昌东明东河东洲东海东港东湖东源东胜东至东西东辽东阳东阿东风两当个旧中原中宁中山中方中正中江中牟中站中阳丰南丰台丰城丰宁丰泽丰润丰满丰都丰镇丰顺临城临夏临川临朐临桂临武临江临沭临河临泉临泽临洮临海临淄临清临渭临湘临漳临潭临潼临澧临猗临翔临西临邑临颍临高丹凤丹寨丹巴丹徒丹棱丹江丹阳义乌义安义马乌伊乌兰乌当乌恰乌达乌马乐业乐东乐亭乐安乐平乐昌乐清乐至乐陵九原九台九寨九龙习水乡城乡宁乳山乳源乾安二七二道于洪于田于都云和云城云安云岩云林云梦云溪云阳云霄云龙五华五原五台五大五寨五峰五常五河五莲五营五通井冈井研井陉亚东交口交城京口京山亭湖什邡仁化仁和仁寿仁怀仁爱介休从化从江仓山仙居仙游仪征仪陇仲巴任丘任城任泽伊吾伊宁伊川伊通伍家休宁会东会同会宁会昌会泽余姚余干余庆余杭佛冈佛坪依兰依安侯马保亭保康保德保靖信丰信义信宜信州信都修文修武修水偃师偏关元宝元氏元江元谋元阳光山光明光泽克东克山兖州全南全州全椒八公八步公主公安六合兰坪兰山兰溪兰考兰西兰陵共和关岭兴业兴义兴仁兴化兴和兴国兴城兴宁兴安兴宾兴山兴平兴庆兴文兴海兴隆冀州内丘内乡内湖内黄冈山册亨冕宁农安冷水凉城凉州凌云凌河凌海凌源凤冈凤凰凤台凤城凤山凤庆凤泉凤阳凭祥凯里分宜刚察利川利津利辛利通前进剑川剑河剑阁加格务川勃利勐海勐腊包河化州化德北仑北关北塔北塘北安北屯北川北戴北投北林北流北湖北碚北票北辰北镇千山千阳华亭华坪华宁华安华容华池华蓥华阴华龙卓资南丰南丹南乐南关南华南召南和南城南安南宫南屯南山南岔南岗南岳南岸南川南开南投南昌南明南江南沙南浔南海南涧南港南湖南漳南澳南皮南票南芬南谯南郊南部南长南陵南雄南靖博乐博兴博山博望博湖博爱博白博罗博野卢氏卢龙卧龙卫东卫滨卫辉印台印江历下历城原州原平原阳友好友谊双台双城双塔双峰双柏双桥双江双清双滦双牌双辽双阳叙永叠彩古丈古交古冶古城古塔古浪古田古蔺句容召陵台儿台前台北台安台山台江右江右玉叶集合作合山合川合水合江合浦合阳吉州吉水吉阳吉首同安同德同心同江向阳君山含山启东吴中吴兴吴堡吴川吴旗吴桥吴江吴起周宁周村周至呼中呼兰呼图呼玛和平和政和田和顺和龙咸丰咸安哈巴响水唐河商南商城商州商水商河商都喜德嘉义嘉善嘉定嘉祥嘉禾嘉荫嘉陵嘉鱼四会四子四方回民团风围场固始固安固镇固阳图们土城坊子坡头坪山垣曲垦利垫江埇桥城东城中城关城北城厢城口城固城子城步城西城阳塔河增城墨江士林壶关复兴夏河夏津夏邑多伦大东大丰大余大关大兴大冶大化大厂大同大名大城大姚大宁大安大悟大新大方大武大渡大田大石大祥大竹大英大荔大观大足大通大邑天元天全天台天宁天山天峨天峻天心天柱天桥天河天涯天祝天等天镇天长太仓太和太子太平太康太湖太白头屯夷陵夹江奇台奈曼奉新奉节奉贤奎文如东如皋姊归始兴姑苏姚安姜堰威信威宁威远娄星娄烦婺城婺源嫩江子洲孙吴孝义孝南孝昌孟州孟村孟津孟连宁乡宁化宁南宁国宁城宁安宁强宁明宁晋宁武宁江宁津宁洱宁海宁蒗宁远宁都宁阳宁陕宁陵安丘安义安乐安乡安仁安化安南安吉安国安图安宁安定安居安岳安平安新安次安泽安源安溪安福安达安远安陆安龙宏伟宕昌官渡定兴定南定安定州定日定海定襄定边定远宛城宜丰宜兴宜君宜城宜川宜州宜秀宜章宜良宜都宜阳宜黄宝丰宝兴宝坻宝塔宝安宝山宝应宝清宣化宣威宣州宣恩宣汉容城宽城宽甸宾川宾阳宿城宿松宿豫密云密山富宁富川富平富民富源富蕴富裕富锦富顺寒亭寻乌寻甸寿光寿宁寿阳封丘封开射阳将乐尉氏小店小港小金尖山尖扎尖草尚义尚志尤溪尧都屏南屏山屏边屯昌屯溪山丹山亭山城山海山阳山阴岐山岑巩岑溪岚山岚皋岢岚岫岩岭东岱山岱岳岳塘岳池岳西岳阳岳麓峄城峡江峨山峨眉峨边峰峰崂山崆峒崇义崇仁崇信崇安崇川崇州崇礼崇阳崖州嵊州嵊泗嵩明巍山川汇巢湖工农左云左权左营巧家巨野巨鹿巩义巩留巫山巫溪巴东巴南巴塘巴彦巴马市北市南布拖师宗常宁常山常熟平乐平乡平利平南平原平和平坝平塘平定平山平川平度平房平昌平果平桥平武平江平泉平湖平潭平罗平舆平谷平远平遥平邑平阳平阴平陆平顺平鲁广南广宁广宗广平广德广昌广水广汉广河广灵广阳广陵广饶庄河庄浪庆云庆元庆城庆安庐山庐江庐阳应城府谷庞家康乐康保康平廉江延吉延寿延川延平延庆延津延长建华建始建宁建平建德建昌建水建湖建瓯建邺建阳开化开原开州开平开江开福开远开阳开鲁弋江弋阳弓长张北张家张店张湾弥渡当涂当阳彝良彭州彭水彭泽彭阳彰武徐水徐汇徐闻微山德保德兴德化德城德安德庆德惠德昌德江德清徽州志丹忻城忻府怀宁怀安怀来怀柔怀远怀集思南思明思茅恒山恩平恩施恭城息烽惠东惠农惠城惠安惠山惠来惠民惠水惠济惠阳慈利慈溪成华成安成武房山扎兰托里扬中扶沟扶绥扶风抚宁抚松抚远招远拜泉拱墅振兴振安掇刀揭东揭西播州政和故城敖汉敦化敦煌文圣文安文山文峰文成文水斗门新丰新乐新会新兴新化新北新华新城新宁新安新宾新密新市新干新平新建新抚新昌新晃新林新民新沂新河新泰新洲新源新田新竹新绛新罗新荣新蔡新邱新邵新郑新都新野新金新青新龙方城方山方正施甸施秉旌德旌阳旗津无为无极无棣旬邑旺苍昂昂昆山昌乐昌吉昌图昌宁昌平昌江昌邑昌黎明光明山明水明溪易门昔阳昭平昭苏昭觉昭阳晋安晋州晋江晋源普宁普安普定普格普陀景东景宁景泰景洪景谷晴隆暖暖曲周曲江曲沃曲阳曹妃曾都月湖朔城望城望奎望江望花望谟望都朝天朝阳木兰木里未央本溪札达李沧杏林杏花杜集来凤来安杨浦杨陵松北松山松岭松桃松江松溪松滋松潘松阳林口林州林甸林西枝江枞阳枣强枣阳柏乡柘城柘荣柞水柯城柳北柳南柳城柳林柳江柳河栖霞根河栾城栾川桂东桂平桂阳桃城桃山桃江桃源桐乡桐城桐庐桐柏桐梓桑植桓仁桓台桥东桥西桦南桦川桦甸梁园梁子梁山梁平梁河梅县梅江梅河梓潼梨树椒江楚雄楠梓榆中榆树榆次榆社榆阳榕城榕江槐荫樊城樟树横峰横州正宁正安正定正阳武义武乡武侯武冈武功武城武夷武宁武安武定武宣武山武川武平武强武昌武江武清武穴武胜武进武邑武都武陟武陵武隆武鸣殷都民丰民乐民勤民权水城水磨永丰永仁永修永兴永吉永和永善永嘉永城永宁永安永定永寿永川永平永年永康永德永新永昌永春永泰永济永清永登永福永胜永靖永顺汇川汉南汉台汉寿汉川汉源汉滨汉阳汉阴汝南汝城汝州汝阳江北江华江南江口江城江夏江宁江安江山江岸江州江永江汉江津江浦江海江源江都江阳江阴江陵汤原汤旺汤阴汨罗汪清汶上汶川汾西汾阳沁水沁源沁阳沂南沂水沂源沅江沅陵沈丘沈河沐川沙县沙坡沙坪沙市沙河沙洋沙湾沧源沭阳河东河北河南河口河曲河津河西河间沽源沿河沿滩泉山泉港泊头泌阳法库泗水泗洪泗阳泰兴泰和泰宁泰山泰来泰顺泸定泸溪泸西泽州泽库泾川泾源泾阳洛南洛宁洛川洛江洛龙洞口津南津市洪山洪江洪泽洪洞洪湖洪雅洮北洮南洱源浈江浉河浏阳浑源浔阳浠水浦北浦口浦城浦江浮山浮梁海丰海伦海兴海勃海南海原海城海宁海安海州海晏海曙海林海棠海沧海淀海港海珠海盐海门海阳海陵涞水涞源涟水涟源涡阳润州涧西涪城涪陵涵江涿州涿鹿淄川淅川淇滨淮上淮滨淮阳淮阴深州深泽淳化淳安清丰清原清城清宛清徐清水清河清流清浦清涧清苑清镇渑池渝水温岭温江温泉渭城渭源渭滨港北港南港口港闸游仙湄潭湖口湖滨湖里湘东湘乡湘桥湘阴湛河湟源湾沚湾里溆浦源城源汇溧水溧阳溪湖滕州满城满洲滦南滦州滦平滨城滨江滨海滨湖滴道漠河漳平漳浦漾濞潍城潘集潜山潢川潮南潮安潮阳潼关潼南澄城澄海澄迈澎湖澜沧濉溪濠江灌云灌南灌阳灞桥灯塔灵丘灵台灵宝灵寿灵山灵川灵武灵璧灵石炉霍炎陵点军烈山焉耆爱民爱辉牙克牟定牟平牡丹牧野犍为独山猇亭玉屏玉山玉州玉泉玉田玉门玉龙王益玛曲环江环翠珠山珠晖班玛珲春琅琊理塘琼中琼山瑞安瑞昌瑞金瑶海璧山瓜州瓦房瓮安瓯海甘井甘南甘州甘泉甘洛甘谷田东田家田林田阳电白界首留坝番禺疏勒疏附登封白云白塔白朗白水白沙白河白碱白银皇姑皋兰皮山盈江盐亭盐埕盐山盐池盐津盐湖盐源盐田盐边盐都监利盖州盘山盘州盘龙盱眙相城相山睢宁睢阳石台石咀石城石屏石峰石拐石景石林石柱石棉石楼石泉石狮石门石阡石首石鼓石龙砀山砚山硚口确山碌曲碑林碧江碾子磐安磐石磴口礼泉社旗祁东祁连祁门祁阳神池祥云禄劝禅城福安福山福泉福海福清福田福绵福贡福鼎禹会禹城禹州禹王离石秀山秀屿秀峰秀洲秀英秦安秦州秦淮秦都秭归积石稷山稻城穆棱突泉立山站前竞秀章贡端州竹山竹溪筠连简阳米易米脂紫云紫金紫阳綦江繁峙繁昌红原红古红塔红安红寺红山红岗红旗红星红桥红河红花纳溪纳雍细河织金绥中绥宁绥德绥棱绥江绥滨绥芬绥阳绩溪维西绵竹绿园缙云罗城罗定罗山罗平罗庄罗湖罗源罗田罗甸美兰美姑美溪翁安翁源翔安翠屏翠峦翼城耀州老城老河老边耒阳耿马肃北肃南肃宁肃州肇东肇州肇源肥东肥乡肥城肥西胶州自流舒兰舒城舞钢舞阳舟曲船山船营良庆芗城芙蓉芝罘芦山芦淞芦溪芮城花垣花山花溪花都芷江苍南苍梧苍溪苏仙苏家苓雅英山英德茂南茂汶茄子茅箭茶陵荆州荔城荔波荔浦荔湾荣成荣昌荥经荥阳荷塘莒南莱山莱州莱西莱阳莲池莲湖莲花莲都获嘉萝北营山萧山萨嘎蒙城蒙山蒙阴蒲城蒲江蒸湘蓝山蓝田蓬安蓬江蓬溪蔡甸蕉城蕉岭蕲春薛城藁城虎丘虎林虞城虹口蚌山蛟河蜀山融安融水行唐衡东衡南衡山袁州裕华裕安裕民襄垣襄城襄州襄汾襄都西丰西乡西充西华西吉西和西固西城西塞西夏西安西屯西山西岗西峡西峰西工西市西平西昌西林西沙西湖西畴西盟西秀西陵西青覃塘观山解放让胡讷河诏安诸城诸暨谢家谯城谷城象山象州贞丰贡井贡山贵南贵定贵德贵池贵溪贺兰贾汪资中资兴资源资溪赛罕赞皇赣榆赤坎赤城赤壁赤水赫山赫章越城越秀越西路北路南路桥辉南辉县辛集辰溪达坂迁安迁西迎江迎泽运河进贤远安连云连南连城连山连州连平连江逊克通城通山通川通州通榆通江通河通海通渭通许通道遂川遂平遂昌遂溪道外道孚道真道里遵化邓州邕宁邗江邛崃那坡邯山邳州邵东邵武邹城邻水郁南郎溪郓城郧西郧阳郯城郸城都兰都匀都安都昌都江郾城鄂城鄄城鄞州鄢陵鄱阳酉阳醴泉醴陵金东金乡金凤金口金台金坛金城金堂金塔金安金寨金山金川金州金平金水金沙金湖金湾金溪金牛金秀金阳钟山钟楼钟祥钦北钦南铁东铁力铁山铁峰铁西铁锋铅山铜官铜山铜梁铜鼓银州银海锡山锦屏锦江镇原镇坪镇宁镇安镇巴镇平镇康镇沅镇海镇赉镇远镇雄镜湖长丰长乐长兴长垣长宁长安长寿长岭长武长汀长沙长泰长洲长海长清长白长葛长阳长顺门头门源闵行闻喜闽侯闽清阆中阎良阜南阜城阜宁阜平阜康阜新防城阳东阳信阳原阳城阳山阳新阳明阳春阳曲阳朔阳西阳谷阳高阿城阿荣阿莲陆丰陆川陆河陆良陇川陇西陈仓陵川陵水隆化隆回隆安隆尧隆德隆林隆阳雁塔雁山雁峰雁江雄安雅江集宁集安集美集贤雨城雨山雨湖雨花零陵雷山雷州雷波霍城霍山霍州霍邱霞山霞浦霸州青云青冈青原青山青川青州青浦青田青神青秀青羊青铜青阳青龙靖宇靖安靖州靖江靖西靖边靖远静乐静宁静安韶山项城顺义顺城顺平顺庆顺德顺昌颍上颍东颍州颍泉额尔额敏额济饶平饶河饶阳馆陶香坊香河香洲马关马尾马山马村马边驿城高台高唐高坪高安高密高州高平高明高淳高港高碑高要高邑高邮高阳高青魏都鱼台鱼峰鲁山鲁甸鲅鱼鲤城鸠江鸡东鸡冠鸡泽鹤城鹤山鹤峰鹤庆鹿城鹿寨鹿泉鹿邑麒麟麟游麦积麻城麻山麻栗麻江麻章麻阳黄埔黄山黄岛黄岩黄州黄平黄梅黄石黄陂黄陵黄骅黄龙黎城黎川黎平黑山黑水黔江黔西鼎城鼎湖鼓山鼓楼齐河龙井龙亭龙凤龙华龙口龙圩龙城龙子龙安龙山龙岗龙川龙州龙文龙江龙沙龙泉龙海龙港龙游龙湖龙湾龙潭龙胜龙里龙门龙陵龙马';
