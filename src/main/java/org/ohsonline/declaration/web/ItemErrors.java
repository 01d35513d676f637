package org.ohsonline.declaration.web;

import org.ohsonline.shared.InvalidInputException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's rule violations beside the fields they concern, including the fields of item
 * rows ({@code items[2].exposedHeadcount}), which the shared helper leaves at the top.
 */
final class ItemErrors {

	private ItemErrors() {
	}

	static void apply(InvalidInputException ex, BindingResult result) {
		BeanWrapperImpl target = new BeanWrapperImpl(result.getTarget());
		target.setAutoGrowNestedPaths(true);
		for (InvalidInputException.FieldError error : ex.errors()) {
			Object[] arguments = error.arguments().toArray();
			if (error.field() != null && target.isReadableProperty(error.field())) {
				result.rejectValue(error.field(), error.code(), arguments, error.code());
			}
			else {
				result.reject(error.code(), arguments, error.code());
			}
		}
	}

}
