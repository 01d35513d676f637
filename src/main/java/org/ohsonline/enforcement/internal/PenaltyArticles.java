package org.ohsonline.enforcement.internal;

import java.util.Map;

/**
 * How many items (项) each penalty article has, so that a violation named by hand (a case opened from a candidate)
 * cites an item that exists. From the law's text: shared/reference/occupational-disease-prevention-law-2018.md,
 * Arts. 70 (5 items), 71 (5), 72 (11), 73 (none), 74 (none), 75 (8).
 */
final class PenaltyArticles {

	static final String LAW_2018 = "职业病防治法（2018年修正）";

	private static final Map<String, Map<Integer, Integer>> ITEMS = Map.of(LAW_2018,
			Map.of(70, 5, 71, 5, 72, 11, 73, 0, 74, 0, 75, 8));

	private PenaltyArticles() {
	}

	/** The article's number of items, 0 when it has none or the law is not known here. */
	static int items(String law, int article) {
		return ITEMS.getOrDefault(law, Map.of()).getOrDefault(article, 0);
	}

	/** Whether {@code item} may be cited with the article: 0 (the article whole) when it has no items, else 1…n. */
	static boolean citable(String law, int article, int item) {
		int items = items(law, article);
		return items == 0 ? item == 0 : item >= 1 && item <= items;
	}

}
