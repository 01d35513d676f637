package org.ohsonline.agency;

import java.time.Duration;
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

	/** How many synthetic agencies and institutions the register holds. */
	long census();

}
