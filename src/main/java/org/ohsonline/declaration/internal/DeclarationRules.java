package org.ohsonline.declaration.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationManagement;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;

import org.springframework.stereotype.Component;

/**
 * What a declaration must satisfy. A draft may be incomplete but never wrong (unknown factors,
 * negative headcounts, more people exposed than the employer employs, a factor with more people than
 * the total, a kind the employer's history does not allow); a submission must also be complete:
 * factors, the exposed total, the principal, the organisation, managers and training, measures, and
 * for a change the reasons. Item errors name the row
 * ({@code items[2].exposedHeadcount}) so the form shows them beside it.
 */
@Component
class DeclarationRules {

	static final int MAX_HEADCOUNT = 1_000_000;

	private final HazardFactors hazards;

	DeclarationRules(HazardFactors hazards) {
		this.hazards = hazards;
	}

	/** The command's items with their catalog names, blank rows dropped; only valid after {@link #check}. */
	List<DeclarationView.Item> items(DeclarationCommand command) {
		if (command.kind() == DeclarationKind.CANCELLATION) {
			return List.of();
		}
		List<DeclarationView.Item> items = new ArrayList<>();
		for (DeclarationCommand.Item item : filled(command.items())) {
			String code = item.hazardCode().trim();
			String name = this.hazards.findFactor(code).map(HazardFactor::name).orElse(code);
			items.add(new DeclarationView.Item(code, name, item.exposedHeadcount(), trimmed(item.posts()),
					trimmed(item.measures())));
		}
		return items;
	}

	/**
	 * Errors of a draft.
	 * @param hasAccepted whether the employer already has an accepted declaration
	 * @param changeReasons the reason codes a change declaration may give (catalog in force)
	 * @param workforce the employer's workforce in the register (no one can be exposed beyond it)
	 */
	List<FieldError> check(DeclarationCommand command, boolean hasAccepted, Set<String> changeReasons,
			int workforce) {
		List<FieldError> errors = new ArrayList<>();
		if (command.kind() == null) {
			errors.add(FieldError.of("kind", "declaration.error.kindRequired"));
			return errors;
		}
		if (command.kind() == DeclarationKind.INITIAL && hasAccepted) {
			errors.add(FieldError.of("kind", "declaration.error.initialAfterAccepted"));
		}
		if (command.kind() != DeclarationKind.INITIAL && !hasAccepted) {
			errors.add(FieldError.of("kind", "declaration.error.needsAccepted"));
		}
		if (command.kind() == DeclarationKind.CHANGE) {
			for (String reason : command.reasons()) {
				if (!changeReasons.contains(reason)) {
					errors.add(FieldError.of("reasons", "declaration.error.reasonUnknown", reason));
				}
			}
		}
		Limits.check(errors, "measures", command.measures(), Limits.TEXT);
		if (command.kind() != DeclarationKind.CANCELLATION) {
			checkItems(command.items(), errors);
			checkPeople(command.totalExposed(), command.items(), workforce, errors);
			checkManagement(command.management(), workforce, errors);
		}
		return errors;
	}

	/**
	 * The exposed total counts people: each worker once, however many factors they are exposed to. So
	 * it is at most the workforce, at least the largest factor's headcount (those workers are among
	 * them) and at most the sum of the factors' headcounts (person-times).
	 */
	private static void checkPeople(Integer total, List<DeclarationCommand.Item> items, int workforce,
			List<FieldError> errors) {
		if (total == null) {
			return;
		}
		if (total < 0 || total > MAX_HEADCOUNT) {
			errors.add(FieldError.of("totalExposed", "declaration.error.totalRange", MAX_HEADCOUNT));
			return;
		}
		if (total > workforce) {
			errors.add(FieldError.of("totalExposed", "declaration.error.totalAboveWorkforce", total, workforce));
		}
		int sum = 0;
		for (int i = 0; i < items.size(); i++) {
			DeclarationCommand.Item item = items.get(i);
			if (blank(item) || item.exposedHeadcount() == null || item.exposedHeadcount() < 0) {
				continue;
			}
			sum += item.exposedHeadcount();
			if (item.exposedHeadcount() > total) {
				errors.add(FieldError.of("items[" + i + "].exposedHeadcount", "declaration.error.headcountAboveTotal",
						i + 1, item.exposedHeadcount(), total));
			}
		}
		if (sum > 0 && total > sum) {
			errors.add(FieldError.of("totalExposed", "declaration.error.totalAboveSum", total, sum));
		}
	}

	private static void checkManagement(DeclarationManagement m, int workforce, List<FieldError> errors) {
		Limits.check(errors, "principalName", m.principalName(), Limits.NAME);
		checkManagers("fullTimeManagers", m.fullTimeManagers(), workforce, errors);
		checkManagers("partTimeManagers", m.partTimeManagers(), workforce, errors);
		if (m.fullTimeManagers() != null && m.partTimeManagers() != null && m.fullTimeManagers() >= 0
				&& m.partTimeManagers() >= 0 && m.managers() > workforce) {
			errors.add(FieldError.of("partTimeManagers", "declaration.error.managersAboveWorkforce", m.managers(),
					workforce));
		}
	}

