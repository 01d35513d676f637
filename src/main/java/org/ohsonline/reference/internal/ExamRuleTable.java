package org.ohsonline.reference.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.ExamDeadline;
import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamRules;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code exam-rules} catalog: {@code kind=interval} entries per hazard factor or category and
 * grade ({@code hazard_code}, {@code grade}, {@code is_default}, {@code interval_months},
 * {@code required_items} and {@code contraindications} separated by {@code ;} or {@code ；}), and
 * {@code kind=deadline} entries {@code D-<name>} with {@code days}. {@link AttributeRules} refuses a
 * version that would leave a rule without its interval or a deadline missing.
 */
@Service
@Transactional(readOnly = true)
class ExamRuleTable implements ExamRules {

	static final String CATALOG = "exam-rules";

	static final String INTERVAL = "interval";

	static final String DEADLINE = "deadline";

	static final String ANY = "ANY";

	private final EntriesInForce entries;

	ExamRuleTable(EntriesInForce entries) {
		this.entries = entries;
	}

	@Override
	public Optional<ExamRule> ruleFor(String hazardCode, String grade, LocalDate on) {
		if (hazardCode == null || hazardCode.isBlank()) {
			return Optional.empty();
		}
		String code = hazardCode.trim();
		Optional<CatalogVersion> version = version(on);
		if (version.isEmpty()) {
			return Optional.empty();
		}
		List<ExamRule> own = rulesOf(version.get(), code);
		if (own.isEmpty() && code.length() > 1) {
			own = rulesOf(version.get(), code.substring(0, 1));
		}
		return choose(own, grade);
	}

	/** The rule of the grade, else the one for ungraded exposures, else one for any grade. */
	static Optional<ExamRule> choose(List<ExamRule> candidates, String grade) {
		if (grade != null && !grade.isBlank()) {
			Optional<ExamRule> graded = candidates.stream().filter(r -> r.grade().equals(grade.trim())).findFirst();
			if (graded.isPresent()) {
				return graded;
			}
		}
		return candidates.stream()
			.filter(ExamRule::applyWhenUngraded)
			.findFirst()
			.or(() -> candidates.stream().filter(r -> ANY.equals(r.grade())).findFirst());
	}

	@Override
	public List<ExamRule> rules(LocalDate on) {
		return version(on).map(v -> this.entries.all(v)
			.stream()
			.filter(e -> INTERVAL.equals(EntriesInForce.text(e, "kind")))
			.map(e -> rule(e, v.edition()))
			.toList()).orElse(List.of());
	}

	@Override
	public int days(ExamDeadline deadline, LocalDate on) {
		CatalogVersion version = version(on)
			.orElseThrow(() -> new IllegalStateException("No exam-rules catalog version in force on " + on));
		CatalogEntry entry = this.entries.entry(version, deadline.entryCode())
			.orElseThrow(() -> new IllegalStateException(
					"exam-rules " + version.edition() + " lacks the deadline " + deadline.entryCode()));
		return new BigDecimal(EntriesInForce.text(entry, "days")).intValueExact();
	}

	/**
	 * The version in force on the day; for a day before the first version took effect (a placement in
	 * 2012, before GBZ 188-2014), the first version: the platform holds no older rules.
	 */
	@Override
	public Optional<CatalogVersion> version(LocalDate on) {
		return this.entries.version(CATALOG, on == null ? this.entries.today() : on)
			.or(() -> this.entries.earliest(CATALOG));
	}

	private List<ExamRule> rulesOf(CatalogVersion version, String hazardCode) {
		List<ExamRule> rules = new ArrayList<>();
		for (CatalogEntry entry : this.entries.byCodeOrAttribute(version, "hazardCode", hazardCode)) {
			if (INTERVAL.equals(EntriesInForce.text(entry, "kind"))) {
				rules.add(rule(entry, version.edition()));
			}
		}
		return rules;
	}

	static ExamRule rule(CatalogEntry entry, String edition) {
		String grade = EntriesInForce.text(entry, "grade");
		return new ExamRule(entry.code(), entry.name(), EntriesInForce.text(entry, "hazardCode"),
				grade == null ? ANY : grade, EntriesInForce.isTrue(entry, "isDefault"),
				new BigDecimal(EntriesInForce.text(entry, "intervalMonths")).intValueExact(),
				list(EntriesInForce.text(entry, "requiredItems")), list(EntriesInForce.text(entry, "contraindications")),
				EntriesInForce.text(entry, "basis"), EntriesInForce.isTrue(entry, "verified"), edition);
	}

	static List<String> list(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[;；]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

}
