package org.ohsonline.surveillance.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.shared.ExpiringCache;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How an exam's due date was worked out, in words. The schedule stores its basis compactly —
 * {@code D-PRE_PLACEMENT 30d}, {@code I-1038-II 12m [JC2026-000004 NOISE_DAILY 87 dB(A) grade I]},
 * the number of the exam that asked for a recheck — and the list and its export say it in the reader's
 * language: the period of the exam-rules catalog, the rule by its name, the testing job and value that
 * graded the exposure. A basis of another form is shown as stored. Templates use
 * {@code ${@dueBases.label(item)}}.
 */
@Component("dueBases")
public class DueBases {

	private static final Pattern PERIOD = Pattern.compile("D-(PRE_PLACEMENT|EXIT_WINDOW/D-EXIT_CREDIT) (\\d+)d");

	private static final Pattern PERIODIC = Pattern
		.compile("(\\S+) (\\d+)m(?: \\[(\\S+) ([A-Z_]+)(?: ([\\d.]+))?(?: (.+?))?(?: grade (\\S+))?])?");

	private final ExamRules rules;

	private final MessageSource messages;

	private final ExpiringCache<LocalDate, Map<String, String>> names = new ExpiringCache<>(Duration.ofMinutes(1), 2,
			Clock.systemUTC());

	DueBases(ExamRules rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	public String label(ExamDueItem item) {
		return label(item.kind(), item.basis(), LocaleContextHolder.getLocale());
	}

	String label(ExamDueKind kind, String basis, Locale locale) {
		if (basis == null || basis.isBlank()) {
			return "";
		}
		Matcher period = PERIOD.matcher(basis);
		if (period.matches()) {
			String key = period.group(1).startsWith("PRE") ? "surveillance.basis.prePlacement" : "surveillance.basis.exit";
			return message(key, locale, Integer.valueOf(period.group(2)));
		}
		if (kind == ExamDueKind.RECHECK) {
			return message("surveillance.basis.recheck", locale, basis);
		}
		Matcher periodic = PERIODIC.matcher(basis);
		if (kind == ExamDueKind.PERIODIC && periodic.matches()) {
			String rule = ruleNames().getOrDefault(periodic.group(1), periodic.group(1));
			String text = message("surveillance.basis.periodic", locale, rule, Integer.valueOf(periodic.group(2)));
			if (periodic.group(3) != null) {
				String quantity = message("surveillance.basis.quantity." + periodic.group(4), locale);
				String value = periodic.group(5) == null ? ""
						: periodic.group(5) + (periodic.group(6) == null ? "" : " " + periodic.group(6));
				String grade = periodic.group(7) == null ? "" : message("surveillance.basis.grade", locale, periodic.group(7));
				text += message("surveillance.basis.graded", locale, periodic.group(3), quantity, value, grade);
			}
			return text;
		}
		return basis;
	}

	/** The rules' names by code, read once a minute: a page of 20 items would otherwise read the catalog 20 times. */
	private Map<String, String> ruleNames() {
		Optional<Map<String, String>> cached = this.names.get(LocalDate.now());
		if (cached.isPresent()) {
			return cached.get();
		}
		long generation = this.names.generation();
		Map<String, String> names = this.rules.rules(LocalDate.now())
			.stream()
			.collect(Collectors.toMap(ExamRule::code, ExamRule::name, (a, b) -> a));
		this.names.put(LocalDate.now(), names, generation);
		return names;
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
