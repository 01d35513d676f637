package org.ohsonline.surveillance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.AgencyFilter;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.Attendance;
import org.ohsonline.surveillance.BookingCommand;
import org.ohsonline.surveillance.BookingFilter;
import org.ohsonline.surveillance.BookingParty;
import org.ohsonline.surveillance.BookingStatus;
import org.ohsonline.surveillance.BookingSummary;
import org.ohsonline.surveillance.BookingView;
import org.ohsonline.surveillance.Bookings;
import org.ohsonline.surveillance.CalendarMonth;
import org.ohsonline.surveillance.DayOpening;
import org.ohsonline.surveillance.WorkingCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking: checks the command against the register (the workers are the employer's, their hazards
 * from the posts they hold) and the agency module (the institution is qualified that day for the
 * exam type and every hazard), then takes the places in the {@link CapacityLedger}, all in one
 * transaction with the audit entry and the institution's notice. The lifecycle after the request
 * is in {@link BookingTransitions}.
 */
@Service
class BookingService implements Bookings {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Reading the list of institutions is not a read of anyone's data in scope (see {@link #institutions}). */
	private static final Actor DIRECTORY = Actor.system("booking-directory");

	private final BookingStore store;

	private final CapacityLedger ledger;

	private final BookingTransitions transitions;

	private final BookingNotices notices;

	private final Employers employers;

	private final Workers workers;

	private final Agencies agencies;

	private final Institutions institutions;

	private final AuditTrail audit;

	private final Clock clock;

	private final BookingInstitutions lookup;

	private final CalendarService calendars;

