package org.ohsonline.agency.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.RatingAdjustment;
import org.ohsonline.agency.RatingFilter;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.agency.RatingView;
import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.HazardFactors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 信誉评级: the ratings of the region, their export, and a supervisor's recomputation and adjustment. */
@Controller
@PreAuthorize("hasAuthority('agency:rating:read')")
class RatingController {

	static final String LIST = "agency/ratings";

	private static final List<String> EXPORT_COLUMNS = List.of("agency.agency.name", "agency.agency.kind",
			"agency.agency.regionCode", "agency.agency.region", "agency.rating.status", "agency.rating.score",
			"agency.rating.level", "agency.rating.stars", "agency.rating.computedLevel", "agency.rating.computedStars",
			"agency.rating.adjustmentReason", "agency.rating.ratedOn", "agency.rating.ruleEdition",
			"agency.rating.missing");

	private final CreditRatings ratings;

	private final Divisions divisions;

	private final HazardFactors hazards;

	private final MessageSource messages;

	private final CatalogTexts texts;

	RatingController(CreditRatings ratings, Divisions divisions, HazardFactors hazards, MessageSource messages,
			CatalogTexts texts) {
		this.texts = texts;
		this.ratings = ratings;
		this.divisions = divisions;
		this.hazards = hazards;
		this.messages = messages;
	}

	@GetMapping("/agencies/ratings")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String level,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		RatingFilter filter = filter(q, region, kind, level, status, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.ratings.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("labels", new Labels(this.divisions, this.hazards));
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("levels", CreditLevel.values());
		model.addAttribute("statuses", RatingStatus.values());
		model.addAttribute("scopeName", actor.scope().regionPrefix().map(this.divisions::fullName).orElse(""));
		String query = query(filter);
		model.addAttribute("base", "/agencies/ratings?" + query);
		model.addAttribute("exportUrl", "/agencies/ratings/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	/** Exactly the filtered ratings, streamed row by row. */
	@GetMapping("/agencies/ratings/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String level,
			@RequestParam(required = false) String status, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) {
		RatingFilter filter = filter(q, region, kind, level, status, sort);
		Labels labels = new Labels(this.divisions, this.hazards);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "agency-ratings.xlsx",
				message("agency.rating.list.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.ratings.forEach(actor, filter, r -> sheet.row(r.agencyName(), message("agency.kind." + r.kind(), locale),
				r.regionCode(), labels.region(r.regionCode()), message("agency.rating.status." + r.status(), locale),
				r.score() == null ? "" : r.score().toPlainString(), r.level() == null ? "" : r.level().name(),
				r.stars() == null ? "" : r.stars(), r.computedLevel() == null ? "" : r.computedLevel().name(),
				r.computedStars() == null ? "" : r.computedStars(),
				r.adjustment() == null ? "" : r.adjustment().reason(), r.ratedOn(), this.texts.edition("agency-rating-rules", r.ruleEdition(), locale),
				String.join(", ", r.missing().stream().map(m -> message("agency.rating.indicator." + m, locale)).toList())));
		sheet.finish();
	}

	@PostMapping("/agencies/{id}/rating/recompute")
	@PreAuthorize("hasAuthority('agency:rating:adjust')")
	String recompute(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		RatingView rating = this.ratings.recompute(actor, id);
		redirect.addFlashAttribute("flashKey",
				rating.rated() ? "agency.rating.recomputedDone" : "agency.rating.recomputedNotRated");
		return "redirect:/agencies/" + id + "?tab=rating";
	}

	@PostMapping("/agencies/{id}/rating/adjust")
	@PreAuthorize("hasAuthority('agency:rating:adjust')")
	String adjust(Actor actor, @PathVariable long id, @RequestParam(required = false) String level,
			@RequestParam(required = false) Integer stars, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			this.ratings.adjust(actor, id,
					new RatingAdjustment(level(level), stars, reason));
			redirect.addFlashAttribute("flashKey", "agency.rating.adjustedDone");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("actionErrors", ex.errors());
		}
		return "redirect:/agencies/" + id + "?tab=rating";
	}

	private static CreditLevel level(String level) {
		String name = Text.enumName(level, CreditLevel.class);
		return name == null ? null : CreditLevel.valueOf(name);
	}

	static RatingFilter filter(String q, String region, String kind, String level, String status, String sort) {
		return new RatingFilter(Text.blankToNull(q), Text.blankToNull(region), Text.enumName(kind, AgencyKind.class),
				Text.enumName(level, CreditLevel.class), Text.enumName(status, RatingStatus.class), Text.blankToNull(sort));
	}

	static String query(RatingFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", Text.nullToEmpty(filter.q()))
			.queryParam("region", Text.nullToEmpty(filter.region()))
			.queryParam("kind", Text.nullToEmpty(filter.kind()))
			.queryParam("level", Text.nullToEmpty(filter.level()))
			.queryParam("status", Text.nullToEmpty(filter.status()))
			.queryParam("sort", Text.nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
