package org.ohsonline.enforcement.web;

import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.PublicCases;
import org.ohsonline.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Scanning an action code (行政行为码), whatever its kind: a case's steps and dates and whether the chain is intact
 * (for a coercive measure, the case that took it), or an inspection's dates and findings counted; no person.
 */
@Controller
class PublicCaseController {

	private final PublicCases cases;

	PublicCaseController(PublicCases cases) {
		this.cases = cases;
	}

	@GetMapping("/verify/cases/{code}")
	String show(@PathVariable String code, Model model) {
		boolean inspection = ActionCode.parse(code).map(c -> c.kind() == ActionCode.Kind.INSPECTION).orElse(false);
		if (inspection) {
			model.addAttribute("inspection",
					this.cases.inspection(code).orElseThrow(() -> new NotFoundException("inspection", code)));
			return "enforcement/public-inspection";
		}
		model.addAttribute("kase", this.cases.find(code).orElseThrow(() -> new NotFoundException("case", code)));
		return "enforcement/public-case";
	}

}
