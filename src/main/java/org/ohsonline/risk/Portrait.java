package org.ohsonline.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The risk portrait of one employer (一企一案): identity, counts, every fact with its date and source,
 * the class in force (empty until first assessed) and the open rectification items.
 *
 * @param industrySeverity {@code SERIOUS} or {@code GENERAL} from the industry directory, {@code null} when not listed
 * @param refreshedAt when the facts were last gathered
 */
public record Portrait(long employerId, String creditCode, String name, String regionCode, String industryCode,
		String industrySeverity, String employerStatus, LocalDate dutiesSince, int exposed, List<PortraitFact> facts,
		Classification classification, List<RectificationView> openItems, Instant refreshedAt) {

	public Portrait {
		facts = List.copyOf(facts);
		openItems = List.copyOf(openItems);
	}

	/** The facts of one group, in their order. */
	public List<PortraitFact> factsOf(String group) {
		return this.facts.stream().filter(f -> f.group().equals(group)).toList();
	}

}
