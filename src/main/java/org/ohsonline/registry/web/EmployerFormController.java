package org.ohsonline.registry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.IndustrySeverities;
import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.FormErrors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering and changing employers. Registering needs a regional scope; an employer's manager
 * changes their own employer (the service finds no other for them).
 */
@Controller
@PreAuthorize("hasAuthority('registry:employer:write')")
class EmployerFormController {

	static final String FORM = "registry/employer-form";

	private final Employers employers;

	private final Divisions divisions;

	private final IndustrySeverities severities;

	EmployerFormController(Employers employers, Divisions divisions, IndustrySeverities severities) {
		this.employers = employers;
		this.divisions = divisions;
		this.severities = severities;
	}

	@InitBinder("employerForm")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("creditCode", "name", "regionCode", "address", "industryCode", "economicTypeCode",
				"employees", "annualRevenue", "legalRepresentative", "ohManagerName", "ohManagerPhone", "contactPhone",
				"productionStartedOn", "activities", "solventUse");
	}

	@GetMapping("/employers/new")
	String initCreationForm(Actor actor, Model model) {
		requireRegion(actor);
		model.addAttribute("employerForm", new EmployerForm());
		return form(actor, model, null);
	}

	@PostMapping("/employers/new")
	String processCreationForm(Actor actor, @ModelAttribute("employerForm") EmployerForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireRegion(actor);
		if (result.hasErrors()) {
			// Unreadable numbers stay beside their fields; every other rule is still checked, so
			// one round trip shows all that is wrong.
			List<InvalidInputException.FieldError> others = this.employers.check(actor, form.toCommand(false))
				.stream()
				.filter(e -> e.field() == null || !result.hasFieldErrors(e.field()))
				.toList();
			if (!others.isEmpty()) {
				FormErrors.apply(new InvalidInputException(others), result);
			}
			return form(actor, model, null);
		}
		try {
			EmployerView created = this.employers.register(actor, form.toCommand(false));
			redirect.addFlashAttribute("flashKey", "registry.employer.registeredDone");
			return "redirect:/employers/" + created.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, null);
		}
	}

	@GetMapping("/employers/{id}/edit")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		EmployerView employer = this.employers.find(actor, id);
		model.addAttribute("employerForm", EmployerForm.of(employer));
		model.addAttribute("employer", employer);
		return form(actor, model, id);
	}

	@PostMapping("/employers/{id}/edit")
	String processUpdateForm(Actor actor, @PathVariable long id, @ModelAttribute("employerForm") EmployerForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EmployerView employer = this.employers.find(actor, id);
		// The credit code is fixed once registered; the form shows it read-only.
		form.setCreditCode(employer.creditCode());
		model.addAttribute("employer", employer);
		if (result.hasErrors()) {
			return form(actor, model, id);
		}
		try {
			this.employers.update(actor, id, form.toCommand(true));
			redirect.addFlashAttribute("flashKey", "registry.employer.savedDone");
			return "redirect:/employers/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, id);
		}
	}

	@PostMapping("/employers/{id}/status")
	String changeStatus(Actor actor, @PathVariable long id, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		EmployerStatus wanted = parse(status);
		if (wanted == null) {
			throw InvalidInputException.of("status", "registry.employer.statusRequired");
		}
		this.employers.changeStatus(actor, id, wanted);
		redirect.addFlashAttribute("flashKey", "registry.employer.statusDone");
		return "redirect:/employers/" + id;
	}

	private String form(Actor actor, Model model, Long id) {
		model.addAttribute("employerId", id);
		model.addAttribute("regions", regions(actor));
		model.addAttribute("severities", Severity.values());
		directoryQuestions(actor, model, id);
		return FORM;
	}

	/**
	 * What the risk directory asks: for a new employer every split group (its industry is not known
	 * before the form is sent, and the service refuses an activity of another group); for an employer
	 * on record the split groups of its industry and its sites' industries, and the solvent question
	 * where a starred industry is among them or it was answered before.
	 */
	private void directoryQuestions(Actor actor, Model model, Long id) {
		RiskDirectory directory = this.severities.directory();
		if (id == null) {
			model.addAttribute("activityGroups", directory.splitGroups());
			model.addAttribute("allActivityGroups", true);
			model.addAttribute("asksSolvents", true);
			return;
		}
		EmployerView employer = this.employers.find(actor, id);
		List<String> industries = new ArrayList<>();
		industries.add(employer.industryCode());
		this.employers.structure(actor, id).forEach(site -> {
			if (site.industryCode() != null) {
				industries.add(site.industryCode());
			}
		});
		Map<String, RiskDirectory.SplitGroup> groups = new LinkedHashMap<>();
		industries.forEach(code -> directory.activityQuestion(code).ifPresent(group -> groups.put(group.code(), group)));
		model.addAttribute("activityGroups", List.copyOf(groups.values()));
		model.addAttribute("allActivityGroups", false);
		model.addAttribute("asksSolvents", employer.severityAnswers().solventUse() != null
				|| industries.stream().anyMatch(directory::asksAboutSolvents));
	}

	/** Counties and townships in the scope: employers are registered down to township level. */
	private List<Division> regions(Actor actor) {
		List<Division> result = new ArrayList<>();
		actor.scope().regionPrefix().ifPresent(prefix -> {
			this.divisions.find(prefix).filter(d -> prefix.length() >= 6).ifPresent(result::add);
			collect(prefix, result);
		});
		return result;
	}

	private void collect(String parent, List<Division> into) {
		for (Division child : this.divisions.children(parent)) {
			if (child.level() == RegionCode.Level.COUNTY || child.level() == RegionCode.Level.TOWNSHIP) {
				into.add(child);
			}
			if (child.level() != RegionCode.Level.TOWNSHIP) {
				collect(child.code(), into);
			}
		}
	}

	private static void requireRegion(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("registering employers needs a regional scope");
		}
	}

	private static EmployerStatus parse(String status) {
		for (EmployerStatus candidate : EmployerStatus.values()) {
			if (candidate.name().equals(status)) {
				return candidate;
			}
		}
		return null;
	}

}
