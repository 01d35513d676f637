package org.ohsonline.projects.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectKind;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Text;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;

/** Registering a construction project: the employer's manager, for the own employer. */
@Controller
@PreAuthorize("hasAuthority('projects:project:write')")
class ProjectFormController {

	static final String FORM = "projects/form";

	private final Projects projects;

	private final HazardFactors factors;

	private final IndustrySeverities severities;

	ProjectFormController(Projects projects, HazardFactors factors, IndustrySeverities severities) {
		this.projects = projects;
		this.factors = factors;
		this.severities = severities;
	}

	@InitBinder
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("name", "kind", "industryCode", "activityCode", "hazardFactors", "registeredOn");
	}

	/** The form's fields as sent. */
	record ProjectForm(String name, String kind, String industryCode, String activityCode, List<String> hazardFactors,
			String registeredOn) {

		ProjectForm {
			hazardFactors = hazardFactors == null ? List.of() : hazardFactors.stream().filter(h -> h != null && !h.isBlank()).toList();
		}

		static ProjectForm empty() {
			return new ProjectForm(null, "NEW", null, null, List.of(), LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		}

	}

	@GetMapping("/projects/new")
	String initCreationForm(Model model) {
		return form(model, ProjectForm.empty(), null);
	}

	@PostMapping("/projects/new")
	String processCreationForm(Actor actor, ProjectForm form, Model model) {
		LocalDate registered = null;
		try {
			registered = Text.blankToNull(form.registeredOn()) == null ? null : LocalDate.parse(form.registeredOn().trim());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return form(model, form, new InvalidInputException(List.of(
					InvalidInputException.FieldError.of("registeredOn", "projects.registeredOn.range"))));
		}
		String kind = Text.enumName(form.kind(), ProjectKind.class);
		try {
			ProjectView project = this.projects.register(actor, new ProjectCommand(form.name(),
					kind == null ? null : ProjectKind.valueOf(kind), form.industryCode(), Text.blankToNull(form.activityCode()),
					form.hazardFactors(), registered));
			return "redirect:/projects/" + project.id();
		}
		catch (InvalidInputException ex) {
			return form(model, form, ex);
		}
	}

	private String form(Model model, ProjectForm form, InvalidInputException errors) {
		model.addAttribute("form", form);
		model.addAttribute("kinds", ProjectKind.values());
		model.addAttribute("splitGroups", this.severities.directory().splitGroups());
		model.addAttribute("chosenFactors", ProjectController.chosen(this.factors, form.hazardFactors()));
		model.addAttribute("formErrors", errors == null ? List.of() : errors.errors());
		return FORM;
	}

}
