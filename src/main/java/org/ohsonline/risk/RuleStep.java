package org.ohsonline.risk;

import java.util.List;

/**
 * One step of the rule path that produced a class, as a message code with its arguments, and the
 * catalog entry that decided it (e.g. {@code H-SERIOUS-N-2}); {@code entryCode} is {@code null} for
 * steps that only report an input.
 */
public record RuleStep(String messageKey, List<String> arguments, String entryCode) {

	public RuleStep {
		arguments = List.copyOf(arguments);
	}

}
