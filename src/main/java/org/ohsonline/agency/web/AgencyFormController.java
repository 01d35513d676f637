package org.ohsonline.agency.web;

import java.util.ArrayList;
import java.util.List;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
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
 * Registering and changing agencies, their status and qualification scope: health commission
 * staff with {@code agency:agency:write} in a regional scope covering the organisation.
 */
@Controller
@PreAuthorize("hasAuthority('agency:agency:write')")
class AgencyFormController {

	static final String FORM = "agency/agency-form";

	static final String SCOPE_FORM = "agency/scope-form";

	private final Agencies agencies;

	private final Divisions divisions;

	private final HazardFactors hazards;

	AgencyFormController(Agencies agencies, Divisions divisions, HazardFactors hazards) {
		this.agencies = agencies;
		this.divisions = divisions;
		this.hazards = hazards;
	}

	@InitBinder("agencyForm")
	void agencyFields(WebDataBinder binder) {
		binder.setAllowedFields("kind", "creditCode", "name", "regionCode", "address", "contactName", "contactPhone",
				"certificateNumber", "issuingAuthority", "validFrom", "validTo");
	}

	@InitBinder("scopeForm")
	void scopeFields(WebDataBinder binder) {
		binder.setAllowedFields("hazardCategories", "hazardFactors", "jobTypes", "capacity*");
	}

	@GetMapping("/agencies/new")
	String initCreationForm(Actor actor, Model model) {
		requireRegion(actor);
		model.addAttribute("agencyForm", new AgencyForm());
		return form(actor, model, null);
	}

	@PostMapping("/agencies/new")
	String processCreationForm(Actor actor, @ModelAttribute("agencyForm") AgencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireRegion(actor);
		if (result.hasErrors()) {
			return form(actor, model, null);
		}
		try {
			AgencyView created = this.agencies.register(actor, form.toCommand(false));
			redirect.addFlashAttribute("flashKey", "agency.agency.registeredDone");
			return "redirect:/agencies/" + created.id() + "?tab=scope";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, null);
		}
	}

	@GetMapping("/agencies/{id}/edit")
	String initUpdateForm(Actor actor, @PathVariable long id, Model model) {
		requireRegion(actor);
		AgencyView agency = this.agencies.find(actor, id);
		model.addAttribute("agencyForm", AgencyForm.of(agency));
		model.addAttribute("agency", agency);
		return form(actor, model, id);
	}

	@PostMapping("/agencies/{id}/edit")
	String processUpdateForm(Actor actor, @PathVariable long id, @ModelAttribute("agencyForm") AgencyForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireRegion(actor);
		AgencyView agency = this.agencies.find(actor, id);
		// Kind and credit code are fixed once registered; the form shows them read-only.
		form.setKind(agency.kind());
		form.setCreditCode(agency.creditCode());
		model.addAttribute("agency", agency);
		if (result.hasErrors()) {
			return form(actor, model, id);
		}
		try {
			this.agencies.update(actor, id, form.toCommand(true));
			redirect.addFlashAttribute("flashKey", "agency.agency.savedDone");
			return "redirect:/agencies/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, model, id);
		}
	}

	@PostMapping("/agencies/{id}/status")
	String changeStatus(Actor actor, @PathVariable long id, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		AgencyStatus wanted = null;
		for (AgencyStatus candidate : AgencyStatus.values()) {
			wanted = candidate.name().equals(status) ? candidate : wanted;
		}
		this.agencies.changeStatus(actor, id, wanted);
		redirect.addFlashAttribute("flashKey", "agency.agency.statusDone");
		return "redirect:/agencies/" + id;
	}

	@GetMapping("/agencies/{id}/scope")
	String initScopeForm(Actor actor, @PathVariable long id, Model model) {
		requireRegion(actor);
		AgencyView agency = this.agencies.find(actor, id);
		model.addAttribute("scopeForm", ScopeForm.of(agency.scope()));
		return scopeForm(model, agency);
	}

	@PostMapping("/agencies/{id}/scope")
	String processScopeForm(Actor actor, @PathVariable long id, @ModelAttribute("scopeForm") ScopeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		requireRegion(actor);
		AgencyView agency = this.agencies.find(actor, id);
		if (result.hasErrors()) {
			return scopeForm(model, agency);
		}
		try {
			this.agencies.changeScope(actor, id, form.toScope());
			redirect.addFlashAttribute("flashKey", "agency.scope.savedDone");
			return "redirect:/agencies/" + id + "?tab=scope";
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return scopeForm(model, agency);
		}
	}

	private String form(Actor actor, Model model, Long id) {
		model.addAttribute("agencyId", id);
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("regions", regions(actor));
		return FORM;
	}

	private String scopeForm(Model model, AgencyView agency) {
		model.addAttribute("agency", agency);
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("jobTypes", JobType.values());
		model.addAttribute("examTypes", ExamType.values());
		return SCOPE_FORM;
	}

	/** Counties in the scope: agencies are registered where they are located. */
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
			if (child.level() == RegionCode.Level.COUNTY) {
				into.add(child);
			}
			else if (child.level() == RegionCode.Level.CITY) {
				collect(child.code(), into);
			}
		}
	}

	private static void requireRegion(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException("qualifications are registered by a health commission");
		}
	}

}
