package org.ohsonline.enforcement.web;

import org.ohsonline.enforcement.PublicCases;
import org.ohsonline.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Scanning an action code (行政行为码): the case's steps and dates and whether the chain is intact; no person. */
@Controller
class PublicCaseController {

	private final PublicCases cases;

	PublicCaseController(PublicCases cases) {
		this.cases = cases;
	}

	@GetMapping("/verify/cases/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("kase", this.cases.find(code).orElseThrow(() -> new NotFoundException("case", code)));
		return "enforcement/public-case";
	}

}
