package org.ohsonline.declaration.internal;

import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Limits;

/**
 * The moves a declaration may make: draft → submitted → accepted, or submitted → returned (with
 * reasons) → submitted again. Anything else is refused with the rule that forbids it.
 */
final class Lifecycle {

	private Lifecycle() {
	}

	static void requireEditable(DeclarationStatus status) {
		if (!status.editable()) {
			throw InvalidInputException.of(null, "declaration.error.notEditable", status.name());
		}
	}

	static DeclarationStatus submit(DeclarationStatus status) {
		if (!status.editable()) {
			throw InvalidInputException.of(null, "declaration.error.cannotSubmit", status.name());
		}
		return DeclarationStatus.SUBMITTED;
	}

	static DeclarationStatus accept(DeclarationStatus status) {
		if (status != DeclarationStatus.SUBMITTED) {
			throw InvalidInputException.of(null, "declaration.error.notSubmitted", status.name());
		}
		return DeclarationStatus.ACCEPTED;
	}

	static DeclarationStatus giveBack(DeclarationStatus status, String reasons) {
		if (status != DeclarationStatus.SUBMITTED) {
			throw InvalidInputException.of(null, "declaration.error.notSubmitted", status.name());
		}
		if (reasons == null || reasons.isBlank()) {
			throw InvalidInputException.of("reasons", "declaration.error.returnReasonRequired");
		}
		Limits.enforce("reasons", reasons, Limits.TEXT);
		return DeclarationStatus.RETURNED;
	}

}
