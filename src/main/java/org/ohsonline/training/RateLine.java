package org.ohsonline.training;

import java.util.List;

/**
 * The training rate of one audience at one employer or in one region: trained (holding a certificate of
 * a course for the audience valid today) over those who must be trained.
 *
 * @param missing who is not trained (at one employer; empty for a region)
 */
public record RateLine(Audience audience, long numerator, long denominator, List<Person> missing) {

	public RateLine {
		missing = List.copyOf(missing);
	}

	/** The rate in percent with one decimal, null when nobody must be trained. */
	public Double percent() {
		return this.denominator == 0 ? null : Math.round(this.numerator * 1000.0 / this.denominator) / 10.0;
	}

	public record Person(long workerId, String name) {
	}

}
