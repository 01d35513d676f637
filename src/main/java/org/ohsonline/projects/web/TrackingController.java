package org.ohsonline.projects.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.projects.Stage;
import org.ohsonline.projects.Tracking;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The quarterly tracking of projects by stage and region: a chart drawn from the table beside it, and its export. */
@Controller
@PreAuthorize("hasAuthority('projects:project:read')")
class TrackingController {

	private final Tracking tracking;

	private final Divisions divisions;

	private final MessageSource messages;

	TrackingController(Tracking tracking, Divisions divisions, MessageSource messages) {
		this.tracking = tracking;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/projects/tracking")
	String quarter(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			Model model) {
		int[] q = period(period);
		model.addAttribute("tracking", this.tracking.quarter(actor, region, q[0], q[1]));
		model.addAttribute("region", region);
		model.addAttribute("period", q[0] + "Q" + q[1]);
		List<String> periods = new java.util.ArrayList<>();
		periods.add(current());
		periods.addAll(ProjectVerificationController.finishedQuarters());
		model.addAttribute("periods", periods);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("exportUrl", "/projects/tracking/export.xlsx?" + UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("period", q[0] + "Q" + q[1])
			.encode()
			.build()
			.getQuery());
		return "projects/tracking";
	}

	@GetMapping("/projects/tracking/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			Locale locale, HttpServletResponse response) {
		int[] q = period(period);
		Tracking.TrackingView view = this.tracking.quarter(actor, region, q[0], q[1]);
		List<String> columns = new java.util.ArrayList<>(List.of(word("projects.region", locale)));
		Arrays.stream(Stage.values()).forEach(s -> columns.add(word("projects.stage." + s, locale)));
		columns.addAll(List.of(word("projects.stage.DONE", locale), word("projects.tracking.overdue", locale),
				word("projects.tracking.registered", locale), word("projects.tracking.completed", locale),
				word("projects.tracking.total", locale)));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "project-tracking-" + q[0] + "Q" + q[1] + ".xlsx",
				word("projects.tracking.title", locale), columns);
		for (Tracking.Row row : view.rows()) {
			List<Object> cells = new java.util.ArrayList<>(List.of(this.divisions.fullName(row.regionCode())));
			cells.addAll(row.atStage().values());
			cells.addAll(List.of(row.overdue(), row.registered(), row.completed(), row.total()));
			sheet.row(cells.toArray());
		}
		sheet.finish();
	}

	private static String current() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
	}

	/** {@code 2026Q3} as year and quarter; the current quarter when absent or unreadable. */
	static int[] period(String period) {
		String p = period == null || !period.trim().matches("20\\d{2}Q[1-4]") ? current() : period.trim();
		return new int[] { Integer.parseInt(p.substring(0, 4)), Integer.parseInt(p.substring(5)) };
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
