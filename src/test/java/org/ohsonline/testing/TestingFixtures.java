package org.ohsonline.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.EngagementCommand;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.agency.StaffView;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * A service agency with staff, an employer of a county with a post exposed to benzene (2013) and
 * noise (3008) that engages the agency for periodic testing, and actors of the agency: everything a
 * testing job needs, made through the facades with codes no other test uses.
 */
public final class TestingFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	/** An agency's staff as the AGENCY_STAFF role has them: reading the employers open to it included. */
	public static final Set<String> AGENCY_PERMISSIONS = Set.of("testing:job:read", "testing:job:write",
			"testing:job:review", "registry:employer:read");

	private final Agencies agencies;

	private final AgencyStaff staff;

	private final Engagements engagements;

	private final Employers employers;

	private final Workers workers;

	public TestingFixtures(Agencies agencies, AgencyStaff staff, Engagements engagements, Employers employers,
			Workers workers) {
		this.agencies = agencies;
		this.staff = staff;
		this.engagements = engagements;
		this.employers = employers;
		this.workers = workers;
	}

	/** What a test works with. */
	public record Setting(AgencyView agency, EmployerView employer, StructureViews.Post post, StaffView sampler,
			StaffView analyst, Actor author, Actor reviewer) {
	}

	/** An agency of {@code agencyCounty} engaged by a new employer of {@code employerCounty} (both 6 digits). */
	public Setting setting(String agencyCounty, String employerCounty) {
		Actor commission = AgencyFixtures.commission(agencyCounty.substring(0, 4));
		AgencyView agency = new AgencyFixtures(this.agencies).serviceAgency(commission, agencyCounty);
		agency = this.agencies.changeScope(commission, agency.id(), new QualificationScope(List.of("1", "2", "3"),
				List.of(), Set.of(JobType.PERIODIC_TESTING), Map.of()));
		StaffView sampler = this.staff.add(commission, agency.id(), new StaffCommand("采样员" + SEQUENCE.incrementAndGet(),
				AgencyFixtures.idNumber(agencyCounty), "工程师", null, Set.of(StaffRole.SAMPLING)));
		StaffView analyst = this.staff.add(commission, agency.id(), new StaffCommand("检验员" + SEQUENCE.incrementAndGet(),
				AgencyFixtures.idNumber(agencyCounty), "检验师", null, Set.of(StaffRole.LABORATORY)));
		Actor registrar = registrar(employerCounty);
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(registrar,
				employerCounty + "001", "3311", 120);
		StructureViews.Post post = new RegistryFixtures(this.employers, this.workers).post(registrar, employer.id(), "2013",
				"3008");
		long proposed = this.engagements.add(AgencyFixtures.staffOf(agency), agency.id(), new EngagementCommand(
				employer.creditCode(), ServiceType.PERIODIC_TESTING, LocalDate.now().minusMonths(1),
				LocalDate.now().plusYears(1))).id();
		this.engagements.accept(AgencyFixtures.managerOf(employer.creditCode(), employer.regionCode()), proposed);
		return new Setting(agency, employer, post, sampler, analyst, agencyActor(agency, "author"),
				agencyActor(agency, "reviewer"));
	}

	public static Actor agencyActor(AgencyView agency, String who) {
		return new Actor(900 + SEQUENCE.incrementAndGet(), "testing-" + who + "-" + agency.id(), who + "（机构）",
				agency.regionCode(), new Scope(Scope.Kind.AGENCY, agency.creditCode()), AGENCY_PERMISSIONS, "127.0.0.1",
				Actor.Channel.UI);
	}

	public static Actor supervisor(String region) {
		return new Actor(800, "testing-supervisor-" + region, "监管", region, Scope.region(region),
				Set.of("testing:job:read"), "127.0.0.1", Actor.Channel.UI);
	}

	public static Actor registrar(String county) {
		return new Actor(801, "testing-registrar-" + county, "登记", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
	}

	/** A periodic testing job of the setting, sampling today, the post planned for benzene and noise. */
	public static JobCommand job(Setting s) {
		LocalDate today = LocalDate.now();
		return new JobCommand(s.employer().id(), JobType.PERIODIC_TESTING, today.minusDays(10), today.minusDays(1), today,
				today, "焊接车间电焊工岗位苯、噪声定期检测", "GBZ 159-2004; GBZ/T 300.66-2017; GBZ/T 189.8-2007", false,
				List.of(new JobCommand.Participant(JobStep.SAMPLING, s.sampler().id()),
						new JobCommand.Participant(JobStep.LABORATORY, s.analyst().id())),
				List.of(new JobCommand.PlanRow(s.post().id(), "焊接工位", "2013", null, SamplingMode.AREA, 3, "HIGH", null, "I", false),
						new JobCommand.PlanRow(s.post().id(), "电焊工", "3008", null, SamplingMode.PERSONAL, 2)),
				List.of());
	}

	public static ResultInput benzene(long postId, String sample, String from, String to, Integer minutes,
			String value) {
		LocalDate today = LocalDate.now();
		return new ResultInput(sample, postId, "焊接工位", null, "2013", null, "GBZ/T 300.66-2017", SamplingMode.AREA,
				LocalDateTime.of(today, java.time.LocalTime.parse(from)), LocalDateTime.of(today, java.time.LocalTime.parse(to)),
				minutes == null ? null : BigDecimal.valueOf(minutes), value == null ? null : new BigDecimal(value), "mg/m³",
				null, false, null);
	}

	public static ResultInput benzeneNotDetected(long postId, String sample, String from, String to, String lod) {
		LocalDate today = LocalDate.now();
		return new ResultInput(sample, postId, "焊接工位", null, "2013", null, "GBZ/T 300.66-2017", SamplingMode.AREA,
				LocalDateTime.of(today, java.time.LocalTime.parse(from)), LocalDateTime.of(today, java.time.LocalTime.parse(to)),
				null, null, "mg/m³", new BigDecimal(lod), true, null);
	}

	public static ResultInput noise(long postId, String sample, String from, String to, String level) {
		LocalDate today = LocalDate.now();
		return new ResultInput(sample, postId, "电焊工", "工人甲", "3008", null, "GBZ/T 189.8-2007", SamplingMode.PERSONAL,
				LocalDateTime.of(today, java.time.LocalTime.parse(from)), LocalDateTime.of(today, java.time.LocalTime.parse(to)),
				null, new BigDecimal(level), "dB(A)", null, false, null);
	}

}
