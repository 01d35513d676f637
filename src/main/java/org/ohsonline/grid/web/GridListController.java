package org.ohsonline.grid.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.reference.Division;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The grids in reach (filter, sort, paging, Excel of what is filtered) and the form drawing a grid. */
@Controller
class GridListController {

	static final String LIST = "grid/list";

	static final String FORM = "grid/form";

	static final String READ = "hasAnyAuthority('grid:grid:read', 'grid:assigned:read')";

	private final Grids grids;

	private final Divisions divisions;

	private final MessageSource messages;

	GridListController(Grids grids, Divisions divisions, MessageSource messages) {
		this.grids = grids;
		this.divisions = divisions;
		this.messages = messages;
	}

	@InitBinder("gridForm")
	void fields(WebDataBinder binder) {
		binder.setAllowedFields("name", "countyCode", "note", "townships", "creditCodes", "from");
	}

	/** The list's filter fields, bound as one record. */
	record ListFilter(String q, String region, String sort) {

		GridFilter filter() {
			return new GridFilter(Text.blankToNull(q), Text.blankToNull(region), Text.blankToNull(sort));
		}

		String query() {
			return UriComponentsBuilder.newInstance()
				.queryParam("q", q == null ? "" : q)
				.queryParam("region", region == null ? "" : region)
				.queryParam("sort", sort == null ? "" : sort)
				.encode()
				.build()
				.getQuery();
		}

		String queryWithoutSort() {
			return UriComponentsBuilder.newInstance()
				.queryParam("q", q == null ? "" : q)
				.queryParam("region", region == null ? "" : region)
				.encode()
				.build()
				.getQuery();
		}

	}

	@GetMapping("/grids")
	@PreAuthorize(READ)
	String list(Actor actor, ListFilter filter, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("page", this.grids.search(actor, filter.filter(), PageQuery.of(page, 20)));
		model.addAttribute("filter", filter);
		model.addAttribute("region", filter.region());
		model.addAttribute("sort", filter.sort() == null ? "name" : filter.sort());
		model.addAttribute("canCreate", actor.can("grid:grid:write") && actor.scope().kind() == Scope.Kind.REGION);
		model.addAttribute("base", "/grids?" + filter.query());
		model.addAttribute("sortBase", "/grids?" + filter.queryWithoutSort());
		model.addAttribute("exportUrl", "/grids/export.xlsx?" + filter.query());
		return htmx != null ? LIST + " :: results" : LIST;
	}

	@GetMapping("/grids/export.xlsx")
	@PreAuthorize(READ)
	void export(Actor actor, ListFilter filter, Locale locale, HttpServletResponse response) {
		List<String> columns = List.of("grid.name", "grid.county", "grid.townships", "grid.members", "grid.inspectors",
				"grid.assistants");
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "grids.xlsx", word("grid.title", locale),
				columns.stream().map(c -> word(c, locale)).toList());
		int page = 1;
		while (true) {
			var result = this.grids.search(actor, filter.filter(), new PageQuery(page, PageQuery.MAX_SIZE));
			result.items()
				.forEach(g -> sheet.row(Arrays.asList(g.name(), this.divisions.fullName(g.countyCode()), g.townships(),
						g.members(), g.inspectors(), g.assistants())));
			if (!result.hasNext()) {
				break;
			}
			page++;
		}
		sheet.finish();
	}

	/** The form's fields as sent: townships and credit codes as text, one or more separated by commas or spaces. */
	record GridForm(String name, String countyCode, String note, String townships, String creditCodes, String from) {

		static GridForm empty(String county) {
			return new GridForm(null, county, null, null, null, null);
		}

	}

	@GetMapping("/grids/new")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String initCreationForm(Actor actor, Model model) {
		String own = actor.scope().regionPrefix().orElse("");
		return form(actor, model, GridForm.empty(own.length() == 6 ? own : null), null);
	}

	@PostMapping("/grids/new")
	@PreAuthorize("hasAuthority('grid:grid:write')")
	String processCreationForm(Actor actor, GridForm gridForm, Model model, RedirectAttributes redirect) {
		LocalDate from;
		try {
			from = Text.blankToNull(gridForm.from()) == null ? null : LocalDate.parse(gridForm.from().trim());
		}
		catch (DateTimeParseException ex) {
			return form(actor, model, gridForm, InvalidInputException.of("from", "grid.from.invalid", gridForm.from()));
		}
		try {
			MembershipChange change = this.grids.create(actor, new GridCommand(gridForm.name(), gridForm.countyCode(),
					gridForm.note(), codes(gridForm.townships()), codes(gridForm.creditCodes()), from));
			redirect.addFlashAttribute("flashKey", "grid.created.flash");
			redirect.addFlashAttribute("refused", change.refused());
			return "redirect:/grids/" + change.gridId();
		}
		catch (InvalidInputException ex) {
			return form(actor, model, gridForm, ex);
		}
	}

	static List<String> codes(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	private String form(Actor actor, Model model, GridForm form, InvalidInputException errors) {
		String region = actor.scope().regionPrefix().orElse("");
		List<Division> counties = new ArrayList<>(this.divisions.pickerOptions(actor.scope())
			.stream()
			.filter(d -> d.level() == RegionCode.Level.COUNTY && d.code().startsWith(region))
			.toList());
		model.addAttribute("gridForm", form);
		model.addAttribute("counties", counties);
		model.addAttribute("townshipOptions", Text.blankToNull(form.countyCode()) == null || !RegionCode.isValid(form.countyCode())
				? List.of() : this.divisions.children(form.countyCode()));
		model.addAttribute("formErrors", errors == null ? List.of() : errors.errors());
		return FORM;
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
