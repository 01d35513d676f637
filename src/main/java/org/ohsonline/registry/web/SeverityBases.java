package org.ohsonline.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.reference.CatalogTexts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The basis of an employer's hazard severity, in the reader's language. The register stores it as
 * one line per industry ({@code 3311 → 33 SERIOUS (2021 (provisional), unverified; source)} or
 * {@code 3311: not in the directory}); the page says which directory entry decided it with the
 * severity as a label. The edition and the source are the directory's own words and stay as written.
 * A basis of another form is shown as stored. Templates use {@code ${@severityBases.label(basis)}}.
 */
@Component("severityBases")
public class SeverityBases {

	/** Where a reason ends: at the next industry's reason or at the end (a source may hold "; " itself). */
	private static final String NEXT = "(?=; \\S+ → |; \\S+: not in the directory|$)";

	private static final Pattern FOUND = Pattern
		.compile("(\\S+) → (\\S+) ([A-Z_]+) \\((.*?)(, unverified)?; (.*?)\\)" + NEXT);

	private static final Pattern MISSING = Pattern.compile("(\\S+): not in the directory" + NEXT);

	/** The catalog the basis cites (its edition and source are the platform's words, shown translated). */
	private static final String DIRECTORY = "industry-severity";

	private final MessageSource messages;

	private final CatalogTexts catalogs;

	SeverityBases(MessageSource messages, CatalogTexts catalogs) {
		this.messages = messages;
		this.catalogs = catalogs;
	}

	public String label(String basis) {
		if (basis == null || basis.isBlank()) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (at < basis.length()) {
			Matcher found = FOUND.matcher(basis).region(at, basis.length());
			Matcher missing = MISSING.matcher(basis).region(at, basis.length());
			if (found.lookingAt()) {
				String severity = message("registry.severity." + found.group(3), locale);
				parts.add(message(found.group(5) == null ? "registry.severityBasis.found" : "registry.severityBasis.unverified",
						locale, found.group(1), found.group(2), severity, this.catalogs.edition(DIRECTORY, found.group(4)),
						this.catalogs.source(DIRECTORY, found.group(6))));
				at = found.end();
			}
			else if (missing.lookingAt()) {
				parts.add(message("registry.severityBasis.missing", locale, missing.group(1)));
				at = missing.end();
			}
			else {
				return basis;
			}
			if (basis.startsWith("; ", at)) {
				at += 2;
			}
		}
		return String.join(message("registry.severityBasis.separator", locale), parts);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
