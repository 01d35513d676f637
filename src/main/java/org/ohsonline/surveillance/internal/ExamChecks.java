package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ohsonline.agency.ExamType;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.ExamRule;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;

import org.springframework.stereotype.Component;

/**
 * The rules an exam must meet before anything is written: a type and a day not in the future, one
 * conclusion per known hazard with what its category needs (the suspected disease from the catalogue,
 * the contraindication or finding named), plausible typed results, and the items the rules in force
 * require for each hazard (except in an emergency exam). Every problem is reported, field by field.
 */
@Component
class ExamChecks {

	static final Set<Integer> FREQUENCIES = Set.of(500, 1000, 2000, 3000, 4000, 6000);

	private static final Pattern ITEM_CODE = Pattern.compile("\\d{7}");

	private static final Set<String> CHEST = Set.of("0", "1", "2", "3");

	private static final String DISEASES = "occupational-diseases";

	private final HazardFactors hazards;

	private final Catalogs catalogs;

	private final ExamRules rules;

	ExamChecks(HazardFactors hazards, Catalogs catalogs, ExamRules rules) {
		this.hazards = hazards;
		this.catalogs = catalogs;
		this.rules = rules;
	}

	List<FieldError> check(ExamCommand command, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (command.examType() == null) {
			errors.add(FieldError.of("examType", "surveillance.exam.typeRequired"));
		}
		if (command.examinedOn() == null) {
			errors.add(FieldError.of("examinedOn", "surveillance.exam.dateRequired"));
		}
		else if (command.examinedOn().isAfter(today)) {
			errors.add(FieldError.of("examinedOn", "surveillance.exam.dateInFuture", today.toString()));
		}
		if (blank(command.employerCreditCode())) {
			errors.add(FieldError.of("employerCreditCode", "surveillance.exam.employerRequired"));
		}
		else {
			CreditCode.check("employerCreditCode", normalised(command.employerCreditCode())).ifPresent(errors::add);
		}
		if (blank(command.workerIdNumber())) {
			errors.add(FieldError.of("workerIdNumber", "surveillance.exam.workerRequired"));
		}
		else {
			IdNumber.check("workerIdNumber", normalised(command.workerIdNumber())).ifPresent(errors::add);
		}
		conclusions(command, errors);
		audiogram(command, errors);
		results(command, errors);
		items(command, errors);
		if (errors.isEmpty() && command.examType() != ExamType.EMERGENCY) {
			requiredItems(command, errors);
		}
		return errors;
	}

	private void conclusions(ExamCommand command, List<FieldError> errors) {
		if (command.conclusions().isEmpty()) {
			errors.add(FieldError.of("conclusions", "surveillance.exam.conclusionsRequired"));
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.conclusions().size(); i++) {
			ExamCommand.HazardConclusion c = command.conclusions().get(i);
			String field = "conclusions[" + i + "]";
			if (c == null || blank(c.hazardCode()) || this.hazards.findFactor(c.hazardCode().trim()).isEmpty()) {
				errors.add(FieldError.of(field + ".hazardCode", "surveillance.exam.hazardUnknown",
						c == null || c.hazardCode() == null ? "" : c.hazardCode()));
				continue;
			}
			if (!seen.add(c.hazardCode().trim())) {
				errors.add(FieldError.of(field + ".hazardCode", "surveillance.exam.hazardTwice", c.hazardCode().trim()));
			}
			Limits.check(errors, field + ".detail", c.detail(), Limits.NOTE);
			if (c.conclusion() == null) {
				errors.add(FieldError.of(field + ".conclusion", "surveillance.exam.conclusionRequired"));
				continue;
			}
			switch (c.conclusion()) {
				case SUSPECTED_DISEASE -> {
					if (blank(c.diseaseCode()) || !diseaseKnown(c.diseaseCode().trim())) {
						errors.add(FieldError.of(field + ".diseaseCode", "surveillance.exam.diseaseRequired"));
					}
				}
				case CONTRAINDICATION, OTHER -> {
					if (blank(c.detail())) {
						errors.add(FieldError.of(field + ".detail", "surveillance.exam.detailRequired", Limits.NOTE));
					}
				}
				case RECHECK -> {
					if (c.recheckOn() != null && command.examinedOn() != null
							&& !c.recheckOn().isAfter(command.examinedOn())) {
						errors.add(FieldError.of(field + ".recheckOn", "surveillance.exam.recheckAfterExam"));
					}
				}
				case NORMAL -> {
					// nothing further
				}
			}
		}
	}

	private boolean diseaseKnown(String code) {
		return this.catalogs.entriesInForce(DISEASES, code, 5)
			.stream()
			.anyMatch(e -> e.code().equals(code) && "disease".equals(String.valueOf(e.attributes().get("kind"))));
	}

