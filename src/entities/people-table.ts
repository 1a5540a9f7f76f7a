/**
 * People CC-CEDICT (CC BY-SA 4.0) lists by a Chinese name of three characters, with the English
 * name its gloss gives them; written by `scripts/build-people.ts` (`npm run build:people`); do not
 * edit by hand. 546 people, `name=English name` set apart by `|`, sorted by the name.
 */
export const CEDICT_PEOPLE =
  '丁汝昌=Ding Ruchang|丘成桐=Shing-Tung Yau|乔冠华=Qiao Guanhua|习近平=Xi Jinping|任达华=Simon Yam Tat-Wah' + '|' +
  '伍廷芳=Wu Tingfang|伏明霞=Fu Mingxia|何厚铧=He Houhua|何应钦=He Yingqin|俞天白=Yu Tianbai|俞正声=Yu Zhengsheng' + '|' +
  '倪嗣冲=Ni Sichong|傅作义=Fu Zuoyi|元好问=Yuan Haowen|全斗焕=Chun Doo Hwan|关之琳=Rosamund Kwan|关颖珊=Michelle Kwan' + '|' +
  '冀朝铸=Ji Chaozhu|冯友兰=Feng Youlan|冯德英=Feng Deying|冯梦龙=Feng Menglong|冯玉祥=Feng Yuxiang|冯骥才=Feng Jicai' + '|' +
  '冼星海=Xian Xinghai|凌蒙初=Ling Mengchu|刘义庆=Liu Yiqing|刘云山=Liu Yunshan|刘伯温=Liu Bowen|刘光第=Liu Guangdi' + '|' +
  '刘剑峰=Liu Jianfeng|刘厚总=Liu Houzong|刘天华=Liu Tianhua|刘家辉=Gordon Liu|刘宾雁=Liu Binyan|刘少奇=Liu Shaoqi' + '|' +
  '刘师培=Liu Shipei|刘德华=Andy Lau|刘心武=Liu Xinwu|刘慈欣=Liu Cixin|刘晓波=Liu Xiaobo' + '|' +
  '刘松龄=Ferdinand Augustin Hallerstein|刘禹锡=Liu Yuxi|刘贵今=Liu Guijin|刘金宝=Liu Jinbao|刘青云=Lau Ching-Wan' + '|' +
  '利玛窦=Matteo Ricci|利马窦=Matteo Ricci|华国锋=Hua Guofeng|华罗庚=Hua Luogeng|卢武铉=Roh Moo-hyun|卢泰愚=Roh Tae-woo' + '|' +
  '卢照邻=Lu Zhaolin|卫留成=Wei Liucheng|史思明=Shi Siming|史景迁=Jonathan D Spence|叶圣陶=Ye Shengtao|叶永烈=Ye Yonglie' + '|' +
  '叶选平=Ye Xuanping|吴三桂=Wu Sangui|吴仁宝=Wu Renbao|吴任臣=Wu Renchen|吴作栋=Goh Chok Tong|吴嘉经=Wu Jiajing' + '|' +
  '吴天明=Wu Tianming|吴孟超=Wu Mengchao|吴官正=Wu Guanzheng|吴承恩=Wu Cheng\'en|吴敬梓=Wu Jingzi|吴永刚=Wu Yonggang' + '|' +
  '吴清源=Go Seigen|吴玉章=Wu Yuzhang|吴趼人=Wu Jianren|吴邦国=Wu Bangguo|吴镇宇=Francis Ng Chun-Yu|周传瑛=Zhou Chuanying' + '|' +
  '周作人=Zhou Zuoren|周华健=Wakin Chau|周小川=Zhou Xiaochuan|周恩来=Zhou Enlai|周敦颐=Zhou Dunyi|周星驰=Stephen Chow' + '|' +
  '周有光=Zhou Youguang|周杰伦=Jay Chou|周永康=Zhou Yongkang|周润发=Chow Yun-Fat|周瘦鹃=Zhou Shoujuan|周立波=Zhou Libo' + '|' +
  '唐家璇=Tang Jiaxuan|唐玄宗=Tang Emperor Xuanzong|唐绍仪=Tang Shaoyi|回良玉=Hui Liangyu|夏敬渠=Xia Jingqu' + '|' +
  '夏正民=Justice Michael Hartmann|奚啸伯=Xi Xiaobo|姚思廉=Yao Silian|姚文元=Yao Wenyuan|姚雪垠=Yao Xueyin' + '|' +
  '威妥玛=Sir Thomas Francis Wade|孔尚任=Kong Shangren|孔颖达=Kong Yingda|孙中山=Dr Sun Yat-sen|孙传芳=Sun Chuanfang' + '|' +
  '孙毓棠=Sun Yutang|孙燕姿=Stefanie Sun|孙继海=Sun Jihai|孙逸仙=Dr Sun Yat-sen|孟思诚=Maeng Saseong|孟浩然=Meng Haoran' + '|' +
  '季羡林=Ji Xianlin|安禄山=An Lushan|宋任穷=Song Renqiong|宋庆龄=Song Qingling|宋教仁=Song Jiaoren|宋楚瑜=James Soong' + '|' +
  '宋祖英=Song Zuying|宋美龄=Soong Mei-ling|容祖儿=Joey Yung|尹潽善=Yun Poseon|崔圭夏=Choe Gyuha|崔明慧=Christine Choy' + '|' +
  '崔永元=Cui Yongyuan|左宗棠=Zuo Zongtang|应采儿=Cherrie Ying Choi-Yi|康广仁=Kang Guangren|康有为=Kang Youwei' + '|' +
  '廖沫沙=Liao Mosha|张之洞=Zhang Zhidong|张国焘=Zhang Guotao|张国荣=Leslie Cheung|张天翼=Zhang Tianyi|张太雷=Zhang Tailei' + '|' +
  '张学良=Zhang Xueliang|张居正=Zhang Juzheng|张廷玉=Zhang Tingyu|张德江=Zhang Dejiang|张志新=Zhang Zhixin' + '|' +
  '张怡宁=Zhang Yining|张成泽=Jang Song-taek|张择端=Zhang Zeduan|张春桥=Zhang Chunqiao|张曼玉=Maggie Cheung' + '|' +
  '张柏芝=Cecilia Cheung|张治中=Zhang Zhizhong|张爱玲=Eileen Chang|张献忠=Zhang Xianzhong|张纯如=Iris Chang' + '|' +
  '张自忠=Zhang Zizhong|张自烈=Zhang Zilie|张艺谋=Zhang Yimou|张荫桓=Zhang Yinhuan|张闻天=Zhang Wentian' + '|' +
  '张静初=Zhang Jingchu|张韶涵=Angela Chang|张高丽=Zhang Gaoli|彭丽媛=Peng Liyuan|彭定康=Chris Patten|彭德怀=Peng Dehuai' + '|' +
  '徐世昌=Xu Shichang|徐光启=Xu Guangqi|徐匡迪=Xu Kuangdi|徐志摩=Xu Zhimo|徐悲鸿=Xu Beihong|徐熙媛=Barbie Hsu' + '|' +
  '徐祯卿=Xu Zhenqing|徐继畬=Xu Jiyu|徐霞客=Xu Xiake|戚继光=Qi Jiguang|戴名世=Dai Mingshi|戴秉国=Dai Bingguo' + '|' +
  '房玄龄=Fang Xuanling|文在寅=Moon Jae-in|文天祥=Wen Tianxiang|文征明=Wen Zhengming|方文山=Vincent Fang' + '|' +
  '施明德=Shih Ming-teh|施耐庵=Shi Nai\'an|易建联=Yi Jianlian|曹余章=Cao Yuzhang|曹刚川=Cao Gangchuan|曹靖华=Cao Jinghua' + '|' +
  '曾国藩=Zeng Guofan|曾孝谷=Zeng Xiaogu|曾庆红=Zeng Qinghong|曾金燕=Zeng Jinyan|朱孝天=Ken Zhu|朱广沪=Zhu Guanghu' + '|' +
  '朱立伦=Eric Chu|朱自清=Zhu Ziqing|朱镕基=Zhu Rongji|朴智星=Park Ji-sung|朴槿惠=Park Geun-hye|朴正熙=Park Chung-Hee' + '|' +
  '李丽珊=Lee Lai-Shan|李亚鹏=Li Yapeng|李会昌=Lee Hoi-chang|李修贤=Danny Lee Sau-Yin|李元昊=Li Yuanhao|李先念=Li Xiannian' + '|' +
  '李光耀=Lee Kuan Yew|李克强=Li Keqiang|李冰冰=Li Bingbing|李劼人=Li Jieren|李叔同=Liu Shutong' + '|' +
  '李嘉欣=Michele Monique Reis|李嘉诚=Sir Li Ka-shing|李四光=Li Siguang|李国豪=Brandon Lee|李大钊=Li Dazhao' + '|' +
  '李天禄=Li Tianlu|李宗仁=Li Zongren|李宗盛=Jonathan Lee|李富春=Li Fuchun|李小龙=Bruce Lee|李岚清=Li Lanqing' + '|' +
  '李建成=Li Jiancheng|李开复=Kai-Fu Lee|李彦宏=Robin Li|李德林=Li Delin|李成桂=Yi Seong-gye|李成江=Li Chengjiang' + '|' +
  '李承晚=Syngman Rhee|李振藩=Li Zhenfan|李政道=Tsung-Dao Lee|李敏勇=Li Minyong|李时珍=Li Shizhen|李昌镐=Lee Chang-ho' + '|' +
  '李明博=Lee Myung-bak|李显龙=Lee Hsien Loong|李泽楷=Richard Li|李洪志=Li Hongzhi|李源潮=Li Yuanchao|李瑞环=Li Ruihuan' + '|' +
  '李登辉=Lee Teng-hui|李百药=Li Baiyao|李约瑟=Joseph Needham|李肇星=Li Zhaoxing|李自成=Li Zicheng|李舜臣=Yi Sunshin' + '|' +
  '李英儒=Li Yingru|李连杰=Jet Li|李长春=Li Changchun|李雪健=Li Xuejian|杜月笙=Du Yuesheng|杜琪峰=Johnnie To|杜荀鹤=Du Xunhe' + '|' +
  '杨丞琳=Rainie Yang|杨凝式=Yang Ningshi|杨利伟=Yang Liwei|杨守仁=Yang Shouren|杨宝森=Yang Baosen|杨尚昆=Yang Shangkun' + '|' +
  '杨开慧=Yang Kaihui|杨振宁=Chen-Ning Franklin Yang|杨洁篪=Yang Jiechi|杨深秀=Yang Shenxiu|杨澄中=Yang Chengzhong' + '|' +
  '杨福家=Yang Fujia|杨秀清=Yang Xiuqing|杨致远=Jerry Yang|杨虎城=Yang Hucheng|杨贵妃=Yang Guifei|杨采妮=Charlie Young' + '|' +
  '林丰正=Lin Fong-cheng|林书豪=Jeremy Lin|林家翘=Lin Chia-Chiao|林心如=Ruby Lin|林忆莲=Sandy Lam|林志玲=Lin Chi-ling' + '|' +
  '林怀民=Lin Hwai-Min|林语堂=Lin Yutang|林青霞=Brigitte Lin|柯劭忞=Ke Shaomin|柯文哲=Ko Wen-je|柳公权=Liu Gongquan' + '|' +
  '柳宗元=Liu Zongyuan|桂纶镁=Guey Lun-mei|梁启超=Liang Qichao|梁振英=Leung Chun-ying|梁漱溟=Liang Shuming' + '|' +
  '梁辰鱼=Liang Chenyu|梁静茹=Fish Leong|梅兰芳=Mei Lanfang|武则天=Wu Zetian|段玉裁=Duan Yucai|段祺瑞=Duan Qirui' + '|' +
  '段荃法=Duan Quanfa|毛泽东=Mao Zedong|江泽民=Jiang Zemin|汤显祖=Tang Xianzu|汤玉麟=Tang Yulin|汪东城=Jiro Wang' + '|' +
  '汪啸风=Wang Xiaofeng|汪精卫=Wang Ching-wei|汪道涵=Wang Daohan|沈从文=Shen Congwen|沈国放=Shen Guofang' + '|' +
  '沈葆桢=Shen Baozhen|沙祖康=Sha Zukang|洪亮吉=Hong Liangji|洪秀柱=Hung Hsiu-chu|温家宝=Wen Jiabao|游锡堃=Yu Shyi-kun' + '|' +
  '潘基文=Ban Ki Moon|炎亚纶=Aaron Yan|熊成基=Xiong Chengji|狄仁杰=Di Renjie|王义夫=Wang Yifu|王军霞=Wang Junxia' + '|' +
  '王力宏=Wang Lee-Hom|王力雄=Wang Lixiong|王励勤=Wang Liqin|王叔文=Wang Shuwen|王君如=Cyndi Wang|王国维=Wang Guowei' + '|' +
  '王士禛=Wang Shizhen|王夫之=Wang Fuzhi|王安石=Wang Anshi|王家卫=Wong Kar-wai|王小波=Wang Xiaobo|王岐山=Wang Qishan' + '|' +
  '王岱舆=Wang Daiyu|王永民=Wang Yongmin|王治郅=Wang Zhizhi|王洪文=Wang Hongwen|王祖贤=Joey Wong|王禹偁=Wang Yucheng' + '|' +
  '王羲之=Wang Xizhi|王钦若=Wang Qinruo|王阳明=Wang Yangming|琅威理=Captain William M Lang|理雅各=James Legge' + '|' +
  '田长霖=Chang-lin Tien|白先勇=Bai Xianyong|白居易=Bai Juyi|白崇禧=Bai Chongxi|白求恩=Norman Bethune|皇太极=Hong Taiji' + '|' +
  '瞿秋白=Qu Qiubai|祝允明=Zhu Yunming|祝枝山=Zhu Zhishan|程咬金=Cheng Yaojin|程砚秋=Cheng Yanqiu|章士钊=Zhang Shizhao' + '|' +
  '章太炎=Zhang Taiyan|章子怡=Zhang Ziyi|竺可桢=Zhu Kezhen|罗一秀=Luo Yixiu|罗保铭=Luo Baoming|罗嘉良=Gallen Lo' + '|' +
  '罗家英=Law Kar-Ying|罗盛教=Luo Chengjiao|罗荣桓=Luo Ronghuan|翟志刚=Zhai Zhigang|翦伯赞=Jian Bozan|聂卫平=Nie Weiping' + '|' +
  '肇俊哲=Zhao Junzhe|肖伯纳=Bernard Shaw|胡志强=Jason Hu|胡志明=Ho Chi Minh|胡慧中=Sibelle Hu|胡燕妮=Jenny Hu' + '|' +
  '胡紫薇=Hu Ziwei|胡耀邦=Hu Yaobang|胡鄂公=Hu Egong|胡锡进=Hu Xijin|胡锦涛=Hu Jintao|臧克家=Zang Kejia|舒庆春=Shu Qingchun' + '|' +
  '舒梦兰=Shu Menglan|艾未未=Ai Weiwei|苏易简=Su Yijian|苏曼殊=Su Manshu|苏步青=Su Buqing|苏贞昌=Su Tseng-chang' + '|' +
  '范仲淹=Fan Zhongyan|范志毅=Fan Zhiyi|范玮琪=Christine Fan|茅以升=Mao Yisheng|茹志鹃=Ru Zhijuan|荣毅仁=Rong Yiren' + '|' +
  '菅直人=KAN Naoto|萧一山=Xiao Yishan|萧子显=Xiao Zixian|董建华=Tung Chee-hwa|董必武=Dong Biwu|董阳孜=Grace Tong' + '|' +
  '蒋介石=Chiang Kai-shek|蒋士铨=Jiang Shiquan|蒋纬国=Chiang Wei-kuo|蒋经国=Chiang Ching-kuo|蒋雯丽=Jiang Wenli' + '|' +
  '蒙嘉慧=Yoyo Mung|蒲松龄=Pu Songling|蔡东藩=Cai Dongfan|蔡依林=Jolin Tsai|蔡元培=Cai Yuanpei|蔡国强=Cai Guoqiang' + '|' +
  '蔡志忠=Tsai Chih Chung|蔡英文=Tsai Ing-wen|薄一波=Bo Yibo|薄熙来=Bo Xilai|薄瑞光=Raymond Burghard|薛仁贵=Xue Rengui' + '|' +
  '薛居正=Xue Juzheng|薛福成=Xue Fucheng|虞世南=Yu Shinan|袁世凯=Yuan Shikai|袁咏仪=Anita Yuen|袁宏道=Yuan Hongdao' + '|' +
  '褚人获=Chu Renhuo|褚遂良=Chu Suiliang|詹天佑=Zhan Tianyou|许信良=Hsu Hsin-liang|许地山=Xu Dishan|许廑父=Xu Qinfu' + '|' +
  '许海峰=Xu Haifeng|谢灵运=Xie Lingyun|谢长廷=Frank Chang-ting Hsieh|谭咏麟=Alan Tam|谭嗣同=Tan Sitong|谭富英=Tan Fuying' + '|' +
  '谭鑫培=Tan Xinpei|谭震林=Tan Zhenlin|费孝通=Fei Xiaotong|贺军翔=Mike He|贺子珍=He Zizhen|贺知章=He Zhizhang' + '|' +
  '贾平凹=Jia Pingwa|贾庆林=Jia Qinglin|赖声川=Lai Shengchuan|赖昌星=Lai Changxing|赖清德=William Lai Ching-te' + '|' +
  '赵乐际=Zhao Leji|赵元任=Yuen Ren Chao|赵尔巽=Zhao Erxun|赵忠尧=Zhao Zhongyao|赵本山=Zhao Benshan|赵树理=Zhao Shuli' + '|' +
  '赵紫阳=Zhao Ziyang|辜振甫=Koo Chen-fu|迟浩田=Chi Haotian|邓世昌=Deng Shichang|邓丽君=Teresa Teng|邓亚萍=Deng Yaping' + '|' +
  '邓小平=Deng Xiaoping|邓颖超=Deng Yingchao|邵逸夫=Run Run Shaw|邵飘萍=Shao Piaoping|邹韬奋=Zou Taofen|郁达夫=Yu Dafu' + '|' +
  '郎世宁=Giuseppe Castiglione|郑伊健=Ekin Cheng|郑幸娟=Zheng Xingjuan|郑易里=Zheng Yili|郑梦准=Chung Mongjoon' + '|' +
  '郝海东=Hao Haidong|郭子仪=Guo Ziyi|郭小川=Guo Xiaochuan|郭居静=Lazzaro Cattaneo|郭嵩焘=Guo Songtao|郭敬明=Guo Jingming' + '|' +
  '郭晶晶=Guo Jingjing|郭永怀=Guo Yonghuai|郭沫若=Guo Moruo|金大中=Kim Dae-jung|金天翮=Jin Tianhe|金宇中=Kim Woo-jung' + '|' +
  '金富轼=Kim Busik|金日成=Kim Il Sung|金桂冠=Kim Kye-gwan|金正日=Kim Jong-il|金正男=Kim Jong-nam|金永南=Kim Yong-nam' + '|' +
  '金泳三=Kim Young-sam|钟万学=Basuki Tjahaja Purnama|钟楚红=Cherie Chung|钟睒睒=Zhong Shanshan|钱其琛=Qian Qichen' + '|' +
  '钱学森=Qian Xuesen|钱永健=Roger Yonchien Tsien|钱钟书=Qian Zhongshu|闻一多=Wen Yiduo|阎锡山=Yan Xishan' + '|' +
  '阮崇武=Ruan Chongwu|陆征祥=Lu Zhengxiang|陆荣廷=Lu Rongting|陈云林=Chen Yunlin|陈仁锡=Chen Renxi|陈伯达=Chen Boda' + '|' +
  '陈元光=Chen Yuanguang|陈其迈=Chen Chi-mai|陈再道=Chen Zaidao|陈冠希=Edison Chen|陈凯歌=Chen Kaige|陈可雄=Chen Kexiong' + '|' +
  '陈天华=Chen Tianhua|陈奕迅=Eason Chan|陈希同=Chen Xitong|陈庆炎=Tony Tan|陈建仁=Chen Chien-jen|陈德良=Tran Duc Luong' + '|' +
  '陈恭尹=Chen Gongyin|陈景润=Chen Jingrun|陈水扁=Chen Shui-Bian|陈炯明=Chen Jiongming|陈独秀=Chen Duxiu' + '|' +
  '陈省身=Shiing-Shen Chern|陈香梅=Chen Xiangmei|陶行知=Tao Xingzhi|霍英东=Henry Ying-tung Fok' + '|' +
  '韦慕庭=Clarence Martin Wilbur|韩世昌=Han Shichang|韩国瑜=Daniel Han Kuo-yu|韩复榘=Han Fuju|韩彦直=Han Yanzhi' + '|' +
  '韩昇洙=Han Seung-soo|韩爱晶=Han Aijing|韩素音=Han Suyin|韩邦庆=Han Bangqing|顾炎武=Gu Yanwu|顾野王=Gu Yewang' + '|' +
  '颜真卿=Yan Zhenqing|马三立=Ma Sanli|马俊仁=Ma Junren|马南邨=Ma Nancun|马友友=Yo-Yo Ma|马英九=Ma Ying-jeou' + '|' +
  '马连良=Ma Lianliang|骆宾王=Luo Binwang|高本汉=Bernhard Karlgren|高行健=Gao Xingjian|魏京生=Wei Jingsheng' + '|' +
  '魏忠贤=Wei Zhongxian|黄光裕=Huang Guangyu|黄宗羲=Huang Zongxi|黄宾虹=Huang Binhong|黄庭坚=Huang Tingjian' + '|' +
  '黄建南=John Huang|黄柳霜=Anna May Wong|黄遵宪=Huang Zunxian|黄金宝=Wong Kam-po|黄金辉=Wee Kim Wee|黄长烨=Hwang Jang-yop' + '|' +
  '黄飞鸿=Wong Fei-hung|齐白石=Qi Baishi|龚自珍=Gong Zizhen';
