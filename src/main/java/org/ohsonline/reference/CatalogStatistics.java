package org.ohsonline.reference;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How complete a catalog version is, computed from its entries so that the administrator pages
 * never show figures that the data does not back.
 *
 * @param versionId the version counted
 * @param entriesPerLevel how many entries each level (1 = top) has
 * @param unverifiedNames entries whose attribute {@code nameVerified} is {@code false}: the
 * source lacked their name and the official text must still be loaded
 */
public record CatalogStatistics(long versionId, SortedMap<Integer, Long> entriesPerLevel, long unverifiedNames) {

	public CatalogStatistics {
		entriesPerLevel = Collections.unmodifiableSortedMap(new TreeMap<>(entriesPerLevel));
	}

	public long total() {
		return this.entriesPerLevel.values().stream().mapToLong(Long::longValue).sum();
	}

}
