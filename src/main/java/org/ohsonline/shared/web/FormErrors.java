package org.ohsonline.shared.web;

import org.ohsonline.shared.InvalidInputException;

import org.springframework.validation.BindingResult;

/** Puts a service's rule violations beside the form fields they concern. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (InvalidInputException.FieldError error : ex.errors()) {
			Object[] arguments = error.arguments().toArray();
			// Nested and indexed fields (plan[2].pointName) are bound beside their input too.
			if (error.field() != null && result.getTarget() != null
					&& new org.springframework.beans.BeanWrapperImpl(result.getTarget()).isReadableProperty(error.field())) {
				result.rejectValue(error.field(), error.code(), arguments, error.code());
			}
			else {
				result.reject(error.code(), arguments, error.code());
			}
		}
	}

}
