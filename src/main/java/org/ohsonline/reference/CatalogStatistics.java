package org.ohsonline.reference;

import java.util.Collections;
import java.util.List;
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
 * @param verifiedEntries entries whose attribute {@code verified} is {@code true}: checked against
 * the source the version names
 * @param unverifiedEntries entries whose attribute {@code verified} is {@code false}
 * @param categories for catalogs whose entries record {@code verified}: each top-level entry that
 * has entries below it, with its leaf entries counted; empty otherwise
 */
public record CatalogStatistics(long versionId, SortedMap<Integer, Long> entriesPerLevel, long unverifiedNames,
		long verifiedEntries, long unverifiedEntries, List<Category> categories) {

	/**
	 * The leaves (entries with nothing below them: factors, diseases) under one top-level entry.
	 *
	 * @param leaves how many
	 * @param verified how many of them are verified
	 */
	public record Category(String code, String name, long leaves, long verified) {
	}

	public CatalogStatistics {
		entriesPerLevel = Collections.unmodifiableSortedMap(new TreeMap<>(entriesPerLevel));
		categories = categories == null ? List.of() : List.copyOf(categories);
	}

	/** Statistics of a catalog whose entries do not record their verification. */
	public CatalogStatistics(long versionId, SortedMap<Integer, Long> entriesPerLevel, long unverifiedNames) {
		this(versionId, entriesPerLevel, unverifiedNames, 0, 0, List.of());
	}

	public long total() {
		return this.entriesPerLevel.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Whether the entries record their verification, so that the verified share means something. */
	public boolean recordsVerification() {
		return this.verifiedEntries + this.unverifiedEntries > 0;
	}

	/** Leaf entries over all categories. */
	public long leaves() {
		return this.categories.stream().mapToLong(Category::leaves).sum();
	}

}
