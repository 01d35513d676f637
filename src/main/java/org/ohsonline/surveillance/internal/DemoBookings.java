package org.ohsonline.surveillance.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.ExamType;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;
import org.ohsonline.surveillance.BookingCommand;
import org.ohsonline.surveillance.BookingView;
import org.ohsonline.surveillance.Bookings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Standalone mode's demo bookings, a demo data step after the register and its agencies: a few bookings of the demo employer's workers at the demo institution — one confirmed, one
 * requested, one cancelled — so that the {@code employer} and {@code institution} logins see a
 * filled list and calendar. Made through the booking service itself (same rules, capacity and
 * audit) and flagged {@code synthetic}; which posts and days are drawn from the register's seed,
 * the days counted from the first start. Never twice.
 */
@Component
class DemoBookings implements DemoSeedStep {

	/** The demo logins' employer and institution (iam DemoUsers, registry and agency generators). */
	static final String DEMO_EMPLOYER = withCheck("91330105DEM000001");

	static final String DEMO_INSTITUTION = withCheck("12330105DEMEX0001");

	private static final Logger log = LoggerFactory.getLogger(DemoBookings.class);

	private static final Actor SYSTEM = Actor.system("demo-bookings");

	private final BookingService bookings;

	private final BookingStore store;

	private final Employers employers;

	private final Agencies agencies;

	private final SyntheticData register;

	DemoBookings(BookingService bookings, BookingStore store, Employers employers, Agencies agencies,
			SyntheticData register) {
		this.bookings = bookings;
		this.store = store;
		this.employers = employers;
		this.agencies = agencies;
		this.register = register;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String labelKey() {
		return "demo.step.bookings";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		if (this.store.count() > 0) {
			return;
		}
		EmployerSummary employer = this.employers
			.search(SYSTEM, new EmployerFilter(DEMO_EMPLOYER, null, null, null, null, null, null), PageQuery.of(1, 2))
			.items()
			.stream()
			.filter(e -> e.creditCode().equals(DEMO_EMPLOYER))
			.findFirst()
			.orElse(null);
		AgencyRef institution = this.agencies.ownedBy(new Scope(Scope.Kind.INSTITUTION, DEMO_INSTITUTION))
			.stream()
			.filter(a -> a.kind() == AgencyKind.EXAM_INSTITUTION)
			.findFirst()
			.orElse(null);
		if (employer == null || institution == null) {
			return;
		}
		long seed = this.register.census().lastSeed().orElse(7L);
		List<BookingView> made = make(employer.id(), institution.id(), new Random(seed));
		log.info("Demo bookings for {} at {}: {}", employer.name(), institution.name(),
				made.stream().map(b -> b.number() + " " + b.day() + " " + b.status()).toList());
	}

	private List<BookingView> make(long employerId, long institutionId, Random random) {
		// The demo employer's current workers by post, in the register's order.
		Map<String, List<Long>> byPost = new LinkedHashMap<>();
		this.bookings.candidates(SYSTEM, employerId, null, PageQuery.of(1, PageQuery.MAX_SIZE))
			.items()
			.stream()
			.filter(c -> !c.hazardCodes().isEmpty())
			.forEach(c -> byPost.computeIfAbsent(String.valueOf(c.postName()), k -> new ArrayList<>()).add(c.workerId()));
		List<List<Long>> groups = new ArrayList<>(byPost.values());
		List<BookingView> made = new ArrayList<>();
		if (groups.size() < 3) {
			return made;
		}
		LocalDate today = this.bookings.today();
		try {
			BookingView confirmed = book(employerId, institutionId, groups.get(0), workday(today.plusDays(3 + random.nextInt(4))),
					"年度在岗期间职业健康检查（演示）");
			made.add(this.bookings.confirm(SYSTEM, confirmed.id()));
			made.add(book(employerId, institutionId, groups.get(1), workday(today.plusDays(10 + random.nextInt(5))),
					"年度在岗期间职业健康检查（演示）"));
			BookingView cancelled = book(employerId, institutionId, groups.get(2),
					workday(today.plusDays(17 + random.nextInt(5))), null);
			made.add(this.bookings.cancel(SYSTEM, cancelled.id(), "生产计划调整，改期另约（演示）"));
		}
		catch (RuntimeException ex) {
			// Demo data must never stop the start; the institution may have changed its scope.
			log.warn("Demo bookings not (all) made: {}", ex.getMessage());
		}
		return made;
	}

	private BookingView book(long employerId, long institutionId, List<Long> workers, LocalDate day, String note) {
		return this.bookings.book(SYSTEM, new BookingCommand(employerId, institutionId, ExamType.IN_SERVICE, day,
				workers.stream().map(BookingCommand.Worker::proposed).toList(), note), true);
	}

	/** Institutions examine on working days: a weekend day moves to the Monday after. */
	private static LocalDate workday(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return day.plusDays(2);
		}
		return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
	}

	private static String withCheck(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

}
