package org.ohsonline.declaration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.shared.Text;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The declaration list (filters, sort, paging, export of exactly what is filtered). An employer's
 * manager sees their own declarations and, above them, the declaration deadlines still pending.
 */
@Controller
@PreAuthorize("hasAuthority('declaration:declaration:read')")
class DeclarationListController {

	static final String LIST = "declaration/declarations";

	private static final List<String> EXPORT_COLUMNS = List.of("declaration.number", "declaration.employer",
			"declaration.creditCode", "declaration.region", "declaration.kind", "common.status",
			"declaration.factorCount", "declaration.totalExposed", "declaration.submittedAt", "declaration.acceptedOn");

	private final Declarations declarations;

	private final DeclarationClocks clocks;

	private final Employers employers;

	private final Regions regions;

	private final MessageSource messages;

	DeclarationListController(Declarations declarations, DeclarationClocks clocks, Employers employers, Regions regions,
			MessageSource messages) {
		this.declarations = declarations;
		this.clocks = clocks;
		this.employers = employers;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/declarations")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		DeclarationFilter filter = filter(q, region, status, kind, from, to, employerId, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.declarations.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("statuses", DeclarationStatus.values());
		model.addAttribute("kinds", DeclarationKind.values());
		String query = query(filter);
		model.addAttribute("base", "/declarations?" + query);
		model.addAttribute("exportUrl", "/declarations/export.xlsx?" + query);
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			ownEmployer(actor).ifPresent(own -> {
				model.addAttribute("ownEmployer", own);
				model.addAttribute("pending", this.clocks.pending(actor, own.id()));
			});
		}
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/declarations/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String sort, Locale locale,
			HttpServletResponse response) {
		DeclarationFilter filter = filter(q, region, status, kind, from, to, employerId, sort);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "declarations.xlsx",
				message("declaration.list.title", locale),
				EXPORT_COLUMNS.stream().map(column -> message(column, locale)).toList());
		this.declarations.forEach(actor, filter, d -> sheet.row(d.number(), d.employerName(), d.creditCode(),
				this.regions.name(d.regionCode()), message("declaration.kind." + d.kind(), locale),
				message("declaration.status." + d.status(), locale), d.factorCount(), d.totalExposed(), d.submittedAt(),
				d.acceptedOn()));
		sheet.finish();
	}

	/** The employer an employer's manager acts for (their scope names it by credit code). */
	private java.util.Optional<EmployerSummary> ownEmployer(Actor actor) {
		if (!actor.can("registry:employer:read")) {
			return java.util.Optional.empty();
		}
		return this.employers
			.search(actor, new EmployerFilter(actor.scope().value(), null, null, null, null, null, null), PageQuery.of(1, 2))
			.items()
			.stream()
			.findFirst();
	}

	static DeclarationFilter filter(String q, String region, String status, String kind, LocalDate from, LocalDate to,
			Long employerId, String sort) {
		return new DeclarationFilter(Text.blankToNull(q), Text.blankToNull(region), Text.enumName(status, DeclarationStatus.class),
				Text.enumName(kind, DeclarationKind.class), from, to, employerId, Text.blankToNull(sort));
	}

	static String query(DeclarationFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", nullToEmpty(filter.q()))
			.queryParam("region", nullToEmpty(filter.region()))
			.queryParam("status", nullToEmpty(filter.status()))
			.queryParam("kind", nullToEmpty(filter.kind()))
			.queryParam("from", filter.from() == null ? "" : filter.from().toString())
			.queryParam("to", filter.to() == null ? "" : filter.to().toString())
			.queryParam("employerId", filter.employerId() == null ? "" : filter.employerId().toString())
			.queryParam("sort", nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}


	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
