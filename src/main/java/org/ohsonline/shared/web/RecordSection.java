package org.ohsonline.shared.web;

import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * A section that a module adds to the employer's case (一企一案, shown as a tab) or a worker's
 * record (一人一档, shown as a card). The registry's pages collect every section bean for their
 * subject, in {@link #order()}, and render the section's fragment {@code panel} with the model the
 * section returns; so testing, surveillance or diagnosis add what they own to those pages without
 * the registry knowing them (and without a dependency cycle).
 * Implementations apply the actor's permissions and scope themselves, like the module's own pages.
 */
public interface RecordSection {

	/** Whose page the section belongs to. */
	enum Subject {

		EMPLOYER, WORKER

	}

	Subject subject();

	/** The section's key (the employer page's {@code tab} parameter), unique per subject. */
	String key();

	/** Message key of the section's title. */
	String labelKey();

	/** Position on the page: the registry's own tabs come first, the timeline last. */
	int order();

	/** Whether the actor may see the section at all (a permission check; scope is checked by {@link #model}). */
	boolean visibleTo(Actor actor);

	/** The Thymeleaf template holding the fragment {@code panel}, e.g. {@code testing/employer-tab}. */
	String template();

	/**
	 * The attributes the fragment needs for the subject (an employer's or a worker's id). A worker's
	 * record shows all its sections on one page, so names start with the module's name
	 * ({@code testingHistory}, not {@code history}).
	 */
	Map<String, Object> model(Actor actor, long subjectId);

}
