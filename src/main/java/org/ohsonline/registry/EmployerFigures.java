package org.ohsonline.registry;

import java.util.List;

import org.ohsonline.reference.Severity;
import org.ohsonline.shared.Actor;

/**
 * The employers of a supervisor's region in figures, for home pages: per lower division (cities of
 * a province, counties of a city, townships of a county) and hazard severity, counted in one
 * statement. Needs {@code registry:employer:read}; other scopes than a region have no figures.
 */
public interface EmployerFigures {

	List<SeverityCount> bySeverity(Actor actor);

	/**
	 * Employers of one division and severity.
	 *
	 * @param severity the industry's hazard severity, {@code null} where not yet derived
	 * @param inProduction of them, those in production
	 */
	record SeverityCount(String regionCode, Severity severity, long employers, long inProduction) {
	}

}
