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
			"testing-frequency", "diagnosis-deadlines", "diagnosis-materials", "risk-classification",
			"self-inspection-checklist", "rectification-deadlines", "training-hours", "inspection-sampling",
			"inspection-checklist", "discretion-benchmark", "case-deadlines", "case-review-rubric", "consultation-fields",
			"healthy-enterprise-standard", "health-champion-criteria", "project-supervision", "radiation-categories",
			"radiation-dose-limits", "agency-rating-rules", "report-quality-sampling", "report-review-rubric",
			"survey-forms", "grid-kpis", "indicator-definitions", "indicator-scoring");

	/**
	 * The texts of the official 2021 risk directory, a second bundled edition of
	 * {@code industry-severity} loaded over the provisional one.
	 */
	static final String DIRECTORY_2021 = "industry-severity-2021";

	/**
	 * The texts of the exam rules' second bundled edition: GBZ 188-2014's rows and the radiation workers' interval of
	 * 卫生部令第55号, loaded over the first.
	 */
	static final String EXAM_RULES_2026 = "exam-rules-2026";

	/** The texts of the second bundled edition of {@code agency-rating-rules} (report-quality indicators). */
	static final String RATING_RULES_2026_2 = "agency-rating-rules-2026-2";

	/** The texts of the second bundled edition of {@code survey-forms} (checks across fields, re-check tolerances). */
	static final String SURVEY_FORMS_2026_2 = "survey-forms-2026-2";

	/** The texts of the second bundled edition of {@code indicator-definitions} (issues 17 and 18's further indicators). */
	static final String INDICATOR_DEFINITIONS_2026_2 = "indicator-definitions-2026-2";

	/**
	 * The texts of the third bundled edition of {@code indicator-definitions} (exam coverage per hazard category,
	 * suspected-disease follow-up, diagnosis clocks met, rehabilitation coverage).
	 */
	static final String INDICATOR_DEFINITIONS_2026_3 = "indicator-definitions-2026-3";

	/** Each set of bundled texts and the catalog its edition belongs to. */
	private static final Map<String, String> TEXT_SETS = textSets();

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

	private static Map<String, String> textSets() {
		Map<String, String> sets = new java.util.LinkedHashMap<>();
		CATALOGS.forEach(c -> sets.put(c, c));
		sets.put(DIRECTORY_2021, "industry-severity");
		sets.put(RATING_RULES_2026_2, "agency-rating-rules");
		sets.put(EXAM_RULES_2026, "exam-rules");
		sets.put(SURVEY_FORMS_2026_2, "survey-forms");
		sets.put(INDICATOR_DEFINITIONS_2026_2, "indicator-definitions");
		sets.put(INDICATOR_DEFINITIONS_2026_3, "indicator-definitions");
		return Map.copyOf(sets);
	}

	/**
	 * Fails when a set of texts is not registered as one of the catalog's: its edition would be shown in English in
	 * every language.
	 */
	static void requireTextSet(String texts, String catalog) {
		if (!catalog.equals(TEXT_SETS.get(texts))) {
			throw new IllegalStateException("The bundled texts " + texts + " are not registered for the catalog " + catalog);
		}
	}

	/** The sets of texts of a catalog's bundled editions. */
	private static List<String> textSets(String catalog) {
		return TEXT_SETS.entrySet().stream().filter(e -> e.getValue().equals(catalog)).map(Map.Entry::getKey).sorted().toList();
	}

	/** The English text of a bundled edition's edition, source or notes (its set of texts), as it is loaded. */
	String english(String texts, String part, Object... arguments) {
		String key = texts == null ? PREFIX + part : key(texts, part);
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
		if (catalogCode == null) {
			return notes;
		}
		for (String texts : textSets(catalogCode)) {
			Optional<Pattern> pattern = this.patterns.computeIfAbsent(texts, this::notesPattern);
			Matcher matched = pattern.map(p -> p.matcher(notes)).orElse(null);
			if (matched == null || !matched.matches()) {
				continue;
			}
			Object[] arguments = new Object[matched.groupCount()];
			for (int i = 0; i < arguments.length; i++) {
				arguments[i] = Long.valueOf(matched.group(i + 1));
			}
			return this.messages.getMessage(key(texts, "notes"), arguments, notes, LocaleContextHolder.getLocale());
		}
		return notes;
	}

	private String same(String catalog, String part, String stored, Locale locale) {
		if (stored == null || catalog == null) {
			return stored;
		}
		for (String texts : textSets(catalog)) {
			String english = this.messages.getMessage(key(texts, part), null, null, Locale.ENGLISH);
			if (stored.equals(english)) {
				return this.messages.getMessage(key(texts, part), null, stored, locale);
			}
		}
		return stored;
	}

	/** The English notes pattern as a regular expression, its arguments numbers in order; empty without arguments. */
	private Optional<Pattern> notesPattern(String texts) {
		String pattern = this.messages.getMessage(key(texts, "notes"), null, null, Locale.ENGLISH);
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
