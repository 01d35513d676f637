package org.ohsonline.surveillance.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.Actor;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The institution's calendar: a month of days, each with its places booked against the capacity
 * per exam type and coloured by how full it is; a click on a day lists its bookings below (htmx)
 * with the confirm, move and cancel actions of each booking's page.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:booking:read')")
class CalendarController {

	static final String CALENDAR = "surveillance/calendar";

	private final Bookings bookings;

	private final java.time.Clock clock;

	CalendarController(Bookings bookings, java.time.Clock clock) {
		this.bookings = bookings;
		this.clock = clock;
	}

	@GetMapping("/surveillance/calendar")
	String month(Actor actor, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		LocalDate today = LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
		YearMonth shown = month != null ? month : day != null ? YearMonth.from(day) : YearMonth.from(today);
		CalendarMonth calendar = this.bookings.calendar(actor, institutionId, shown);
		model.addAttribute("calendar", calendar);
		model.addAttribute("weeks", weeks(calendar));
		model.addAttribute("today", today);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("current", YearMonth.from(today));
		model.addAttribute("institutionParam", institutionId == null ? "" : "&institutionId=" + institutionId);
		if (day != null && YearMonth.from(day).equals(shown)) {
			model.addAttribute("day", day);
			model.addAttribute("dayBookings", this.bookings.onDay(actor, calendar.institutionId(), day));
		}
		return CALENDAR;
	}

	@GetMapping("/surveillance/calendar/day")
	String day(Actor actor, @RequestParam(required = false) Long institutionId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, HttpServletRequest request,
			Model model) {
		if (request.getHeader("HX-Request") == null) {
			return "redirect:/surveillance/calendar?day=" + day
					+ (institutionId == null ? "" : "&institutionId=" + institutionId);
		}
		model.addAttribute("day", day);
		model.addAttribute("dayBookings", this.bookings.onDay(actor, institutionId, day));
		return CALENDAR + " :: dayBookings";
	}

	/** The month as weeks from Monday, with {@code null} for the days of the neighbouring months. */
	static List<List<CalendarMonth.Day>> weeks(CalendarMonth calendar) {
		List<List<CalendarMonth.Day>> weeks = new ArrayList<>();
		List<CalendarMonth.Day> week = new ArrayList<>();
		int lead = calendar.month().atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < lead; i++) {
			week.add(null);
		}
		for (CalendarMonth.Day day : calendar.days()) {
			week.add(day);
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return weeks;
	}

}
