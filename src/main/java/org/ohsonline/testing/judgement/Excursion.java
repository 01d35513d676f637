package org.ohsonline.testing.judgement;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A period in which short-term samples were above 3 × PC-TWA: consecutive samples above the line
 * whose times touch or overlap make one excursion.
 */
public record Excursion(LocalDateTime start, LocalDateTime end) {

	public Duration length() {
		return Duration.between(this.start, this.end);
	}

}
