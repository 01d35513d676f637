package org.ohsonline.surveillance.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;
import org.ohsonline.surveillance.InstitutionCalendars;
import org.ohsonline.surveillance.WorkingWeek;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The institution's calendar: a month of days, each with its places booked against the capacity
 * per exam type and coloured by how full it is, closed days (past, outside the working week,
 * holidays) greyed with the reason; a click on a day lists its bookings below (htmx) with the
 * confirm, move and cancel actions of each booking's page. The institution's staff and the
 * supervisors of its region set its working week, hours and holidays here.
 */
@Controller
@PreAuthorize("hasAuthority('surveillance:booking:read')")
class CalendarController {

	static final String CALENDAR = "surveillance/calendar";

	private final Bookings bookings;

	private final InstitutionCalendars calendars;

	private final java.time.Clock clock;

	CalendarController(Bookings bookings, InstitutionCalendars calendars, java.time.Clock clock) {
		this.bookings = bookings;
		this.calendars = calendars;
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
		model.addAttribute("workingCalendar", this.calendars.find(actor, calendar.institutionId()));
		model.addAttribute("weekdays", DayOfWeek.values());
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

	/** The working week and hours (the institution's staff or a supervisor of its region). */
	@PostMapping("/surveillance/calendar/week")
	@PreAuthorize("hasAuthority('surveillance:calendar:write')")
	String changeWeek(Actor actor, @RequestParam long institutionId,
			@RequestParam(name = "days", required = false) List<DayOfWeek> days,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime opensAt,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime closesAt,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			RedirectAttributes redirect) {
		return change(() -> this.calendars.changeWeek(actor, institutionId,
				new WorkingWeek(days == null ? Set.of() : Set.copyOf(days), opensAt, closesAt)), institutionId, month,
				redirect);
	}

	/** Closes a working day (a holiday) or opens another day, after today. */
	@PostMapping("/surveillance/calendar/days")
	@PreAuthorize("hasAuthority('surveillance:calendar:write')")
	String setDay(Actor actor, @RequestParam long institutionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return change(() -> this.calendars.setDay(actor, institutionId, day, open, note), institutionId,
				day == null ? null : YearMonth.from(day), redirect);
	}

	/** The day follows the working week again. */
	@PostMapping("/surveillance/calendar/days/{day}/clear")
	@PreAuthorize("hasAuthority('surveillance:calendar:write')")
	String clearDay(Actor actor, @RequestParam long institutionId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
		return change(() -> this.calendars.clearDay(actor, institutionId, day), institutionId, YearMonth.from(day),
				redirect);
	}

	/** Post-redirect-get to the month; a refusal is shown there with what was wrong. */
	private static String change(Runnable change, long institutionId, YearMonth month, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("flashKey", "booking.calendar.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("calendarErrors", ex.errors());
		}
		return "redirect:/surveillance/calendar?institutionId=" + institutionId + (month == null ? "" : "&month=" + month);
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