	private static void audiogram(ExamCommand command, List<FieldError> errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.audiogram().size(); i++) {
			ExamCommand.Threshold t = command.audiogram().get(i);
			String field = "audiogram[" + i + "]";
			String ear = t == null || t.ear() == null ? "" : t.ear().trim().toUpperCase(Locale.ROOT);
			if (!ear.equals("L") && !ear.equals("R")) {
				errors.add(FieldError.of(field + ".ear", "surveillance.exam.earInvalid"));
				continue;
			}
			if (t.frequencyHz() == null || !FREQUENCIES.contains(t.frequencyHz())) {
				errors.add(FieldError.of(field + ".frequencyHz", "surveillance.exam.frequencyInvalid"));
				continue;
			}
			if (t.thresholdDb() == null || t.thresholdDb() < -10 || t.thresholdDb() > 120) {
				errors.add(FieldError.of(field + ".thresholdDb", "surveillance.exam.thresholdInvalid", -10, 120));
			}
			if (!seen.add(ear + t.frequencyHz())) {
				errors.add(FieldError.of(field + ".frequencyHz", "surveillance.exam.thresholdTwice", ear, t.frequencyHz()));
			}
		}
	}

	private static void results(ExamCommand command, List<FieldError> errors) {
		if (!blank(command.chestResult()) && !CHEST.contains(command.chestResult().trim())) {
			errors.add(FieldError.of("chestResult", "surveillance.exam.chestInvalid"));
		}
		range(errors, "fvcPercent", command.fvcPercent(), 0, 200);
		range(errors, "fev1Percent", command.fev1Percent(), 0, 200);
		range(errors, "fev1FvcPercent", command.fev1FvcPercent(), 0, 100);
		range(errors, "bloodLead", command.bloodLead(), 0, 5000);
		range(errors, "wbc", command.wbc(), 0, 500);
		range(errors, "neutrophils", command.neutrophils(), 0, 500);
		range(errors, "hemoglobin", command.hemoglobin(), 0, 300);
		range(errors, "platelets", command.platelets(), 0, 3000);
		Limits.check(errors, "recommendation", command.recommendation(), Limits.TEXT);
	}

	private static void range(List<FieldError> errors, String field, BigDecimal value, int min, int max) {
		if (value != null && (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0)) {
			errors.add(FieldError.of(field, "surveillance.exam.outOfRange", min, max));
		}
	}

	private static void items(ExamCommand command, List<FieldError> errors) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < command.items().size(); i++) {
			ExamCommand.Item item = command.items().get(i);
			String field = "items[" + i + "]";
			if (item == null || blank(item.code()) || !ITEM_CODE.matcher(item.code().trim()).matches()) {
				errors.add(FieldError.of(field + ".code", "surveillance.exam.itemCodeInvalid"));
				continue;
			}
			if (blank(item.value())) {
				errors.add(FieldError.of(field + ".value", "surveillance.exam.itemValueRequired"));
			}
			Limits.check(errors, field + ".value", item.value(), Limits.NOTE);
			Limits.check(errors, field + ".unit", item.unit(), Limits.CODE);
			if (!seen.add(item.code().trim())) {
				errors.add(FieldError.of(field + ".code", "surveillance.exam.itemTwice", item.code().trim()));
			}
		}
	}

	/** Every item the rule of each hazard requires must be among the results. */
	private void requiredItems(ExamCommand command, List<FieldError> errors) {
		for (int i = 0; i < command.conclusions().size(); i++) {
			String hazard = command.conclusions().get(i).hazardCode().trim();
			Optional<ExamRule> rule = this.rules.ruleFor(hazard, null, command.examinedOn());
			if (rule.isEmpty()) {
				continue;
			}
			for (String required : rule.get().requiredItems()) {
				if (!present(command, required)) {
					errors.add(FieldError.of("conclusions[" + i + "].hazardCode", "surveillance.exam.itemMissing", hazard,
							required, rule.get().code()));
				}
			}
		}
	}

	/**
	 * Whether a required health indicator (表13 code; a group code such as 3040000 covers its items)
	 * is among the typed results or the further items.
	 */
	static boolean present(ExamCommand command, String required) {
		String prefix = required.replaceAll("0+$", "");
		if (prefix.startsWith("304")) {
			if (!command.audiogram().isEmpty()) {
				return true;
			}
		}
		if (prefix.startsWith("308") && !blank(command.chestResult()) && !"3".equals(command.chestResult().trim())) {
			return true;
		}
		if (prefix.startsWith("302") && command.fvcPercent() != null && command.fev1Percent() != null) {
			return true;
		}
		if (prefix.startsWith("40701") && command.bloodLead() != null) {
			return true;
		}
		if (prefix.startsWith("401") && command.wbc() != null) {
			return true;
		}
		return command.items().stream().anyMatch(i -> i.code() != null && i.code().trim().startsWith(prefix));
	}

	/** A code as the register keeps it: no surrounding spaces, upper case (the check character X). */
	static String normalised(String code) {
		return code.trim().toUpperCase(Locale.ROOT);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static boolean serious(ExamConclusion conclusion) {
		return conclusion == ExamConclusion.SUSPECTED_DISEASE || conclusion == ExamConclusion.CONTRAINDICATION;
	}

}
