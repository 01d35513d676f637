package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Figures of inspections and cases in the caller's jurisdiction, for plans drawn between two days: inspections done
 * against those drawn per division, violations found per inspection by arm and class — the random arm against the
 * targeted one answers whether targeting finds more than chance —, open cases and their clocks, penalties by article.
 */
public interface EnforcementDashboard {

	/** One division directly below the region: lines drawn (planned), inspections recorded, violations found. */
	record RegionRow(String regionCode, long planned, long done, long violations) {

		public double doneShare() {
			return this.planned == 0 ? 0 : (double) this.done / this.planned;
		}

	}

	/**
	 * An arm and class: inspections recorded, those with at least one violation, violations in all.
	 *
	 * @param riskClass {@code JIA}, {@code YI}, {@code BING}, {@code NONE}, or {@code ALL} for the arm's total
	 */
	record ArmRow(Arm arm, String riskClass, long drawn, long inspected, long withViolation, long violations) {

		public double violationsPerInspection() {
			return this.inspected == 0 ? 0 : (double) this.violations / this.inspected;
		}

		public double shareWithViolation() {
			return this.inspected == 0 ? 0 : (double) this.withViolation / this.inspected;
		}

	}

	record PenaltyRow(LegalBasis violation, long decisions, long fined, long amount, long noPenalty, long deviations) {
	}

	record CaseClocks(long open, long overdue, long dueWithin7Days, long closed) {
	}

	/**
	 * The case-file review of one division: files sampled in rounds whose period meets the dashboard's, those with a
	 * final score, and their average (out of the rubric's 100).
	 */
	record ReviewRow(String regionCode, long files, long scored, java.math.BigDecimal average) {
	}

	/** The figures; {@code reviews} by division, only for callers who read case-file reviews. */
	record Figures(String region, LocalDate from, LocalDate to, List<RegionRow> regions, List<ArmRow> arms,
			CaseClocks clocks, List<PenaltyRow> penalties, List<ReviewRow> reviews) {
	}

	/** The figures of the region (narrowed to the caller's scope) for plans drawn from {@code from} to {@code to}. */
	Figures figures(Actor actor, String region, LocalDate from, LocalDate to);

}
