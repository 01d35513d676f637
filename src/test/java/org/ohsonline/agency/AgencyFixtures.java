package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.Scope;

/**
 * Registers agencies and institutions through the facade for tests, with codes no other test uses
 * (the test database is shared by all integration tests).
 */
public final class AgencyFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private final Agencies agencies;

	public AgencyFixtures(Agencies agencies) {
		this.agencies = agencies;
	}

	public static String creditCode(String county) {
		String first17 = "91" + county + String.format("AT%07d", SEQUENCE.incrementAndGet() % 10_000_000);
		return first17 + CreditCode.checkCharacter(first17);
	}

	public static String idNumber(String county) {
		int n = SEQUENCE.incrementAndGet();
		String first17 = county + String.format("1979%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
		return first17 + IdNumber.checkCharacter(first17);
	}

	public static AgencyCommand command(AgencyKind kind, String creditCode, String county) {
		return new AgencyCommand(kind, creditCode, "测试机构" + SEQUENCE.incrementAndGet(), county, "测试路 9 号", "联系人",
				"13700001111", "职技测试-" + SEQUENCE.get(), "浙江省卫生健康委员会", LocalDate.now().minusYears(1),
				LocalDate.now().plusYears(4));
	}

	/** A service agency qualified for periodic testing of dust (1) and chemicals (2). */
	public AgencyView serviceAgency(Actor actor, String county) {
		AgencyView agency = this.agencies.register(actor, command(AgencyKind.SERVICE_AGENCY, creditCode(county), county));
		return this.agencies.changeScope(actor, agency.id(), new QualificationScope(List.of("1", "2"), List.of(),
				Set.of(JobType.PERIODIC_TESTING), Map.of()));
	}

	/** An exam institution examining physical factors (3), 120 in-service and 0 pre-placement exams a day. */
	public AgencyView examInstitution(Actor actor, String county) {
		AgencyView institution = this.agencies.register(actor,
				command(AgencyKind.EXAM_INSTITUTION, creditCode(county), county));
		return this.agencies.changeScope(actor, institution.id(), new QualificationScope(List.of("3"), List.of(), Set.of(),
				Map.of(ExamType.IN_SERVICE, 120, ExamType.PRE_PLACEMENT, 0)));
	}

	public static Actor supervisor(String region, String... permissions) {
		return new Actor(11, "agency-test-" + region, "测试监管", region, Scope.region(region), Set.of(permissions),
				"127.0.0.1", Actor.Channel.UI);
	}

	public static Actor commission(String region) {
		return supervisor(region, "agency:agency:read", "agency:agency:write", "agency:staff:write",
				"agency:engagement:write");
	}

	public static Actor staffOf(AgencyView agency) {
		return new Actor(12, "agency-staff-" + agency.id(), "机构人员", agency.regionCode(),
				new Scope(agency.kind().staffScope(), agency.creditCode()),
				Set.of("agency:agency:read", "agency:staff:write", "agency:engagement:write", "agency:engagement:read",
						"registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** The occupational-health manager of an employer, who answers engagements proposed to it. */
	public static Actor managerOf(String employerCreditCode, String region) {
		return new Actor(13, "employer-manager-" + employerCreditCode, "单位管理员", region,
				new Scope(Scope.Kind.EMPLOYER, employerCreditCode),
				Set.of("agency:engagement:read", "agency:engagement:accept", "registry:employer:read"), "127.0.0.1",
				Actor.Channel.UI);
	}

}
