package org.ohsonline.testing;

/**
 * Which validity clocks to list.
 *
 * @param q part of the employer's name or credit code
 * @param region a region prefix inside the actor's scope
 * @param kind testing or status evaluation; {@code null} for both
 * @param due {@code overdue}, {@code soon} (due within the reminder period, not yet overdue) or {@code all}
 * @param employerId one employer, or {@code null}
 */
public record ValidityClockFilter(String q, String region, ValidityKind kind, String due, Long employerId) {
}
