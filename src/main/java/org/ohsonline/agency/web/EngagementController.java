package org.ohsonline.agency.web;

import java.util.List;

import org.ohsonline.agency.EngagementStatus;
import org.ohsonline.agency.Engagements;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Text;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 服务委托: engagements in the user's scope. An employer's manager (or a supervisor of its region)
 * accepts or declines what agencies and institutions propose; organisations follow their proposals.
 */
@Controller
class EngagementController {

	static final String LIST = "agency/engagements";

	private final Engagements engagements;

	EngagementController(Engagements engagements) {
		this.engagements = engagements;
	}

	@GetMapping("/engagements")
	@PreAuthorize("hasAuthority('agency:engagement:read')")
	String list(Actor actor, @RequestParam(required = false) String status, Model model) {
		String name = Text.enumName(status, EngagementStatus.class);
		EngagementStatus chosen = name == null ? null : EngagementStatus.valueOf(name);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", List.of(EngagementStatus.values()));
		model.addAttribute("engagements", this.engagements.list(actor, chosen));
		return LIST;
	}

	@PostMapping("/engagements/{id}/accept")
	@PreAuthorize("hasAuthority('agency:engagement:accept')")
	String accept(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.engagements.accept(actor, id);
			redirect.addFlashAttribute("flashKey", "agency.engagement.acceptedDone");
		}
		catch (org.ohsonline.shared.InvalidInputException ex) {
			// e.g. the organisation is blacklisted: the employer is told why and until when
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/engagements";
	}

	@PostMapping("/engagements/{id}/decline")
	@PreAuthorize("hasAuthority('agency:engagement:accept')")
	String decline(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.engagements.decline(actor, id);
		redirect.addFlashAttribute("flashKey", "agency.engagement.declinedDone");
		return "redirect:/engagements";
	}

}
