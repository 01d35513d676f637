package org.ohsonline.registry.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.Picks;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * What the searchable pickers of the console offer for employers and workers: the first matches of
 * what was typed, in the caller's own scope (a select of 741 employers is not usable). Console JSON,
 * not API: the pages ask with the user's session.
 */
@Controller
class PickerController {

	private final Employers employers;

	private final Workers workers;

	private final Divisions divisions;

	PickerController(Employers employers, Workers workers, Divisions divisions) {
		this.employers = employers;
		this.workers = workers;
		this.divisions = divisions;
	}

	/** Employers by name or credit code. */
	@GetMapping("/pick/employers")
	@PreAuthorize("hasAuthority('registry:employer:read')")
	@ResponseBody
	Picks employers(Actor actor, @RequestParam(required = false) String q) {
		Page<EmployerSummary> found = this.employers.search(actor,
				new EmployerFilter(Text.blankToNull(q), null, null, null, null, null, "name"), PageQuery.of(1, Picks.LIMIT));
		List<Picks.Option> options = found.items()
			.stream()
			.map(e -> new Picks.Option(String.valueOf(e.id()), e.name(),
					e.creditCode() + " · " + this.divisions.fullName(e.regionCode())))
			.toList();
		return new Picks(options, found.total() > options.size());
	}

	/**
	 * Workers of an employer (now or before) by name: the employer chosen beside the picker, or an
	 * employer's manager's own. Nothing until an employer is chosen: a region's workers are too many to
	 * look through by name.
	 */
	@GetMapping("/pick/workers")
	@PreAuthorize("hasAuthority('registry:worker:read')")
	@ResponseBody
	Picks workers(Actor actor, @RequestParam(required = false) Long employerId, @RequestParam(required = false) String q) {
		Long employer = employerId;
		if (employer == null && actor.scope().kind() == Scope.Kind.EMPLOYER) {
			employer = this.employers.search(actor, EmployerFilter.none(), PageQuery.of(1, 1))
				.items()
				.stream()
				.findFirst()
				.map(EmployerSummary::id)
				.orElse(null);
		}
		if (employer == null) {
			return new Picks(List.of(), false);
		}
		Page<EmploymentView> found = this.workers.workforce(actor, employer, false, Text.blankToNull(q),
				PageQuery.of(1, Picks.LIMIT));
		Map<Long, Picks.Option> options = new LinkedHashMap<>();
		for (EmploymentView e : found.items()) {
			options.putIfAbsent(e.workerId(), new Picks.Option(String.valueOf(e.workerId()), e.workerName(),
					e.postName() == null ? "" : e.postName()));
		}
		return new Picks(List.copyOf(options.values()), found.total() > found.items().size());
	}

}
