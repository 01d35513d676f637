package org.ohsonline.reference;

/** 职业性接触毒物危害程度 (GBZ 230): the class of a chemical that selects the weight W_D of job grading. */
public enum ToxicityClass {

	MILD("轻度危害"), MODERATE("中度危害"), HIGH("高度危害"), EXTREME("极度危害");

	private final String chinese;

	ToxicityClass(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return this.chinese;
	}

}
