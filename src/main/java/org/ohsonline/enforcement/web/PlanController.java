package org.ohsonline.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PlanView;
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
 * Random inspection plans (双随机、一公开) in the console: the list, a new plan, the plan with its pool, conflicts,
 * commitment and draw, and exports of the list and of the lines drawn.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:plan:read')")
class PlanController {

	static final String LIST = "enforcement/plans";

	static final String DETAIL = "enforcement/plan";

	static final String FORM = "enforcement/plan-form";

	private final InspectionPlans plans;

	private final Divisions divisions;

	private final MessageSource messages;

	PlanController(InspectionPlans plans, Divisions divisions, MessageSource messages) {
		this.plans = plans;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/enforcement/plans")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		PlanFilter filter = new PlanFilter(q, region, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("page", this.plans.search(actor, filter, PageQuery.of(page, 20)));
		String query = query(filter);
		model.addAttribute("base", "/enforcement/plans?" + query);
		model.addAttribute("exportUrl", "/enforcement/plans/export.xlsx?" + query);
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/enforcement/plans/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) PlanStatus status, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) {
		PlanFilter filter = new PlanFilter(q, region, status, sort);
		List<String> columns = List.of("enforcement.plan.code", "enforcement.plan.title", "enforcement.plan.region",
				"enforcement.plan.period", "enforcement.plan.status", "enforcement.plan.candidates",
				"enforcement.plan.drawnTotal", "enforcement.plan.commitment", "enforcement.plan.seed");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "inspection-plans.xlsx",
				word("enforcement.plan.list.title", locale), columns.stream().map(c -> word(c, locale)).toList());
		this.plans.forEach(actor, filter,
				p -> sheet.row(Arrays.asList(p.publicCode(), p.title(), this.divisions.fullName(p.regionCode()),
						p.startsOn() + " – " + p.endsOn(), word("enforcement.planStatus." + p.status(), locale), p.candidates(),
						p.drawnTotal(), p.commitment(), p.seed())));
		sheet.finish();
	}

	@GetMapping("/enforcement/plans/new")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	String initCreationForm(Actor actor, Model model) {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		model.addAttribute("command", new PlanCommand(null, actor.scope().regionPrefix().orElse(""), List.of(), today,
				today.plusMonths(3), null));
		model.addAttribute("errors", List.of());
		return FORM;
	}

	@PostMapping("/enforcement/plans")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	String processCreationForm(Actor actor, @RequestParam(required = false) String title,
			@RequestParam(name = "region", required = false) String regionCode,
			@RequestParam(required = false) String industries,
			@RequestParam(required = false) LocalDate startsOn, @RequestParam(required = false) LocalDate endsOn,
			@RequestParam(required = false) BigDecimal randomShare, Model model, RedirectAttributes redirect) {
		List<String> industryList = industries == null ? List.of() : Arrays.asList(industries.split("[,，\\s]+"));
		PlanCommand command = new PlanCommand(title, regionCode, industryList, startsOn, endsOn,
				randomShare == null ? null : randomShare.movePointLeft(2));
		try {
			PlanView plan = this.plans.create(actor, command);
			redirect.addFlashAttribute("flashKey", "enforcement.plan.created");
			return "redirect:/enforcement/plans/" + plan.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("command", command);
			model.addAttribute("errors", ex.errors());
			return FORM;
		}
	}

	@GetMapping("/enforcement/plans/{id}")
	String show(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
		PlanView plan = this.plans.find(actor, id);
		model.addAttribute("plan", plan);
		model.addAttribute("lines", this.plans.lines(actor, id, PageQuery.of(page, 50)));
		model.addAttribute("pool", this.plans.pool(actor, id));
		model.addAttribute("conflicts", this.plans.conflicts(actor, id));
		model.addAttribute("base", "/enforcement/plans/" + id + "?");
		return DETAIL;
	}

	@GetMapping("/enforcement/plans/{id}/lines.xlsx")
	void exportLines(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response) {
		PlanView plan = this.plans.find(actor, id);
		List<String> columns = List.of("enforcement.line.seq", "enforcement.line.employer", "enforcement.line.creditCode",
				"enforcement.plan.region", "enforcement.line.class", "enforcement.line.arm", "enforcement.line.inspectors");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "draw-" + plan.publicCode() + ".xlsx",
				word("enforcement.plan.lines", locale), columns.stream().map(c -> word(c, locale)).toList());
		this.plans.forEachLine(actor, id, l -> sheet.row(cells(l, locale)));
		sheet.finish();
	}

	private List<Object> cells(DrawLine l, Locale locale) {
		return Arrays.asList(l.seq(), l.employerName(), l.creditCode(), this.divisions.fullName(l.regionCode()),
				word("enforcement.class." + l.riskClass(), locale), word("enforcement.arm." + l.arm(), locale),
				l.assigned() ? l.inspectorAName() + "、" + l.inspectorBName() : word("enforcement.line.unassigned", locale));
	}

	@PostMapping("/enforcement/plans/{id}/commit")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	String commit(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "enforcement.plan.committed", () -> this.plans.commit(actor, id));
	}

	@PostMapping("/enforcement/plans/{id}/draw")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	String draw(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "enforcement.plan.drawn", () -> this.plans.draw(actor, id));
	}

	@PostMapping("/enforcement/plans/{id}/conflicts")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	String declareConflict(Actor actor, @PathVariable long id, @RequestParam(required = false) Long inspectorId,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, "enforcement.conflict.declared",
				() -> this.plans.declareConflict(actor, id, inspectorId, employerId, reason));
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/enforcement/plans/" + id;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	static String query(PlanFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", filter.q() == null ? "" : filter.q())
			.queryParam("region", filter.region() == null ? "" : filter.region())
			.queryParam("status", filter.status() == null ? "" : filter.status().name())
			.queryParam("sort", filter.sort() == null ? "" : filter.sort())
			.encode()
			.build()
			.getQuery();
	}

}
