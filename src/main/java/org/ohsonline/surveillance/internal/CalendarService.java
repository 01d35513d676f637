package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ohsonline.agency.AgencyRef;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.surveillance.DayOpening;
import org.ohsonline.surveillance.InstitutionCalendars;
import org.ohsonline.surveillance.WorkingCalendar;
import org.ohsonline.surveillance.WorkingWeek;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions' working calendars: read with the bookings calendar's rule for naming an institution,
 * changed by its own staff or a supervisor of its region, audited in the same transaction, and asked
 * by every booking and move whether the day is open. A change that would close a day on which places
 * are held is refused with those days, so no booking is left on a closed day.
 */
@Service
class CalendarService implements InstitutionCalendars {

	static final String WRITE = "surveillance:calendar:write";

	private static final int NOTE_LIMIT = 200;

	private final CalendarStore store;

	private final BookingInstitutions institutions;

	private final CalendarSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarService(CalendarStore store, BookingInstitutions institutions, CalendarSettings settings,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.institutions = institutions;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(BookingService.ZONE));
	}

	@Override
	@Transactional(readOnly = true)
	public WorkingCalendar find(Actor actor, Long institutionId) {
		actor.require(BookingPermissions.READ);
		return calendar(this.institutions.resolve(actor, institutionId), today());
	}

	/** The calendar of a known institution, its special days from {@code from} on. */
	WorkingCalendar calendar(AgencyRef institution, LocalDate from) {
		Optional<CalendarStore.StoredWeek> stored = this.store.week(institution.id());
		Instant dayChange = this.store.lastDayChange(institution.id()).orElse(null);
		Instant weekChange = stored.map(CalendarStore.StoredWeek::updatedAt).orElse(null);
		Instant updated = dayChange == null ? weekChange
				: weekChange == null || dayChange.isAfter(weekChange) ? dayChange : weekChange;
		return new WorkingCalendar(institution.id(), institution.name(), institution.regionCode(),
				stored.map(CalendarStore.StoredWeek::week).orElseGet(this.settings::week), stored.isPresent(),
				this.store.days(institution.id(), from), updated, stored.map(CalendarStore.StoredWeek::updatedBy).orElse(null));
	}

	/** Whether the institution receives workers on the day (after today, a working or opened day). */
	DayOpening opening(long institutionId, LocalDate day) {
		WorkingWeek week = this.store.week(institutionId).map(CalendarStore.StoredWeek::week).orElseGet(this.settings::week);
		List<WorkingCalendar.SpecialDay> special = this.store.day(institutionId, day).map(List::of).orElse(List.of());
		return new WorkingCalendar(institutionId, "", "", week, true, special, null, null).opening(day, today());
	}

	/** Refuses a day the institution does not receive workers on, saying why. */
	void requireOpen(long institutionId, LocalDate day) {
		DayOpening opening = opening(institutionId, day);
		if (!opening.bookable()) {
			// One message per reason: booking.error.dayClosed.<DayOpening>.
			String code = "booking.error.dayClosed." + opening.name();
			throw new InvalidInputException(List.of(FieldError.of("day", code, day.toString(), today().toString())));
		}
	}

	@Override
	@Transactional
	public WorkingCalendar changeWeek(Actor actor, long institutionId, WorkingWeek week) {
		AgencyRef institution = kept(actor, institutionId);
		List<FieldError> errors = new ArrayList<>();
		if (week == null || week.opensAt() == null) {
			errors.add(FieldError.of("opensAt", "booking.calendar.error.hoursRequired"));
		}
		if (week == null || week.closesAt() == null) {
			errors.add(FieldError.of("closesAt", "booking.calendar.error.hoursRequired"));
		}
		if (errors.isEmpty() && !week.opensAt().isBefore(week.closesAt())) {
			errors.add(FieldError.of("closesAt", "booking.calendar.error.hoursOrder"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		LocalDate today = today();
		WorkingCalendar before = calendar(institution, today);
		WorkingCalendar after = new WorkingCalendar(before.institutionId(), before.institutionName(), before.regionCode(),
				week, true, before.days(), before.updatedAt(), before.updatedBy());
		List<LocalDate> stranded = this.store.bookedDays(institutionId, today)
			.stream()
			.filter(day -> !after.opening(day, today).bookable())
			.toList();
		if (!stranded.isEmpty()) {
			throw InvalidInputException.of("days", "booking.calendar.error.bookedDays", joined(stranded));
		}
		this.store.saveWeek(institutionId, institution.creditCode(), institution.regionCode(), week, now(),
				actor.username());
		this.audit.record(actor, "surveillance.calendar.week-changed", target(institution), week(before),
				week(after));
		return calendar(institution, today);
	}

	@Override
	@Transactional
	public WorkingCalendar setDay(Actor actor, long institutionId, LocalDate day, Boolean open, String note) {
		AgencyRef institution = kept(actor, institutionId);
		if (open == null) {
			throw InvalidInputException.of("open", "booking.calendar.error.openRequired");
		}
		LocalDate today = today();
		String trimmed = note == null || note.isBlank() ? null : note.trim();
		if (day == null) {
			throw InvalidInputException.of("day", "booking.calendar.error.dayRequired");
		}
		if (!day.isAfter(today)) {
			throw InvalidInputException.of("day", "booking.calendar.error.dayPassed", today.toString());
		}
		if (trimmed != null && trimmed.length() > NOTE_LIMIT) {
			throw InvalidInputException.of("note", "booking.calendar.error.noteTooLong", NOTE_LIMIT);
		}
		WorkingCalendar before = calendar(institution, today);
		if (!open && before.opening(day, today).bookable() && this.store.bookedDays(institutionId, today).contains(day)) {
			throw InvalidInputException.of("day", "booking.calendar.error.bookedDays", day.toString());
		}
		Optional<WorkingCalendar.SpecialDay> previous = this.store.day(institutionId, day);
		boolean asWeek = before.week().days().contains(day.getDayOfWeek()) == open;
		if (asWeek) {
			this.store.clearDay(institutionId, day);
		}
		else {
			this.store.saveDay(institutionId, day, open, trimmed, now(), actor.username());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("day", day.toString());
		after.put("open", open);
		after.put("note", trimmed == null ? "" : trimmed);
		this.audit.record(actor, "surveillance.calendar.day-set", target(institution), special(day, previous), after);
		return calendar(institution, today);
	}

	@Override
	@Transactional
	public WorkingCalendar clearDay(Actor actor, long institutionId, LocalDate day) {
		AgencyRef institution = kept(actor, institutionId);
		LocalDate today = today();
		Optional<WorkingCalendar.SpecialDay> previous = this.store.day(institutionId, day);
		if (previous.isEmpty()) {
			return calendar(institution, today);
		}
		WorkingCalendar before = calendar(institution, today);
		boolean closes = previous.get().open() && !before.week().days().contains(day.getDayOfWeek());
		if (closes && day.isAfter(today) && this.store.bookedDays(institutionId, today).contains(day)) {
			throw InvalidInputException.of("day", "booking.calendar.error.bookedDays", day.toString());
		}
		this.store.clearDay(institutionId, day);
		this.audit.record(actor, "surveillance.calendar.day-cleared", target(institution), special(day, previous),
				Map.of("day", day.toString(), "asWeek", true));
		return calendar(institution, today);
	}

	/** The institution, when the actor keeps its calendar: its own staff, or a supervisor of its region. */
	private AgencyRef kept(Actor actor, long institutionId) {
		actor.require(WRITE);
		AgencyRef institution = this.institutions.resolve(actor, institutionId);
		if (!BookingInstitutions.keeps(actor, institution)) {
			throw new AccessDeniedException(WRITE);
		}
		return institution;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static AuditTarget target(AgencyRef institution) {
		return AuditTarget.of("institution-calendar", institution.id(), institution.regionCode());
	}

	private static Map<String, Object> week(WorkingCalendar calendar) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("workingDays", calendar.week()
			.days()
			.stream()
			.sorted()
			.map(DayOfWeek::name)
			.collect(Collectors.joining(",")));
		state.put("opensAt", String.valueOf(calendar.week().opensAt()));
		state.put("closesAt", String.valueOf(calendar.week().closesAt()));
		state.put("configured", calendar.configured());
		return state;
	}

	private static Map<String, Object> special(LocalDate day, Optional<WorkingCalendar.SpecialDay> previous) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("day", day.toString());
		state.put("open", previous.map(d -> (Object) d.open()).orElse("week"));
		state.put("note", previous.map(WorkingCalendar.SpecialDay::note).orElse(""));
		return state;
	}

	private static String joined(List<LocalDate> days) {
		return days.stream().limit(10).map(LocalDate::toString).collect(Collectors.joining("、"))
				+ (days.size() > 10 ? " …" : "");
	}

}
