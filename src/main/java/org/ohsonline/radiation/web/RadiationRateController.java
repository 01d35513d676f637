package org.ohsonline.radiation.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.MonitoringRates;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The personal dose monitoring rate of a period: the region's total, its divisions one level down as a chart and a
 * table, and its employers (lowest rate first) with the export of exactly those rows.
 */
@Controller
@PreAuthorize("hasAuthority('radiation:rate:read')")
class RadiationRateController {

	private final DoseRecords doses;

	private final Divisions divisions;

	private final MessageSource messages;

	RadiationRateController(DoseRecords doses, Divisions divisions, MessageSource messages) {
		this.doses = doses;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/radiation/rates")
	String rates(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) Integer page, Model model) {
		MonitoringRates rates;
		try {
			rates = this.doses.rates(actor, region, period, PageQuery.of(page, 20));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("actionErrors", ex.errors());
			rates = this.doses.rates(actor, region, null, PageQuery.of(page, 20));
		}
		model.addAttribute("rates", rates);
		model.addAttribute("region", region);
		model.addAttribute("period", rates.period());
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("period", rates.period())
			.encode()
			.build()
			.getQuery();
		model.addAttribute("base", "/radiation/rates?" + query);
		model.addAttribute("exportUrl", "/radiation/rates/export.xlsx?" + query);
		model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
		return "radiation/rates";
	}

	@GetMapping("/radiation/rates/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "radiation-rates.xlsx", word("radiation.rate.title", locale),
				List.of(word("radiation.employer", locale), word("radiation.region", locale), word("radiation.period", locale),
						word("radiation.rate.monitored", locale), word("radiation.rate.workers", locale),
						word("radiation.rate.percent", locale)));
		String shown = this.doses.rates(actor, region, period, new PageQuery(1, 1)).period();
		this.doses.forEachEmployerRate(actor, region, period, r -> sheet.row(r.name(), this.divisions.fullName(r.regionCode()), shown,
				r.monitored(), r.workers(), r.percent()));
		sheet.finish();
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