	BookingService(BookingStore store, CapacityLedger ledger, BookingTransitions transitions, BookingNotices notices,
			Employers employers, Workers workers, Agencies agencies, Institutions institutions, AuditTrail audit,
			Clock clock, BookingInstitutions lookup, CalendarService calendars) {
		this.lookup = lookup;
		this.calendars = calendars;
		this.store = store;
		this.ledger = ledger;
		this.transitions = transitions;
		this.notices = notices;
		this.employers = employers;
		this.workers = workers;
		this.agencies = agencies;
		this.institutions = institutions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BookingSummary> search(Actor actor, BookingFilter filter, PageQuery page) {
		actor.require(BookingPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, filter.region());
		if (region.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		return Page.of(this.store.page(scope, region.get(), filter, page), this.store.count(scope, region.get(), filter),
				page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, BookingFilter filter, Consumer<BookingSummary> consumer) {
		actor.require(BookingPermissions.READ);
		ScopeFilter.narrowRegion(actor, filter.region())
			.ifPresent(region -> this.store.forEach(ScopeFilter.of(actor), region, filter, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public BookingView find(Actor actor, long id) {
		actor.require(BookingPermissions.READ);
		return this.transitions.view(this.transitions.visible(actor, id));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Candidate> candidates(Actor actor, long employerId, String q, PageQuery page) {
		actor.require(BookingPermissions.WRITE);
		Map<Long, StructureViews.Post> posts = posts(actor, employerId);
		Page<EmploymentView> workforce = this.workers.workforce(actor, employerId, true, q, page);
		Map<Long, List<String>> open = this.store
			.openBookings(workforce.items().stream().map(EmploymentView::workerId).toList());
		return workforce.map(employment -> {
			StructureViews.Post post = employment.postId() == null ? null : posts.get(employment.postId());
			List<StructureViews.Hazard> hazards = post == null ? List.of() : post.hazards();
			return new Candidate(employment.workerId(), employment.workerName(), employment.postName(),
					hazards.stream().map(StructureViews.Hazard::code).toList(),
					hazards.stream().map(StructureViews.Hazard::name).toList(),
					open.getOrDefault(employment.workerId(), List.of()));
		});
	}

	/**
	 * The exam institutions of the employer's city. An employer's manager has no scope over
	 * agencies, but the list of qualified institutions is public information (the commission
	 * publishes it), so it is read with the platform's own actor and only the organisations'
	 * names and regions leave this method.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Institution> institutions(Actor actor, long employerId, ExamType examType) {
		actor.require(BookingPermissions.WRITE);
		EmployerView employer = this.employers.find(actor, employerId);
		String city = employer.regionCode().substring(0, Math.min(4, employer.regionCode().length()));
		return this.agencies
			.search(DIRECTORY, new AgencyFilter(null, city, AgencyKind.EXAM_INSTITUTION.name(), "ACTIVE", null,
					examType == null ? null : examType.name(), "name"), PageQuery.of(1, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.map(a -> new Institution(a.id(), a.name(), a.regionCode()))
			.toList();
	}

	@Override
	@Transactional
	public BookingView book(Actor actor, BookingCommand command) {
		return book(actor, command, false);
	}

	/** Books; {@code synthetic} marks the demo data's bookings. */
	@Transactional
	BookingView book(Actor actor, BookingCommand command, boolean synthetic) {
		actor.require(BookingPermissions.WRITE);
		if (actor.channel() != Actor.Channel.SYSTEM && actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException("booking exams needs an employer's own scope");
		}
		List<FieldError> errors = new ArrayList<>();
		LocalDate today = today();
		if (command.employerId() == null) {
			errors.add(FieldError.of("employerId", "booking.error.employerRequired"));
		}
		if (command.institutionId() == null) {
			errors.add(FieldError.of("institutionId", "booking.error.institutionRequired"));
		}
		if (command.examType() == null) {
			errors.add(FieldError.of("examType", "booking.error.examTypeRequired"));
		}
		if (command.day() == null) {
			errors.add(FieldError.of("day", "booking.error.dayRequired"));
		}
		else if (!command.day().isAfter(today)) {
			errors.add(FieldError.of("day", "booking.error.dayNotAfterToday", today.toString()));
		}
		if (command.workers().isEmpty()) {
			errors.add(FieldError.of("workers", "booking.error.workersRequired"));
		}
		Limits.check(errors, "note", command.note(), Limits.NOTE);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		EmployerView employer = this.employers.find(actor, command.employerId());
		if (actor.scope().kind() == Scope.Kind.EMPLOYER && !employer.creditCode().equals(actor.scope().value())) {
			throw new NotFoundException("employer", command.employerId());
		}
		AgencyRef institution = this.agencies.reference(command.institutionId())
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
			.orElseThrow(() -> InvalidInputException.of("institutionId", "booking.error.institutionUnknown"));
		List<BookingStore.NewWorker> booked = bookedWorkers(actor, employer, command, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Set<String> hazards = new LinkedHashSet<>();
		booked.forEach(w -> hazards.addAll(w.hazardCodes()));
		List<FieldError> qualification = this.transitions.qualification(institution.id(), command.examType(),
				command.day(), hazards);
		if (!qualification.isEmpty()) {
			throw new InvalidInputException(qualification);
		}
		List<Long> already = this.store.alreadyBooked(booked.stream().map(BookingStore.NewWorker::workerId).toList(),
				command.examType());
		if (!already.isEmpty()) {
			throw new InvalidInputException(booked.stream()
				.filter(w -> already.contains(w.workerId()))
				.map(w -> FieldError.of("workers", "booking.error.alreadyBooked", w.name()))
				.toList());
		}
		this.transitions.take(institution.id(), command.day(), command.examType(), booked.size());
		Instant now = now();
		BookingStore.Row row = new BookingStore.Row(0, null, institution.id(), institution.creditCode(),
				institution.name(), employer.id(), employer.creditCode(), employer.name(), employer.regionCode(),
				command.examType(), command.day(), BookingStatus.REQUESTED, booked.size(),
				command.note() == null || command.note().isBlank() ? null : command.note().trim(), null, null, synthetic,
				now, null, 0);
		long id = this.store.insert(row, actor.username(), booked);
		this.store.history(id, now, "REQUESTED", actor.displayName(), null);
		BookingStore.Row created = this.transitions.visible(actor, id);
		BookingView view = this.transitions.view(created);
		this.audit.record(actor, "surveillance.booking.requested", AuditTarget.of("booking", id, employer.regionCode()),
				null, BookingTransitions.snapshot(view));
		this.notices.tellOther(created, BookingParty.EMPLOYER, "booking.notice.requested", created.number(),
				created.employerName(), created.day().toString(), String.valueOf(created.headcount()));
		return view;
	}

	@Override
	public BookingView confirm(Actor actor, long id) {
		return this.transitions.confirm(actor, id);
	}

	@Override
	public BookingView reschedule(Actor actor, long id, LocalDate day, String note) {
		return this.transitions.reschedule(actor, id, day, note);
	}

	@Override
	public BookingView cancel(Actor actor, long id, String reason) {
		return this.transitions.cancel(actor, id, reason);
	}

	@Override
	public BookingView recordAttendance(Actor actor, long id, Map<Long, Attendance> attendance) {
		return this.transitions.recordAttendance(actor, id, attendance);
	}

	@Override
	@Transactional(readOnly = true)
	public CalendarMonth calendar(Actor actor, Long institutionId, YearMonth month) {
		actor.require(BookingPermissions.READ);
		AgencyRef institution = institution(actor, institutionId);
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		LocalDate today = today();
		WorkingCalendar calendar = this.calendars.calendar(institution, first);
		Map<LocalDate, Map<ExamType, Integer>> held = new HashMap<>();
		for (CapacityLedger.Held h : this.ledger.between(institution.id(), first, last)) {
			held.computeIfAbsent(h.day(), d -> new HashMap<>()).put(h.examType(), h.booked());
		}
		List<CalendarMonth.Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			List<CalendarMonth.Load> loads = new ArrayList<>();
			Map<ExamType, Integer> booked = held.getOrDefault(day, Map.of());
			DayOpening opening = calendar.opening(day, today);
			// A closed day offers no places; places held there (history, or before a change) still show.
			boolean offers = opening.bookable() || opening == DayOpening.PAST && calendar.opening(day, day.minusDays(1)).bookable();
			for (ExamType type : ExamType.values()) {
				int capacity = offers ? this.institutions.capacity(institution.id(), type, day) : 0;
				int taken = booked.getOrDefault(type, 0);
				if (capacity > 0 || taken > 0) {
					loads.add(new CalendarMonth.Load(type, taken, capacity));
				}
			}
			days.add(new CalendarMonth.Day(day, opening,
					calendar.special(day).map(WorkingCalendar.SpecialDay::note).orElse(null), loads));
		}
		return new CalendarMonth(institution.id(), institution.name(), month, calendar.week(), days);
	}

	@Override
	@Transactional(readOnly = true)
	public List<BookingSummary> onDay(Actor actor, Long institutionId, LocalDate day) {
		actor.require(BookingPermissions.READ);
		AgencyRef institution = institution(actor, institutionId);
		return this.store.onDay(ScopeFilter.of(actor), institution.id(), day);
	}

	private AgencyRef institution(Actor actor, Long institutionId) {
		return this.lookup.resolve(actor, institutionId);
	}

	/**
	 * The command's workers as they will be booked: each must be (for an exam after leaving: have
	 * been) employed by the employer, at a post with hazard factors unless hazards are given.
	 */
	private List<BookingStore.NewWorker> bookedWorkers(Actor actor, EmployerView employer, BookingCommand command,
			List<FieldError> errors) {
		Map<Long, StructureViews.Post> posts = posts(actor, employer.id());
		Map<Long, BookingCommand.Worker> wanted = new LinkedHashMap<>();
		for (BookingCommand.Worker worker : command.workers()) {
			if (worker == null || worker.workerId() == null) {
				errors.add(FieldError.of("workers", "booking.error.workerRequired"));
				continue;
			}
			wanted.putIfAbsent(worker.workerId(), worker);
		}
		boolean leftAllowed = command.examType() == ExamType.POST_EMPLOYMENT;
		List<BookingStore.NewWorker> result = new ArrayList<>();
		for (BookingCommand.Worker worker : wanted.values()) {
			Optional<EmploymentView> employment = employment(actor, worker.workerId(), employer.id(), leftAllowed);
			if (employment.isEmpty()) {
				errors.add(FieldError.of("workers", "booking.error.notOwnWorker", worker.workerId()));
				continue;
			}
			WorkerView person = this.workers.find(actor, worker.workerId());
			List<String> hazards;
			if (worker.hazardCodes() != null && !worker.hazardCodes().isEmpty()) {
				hazards = worker.hazardCodes().stream().filter(h -> h != null && !h.isBlank()).map(String::trim)
					.distinct().toList();
			}
			else {
				StructureViews.Post post = employment.get().postId() == null ? null : posts.get(employment.get().postId());
				hazards = post == null ? List.of() : post.hazards().stream().map(StructureViews.Hazard::code).toList();
			}
			if (hazards.isEmpty()) {
				errors.add(FieldError.of("workers", "booking.error.noHazards", person.name()));
				continue;
			}
			result.add(new BookingStore.NewWorker(person.id(), person.name(), person.idNumberMasked(),
					employment.get().postName(), hazards));
		}
		return result;
	}

	/** The worker's employment at the employer (current, or the latest when leaving is allowed). */
	private Optional<EmploymentView> employment(Actor actor, long workerId, long employerId, boolean leftAllowed) {
		List<EmploymentView> employments;
		try {
			employments = this.workers.employments(actor, workerId);
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
		return employments.stream()
			.filter(e -> e.worksFor(employerId))
			.filter(e -> leftAllowed || e.current())
			.max(java.util.Comparator.comparing(EmploymentView::hiredOn));
	}

	private Map<Long, StructureViews.Post> posts(Actor actor, long employerId) {
		Map<Long, StructureViews.Post> posts = new HashMap<>();
		for (StructureViews.Site site : this.employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					posts.put(post.id(), post);
				}
			}
		}
		return posts;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZONE));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
