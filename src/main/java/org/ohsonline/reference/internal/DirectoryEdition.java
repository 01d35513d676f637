package org.ohsonline.reference.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.IndustrySeverity;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityDecision;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.reference.SolventUse;

/**
 * A version of the {@code industry-severity} catalog in memory. Entries carry {@code kind}:
 * {@code heading} (a section, division or group printed without a class), {@code entry} (a group or
 * class with its {@code severity}), {@code split} (a group printed without a class whose
 * {@code activity} entries, its children, carry the classes) and {@code activity}. Versions loaded
 * before kinds existed have only {@code severity}: an entry with a severity is then a listed entry.
 * {@code solventFreeSeverity} marks a starred industry with the class it has without benzene-type
 * solvents; {@code classes} on an activity names the GB/T 4754 classes that are that activity.
 */
final class DirectoryEdition implements RiskDirectory {

	static final String HEADING = "heading";

	static final String ENTRY = "entry";

	static final String SPLIT = "split";

	static final String ACTIVITY = "activity";

	private static final RiskDirectory EMPTY = new DirectoryEdition(null, List.of(), Map.of());

	private final CatalogVersion version;

	private final Map<String, CatalogEntry> entries = new HashMap<>();

	private final Map<String, SplitGroup> groups = new LinkedHashMap<>();

	private final Map<String, Activity> activities = new HashMap<>();

	private final Map<String, String> sections;

	/**
	 * @param sectionsByDivision the section (门类) of each division (大类) from the industries catalog, for
	 * directories that list whole sections
	 */
	DirectoryEdition(CatalogVersion version, Collection<CatalogEntry> entries, Map<String, String> sectionsByDivision) {
		this.version = version;
		this.sections = Map.copyOf(sectionsByDivision);
		entries.forEach(e -> this.entries.put(e.code(), e));
		Map<String, List<Activity>> byGroup = new HashMap<>();
		for (CatalogEntry e : entries) {
			if (ACTIVITY.equals(kind(e)) && e.parentCode() != null && severity(e) != null) {
				Activity activity = new Activity(e.code(), e.parentCode(), e.name(),
						EntriesInForce.text(e, "activity"), severity(e), classes(e));
				byGroup.computeIfAbsent(e.parentCode(), g -> new ArrayList<>()).add(activity);
				this.activities.put(e.code(), activity);
			}
		}
		entries.stream()
			.filter(e -> SPLIT.equals(kind(e)) && byGroup.containsKey(e.code()))
			.sorted(Comparator.comparing(CatalogEntry::code))
			.forEach(e -> this.groups.put(e.code(), new SplitGroup(e.code(), e.name(),
					byGroup.get(e.code()).stream().sorted(Comparator.comparing(Activity::code)).toList())));
	}

	static RiskDirectory empty() {
		return EMPTY;
	}

	@Override
	public Long versionId() {
		return this.version == null ? null : this.version.id();
	}

	@Override
	public String edition() {
		return this.version == null ? null : this.version.edition();
	}

	@Override
	public String source() {
		return this.version == null ? null : this.version.source();
	}

	@Override
	public Optional<IndustrySeverity> classify(String industryCode, SeverityAnswers answers) {
		SeverityAnswers given = answers == null ? SeverityAnswers.none() : answers;
		return deciding(industryCode).map(entry -> {
			if (!SPLIT.equals(kind(entry))) {
				return resolve(entry, given, SeverityDecision.LISTED);
			}
			SplitGroup group = this.groups.get(entry.code());
			Optional<Activity> byClass = byClass(group, industryCode);
			if (byClass.isPresent()) {
				return resolve(this.entries.get(byClass.get().code()), given, SeverityDecision.CLASS);
			}
			Optional<Activity> answered = group.activities().stream().filter(a -> given.activities().contains(a.code())).findFirst();
			if (answered.isPresent()) {
				return resolve(this.entries.get(answered.get().code()), given, SeverityDecision.ACTIVITY);
			}
			// Not answered: the stricter activity until the employer says which (the directory's
			// "higher class wins" applied to what is not known).
			Severity strict = null;
			Severity lenient = null;
			for (Activity a : group.activities()) {
				IndustrySeverity each = resolve(this.entries.get(a.code()), given, SeverityDecision.ACTIVITY);
				strict = strict == null ? each.severity() : Severity.higher(strict, each.severity());
				lenient = lenient == null ? each.lenient() : Severity.lower(lenient, each.lenient());
			}
			return new IndustrySeverity(entry.code(), strict, edition(), this.version.source(), verified(entry),
					entry.name(), SeverityDecision.STRICTER_DEFAULT, SeverityQuestion.ACTIVITY, lenient);
		});
	}

