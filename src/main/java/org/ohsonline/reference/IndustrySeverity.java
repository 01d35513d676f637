package org.ohsonline.reference;

/**
 * The severity the directory gives an industry, with where it came from so pages can show it.
 *
 * @param industryCode the directory entry that matched (the class itself, or its group, division
 * or section when the directory lists the broader code)
 * @param severity the class
 * @param catalogEdition the edition of the directory catalog in force
 * @param source the catalog version's source
 * @param verified whether this entry was checked against the official text
 */
public record IndustrySeverity(String industryCode, Severity severity, String catalogEdition, String source,
		boolean verified) {
}
