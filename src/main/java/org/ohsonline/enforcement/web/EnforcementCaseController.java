package org.ohsonline.enforcement.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.enforcement.CaseFilter;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Enforcement cases in the console: the list with its clocks, a case's chain of steps under its action code, the next
 * step, extensions with their approval, and the decision with the discretion benchmark's recommendation.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:case:read')")
class EnforcementCaseController {

	static final String LIST = "enforcement/cases";

	static final String DETAIL = "enforcement/case";

	private final Cases cases;

	private final org.ohsonline.enforcement.CaseReviews reviews;

	private final Divisions divisions;

	private final MessageSource messages;

	EnforcementCaseController(Cases cases, org.ohsonline.enforcement.CaseReviews reviews, Divisions divisions,
			MessageSource messages) {
		this.cases = cases;
		this.reviews = reviews;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/enforcement/cases")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String state, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		CaseFilter filter = new CaseFilter(q, region, state);
		model.addAttribute("filter", filter);
		model.addAttribute("states", List.of("open", "overdue", "deviated", "closed"));
		model.addAttribute("page", this.cases.search(actor, filter, PageQuery.of(page, 20)));
		String query = query(filter);
		model.addAttribute("base", "/enforcement/cases?" + query);
		model.addAttribute("exportUrl", "/enforcement/cases/export.xlsx?" + query);
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/enforcement/cases/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String state, Locale locale, HttpServletResponse response) {
		List<String> columns = List.of("enforcement.case.actionCode", "enforcement.line.employer", "enforcement.plan.region",
				"enforcement.case.violation", "enforcement.case.step", "enforcement.case.filedOn", "enforcement.case.decisionDue",
				"enforcement.case.band", "enforcement.case.amount", "enforcement.case.deviation");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "cases.xlsx", word("enforcement.case.list.title", locale),
				columns.stream().map(c -> word(c, locale)).toList());
		this.cases.forEach(actor, new CaseFilter(q, region, state),
				c -> sheet.row(Arrays.asList(c.actionCode(), c.employerName(), this.divisions.fullName(c.regionCode()),
						c.violation().text(), word("enforcement.caseStep." + c.step(), locale), c.filedOn(), c.decisionDue(),
						c.band() == null ? "" : word("enforcement.band." + c.band(), locale), c.amount(), c.deviationReason())));
		sheet.finish();
	}

	@GetMapping("/enforcement/cases/{id}")
	String show(Actor actor, @PathVariable long id, @RequestParam(required = false) Boolean firstOffence,
			@RequestParam(required = false) Boolean correctedPromptly, @RequestParam(required = false) Boolean harm,
			@RequestParam(required = false) Boolean repeat, @RequestParam(required = false) Boolean obstruction,
			Model model) {
		CaseView c = this.cases.find(actor, id);
		model.addAttribute("kase", c);
		model.addAttribute("reviewScore", this.reviews.scoreOf(actor, id).orElse(null));
		model.addAttribute("today", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		EnumSet<CaseStep> next = EnumSet.noneOf(CaseStep.class);
		for (CaseStep s : CaseStep.values()) {
			if (s != CaseStep.DECISION && c.step().allows(s) && (s != CaseStep.EXTENSION || c.beforeDecision())) {
				next.add(s);
			}
		}
		model.addAttribute("nextSteps", next);
		model.addAttribute("decisionAllowed", c.step().allows(CaseStep.DECISION));
		Circumstances circumstances = new Circumstances(Boolean.TRUE.equals(firstOffence),
				Boolean.TRUE.equals(correctedPromptly), Boolean.TRUE.equals(harm), Boolean.TRUE.equals(repeat),
				Boolean.TRUE.equals(obstruction));
		model.addAttribute("circumstances", circumstances);
		if (c.step().allows(CaseStep.DECISION)) {
			try {
				model.addAttribute("recommendation", this.cases.recommend(actor, id, circumstances));
			}
			catch (InvalidInputException ex) {
				model.addAttribute("actionErrors", ex.errors());
			}
		}
		return DETAIL;
	}

	@GetMapping("/enforcement/cases/{id}/documents/{seq}.pdf")
	org.springframework.http.ResponseEntity<byte[]> document(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
				.inline()
				.filename("case-" + id + "-" + seq + ".pdf")
				.build()
				.toString())
			.body(this.cases.stepDocument(actor, id, seq));
	}

	@PostMapping("/enforcement/inspections/{id}/cases")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String open(Actor actor, @PathVariable long id, @RequestParam(required = false) String itemCode,
			@RequestParam(required = false) String facts, RedirectAttributes redirect) {
		try {
			CaseView c = this.cases.open(actor, id, itemCode, facts, null);
			redirect.addFlashAttribute("flashKey", "enforcement.case.opened");
			return "redirect:/enforcement/cases/" + c.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
			return "redirect:/enforcement/inspections/" + id;
		}
	}

	@PostMapping("/enforcement/cases/{id}/steps")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String step(Actor actor, @PathVariable long id, @RequestParam(required = false) CaseStep step,
			@RequestParam(required = false) LocalDate happenedOn, @RequestParam(required = false) String note,
			@RequestParam(required = false) Integer extensionDays, @RequestParam(required = false) String approvedBy,
			RedirectAttributes redirect) {
		return act(id, redirect, "enforcement.case.stepRecorded",
				() -> this.cases.step(actor, id, step, happenedOn, note, extensionDays, approvedBy));
	}

	@PostMapping("/enforcement/cases/{id}/decision")
	@PreAuthorize("hasAuthority('enforcement:case:write')")
	String decide(Actor actor, @PathVariable long id, @RequestParam(required = false) Boolean firstOffence,
			@RequestParam(required = false) Boolean correctedPromptly, @RequestParam(required = false) Boolean harm,
			@RequestParam(required = false) Boolean repeat, @RequestParam(required = false) Boolean obstruction,
			@RequestParam(required = false) Long amount, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Boolean noPenalty, @RequestParam(required = false) LocalDate decidedOn,
			RedirectAttributes redirect) {
		Circumstances circumstances = new Circumstances(Boolean.TRUE.equals(firstOffence),
				Boolean.TRUE.equals(correctedPromptly), Boolean.TRUE.equals(harm), Boolean.TRUE.equals(repeat),
				Boolean.TRUE.equals(obstruction));
		return act(id, redirect, "enforcement.case.decided", () -> this.cases.decide(actor, id, circumstances, amount,
				reason, Boolean.TRUE.equals(noPenalty), decidedOn));
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/cases/" + id;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	static String query(CaseFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", filter.q() == null ? "" : filter.q())
			.queryParam("region", filter.region() == null ? "" : filter.region())
			.queryParam("state", filter.state() == null ? "" : filter.state())
			.encode()
			.build()
			.getQuery();
	}

}
