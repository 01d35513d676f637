package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

/**
 * Employers, workers, diagnosis institutions and the actors of diagnosis tests, registered through
 * the facades with codes no other test uses.
 */
public final class DiagnosisFixtures {

	public static final Set<String> SUPERVISOR = Set.of("registry:employer:read", "registry:employer:write",
			"registry:worker:read", "registry:worker:write", "agency:agency:read", "agency:agency:write",
			"diagnosis:case:read", "diagnosis:appraisal:request", "diagnosis:appraisal:decide", "diagnosis:rehab:read",
			"diagnosis:station:write");

	private final Employers employers;

	private final Workers workers;

	private final Agencies agencies;

	private final PiiCipher cipher;

	public DiagnosisFixtures(Employers employers, Workers workers, Agencies agencies, PiiCipher cipher) {
		this.employers = employers;
		this.workers = workers;
		this.agencies = agencies;
		this.cipher = cipher;
	}

	public static Actor supervisor(String region) {
		return new Actor(21, "diag-supervisor-" + region, "监管" + region, region, Scope.region(region), SUPERVISOR,
				"127.0.0.1", Actor.Channel.UI);
	}

	public static Actor staffOf(AgencyView institution) {
		return new Actor(22, "diag-staff-" + institution.id(), "诊断医师", institution.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, institution.creditCode()),
				Set.of("registry:worker:read", "diagnosis:case:read", "diagnosis:case:apply", "diagnosis:case:diagnose",
						"diagnosis:rehab:read", "diagnosis:rehab:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	public static Actor managerOf(EmployerView employer) {
		return new Actor(23, "diag-manager-" + employer.id(), "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("registry:employer:read", "registry:worker:read", "diagnosis:case:read", "diagnosis:case:apply",
						"diagnosis:appraisal:request"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** A worker who logged in: their scope is the blind index of their identity number. */
	public Actor worker(String idNumber) {
		return new Actor(24, "diag-worker-" + idNumber.substring(14), "劳动者", idNumber.substring(0, 6),
				new Scope(Scope.Kind.PERSON, this.cipher.blindIndex(idNumber)),
				Set.of("registry:worker:read", "diagnosis:case:read", "diagnosis:case:apply",
						"diagnosis:appraisal:request", "diagnosis:rehab:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** An active diagnosis institution, qualified 2020–2035, registered by the province. */
	public AgencyView institution(String county) {
		return this.agencies.register(supervisor("33"),
				new AgencyCommand(AgencyKind.DIAGNOSIS_INSTITUTION, AgencyFixtures.creditCode(county),
						"测试职业病诊断机构" + System.nanoTime() % 100_000, county, "测试路 1 号", "联系人", "13700002222",
						"职诊测试-" + System.nanoTime() % 100_000, "浙江省卫生健康委员会", LocalDate.of(2020, 1, 1),
						LocalDate.of(2035, 12, 31)));
	}

	public EmployerView employer(String township) {
		return new RegistryFixtures(this.employers, this.workers).employer(supervisor(township.substring(0, 6)),
				township, "3311", 40);
	}

	/** A worker hired by the employer (no post); returns the identity number. */
	public String hire(EmployerView employer) {
		String idNumber = RegistryFixtures.idNumber(employer.regionCode().substring(0, 6));
		new RegistryFixtures(this.employers, this.workers).hire(supervisor(employer.regionCode().substring(0, 6)),
				employer.id(), null, idNumber);
		return idNumber;
	}

	/**
	 * The worker presents their identity card at the institution (the fixtures hire everyone as
	 * 王五): their record opens to it, as before an application the institution makes for them.
	 */
	public long inPerson(AgencyView institution, String idNumber) {
		return this.workers.identify(staffOf(institution), idNumber, "王五").orElseThrow().id();
	}

	public long workerId(EmployerView employer, String idNumber) {
		return this.workers.findByIdNumber(supervisor(employer.regionCode().substring(0, 6)), idNumber)
			.orElseThrow()
			.id();
	}

	public List<EmploymentView> employments(EmployerView employer, long workerId) {
		return this.workers.employments(supervisor(employer.regionCode().substring(0, 6)), workerId);
	}

}
