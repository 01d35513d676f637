package org.ohsonline.grid.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.ohsonline.grid.Appraisal;
import org.ohsonline.grid.GridKpis;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.grid.Quarter;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The quarterly appraisal sheets (季度考核表): the persons assigned to grids in reach, one person's sheet with the
 * employers behind it, and its PDF issued with a verification code (the facade decides whose sheet a reader sees).
 */
@Controller
@PreAuthorize(GridListController.READ)
class AppraisalController {

	static final String LIST = "grid/appraisals";

	static final String SHEET = "grid/appraisal";

	private final GridKpis kpis;

	private final GridPageController pages;

	AppraisalController(GridKpis kpis, GridPageController pages) {
		this.kpis = kpis;
		this.pages = pages;
	}

	@GetMapping("/grids/appraisals")
	String list(Actor actor, @RequestParam(required = false) String quarter, Model model) {
		Quarter q = GridPageController.quarter(quarter);
		model.addAttribute("quarter", q);
		model.addAttribute("quarters", GridPageController.recentQuarters());
		model.addAttribute("persons", this.kpis.assignedPersons(actor, q));
		return LIST;
	}

	@GetMapping("/grids/appraisals/{userId}")
	String sheet(Actor actor, @PathVariable long userId, @RequestParam(required = false) String quarter, Model model) {
		Quarter q = GridPageController.quarter(quarter);
		Appraisal appraisal = this.kpis.appraisal(actor, userId, q);
		model.addAttribute("quarter", q);
		model.addAttribute("quarters", GridPageController.recentQuarters());
		model.addAttribute("appraisal", appraisal);
		model.addAttribute("sheet", appraisal.sheet());
		model.addAttribute("rows", this.kpis.employersOfPerson(actor, userId, q));
		return SHEET;
	}

	@GetMapping("/grids/appraisals/{userId}/export.xlsx")
	void export(Actor actor, @PathVariable long userId, @RequestParam(required = false) String quarter, Locale locale,
			HttpServletResponse response) {
		Quarter q = GridPageController.quarter(quarter);
		List<KpiEmployer> rows = this.kpis.employersOfPerson(actor, userId, q);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "appraisal-" + userId + "-" + q + ".xlsx",
				q.toString(), this.pages.columns(locale));
		rows.forEach(r -> sheet.row(this.pages.row(r)));
		sheet.finish();
	}

	@PostMapping("/grids/appraisals/{userId}/pdf")
	ResponseEntity<byte[]> pdf(Actor actor, @PathVariable long userId, @RequestParam(required = false) String quarter) {
		Quarter q = GridPageController.quarter(quarter);
		byte[] pdf = this.kpis.issueAppraisal(actor, userId, q);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("appraisal-" + userId + "-" + q + ".pdf").build().toString())
			.body(pdf);
	}

}
