package org.ohsonline.enforcement.web;

import java.time.LocalDate;

import org.ohsonline.enforcement.EnforcementDashboard;
import org.ohsonline.shared.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The enforcement dashboard: done vs planned per division, violations by arm and class, case clocks, penalties. */
@Controller
@PreAuthorize("hasAuthority('enforcement:plan:read')")
class EnforcementDashboardController {

	private final EnforcementDashboard dashboard;

	EnforcementDashboardController(EnforcementDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/enforcement/dashboard")
	String dashboard(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to, Model model) {
		model.addAttribute("figures", this.dashboard.figures(actor, region, from, to));
		return "enforcement/dashboard";
	}

}
