package org.ohsonline.declaration;

/**
 * Filters of the clock list; all optional.
 *
 * @param q part of the employer's name or the start of its credit code
 * @param region a region prefix inside the actor's scope
 * @param due {@code overdue} (open and past due), {@code soon} (open, due within 7 days),
 * {@code open} (every open clock, the default) or {@code all} (every state)
 * @param reason a reason code of the deadline catalog
 * @param employerId one employer
 */
public record ClockFilter(String q, String region, String due, String reason, Long employerId) {
}
