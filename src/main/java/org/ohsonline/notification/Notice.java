package org.ohsonline.notification;

import java.util.List;
import java.util.Objects;

import org.ohsonline.shared.Scope;

/**
 * A notice to deliver.
 *
 * @param audience a region (reaches region-scoped users whose region covers it), an employer
 * (reaches that employer's staff), an institution or a service agency (reaches its staff)
 * @param permission only users holding it see the notice
 * @param messageKey the message code of the text, rendered in the reader's language
 * @param arguments the message arguments, as text; {@code #{key}} stands for a label (a kind, a status),
 * resolved in the reader's language like the text, so that no code is shown
 * @param link the page the notice points to, or {@code null}
 * @param source the module and record it comes from, e.g. {@code monitoring:alert:42}
 */
public record Notice(Scope audience, String permission, String messageKey, List<String> arguments, String link,
		String source) {

	public Notice {
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(permission, "permission");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(source, "source");
		if (audience.kind() != Scope.Kind.REGION && audience.kind() != Scope.Kind.EMPLOYER
				&& audience.kind() != Scope.Kind.INSTITUTION && audience.kind() != Scope.Kind.AGENCY) {
			throw new IllegalArgumentException(
					"A notice goes to a region, an employer, an institution or an agency, not " + audience.kind());
		}
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

}
