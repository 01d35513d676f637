package org.ohsonline.surveillance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.InboxItem;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.BookingFixtures.Company;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.surveillance.BookingFixtures.ahead;
import static org.ohsonline.surveillance.BookingFixtures.inService;
import static org.ohsonline.surveillance.BookingFixtures.staff;
import static org.ohsonline.surveillance.BookingFixtures.supervisor;

/**
 * Booking through the facade on the real database: places held atomically under concurrency,
 * released by rescheduling and cancelling, the lifecycle with its audit, events and notices, and
 * the scope of each party.
 */
@IntegrationTest
@RecordApplicationEvents
class BookingIntegrationTests {

	@Autowired
	Bookings bookings;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Agencies agencies;

	@Autowired
	HazardFactors hazards;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstitutionCalendars calendars;

	@Autowired
	ApplicationEvents events;

	BookingFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new BookingFixtures(this.employers, this.workers, this.agencies, this.hazards);
	}

	@Test
	void eightEmployersRacingForTheLastThreePlacesGetExactlyThree() throws Exception {
		AgencyView institution = this.fixtures.institution(10);
		LocalDate day = ahead(20);
		Company first = this.fixtures.company(7);
		this.bookings.book(first.manager(), inService(first, institution, day, first.workers()));
		// Capacity 10, 7 taken: 3 left for 8 employers that each book one worker at the same moment.
		List<Company> racers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			racers.add(this.fixtures.company(1));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> outcomes = new ArrayList<>();
		try {
			for (Company racer : racers) {
				Callable<String> attempt = () -> {
					start.await();
					try {
						return this.bookings.book(racer.manager(), inService(racer, institution, day, racer.workers()))
							.number();
					}
					catch (InvalidInputException ex) {
						InvalidInputException.FieldError error = ex.errors().get(0);
						return error.code() + " " + error.arguments();
					}
				};
				outcomes.add(pool.submit(attempt));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			assertThat(results.stream().filter(r -> r.startsWith("YY330105-"))).hasSize(3);
			// Refused with the places left: 0 of 10, 1 needed.
			assertThat(results.stream().filter(r -> !r.startsWith("YY330105-")))
				.hasSize(5)
				.allSatisfy(r -> assertThat(r).isEqualTo("booking.error.full [" + day + ", 0, 10, 1]"));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(held(institution.id(), day)).isEqualTo(10);
		assertThat(this.jdbc.sql("""
				select coalesce(sum(headcount), 0) from surveillance.booking
				where institution_id = :i and day = :d and status in ('REQUESTED', 'CONFIRMED')""")
			.param("i", institution.id())
			.param("d", day)
			.query(Integer.class)
			.single()).isEqualTo(10);
	}

	@Test
	void aFullDaySaysHowManyPlacesAreLeftAndHoldsNothing() {
		AgencyView institution = this.fixtures.institution(5);
		LocalDate day = ahead(21);
		Company company = this.fixtures.company(7);
		assertThatThrownBy(() -> this.bookings.book(company.manager(), inService(company, institution, day, company.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors()).singleElement().satisfies(e -> {
					assertThat(e.field()).isEqualTo("day");
					assertThat(e.code()).isEqualTo("booking.error.full");
					// 5 places, none taken, 7 wanted.
					assertThat(e.arguments()).containsExactly(day.toString(), 5, 5, 7);
				});
			});
		assertThat(held(institution.id(), day)).isZero();
		BookingView booked = this.bookings.book(company.manager(),
				inService(company, institution, day, company.workers().subList(0, 4)));
		assertThat(booked.headcount()).isEqualTo(4);
		assertThatThrownBy(() -> this.bookings.book(company.manager(),
				inService(company, institution, day, company.workers().subList(4, 6))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).arguments()).containsExactly(day.toString(), 1, 5, 2));
	}

	@Test
	void reschedulingMovesThePlacesAndCancellingReleasesThem() {
		AgencyView institution = this.fixtures.institution(5);
		Actor staff = staff(institution);
		LocalDate first = ahead(22);
		LocalDate second = ahead(23);
		Company company = this.fixtures.company(6);
		Company other = this.fixtures.company(3);
		BookingView booking = this.bookings.book(company.manager(),
				inService(company, institution, first, company.workers().subList(0, 3)));
		assertThat(booking.status()).isEqualTo(BookingStatus.REQUESTED);
		assertThat(booking.workers()).allSatisfy(w -> assertThat(w.hazardCodes())
			.containsExactlyInAnyOrder(this.fixtures.welding, this.fixtures.noise));

		BookingView confirmed = this.bookings.confirm(staff, booking.id());
		assertThat(confirmed.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(this.events.stream(BookingConfirmed.class).filter(e -> e.bookingId() == booking.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.workers()).hasSize(3));

		// Moved by the employer: the places go with it and the institution must confirm again.
		BookingView moved = this.bookings.reschedule(company.manager(), booking.id(), second, "生产安排");
		assertThat(moved.day()).isEqualTo(second);
		assertThat(moved.status()).isEqualTo(BookingStatus.REQUESTED);
		assertThat(held(institution.id(), first)).isZero();
		assertThat(held(institution.id(), second)).isEqualTo(3);
		assertThat(this.events.stream(BookingRescheduled.class).filter(e -> e.bookingId() == booking.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.fromDay()).isEqualTo(first));

		// 5 - 3 = 2 left on the second day: three more do not fit, on the first day they do.
		assertThatThrownBy(() -> this.bookings.book(other.manager(), inService(other, institution, second, other.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).arguments()).containsExactly(second.toString(), 2, 5, 3));

		assertThatThrownBy(() -> this.bookings.cancel(company.manager(), booking.id(), " "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.reasonRequired"));
		BookingView cancelled = this.bookings.cancel(company.manager(), booking.id(), "设备检修，停产一周");
		assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(cancelled.cancelledBy()).isEqualTo(BookingParty.EMPLOYER);
		assertThat(held(institution.id(), second)).isZero();
		assertThat(this.events.stream(BookingCancelled.class).filter(e -> e.bookingId() == booking.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.headcount()).isEqualTo(3));
		assertThatThrownBy(() -> this.bookings.reschedule(company.manager(), booking.id(), first, null))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.notOpen"));

		BookingView after = this.bookings.book(other.manager(), inService(other, institution, second, other.workers()));
		assertThat(after.headcount()).isEqualTo(3);
		assertThat(held(institution.id(), second)).isEqualTo(3);
		assertThat(cancelled.history()).extracting(BookingView.HistoryEntry::action)
			.containsExactly("REQUESTED", "CONFIRMED", "RESCHEDULED", "CANCELLED");
		assertThat(auditActions(booking.id())).containsExactly("surveillance.booking.requested",
				"surveillance.booking.confirmed", "surveillance.booking.rescheduled", "surveillance.booking.cancelled");
	}

	@Test
	void eachPartyIsToldWhatTheOtherDid() {
		AgencyView institution = this.fixtures.institution(5);
		Actor staff = staff(institution);
		Company company = this.fixtures.company(1);
		BookingView booking = this.bookings.book(company.manager(),
				inService(company, institution, ahead(24), company.workers()));
		assertThat(notices(staff)).extracting(InboxItem::messageKey).containsExactly("booking.notice.requested");
		assertThat(notices(staff).get(0).arguments()).containsExactly(booking.number(), company.employer().name(),
				booking.day().toString(), "1");
		this.bookings.confirm(staff, booking.id());
		assertThat(notices(company.manager())).extracting(InboxItem::messageKey).contains("booking.notice.confirmed");
		this.bookings.cancel(staff, booking.id(), "体检设备故障");
		assertThat(notices(company.manager())).extracting(InboxItem::messageKey).contains("booking.notice.cancelled");
		assertThat(this.bookings.find(company.manager(), booking.id()).cancelledBy()).isEqualTo(BookingParty.INSTITUTION);
		// The other institution's staff see nothing of it.
		assertThat(notices(staff(this.fixtures.institution(1)))).isEmpty();
	}

	@Test
	void anInstitutionSeesOnlyItsOwnBookings() {
		AgencyView mine = this.fixtures.institution(10);
		AgencyView theirs = this.fixtures.institution(10);
		Company company = this.fixtures.company(2);
		LocalDate day = ahead(25);
		BookingView atMine = this.bookings.book(company.manager(),
				inService(company, mine, day, company.workers().subList(0, 1)));
		BookingView atTheirs = this.bookings.book(company.manager(),
				inService(company, theirs, day, company.workers().subList(1, 2)));
		Actor staff = staff(mine);

		assertThat(this.bookings.search(staff, BookingFilter.none(), PageQuery.of(1, 200)).items())
			.extracting(BookingSummary::id)
			.containsExactly(atMine.id());
		assertThat(this.bookings.onDay(staff, null, day)).extracting(BookingSummary::id).containsExactly(atMine.id());
		assertThatThrownBy(() -> this.bookings.find(staff, atTheirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.bookings.confirm(staff, atTheirs.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.bookings.calendar(staff, theirs.id(), YearMonth.from(day)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.bookings.calendar(staff, null, YearMonth.from(day)).days())
			.filteredOn(d -> d.day().equals(day))
			.singleElement()
			.satisfies(d -> assertThat(d.loads()).containsExactly(new CalendarMonth.Load(ExamType.IN_SERVICE, 1, 10)));

		// The employer sees both; the county's supervisor both; another county's none; nobody but
		// the institution confirms.
		assertThat(this.bookings.search(company.manager(), BookingFilter.none(), PageQuery.of(1, 200)).items())
			.extracting(BookingSummary::id)
			.containsExactlyInAnyOrder(atMine.id(), atTheirs.id());
		Actor county = supervisor("330105");
		assertThat(this.bookings.find(county, atTheirs.id()).institutionId()).isEqualTo(theirs.id());
		assertThatThrownBy(() -> this.bookings.find(supervisor("330106"), atMine.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.bookings.search(supervisor("330106"), BookingFilter.none(), PageQuery.of(1, 200)).total())
			.isZero();
		assertThatThrownBy(() -> this.bookings.confirm(county, atMine.id())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.bookings.confirm(company.manager(), atMine.id()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anEmployerCannotBookForAnotherEmployersWorkers() {
		AgencyView institution = this.fixtures.institution(10);
		LocalDate day = ahead(26);
		Company mine = this.fixtures.company(1);
		Company theirs = this.fixtures.company(1);

		assertThatThrownBy(() -> this.bookings.book(mine.manager(), inService(mine, institution, day, theirs.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).singleElement()
				.satisfies(e -> assertThat(e.code()).isEqualTo("booking.error.notOwnWorker")));
		assertThatThrownBy(() -> this.bookings.book(mine.manager(), inService(theirs, institution, day, theirs.workers())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.bookings.book(supervisor("330105"), inService(theirs, institution, day, theirs.workers())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(held(institution.id(), day)).isZero();
		assertThat(this.bookings.search(mine.manager(), BookingFilter.none(), PageQuery.of(1, 10)).total()).isZero();
	}

	@Test
	void refusesAnInstitutionNotQualifiedForTheHazardsAndAWorkerBookedTwice() {
		// Physical factors only: the welding fume (dust) is outside its scope.
		AgencyView physical = this.fixtures.institution(10, "3");
		Company company = this.fixtures.company(1);
		LocalDate day = ahead(27);
		assertThatThrownBy(() -> this.bookings.book(company.manager(), inService(company, physical, day, company.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors()).singleElement()
				.satisfies(e -> {
					assertThat(e.code()).isEqualTo("booking.error.notQualified.HAZARD_OUTSIDE_SCOPE");
					assertThat(e.arguments()).containsExactly(this.fixtures.welding);
				}));
		BookingView noiseOnly = this.bookings.book(company.manager(), new BookingCommand(company.employer().id(),
				physical.id(), ExamType.IN_SERVICE, day,
				List.of(new BookingCommand.Worker(company.workers().get(0), List.of(this.fixtures.noise))), null));
		assertThat(noiseOnly.workers().get(0).hazardCodes()).containsExactly(this.fixtures.noise);
		assertThatThrownBy(() -> this.bookings.book(company.manager(),
				inService(company, this.fixtures.institution(10), ahead(28), company.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.alreadyBooked"));
		assertThatThrownBy(() -> this.bookings.book(company.manager(), new BookingCommand(company.employer().id(),
				physical.id(), ExamType.PRE_PLACEMENT, day, List.of(BookingCommand.Worker.proposed(company.workers().get(0))),
				null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("booking.error.notQualified.EXAM_TYPE_OUTSIDE_SCOPE"));
		assertThatThrownBy(() -> this.bookings.book(company.manager(), inService(company, physical, ahead(0),
				company.workers())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.dayNotAfterToday"));
	}

	@Test
	void aPastDayAndAWeekendAreRefusedUnlessTheInstitutionOpensTheWeekendDay() {
		AgencyView institution = this.fixtures.institution(10);
		Actor staff = staff(institution);
		Company company = this.fixtures.company(2);
		LocalDate today = ahead(0);
		// Yesterday and today: never bookable.
		assertThat(refusal(() -> this.bookings.book(company.manager(),
				inService(company, institution, today.minusDays(1), company.workers()))))
			.isEqualTo("booking.error.dayNotAfterToday");
		// A Saturday three weeks ahead: the institution works Monday to Friday (it set nothing).
		LocalDate saturday = today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		assertThat(this.calendars.find(staff, null).opening(saturday, today)).isEqualTo(DayOpening.CLOSED);
		assertThat(refusal(() -> this.bookings.book(company.manager(),
				inService(company, institution, saturday, company.workers()))))
			.isEqualTo("booking.error.dayClosed.CLOSED");
		assertThat(held(institution.id(), saturday)).isZero();

		// The institution opens that Saturday: now it is bookable, and shows so on its calendar.
		this.calendars.setDay(staff, institution.id(), saturday, true, "周六加开");
		BookingView booked = this.bookings.book(company.manager(),
				inService(company, institution, saturday, company.workers()));
		assertThat(booked.day()).isEqualTo(saturday);
		assertThat(this.bookings.calendar(staff, null, YearMonth.from(saturday)).days())
			.filteredOn(d -> d.day().equals(saturday))
			.singleElement()
			.satisfies(d -> {
				assertThat(d.opening()).isEqualTo(DayOpening.OPENED);
				assertThat(d.note()).isEqualTo("周六加开");
			});
		// Closing it again would strand that booking: refused with the day.
		assertThat(refusal(() -> this.calendars.setDay(staff, institution.id(), saturday, false, null)))
			.isEqualTo("booking.calendar.error.bookedDays");

		// A holiday on the Monday after: closed, and moving the booking there is refused too.
		LocalDate monday = saturday.plusDays(2);
		this.calendars.setDay(staff, institution.id(), monday, false, "调休");
		assertThat(refusal(() -> this.bookings.reschedule(company.manager(), booked.id(), monday, null)))
			.isEqualTo("booking.error.dayClosed.HOLIDAY");
		// The week itself: opened on Saturdays, Saturday bookings are fine without a day of their own.
		this.calendars.changeWeek(staff, institution.id(), new WorkingWeek(
				java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(7, 30), LocalTime.of(11, 30)));
		assertThat(this.calendars.find(staff, null).opening(saturday.plusWeeks(1), today)).isEqualTo(DayOpening.OPEN);

		// Only the institution's own staff or a supervisor of its region keep its calendar; every change audited.
		Actor otherStaff = staff(this.fixtures.institution(10));
		assertThatThrownBy(() -> this.calendars.setDay(otherStaff, institution.id(), monday, true, null))
			.isInstanceOf(org.ohsonline.shared.NotFoundException.class);
		Actor xihu = new Actor(25, "booking-xihu", "监管人员", "330106", org.ohsonline.shared.Scope.region("330106"),
				java.util.Set.of("surveillance:booking:read", "surveillance:calendar:write"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.calendars.setDay(xihu, institution.id(), monday, true, null))
			.as("an institution outside the supervisor's region does not exist for them")
			.isInstanceOf(org.ohsonline.shared.NotFoundException.class);
		assertThat(this.jdbc.sql("""
				select action from audit.entry where target_type = 'institution-calendar' and target_id = :id order by id""")
			.param("id", String.valueOf(institution.id()))
			.query(String.class)
			.list()).containsExactly("surveillance.calendar.day-set", "surveillance.calendar.day-set",
					"surveillance.calendar.week-changed");
	}

	private static String refusal(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidInputException ex) {
			return ex.errors().get(0).code();
		}
		return "accepted";
	}

	@Test
	void attendanceWaitsForTheDayAndCompletesTheBooking() {
		AgencyView institution = this.fixtures.institution(10);
		Actor staff = staff(institution);
		Company company = this.fixtures.company(2);
		BookingView booking = this.bookings.book(company.manager(),
				inService(company, institution, ahead(29), company.workers()));
		assertThatThrownBy(() -> this.bookings.recordAttendance(staff, booking.id(),
				Map.of(company.workers().get(0), Attendance.ATTENDED)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.notConfirmed"));
		this.bookings.confirm(staff, booking.id());
		assertThatThrownBy(() -> this.bookings.recordAttendance(staff, booking.id(),
				Map.of(company.workers().get(0), Attendance.ATTENDED)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("booking.error.attendanceBeforeDay"));
		// The exam day comes (the test cannot wait four weeks): the booking's day becomes today.
		this.jdbc.sql("update surveillance.booking set day = :today where id = :id")
			.param("today", ahead(0))
			.param("id", booking.id())
			.update();
		BookingView partly = this.bookings.recordAttendance(staff, booking.id(),
				Map.of(company.workers().get(0), Attendance.ATTENDED));
		assertThat(partly.status()).isEqualTo(BookingStatus.CONFIRMED);
		BookingView done = this.bookings.recordAttendance(staff, booking.id(),
				Map.of(company.workers().get(1), Attendance.NO_SHOW));
		assertThat(done.status()).isEqualTo(BookingStatus.COMPLETED);
		assertThat(done.workers()).extracting(BookingView.Worker::attendance)
			.containsExactlyInAnyOrder(Attendance.ATTENDED, Attendance.NO_SHOW);
	}

	private int held(long institutionId, LocalDate day) {
		return this.jdbc.sql("""
				select coalesce(sum(booked), 0) from surveillance.booking_day where institution_id = :i and day = :d""")
			.param("i", institutionId)
			.param("d", day)
			.query(Integer.class)
			.single();
	}

	private List<InboxItem> notices(Actor actor) {
		return this.inbox.list(actor, false, PageQuery.of(1, 50)).items();
	}

	private List<String> auditActions(long bookingId) {
		return this.jdbc.sql("""
				select action from audit.entry where target_type = 'booking' and target_id = :id order by id""")
			.param("id", String.valueOf(bookingId))
			.query(String.class)
			.list();
	}

}
