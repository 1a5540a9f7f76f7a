/**
 * The PRC's prefecture-level and sub-provincial cities as CC-CEDICT (CC BY-SA 4.0) glosses them,
 * with their English names; written by `scripts/build-cities.ts` (`npm run build:cities`); do
 * not edit by hand. 266 cities, `name=English name` set apart by `|`, sorted by the name;
 * a name ends in 市 where its characters without it are also part of another word.
 */
export const CEDICT_CITIES =
  '七台河=Qitaihe|三亚=Sanya|三明市=Sanming|三沙=Sansha|三门峡=Sanmenxia|上饶=Shangrao|东莞=Dongguan|东营=Dongying' + '|' +
  '中卫=Zhongwei|中山市=Zhongshan|临汾=Linfen|临沂=Linyi|临沧=Lincang|丹东=Dandong|丽水=Lishui|丽江=Lijiang|乌兰察布=Ulanqab' + '|' +
  '乌海=Wuhai|乐山=Leshan|九江=Jiujiang|云浮=Yunfu|亳州=Bozhou|伊春=Yichun|佛山=Foshan|佳木斯=Jiamusi|保定=Baoding' + '|' +
  '保山=Baoshan|信阳=Xinyang|儋州=Danzhou|克拉玛依=Karamay|六安=Lu\'an|六盘水=Liupanshui|内江=Neijiang|包头市=Baotou' + '|' +
  '北海市=Beihai|十堰=Shiyan|南充=Nanchong|南平=Nanping|南通=Nantong|南阳=Nanyang|厦门=Xiamen|双鸭山=Shuangyashan' + '|' +
  '台州=Taizhou|吉安=Ji\'an|吉林=Jilin|吐鲁番=Turpan|吴忠=Wuzhong|周口=Zhoukou|呼伦贝尔=Hulunbuir|咸宁=Xianning|咸阳=Xianyang' + '|' +
  '哈密=Hami|唐山市=Tangshan|商丘=Shangqiu|商洛=Shangluo|嘉兴=Jiaxing|嘉峪关市=Jiayuguan|四平市=Siping|固原=Guyuan' + '|' +
  '大同市=Datong|大庆=Daqing|大连=Dalian|天水市=Tianshui|威海=Weihai|娄底=Loudi|孝感=Xiaogan|宁德=Ningde|宁波=Ningbo' + '|' +
  '安庆=Anqing|安康市=Ankang|安阳=Anyang|安顺=Anshun|定西=Dingxi|宜宾=Yibin|宜昌=Yichang|宜春=Yichun|宝鸡=Baoji' + '|' +
  '宣城=Xuancheng|宿州=Suzhou|宿迁=Suqian|山南=Lhoka|岳阳=Yueyang|崇左=Chongzuo|巴中=Bazhong|巴彦淖尔=Bayannur' + '|' +
  '常州=Changzhou|常德=Changde|平凉=Pingliang|平顶山=Pingdingshan|广元=Guangyuan|广安=Guang\'an|庆阳=Qingyang' + '|' +
  '廊坊=Langfang|延安=Yan\'an|开封市=Kaifeng|张家口=Zhangjiakou|张家界=Zhangjiajie|张掖=Zhangye|徐州=Xuzhou|德州市=Dezhou' + '|' +
  '德阳=Deyang|忻州=Xinzhou|怀化=Huaihua|惠州=Huizhou|扬州=Yangzhou|承德=Chengde|抚州=Fuzhou|抚顺=Fushun|揭阳=Jieyang' + '|' +
  '攀枝花市=Panzhihua|新乡=Xinxiang|新余=Xinyu|无锡=Wuxi|日照市=Rizhao|昌都=Qamdo|昭通=Zhaotong|晋中=Jinzhong|晋城=Jincheng' + '|' +
  '普洱=Pu\'er|景德镇=Jingdezhen|曲靖=Qujing|朔州=Shuozhou|朝阳市=Chaoyang|本溪=Benxi|来宾市=Laibin|松原=Songyuan' + '|' +
  '林芝=Nyingchi|枣庄=Zaozhuang|柳州=Liuzhou|株洲=Zhuzhou|桂林=Guilin|梅州=Meizhou|梧州=Wuzhou|榆林=Yulin|武威=Wuwei' + '|' +
  '毕节=Bijie|永州=Yongzhou|汉中=Hanzhong|汕头=Shantou|汕尾=Shanwei|江油=Jiangyou|江门=Jiangmen|池州=Chizhou|沧州=Cangzhou' + '|' +
  '河池=Hechi|河源=Heyuan|泉州=Quanzhou|泰安=Tai\'an|泰州=Taizhou|泸州=Luzhou|洛阳=Luoyang|济宁=Jining|海东市=Haidong' + '|' +
  '淄博=Zibo|淮北=Huaibei|淮南市=Huainan|淮安=Huai\'an|深圳=Shenzhen|清远=Qingyuan|温州=Wenzhou|渭南=Weinan|湖州=Huzhou' + '|' +
  '湘潭=Xiangtan|湛江=Zhanjiang|滁州=Chuzhou|滨州=Binzhou|漯河=Luohe|漳州=Zhangzhou|潍坊=Weifang|潮州=Chaozhou|濮阳=Puyang' + '|' +
  '烟台=Yantai|焦作=Jiaozuo|牡丹江=Mudanjiang|玉林=Yulin|玉溪=Yuxi|珠海=Zhuhai|白城=Baicheng|白山市=Baishan|白银市=Baiyin' + '|' +
  '百色=Baise|益阳=Yiyang|盐城=Yancheng|盘锦=Panjin|眉山市=Meishan|石嘴山=Shizuishan|秦皇岛=Qinhuangdao|绍兴=Shaoxing' + '|' +
  '绥化=Suihua|绵阳=Mianyang|聊城=Liaocheng|肇庆=Zhaoqing|自贡=Zigong|舟山=Zhoushan|芜湖=Wuhu|苏州=Suzhou|茂名=Maoming' + '|' +
  '荆州=Jingzhou|荆门=Jingmen|莆田=Putian|菏泽=Heze|萍乡=Pingxiang|营口=Yingkou|葫芦岛=Huludao|蚌埠=Bengbu|衡水=Hengshui' + '|' +
  '衡阳=Hengyang|衢州=Quzhou|襄阳=Xiangyang|许昌=Xuchang|贵港=Guigang|贺州=Hezhou|资阳=Ziyang|赣州=Ganzhou|赤峰=Chifeng' + '|' +
  '辽源=Liaoyuan|辽阳=Liaoyang|达州市=Dazhou|运城=Yuncheng|连云港=Lianyungang|通化=Tonghua|通辽=Tongliao|遂宁=Suining' + '|' +
  '遵义=Zunyi|邢台=Xingtai|那曲=Nagqu|邯郸=Handan|邵阳=Shaoyang|郴州=Chenzhou|鄂尔多斯=Ordos|鄂州=Ezhou|酒泉=Jiuquan' + '|' +
  '金华市=Jinhua|金昌=Jinchang|钦州=Qinzhou|铁岭=Tieling|铜仁=Tongren|铜川=Tongchuan|铜陵=Tongling|锦州=Jinzhou' + '|' +
  '镇江=Zhenjiang|长治市=Changzhi|阜新=Fuxin|阜阳=Fuyang|防城港=Fangchenggang|阳江=Yangjiang|阳泉=Yangquan|阿勒泰=Altay' + '|' +
  '陇南=Longnan|随州=Suizhou|雅安=Ya\'an|青岛市=Qingdao|鞍山=Anshan|韶关=Shaoguan|马鞍山=Ma\'anshan|驻马店=Zhumadian|鸡西=Jixi' + '|' +
  '鹤壁=Hebi|鹤岗=Hegang|鹰潭=Yingtan|黄冈=Huanggang|黄山市=Huangshan|黄石市=Huangshi|黑河=Heihe|齐齐哈尔=Qiqihar|龙岩=Longyan';

