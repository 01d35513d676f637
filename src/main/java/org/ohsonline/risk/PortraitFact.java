package org.ohsonline.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * One fact of the risk portrait, with its date and source.
 *
 * @param group the module it comes from: {@code registry}, {@code declaration}, {@code testing},
 * {@code surveillance}, {@code diagnosis}, {@code monitoring}, {@code risk}
 * @param kind what it is ({@code EXPOSED}, {@code VERDICT}, {@code EXCEEDANCE}, {@code OVERDUE_TEST}, …);
 * kinds that are findings become rectification items
 * @param findingKey the finding's identity where the fact is a finding, else {@code null}
 * @param messageKey the message code of its text
 * @param observedOn the day the fact was established (review, exam, due date)
 * @param source the record it comes from (a job number, a clock, the register)
 * @param link the page of that record, or {@code null}
 */
public record PortraitFact(String group, String kind, String findingKey, String messageKey, List<String> arguments,
		LocalDate observedOn, String source, String link) {

	public PortraitFact {
		arguments = List.copyOf(arguments);
	}

	public boolean finding() {
		return this.findingKey != null;
	}

}
