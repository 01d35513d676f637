package org.ohsonline.enforcement.web;

import java.util.List;

import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Case candidates in the inspector's queue: monitoring alerts confirmed as violations (非现场执法) and rectification
 * items past their deadline, in the caller's scope, read through the monitoring and risk facades with the caller's
 * own actor (each list only with its own read permission). Each links to the record it comes from and to the
 * employer, where the inspector decides whether an inspection and a case follow.
 */
@Controller
@PreAuthorize("hasAuthority('enforcement:case:read')")
class CandidateController {

	static final String VIEW = "enforcement/candidates";

	private static final PageQuery FIRST = PageQuery.of(1, 50);

	private final Alerts alerts;

	private final Rectifications rectifications;

	CandidateController(Alerts alerts, Rectifications rectifications) {
		this.alerts = alerts;
		this.rectifications = rectifications;
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
		return VIEW;
	}

}
