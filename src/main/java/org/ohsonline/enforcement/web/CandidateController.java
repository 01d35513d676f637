package org.ohsonline.enforcement.web;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.enforcement.Candidate;
import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case candidates in the inspector's queue: monitoring alerts confirmed as violations (非现场执法) and rectification
 * items past their deadline, in the caller's scope, read through the monitoring and risk facades with the caller's
 * own actor (each list only with its own read permission). Each links to the record it comes from and, for an
 * inspector, to the form that opens a case (立案) straight from it, or to the case opened already.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:case:read')")
class CandidateController {

	static final String VIEW = "enforcement/candidates";

	static final String FORM = "enforcement/candidate-case";

	private static final PageQuery FIRST = PageQuery.of(1, 50);

	private final Alerts alerts;

	private final Rectifications rectifications;

	private final CaseCandidates candidates;

	CandidateController(Alerts alerts, Rectifications rectifications, CaseCandidates candidates) {
		this.alerts = alerts;
		this.rectifications = rectifications;
		this.candidates = candidates;
	}

	@GetMapping("/enforcement/candidates")
	String candidates(Actor actor, Model model) {
		Page<AlertView> confirmed = actor.can("monitoring:alert:read")
				? this.alerts.search(actor, new AlertFilter(null, AlertStatus.CONFIRMED, null, null, null), FIRST)
				: Page.of(List.of(), 0, FIRST);
		Page<RectificationView> overdue = actor.can("risk:rectification:read")
				? this.rectifications.search(actor, new RectificationFilter(null, null, "overdue", null, null), FIRST)
				: Page.of(List.of(), 0, FIRST);
		model.addAttribute("alerts", confirmed);
		model.addAttribute("overdue", overdue);
		model.addAttribute("alertCases", this.candidates.opened(actor, CandidateKind.ALERT,
				confirmed.items().stream().map(AlertView::id).toList()));
		model.addAttribute("overdueCases", this.candidates.opened(actor, CandidateKind.RECTIFICATION,
				overdue.items().stream().map(RectificationView::id).toList()));
		return VIEW;
	}

	@GetMapping("/enforcement/candidates/alerts/{id}/case")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String alertForm(Actor actor, @PathVariable long id, Model model) {
		return form(actor, CandidateKind.ALERT, id, model);
	}

	@GetMapping("/enforcement/candidates/rectifications/{id}/case")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String rectificationForm(Actor actor, @PathVariable long id, Model model) {
		return form(actor, CandidateKind.RECTIFICATION, id, model);
	}

	private String form(Actor actor, CandidateKind kind, long id, Model model) {
		Candidate candidate = this.candidates.find(actor, kind, id);
		model.addAttribute("candidate", candidate);
		java.util.List<Option> options = new java.util.ArrayList<>();
		for (Candidate.Article a : candidate.articles()) {
			for (int item = a.items() == 0 ? 0 : 1; item <= a.items(); item++) {
				org.ohsonline.enforcement.LegalBasis basis = new org.ohsonline.enforcement.LegalBasis(candidate.law(),
						a.article(), 0, item);
				options.add(new Option(basis.key(), basis.text()));
			}
		}
		model.addAttribute("violations", options);
		model.addAttribute("suggested", candidate.suggested() == null ? null : candidate.suggested().key());
		model.addAttribute("path", kind == CandidateKind.ALERT ? "alerts" : "rectifications");
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return FORM;
	}

	@PostMapping("/enforcement/candidates/alerts/{id}/case")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String openFromAlert(Actor actor, @PathVariable long id, @RequestParam(required = false) String violation,
			@RequestParam(required = false) String facts, @RequestParam(required = false) LocalDate filedOn,
			RedirectAttributes redirect) {
		return open(actor, CandidateKind.ALERT, "alerts", id, violation, facts, filedOn, redirect);
	}

	@PostMapping("/enforcement/candidates/rectifications/{id}/case")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String openFromRectification(Actor actor, @PathVariable long id, @RequestParam(required = false) String violation,
			@RequestParam(required = false) String facts, @RequestParam(required = false) LocalDate filedOn,
			RedirectAttributes redirect) {
		return open(actor, CandidateKind.RECTIFICATION, "rectifications", id, violation, facts, filedOn, redirect);
	}

	/** {@code violation} is the article and item as the catalogs key them: {@code 72.1}, {@code 73}. */
	private String open(Actor actor, CandidateKind kind, String path, long id, String violation, String facts,
			LocalDate filedOn, RedirectAttributes redirect) {
		int[] key = key(violation);
		try {
			CaseView opened = this.candidates.open(actor, kind, id, key[0], key[1], facts, filedOn);
			redirect.addFlashAttribute("flashKey", "enforcement.case.opened");
			return "redirect:/enforcement/cases/" + opened.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			redirect.addFlashAttribute("facts", facts);
			return "redirect:/enforcement/candidates/" + path + "/" + id + "/case";
		}
	}

	/** A violation the form offers: its key ({@code 72.1}) and its text in the official form. */
	record Option(String value, String text) {
	}

	private static int[] key(String violation) {
		if (violation == null || !violation.matches("\\d{1,3}(\\.\\d{1,2})?")) {
			return new int[] { 0, 0 };
		}
		String[] parts = violation.split("\\.");
		return new int[] { Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0 };
	}

}
