package org.ohsonline.risk.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.reference.Divisions;
import org.ohsonline.risk.RiskDashboard;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard (风险分布): classes and lights per division below the region, with drill-down from the
 * province to the employer list of a township; movements between classes by month; overdue rectification.
 * Charts (ECharts) with a table view and an export of the same figures.
 */
@Controller
@PreAuthorize("hasAuthority('risk:dashboard:read')")
class DashboardController {

	static final String PAGE = "risk/dashboard";

	private final RiskDashboard dashboard;

	private final Divisions divisions;

	private final MessageSource messages;

	DashboardController(RiskDashboard dashboard, Divisions divisions, MessageSource messages) {
		this.dashboard = dashboard;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/risk/dashboard")
	String show(Actor actor, @RequestParam(required = false) String region, Model model) {
		String shown = ScopeFilter.narrowRegion(actor, region).orElse(actor.scope().value());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<RiskDashboard.RegionCount> rows = this.dashboard.distribution(actor, shown);
		model.addAttribute("region", shown);
		model.addAttribute("regionName", shown.isEmpty() ? "" : this.divisions.fullName(shown));
		model.addAttribute("parent", shown.length() > actor.scope().value().length() ? parent(shown) : null);
		model.addAttribute("rows", rows);
		model.addAttribute("leaf", shown.length() >= 9);
		model.addAttribute("movements", this.dashboard.movements(actor, shown, today.minusMonths(12).withDayOfMonth(1), today));
		model.addAttribute("today", today);
		return PAGE;
	}

	@GetMapping("/risk/dashboard/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, Locale locale,
			HttpServletResponse response) {
		String shown = ScopeFilter.narrowRegion(actor, region).orElse(actor.scope().value());
		List<String> columns = List.of("risk.dashboard.region", "risk.classShort.JIA", "risk.classShort.YI",
				"risk.classShort.BING", "risk.dashboard.unclassified", "risk.light.GREEN", "risk.light.YELLOW",
				"risk.light.RED", "risk.dashboard.openItems", "risk.dashboard.overdueItems");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "risk-distribution.xlsx",
				Words.of(this.messages, "risk.dashboard.title", locale),
				columns.stream().map(c -> Words.of(this.messages, c, locale)).toList());
		for (RiskDashboard.RegionCount row : this.dashboard.distribution(actor, shown)) {
			sheet.row(Arrays.asList(row.regionName(), row.jia(), row.yi(), row.bing(), row.unclassified(), row.green(),
					row.yellow(), row.red(), row.openItems(), row.overdueItems()));
		}
		sheet.finish();
	}

	static String parent(String region) {
		return switch (region.length()) {
			case 4 -> region.substring(0, 2);
			case 6 -> region.substring(0, 4);
			case 9 -> region.substring(0, 6);
			default -> "";
		};
	}

}
