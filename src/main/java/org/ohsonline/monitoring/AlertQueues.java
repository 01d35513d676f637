package org.ohsonline.monitoring;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * What waits in the actor's scope, for home pages, counted as the alert queue counts it
 * ({@code monitoring:alert:read}): alerts waiting for the employer's explanation, for an inspector's
 * verification, under the actor's own verification; and alerts raised per month.
 */
public interface AlertQueues {

	/** The counts, in one statement. */
	Queue queue(Actor actor);

	/** Alerts raised per month (China Standard Time) and kind from {@code from} on, oldest month first. */
	List<MonthCount> byMonth(Actor actor, YearMonth from);

	/**
	 * Open alerts in scope.
	 *
	 * @param awaitingAnswer raised and not yet explained by the employer
	 * @param escalated of those, past their answer deadline
	 * @param nextAnswerDue the earliest answer deadline not yet passed, or {@code null}
	 * @param awaitingVerification explained, or escalated without an answer: an inspector may take them
	 * @param mine under verification by the actor
	 * @param open every open alert
	 */
	record Queue(long awaitingAnswer, long escalated, Instant nextAnswerDue, long awaitingVerification, long mine,
			long open) {
	}

	/** Alerts of one kind raised in one month. */
	record MonthCount(YearMonth month, AlertKind kind, long alerts) {
	}

}
