package org.ohsonline.reference;

import java.time.LocalDate;
import java.util.Optional;

/** Where a version stands on a date; computed, never stored, so it changes by itself at midnight. */
public enum VersionStatus {

	/** The version lookups use on that date. */
	IN_FORCE,

	/** Effective only from a later date. */
	SCHEDULED,

	/** Replaced by a later version already in force. */
	SUPERSEDED;

	/**
	 * The status of a version on a date.
	 * @param version the version to place
	 * @param inForce the catalog's version in force on that date, if any
	 * @param date the date, usually today
	 */
	public static VersionStatus of(CatalogVersion version, Optional<CatalogVersion> inForce, LocalDate date) {
		if (version.effectiveFrom().isAfter(date)) {
			return SCHEDULED;
		}
		return inForce.filter(v -> v.id() == version.id()).isPresent() ? IN_FORCE : SUPERSEDED;
	}

}
