package org.ohsonline.reference;

/**
 * The platform's own words about the catalogs it bundles — a version's edition, its source and the
 * notes on how it was entered — in the reader's language. They are stored in English as loaded; a
 * text that is still the bundled one is shown from the bundles ({@code reference.bundled.<catalog>.*}),
 * anything else (what an administrator typed when loading a version) as stored. Pages use
 * {@code ${@catalogTexts.edition(code, edition)}}.
 */
public interface CatalogTexts {

	String edition(String catalogCode, String edition);

	/** The edition in a given language (an official document is in Chinese whoever issues it). */
	String edition(String catalogCode, String edition, java.util.Locale locale);

	String source(String catalogCode, String source);

	String notes(String catalogCode, String notes);

	/** A catalog's name in the reader's language ({@code noise-grading} → 噪声作业分级); the code when unknown. */
	String name(String catalogCode);

	/** A catalog's name in a given language. */
	String name(String catalogCode, java.util.Locale locale);

	/** Every version's edition as the pages show it, for callers that know only the edition. */
	String edition(String edition);

}
