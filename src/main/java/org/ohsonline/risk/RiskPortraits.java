package org.ohsonline.risk;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Risk portraits (一企一案) and classes, within the actor's scope: supervisors see their region, an
 * employer's manager only its own employer. Portraits are gathered from the other modules' facades and
 * refreshed by their events; each fact carries its date and source. Classes are reassessed on every
 * relevant event, at the latest every 3 years, and within 2 months of a new employer's start of
 * production; {@link ClassChanged} is published when the class in force changes.
 */
public interface RiskPortraits {

	/** The employer's portrait; {@link org.ohsonline.shared.NotFoundException} outside the scope. */
	Portrait portrait(Actor actor, long employerId);

	/** The class in force with its explanation and what-ifs; not found until first assessed. */
	Classification classification(Actor actor, long employerId);

	/** The history of classes, newest first, with why each changed. */
	List<AssessmentView> history(Actor actor, long employerId);

	/** Employers and their classes in scope, highest risk first by default. */
	Page<PortraitSummary> search(Actor actor, PortraitFilter filter, PageQuery page);

	/** Every line {@link #search} would page through (exports). */
	void forEach(Actor actor, PortraitFilter filter, Consumer<PortraitSummary> consumer);

	/**
	 * Sets the class in force regardless of the rules, with a reason (refused beside the field without
	 * one); audited and shown as an override until lifted or until the computed class changes.
	 */
	Classification override(Actor actor, long employerId, RiskClass riskClass, String reason);

	/** Lifts an override: the computed class applies again; the reason is required. */
	Classification liftOverride(Actor actor, long employerId, String reason);

	/** Gathers the facts again and reassesses now (a supervisor after a major change). */
	Classification reassess(Actor actor, long employerId);

}
