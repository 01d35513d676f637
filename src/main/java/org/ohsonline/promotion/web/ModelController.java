package org.ohsonline.promotion.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
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

/** Industry model enterprises (样板企业): the list in scope by industry, its export, marking and withdrawing. */
@Controller
@PreAuthorize("hasAuthority('promotion:healthy:read')")
class ModelController {

	private final ModelEnterprises models;

	private final Divisions divisions;

	private final PromotionIndustries industries;

	private final MessageSource messages;

	ModelController(ModelEnterprises models, Divisions divisions, PromotionIndustries industries, MessageSource messages) {
		this.models = models;
		this.divisions = divisions;
		this.industries = industries;
		this.messages = messages;
	}

	@GetMapping("/promotion/models")
	String list(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			@RequestParam(required = false) Integer page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model) {
		model.addAttribute("page", this.models.search(actor, region, Text.blankToNull(industry), PageQuery.of(page, 20)));
		model.addAttribute("region", region);
		model.addAttribute("industry", industry);
		model.addAttribute("thisYear", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear());
		String query = UriComponentsBuilder.newInstance()
			.queryParam("region", region == null ? "" : region)
			.queryParam("industry", industry == null ? "" : industry)
			.encode()
			.build()
			.getQuery();
		model.addAttribute("base", "/promotion/models?" + query);
		model.addAttribute("exportUrl", "/promotion/models/export.xlsx?" + query);
		return htmx != null ? "promotion/models :: results" : "promotion/models";
	}

	@GetMapping("/promotion/models/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String industry,
			Locale locale, HttpServletResponse response) {
		List<String> columns = Arrays.asList(word("promotion.model.industry", locale), word("promotion.employer", locale),
				word("promotion.creditCode", locale), word("promotion.region", locale), word("promotion.healthy.year", locale),
				word("promotion.model.strengths", locale), word("promotion.model.markedBy", locale));
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "model-enterprises.xlsx",
				word("promotion.model.title", locale), columns);
		this.models.forEach(actor, region, Text.blankToNull(industry), m -> sheet.row(industryName(m.industryCode()), m.name(),
				m.creditCode(), this.divisions.fullName(m.regionCode()), m.year(), m.strengths(), m.markedBy()));
		sheet.finish();
	}

	@PostMapping("/promotion/models")
	@PreAuthorize("hasAuthority('promotion:model:write')")
	String mark(Actor actor, @RequestParam(required = false) Long employerId, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String strengths, RedirectAttributes redirect) {
		try {
			if (employerId == null) {
				throw InvalidInputException.of("employerId", "promotion.model.employer");
			}
			this.models.mark(actor, employerId, year == null ? 0 : year, strengths);
			redirect.addFlashAttribute("flashKey", "promotion.model.marked");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/promotion/models";
	}

	@PostMapping("/promotion/models/{id}/withdraw")
	@PreAuthorize("hasAuthority('promotion:model:write')")
	String withdraw(Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.models.withdraw(actor, id, reason);
			redirect.addFlashAttribute("flashKey", "promotion.model.withdrawn");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/promotion/models";
	}

	String industryName(String code) {
		return this.industries.name(code);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
