package org.ohsonline.agency.internal.synthetic;

import java.util.SplittableRandom;

/** Word lists for synthetic people and organisations (a short list; nothing here names a real one). */
final class Words {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜钟陆汪范金方俞楼应章童";

	private static final String GIVEN = "伟刚勇毅俊峰强军平东文辉明永健志兴良海波宁福龙国学祥杰涛成康光达安博诚磊浩亮斌鹏晨秀娟英华慧美娜静淑玉萍红玲芳燕春兰洁梅琳雪荣霞月艳佳琼莉晶婷颖瑶丹蓉琴蕊薇岚韵悦欣怡";

	private static final String[] BRANDS = { "恒", "华", "正", "安", "康", "泰", "瑞", "信", "诚", "衡", "源", "清", "鉴", "科",
			"标", "测", "卫", "健", "明", "博" };

	private static final String[] ROADS = { "文一", "文二", "教工", "学院", "天目山", "莫干山", "湖墅", "体育场", "庆春", "凤起", "环城",
			"解放", "人民", "健康", "科技", "创新", "园区", "滨江", "新华", "建设" };

	private Words() {
	}

	static String person(SplittableRandom random) {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int length = random.nextInt(10) < 7 ? 2 : 1;
		for (int i = 0; i < length; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
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

	static String street(SplittableRandom random) {
		return ROADS[random.nextInt(ROADS.length)] + (random.nextBoolean() ? "路" : "街") + (1 + random.nextInt(600)) + "号";
	}

	static String mobile(SplittableRandom random) {
		return "1" + "3589".charAt(random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
	}

}