/**
 * The province or region each of 282 cities lies in, as its CC-CEDICT gloss names it (`… city in
 * Guangdong Province`), by English names: `city=province` set apart by `|`, sorted by the city.
 */
export const CEDICT_CITY_PROVINCES =
  'Altay=Xinjiang|Ankang=Shaanxi|Anqing=Anhui|Anshan=Liaoning|Anshun=Guizhou|Anyang=Henan|Baicheng=Jilin' + '|' +
  'Baise=Guangxi|Baishan=Jilin|Baiyin=Gansu|Baoding=Hebei|Baoji=Shaanxi|Baoshan=Yunnan' + '|' +
  'Baotou=Inner Mongolia|Bayannur=Inner Mongolia|Bazhong=Sichuan|Beihai=Guangxi|Bengbu=Anhui' + '|' +
  'Benxi=Liaoning|Bijie=Guizhou|Binzhou=Shandong|Bozhou=Anhui|Cangzhou=Hebei|Changchun=Jilin' + '|' +
  'Changde=Hunan|Changsha=Hunan|Changzhi=Shanxi|Changzhou=Jiangsu|Chaoyang=Liaoning|Chaozhou=Guangdong' + '|' +
  'Chengde=Hebei|Chengdu=Sichuan|Chenzhou=Hunan|Chifeng=Inner Mongolia|Chizhou=Anhui|Chongzuo=Guangxi' + '|' +
  'Chuzhou=Anhui|Dalian=Liaoning|Dandong=Liaoning|Danzhou=Hainan|Daqing=Heilongjiang|Datong=Shanxi' + '|' +
  'Dazhou=Sichuan|Deyang=Sichuan|Dezhou=Shandong|Dingxi=Gansu|Dongguan=Guangdong|Dongying=Shandong' + '|' +
  'Ezhou=Hubei|Fangchenggang=Guangxi|Foshan=Guangdong|Fushun=Liaoning|Fuxin=Liaoning|Fuyang=Anhui' + '|' +
  'Ganzhou=Jiangxi|Guang\'an=Sichuan|Guangyuan=Sichuan|Guangzhou=Guangdong|Guigang=Guangxi|Guilin=Guangxi' + '|' +
  'Guiyang=Guizhou|Guyuan=Ningxia|Haidong=Qinghai|Haikou=Hainan|Hami=Xinjiang|Handan=Hebei' + '|' +
  'Hangzhou=Zhejiang|Hanzhong=Shaanxi|Harbin=Heilongjiang|Hebi=Henan|Hechi=Guangxi|Hefei=Anhui' + '|' +
  'Hegang=Heilongjiang|Heihe=Heilongjiang|Hengshui=Hebei|Hengyang=Hunan|Heyuan=Guangdong|Heze=Shandong' + '|' +
  'Hezhou=Guangxi|Hohhot=Inner Mongolia|Huai\'an=Jiangsu|Huaibei=Anhui|Huaihua=Hunan|Huainan=Anhui' + '|' +
  'Huanggang=Hubei|Huangshan=Anhui|Huangshi=Hubei|Huizhou=Guangdong|Huludao=Liaoning' + '|' +
  'Hulunbuir=Inner Mongolia|Huzhou=Zhejiang|Ji\'an=Jiangxi|Jiamusi=Heilongjiang|Jiangmen=Guangdong' + '|' +
  'Jiangyou=Sichuan|Jiaozuo=Henan|Jiaxing=Zhejiang|Jiayuguan=Gansu|Jieyang=Guangdong|Jilin=Jilin' + '|' +
  'Jinan=Shandong|Jinchang=Gansu|Jincheng=Shanxi|Jingdezhen=Jiangxi|Jingmen=Hubei|Jingzhou=Hubei' + '|' +
  'Jinhua=Zhejiang|Jining=Shandong|Jinzhong=Shanxi|Jinzhou=Liaoning|Jiujiang=Jiangxi|Jiuquan=Gansu' + '|' +
  'Jixi=Heilongjiang|Kaifeng=Henan|Karamay=Xinjiang|Kunming=Yunnan|Laibin=Guangxi|Langfang=Hebei' + '|' +
  'Lanzhou=Gansu|Leshan=Sichuan|Lhasa=Tibet|Lhoka=Tibet|Lianyungang=Jiangsu|Liaocheng=Shandong' + '|' +
  'Liaoyang=Liaoning|Liaoyuan=Jilin|Lijiang=Yunnan|Lincang=Yunnan|Linfen=Shanxi|Linyi=Shandong' + '|' +
  'Lishui=Zhejiang|Liupanshui=Guizhou|Liuzhou=Guangxi|Longnan=Gansu|Longyan=Fujian|Loudi=Hunan' + '|' +
  'Lu\'an=Anhui|Luohe=Henan|Luoyang=Henan|Luzhou=Sichuan|Ma\'anshan=Anhui|Maoming=Guangdong' + '|' +
  'Meishan=Sichuan|Meizhou=Guangdong|Mianyang=Sichuan|Mudanjiang=Heilongjiang|Nagqu=Tibet' + '|' +
  'Nanchang=Jiangxi|Nanchong=Sichuan|Nanjing=Jiangsu|Nanning=Guangxi|Nanping=Fujian|Nantong=Jiangsu' + '|' +
  'Nanyang=Henan|Neijiang=Sichuan|Ningbo=Zhejiang|Ningde=Fujian|Nyingchi=Tibet|Ordos=Inner Mongolia' + '|' +
  'Panjin=Liaoning|Panzhihua=Sichuan|Pingdingshan=Henan|Pingliang=Gansu|Pingxiang=Jiangxi|Pu\'er=Yunnan' + '|' +
  'Putian=Fujian|Puyang=Henan|Qamdo=Tibet|Qingdao=Shandong|Qingyang=Gansu|Qingyuan=Guangdong' + '|' +
  'Qinhuangdao=Hebei|Qinzhou=Guangxi|Qiqihar=Heilongjiang|Qitaihe=Heilongjiang|Quanzhou=Fujian' + '|' +
  'Qujing=Yunnan|Quzhou=Zhejiang|Rizhao=Shandong|Sanmenxia=Henan|Sanming=Fujian|Sansha=Hainan' + '|' +
  'Sanya=Hainan|Shangluo=Shaanxi|Shangqiu=Henan|Shangrao=Jiangxi|Shantou=Guangdong|Shanwei=Guangdong' + '|' +
  'Shaoguan=Guangdong|Shaoxing=Zhejiang|Shaoyang=Hunan|Shenyang=Liaoning|Shenzhen=Guangdong' + '|' +
  'Shijiazhuang=Hebei|Shiyan=Hubei|Shizuishan=Ningxia|Shuangyashan=Heilongjiang|Shuozhou=Shanxi' + '|' +
  'Siping=Jilin|Songyuan=Jilin|Suihua=Heilongjiang|Suining=Sichuan|Suizhou=Hubei|Suqian=Jiangsu' + '|' +
  'Tai\'an=Shandong|Taiyuan=Shanxi|Tangshan=Hebei|Tianshui=Gansu|Tieling=Liaoning|Tongchuan=Shaanxi' + '|' +
  'Tonghua=Jilin|Tongliao=Inner Mongolia|Tongling=Anhui|Tongren=Guizhou|Turpan=Xinjiang' + '|' +
  'Ulanqab=Inner Mongolia|Weifang=Shandong|Weihai=Shandong|Weinan=Shaanxi|Wenzhou=Zhejiang' + '|' +
  'Wuhai=Inner Mongolia|Wuhan=Hubei|Wuhu=Anhui|Wuwei=Gansu|Wuxi=Jiangsu|Wuzhong=Ningxia|Wuzhou=Guangxi' + '|' +
  'Xi\'an=Shaanxi|Xiamen=Fujian|Xiangtan=Hunan|Xiangyang=Hubei|Xianning=Hubei|Xianyang=Shaanxi' + '|' +
  'Xiaogan=Hubei|Xingtai=Hebei|Xining=Qinghai|Xinxiang=Henan|Xinyang=Henan|Xinyu=Jiangxi|Xinzhou=Shanxi' + '|' +
  'Xuancheng=Anhui|Xuchang=Henan|Xuzhou=Jiangsu|Ya\'an=Sichuan|Yan\'an=Shaanxi|Yancheng=Jiangsu' + '|' +
  'Yangjiang=Guangdong|Yangquan=Shanxi|Yangzhou=Jiangsu|Yantai=Shandong|Yibin=Sichuan|Yichang=Hubei' + '|' +
  'Yinchuan=Ningxia|Yingkou=Liaoning|Yingtan=Jiangxi|Yiyang=Hunan|Yongzhou=Hunan|Yueyang=Hunan' + '|' +
  'Yuncheng=Shanxi|Yunfu=Guangdong|Yuxi=Yunnan|Zaozhuang=Shandong|Zhangjiajie=Hunan|Zhangjiakou=Hebei' + '|' +
  'Zhangye=Gansu|Zhangzhou=Fujian|Zhanjiang=Guangdong|Zhaoqing=Guangdong|Zhaotong=Yunnan|Zhengzhou=Henan' + '|' +
  'Zhenjiang=Jiangsu|Zhongshan=Guangdong|Zhongwei=Ningxia|Zhoukou=Henan|Zhoushan=Zhejiang' + '|' +
  'Zhuhai=Guangdong|Zhumadian=Henan|Zhuzhou=Hunan|Zibo=Shandong|Zigong=Sichuan|Ziyang=Sichuan' + '|' +
  'Zunyi=Guizhou';
