package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.Optional;

/** The 2021 risk classification directory, keyed by GB/T 4754-2017 codes (configurable catalog). */
public interface IndustrySeverities {

	/**
	 * The severity of an industry class: the most specific directory entry among the class, its
	 * group, division and section. Empty when the directory does not list the industry (then a
	 * third-party assessment decides).
	 */
	Optional<IndustrySeverity> severityOf(String industryCode);

	/**
	 * As {@link #severityOf(String)}, by the directory version in force on {@code date}, so that a
	 * newly loaded version is seen to apply from its effective date.
	 */
	Optional<IndustrySeverity> severityOf(String industryCode, LocalDate date);

}
