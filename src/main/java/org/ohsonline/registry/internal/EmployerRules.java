package org.ohsonline.registry.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.PostCommand;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Component;

/**
 * The rules an employer and its posts obey, checked against the catalogs in force. Every broken
 * rule is reported, not just the first.
 */
@Component
class EmployerRules {

	/** More answers than the directory has split groups cannot be meant. */
	private static final int MAX_ACTIVITIES = 20;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

	private final EmployerStore store;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final Catalogs catalogs;

	private final java.time.Clock clock;

	private final IndustrySeverities severities;

	EmployerRules(EmployerStore store, Divisions divisions, Industries industries, HazardFactors hazards,
			Catalogs catalogs, IndustrySeverities severities, java.time.Clock clock) {
		this.clock = clock;
		this.severities = severities;
		this.store = store;
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
		this.catalogs = catalogs;
	}

	/** Checks an employer to register ({@code current == null}) or to change. */
	List<FieldError> check(Actor actor, EmployerCommand command, EmployerStore.Row current) {
		List<FieldError> errors = new ArrayList<>();
		if (current == null) {
			String code = command.creditCode() == null ? null : command.creditCode().trim().toUpperCase();
			Optional<FieldError> problem = CreditCode.check("creditCode", code);
			if (problem.isPresent()) {
				errors.add(problem.get());
			}
			else if (this.store.creditCodeTaken(code, null)) {
				errors.add(FieldError.of("creditCode", "registry.employer.creditCodeTaken", code));
			}
		}
		else if (command.creditCode() != null && !command.creditCode().isBlank()
				&& !command.creditCode().trim().equalsIgnoreCase(current.creditCode())) {
			errors.add(FieldError.of("creditCode", "registry.employer.creditCodeFixed"));
		}
		requireText(errors, "name", command.name(), 100);
		requireText(errors, "address", command.address(), 200);
		requireText(errors, "legalRepresentative", command.legalRepresentative(), 50);
		checkRegion(actor, errors, command.regionCode(), current);
		checkIndustry(errors, "industryCode", command.industryCode());
		if (command.economicTypeCode() != null && !command.economicTypeCode().isBlank()
				&& !inCatalog("economic-types", command.economicTypeCode().trim())) {
			errors.add(FieldError.of("economicTypeCode", "registry.employer.economicTypeUnknown",
					command.economicTypeCode()));
		}
		if (command.employees() == null || command.employees() < 0 || command.employees() > 1_000_000) {
			errors.add(FieldError.of("employees", "registry.employer.employeesInvalid"));
		}
		if (command.annualRevenue() != null && command.annualRevenue() < 0) {
			errors.add(FieldError.of("annualRevenue", "registry.employer.revenueInvalid"));
		}
		Limits.check(errors, "ohManagerName", command.ohManagerName(), 50);
		if (command.productionStartedOn() != null && command.productionStartedOn()
			.isAfter(java.time.LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))) {
			errors.add(FieldError.of("productionStartedOn", "registry.employer.productionStartInFuture"));
		}
		checkPhone(errors, "ohManagerPhone", command.ohManagerPhone());
		checkPhone(errors, "contactPhone", command.contactPhone());
		checkActivities(errors, command, current);
		return errors;
	}

	/**
	 * Each activity answers a split group of the directory in force that the employer's industry or one
	 * of its sites' falls in (and whose class does not already decide), at most one per group: an
	 * activity of another group would be stored and never count.
	 */
	private void checkActivities(List<FieldError> errors, EmployerCommand command, EmployerStore.Row current) {
		if (command.severityAnswers() == null || command.severityAnswers().activities().isEmpty()) {
			return;
		}
		if (command.severityAnswers().activities().size() > MAX_ACTIVITIES) {
			errors.add(FieldError.of("activities", "registry.employer.activitiesTooMany", MAX_ACTIVITIES));
			return;
		}
		RiskDirectory directory = this.severities.directory();
		List<String> industries = new ArrayList<>();
		industries.add(command.industryCode());
		if (current != null) {
			industries.addAll(this.store.siteIndustries(current.id()));
		}
		Set<String> asked = new HashSet<>();
		industries.forEach(code -> directory.activityQuestion(code).ifPresent(group -> asked.add(group.code())));
		Set<String> answered = new HashSet<>();
		for (String entered : command.severityAnswers().activities()) {
			String code = entered == null ? "" : entered.trim();
			if (code.isEmpty()) {
				continue;
			}
			Optional<RiskDirectory.Activity> activity = directory.activity(code);
			if (activity.isEmpty() || !asked.contains(activity.get().groupCode())) {
				errors.add(FieldError.of("activities", "registry.employer.activityNotAsked",
						code.length() > 20 ? code.substring(0, 20) : code));
			}
			else if (!answered.add(activity.get().groupCode())) {
				errors.add(FieldError.of("activities", "registry.employer.activityTwice", activity.get().groupCode()));
			}
		}
	}

	List<FieldError> checkPost(PostCommand command) {
		List<FieldError> errors = new ArrayList<>();
		requireText(errors, "name", command.name(), 100);
		if (command.hoursPerDay() == null || command.hoursPerDay().signum() <= 0
				|| command.hoursPerDay().compareTo(BigDecimal.valueOf(24)) > 0) {
			errors.add(FieldError.of("hoursPerDay", "registry.post.hoursInvalid"));
		}
		if (command.daysPerWeek() == null || command.daysPerWeek().signum() <= 0
				|| command.daysPerWeek().compareTo(BigDecimal.valueOf(7)) > 0) {
			errors.add(FieldError.of("daysPerWeek", "registry.post.daysInvalid"));
		}
		if (command.exposedHeadcount() == null || command.exposedHeadcount() < 0) {
			errors.add(FieldError.of("exposedHeadcount", "registry.post.headcountInvalid"));
		}
		Set<String> seen = new HashSet<>();
		for (String code : command.hazardCodes()) {
			if (!seen.add(code)) {
				errors.add(FieldError.of("hazardCodes", "registry.post.hazardDuplicate", code));
			}
			else if (this.hazards.findFactor(code).isEmpty()) {
				errors.add(FieldError.of("hazardCodes", "registry.post.hazardUnknown", code));
			}
		}
		return errors;
	}

	void checkIndustry(List<FieldError> errors, String field, String code) {
		if (code == null || !code.matches("\\d{4}") || this.industries.findIndustry(code).isEmpty()) {
			errors.add(FieldError.of(field, "registry.employer.industryUnknown", String.valueOf(code)));
		}
	}

	void requireText(List<FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank() || value.trim().length() > max) {
			errors.add(FieldError.of(field, "registry.field.required", max));
		}
		else {
			Limits.check(errors, field, value, max);
		}
	}

	private void checkRegion(Actor actor, List<FieldError> errors, String region, EmployerStore.Row current) {
		if (region == null || !RegionCode.isValid(region) || region.length() < 6 || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "registry.employer.regionUnknown", String.valueOf(region)));
			return;
		}
		boolean moved = current == null || !region.equals(current.regionCode());
		if (moved && (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(region))) {
			errors.add(FieldError.of("regionCode", "registry.employer.regionOutsideScope", region));
		}
	}

	private void checkPhone(List<FieldError> errors, String field, String phone) {
		if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.trim()).matches()) {
			errors.add(FieldError.of(field, "registry.employer.phoneInvalid"));
		}
	}

	private boolean inCatalog(String catalog, String code) {
		return this.catalogs.entriesInForce(catalog, code, 1).stream().anyMatch(e -> e.code().equals(code));
	}

}
