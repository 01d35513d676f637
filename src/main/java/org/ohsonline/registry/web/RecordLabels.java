package org.ohsonline.registry.web;

import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * What a searchable picker shows for the record a page was opened with ({@code ?employerId=42}): its
 * name, read in the user's own scope ({@code ""} when the user may not see it, so a link cannot reveal
 * a name). Templates use {@code ${@recordLabels.employer(currentUser, filter.employerId)}}.
 */
@Component("recordLabels")
public class RecordLabels {

	private final Employers employers;

	private final Workers workers;

	private final HazardFactors hazards;

	RecordLabels(Employers employers, Workers workers, HazardFactors hazards) {
		this.employers = employers;
		this.workers = workers;
		this.hazards = hazards;
	}

	public String employer(Actor actor, Long id) {
		if (actor == null || id == null || !actor.can("registry:employer:read")) {
			return "";
		}
		return this.employers.inScope(actor, id).map(EmployerView::name).orElse("");
	}

	public String worker(Actor actor, Long id) {
		if (actor == null || id == null || !actor.can("registry:worker:read")) {
			return "";
		}
		return this.workers.inScope(actor, id).map(WorkerView::name).orElse("");
	}

	public String hazard(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return this.hazards.findFactor(code.trim()).map(HazardFactor::name).orElse(code);
	}

}
