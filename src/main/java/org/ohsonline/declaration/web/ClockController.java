package org.ohsonline.declaration.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.declaration.ClockFilter;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Declaration deadlines of the jurisdiction (逾期通报): overdue by default, or due within 7 days,
 * every open one, or all; earliest due first.
 */
@Controller
@PreAuthorize("hasAuthority('declaration:declaration:read')")
class ClockController {

	static final String LIST = "declaration/clocks";

	private static final java.util.List<String> DUE = java.util.List.of("overdue", "soon", "open", "all");

	private final DeclarationClocks clocks;

	private final Regions regions;

	ClockController(DeclarationClocks clocks, Regions regions) {
		this.clocks = clocks;
		this.regions = regions;
	}

	@GetMapping("/declarations/clocks")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String due, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		String shown = due != null && DUE.contains(due) ? due : employerId != null ? "open" : "overdue";
		ClockFilter filter = new ClockFilter(blankToNull(q), blankToNull(region), shown, blankToNull(reason), employerId);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.clocks.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("dueOptions", DUE);
		model.addAttribute("reasons", this.clocks.reasons());
		model.addAttribute("base", "/declarations/clocks?" + UriComponentsBuilder.newInstance()
			.queryParam("q", filter.q() == null ? "" : filter.q())
			.queryParam("region", filter.region() == null ? "" : filter.region())
			.queryParam("due", shown)
			.queryParam("reason", filter.reason() == null ? "" : filter.reason())
			.queryParam("employerId", employerId == null ? "" : employerId.toString())
			.encode()
			.build()
			.getQuery());
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
