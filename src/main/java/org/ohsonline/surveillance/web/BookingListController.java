package org.ohsonline.surveillance.web;

import static org.ohsonline.shared.Text.blankToNull;
import static org.ohsonline.shared.Text.enumName;
import static org.ohsonline.shared.Text.nullToEmpty;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.SpreadsheetExport;
import org.ohsonline.surveillance.BookingFilter;
import org.ohsonline.surveillance.BookingStatus;
import org.ohsonline.surveillance.Bookings;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The booking list, the same page for everyone in their scope: an employer's manager sees their
 * bookings (and books), an institution its own, supervisors their region's, with filters, sort,
 * paging and the export of exactly what is filtered.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:booking:read')")
class BookingListController {

	static final String LIST = "surveillance/bookings";

	private static final List<String> EXPORT_COLUMNS = List.of("booking.number", "booking.day", "booking.examType",
			"booking.employer", "booking.creditCode", "booking.region", "booking.institution", "booking.headcount",
			"common.status");

	private final Bookings bookings;

	private final BookingRegions regions;

	private final MessageSource messages;

	BookingListController(Bookings bookings, BookingRegions regions, MessageSource messages) {
		this.bookings = bookings;
		this.regions = regions;
		this.messages = messages;
	}

	@GetMapping("/surveillance/bookings")
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String examType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, HttpServletRequest request, Model model) {
		BookingFilter filter = filter(q, region, status, examType, from, to, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.bookings.search(actor, filter, PageQuery.of(page, size)));
		model.addAttribute("scopeName", this.regions.scopeName(actor));
		model.addAttribute("statuses", BookingStatus.values());
		model.addAttribute("examTypes", ExamType.values());
		model.addAttribute("canBook", actor.scope().kind() == Scope.Kind.EMPLOYER
				&& actor.can("surveillance:booking:write"));
		model.addAttribute("institutionStaff", actor.scope().kind() == Scope.Kind.INSTITUTION);
		String query = query(filter);
		model.addAttribute("base", "/surveillance/bookings?" + query);
		model.addAttribute("exportUrl", "/surveillance/bookings/export.xlsx?" + query);
		boolean htmx = request.getHeader("HX-Request") != null && request.getHeader("HX-Boosted") == null;
		return htmx ? LIST + " :: results" : LIST;
	}

	@GetMapping("/surveillance/bookings/export.xlsx")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) String examType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, Locale locale, HttpServletResponse response) {
		BookingFilter filter = filter(q, region, status, examType, from, to, sort);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, message("booking.export.file", locale),
				message("booking.list.title", locale), EXPORT_COLUMNS.stream().map(c -> message(c, locale)).toList());
		this.bookings.forEach(actor, filter,
				b -> sheet.row(b.number(), b.day(), message("agency.examType." + b.examType(), locale), b.employerName(),
						b.employerCreditCode(), this.regions.name(b.regionCode()), b.institutionName(), b.headcount(),
						message("booking.status." + b.status(), locale)));
		sheet.finish();
	}

	static BookingFilter filter(String q, String region, String status, String examType, LocalDate from, LocalDate to,
			String sort) {
		return new BookingFilter(blankToNull(q), blankToNull(region), enumName(status, BookingStatus.class),
				enumName(examType, ExamType.class), from, to, null, blankToNull(sort));
	}

	static String query(BookingFilter filter) {
		return UriComponentsBuilder.newInstance()
			.queryParam("q", nullToEmpty(filter.q()))
			.queryParam("region", nullToEmpty(filter.region()))
			.queryParam("status", nullToEmpty(filter.status()))
			.queryParam("examType", nullToEmpty(filter.examType()))
			.queryParam("from", filter.from() == null ? "" : filter.from().toString())
			.queryParam("to", filter.to() == null ? "" : filter.to().toString())
			.queryParam("sort", nullToEmpty(filter.sort()))
			.encode()
			.build()
			.getQuery();
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
