package org.ohsonline.grid.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.ohsonline.grid.GridKpis;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.grid.KpiSheet;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.grid.Quarter;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A grid's page: its employers (current and past, with dates), townships, assignments and the forms changing them,
 * the quarter's KPI table with a chart beside it; the employers behind each KPI and their Excel export.
 */
@Controller
@PreAuthorize(GridListController.READ)
class GridPageController {

	static final String DETAIL = "grid/detail";

	static final String EMPLOYERS = "grid/employers";

	static final Set<String> KPIS = Set.of("INSPECTION_COVERAGE", "DECLARATION_ON_TIME", "EXAMS", "NEW_EXAMS", "PENALTIES");

	private final Grids grids;

	private final GridKpis kpis;

	private final Divisions divisions;

	private final MessageSource messages;

	GridPageController(Grids grids, GridKpis kpis, Divisions divisions, MessageSource messages) {
		this.grids = grids;
		this.kpis = kpis;
		this.divisions = divisions;
		this.messages = messages;
	}

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	/** The quarter asked for; a malformed or future one is refused by name (400 with the reason). */
	static Quarter quarter(String text) {
		return Quarter.parse(text, today());
	}

	@GetMapping("/grids/{id}")
	String detail(Actor actor, @PathVariable long id, @RequestParam(required = false) String quarter, Model model) {
		GridView grid = this.grids.find(actor, id);
		Quarter q = quarter(quarter);
		boolean writer = actor.can("grid:grid:write");
		model.addAttribute("grid", grid);
		model.addAttribute("quarter", q);
		model.addAttribute("quarters", recentQuarters());
		model.addAttribute("sheet", this.kpis.ofGrid(actor, id, q));
		model.addAttribute("writer", writer);
		model.addAttribute("inspectors", writer ? this.grids.assignable(actor, id, GridRole.INSPECTOR) : List.of());
		model.addAttribute("assistants", writer ? this.grids.assignable(actor, id, GridRole.ASSISTANT) : List.of());
		model.addAttribute("roles", GridRole.values());
		model.addAttribute("townshipOptions", writer ? this.divisions.children(grid.countyCode()) : List.of());
		model.addAttribute("today", today());
		return DETAIL;
	}

	/** This quarter and the seven before it, for the quarter picker. */
	static List<Quarter> recentQuarters() {
		List<Quarter> list = new java.util.ArrayList<>();
		Quarter q = Quarter.of(today());
		for (int i = 0; i < 8; i++) {
			list.add(q);
			q = q.previous();
		}
		return list;
	}

	@GetMapping("/grids/{id}/kpis/{code}")
	String employers(Actor actor, @PathVariable long id, @PathVariable String code,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String part, Model model) {
		if (!KPIS.contains(code)) {
			throw new NotFoundException("grid KPI", code);
		}
		GridView grid = this.grids.find(actor, id);
		Quarter q = quarter(quarter);
		KpiSheet sheet = this.kpis.ofGrid(actor, id, q);
		boolean numerator = !"denominator".equals(part);
		List<KpiEmployer> rows = behind(this.kpis.employersOfGrid(actor, id, q), sheet, code, numerator);
		model.addAttribute("grid", grid);
		model.addAttribute("quarter", q);
		model.addAttribute("sheet", sheet);
		model.addAttribute("figure", sheet.figures().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow());
		model.addAttribute("code", code);
		model.addAttribute("part", numerator ? "numerator" : "denominator");
		model.addAttribute("rows", rows);
		return EMPLOYERS;
	}

	/** The employers behind a KPI's numerator (those contributing to it) or denominator (a count's: all). */
	private static List<KpiEmployer> behind(List<KpiEmployer> rows, KpiSheet sheet, String code, boolean numerator) {
		return rows.stream()
			.filter(r -> numerator ? r.numerator(code) > 0 : r.denominator(code) > 0 || !isRate(sheet, code))
			.toList();
	}

	private static boolean isRate(KpiSheet sheet, String code) {
		return sheet.figures().stream().anyMatch(f -> f.code().equals(code) && f.rateKind());
	}

