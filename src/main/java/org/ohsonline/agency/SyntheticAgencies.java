package org.ohsonline.agency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.ohsonline.registry.SyntheticData;

/**
 * Synthetic agencies and institutions for a synthetic register (docs/synthetic-data.md): per
 * county of the run, a number that follows the employers registered there, with qualification,
 * scope, staff, and engagements by the register's synthetic employers. Deterministic for a seed;
 * every row flagged {@code synthetic}, every name ending in {@link SyntheticData#NAME_MARK}; one
 * audit entry {@value #AUDIT_ACTION} per run.
 */
public interface SyntheticAgencies {

	String AUDIT_ACTION = "agency.synthetic.generated";

	String HISTORY_ACTION = "agency.synthetic.history";

	record Summary(int serviceAgencies, int examInstitutions, int diagnosisInstitutions, long staff, long engagements,
			Duration elapsed) {
	}

	/**
	 * Generates the agencies for the register's synthetic employers of the request's scale and seed,
	 * in one transaction; nothing when synthetic agencies exist already (a later {@code --append}
	 * run of the register adds no agencies).
	 * @throws IllegalStateException under the {@code prod} profile without {@code allowInProduction}
	 */
	Optional<Summary> generate(SyntheticData.Request request);

	/**
	 * A year of service history, up to the day of the run: deliveries (testing reports issued, exam days), the
	 * clients' evaluations, complaints and penalties, and the last full quarter's report-quality draw with its
	 * reviews.
	 */
	record History(LocalDate from, LocalDate to, long deliveries, long evaluations, long complaints, long penalties,
			String period, int drawn, int reviewed, int findings, Duration elapsed) {
	}

	/**
	 * Writes a year of service history for the synthetic organisations of the request's region, in one transaction
	 * with one audit entry {@value #HISTORY_ACTION}: for a register generated without testing jobs and exams of its
	 * own (the command's city and province scales; standalone mode's demo makes real ones instead), so that credit
	 * ratings, the report-quality sample and the public directory have something to judge by. Deterministic for the
	 * seed and the day; nothing when there are no synthetic organisations or a history was written already.
	 * @throws IllegalStateException under the {@code prod} profile without {@code allowInProduction}
	 */
	Optional<History> history(SyntheticData.Request request);

	/** How many synthetic agencies and institutions the register holds. */
	long census();

}
