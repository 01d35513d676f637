package org.ohsonline.risk.web;

import java.util.List;

import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the arguments of rule-path steps and facts into words for templates ({@code @riskFormat.args(…)}):
 * the names of classes, lights, levels, grades, natures and testing kinds stored as codes become the
 * reader's words (甲类（低风险）, 红灯, Ⅱ级…), a bundled catalog's edition its translation; any other argument
 * stays as it is.
 */
@Component("riskFormat")
class RiskFormat {

	private static final String DEADLINES = "rectification-deadlines";

	private static final java.util.regex.Pattern DEADLINE_ENTRY = java.util.regex.Pattern
		.compile("(?:(\\S+) · )?" + DEADLINES + " (.+?)(?: \\(no entry: \\d+\\))?");

	private static final java.util.regex.Pattern CATALOG_SOURCE = java.util.regex.Pattern.compile("([a-z]+(?:-[a-z]+)+)(?: (.+))?");

	private final MessageSource messages;

	private final CatalogTexts catalogs;

	private final HazardFactors hazards;

	RiskFormat(MessageSource messages, CatalogTexts catalogs, HazardFactors hazards) {
		this.messages = messages;
		this.catalogs = catalogs;
		this.hazards = hazards;
	}

	/** Hazard factors by name from the factor catalog (a code the catalog does not know stays as it is), 、-joined. */
	public String hazards(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return "—";
		}
		return String.join("、", codes.stream()
			.map(code -> this.hazards.findFactor(code).map(HazardFactor::name).orElse(code))
			.toList());
	}

	/**
	 * Where a fact comes from: a module (登记, 申报…) in words, or a catalog edition (the rectification
	 * deadlines, the checklist) in the reader's language where it is a bundled one.
	 */
	public String source(String source) {
		if (source == null || source.isBlank()) {
			return "—";
		}
		String group = this.messages.getMessage("risk.group." + source, null, null, LocaleContextHolder.getLocale());
		if (group != null) {
			return group;
		}
		// A catalog by its code, with its edition after a space (exam-rules, testing-frequency 2021 (…)).
		java.util.regex.Matcher catalog = CATALOG_SOURCE.matcher(source);
		if (catalog.matches() && !this.catalogs.name(catalog.group(1)).equals(catalog.group(1))) {
			String name = this.catalogs.name(catalog.group(1));
			return catalog.group(2) == null ? name
					: name + " " + this.catalogs.edition(catalog.group(1), catalog.group(2));
		}
		return this.catalogs.edition(source);
	}

	/**
	 * What set off an assessment, beside its kind: an override's reason as written, the event in words;
	 * nothing for the other kinds (their kind says it all).
	 */
	public String trigger(String kind, String detail) {
		if (detail == null || detail.isBlank()) {
			return "";
		}
		if ("OVERRIDE".equals(kind) || "OVERRIDE_LIFTED".equals(kind)) {
			return detail;
		}
		if ("EVENT".equals(kind)) {
			String event = detail.split("[ \\[]", 2)[0];
			return this.messages.getMessage("risk.event." + event, null, "", LocaleContextHolder.getLocale());
		}
		return "";
	}

	/**
	 * Where an item's deadline comes from: the catalog entry ({@code EXCEEDANCE · rectification-deadlines
	 * <edition>}) in words, or a supervisor's reason as written.
	 */
	public String deadlineBasis(String basis) {
		if (basis == null) {
			return "—";
		}
		java.util.regex.Matcher entry = DEADLINE_ENTRY.matcher(basis);
		if (!entry.matches()) {
			return basis;
		}
		var locale = LocaleContextHolder.getLocale();
		String kind = entry.group(1) == null ? ""
				: this.messages.getMessage("risk.finding." + entry.group(1), null, entry.group(1), locale) + " · ";
		return kind + this.catalogs.name(DEADLINES) + " " + this.catalogs.edition(DEADLINES, entry.group(2));
	}

	/** Who assessed: a person by name, the platform's own runs as "the system". */
	public String actor(String name) {
		if (name == null || name.startsWith("系统 (") || name.startsWith("system:")) {
			return this.messages.getMessage("risk.history.system", null, LocaleContextHolder.getLocale());
		}
		return name;
	}

	public Object[] args(List<String> arguments) {
		return arguments.stream().map(this::word).toArray();
	}

	/**
	 * A code in words; a list of hazard factor codes (the serious factors of a rule step, 、-joined) by their
	 * names; a bundled catalog's edition in the reader's language; anything else as it is.
	 */
	private String word(String argument) {
		if (argument == null || argument.isEmpty()) {
			return argument;
		}
		String word = this.messages.getMessage("risk.word." + argument, null, null, LocaleContextHolder.getLocale());
		if (word != null) {
			return word;
		}
		List<String> codes = List.of(argument.split("、"));
		if (codes.stream().allMatch(code -> this.hazards.findFactor(code).isPresent())) {
			return hazards(codes);
		}
		return this.catalogs.edition(argument);
	}

}