	/** The grid's employers with their figures; with {@code code}, exactly those behind that KPI's numerator or denominator. */
	@GetMapping("/grids/{id}/kpis/export.xlsx")
	void export(Actor actor, @PathVariable long id, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) String code, @RequestParam(required = false) String part, Locale locale,
			HttpServletResponse response) {
		if (code != null && !KPIS.contains(code)) {
			throw new NotFoundException("grid KPI", code);
		}
		GridView grid = this.grids.find(actor, id);
		Quarter q = quarter(quarter);
		List<KpiEmployer> rows = this.kpis.employersOfGrid(actor, id, q);
		if (code != null) {
			rows = behind(rows, this.kpis.ofGrid(actor, id, q), code, !"denominator".equals(part));
		}
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response,
				"grid-" + id + "-" + q + (code == null ? "" : "-" + code + "-" + ("denominator".equals(part) ? part : "numerator"))
						+ ".xlsx",
				grid.name() + " " + q, columns(locale));
		rows.forEach(r -> sheet.row(row(r)));
		sheet.finish();
	}

	List<String> columns(Locale locale) {
		return List.of("grid.employer.creditCode", "grid.employer.name", "grid.employer.region", "grid.kpi.col.inspections",
				"grid.kpi.col.declarationsDue", "grid.kpi.col.declarationsOnTime", "grid.kpi.col.exams",
				"grid.kpi.col.newlyExamined", "grid.kpi.col.penalties")
			.stream()
			.map(k -> this.messages.getMessage(k, null, k, locale))
			.toList();
	}

	List<Object> row(KpiEmployer r) {
		return java.util.Arrays.asList(r.creditCode(), r.name(), this.divisions.fullName(r.regionCode()), r.inspections(),
				r.declarationsDue(), r.declarationsOnTime(), r.exams(), r.newlyExamined(), r.penalties());
	}

	@PostMapping("/grids/{id}/townships")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String addTownship(Actor actor, @PathVariable long id, @RequestParam(required = false) String townshipCode,
			@RequestParam(required = false) String from, RedirectAttributes redirect) {
		return act(id, redirect, "grid.township.flash", () -> this.grids.addTownship(actor, id, townshipCode, date("from", from)));
	}

	@PostMapping("/grids/{id}/employers")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String addEmployer(Actor actor, @PathVariable long id, @RequestParam(required = false) String creditCode,
			@RequestParam(required = false) String from, RedirectAttributes redirect) {
		return act(id, redirect, "grid.member.flash", () -> this.grids.addEmployer(actor, id, creditCode, date("from", from)));
	}

	@PostMapping("/grids/{id}/members/{memberId}/end")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String endMember(Actor actor, @PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(id, redirect, "grid.member.endFlash", () -> this.grids.removeMember(actor, id, memberId, date("on", on)));
	}

	@PostMapping("/grids/{id}/assignments")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String assign(Actor actor, @PathVariable long id, @RequestParam(required = false) Long userId,
			@RequestParam(required = false) String role, @RequestParam(required = false) String from,
			RedirectAttributes redirect) {
		return act(id, redirect, "grid.assignment.flash", () -> {
			String r = Text.enumName(role, GridRole.class);
			if (userId == null) {
				throw InvalidInputException.of("userId", "grid.assignment.person");
			}
			return this.grids.assign(actor, id, userId, r == null ? null : GridRole.valueOf(r), date("from", from));
		});
	}

	@PostMapping("/grids/{id}/assignments/{assignmentId}/end")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String endAssignment(Actor actor, @PathVariable long id, @PathVariable long assignmentId,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return act(id, redirect, "grid.assignment.endFlash",
				() -> this.grids.endAssignment(actor, id, assignmentId, date("on", on)));
	}

	static LocalDate date(String field, String text) {
		try {
			return Text.blankToNull(text) == null ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(field, "grid.from.invalid", text);
		}
	}

	private static String act(long id, RedirectAttributes redirect, String flashKey, Supplier<?> action) {
		try {
			Object result = action.get();
			redirect.addFlashAttribute("flashKey", flashKey);
			if (result instanceof MembershipChange change) {
				redirect.addFlashAttribute("refused", change.refused());
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/grids/" + id;
	}

}
