package org.ohsonline.diagnosis.api;

/** Request parameters as filter values: blanks as absent, unknown enum names dropped (as the pages do). */
final class Params {

	private Params() {
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static <E extends Enum<E>> String known(String value, Class<E> type) {
		String v = trim(value);
		if (v == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(v)) {
				return v;
			}
		}
		return null;
	}

}
