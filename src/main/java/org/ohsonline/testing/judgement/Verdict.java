package org.ohsonline.testing.judgement;

/** Whether an exposure complies with its limit (符合) or not (不符合). Exactly at the limit complies. */
public enum Verdict {

	COMPLIANT("符合"), NON_COMPLIANT("不符合");

	private final String chinese;

	Verdict(String chinese) {
		this.chinese = chinese;
	}

	/** The word a Chinese report prints. */
	public String chinese() {
		return this.chinese;
	}

	static Verdict of(boolean compliant) {
		return compliant ? COMPLIANT : NON_COMPLIANT;
	}

}
