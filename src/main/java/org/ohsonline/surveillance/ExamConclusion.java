package org.ohsonline.surveillance;

import java.util.Optional;

/**
 * The five conclusions of an exam for one hazard (GBZ 188-2014 4.8.3), with the codes of the
 * national data-exchange specification (中国疾控中心 2021, 附录1 表4 体检结论代码表).
 */
public enum ExamConclusion {

	/** 目前未见异常. */
	NORMAL("01"),
	/** 复查: abnormal findings to confirm; the institution says what to recheck and when. */
	RECHECK("02"),
	/** 疑似职业病: refer to a diagnosis institution; the employer and institution report it. */
	SUSPECTED_DISEASE("03"),
	/** 职业禁忌证: the worker must not do the contraindicated work. */
	CONTRAINDICATION("04"),
	/** 其他疾病或异常: findings unrelated to the hazard. */
	OTHER("05");

	private final String code;

	ExamConclusion(String code) {
		this.code = code;
	}

	/** The exchange specification's code. */
	public String code() {
		return this.code;
	}

	/** By exchange code ({@code 01}–{@code 05}) or by name. */
	public static Optional<ExamConclusion> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String text = value.trim();
		for (ExamConclusion conclusion : values()) {
			if (conclusion.code.equals(text) || conclusion.name().equals(text)) {
				return Optional.of(conclusion);
			}
		}
		return Optional.empty();
	}

}
