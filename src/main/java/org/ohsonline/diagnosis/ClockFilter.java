package org.ohsonline.diagnosis;

/**
 * Filters of the clock list; all optional.
 *
 * @param region a region prefix inside the actor's scope
 * @param kind a {@link ClockKind} name
 * @param due {@code open} (every running clock, the default), {@code soon} (running, due within 7
 * days), {@code overdue} (running duties past due) or {@code all}
 */
public record ClockFilter(String region, String kind, String due) {
}
