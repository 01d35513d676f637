package org.ohsonline.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.reference.CatalogTexts;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The basis of an employer's hazard severity, in the reader's language. The register stores it as
 * one reason per industry, then the directory cited
 * ({@code 3311 → 3311 SERIOUS (activity given); 5211: not in the directory [2021 (…), unverified; source]},
 * see {@code registry.internal.Derivations}); the page says which directory entry decided it, with the
 * severity as a label and how the employer's answers decided a split entry. The edition and the
 * source are the catalog's texts, shown translated where they are the bundled ones. A basis of another
 * form is shown as stored. Templates use {@code ${@severityBases.label(basis)}}.
 */
@Component("severityBases")
public class SeverityBases {

	/** Where a reason ends: at the next industry's reason or at the end (a name may hold "; " itself). */
	private static final String NEXT = "(?=; \\S+ → |; \\S+: not in the directory|$)";

	private static final Pattern FOUND = Pattern
		.compile("(\\S+) → (\\S+)(?: (.+?))? (SERIOUS|GENERAL)(?: \\((.+?)\\))?" + NEXT);

	/** A reason as the register wrote it before the 2021 directory: the directory cited in each reason. */
	private static final Pattern FOUND_BEFORE_2021 = Pattern
		.compile("(\\S+) → (\\S+) (SERIOUS|GENERAL) \\((.*?)(, unverified)?; (.*?)\\)" + NEXT);

	private static final Pattern MISSING = Pattern.compile("(\\S+): not in the directory" + NEXT);

	private static final Pattern DIRECTORY_CITED = Pattern.compile(" \\[(.+?)(, unverified)?(?:; (.*))?]$");

	/** How a split entry was decided, as {@code Derivations} words it, and its message. */
	private static final Map<String, String> HOW = Map.of("by its GB/T 4754 class", "class", "activity given",
			"activity", "no benzene-type adhesives, cleaners, inks or paints", "solventsNotUsed",
			"benzene-type adhesives, cleaners, inks or paints used", "solventsUsed",
			"stricter class until solvent use is stated", "stricterUntilSolvents",
			"stricter class until the activity is given", "stricterUntilActivity");

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
		String reasons = basis;
		String cited = null;
		Matcher directory = DIRECTORY_CITED.matcher(basis);
		if (directory.find()) {
			reasons = basis.substring(0, directory.start());
			String edition = this.catalogs.edition(DIRECTORY, directory.group(1));
			boolean unverified = directory.group(2) != null;
			cited = directory.group(3) == null
					? message(unverified ? "registry.severityBasis.editionUnverified" : "registry.severityBasis.edition",
							locale, edition)
					: message(unverified ? "registry.severityBasis.directoryUnverified" : "registry.severityBasis.directory",
							locale, edition, this.catalogs.source(DIRECTORY, directory.group(3)));
		}
		List<String> parts = new ArrayList<>();
		int at = 0;
		while (at < reasons.length()) {
			Matcher found = FOUND.matcher(reasons).region(at, reasons.length());
			Matcher missing = MISSING.matcher(reasons).region(at, reasons.length());
			Matcher before = FOUND_BEFORE_2021.matcher(reasons).region(at, reasons.length());
			if (cited == null && before.lookingAt()) {
				parts.add(message("registry.severityBasis.foundHow", locale, before.group(1), before.group(2),
						message("registry.severity." + before.group(3), locale),
						message(before.group(5) == null ? "registry.severityBasis.directory"
								: "registry.severityBasis.directoryUnverified", locale,
								this.catalogs.edition(DIRECTORY, before.group(4)), this.catalogs.source(DIRECTORY, before.group(6)))));
				at = before.end();
			}
			else if (found.lookingAt()) {
				String how = found.group(5) == null ? null : HOW.get(found.group(5));
				if (found.group(5) != null && how == null) {
					return basis;
				}
				String entry = found.group(3) == null ? found.group(2) : found.group(2) + " " + found.group(3);
				String severity = message("registry.severity." + found.group(4), locale);
				parts.add(how == null ? message("registry.severityBasis.found", locale, found.group(1), entry, severity)
						: message("registry.severityBasis.foundHow", locale, found.group(1), entry, severity,
								message("registry.severityBasis.how." + how, locale)));
				at = found.end();
			}
			else if (missing.lookingAt()) {
				parts.add(message("registry.severityBasis.missing", locale, missing.group(1)));
				at = missing.end();
			}
			else {
				return basis;
			}
			if (reasons.startsWith("; ", at)) {
				at += 2;
			}
		}
		String label = String.join(message("registry.severityBasis.separator", locale), parts);
		return cited == null ? label : label + message("registry.severityBasis.separator", locale) + cited;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
