package org.ohsonline.reference.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.Catalogs;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bundled catalogs' texts: loaded in English from {@code messages/reference_en}
 * ({@link #english}), shown in the reader's language. A stored text is recognised as the bundled one
 * when it equals the English text (notes: when it matches the English pattern, whose numbers are
 * taken over).
 */
@Component("catalogTexts")
class BundledCatalogTexts implements CatalogTexts {

	private static final String PREFIX = "reference.bundled.";

	/** The catalogs {@link BundledCatalogs} loads. */
	static final List<String> CATALOGS = List.of("divisions", "industries", "hazard-factors", "occupational-diseases",
			"oels", "heat-limits", "chemical-grading", "dust-grading", "noise-grading", "industry-severity",
			"size-thresholds", "enterprise-sizes", "economic-types", "declaration-deadlines", "exam-rules",
			"testing-frequency", "diagnosis-deadlines", "diagnosis-materials");

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(,[^}]*)?}");

	private final MessageSource messages;

	private final Catalogs catalogs;

	private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

	BundledCatalogTexts(MessageSource messages, @Lazy Catalogs catalogs) {
		this.messages = messages;
		this.catalogs = catalogs;
	}

	@Override
	public String name(String catalogCode) {
		return name(catalogCode, LocaleContextHolder.getLocale());
	}

	@Override
	public String name(String catalogCode, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		return this.catalogs.catalogs()
			.stream()
			.filter(c -> c.code().equals(catalogCode))
			.findFirst()
			.map(c -> english ? c.nameEn() : c.nameZh())
			.orElse(catalogCode);
	}

	/** The English text of a bundled catalog's edition, source or notes, as it is loaded. */
	String english(String catalog, String part, Object... arguments) {
		String key = catalog == null ? PREFIX + part : key(catalog, part);
		return this.messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.ENGLISH);
	}

	@Override
	public String edition(String catalogCode, String edition) {
		return same(catalogCode, "edition", edition, LocaleContextHolder.getLocale());
	}

	@Override
	public String edition(String catalogCode, String edition, Locale locale) {
		return same(catalogCode, "edition", edition, locale);
	}

	@Override
	public String edition(String edition) {
		for (String catalog : CATALOGS) {
			String shown = same(catalog, "edition", edition, LocaleContextHolder.getLocale());
			if (!shown.equals(edition)) {
				return shown;
			}
		}
		return edition;
	}

	@Override
	public String source(String catalogCode, String source) {
		return same(catalogCode, "source", source, LocaleContextHolder.getLocale());
	}

	@Override
	public String notes(String catalogCode, String notes) {
		if (notes == null) {
			return null;
		}
		if (notes.equals(this.messages.getMessage(PREFIX + "notes", null, Locale.ENGLISH))) {
			return this.messages.getMessage(PREFIX + "notes", null, LocaleContextHolder.getLocale());
		}
		Optional<Pattern> pattern = this.patterns.computeIfAbsent(catalogCode, this::notesPattern);
		if (pattern.isEmpty()) {
			return notes;
		}
		Matcher matched = pattern.get().matcher(notes);
		if (!matched.matches()) {
			return notes;
		}
		Object[] arguments = new Object[matched.groupCount()];
		for (int i = 0; i < arguments.length; i++) {
			arguments[i] = Long.valueOf(matched.group(i + 1));
		}
		return this.messages.getMessage(key(catalogCode, "notes"), arguments, notes, LocaleContextHolder.getLocale());
	}

	private String same(String catalog, String part, String stored, Locale locale) {
		if (stored == null || catalog == null || !CATALOGS.contains(catalog)) {
			return stored;
		}
		String english = this.messages.getMessage(key(catalog, part), null, null, Locale.ENGLISH);
		if (!stored.equals(english)) {
			return stored;
		}
		return this.messages.getMessage(key(catalog, part), null, stored, locale);
	}

	/** The English notes pattern as a regular expression, its arguments numbers in order; empty without arguments. */
	private Optional<Pattern> notesPattern(String catalog) {
		String pattern = this.messages.getMessage(key(catalog, "notes"), null, null, Locale.ENGLISH);
		if (pattern == null || !ARGUMENT.matcher(pattern).find()) {
			return Optional.empty();
		}
		StringBuilder regex = new StringBuilder();
		Matcher argument = ARGUMENT.matcher(pattern);
		int at = 0;
		while (argument.find()) {
			regex.append(Pattern.quote(pattern.substring(at, argument.start()).replace("''", "'"))).append("(\\d+)");
			at = argument.end();
		}
		regex.append(Pattern.quote(pattern.substring(at).replace("''", "'")));
		return Optional.of(Pattern.compile(regex.toString()));
	}

	private static String key(String catalog, String part) {
		return PREFIX + catalog + "." + part;
	}

}
