package org.ohsonline.reference;

import java.util.Set;

/**
 * What an employer told the register that the risk directory asks about.
 *
 * @param activities codes of the directory's activity entries the employer does (e.g. {@code 443.1}
 * 热力生产和供应（燃煤、核能）), at most one per split group
 * @param solventUse whether benzene-type adhesives, cleaners, inks or paints are used; {@code null}
 * when not answered
 */
public record SeverityAnswers(Set<String> activities, SolventUse solventUse) {

	public SeverityAnswers {
		activities = activities == null ? Set.of() : Set.copyOf(activities);
	}

	/** Nothing answered yet. */
	public static SeverityAnswers none() {
		return new SeverityAnswers(Set.of(), null);
	}

}
