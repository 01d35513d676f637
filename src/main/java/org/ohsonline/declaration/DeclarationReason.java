package org.ohsonline.declaration;

/**
 * A reason to declare, with its period, from the {@code declaration-deadlines} catalog in force.
 *
 * @param code the catalog code (e.g. {@code NAME_CHANGE})
 * @param name the reason as the catalog words it
 * @param days within how many days the declaration is due
 * @param kind the declaration it calls for
 * @param starts when the period starts
 * @param article the article of the 申报办法 (or the platform rule) that sets it
 * @param verified whether the entry was checked against the official text
 */
public record DeclarationReason(String code, String name, int days, DeclarationKind kind, String starts,
		String article, boolean verified) {
}
