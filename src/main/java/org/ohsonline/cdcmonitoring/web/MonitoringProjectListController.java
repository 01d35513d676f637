package org.ohsonline.cdcmonitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectFilter;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The list of monitoring projects in scope, and the CDC's form creating one with its targets per county. */
@Controller
class MonitoringProjectListController {

	static final String LIST = "cdcmonitoring/list";

	static final String FORM = "cdcmonitoring/form";

	private final MonitoringProjects projects;

	private final Divisions divisions;

	MonitoringProjectListController(MonitoringProjects projects, Divisions divisions) {
		this.projects = projects;
		this.divisions = divisions;
	}

	@InitBinder("projectForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("year", "kind", "name", "industries", "hazards", "qcShare", "dueOn", "targetCounty",
				"targetEmployers", "targetWorkers", "targetHazards");
	}

	/** The list's filter fields, bound as one record. */
	record ListFilter(String q, String region, Integer year, String kind) {

		ProjectFilter filter() {
			String k = Text.enumName(kind, MonitoringKind.class);
			return new ProjectFilter(Text.blankToNull(q), region, year, k == null ? null : MonitoringKind.valueOf(k));
		}

		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("q", q == null ? "" : q)
				.queryParam("region", region == null ? "" : region)
				.queryParam("year", year == null ? "" : year)
				.queryParam("kind", kind == null ? "" : kind)
				.encode()
				.build()
				.getQuery();
		}

	}

	@GetMapping("/cdc/monitoring-projects")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:read')")
	String list(Actor actor, ListFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.projects.search(actor, filter.filter(), PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("region", filter.region());
		model.addAttribute("kinds", MonitoringKind.values());
		model.addAttribute("canCreate", actor.can("cdcmonitoring:project:write") && actor.scope().kind() == Scope.Kind.REGION);
		model.addAttribute("base", "/cdc/monitoring-projects?" + filter.query());
		return htmx != null ? LIST + " :: results" : LIST;
	}

	/** The form's fields as sent: the targets as parallel lists, one entry per county of the CDC's region. */
	record ProjectForm(Integer year, String kind, String name, String industries, String hazards, String qcShare,
			String dueOn, List<String> targetCounty, List<String> targetEmployers, List<String> targetWorkers,
			List<String> targetHazards) {

		static ProjectForm empty() {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
			return new ProjectForm(today.getYear(), MonitoringKind.WORKPLACE_HAZARD.name(), null, null, null, "0.1",
					today.withMonth(11).withDayOfMonth(30).isBefore(today) ? today.plusMonths(3).toString()
							: today.withMonth(11).withDayOfMonth(30).toString(),
					List.of(), List.of(), List.of(), List.of());
		}

		public String at(List<String> values, int i) {
			return values != null && i < values.size() ? values.get(i) : null;
		}

	}

	@GetMapping("/cdc/monitoring-projects/new")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String initCreationForm(Actor actor, Model model) {
		return form(actor, model, ProjectForm.empty(), null);
	}

	@PostMapping("/cdc/monitoring-projects/new")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String processCreationForm(Actor actor, ProjectForm form, Model model) {
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		ProjectCommand command = command(form, errors);
		if (!errors.isEmpty()) {
			return form(actor, model, form, new InvalidInputException(errors));
		}
		try {
			ProjectView project = this.projects.create(actor, command);
			return "redirect:/cdc/monitoring-projects/" + project.id();
		}
		catch (InvalidInputException ex) {
			return form(actor, model, form, ex);
		}
	}

	@GetMapping("/cdc/monitoring-projects/{id}/edit")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		ProjectView project = this.projects.find(actor, id);
		List<Division> counties = counties(actor, project.regionCode());
		java.util.Map<String, Target> byCounty = new java.util.HashMap<>();
		project.targets().forEach(t -> byCounty.put(t.countyCode(), t));
		List<String> codes = counties.stream().map(Division::code).toList();
		ProjectForm form = new ProjectForm(project.year(), project.kind().name(), project.name(),
				String.join(",", project.industries()), String.join(",", project.hazards()),
				project.qcShare().stripTrailingZeros().toPlainString(), project.dueOn().toString(), codes,
				codes.stream().map(c -> byCounty.containsKey(c) ? Integer.toString(byCounty.get(c).employers()) : "").toList(),
				codes.stream().map(c -> byCounty.containsKey(c) ? Integer.toString(byCounty.get(c).workers()) : "").toList(),
				codes.stream().map(c -> byCounty.containsKey(c) ? Integer.toString(byCounty.get(c).hazards()) : "").toList());
		return editForm(actor, model, project, form, null);
	}

	@PostMapping("/cdc/monitoring-projects/{id}/edit")
	@PreAuthorize("hasAuthority('cdcmonitoring:project:write')")
	String processUpdateForm(Actor actor, @PathVariable long id, ProjectForm form, Model model,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		ProjectView project = this.projects.find(actor, id);
		List<InvalidInputException.FieldError> errors = new ArrayList<>();
		ProjectCommand command = command(form, errors);
		if (!errors.isEmpty()) {
			return editForm(actor, model, project, form, new InvalidInputException(errors));
		}
		try {
			this.projects.update(actor, id, command);
			redirect.addFlashAttribute("flashKey", "cdcmonitoring.project.updated");
			return "redirect:/cdc/monitoring-projects/" + id;
		}
		catch (InvalidInputException ex) {
			return editForm(actor, model, project, form, ex);
		}
	}

	private String editForm(Actor actor, Model model, ProjectView project, ProjectForm form, InvalidInputException errors) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", MonitoringKind.values());
		model.addAttribute("counties", counties(actor, project.regionCode()));
		model.addAttribute("formErrors", errors == null ? List.of() : errors.errors());
		model.addAttribute("editing", project);
		model.addAttribute("drawn", project.draw() != null);
		return FORM;
	}

	/** The form's fields as a command, or the errors of fields that are not even numbers or dates. */
	private static ProjectCommand command(ProjectForm form, List<InvalidInputException.FieldError> errors) {
		List<Target> targets = new ArrayList<>();
		List<String> counties = form.targetCounty() == null ? List.of() : form.targetCounty();
		for (int i = 0; i < counties.size(); i++) {
			Integer employers = whole(form.at(form.targetEmployers(), i), errors);
			Integer workers = whole(form.at(form.targetWorkers(), i), errors);
			Integer hazards = whole(form.at(form.targetHazards(), i), errors);
			if (employers == null || employers == 0) {
				continue;
			}
			targets.add(new Target(counties.get(i), employers, workers == null ? 0 : workers, hazards == null ? 0 : hazards));
		}
		BigDecimal share = null;
		try {
			share = Text.blankToNull(form.qcShare()) == null ? null : new BigDecimal(form.qcShare().trim());
		}
		catch (NumberFormatException ex) {
			errors.add(InvalidInputException.FieldError.of("qcShare", "cdcmonitoring.project.qcShare"));
		}
		LocalDate due = null;
		try {
			due = Text.blankToNull(form.dueOn()) == null ? null : LocalDate.parse(form.dueOn().trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.add(InvalidInputException.FieldError.of("dueOn", "cdcmonitoring.project.dueOn"));
		}
		String kind = Text.enumName(form.kind(), MonitoringKind.class);
		return new ProjectCommand(form.year(), kind == null ? null : MonitoringKind.valueOf(kind), form.name(),
				codes(form.industries()), codes(form.hazards()), share, due, targets);
	}

	private static Integer whole(String text, List<InvalidInputException.FieldError> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			errors.add(InvalidInputException.FieldError.of("targets", "cdcmonitoring.target.number", text.trim()));
			return null;
		}
	}

	static List<String> codes(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	private List<Division> counties(Actor actor, String region) {
		return this.divisions.pickerOptions(actor.scope())
			.stream()
			.filter(d -> d.level() == RegionCode.Level.COUNTY && d.code().startsWith(region))
			.toList();
	}

	private String form(Actor actor, Model model, ProjectForm form, InvalidInputException errors) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", MonitoringKind.values());
		model.addAttribute("counties", counties(actor, actor.scope().regionPrefix().orElse("")));
		model.addAttribute("formErrors", errors == null ? List.of() : errors.errors());
		return FORM;
	}

}
