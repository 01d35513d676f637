package org.ohsonline.monitoring;

import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Exposure alerts within the actor's scope: supervisors and inspectors see their region, an
 * employer's manager only their employer's alerts. Every transition is audited.
 */
public interface Alerts {

	Page<AlertView> search(Actor actor, AlertFilter filter, PageQuery page);

	/** Every alert the filter selects, in the list's order, one at a time: for exports. */
	void forEach(Actor actor, AlertFilter filter, Consumer<AlertView> consumer);

	AlertView find(Actor actor, long id);

	/** The employer explains the exceedance; creates the verification task for inspectors. */
	AlertView acknowledge(Actor actor, long id, String explanation);

	/** An inspector takes the verification task. */
	AlertView startVerification(Actor actor, long id);

	/** The inspector accepts the explanation and closes the alert. */
	AlertView closeAsExplained(Actor actor, long id, String note);

	/**
	 * The inspector confirms a violation; publishes {@link AlertConfirmedAsViolation} for
	 * enforcement to pick up.
	 */
	AlertView confirmViolation(Actor actor, long id, String note);

}
