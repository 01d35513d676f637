package org.ohsonline.registry.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SolventUse;

import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;

import static org.ohsonline.shared.Text.blankToNull;
import static org.ohsonline.registry.imports.RowHandler.cell;

/** Rows of an employers file: each registers one employer. */
final class EmployerRows implements RowHandler {

	private static final Map<String, Integer> COLUMNS = Map.ofEntries(Map.entry("creditCode", 0), Map.entry("name", 1),
			Map.entry("regionCode", 2), Map.entry("address", 3), Map.entry("industryCode", 4),
			Map.entry("economicTypeCode", 5), Map.entry("employees", 6), Map.entry("annualRevenue", 7),
			Map.entry("legalRepresentative", 8), Map.entry("ohManagerName", 9), Map.entry("ohManagerPhone", 10),
			Map.entry("contactPhone", 11), Map.entry("activities", 12), Map.entry("solventUse", 13));

	private final Actor actor;

	private final Employers employers;

	EmployerRows(Actor actor, Employers employers) {
		this.actor = actor;
		this.employers = employers;
	}

	@Override
	public Map<String, Integer> columns() {
		return COLUMNS;
	}

	@Override
	public List<FieldError> check(List<String> cells) {
		List<FieldError> errors = new ArrayList<>();
		EmployerCommand command = command(cells, errors);
		// The service checks everything else, including what the unreadable numbers left empty.
		errors.addAll(this.employers.check(this.actor, command).stream()
			.filter(e -> errors.stream().noneMatch(mine -> mine.field().equals(e.field())))
			.toList());
		return errors;
	}

	@Override
	public void apply(List<String> cells) {
		List<FieldError> errors = new ArrayList<>();
		EmployerCommand command = command(cells, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.employers.register(this.actor, command);
	}

	private static EmployerCommand command(List<String> cells, List<FieldError> errors) {
		Long employees = RowHandler.whole(cell(cells, 6), "employees", errors);
		return new EmployerCommand(cell(cells, 0).toUpperCase(), cell(cells, 1), cell(cells, 2), cell(cells, 3),
				cell(cells, 4), blankToNull(cell(cells, 5)),
				employees == null || employees > Integer.MAX_VALUE ? null : employees.intValue(),
				RowHandler.whole(cell(cells, 7), "annualRevenue", errors), cell(cells, 8), blankToNull(cell(cells, 9)),
				blankToNull(cell(cells, 10)), blankToNull(cell(cells, 11)), null, answers(cells, errors));
	}

	/** Activity codes separated by ; or 、, and 是/否 (blank: not answered) for benzene-type solvents. */
	private static SeverityAnswers answers(List<String> cells, List<FieldError> errors) {
		Set<String> activities = new HashSet<>();
		for (String code : cell(cells, 12).split("[;；、,，\\s]+")) {
			if (!code.isBlank()) {
				activities.add(code.trim());
			}
		}
		String solvents = cell(cells, 13);
		SolventUse use = null;
		if (!solvents.isBlank()) {
			use = RowHandler.yes(solvents, "solventUse", errors) ? SolventUse.USED : SolventUse.NOT_USED;
		}
		return new SeverityAnswers(activities, use);
	}

}
