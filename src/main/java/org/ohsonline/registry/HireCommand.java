package org.ohsonline.registry;

import java.time.LocalDate;

/**
 * Hiring a worker at an employer, optionally onto a post. A dispatched worker (劳务派遣) is
 * employed by {@code employerId} and works at the host employer (用工单位).
 */
public record HireCommand(long workerId, long employerId, Long postId, LocalDate hiredOn, boolean dispatched,
		Long hostEmployerId) {
}
