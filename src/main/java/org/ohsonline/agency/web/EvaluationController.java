package org.ohsonline.agency.web;

import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.EvaluationCommand;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 服务评价: deliveries in scope; an employer's manager rates each one delivered to the employer, once. */
@Controller
@PreAuthorize("hasAuthority('agency:evaluation:read')")
class EvaluationController {

	static final String LIST = "agency/evaluations";

	private final ClientEvaluations evaluations;

	EvaluationController(ClientEvaluations evaluations) {
		this.evaluations = evaluations;
	}

	@GetMapping("/evaluations")
	String list(Actor actor, @RequestParam(required = false) Boolean pending, Model model) {
		boolean pendingOnly = Boolean.TRUE.equals(pending);
		model.addAttribute("pending", pendingOnly);
		model.addAttribute("deliveries", this.evaluations.deliveries(actor, pendingOnly, 200));
		return LIST;
	}

	@PostMapping("/evaluations/{id}")
	@PreAuthorize("hasAuthority('agency:evaluation:write')")
	String evaluate(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer timeliness,
			@RequestParam(required = false) Integer professionalism,
			@RequestParam(required = false) Integer priceTransparency, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		try {
			this.evaluations.evaluate(actor, id, new EvaluationCommand(timeliness, professionalism, priceTransparency, comment));
			redirect.addFlashAttribute("flashKey", "agency.evaluation.recordedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/evaluations";
	}

}
