package org.ohsonline.registry.web;

import java.util.List;

import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.web.StructureForms.PostForm;
import org.ohsonline.registry.web.StructureForms.SiteForm;
import org.ohsonline.registry.web.StructureForms.WorkshopForm;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.web.FormErrors;
import org.ohsonline.shared.web.Picks;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding sites, workshops and posts. Paths name the employer, so the page can say whose site it
 * is; a site or workshop of another employer is not found.
 */
@Controller
@PreAuthorize("hasAuthority('registry:employer:write')")
class StructureController {

	static final String FORM = "registry/structure-form";

	private final Employers employers;

	private final HazardFactors hazards;

	StructureController(Employers employers, HazardFactors hazards) {
		this.employers = employers;
		this.hazards = hazards;
	}

	@InitBinder("siteForm")
	void siteFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "address", "industryCode");
	}

	@InitBinder("workshopForm")
	void workshopFields(WebDataBinder binder) {
		binder.setAllowedFields("name");
	}

	@InitBinder("postForm")
	void postFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "hoursPerDay", "daysPerWeek", "exposedHeadcount", "hazardCodes");
	}

	@GetMapping("/employers/{id}/sites/new")
	String initSiteForm(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("siteForm", new SiteForm());
		return form(actor, id, "site", null, model);
	}

	@PostMapping("/employers/{id}/sites/new")
	String processSiteForm(Actor actor, @PathVariable long id, @ModelAttribute("siteForm") SiteForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.employers.addSite(actor, id, form.getName(), form.getAddress(), form.getIndustryCode());
			return done(id, "registry.site.addedDone", redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, id, "site", null, model);
		}
	}

	@GetMapping("/employers/{id}/sites/{siteId}/workshops/new")
	String initWorkshopForm(Actor actor, @PathVariable long id, @PathVariable long siteId, Model model) {
		model.addAttribute("workshopForm", new WorkshopForm());
		model.addAttribute("action", "/employers/" + id + "/sites/" + siteId + "/workshops/new");
		return form(actor, id, "workshop", site(actor, id, siteId).name(), model);
	}

	@PostMapping("/employers/{id}/sites/{siteId}/workshops/new")
	String processWorkshopForm(Actor actor, @PathVariable long id, @PathVariable long siteId,
			@ModelAttribute("workshopForm") WorkshopForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StructureViews.Site site = site(actor, id, siteId);
		model.addAttribute("action", "/employers/" + id + "/sites/" + siteId + "/workshops/new");
		try {
			this.employers.addWorkshop(actor, siteId, form.getName());
			return done(id, "registry.workshop.addedDone", redirect);
		}
		catch (InvalidInputException ex) {
			FormErrors.apply(ex, result);
			return form(actor, id, "workshop", site.name(), model);
		}
	}

	@GetMapping("/employers/{id}/workshops/{workshopId}/posts/new")
	String initPostForm(Actor actor, @PathVariable long id, @PathVariable long workshopId, Model model) {
		model.addAttribute("postForm", new PostForm());
		model.addAttribute("action", "/employers/" + id + "/workshops/" + workshopId + "/posts/new");
		return form(actor, id, "post", workshop(actor, id, workshopId).name(), model);
	}

	@PostMapping("/employers/{id}/workshops/{workshopId}/posts/new")
	String processPostForm(Actor actor, @PathVariable long id, @PathVariable long workshopId,
			@ModelAttribute("postForm") PostForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		StructureViews.Workshop workshop = workshop(actor, id, workshopId);
		model.addAttribute("action", "/employers/" + id + "/workshops/" + workshopId + "/posts/new");
		if (!result.hasErrors()) {
			try {
				this.employers.addPost(actor, workshopId, form.toCommand());
				return done(id, "registry.post.addedDone", redirect);
			}
			catch (InvalidInputException ex) {
				FormErrors.apply(ex, result);
			}
		}
		return form(actor, id, "post", workshop.name(), model);
	}

	private String form(Actor actor, long employerId, String kind, String parentName, Model model) {
		EmployerView employer = this.employers.find(actor, employerId);
		model.addAttribute("employer", employer);
		model.addAttribute("kind", kind);
		model.addAttribute("parentName", parentName);
		if ("post".equals(kind)) {
			PostForm post = (PostForm) model.getAttribute("postForm");
			model.addAttribute("chosenHazards", chosen(post == null ? null : post.getHazardCodes()));
		}
		return FORM;
	}

	/** The factors chosen so far (a form sent back with errors keeps them), as the picker's chips. */
	private List<Picks.Option> chosen(List<String> codes) {
		if (codes == null) {
			return List.of();
		}
		return codes.stream()
			.distinct()
			.map(code -> new Picks.Option(code, this.hazards.findFactor(code).map(HazardFactor::name).orElse(code), code))
			.toList();
	}

	private StructureViews.Site site(Actor actor, long employerId, long siteId) {
		return this.employers.structure(actor, employerId)
			.stream()
			.filter(s -> s.id() == siteId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("site", siteId));
	}

	private StructureViews.Workshop workshop(Actor actor, long employerId, long workshopId) {
		return this.employers.structure(actor, employerId)
			.stream()
			.flatMap(s -> s.workshops().stream())
			.filter(w -> w.id() == workshopId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("workshop", workshopId));
	}

	private static String done(long employerId, String flashKey, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashKey", flashKey);
		return "redirect:/employers/" + employerId + "?tab=structure";
	}

}
