package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.Set;

/**
 * Registered facts of an employer changed; {@code fields} names them (e.g. {@code name},
 * {@code legalRepresentative}, {@code address}, {@code sites}, {@code productionStartedOn}, and
 * {@code hazards} when a post with hazard factors was added), so the declaration module can start
 * its 15-day change clock or the initial declaration's.
 */
public record EmployerChanged(long employerId, String regionCode, Set<String> fields, LocalDate changedOn) {

	/** The field named when a post with hazard factors was added. */
	public static final String HAZARDS = "hazards";

	/** Whether a post with hazard factors was added: the employer's exposure may have changed, not only its record. */
	public boolean hazardsAdded() {
		return this.fields.contains(HAZARDS);
	}

	/**
	 * Whether any of these fields changed. A listener that cares about a few fields names them in its condition
	 * ({@code @ApplicationModuleListener(condition = "#event.changedAny('name', 'address')")}): for the other
	 * changes it is not called and no event publication is stored for it.
	 */
	public boolean changedAny(String... names) {
		for (String name : names) {
			if (this.fields.contains(name)) {
				return true;
			}
		}
		return false;
	}

}