	private static void checkManagers(String field, Integer managers, int workforce, List<FieldError> errors) {
		if (managers != null && (managers < 0 || managers > workforce)) {
			errors.add(FieldError.of(field, "declaration.error.managersRange", workforce));
		}
	}

	/** Errors of a submission, beyond those of a draft. */
	List<FieldError> checkComplete(DeclarationKind kind, List<String> reasons, String measures, int items,
			Integer totalExposed, DeclarationManagement management) {
		List<FieldError> errors = new ArrayList<>();
		if (kind == DeclarationKind.CANCELLATION) {
			return errors;
		}
		if (items == 0) {
			errors.add(FieldError.of("items", "declaration.error.itemsRequired"));
		}
		if (totalExposed == null) {
			errors.add(FieldError.of("totalExposed", "declaration.error.totalRequired"));
		}
		if (management.principalName() == null || management.principalName().isBlank()) {
			errors.add(FieldError.of("principalName", "declaration.error.principalRequired"));
		}
		if (management.principalTrained() == null) {
			errors.add(FieldError.of("principalTrained", "declaration.error.trainingRequired"));
		}
		if (management.organisation() == null) {
			errors.add(FieldError.of("organisation", "declaration.error.organisationRequired"));
		}
		if (management.fullTimeManagers() == null) {
			errors.add(FieldError.of("fullTimeManagers", "declaration.error.managersRequired"));
		}
		if (management.partTimeManagers() == null) {
			errors.add(FieldError.of("partTimeManagers", "declaration.error.managersRequired"));
		}
		if (management.managers() > 0 && management.managersTrained() == null) {
			errors.add(FieldError.of("managersTrained", "declaration.error.trainingRequired"));
		}
		if (measures == null || measures.isBlank()) {
			errors.add(FieldError.of("measures", "declaration.error.measuresRequired"));
		}
		if (kind == DeclarationKind.CHANGE && reasons.isEmpty()) {
			errors.add(FieldError.of("reasons", "declaration.error.reasonsRequired"));
		}
		return errors;
	}

	private void checkItems(List<DeclarationCommand.Item> items, List<FieldError> errors) {
		Map<String, Integer> seen = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			DeclarationCommand.Item item = items.get(i);
			if (blank(item)) {
				continue;
			}
			String row = "items[" + i + "].";
			String code = item.hazardCode() == null ? "" : item.hazardCode().trim();
			Optional<HazardFactor> factor = code.isEmpty() ? Optional.empty() : this.hazards.findFactor(code);
			if (code.isEmpty()) {
				errors.add(FieldError.of(row + "hazardCode", "declaration.error.hazardRequired", i + 1));
			}
			else if (factor.isEmpty()) {
				errors.add(FieldError.of(row + "hazardCode", "declaration.error.hazardUnknown", i + 1, code));
			}
			else if (seen.putIfAbsent(code, i + 1) != null) {
				errors.add(FieldError.of(row + "hazardCode", "declaration.error.hazardDuplicate", i + 1, code,
						seen.get(code)));
			}
			if (item.exposedHeadcount() == null) {
				errors.add(FieldError.of(row + "exposedHeadcount", "declaration.error.headcountRequired", i + 1));
			}
			else if (item.exposedHeadcount() < 0 || item.exposedHeadcount() > MAX_HEADCOUNT) {
				errors.add(FieldError.of(row + "exposedHeadcount", "declaration.error.headcountRange", i + 1,
						MAX_HEADCOUNT));
			}
			Limits.check(errors, row + "posts", item.posts(), Limits.NOTE);
			Limits.check(errors, row + "measures", item.measures(), Limits.NOTE);
		}
	}

	private static List<DeclarationCommand.Item> filled(List<DeclarationCommand.Item> items) {
		return items.stream().filter(item -> !blank(item)).toList();
	}

	/** A row the form added and the user left empty. */
	static boolean blank(DeclarationCommand.Item item) {
		return item == null || (isBlank(item.hazardCode()) && item.exposedHeadcount() == null && isBlank(item.posts())
				&& isBlank(item.measures()));
	}

	/** The reason codes a command keeps: only a change declaration gives reasons. */
	static List<String> reasons(DeclarationCommand command) {
		if (command.kind() != DeclarationKind.CHANGE) {
			return List.of();
		}
		return List.copyOf(new java.util.LinkedHashSet<>(command.reasons()));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String trimmed(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static Set<String> codes(List<DeadlineRules.Rule> rules) {
		Set<String> codes = new HashSet<>();
		rules.forEach(rule -> codes.add(rule.reason()));
		return codes;
	}

}
