package org.ohsonline.training.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.training.CertifiedManagers;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The registry of certified occupational-health managers (职业健康管理员) by region, and its export. */
@Controller
@PreAuthorize("hasAuthority('training:enrolment:read')")
class ManagerController {

	private final CertifiedManagers managers;

	private final Divisions divisions;

	private final MessageSource messages;

	ManagerController(CertifiedManagers managers, Divisions divisions, MessageSource messages) {
		this.managers = managers;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/training/managers")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("page", this.managers.search(actor, region, Text.blankToNull(q), PageQuery.of(page, 20)));
		model.addAttribute("region", region);
		model.addAttribute("q", q);
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("q", q == null ? "" : q)
			.encode()
			.build()
			.getQuery();
		model.addAttribute("base", "/training/managers?" + query);
		model.addAttribute("exportUrl", "/training/managers/export.xlsx?" + query);
		return htmx != null ? "training/managers :: results" : "training/managers";
	}

	@GetMapping("/training/managers/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String q,
			Locale locale, HttpServletResponse response) {
		List<String> columns = Arrays.asList(word("training.enrolment.learner", locale),
				word("training.enrolment.employer", locale), word("training.course.region", locale),
				word("training.certificate.course", locale), word("training.certificate.number", locale),
				word("training.certificate.issuedOn", locale), word("training.certificate.expiresOn", locale));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "certified-managers.xlsx",
				word("training.manager.title", locale), columns);
		this.managers.forEach(actor, region, Text.blankToNull(q), m -> sheet.row(m.name(), m.employerName(),
				this.divisions.fullName(m.regionCode()), m.courseTitle(), m.number(), m.issuedOn(), m.expiresOn()));
		sheet.finish();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
