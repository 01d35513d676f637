package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The health surveillance rules (GBZ 188) of the {@code exam-rules} catalog in force on a day;
 * administrators load later editions (a GBZ 188-2025 is reported) on the catalog pages.
 */
public interface ExamRules {

	/**
	 * The rule for an exposure on the day: the factor's own rules first, else its category's; among
	 * them the one of the grade, else (grade unknown or not listed) the one marked to apply when
	 * ungraded, else a rule for {@code ANY} grade. Empty when the catalog has no rule for the factor.
	 * @param grade the exposure's job grade, or {@code null} when not known
	 */
	Optional<ExamRule> ruleFor(String hazardCode, String grade, LocalDate on);

	/** Every interval rule of the version in force on the day, by code. */
	List<ExamRule> rules(LocalDate on);

	/**
	 * The period of a deadline in days, from the version in force on the day.
	 * @throws IllegalStateException when no version is in force (the bundled version always is)
	 */
	int days(ExamDeadline deadline, LocalDate on);

	/**
	 * The version in force on the day, for the basis shown beside a computed date; before the first
	 * version's effective date, the first version (no older rules are held).
	 */
	Optional<CatalogVersion> version(LocalDate on);

}
