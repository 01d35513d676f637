package org.ohsonline.testing.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.ValidityClockFilter;
import org.ohsonline.testing.ValidityKind;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Testing and evaluation due dates of the jurisdiction (检测评价到期与逾期): overdue by default, or due
 * within the reminder period, or all; earliest due first; exported exactly as filtered.
 */
@Controller
@PreAuthorize("hasAuthority('testing:clock:read')")
class ValidityClockController {

	static final String LIST = "testing/clocks";

	private static final List<String> DUE = List.of("overdue", "soon", "all");

	private static final List<String> EXPORT_COLUMNS = List.of("testing.clock.employer", "testing.clock.creditCode",
			"testing.clock.region", "testing.clock.kind", "testing.clock.severity", "testing.clock.interval",
			"testing.clock.lastDone", "testing.clock.due", "testing.clock.daysLeft", "testing.clock.basis");

	private final TestingClocks clocks;

	private final Divisions divisions;

	private final MessageSource messages;

	ValidityClockController(TestingClocks clocks, Divisions divisions, MessageSource messages) {
		this.clocks = clocks;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/testing/clocks")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String due,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		ValidityClockFilter filter = filter(q, region, kind, due);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.clocks.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		model.addAttribute("dueOptions", DUE);
		model.addAttribute("kinds", ValidityKind.values());
		String query = query(filter);
		model.addAttribute("base", "/testing/clocks?" + query);
		model.addAttribute("exportQuery", query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/testing/clocks/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String due, Locale locale,
			HttpServletResponse response) {
		ValidityClockFilter filter = filter(q, region, kind, due);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "testing-due.xlsx",
				message("testing.clocks.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.clocks.forEach(actor, filter, c -> sheet.row(c.employerName(), c.creditCode(),
				this.divisions.fullName(c.regionCode()), message("testing.validityKind." + c.kind(), locale),
				message("registry.severity." + c.severity(), locale), c.months(), c.lastDoneOn(), c.dueOn(),
				c.deadline().daysLeft(), c.basis()));
		sheet.finish();
	}

	private static ValidityClockFilter filter(String q, String region, String kind, String due) {
		String shown = due != null && DUE.contains(due) ? due : "overdue";
		return new ValidityClockFilter(Text.blankToNull(q), Text.blankToNull(region),
				Text.enumName(kind, ValidityKind.class) == null ? null : ValidityKind.valueOf(Text.enumName(kind, ValidityKind.class)),
				shown, null);
	}

	private static String query(ValidityClockFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("kind", filter.kind() == null ? "" : filter.kind().name())
			.queryParam("due", filter.due())
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
