package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The occupational-disease registry (职业病报告): every case whose outcome in force is an
 * occupational disease, in the actor's scope, by disease category, region and year of the
 * conclusion in force.
 */
public interface DiseaseRegistry {

	/**
	 * Filters; all optional.
	 *
	 * @param q the start of the case number or part of the employer's name
	 * @param region a region prefix inside the actor's scope
	 * @param category a category code of the disease catalogue
	 * @param year the year of the conclusion in force
	 * @param finalOnly only outcomes no appraisal can change
	 * @param sort {@code outcomeOn} (default, newest first), {@code disease}, {@code region}; leading {@code -} reverses
	 */
	record Filter(String q, String region, String category, Integer year, boolean finalOnly, String sort) {

		public static Filter none() {
			return new Filter(null, null, null, null, false, null);
		}

	}

	/** One registered case; the worker's name masked. */
	record Entry(long caseId, String number, String workerNameMasked, String workerIdMasked, String employerName,
			String creditCode, String regionCode, String institutionName, String diseaseCode, String diseaseName,
			String categoryCode, String categoryName, OutcomeStage stage, LocalDate outcomeOn, boolean outcomeFinal) {
	}

	/** Cases of one category in one year. */
	record Count(String categoryCode, String categoryName, int year, long cases) {
	}

	Page<Entry> search(Actor actor, Filter filter, PageQuery page);

	void forEach(Actor actor, Filter filter, Consumer<Entry> consumer);

	/** Case counts by category and year for the filter (its year and sort ignored), by year then category. */
	List<Count> countsByCategoryAndYear(Actor actor, Filter filter);

}
