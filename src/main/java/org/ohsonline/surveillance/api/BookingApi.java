package org.ohsonline.surveillance.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.Attendance;
import org.ohsonline.surveillance.BookingCommand;
import org.ohsonline.surveillance.BookingFilter;
import org.ohsonline.surveillance.BookingSummary;
import org.ohsonline.surveillance.BookingView;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exam bookings within the token owner's scope: an employer's token books for its workers, moves
 * and cancels; an institution's token lists its own bookings, confirms, moves, cancels and records
 * attendance; supervisors' tokens read their region's.
 */
@RestController
@RequestMapping("/api/v1/surveillance/bookings")
@Tag(name = "Exam bookings", description = "Booking occupational health exams at exam institutions (卫企预约)")
class BookingApi {

	private final Bookings bookings;

	BookingApi(Bookings bookings) {
		this.bookings = bookings;
	}

	/**
	 * A booking to make.
	 * @param workers the workers, each with the hazard codes to examine or none for the proposal
	 */
	record BookingRequest(Long employerId, Long institutionId, ExamType examType, LocalDate day,
			List<BookingCommand.Worker> workers, String note) {

		BookingCommand command() {
			return new BookingCommand(this.employerId, this.institutionId, this.examType, this.day, this.workers,
					this.note);
		}

	}

	record RescheduleRequest(LocalDate day, String note) {
	}

	record CancelRequest(String reason) {
	}

	/** @param attendance per worker id: ATTENDED or NO_SHOW */
	record AttendanceRequest(Map<Long, Attendance> attendance) {
	}

	@GetMapping
	@Operation(summary = "Search bookings in scope: employer or institution name, credit-code prefix or number; "
			+ "region prefix; status; examType; exam day from/to (yyyy-MM-dd); institutionId; sort by day, number, "
			+ "employer, institution, headcount or status (prefix - for descending)")
	Page<BookingSummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) String examType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long institutionId, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.bookings.search(actor,
				new BookingFilter(q, region, status, examType, from, to, institutionId, sort), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One booking with its workers (identity numbers masked), hazards and history")
	BookingView find(Actor actor, @PathVariable long id) {
		return this.bookings.find(actor, id);
	}

	@PostMapping
	@Operation(summary = "Book exams for the own employer's workers (surveillance:booking:write): the places are "
			+ "taken at once or the answer says how many are left")
	ResponseEntity<BookingView> book(Actor actor, @RequestBody BookingRequest request) {
		BookingView booked = this.bookings.book(actor, request.command());
		return ResponseEntity.created(URI.create("/api/v1/surveillance/bookings/" + booked.id())).body(booked);
	}

	@PostMapping("/{id}/confirm")
	@Operation(summary = "Confirm a requested booking of the own institution (surveillance:booking:confirm)")
	BookingView confirm(Actor actor, @PathVariable long id) {
		return this.bookings.confirm(actor, id);
	}

	@PostMapping("/{id}/reschedule")
	@Operation(summary = "Move an open booking to another day; the places move with it")
	BookingView reschedule(Actor actor, @PathVariable long id, @RequestBody RescheduleRequest request) {
		return this.bookings.reschedule(actor, id, request.day(), request.note());
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel an open booking with a reason; its places are released")
	BookingView cancel(Actor actor, @PathVariable long id, @RequestBody CancelRequest request) {
		return this.bookings.cancel(actor, id, request.reason());
	}

	@PostMapping("/{id}/attendance")
	@Operation(summary = "Record who came to a confirmed booking, on or after its day (surveillance:booking:confirm)")
	BookingView attendance(Actor actor, @PathVariable long id, @RequestBody AttendanceRequest request) {
		return this.bookings.recordAttendance(actor, id, request.attendance() == null ? Map.of() : request.attendance());
	}

	@GetMapping("/calendar")
	@Operation(summary = "An institution's month (yyyy-MM): places booked and capacity per day and exam type; "
			+ "an institution's token may leave institutionId out")
	CalendarMonth calendar(Actor actor, @RequestParam(required = false) Long institutionId,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		return this.bookings.calendar(actor, institutionId, month);
	}

}
