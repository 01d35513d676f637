package org.ohsonline.monitoring.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertKind;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exposure alerts and their lifecycle, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/monitoring/alerts")
@Tag(name = "Monitoring alerts", description = "Raised → acknowledged → verifying → closed or confirmed")
class AlertApi {

	private final Alerts alerts;

	AlertApi(Alerts alerts) {
		this.alerts = alerts;
	}

	record Text(String text) {
	}

	@GetMapping
	@Operation(summary = "Alerts in scope; queue=verification (awaiting an inspector), mine, open")
	Page<AlertView> search(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) AlertStatus status, @RequestParam(required = false) AlertKind kind,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String queue,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.alerts.search(actor, new AlertFilter(region, status, kind, employerId, queue),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	AlertView find(Actor actor, @PathVariable long id) {
		return this.alerts.find(actor, id);
	}

	@PostMapping("/{id}/acknowledge")
	@Operation(summary = "The employer explains the exceedance (body: {\"text\": …})")
	AlertView acknowledge(Actor actor, @PathVariable long id, @RequestBody Text body) {
		return this.alerts.acknowledge(actor, id, body == null ? null : body.text());
	}

	@PostMapping("/{id}/verification")
	@Operation(summary = "An inspector takes the verification task")
	AlertView startVerification(Actor actor, @PathVariable long id) {
		return this.alerts.startVerification(actor, id);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "The verifying inspector accepts the explanation (body: {\"text\": note})")
	AlertView close(Actor actor, @PathVariable long id, @RequestBody Text body) {
		return this.alerts.closeAsExplained(actor, id, body == null ? null : body.text());
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "The verifying inspector confirms a violation (body: {\"text\": note}); enforcement picks it up")
	AlertView confirm(Actor actor, @PathVariable long id, @RequestBody Text body) {
		return this.alerts.confirmViolation(actor, id, body == null ? null : body.text());
	}

}
