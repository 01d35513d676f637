package org.ohsonline.registry.internal.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How synthetic industries, posts and hazards are distributed. These are the generator's
 * assumptions, not reference data: industry codes are GB/T 4754-2017 divisions whose 4-digit
 * classes are read from the industries catalog in force, and hazard codes are those of the
 * national exchange specification (附录1 表14); a code the catalogs in force do not know is
 * dropped at run time.
 */
final class IndustryProfiles {

	/** Divisions that run production posts (mining, manufacturing, utilities, construction). */
	static boolean industrial(String division) {
		int d = Integer.parseInt(division);
		return d >= 6 && d <= 50;
	}

	/** 劳务派遣服务: employers of record for dispatched workers. */
	static final String DISPATCH_CLASS = "7263";

	/** Division weights of counties and county-level cities: manufacturing dominates. */
	static final Map<String, Integer> INDUSTRIAL_COUNTY = weights("10:2 13:3 14:2 15:1 17:9 18:6 19:3 20:3 21:4 22:2 "
			+ "23:2 24:2 26:5 27:1 29:7 30:5 31:1 32:2 33:11 34:10 35:6 36:3 38:8 39:4 40:1 41:1 43:1 44:1 47:2 48:2 "
			+ "49:2 50:3 51:6 52:6 54:3 59:2 61:1 62:4 65:1 72:2 80:2 81:3 84:1");

	/** Division weights of city districts: services dominate, some light industry remains. */
	static final Map<String, Integer> URBAN_DISTRICT = weights("13:1 14:1 17:1 18:2 22:1 23:2 24:1 26:1 27:1 29:2 "
			+ "30:1 33:3 34:3 35:2 36:1 38:3 39:3 40:1 43:1 44:1 47:3 48:2 49:2 50:5 51:14 52:14 54:3 59:2 60:1 61:3 "
			+ "62:10 64:2 65:6 70:3 72:7 73:1 74:2 78:1 80:5 81:4 83:2 84:2 86:1 88:1 90:2");

	/** A post of an industry with the hazard factors found there and whether it runs in shifts. */
	record PostTemplate(String name, List<String> hazards, boolean shifts) {
	}

	private static final Map<String, List<PostTemplate>> POSTS = new LinkedHashMap<>();