	@Override
	public Optional<SplitGroup> activityQuestion(String industryCode) {
		return deciding(industryCode).filter(e -> SPLIT.equals(kind(e)))
			.map(e -> this.groups.get(e.code()))
			.filter(group -> byClass(group, industryCode).isEmpty());
	}

	@Override
	public boolean asksAboutSolvents(String industryCode) {
		return deciding(industryCode).map(e -> {
			if (!SPLIT.equals(kind(e))) {
				return solventFree(e) != null;
			}
			return this.groups.get(e.code()).activities().stream().anyMatch(a -> solventFree(this.entries.get(a.code())) != null);
		}).orElse(false);
	}

	@Override
	public List<SplitGroup> splitGroups() {
		return List.copyOf(this.groups.values());
	}

	@Override
	public Optional<Activity> activity(String code) {
		return Optional.ofNullable(code == null ? null : this.activities.get(code.trim()));
	}

	/** The most specific entry among the code, its group, division and section that has a class or a split. */
	private Optional<CatalogEntry> deciding(String industryCode) {
		if (this.version == null) {
			return Optional.empty();
		}
		String code = industryCode == null ? "" : industryCode.trim();
		Optional<String> section = code.length() >= 2 && code.chars().allMatch(Character::isDigit)
				? Optional.ofNullable(this.sections.get(code.substring(0, 2))) : Optional.empty();
		for (String candidate : SeverityLookup.candidates(code, section)) {
			CatalogEntry entry = this.entries.get(candidate);
			if (entry == null) {
				continue;
			}
			String kind = kind(entry);
			if (SPLIT.equals(kind) && this.groups.containsKey(entry.code())
					|| !SPLIT.equals(kind) && !ACTIVITY.equals(kind) && severity(entry) != null) {
				return Optional.of(entry);
			}
		}
		return Optional.empty();
	}

	private static Optional<Activity> byClass(SplitGroup group, String industryCode) {
		String code = industryCode == null ? "" : industryCode.trim();
		return group.activities().stream().filter(a -> a.classes().contains(code)).findFirst();
	}

	/** An entry's class under the answers: a starred industry follows the solvent answer, the stricter until given. */
	private IndustrySeverity resolve(CatalogEntry entry, SeverityAnswers answers, SeverityDecision decision) {
		Severity severity = severity(entry);
		Severity free = solventFree(entry);
		String source = this.version.source();
		if (free == null) {
			return new IndustrySeverity(entry.code(), severity, edition(), source, verified(entry), entry.name(),
					decision, null, severity);
		}
		if (answers.solventUse() != null) {
			Severity answered = answers.solventUse() == SolventUse.NOT_USED ? free : severity;
			return new IndustrySeverity(entry.code(), answered, edition(), source, verified(entry), entry.name(),
					SeverityDecision.SOLVENTS, null, answered);
		}
		return new IndustrySeverity(entry.code(), Severity.higher(severity, free), edition(), source, verified(entry),
				entry.name(), SeverityDecision.STRICTER_DEFAULT, SeverityQuestion.SOLVENTS, Severity.lower(severity, free));
	}

	static String kind(CatalogEntry entry) {
		String kind = EntriesInForce.text(entry, "kind");
		if (kind != null) {
			return kind;
		}
		return severity(entry) != null ? ENTRY : HEADING;
	}

	static Severity severity(CatalogEntry entry) {
		return parse(EntriesInForce.text(entry, "severity"));
	}

	static Severity solventFree(CatalogEntry entry) {
		return parse(EntriesInForce.text(entry, "solventFreeSeverity"));
	}

	private static Severity parse(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(Severity.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
	}

	static List<String> classes(CatalogEntry entry) {
		String classes = EntriesInForce.text(entry, "classes");
		return classes == null ? List.of()
				: Arrays.stream(classes.split("[;,\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).toList();
	}

	private static boolean verified(CatalogEntry entry) {
		return EntriesInForce.isTrue(entry, "verified");
	}

}
