package org.ohsonline.surveillance.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Actor;
import org.ohsonline.surveillance.InstitutionCalendars;
import org.ohsonline.surveillance.WorkingCalendar;
import org.ohsonline.surveillance.WorkingWeek;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An exam institution's working days, hours and holidays, which bookings follow. An institution's
 * token reads and keeps its own (no {@code institutionId} needed); a supervisor's token names one of
 * its region.
 */
@RestController
@RequestMapping("/api/v1/surveillance/working-calendar")
@Tag(name = "Exam bookings", description = "Booking occupational health exams at exam institutions (卫企预约)")
class WorkingCalendarApi {

	private final InstitutionCalendars calendars;

	WorkingCalendarApi(InstitutionCalendars calendars) {
		this.calendars = calendars;
	}

	/**
	 * A day that differs from the working week.
	 * @param open {@code true} to open a day outside the week, {@code false} to close a working day
	 */
	record DayRequest(Boolean open, String note) {
	}

	@GetMapping
	@Operation(summary = "The institution's working week, hours and the days it closed or opened from today on "
			+ "(surveillance:booking:read)")
	WorkingCalendar find(Actor actor, @RequestParam(required = false) Long institutionId) {
		return this.calendars.find(actor, institutionId);
	}

	@PutMapping("/week")
	@Operation(summary = "Set the working week and hours (surveillance:calendar:write; refused while places are "
			+ "held on a day it would close)")
	WorkingCalendar changeWeek(Actor actor, @RequestParam(required = false) Long institutionId,
			@RequestBody WorkingWeek week) {
		return this.calendars.changeWeek(actor, institution(actor, institutionId), week);
	}

	@PutMapping("/days/{day}")
	@Operation(summary = "Open a day outside the week or close a working day, after today, with a note "
			+ "(surveillance:calendar:write)")
	WorkingCalendar setDay(Actor actor, @RequestParam(required = false) Long institutionId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestBody DayRequest request) {
		return this.calendars.setDay(actor, institution(actor, institutionId), day, request == null ? null : request.open(),
				request == null ? null : request.note());
	}

	@DeleteMapping("/days/{day}")
	@Operation(summary = "Let a day follow the working week again (surveillance:calendar:write)")
	WorkingCalendar clearDay(Actor actor, @RequestParam(required = false) Long institutionId,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return this.calendars.clearDay(actor, institution(actor, institutionId), day);
	}

	/** An institution's staff may leave the institution out: their own. */
	private long institution(Actor actor, Long institutionId) {
		return institutionId != null ? institutionId : this.calendars.find(actor, null).institutionId();
	}

}
