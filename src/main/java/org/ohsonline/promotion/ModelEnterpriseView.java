package org.ohsonline.promotion;

import java.time.Instant;

/** An industry model enterprise (样板企业) and what it does well. */
public record ModelEnterpriseView(long id, long employerId, String creditCode, String name, String regionCode,
		String industryCode, int year, String strengths, String markedBy, Instant markedAt, Instant withdrawnAt,
		String withdrawnReason) {
}
