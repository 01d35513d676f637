package org.ohsonline.registry.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.PageQuery;

import static org.ohsonline.shared.Text.blankToNull;
import static org.ohsonline.registry.imports.RowHandler.cell;

/**
 * Rows of a workers file: each hires one person at an employer already in the register (import
 * the employers first). Employers are named by credit code and posts by name, as people know
 * them; both are looked up in the importer's scope once per file.
 */
final class WorkerRows implements RowHandler {

	private static final Map<String, Integer> COLUMNS = Map.of("idNumber", 0, "name", 1, "mobile", 2, "employer", 3,
			"postId", 4, "hiredOn", 5, "dispatched", 6, "hostCreditCode", 7);

	private final Actor actor;

	private final Employers employers;

	private final Workers workers;

	private final Map<String, Optional<Long>> employerIds = new HashMap<>();

	private final Map<Long, Map<String, List<Long>>> posts = new HashMap<>();

	WorkerRows(Actor actor, Employers employers, Workers workers) {
		this.actor = actor;
		this.employers = employers;
		this.workers = workers;
	}

	@Override
	public Map<String, Integer> columns() {
		return COLUMNS;
	}

	@Override
	public List<FieldError> check(List<String> cells) {
		List<FieldError> errors = new ArrayList<>();
		HireCommand command = command(cells, errors);
		if (command != null) {
			errors.addAll(this.workers.check(this.actor, command));
		}
		return errors;
	}

	@Override
	public void apply(List<String> cells) {
		List<FieldError> errors = new ArrayList<>();
		HireCommand command = command(cells, errors);
		if (command == null || !errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.workers.hire(this.actor, command);
	}

	/** The hire the row asks for; {@code null} when its employer is unknown (nothing else can be checked). */
	private HireCommand command(List<String> cells, List<FieldError> errors) {
		String code = cell(cells, 3).toUpperCase();
		Optional<Long> employer = employer(code);
		if (employer.isEmpty()) {
			errors.add(FieldError.of("employer", "registry.import.employerUnknown", code));
			return null;
		}
		Long postId = null;
		String postName = cell(cells, 4);
		if (!postName.isEmpty()) {
			List<Long> matching = posts(employer.get()).getOrDefault(postName, List.of());
			if (matching.size() == 1) {
				postId = matching.get(0);
			}
			else {
				errors.add(FieldError.of("postId",
						matching.isEmpty() ? "registry.import.postUnknown" : "registry.import.postAmbiguous", postName));
			}
		}
		LocalDate hiredOn = RowHandler.date(cell(cells, 5), "hiredOn", errors);
		boolean dispatched = RowHandler.yes(cell(cells, 6), "dispatched", errors);
		// The host is named by its credit code and confirms the dispatch itself; the register checks it.
		String host = dispatched ? blankToNull(cell(cells, 7)) : null;
		return new HireCommand(new WorkerCommand(cell(cells, 0), cell(cells, 1), blankToNull(cell(cells, 2))),
				employer.get(), postId, hiredOn, dispatched, host);
	}

	private Optional<Long> employer(String creditCode) {
		if (creditCode.isEmpty()) {
			return Optional.empty();
		}
		return this.employerIds.computeIfAbsent(creditCode, code -> this.employers
			.search(this.actor, new EmployerFilter(code, null, null, null, null, null, null), PageQuery.of(1, 5))
			.items()
			.stream()
			.filter(e -> e.creditCode().equals(code))
			.map(e -> e.id())
			.findFirst());
	}

	private Map<String, List<Long>> posts(long employerId) {
		return this.posts.computeIfAbsent(employerId, id -> {
			Map<String, List<Long>> byName = new HashMap<>();
			for (StructureViews.Site site : this.employers.structure(this.actor, id)) {
				for (StructureViews.Workshop workshop : site.workshops()) {
					workshop.posts().forEach(p -> byName.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.id()));
				}
			}
			return byName;
		});
	}

}
