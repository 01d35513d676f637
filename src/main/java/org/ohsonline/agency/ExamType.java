package org.ohsonline.agency;

import java.util.Optional;

/**
 * Types of occupational health examination with the codes of the national data-exchange
 * specification (中国疾控中心 2021, 附录1 表10 体检类型代码表): 01 上岗前, 02 在岗期间, 03 离岗时,
 * 04 应急, 05 离岗后.
 */
public enum ExamType {

	PRE_PLACEMENT("01"), IN_SERVICE("02"), EXIT("03"), EMERGENCY("04"), POST_EMPLOYMENT("05");

	private final String code;

	ExamType(String code) {
		this.code = code;
	}

	/** The exchange specification's code. */
	public String code() {
		return this.code;
	}

	public static Optional<ExamType> ofCode(String code) {
		for (ExamType type : values()) {
			if (type.code.equals(code)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
