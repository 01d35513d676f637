package org.ohsonline.training;

import java.time.Instant;

/** A quiz paper opened by a learner; score (percent) and result once submitted. */
public record AttemptView(long id, int number, int questionCount, Instant startedAt, Instant submittedAt,
		Integer score, Boolean passed) implements java.io.Serializable {

	public boolean open() {
		return this.submittedAt == null;
	}

}
