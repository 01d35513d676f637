package org.ohsonline.testing;

import java.util.List;

import org.ohsonline.shared.InvalidInputException;

/**
 * A well-formed request the agency may not make: the employer does not engage it for the job type,
 * or its qualification does not cover the job type or a factor's category. The API answers 422;
 * forms show it like any other field error.
 */
public class JobRefusedException extends InvalidInputException {

	public JobRefusedException(String field, String code, Object... arguments) {
		super(List.of(FieldError.of(field, code, arguments)));
	}

}
