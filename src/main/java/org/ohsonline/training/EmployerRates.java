package org.ohsonline.training;

import java.util.List;

/**
 * An employer's training rates (principal leader, managers, workers) and the people it named.
 */
public record EmployerRates(long employerId, String employerName, String regionCode, List<RateLine> lines,
		List<NamedPerson> named) {

	public EmployerRates {
		lines = List.copyOf(lines);
		named = List.copyOf(named);
	}

	public RateLine line(Audience audience) {
		return this.lines.stream().filter(l -> l.audience() == audience).findFirst().orElseThrow();
	}

	/** A principal leader or manager the employer named from its workers. */
	public record NamedPerson(long workerId, String name, Audience role) {
	}

}
