package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.DiseaseRegistry;
import org.ohsonline.reference.OccupationalDiseases;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The occupational-disease registry of the jurisdiction: cases by disease category, region and
 * year, with a chart of cases per category and year (and its table), and the export of exactly
 * what is filtered.
 */
@Controller
@PreAuthorize("hasAuthority('diagnosis:case:read')")
class RegistryController {

	static final String PAGE = "diagnosis/registry";

	private static final List<String> EXPORT_COLUMNS = List.of("diagnosis.number", "diagnosis.worker",
			"diagnosis.idNumber", "diagnosis.employer", "diagnosis.creditCode", "diagnosis.region",
			"diagnosis.institution", "diagnosis.category", "diagnosis.disease", "diagnosis.stage", "diagnosis.outcomeOn",
			"diagnosis.final");

	private final DiseaseRegistry registry;

	private final OccupationalDiseases diseases;

	private final DiagnosisRegions regions;

	private final MessageSource messages;

	RegistryController(DiseaseRegistry registry, OccupationalDiseases diseases, DiagnosisRegions regions,
			MessageSource messages) {
		this.registry = registry;
		this.diseases = diseases;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/diagnosis/registry")
	String page(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean finalOnly, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		DiseaseRegistry.Filter filter = filter(q, region, category, year, finalOnly, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.registry.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("counts", this.registry.countsByCategoryAndYear(actor, filter));
		model.addAttribute("categories", this.diseases.categories());
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		int thisYear = LocalDate.now().getYear();
		model.addAttribute("years", java.util.stream.IntStream.rangeClosed(thisYear - 9, thisYear).boxed()
			.sorted(java.util.Comparator.reverseOrder()).toList());
		model.addAttribute("dataDate", LocalDate.now().toString());
		String query = query(filter);
		model.addAttribute("base", "/diagnosis/registry?" + query);
		model.addAttribute("exportUrl", "/diagnosis/registry/export.xlsx?" + query);
		model.addAttribute("chartUrl", "/diagnosis/registry/counts?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? PAGE + " :: results" : PAGE;
	}

	/** The chart's data: cases per category and year for the filter. */
	@GetMapping("/diagnosis/registry/counts")
	@ResponseBody
	List<DiseaseRegistry.Count> counts(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean finalOnly) {
		return this.registry.countsByCategoryAndYear(actor, filter(q, region, category, null, finalOnly, null));
	}

	@GetMapping("/diagnosis/registry/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean finalOnly, @RequestParam(required = false) String sort,
			Locale locale, HttpServletResponse response) {
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "disease-registry.xlsx",
				Web.message(this.messages, "diagnosis.registry.title", locale),
				EXPORT_COLUMNS.stream().map(c -> Web.message(this.messages, c, locale)).toList());
		this.registry.forEach(actor, filter(q, region, category, year, finalOnly, sort),
				e -> sheet.row(e.number(), e.workerNameMasked(), e.workerIdMasked(), e.employerName(), e.creditCode(),
						this.regions.name(e.regionCode()), e.institutionName(), e.categoryName(), e.diseaseName(),
						Web.message(this.messages, "diagnosis.stage." + e.stage(), locale), e.outcomeOn(),
						e.outcomeFinal() ? Web.message(this.messages, "diagnosis.finalYes", locale) : ""));
		sheet.finish();
	}

	static DiseaseRegistry.Filter filter(String q, String region, String category, Integer year, Boolean finalOnly,
			String sort) {
		return new DiseaseRegistry.Filter(Text.blankToNull(q), Text.blankToNull(region), Text.blankToNull(category), year,
				Boolean.TRUE.equals(finalOnly), Text.blankToNull(sort));
	}

	static String query(DiseaseRegistry.Filter filter) {
		return Web.query("q", filter.q(), "region", filter.region(), "category", filter.category(), "year", filter.year(),
				"finalOnly", filter.finalOnly() ? "true" : "", "sort", filter.sort());
	}

}
