package org.ohsonline.grid;

import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * KPIs of grids and of the persons assigned to them, per quarter, computed from the enforcement, declaration and
 * surveillance facades on the membership and assignments of the quarter's reference day (past quarters stay as they
 * were), and scored with the {@code grid-kpis} catalog. Every figure comes with the employers behind it.
 */
public interface GridKpis {

	/** The KPIs of a grid the actor may see. */
	KpiSheet ofGrid(Actor actor, long gridId, Quarter quarter);

	/** The employers of a grid in the quarter with their figures (for the numerator and denominator lists). */
	List<KpiEmployer> employersOfGrid(Actor actor, long gridId, Quarter quarter);

	/** The KPIs of the grids of a county the actor may see, one sheet per grid, by grid name (for comparison). */
	List<KpiSheet> ofCounty(Actor actor, String countyCode, Quarter quarter);

	/**
	 * A person's appraisal sheet: supervisors with {@code grid:appraisal:read} for anyone assigned to a grid in their
	 * jurisdiction, everyone else for themselves only.
	 */
	Appraisal appraisal(Actor actor, long userId, Quarter quarter);

	/** The employers behind a person's appraisal, with their figures. */
	List<KpiEmployer> employersOfPerson(Actor actor, long userId, Quarter quarter);

	/** The persons assigned to grids of the actor's jurisdiction on the quarter's reference day (the appraisal list). */
	List<AssignedPerson> assignedPersons(Actor actor, Quarter quarter);

	/** Issues the appraisal sheet as a PDF with its verification code (IssuedDocuments); the PDF's bytes. */
	byte[] issueAppraisal(Actor actor, long userId, Quarter quarter);

}
