package org.ohsonline.registry;

import java.time.LocalDate;

/**
 * Hiring a person at an employer, optionally onto a post. The person is named by identity number
 * (registered on first hire, one record per person), never by a record id that could be guessed. A
 * dispatched worker (劳务派遣) is employed by {@code employerId} and works at the host employer
 * (用工单位), named by its unified social credit code (public, on its licence), which must confirm the
 * dispatch before it sees the worker.
 */
public record HireCommand(WorkerCommand worker, long employerId, Long postId, LocalDate hiredOn, boolean dispatched,
		String hostCreditCode) {
}
