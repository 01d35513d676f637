package org.ohsonline.agency.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The rules an agency, its qualification and its scope obey, checked against the catalogs in
 * force. Every broken rule is reported, not just the first.
 */
@Component
class AgencyRules {

	static final int MAX_DAILY_CAPACITY = 10_000;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

	private final AgencyStore store;

	private final Divisions divisions;

	private final HazardFactors hazards;

	AgencyRules(AgencyStore store, Divisions divisions, HazardFactors hazards) {
		this.store = store;
		this.divisions = divisions;
		this.hazards = hazards;
	}

	/** Checks an agency to register ({@code current == null}) or to change, on the day. */
	List<FieldError> check(Actor actor, AgencyCommand command, AgencyStore.Row current, LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (current == null) {
			if (command.kind() == null) {
				errors.add(FieldError.of("kind", "agency.agency.kindRequired"));
			}
			String code = command.creditCode() == null ? null : command.creditCode().trim().toUpperCase();
			Optional<FieldError> problem = CreditCode.check("creditCode", code);
			if (problem.isPresent()) {
				errors.add(problem.get());
			}
			else if (command.kind() != null && this.store.taken(code, command.kind())) {
				errors.add(FieldError.of("creditCode", "agency.agency.creditCodeTaken", code));
			}
		}
		else {
			if (command.creditCode() != null && !command.creditCode().isBlank()
					&& !command.creditCode().trim().equalsIgnoreCase(current.creditCode())) {
				errors.add(FieldError.of("creditCode", "agency.agency.creditCodeFixed"));
			}
			if (command.kind() != null && command.kind() != current.kind()) {
				errors.add(FieldError.of("kind", "agency.agency.kindFixed"));
			}
		}
		requireText(errors, "name", command.name(), 100);
		requireText(errors, "address", command.address(), 200);
		requireText(errors, "certificateNumber", command.certificateNumber(), 50);
		requireText(errors, "issuingAuthority", command.issuingAuthority(), 100);
		Limits.check(errors, "contactName", command.contactName(), 50);
		if (command.contactPhone() != null && !command.contactPhone().isBlank()
				&& !PHONE.matcher(command.contactPhone().trim()).matches()) {
			errors.add(FieldError.of("contactPhone", "agency.agency.phoneInvalid"));
		}
		checkRegion(actor, errors, command.regionCode(), current);
		checkValidity(errors, command, current, today);
		return errors;
	}

	private void checkValidity(List<FieldError> errors, AgencyCommand command, AgencyStore.Row current,
			LocalDate today) {
		if (command.validFrom() == null) {
			errors.add(FieldError.of("validFrom", "agency.agency.validFromRequired"));
		}
		if (command.validTo() == null) {
			errors.add(FieldError.of("validTo", "agency.agency.validToRequired"));
			return;
		}
		if (command.validFrom() != null && command.validTo().isBefore(command.validFrom())) {
			errors.add(FieldError.of("validTo", "agency.agency.validToBeforeFrom"));
			return;
		}
		boolean datesChanged = current == null || !command.validTo().equals(current.validTo())
				|| !Objects.equals(command.validFrom(), current.validFrom());
		// A qualification that has already lapsed cannot be recorded as current: record the renewed
		// certificate, or suspend or revoke the organisation.
		if (datesChanged && command.validTo().isBefore(today)) {
			errors.add(FieldError.of("validTo", "agency.agency.qualificationExpired", command.validTo().toString()));
		}
	}

	/** Checks a scope for an organisation of the kind. */
	List<FieldError> checkScope(AgencyKind kind, QualificationScope scope) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, String> categories = categories();
		for (String code : scope.hazardCategories()) {
			if (!categories.containsKey(code)) {
				errors.add(FieldError.of("hazardCategories", "agency.scope.categoryUnknown", code));
			}
		}
		if (kind == AgencyKind.SERVICE_AGENCY) {
			if (!scope.hazardFactors().isEmpty()) {
				errors.add(FieldError.of("hazardFactors", "agency.scope.factorsForInstitutions"));
			}
			if (!scope.dailyCapacity().isEmpty()) {
				errors.add(FieldError.of("dailyCapacity", "agency.scope.capacityForExamInstitutions"));
			}
			return errors;
		}
		for (String code : scope.hazardFactors()) {
			if (this.hazards.findFactor(code).isEmpty()) {
				errors.add(FieldError.of("hazardFactors", "agency.scope.factorUnknown", code));
			}
		}
		if (!scope.jobTypes().isEmpty()) {
			errors.add(FieldError.of("jobTypes", "agency.scope.jobTypesForAgencies"));
		}
		if (kind == AgencyKind.DIAGNOSIS_INSTITUTION && !scope.dailyCapacity().isEmpty()) {
			errors.add(FieldError.of("dailyCapacity", "agency.scope.capacityForExamInstitutions"));
		}
		for (Map.Entry<ExamType, Integer> entry : scope.dailyCapacity().entrySet()) {
			Integer capacity = entry.getValue();
			if (capacity == null || capacity < 0 || capacity > MAX_DAILY_CAPACITY) {
				errors.add(FieldError.of("dailyCapacity", "agency.scope.capacityInvalid", entry.getKey().code(),
						MAX_DAILY_CAPACITY));
			}
		}
		return errors;
	}

	/** The hazard categories of the catalog in force (level 1 codes → names), by code. */
	Map<String, String> categories() {
		Map<String, String> categories = new TreeMap<>();
		for (HazardFactor factor : this.hazards.factors(null)) {
			if (factor.categoryCode() != null) {
				categories.putIfAbsent(factor.categoryCode(),
						factor.categoryName() == null ? factor.categoryCode() : factor.categoryName());
			}
		}
		return categories;
	}

	static void requireText(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank() || value.trim().length() > max) {
			errors.add(FieldError.of(field, "agency.field.required", max));
		}
		else {
			Limits.check(errors, field, value, max);
		}
	}

	private void checkRegion(Actor actor, List<FieldError> errors, String region, AgencyStore.Row current) {
		if (region == null || !RegionCode.isValid(region) || region.length() < 6 || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "agency.agency.regionUnknown", String.valueOf(region)));
			return;
		}
		boolean moved = current == null || !region.equals(current.regionCode());
		if (moved && (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(region))) {
			errors.add(FieldError.of("regionCode", "agency.agency.regionOutsideScope", region));
		}
	}


}
