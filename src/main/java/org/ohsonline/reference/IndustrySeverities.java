package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The 2021 risk classification directory, keyed by GB/T 4754-2017 codes (configurable catalog
 * {@code industry-severity}).
 */
public interface IndustrySeverities {

	/**
	 * The severity of an industry class with nothing answered: the most specific directory entry
	 * among the class, its group, division and section (the stricter class where the directory asks
	 * for an activity or about solvents). Empty when the directory does not list the industry (then a
	 * third-party assessment decides).
	 */
	Optional<IndustrySeverity> severityOf(String industryCode);

	/**
	 * As {@link #severityOf(String)}, by the directory version in force on {@code date}, so that a
	 * newly loaded version is seen to apply from its effective date.
	 */
	Optional<IndustrySeverity> severityOf(String industryCode, LocalDate date);

	/** The directory in force today, in memory: for deriving many employers at once. */
	RiskDirectory directory();

	/** The directory in force on {@code date}; an empty directory when no version is. */
	RiskDirectory directory(LocalDate date);

}
