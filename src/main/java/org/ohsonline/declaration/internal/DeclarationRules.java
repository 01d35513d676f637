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
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;

import org.springframework.stereotype.Component;

/**
 * What a declaration must satisfy. A draft may be incomplete but never wrong (unknown factors,
 * negative headcounts, a kind the employer's history does not allow); a submission must also be
 * complete: factors, measures, and for a change the reasons. Item errors name the row
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
	 */
	List<FieldError> check(DeclarationCommand command, boolean hasAccepted, Set<String> changeReasons) {
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
		}
		return errors;
	}

	/** Errors of a submission, beyond those of a draft. */
	List<FieldError> checkComplete(DeclarationKind kind, List<String> reasons, String measures, int items) {
		List<FieldError> errors = new ArrayList<>();
		if (kind == DeclarationKind.CANCELLATION) {
			return errors;
		}
		if (items == 0) {
			errors.add(FieldError.of("items", "declaration.error.itemsRequired"));
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
