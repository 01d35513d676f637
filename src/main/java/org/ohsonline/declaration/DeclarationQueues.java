package org.ohsonline.declaration;

import java.time.LocalDate;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Tallies;

/**
 * What waits in the actor's scope, for home pages: declarations by where they stand and deadline
 * clocks by how near they are, counted as the lists count them (an overdue clock is open and past
 * its due date; due soon is open and due within 7 days). Needs {@code declaration:declaration:read}.
 */
public interface DeclarationQueues {

	/** The counts, in one statement. */
	Queue queue(Actor actor);

	/** Overdue clocks by lower division and for the {@code top} employers with most. */
	Tallies overdue(Actor actor, int top);

	/**
	 * Declarations and clocks in scope.
	 *
	 * @param drafts declarations being drafted
	 * @param returned declarations returned for correction
	 * @param submitted declarations waiting for review
	 * @param overdue open clocks past their due date
	 * @param dueSoon open clocks due within 7 days
	 * @param open every open clock
	 * @param oldestDue the due date of the oldest overdue clock, {@code null} when none is overdue
	 * @param nextDue the due date of the nearest clock not yet overdue, {@code null} when none is open
	 */
	record Queue(long drafts, long returned, long submitted, long overdue, long dueSoon, long open,
			LocalDate oldestDue, LocalDate nextDue) {
	}

}
