package org.ohsonline.enforcement.web;

import org.ohsonline.enforcement.NonSiteInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A drawn line's online monitoring coverage and its marking for non-site inspection (非现场检查), by the plan's
 * supervisors.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:plan:write')")
class NonSiteController {

	static final String VIEW = "enforcement/non-site";

	private final NonSiteInspections nonSite;

	NonSiteController(NonSiteInspections nonSite) {
		this.nonSite = nonSite;
	}

	@GetMapping("/enforcement/plans/{id}/lines/{seq}/non-site")
	String coverage(Actor actor, @PathVariable long id, @PathVariable int seq, Model model) {
		model.addAttribute("line", this.nonSite.line(actor, id, seq));
		model.addAttribute("coverage", this.nonSite.coverage(actor, id, seq));
		return VIEW;
	}

	@PostMapping("/enforcement/plans/{id}/lines/{seq}/non-site")
	String mark(Actor actor, @PathVariable long id, @PathVariable int seq, RedirectAttributes redirect) {
		try {
			this.nonSite.mark(actor, id, seq);
			redirect.addFlashAttribute("flashKey", "enforcement.nonSite.marked");
			return "redirect:/enforcement/plans/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/enforcement/plans/" + id + "/lines/" + seq + "/non-site";
		}
	}

	@PostMapping("/enforcement/plans/{id}/lines/{seq}/on-site")
	String unmark(Actor actor, @PathVariable long id, @PathVariable int seq, RedirectAttributes redirect) {
		try {
			this.nonSite.unmark(actor, id, seq);
			redirect.addFlashAttribute("flashKey", "enforcement.nonSite.unmarked");
			return "redirect:/enforcement/plans/" + id;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/enforcement/plans/" + id + "/lines/" + seq + "/non-site";
		}
	}

}
