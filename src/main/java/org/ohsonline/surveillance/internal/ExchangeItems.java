package org.ohsonline.surveillance.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The health indicator codes (交换规范 2021 附录1 表13 健康指标代码表) of the results the platform keeps as
 * typed values, so that they travel as {@code EXAM_ITEM_RESULT}s and come back as typed values:
 * pure-tone air-conduction thresholds (3040100–3041300), the chest radiograph (3081500 胸片, with the
 * 表2 code in {@code ABNORMAL}), lung function (3020100–3020300), blood lead (4070100) and the blood
 * count (4010100, 4010200, 4012000, 4012600). Every other item keeps its own code.
 */
final class ExchangeItems {

	static final String CHEST = "3081500";

	static final String FVC = "3020100";

	static final String FEV1 = "3020200";

	static final String FEV1_FVC = "3020300";

	static final String BLOOD_LEAD = "4070100";

	static final String WBC = "4010100";

	static final String NEUTROPHILS = "4010200";

	static final String HEMOGLOBIN = "4012000";

	static final String PLATELETS = "4012600";

	/** Code → ear and frequency, in the order of 表13. */
	private static final Map<String, Threshold> THRESHOLDS = new LinkedHashMap<>();

	static {
		int[] frequencies = { 500, 1000, 2000, 3000, 4000, 6000 };
		// 表13: 左耳 500–6000 Hz (气导) are 3040100–3040600, 右耳 500–6000 Hz are 3040800–3041300.
		for (int i = 0; i < frequencies.length; i++) {
			THRESHOLDS.put(String.valueOf(3040100 + 100 * i), new Threshold("L", frequencies[i]));
			THRESHOLDS.put(String.valueOf(3040800 + 100 * i), new Threshold("R", frequencies[i]));
		}
	}

	/** An ear and a frequency. */
	record Threshold(String ear, int frequencyHz) {
	}

	private ExchangeItems() {
	}

	static Optional<Threshold> threshold(String code) {
		return Optional.ofNullable(THRESHOLDS.get(code));
	}

	static String thresholdCode(String ear, int frequencyHz) {
		return THRESHOLDS.entrySet()
			.stream()
			.filter(e -> e.getValue().ear().equals(ear) && e.getValue().frequencyHz() == frequencyHz)
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(ear + " " + frequencyHz));
	}

	/** The parent name (检查项目父级名称: the group of 表13) and the name of a typed item, as 表13 names them. */
	static String[] names(String code) {
		if (THRESHOLDS.containsKey(code)) {
			Threshold t = THRESHOLDS.get(code);
			return new String[] { "纯音气导听阈测试", ("L".equals(t.ear()) ? "左耳 " : "右耳 ") + t.frequencyHz() + "Hz（气导）" };
		}
		return switch (code) {
			case CHEST -> new String[] { "摄片", "胸片" };
			case FVC -> new String[] { "肺功能", "用力肺活量 FVC（%）" };
			case FEV1 -> new String[] { "肺功能", "第一秒时间肺活量 FEV1（%）" };
			case FEV1_FVC -> new String[] { "肺功能", "FEV1/FVC" };
			case BLOOD_LEAD -> new String[] { "血", "血铅" };
			case WBC -> new String[] { "血液一般检查", "白细胞总数（WBC）" };
			case NEUTROPHILS -> new String[] { "血液一般检查", "嗜中性细胞计数(N)" };
			case HEMOGLOBIN -> new String[] { "血液一般检查", "血红蛋白" };
			case PLATELETS -> new String[] { "血液一般检查", "血小板计数(PLT)" };
			default -> new String[] { "其他检查", code };
		};
	}

	/** 表2 胸片检查结果代码表. */
	static String chestMeaning(String code) {
		return switch (code) {
			case "0" -> "未见异常";
			case "1" -> "尘肺样改变";
			case "2" -> "其他异常";
			default -> "未检查";
		};
	}

}
