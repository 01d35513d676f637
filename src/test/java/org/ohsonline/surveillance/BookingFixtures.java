package org.ohsonline.surveillance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * Employers with workers on a post exposed to noise and welding fume, exam institutions with a
 * chosen daily capacity, and the actors of both sides, for booking tests. Every fixture is fresh,
 * so tests sharing the database never meet each other's places.
 */
final class BookingFixtures {

	static final String COUNTY = "330105";

	/** Registers employers, posts and workers in 拱墅区. */
	static final Actor REGISTRAR = new Actor(21, "booking-registrar", "登记员", COUNTY, Scope.region(COUNTY),
			Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read", "registry:worker:write"),
			"127.0.0.1", Actor.Channel.UI);

	private final Employers employers;

	private final Agencies agencies;

	private final RegistryFixtures registry;

	final String noise;

	final String welding;

	BookingFixtures(Employers employers, Workers workers, Agencies agencies, HazardFactors hazards) {
		this.employers = employers;
		this.agencies = agencies;
		this.registry = new RegistryFixtures(employers, workers);
		this.noise = factor(hazards, "噪声");
		this.welding = factor(hazards, "电焊烟尘");
	}

	record Company(EmployerView employer, Actor manager, List<Long> workers) {
	}

	/** An employer with {@code workers} current workers on one post with noise and welding fume. */
	Company company(int workers) {
		EmployerView employer = this.registry.employer(REGISTRAR, COUNTY + "001", "3311", Math.max(1, workers));
		StructureViews.Post post = this.registry.post(REGISTRAR, employer.id(), this.welding, this.noise);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			ids.add(this.registry.hire(REGISTRAR, employer.id(), post.id(), RegistryFixtures.idNumber(COUNTY)).workerId());
		}
		return new Company(employer, manager(employer), ids);
	}

	/**
	 * An active exam institution examining dust (1), chemical (2) and physical (3) factors, with the
	 * given in-service places a day (and none for the other exam types).
	 */
	AgencyView institution(int inServicePlaces, String... categories) {
		Actor commission = AgencyFixtures.commission(COUNTY);
		AgencyView institution = this.agencies.register(commission,
				AgencyFixtures.command(AgencyKind.EXAM_INSTITUTION, AgencyFixtures.creditCode(COUNTY), COUNTY));
		List<String> scope = categories.length == 0 ? List.of("1", "2", "3") : List.of(categories);
		return this.agencies.changeScope(commission, institution.id(),
				new QualificationScope(scope, List.of(), Set.of(), Map.of(ExamType.IN_SERVICE, inServicePlaces)));
	}

	static Actor manager(EmployerView employer) {
		return new Actor(22, "booking-manager-" + employer.creditCode(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("registry:employer:read", "registry:worker:read", "surveillance:booking:read",
						"surveillance:booking:write", "notification:inbox:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor staff(AgencyView institution) {
		return new Actor(23, "booking-staff-" + institution.creditCode(), "体检机构人员", institution.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, institution.creditCode()),
				Set.of("surveillance:booking:read", "surveillance:booking:confirm", "surveillance:calendar:write",
						"notification:inbox:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region) {
		return new Actor(24, "booking-supervisor-" + region, "监管人员", region, Scope.region(region),
				Set.of("surveillance:booking:read"), "127.0.0.1", Actor.Channel.UI);
	}

	static BookingCommand inService(Company company, AgencyView institution, LocalDate day, List<Long> workers) {
		return new BookingCommand(company.employer().id(), institution.id(), ExamType.IN_SERVICE, day,
				workers.stream().map(BookingCommand.Worker::proposed).toList(), null);
	}

	/**
	 * The {@code days}-th Monday-to-Friday day after today ({@code 0}: today), China Standard Time:
	 * institutions work Monday to Friday unless they set otherwise, so a weekend is not bookable.
	 */
	static LocalDate ahead(int days) {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		for (int i = 0; i < days; i++) {
			day = day.plusDays(1);
			while (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
				day = day.plusDays(1);
			}
		}
		return day;
	}

	private static String factor(HazardFactors hazards, String name) {
		return hazards.factors(null).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().code();
	}

}
