package org.ohsonline.authorization;

/**
 * What an answer says about authorization. The point of a matrix request is whether the handler
 * was reached with the role's rights over the object, not whether the (deliberately minimal) input
 * was good: a 400, 409 or 422 proves the handler ran.
 */
enum Outcome {

	/** 2xx, 3xx other than to the login page, 400, 409, 422: the handler was reached. */
	PERMITTED("P"),
	/** 403. */
	DENIED("D"),
	/** 404: the object does not exist for the role. */
	HIDDEN("H"),
	/** 401, or a redirect to the login page. */
	AUTH("A"),
	/** 5xx or an exception out of the handler: it was reached, and failed. */
	ERROR("E"),
	/** Any other status (405, 406, 415…): the request never reached a decision. */
	OTHER("O");

	final String code;

	Outcome(String code) {
		this.code = code;
	}

	static Outcome of(int status, String location) {
		if (status == 401 || status / 100 == 3 && location != null && location.contains("/login")) {
			return AUTH;
		}
		if (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409 || status == 422) {
			return PERMITTED;
		}
		return switch (status) {
			case 403 -> DENIED;
			case 404 -> HIDDEN;
			default -> status >= 500 ? ERROR : OTHER;
		};
	}

	static Outcome ofCode(String code) {
		for (Outcome outcome : values()) {
			if (outcome.code.equals(code)) {
				return outcome;
			}
		}
		throw new IllegalArgumentException("Unknown outcome " + code + " (P, D, H, A)");
	}

}
