package org.ohsonline.monitoring.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
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

/** The alert queue (inspectors: what awaits verification) and an alert with its lifecycle actions. */
@Controller
@PreAuthorize("hasAuthority('monitoring:alert:read')")
class AlertController {

	static final String LIST = "monitoring/alerts";

	static final String DETAIL = "monitoring/alert";

	/** Columns of the export, as message keys; the same order as {@link #cells}. */
	private static final List<String> EXPORT_COLUMNS = List.of("monitoring.alert.raisedAt", "monitoring.employer",
			"monitoring.region", "monitoring.post", "monitoring.factors", "monitoring.device", "monitoring.alert.kind",
			"monitoring.alert.observed", "monitoring.alert.limit", "monitoring.alert.unit", "monitoring.alert.occurrences",
			"common.status", "monitoring.alert.acknowledgeDue", "monitoring.alert.explanation", "monitoring.alert.inspector",
			"monitoring.alert.resolution");

	private final Alerts alerts;

	private final MessageSource messages;

	AlertController(Alerts alerts, MessageSource messages) {
		this.alerts = alerts;
		this.messages = messages;
	}

	@GetMapping("/monitoring/alerts")
	String list(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) AlertStatus status, @RequestParam(required = false) AlertKind kind,
			@RequestParam(required = false) String queue, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String shownQueue = queue == null && actor.can("monitoring:alert:verify") ? "verification"
				: ("all".equals(queue) ? null : queue);
		AlertFilter filter = new AlertFilter(region, status, kind, null, shownQueue);
		model.addAttribute("page", this.alerts.search(actor, filter, PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("queue", shownQueue == null ? "all" : shownQueue);
		model.addAttribute("statuses", List.of(AlertStatus.values()));
		model.addAttribute("kinds", List.of(AlertKind.values()));
		model.addAttribute("exportUrl", UriComponentsBuilder.fromPath("/monitoring/alerts/export.xlsx")
			.queryParam("queue", shownQueue == null ? "all" : shownQueue)
			.queryParam("region", region == null ? "" : region)
			.queryParam("status", status == null ? "" : status.name())
			.queryParam("kind", kind == null ? "" : kind.name())
			.encode()
			.toUriString());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/monitoring/alerts")
			.queryParam("queue", shownQueue == null ? "all" : shownQueue)
			.queryParam("region", region == null ? "" : region)
			.queryParam("status", status == null ? "" : status.name())
			.queryParam("kind", kind == null ? "" : kind.name())
			.encode()
			.toUriString());
		return htmx != null ? LIST + " :: results" : LIST;
	}

	/** Exactly the filtered queue, streamed row by row, for filing or a weekly report. */
	@GetMapping("/monitoring/alerts/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) AlertStatus status, @RequestParam(required = false) AlertKind kind,
			@RequestParam(required = false) String queue, Locale locale, HttpServletResponse response) {
		AlertFilter filter = new AlertFilter(region, status, kind, null, "all".equals(queue) ? null : queue);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "alerts.xlsx",
				message("monitoring.alert.list.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.alerts.forEach(actor, filter, alert -> sheet.row(cells(alert, locale)));
		sheet.finish();
	}

	private List<Object> cells(AlertView alert, Locale locale) {
		return java.util.Arrays.asList(alert.raisedAt(), alert.employerName(), alert.regionCode(), alert.postName(),
				alert.hazardName(), alert.deviceCode(), message("monitoring.kind." + alert.kind(), locale), alert.observed(),
				alert.limit(), alert.unit(), alert.occurrences(), message("monitoring.status." + alert.status(), locale),
				alert.acknowledgeDue(), alert.explanation(), alert.inspector(), alert.resolutionNote());
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	@GetMapping("/monitoring/alerts/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("alert", this.alerts.find(actor, id));
		return DETAIL;
	}

	@PostMapping("/monitoring/alerts/{id}/acknowledge")
	String acknowledge(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.alert.acknowledged", () -> this.alerts.acknowledge(actor, id, text));
	}

	@PostMapping("/monitoring/alerts/{id}/verification")
	String startVerification(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.alert.verificationStarted", () -> this.alerts.startVerification(actor, id));
	}

	@PostMapping("/monitoring/alerts/{id}/close")
	String close(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.alert.closed", () -> this.alerts.closeAsExplained(actor, id, text));
	}

	@PostMapping("/monitoring/alerts/{id}/confirm")
	String confirm(Actor actor, @PathVariable long id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		return act(id, redirect, "monitoring.alert.confirmed", () -> this.alerts.confirmViolation(actor, id, text));
	}

	/** Post-redirect-get: a flash on success, the rule broken on failure (shown beside the form). */
	private String act(long id, RedirectAttributes redirect, String flashKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashKey", flashKey);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/monitoring/alerts/" + id;
	}

}
