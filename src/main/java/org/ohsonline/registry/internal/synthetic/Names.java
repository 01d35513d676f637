package org.ohsonline.registry.internal.synthetic;

import java.util.SplittableRandom;

/**
 * Word lists for people, firms and streets. Surnames carry weights roughly following the 2020
 * census ranking (王, 李, 张 … each a few percent, a long tail below); given names are one or two
 * characters from lists that lean male or female.
 */
final class Names {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖",
			"田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢",
			"姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊",
			"秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
			"万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "应", "楼", "俞", "童", "章", "诸葛", "欧阳" };

	/** Cumulative weights: the n-th surname weighs about 1/(n+3), a Zipf-like tail. */
	private static final double[] SURNAME_CUMULATIVE = cumulative(SURNAMES.length);

	private static final String MALE = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘";

	private static final String FEMALE = "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝丽";

	private static final String[] BRANDS = { "恒", "鑫", "华", "达", "盛", "隆", "丰", "泰", "宏", "兴", "顺", "昌", "安", "源", "新",
			"德", "利", "通", "瑞", "祥", "永", "康", "和", "嘉", "佳", "汇", "联", "中", "金", "银", "信", "诚", "益", "富",
			"宇", "光", "明", "天", "海", "江", "浙", "钱", "湖", "杭", "创", "科", "腾", "飞", "博", "凯", "锦", "众", "合",
			"正", "伟", "立", "宝", "润", "泽", "远" };

	private static final String[] LEGAL_FORMS = { "有限公司", "有限公司", "有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司",
			"厂", "经营部" };

	private static final String[] ROADS = { "湖墅南", "莫干山", "丽水", "上塘", "东新", "石祥", "新华", "建设", "人民", "解放", "环城北",
			"工业", "创业", "科技", "园区", "振兴", "长兴", "登云", "大关", "董家", "瓜山", "余杭塘", "沈半", "杭行", "康园",
			"方家埭", "勤丰", "半山", "永华", "金华", "北城", "文晖", "潮王", "香积寺", "胜利", "通益", "湖州", "华丰", "石桥",
			"同协" };

	private static final String[] ROAD_KINDS = { "路", "路", "路", "街", "大道", "巷" };

	private Names() {
	}

	static String surname(SplittableRandom random) {
		double x = random.nextDouble() * SURNAME_CUMULATIVE[SURNAME_CUMULATIVE.length - 1];
		for (int i = 0; i < SURNAME_CUMULATIVE.length; i++) {
			if (x < SURNAME_CUMULATIVE[i]) {
				return SURNAMES[i];
			}
		}
		return SURNAMES[SURNAMES.length - 1];
	}

	static String person(SplittableRandom random, boolean male) {
		String chars = male ? MALE : FEMALE;
		StringBuilder name = new StringBuilder(surname(random));
		int length = random.nextInt(10) < 7 ? 2 : 1;
		for (int i = 0; i < length; i++) {
			name.append(chars.charAt(random.nextInt(chars.length())));
		}
		return name.toString();
	}

	static String brand(SplittableRandom random) {
		String first = BRANDS[random.nextInt(BRANDS.length)];
		String second;
		do {
			second = BRANDS[random.nextInt(BRANDS.length)];
		}
		while (second.equals(first));
		return first + second;
	}

	static String legalForm(SplittableRandom random) {
		return LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)];
	}

	/** A road of the list and a house number, such as 湖墅南路123号. */
	static String street(SplittableRandom random) {
		return ROADS[random.nextInt(ROADS.length)] + ROAD_KINDS[random.nextInt(ROAD_KINDS.length)]
				+ (1 + random.nextInt(999)) + "号";
	}

	/** A mainland mobile number (11 digits, 13x–19x). */
	static String mobile(SplittableRandom random) {
		char second = "3456789".charAt(random.nextInt(7));
		return "1" + second + String.format("%09d", random.nextInt(1_000_000_000));
	}

	private static double[] cumulative(int n) {
		double[] result = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1.0 / (i + 3);
			result[i] = sum;
		}
		return result;
	}

}
