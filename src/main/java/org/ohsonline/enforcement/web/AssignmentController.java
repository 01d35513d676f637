package org.ohsonline.enforcement.web;

import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The inspector's own work: the employers drawn for them, newest plan first. */
@Controller
@PreAuthorize("hasAuthority('enforcement:inspection:read')")
class AssignmentController {

	static final String MINE = "enforcement/mine";

	private final InspectionPlans plans;

	AssignmentController(InspectionPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/enforcement/mine")
	String mine(Actor actor, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("lines", this.plans.assignedTo(actor, PageQuery.of(page, 20)));
		model.addAttribute("base", "/enforcement/mine?");
		return MINE;
	}

}
