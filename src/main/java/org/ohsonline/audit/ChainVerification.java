package org.ohsonline.audit;

import java.time.Instant;

/**
 * The outcome of walking the hash chain.
 *
 * @param intact whether every link and the head match
 * @param checked how many entries were checked
 * @param firstBrokenId the first entry whose link is broken (altered, or a predecessor removed), if
 * any; for entries removed from the end, the last entry still present
 * @param problem what is wrong, in English, for logs and API clients
 * @param problemCode a message code for the same, for the UI
 * @param verifiedAt when the check ran
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenId, String problem,
		String problemCode, Instant verifiedAt) {
}
