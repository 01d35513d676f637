package org.ohsonline.registry.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Industries;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.RecordSection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The employer's case (一企一案): a header with identity and badges, and one tab per concern. */
@Controller
@PreAuthorize("hasAuthority('registry:employer:read')")
class EmployerController {

	static final String DETAIL = "registry/employer";

	private static final Set<String> TABS = Set.of("profile", "structure", "workers", "timeline");

	private final Employers employers;

	private final Workers workers;

	private final Timelines timelines;

	private final RecordSections sections;

	private final Divisions divisions;

	private final Industries industries;

	private final HazardFactors hazards;

	private final org.ohsonline.reference.IndustrySeverities severities;

	EmployerController(Employers employers, Workers workers, Timelines timelines, RecordSections sections,
			Divisions divisions, Industries industries, HazardFactors hazards,
			org.ohsonline.reference.IndustrySeverities severities) {
		this.severities = severities;
		this.employers = employers;
		this.workers = workers;
		this.timelines = timelines;
		this.sections = sections;
		this.divisions = divisions;
		this.industries = industries;
		this.hazards = hazards;
	}

	@GetMapping("/employers/{id}")
	String show(Actor actor, @PathVariable long id, @RequestParam(required = false) String tab,
			@RequestParam(defaultValue = "true") boolean current, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, Model model) {
		EmployerView employer = this.employers.find(actor, id);
		Optional<RecordSection> section = tab == null ? Optional.empty()
				: this.sections.find(actor, RecordSection.Subject.EMPLOYER, tab);
		String shown = tab != null && (TABS.contains(tab) || section.isPresent()) ? tab : "profile";
		if ("workers".equals(shown) && !actor.can("registry:worker:read")) {
			shown = "profile";
		}
		model.addAttribute("employer", employer);
		model.addAttribute("sections", this.sections.visible(actor, RecordSection.Subject.EMPLOYER));
		section.ifPresent(s -> {
			model.addAttribute("section", s);
			model.addAllAttributes(s.model(actor, id));
		});
		model.addAttribute("tab", shown);
		model.addAttribute("names", new Names(this.divisions, this.industries, this.hazards));
		model.addAttribute("statuses", List.of(EmployerStatus.values()));
		// The activities the employer gave, with the directory's words for them.
		org.ohsonline.reference.RiskDirectory directory = this.severities.directory();
		model.addAttribute("answeredActivities", employer.severityAnswers().activities().stream().sorted()
			.map(code -> directory.activity(code).map(a -> a.name()).orElse(code)).toList());
		switch (shown) {
			case "structure" -> model.addAttribute("sites", this.employers.structure(actor, id));
			case "workers" -> {
				model.addAttribute("current", current);
				model.addAttribute("q", q);
				model.addAttribute("workforce", this.workers.workforce(actor, id, current, q, PageQuery.of(page, 20)));
				model.addAttribute("pendingDispatches", this.workers.pendingDispatches(actor, id));
				model.addAttribute("base", UriComponentsBuilder.fromPath("/employers/" + id)
					.queryParam("tab", "workers")
					.queryParam("current", current)
					.queryParam("q", q == null ? "" : q)
					.encode()
					.toUriString());
			}
			case "timeline" -> model.addAttribute("timeline", this.timelines.employer(actor, id));
			default -> {
			}
		}
		return DETAIL;
	}

}
