package org.ohsonline.audit.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class AuditController {

	static final String LIST = "audit/entries";

	static final String DETAIL = "audit/entry";

	static final String VERIFICATION = "audit/verification";

	/** The kinds of record the modules audit, offered by the filter with their labels ({@code audit.target.*}). */
	static final List<String> TARGET_TYPES = List.of("employer", "worker", "employment", "access-grant", "agency",
			"declaration", "declaration-clock", "testing-job", "testing-report", "testing-clock", "booking",
			"institution-calendar", "exam", "exam-task", "exam-exchange", "diagnosis-case", "diagnosis-clock",
			"diagnosis-referral", "diagnosis-patient", "diagnosis-appointment", "diagnosis-visit", "diagnosis-station",
			"device", "alert", "issued-document", "catalog-version", "user", "role", "api-token", "synthetic-run");

	private final AuditQueries audit;

	AuditController(AuditQueries audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	@PreAuthorize("hasAuthority('audit:entry:read')")
	String list(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String actorName, @RequestParam(required = false) String action,
			@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, HttpServletRequest request, Model model) {
		AuditFilter filter = new AuditFilter(region, actorName, action, targetType, targetId, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("targetTypes", TARGET_TYPES);
		model.addAttribute("page", this.audit.search(actor, filter, PageQuery.of(page, 25)));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/audit")
			.queryParam("region", value(region))
			.queryParam("actorName", value(actorName))
			.queryParam("action", value(action))
			.queryParam("targetType", value(targetType))
			.queryParam("targetId", value(targetId))
			.queryParam("from", from == null ? "" : from.toString())
			.queryParam("to", to == null ? "" : to.toString())
			.encode()
			.toUriString());
		boolean htmx = request.getHeader("HX-Request") != null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/audit/{id}")
	@PreAuthorize("hasAuthority('audit:entry:read')")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("entry", this.audit.find(actor, id));
		return DETAIL;
	}

	@GetMapping("/audit/verification")
	@PreAuthorize("hasAuthority('audit:chain:verify')")
	String verification() {
		return VERIFICATION;
	}

	@PostMapping("/audit/verification")
	@PreAuthorize("hasAuthority('audit:chain:verify')")
	String verify(Actor actor, Model model) {
		model.addAttribute("result", this.audit.verify(actor));
		return VERIFICATION;
	}

	private static String value(String text) {
		return text == null ? "" : text;
	}

}
