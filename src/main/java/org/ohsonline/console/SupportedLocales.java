package org.ohsonline.console;

import java.util.Locale;

/**
 * The two languages of the platform: zh-CN, the default, and English. Whatever else a link, a
 * cookie or a client asks for ({@code ?lang=fr}, {@code ?lang=<script>}) is the default, silently:
 * there are no other bundles to show, and a language is no reason to fail a request.
 */
final class SupportedLocales {

	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	private SupportedLocales() {
	}

	/** The supported locale for a language tag ({@code en}, {@code en-GB}, {@code zh_CN}, …). */
	static Locale of(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 35) {
			return DEFAULT;
		}
		return of(Locale.forLanguageTag(tag.trim().replace('_', '-')));
	}

	static Locale of(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DEFAULT;
	}

}