	static {
		List<PostTemplate> office = List.of(post("行政管理", false), post("销售", false));
		List<PostTemplate> mining = List.of(post("凿岩工", false, "1038", "3008", "3009"),
				post("破碎工", true, "1038", "3008"), post("装运工", false, "1038", "3008"), post("采煤工", true, "1021", "3008"),
				post("机修工", false, "3008"));
		List<PostTemplate> metal = List.of(post("焊接工", false, "1006", "3008", "2223", "3006"),
				post("打磨工", false, "1029", "3008", "3009"), post("喷涂工", false, "2145", "2073", "2347"),
				post("冲压工", true, "3008"), post("切割工", false, "1006", "3008"), post("仓管员", false));
		List<PostTemplate> machinery = List.of(post("机加工", true, "3008"), post("焊接工", false, "1006", "3008", "2223"),
				post("装配工", false, "3008"), post("喷漆工", false, "2145", "2073", "2333"), post("质检员", false));
		List<PostTemplate> chemical = List.of(post("反应釜操作工", true, "2013", "2145", "2073"),
				post("配料工", true, "1099", "2243"), post("包装工", false, "1099"), post("储运工", false, "2002", "2198"),
				post("化验员", false, "2147", "2206"));
		List<PostTemplate> wood = List.of(post("木工", false, "1023", "3008"), post("砂光工", false, "1023", "3008"),
				post("油漆工", false, "2145", "2073", "2158"), post("封边工", false, "3008"));
		List<PostTemplate> minerals = List.of(post("原料破碎工", true, "1038", "3008"),
				post("水泥磨工", true, "1034", "3008", "3007"), post("窑炉工", true, "3007", "2331"),
				post("成型工", false, "1050", "3008"), post("包装工", false, "1034"));
		List<PostTemplate> textile = List.of(post("纺纱工", true, "1022", "3008"), post("织布工", true, "3008"),
				post("印染工", true, "3007", "2206"), post("整理工", false, "2158"));
		List<PostTemplate> apparel = List.of(post("缝纫工", false, "3008"), post("裁剪工", false, "1022"),
				post("熨烫工", false, "3007"));
		List<PostTemplate> leather = List.of(post("刷胶工", false, "2013", "2145", "2376", "2089"),
				post("成型工", false, "3008"), post("裁断工", false));
		List<PostTemplate> plastics = List.of(post("注塑工", true, "3008", "2444"), post("密炼工", true, "1035", "3007"),
				post("挤出工", true, "3008", "2018"), post("修边工", false));
		List<PostTemplate> smelting = List.of(post("冶炼工", true, "3007", "3008", "2331", "2100"),
				post("轧钢工", true, "3008", "3007"), post("浇铸工", true, "3007", "1099"));
		List<PostTemplate> electronics = List.of(post("焊锡工", false, "2237"), post("清洗工", false, "2267", "2359"),
				post("贴片操作工", true), post("测试员", false));
		List<PostTemplate> paper = List.of(post("制浆工", true, "2184", "3008"), post("抄纸工", true, "3008", "3007"),
				post("分切工", false, "1099"));
		List<PostTemplate> printing = List.of(post("印刷工", true, "2145", "2073", "2359"), post("覆膜工", false, "2351"),
				post("装订工", false, "3008"));
		List<PostTemplate> food = List.of(post("粉碎工", false, "1010", "3008"), post("杀菌工", true, "3007"),
				post("包装工", false), post("冷库搬运工", false, "3012"));
		List<PostTemplate> pharma = List.of(post("合成工", true, "2147", "2089"), post("制剂工", false, "1099"),
				post("质检员", false, "2022"));
		List<PostTemplate> construction = List.of(post("钢筋工", false, "3008"), post("焊工", false, "1006", "3006"),
				post("混凝土工", false, "1034", "3009"), post("油漆工", false, "2145", "2073"), post("木工", false, "1023"));
		List<PostTemplate> power = List.of(post("锅炉运行工", true, "3007", "3008"), post("电气值班员", true, "3003"));
		List<PostTemplate> transport = List.of(post("驾驶员", false, "3009"), post("装卸工", false), post("调度员", false));
		List<PostTemplate> repair = List.of(post("汽车维修工", false, "2252", "1006", "3008"), post("喷漆工", false, "2145", "2073"),
				post("前台接待", false));
		List<PostTemplate> catering = List.of(post("厨师", true, "3007"), post("服务员", true), post("收银员", false));
		List<PostTemplate> services = List.of(post("业务员", false), post("客服", true), post("行政管理", false));
		for (String d : List.of("06", "07", "08", "09", "10", "11", "12")) {
			POSTS.put(d, mining);
		}
		POSTS.put("33", metal);
		for (String d : List.of("34", "35", "36", "37", "41", "42", "43")) {
			POSTS.put(d, machinery);
		}
		for (String d : List.of("25", "26", "28")) {
			POSTS.put(d, chemical);
		}
		POSTS.put("20", wood);
		POSTS.put("21", wood);
		POSTS.put("30", minerals);
		POSTS.put("17", textile);
		POSTS.put("18", apparel);
		POSTS.put("24", apparel);
		POSTS.put("19", leather);
		POSTS.put("29", plastics);
		POSTS.put("31", smelting);
		POSTS.put("32", smelting);
		for (String d : List.of("38", "39", "40")) {
			POSTS.put(d, electronics);
		}
		POSTS.put("22", paper);
		POSTS.put("23", printing);
		for (String d : List.of("13", "14", "15", "16")) {
			POSTS.put(d, food);
		}
		POSTS.put("27", pharma);
		for (String d : List.of("47", "48", "49", "50")) {
			POSTS.put(d, construction);
		}
		for (String d : List.of("44", "45", "46")) {
			POSTS.put(d, power);
		}
		for (String d : List.of("53", "54", "55", "56", "57", "58", "59", "60")) {
			POSTS.put(d, transport);
		}
		POSTS.put("81", repair);
		POSTS.put("61", catering);
		POSTS.put("62", catering);
		POSTS.put("OFFICE", office);
		POSTS.put("SERVICES", services);
	}

	private IndustryProfiles() {
	}

	/** The post templates of a division; services without production posts get office-like posts. */
	static List<PostTemplate> posts(String division) {
		List<PostTemplate> posts = POSTS.get(division);
		return posts != null ? posts : POSTS.get("SERVICES");
	}

	/** Every hazard code any template uses, in a fixed order. */
	static List<String> hazardCodes() {
		return POSTS.values().stream().flatMap(List::stream).flatMap(p -> p.hazards().stream()).distinct().sorted().toList();
	}

	private static PostTemplate post(String name, boolean shifts, String... hazards) {
		return new PostTemplate(name, List.of(hazards), shifts);
	}

	private static Map<String, Integer> weights(String spec) {
		Map<String, Integer> result = new LinkedHashMap<>();
		for (String pair : spec.trim().split("\\s+")) {
			String[] parts = pair.split(":");
			result.put(parts[0], Integer.valueOf(parts[1]));
		}
		return result;
	}

}
