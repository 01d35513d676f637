package org.ohsonline.reference;

import java.util.Locale;

/**
 * Catalog texts as stored, for unit tests of formatters that only pass them through (the bundled catalogs'
 * translations are BundledCatalogTexts' concern and tested there).
 */
public final class StoredCatalogTexts implements CatalogTexts {

	@Override
	public String edition(String catalogCode, String edition) {
		return edition;
	}

	@Override
	public String edition(String catalogCode, String edition, Locale locale) {
		return edition;
	}

	@Override
	public String source(String catalogCode, String source) {
		return source;
	}

	@Override
	public String notes(String catalogCode, String notes) {
		return notes;
	}

	@Override
	public String name(String catalogCode) {
		return catalogCode;
	}

	@Override
	public String name(String catalogCode, Locale locale) {
		return catalogCode;
	}

	@Override
	public String edition(String edition) {
		return edition;
	}

}
