package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.agency.Qualification;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.Attendance;
import org.ohsonline.surveillance.BookingCancelled;
import org.ohsonline.surveillance.BookingConfirmed;
import org.ohsonline.surveillance.BookingParty;
import org.ohsonline.surveillance.BookingRescheduled;
import org.ohsonline.surveillance.BookingStatus;
import org.ohsonline.surveillance.BookingView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a booking after the request: the institution confirms; either party moves it to
 * another day (the places move with it, atomically) or cancels it (the places are released); the
 * institution records attendance. Each change is checked against the status and the version read,
 * audited, published and notified to the other party in one transaction.
 */
@Component
class BookingTransitions {

	private final BookingStore store;

	private final CapacityLedger ledger;

	private final BookingNotices notices;

	private final Institutions institutions;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CalendarService calendars;

	BookingTransitions(BookingStore store, CapacityLedger ledger, BookingNotices notices, Institutions institutions,
			CalendarService calendars, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.calendars = calendars;
		this.store = store;
		this.ledger = ledger;
		this.notices = notices;
		this.institutions = institutions;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	BookingView confirm(Actor actor, long id) {
		actor.require(BookingPermissions.CONFIRM);
		BookingStore.Row row = visible(actor, id);
		requireParty(actor, BookingParty.INSTITUTION);
		if (row.status() != BookingStatus.REQUESTED) {
			throw InvalidInputException.of(null, "booking.error.notRequested");
		}
		if (row.day().isBefore(today())) {
			throw InvalidInputException.of(null, "booking.error.dayPassed");
		}
		Instant now = now();
		if (!this.store.confirmed(id, row.version(), now)) {
			throw new OptimisticLockingFailureException("Booking " + id + " was changed concurrently");
		}
		this.store.history(id, now, "CONFIRMED", actor.displayName(), null);
		BookingView after = view(visible(actor, id));
		this.audit.record(actor, "surveillance.booking.confirmed", target(row), Map.of("status", row.status().name()),
				Map.of("status", BookingStatus.CONFIRMED.name()));
		publishConfirmed(after);
		this.notices.tellOther(row, BookingParty.INSTITUTION, "booking.notice.confirmed", row.number(),
				row.institutionName(), row.day().toString());
		return after;
	}

	@Transactional
	BookingView reschedule(Actor actor, long id, LocalDate day, String note) {
		BookingStore.Row row = visible(actor, id);
		BookingParty party = party(actor, BookingParty.EMPLOYER);
		if (!row.status().open()) {
			throw InvalidInputException.of(null, "booking.error.notOpen");
		}
		if (day == null) {
			throw InvalidInputException.of("day", "booking.error.dayRequired");
		}
		LocalDate today = today();
		if (!day.isAfter(today)) {
			throw InvalidInputException.of("day", "booking.error.dayNotAfterToday", today.toString());
		}
		if (day.equals(row.day())) {
			throw InvalidInputException.of("day", "booking.error.sameDay");
		}
		Limits.enforce("note", note, Limits.NOTE);
		List<BookingView.Worker> workers = this.store.workers(id);
		Set<String> hazards = new LinkedHashSet<>();
		workers.forEach(w -> hazards.addAll(w.hazardCodes()));
		List<FieldError> qualification = qualification(row.institutionId(), row.examType(), day, hazards);
		if (!qualification.isEmpty()) {
			throw new InvalidInputException(qualification);
		}
		// Rows are locked in day order, so two bookings moved in opposite directions at once wait
		// for each other instead of deadlocking.
		if (day.isBefore(row.day())) {
			take(row.institutionId(), day, row.examType(), row.headcount());
			this.ledger.release(row.institutionId(), row.day(), row.examType(), row.headcount());
		}
		else {
			this.ledger.release(row.institutionId(), row.day(), row.examType(), row.headcount());
			take(row.institutionId(), day, row.examType(), row.headcount());
		}
		BookingStatus next = party == BookingParty.EMPLOYER ? BookingStatus.REQUESTED : row.status();
		Instant now = now();
		if (!this.store.moved(id, row.version(), day, next, now)) {
			throw new OptimisticLockingFailureException("Booking " + id + " was changed concurrently");
		}
		String trimmed = note == null || note.isBlank() ? null : note.trim();
		this.store.history(id, now, "RESCHEDULED", actor.displayName(),
				row.day() + " → " + day + (trimmed == null ? "" : "：" + trimmed));
		BookingView after = view(visible(actor, id));
		this.audit.record(actor, "surveillance.booking.rescheduled", target(row),
				Map.of("day", row.day().toString(), "status", row.status().name()),
				Map.of("day", day.toString(), "status", next.name(), "note", trimmed == null ? "" : trimmed));
		this.events.publishEvent(new BookingRescheduled(id, row.number(), row.employerId(), row.regionCode(),
				row.institutionId(), row.day(), day, next, party));
		if (next == BookingStatus.CONFIRMED) {
			publishConfirmed(after);
		}
		this.notices.tellOther(row, party, "booking.notice.rescheduled", row.number(),
				party == BookingParty.EMPLOYER ? row.employerName() : row.institutionName(), row.day().toString(),
				day.toString());
		return after;
	}

	@Transactional
	BookingView cancel(Actor actor, long id, String reason) {
		BookingStore.Row row = visible(actor, id);
		BookingParty party = party(actor, BookingParty.EMPLOYER);
		if (!row.status().open()) {
			throw InvalidInputException.of(null, "booking.error.notOpen");
		}
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "booking.error.reasonRequired");
		}
		Limits.enforce("reason", reason, Limits.NOTE);
		String trimmed = reason.trim();
		this.ledger.release(row.institutionId(), row.day(), row.examType(), row.headcount());
		Instant now = now();
		if (!this.store.cancelled(id, row.version(), party, trimmed, now)) {
			throw new OptimisticLockingFailureException("Booking " + id + " was changed concurrently");
		}
		this.store.history(id, now, "CANCELLED", actor.displayName(), trimmed);
		BookingView after = view(visible(actor, id));
		this.audit.record(actor, "surveillance.booking.cancelled", target(row), Map.of("status", row.status().name()),
				Map.of("status", BookingStatus.CANCELLED.name(), "cancelledBy", party.name(), "reason", trimmed,
						"released", row.headcount()));
		this.events.publishEvent(new BookingCancelled(id, row.number(), row.employerId(), row.regionCode(),
				row.institutionId(), row.examType(), row.day(), row.headcount(), row.status() == BookingStatus.CONFIRMED,
				party, trimmed));
		this.notices.tellOther(row, party, "booking.notice.cancelled", row.number(),
				party == BookingParty.EMPLOYER ? row.employerName() : row.institutionName(), row.day().toString(),
				trimmed);
		return after;
	}

	@Transactional
	BookingView recordAttendance(Actor actor, long id, Map<Long, Attendance> attendance) {
		actor.require(BookingPermissions.CONFIRM);
		BookingStore.Row row = visible(actor, id);
		requireParty(actor, BookingParty.INSTITUTION);
		if (row.status() != BookingStatus.CONFIRMED) {
			throw InvalidInputException.of(null, "booking.error.notConfirmed");
		}
		if (row.day().isAfter(today())) {
			throw InvalidInputException.of(null, "booking.error.attendanceBeforeDay", row.day().toString());
		}
		List<BookingView.Worker> workers = this.store.workers(id);
		Map<Long, Attendance> changes = new LinkedHashMap<>();
		for (Map.Entry<Long, Attendance> entry : attendance.entrySet()) {
			if (entry.getKey() == null || workers.stream().noneMatch(w -> w.workerId() == entry.getKey())) {
				throw InvalidInputException.of("attendance", "booking.error.workerNotBooked", entry.getKey());
			}
			if (entry.getValue() != null && entry.getValue() != Attendance.PENDING) {
				changes.put(entry.getKey(), entry.getValue());
			}
		}
		if (changes.isEmpty()) {
			throw InvalidInputException.of("attendance", "booking.error.attendanceRequired");
		}
		changes.forEach((worker, value) -> this.store.attendance(id, worker, value));
		Instant now = now();
		long attended = changes.values().stream().filter(a -> a == Attendance.ATTENDED).count();
		this.store.history(id, now, "ATTENDANCE", actor.displayName(),
				attended + " / " + (changes.size() - attended));
		boolean complete = this.store.workers(id).stream().noneMatch(w -> w.attendance() == Attendance.PENDING);
		if (complete && !this.store.completed(id, row.version(), now)) {
			throw new OptimisticLockingFailureException("Booking " + id + " was changed concurrently");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		changes.forEach((worker, value) -> after.put("worker:" + worker, value.name()));
		after.put("status", complete ? BookingStatus.COMPLETED.name() : row.status().name());
		this.audit.record(actor, "surveillance.booking.attendance", target(row), Map.of("status", row.status().name()),
				after);
		return view(visible(actor, id));
	}

	/**
	 * Takes the places or says why not: the institution does not work that day
	 * ({@code booking.error.dayClosed.*}), or how many are left ({@code booking.error.full} with left,
	 * capacity, wanted).
	 */
	void take(long institutionId, LocalDate day, ExamType examType, int places) {
		this.calendars.requireOpen(institutionId, day);
		int capacity = this.institutions.capacity(institutionId, examType, day);
		if (capacity <= 0) {
			throw InvalidInputException.of("day", "booking.error.noCapacity", day.toString());
		}
		if (!this.ledger.hold(institutionId, day, examType, places, capacity)) {
			int left = Math.max(0, capacity - this.ledger.booked(institutionId, day, examType));
			throw InvalidInputException.of("day", "booking.error.full", day.toString(), left, capacity, places);
		}
	}

	/** Why the institution may not examine these hazards in this exam type on the day; empty when it may. */
	List<FieldError> qualification(long institutionId, ExamType examType, LocalDate day, Collection<String> hazards) {
		List<FieldError> errors = new ArrayList<>();
		for (String hazard : hazards) {
			Qualification answer = this.institutions.mayExamine(institutionId, examType, hazard, day);
			if (!answer.qualified()) {
				// One message per reason: booking.error.notQualified.<Qualification.Reason>.
				String code = "booking.error.notQualified." + answer.reason().name();
				errors.add(FieldError.of("institutionId", code, hazard));
				if (answer.reason() != Qualification.Reason.HAZARD_OUTSIDE_SCOPE) {
					// The institution itself is unusable that day: one error says it.
					return List.of(errors.get(errors.size() - 1));
				}
			}
		}
		return errors;
	}

	BookingStore.Row visible(Actor actor, long id) {
		return this.store.find(ScopeFilter.of(actor), id).orElseThrow(() -> new NotFoundException("booking", id));
	}

	BookingView view(BookingStore.Row row) {
		return new BookingView(row.id(), row.number(), row.employerId(), row.employerName(), row.employerCreditCode(),
				row.regionCode(), row.institutionId(), row.institutionName(), row.institutionCreditCode(), row.examType(),
				row.day(), row.status(), row.headcount(), row.note(), row.cancelReason(), row.cancelledBy(),
				row.synthetic(), row.createdAt(), row.confirmedAt(), this.store.workers(row.id()),
				this.store.history(row.id()));
	}

	static Map<String, Object> snapshot(BookingView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("number", view.number());
		state.put("employerId", view.employerId());
		state.put("institutionId", view.institutionId());
		state.put("examType", view.examType().name());
		state.put("day", view.day().toString());
		state.put("status", view.status().name());
		state.put("headcount", view.headcount());
		state.put("workers", view.workers()
			.stream()
			.map(w -> w.workerId() + ":" + String.join("+", w.hazardCodes()))
			.reduce((a, b) -> a + "," + b)
			.orElse(""));
		return state;
	}

	/** Which party the actor acts for; supervisors read but do not change bookings. */
	private BookingParty party(Actor actor, BookingParty systemActsAs) {
		if (actor.channel() == Actor.Channel.SYSTEM) {
			return systemActsAs;
		}
		if (actor.scope().kind() == Scope.Kind.EMPLOYER) {
			actor.require(BookingPermissions.WRITE);
			return BookingParty.EMPLOYER;
		}
		if (actor.scope().kind() == Scope.Kind.INSTITUTION) {
			actor.require(BookingPermissions.CONFIRM);
			return BookingParty.INSTITUTION;
		}
		throw new AccessDeniedException("changing bookings needs an employer's or an institution's own scope");
	}

	private void requireParty(Actor actor, BookingParty party) {
		if (actor.channel() != Actor.Channel.SYSTEM && party(actor, party) != party) {
			throw new AccessDeniedException("only the " + party.name().toLowerCase() + " may do this");
		}
	}

	private void publishConfirmed(BookingView booking) {
		this.events.publishEvent(new BookingConfirmed(booking.id(), booking.number(), booking.employerId(),
				booking.regionCode(), booking.institutionId(), booking.examType(), booking.day(), booking.workers()
					.stream()
					.map(w -> new BookingConfirmed.BookedWorker(w.workerId(), w.hazardCodes()))
					.toList()));
	}

	private static AuditTarget target(BookingStore.Row row) {
		return AuditTarget.of("booking", row.id(), row.regionCode());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(BookingService.ZONE));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
