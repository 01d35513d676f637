package org.ohsonline.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The register through its facades: validation that changes nothing, derived size and severity,
 * scope for supervisors, employer managers and workers, employment with its events and history.
 */
@IntegrationTest
@RecordApplicationEvents
class RegistryIntegrationTests {

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	RegistryFixtures fixtures;

	final Actor gongshu = supervisor("330105");

	final Actor xihu = supervisor("330106");

	String welding;

	String noise;

	@BeforeEach
	void setUp() {
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
		this.welding = this.hazards.factors(null).stream().filter(f -> f.name().contains("电焊烟尘")).findFirst().orElseThrow().code();
		this.noise = this.hazards.factors(null).stream().filter(f -> f.name().equals("噪声")).findFirst().orElseThrow().code();
	}

	@Test
	void registersAnEmployerWithDerivedSizeAndSeverity() {
		// 3311 金属结构制造 lies in division 33 金属制品业.
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 120);
		assertThat(employer.sizeClass()).isNotNull();
		assertThat(employer.severity()).isNotNull();
		assertThat(employer.severityBasis()).contains("3311");
		assertThat(employer.ohManagerPhoneMasked()).isEqualTo("138****0000");
		assertThat(this.events.stream(EmployerRegistered.class).filter(e -> e.employerId() == employer.id())).hasSize(1);
		String stored = this.jdbc.sql("select oh_manager_phone_cipher from registry.employer where id = :id")
			.param("id", employer.id())
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain("13800000000");
	}

	@Test
	void countsANewOrChangedEmployerInTheListTotalAtOnce() {
		// The list's totals are reused while someone pages (EmployerCounts); a write must drop them.
		var filter = new EmployerFilter(null, "330105", "33", null, null, "CLOSED", null);
		var page = PageQuery.of(1, 20);
		long closedBefore = this.employers.search(this.gongshu, filter, page).total();
		long allBefore = this.employers.search(this.gongshu, new EmployerFilter(null, "330105", "33", null, null, null, null), page).total();
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 120);
		assertThat(this.employers.search(this.gongshu, new EmployerFilter(null, "330105", "33", null, null, null, null), page).total())
			.isEqualTo(allBefore + 1);
		this.employers.changeStatus(this.gongshu, employer.id(), EmployerStatus.CLOSED);
		assertThat(this.employers.search(this.gongshu, filter, page).total()).isEqualTo(closedBefore + 1);
	}

	@Test
	void rejectsABadEmployerWithEveryReasonAndWritesNothing() {
		long before = count("registry.employer");
		assertThatThrownBy(() -> this.employers.register(this.gongshu, new EmployerCommand("91330105MA2XXXXXX1", "",
				"330106004", "", "9999", null, -1, null, "", null, "abc", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("creditCode", "name", "regionCode", "industryCode", "employees", "address",
						"legalRepresentative", "ohManagerPhone"));
		assertThat(count("registry.employer")).isEqualTo(before);
	}

	@Test
	void refusesADuplicateCreditCode() {
		EmployerView first = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		assertThatThrownBy(() -> this.employers.register(this.gongshu, new EmployerCommand(first.creditCode(), "另一家",
				"330105001", "路", "3311", null, 5, null, "赵六", null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("creditCodeTaken");
	}

	@Test
	void hidesOneCountysEmployersFromAnother() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		assertThatThrownBy(() -> this.employers.find(this.xihu, employer.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.employers.search(this.xihu, new EmployerFilter(employer.creditCode(), null, null, null, null, null, null),
				PageQuery.of(1, 20)).total()).isZero();
		assertThat(this.employers.search(this.gongshu, new EmployerFilter(employer.creditCode(), null, null, null, null,
				null, null), PageQuery.of(1, 20)).total()).isEqualTo(1);
		assertThatThrownBy(() -> this.employers.register(this.xihu, new EmployerCommand(RegistryFixtures.creditCode("330105"),
				"越界", "330105001", "路", "3311", null, 5, null, "赵六", null, null, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("regionOutsideScope");
	}

	@Test
	void letsAnEmployerManagerSeeAndChangeOnlyTheirOwnEmployer() {
		EmployerView own = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		EmployerView other = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		Actor manager = manager(own.creditCode());
		assertThat(this.employers.search(manager, EmployerFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(EmployerSummary::id)
			.containsExactly(own.id());
		assertThatThrownBy(() -> this.employers.find(manager, other.id())).isInstanceOf(NotFoundException.class);
		EmployerView changed = this.employers.update(manager, own.id(), new EmployerCommand(null, own.name() + "（更名）",
				own.regionCode(), own.address(), own.industryCode(), null, 12, 5000L, "新法人", null, null, null));
		assertThat(changed.legalRepresentative()).isEqualTo("新法人");
		assertThat(this.events.stream(EmployerChanged.class).filter(e -> e.employerId() == own.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.fields()).contains("name", "legalRepresentative"));
		assertThatThrownBy(() -> this.employers.register(manager, new EmployerCommand(RegistryFixtures.creditCode("330105"),
				"新单位", "330105001", "路", "3311", null, 5, null, "赵六", null, null, null)))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
	}

	@Test
	void hiresAWorkerOntoAPostAndDerivesTheExposure() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		StructureViews.Post post = this.fixtures.post(this.gongshu, employer.id(), this.welding, this.noise);
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView hired = this.fixtures.hire(this.gongshu, employer.id(), post.id(), idNumber);
		assertThat(this.events.stream(WorkerHired.class).filter(e -> e.employmentId() == hired.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.hazardCodes()).containsExactlyInAnyOrder(this.welding, this.noise));
		assertThat(this.workers.exposures(this.gongshu, hired.workerId())).extracting(ExposureView::hazardCode)
			.containsExactlyInAnyOrder(this.welding, this.noise);
		EmploymentView left = this.workers.leave(this.gongshu, hired.id(), LocalDate.of(2025, 6, 30));
		assertThat(left.current()).isFalse();
		assertThat(this.events.stream(WorkerLeft.class).filter(e -> e.employmentId() == hired.id())).hasSize(1);
		assertThat(this.workers.exposures(this.gongshu, hired.workerId())).allSatisfy(
				e -> assertThat(e.to()).isEqualTo(LocalDate.of(2025, 6, 30)));
		assertThat(this.jdbc.sql("select count(*) from registry.history where worker_id = :w")
			.param("w", hired.workerId())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void keepsOneRecordPerPersonAcrossEmployers() {
		String idNumber = RegistryFixtures.idNumber("330105");
		EmployerView first = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		EmployerView second = this.fixtures.employer(this.xihu, "330106004", "3311", 10);
		EmploymentView a = this.fixtures.hire(this.gongshu, first.id(), null, idNumber);
		EmploymentView b = this.fixtures.hire(this.xihu, second.id(), null, idNumber.toLowerCase());
		assertThat(b.workerId()).isEqualTo(a.workerId());
		assertThat(this.workers.employments(this.xihu, b.workerId())).hasSize(2);
	}

	@Test
	void writesNothingWhenAHireIsInvalid() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		long workers = count("registry.worker");
		long employments = count("registry.employment");
		assertThatThrownBy(() -> this.workers.hire(this.gongshu, new HireCommand(
				new WorkerCommand(RegistryFixtures.idNumber("330105"), "王五", null), employer.id(), null,
				LocalDate.now().plusDays(3), false, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.workers.hire(this.gongshu, new HireCommand(
				new WorkerCommand("330105198501010000", "王五", null), employer.id(), null, LocalDate.of(2024, 1, 1),
				false, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(count("registry.worker")).isEqualTo(workers);
		assertThat(count("registry.employment")).isEqualTo(employments);
	}

	@Test
	void showsADispatchedWorkerToTheHostOnlyOnceItConfirms() {
		EmployerView agency = this.fixtures.employer(this.xihu, "330106004", "7251", 10);
		EmployerView host = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		EmploymentView hired = this.workers.hire(this.xihu, new HireCommand(
				new WorkerCommand(RegistryFixtures.idNumber("330106"), "派遣工", null), agency.id(), null,
				LocalDate.of(2024, 5, 6), true, host.creditCode().toLowerCase()));
		assertThat(hired.hostEmployerId()).isEqualTo(host.id());
		assertThat(hired.hostStatus()).isEqualTo(DispatchStatus.PENDING);
		Actor hostManager = new Actor(31, "host-manager", "用工单位", "330105", new Scope(Scope.Kind.EMPLOYER, host.creditCode()),
				Set.of("registry:worker:read", "registry:worker:write", "registry:employer:read"), "127.0.0.1",
				Actor.Channel.UI);
		// Named as host, the employer sees the pending dispatch, not the worker's record.
		assertThatThrownBy(() -> this.workers.find(hostManager, hired.workerId())).isInstanceOf(NotFoundException.class);
		assertThat(this.workers.workforce(hostManager, host.id(), true, null, PageQuery.of(1, 20)).items()).isEmpty();
		assertThat(this.workers.pendingDispatches(hostManager, host.id())).extracting(EmploymentView::id)
			.containsExactly(hired.id());
		// The dispatching employer cannot answer for the host.
		assertThatThrownBy(() -> this.workers.answerDispatch(new Actor(32, "dispatcher", "派遣", "330106",
				new Scope(Scope.Kind.EMPLOYER, agency.creditCode()), Set.of("registry:worker:write"), "127.0.0.1",
				Actor.Channel.UI), hired.id(), true)).isInstanceOf(NotFoundException.class);

		EmploymentView confirmed = this.workers.answerDispatch(hostManager, hired.id(), true);
		assertThat(confirmed.hostStatus()).isEqualTo(DispatchStatus.CONFIRMED);
		assertThat(this.workers.find(hostManager, hired.workerId()).name()).isEqualTo("派遣工");
		assertThat(this.workers.find(this.gongshu, hired.workerId()).name()).isEqualTo("派遣工");
		assertThat(this.workers.workforce(hostManager, host.id(), true, null, PageQuery.of(1, 20)).items())
			.extracting(EmploymentView::workerId)
			.contains(hired.workerId());
		assertThatThrownBy(() -> this.workers.answerDispatch(hostManager, hired.id(), false))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesADispatchToAnUnknownHostOrToItself() {
		EmployerView agency = this.fixtures.employer(this.xihu, "330106004", "7251", 10);
		for (String host : new String[] { null, "91330105MA2XXXXXX1", agency.creditCode() }) {
			assertThatThrownBy(() -> this.workers.hire(this.xihu, new HireCommand(
					new WorkerCommand(RegistryFixtures.idNumber("330106"), "派遣工", null), agency.id(), null,
					LocalDate.of(2024, 5, 6), true, host)))
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.extracting(InvalidInputException.FieldError::field)
					.containsExactly("hostCreditCode"));
		}
	}

	@Test
	void refusesToHireARegisteredPersonUnderAnotherNameSoThatHiringIsNoNameLookup() {
		EmployerView first = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		EmployerView second = this.fixtures.employer(this.xihu, "330106004", "3311", 10);
		String idNumber = RegistryFixtures.idNumber("330105");
		this.fixtures.hire(this.gongshu, first.id(), null, idNumber);
		long employments = count("registry.employment");
		assertThatThrownBy(() -> this.workers.hire(this.xihu, new HireCommand(new WorkerCommand(idNumber, "李四", null),
				second.id(), null, LocalDate.of(2024, 1, 1), false, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("registry.worker.nameMismatch"));
		assertThat(this.workers.check(this.xihu, new HireCommand(new WorkerCommand(idNumber, "李四", null), second.id(),
				null, LocalDate.of(2024, 1, 1), false, null))).extracting(InvalidInputException.FieldError::code)
			.containsExactly("registry.worker.nameMismatch");
		assertThat(count("registry.employment")).isEqualTo(employments);
	}

	@Test
	void showsAnEmployerOnlyItsOwnPartOfAWorkersHistoryUntilTheWorkerSharesIt() {
		EmployerView before = this.fixtures.employer(this.xihu, "330106004", "3311", 10);
		EmployerView now = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		StructureViews.Post earlierPost = this.fixtures.post(this.xihu, before.id(), "2013", "3008");
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView earlier = this.fixtures.hire(this.xihu, before.id(), earlierPost.id(), idNumber);
		this.workers.leave(this.xihu, earlier.id(), LocalDate.now().minusDays(1));
		EmploymentView current = this.fixtures.hire(this.gongshu, now.id(), null, idNumber);
		Actor manager = new Actor(33, "history-manager", "用人单位", "330105", new Scope(Scope.Kind.EMPLOYER, now.creditCode()),
				Set.of("registry:worker:read"), "127.0.0.1", Actor.Channel.UI);
		assertThat(this.workers.employments(manager, current.workerId())).extracting(EmploymentView::employerId)
			.containsExactly(now.id());
		assertThat(this.workers.exposures(manager, current.workerId())).isEmpty();
		// A supervisor sees the whole history (the law gives the authority every record).
		assertThat(this.workers.employments(this.gongshu, current.workerId())).hasSize(2);

		String index = this.jdbc.sql("select id_number_index from registry.worker where id = :id")
			.param("id", current.workerId())
			.query(String.class)
			.single();
		Actor self = new Actor(34, "history-worker", "劳动者", "330105", new Scope(Scope.Kind.PERSON, index),
				Set.of("registry:worker:read"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.workers.shareHistory(self, before.id(), true))
			.as("only to a current employer")
			.isInstanceOf(InvalidInputException.class);
		this.workers.shareHistory(self, now.id(), true);
		assertThat(this.workers.employments(manager, current.workerId())).hasSize(2);
		assertThat(this.workers.exposures(manager, current.workerId())).extracting(ExposureView::hazardCode)
			.contains("2013", "3008");
		this.workers.shareHistory(self, now.id(), false);
		assertThat(this.workers.employments(manager, current.workerId())).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action like 'registry.consent.%' and target_id = :id")
			.param("id", String.valueOf(current.workerId()))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void revealsTheIdentityNumberOnlyWithThePermissionAndAuditsEachReveal() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView hired = this.fixtures.hire(this.gongshu, employer.id(), null, idNumber);
		WorkerView worker = this.workers.find(this.gongshu, hired.workerId());
		assertThat(worker.toString()).doesNotContain(idNumber);
		assertThat(worker.idNumberMasked()).startsWith(idNumber.substring(0, 6)).endsWith(idNumber.substring(14))
			.contains("********");
		assertThatThrownBy(() -> this.workers.revealIdNumber(this.gongshu, worker.id()))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
		Actor inspector = new Actor(7, "reveal-inspector", "执法", "330105", Scope.region("330105"),
				Set.of("registry:worker:read", "registry:worker:reveal"), "127.0.0.1", Actor.Channel.UI);
		long audits = this.jdbc.sql("select count(*) from audit.entry where action = 'registry.worker.id-revealed'")
			.query(Long.class)
			.single();
		assertThat(this.workers.revealIdNumber(inspector, worker.id())).isEqualTo(idNumber);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'registry.worker.id-revealed'")
			.query(Long.class)
			.single()).isEqualTo(audits + 1);
		assertThat(this.jdbc.sql("select count(*) from audit.entry where after_state like :n or before_state like :n")
			.param("n", "%" + idNumber + "%")
			.query(Long.class)
			.single()).as("the audit trail never holds the full number").isZero();
		Actor outsider = new Actor(8, "reveal-outsider", "执法", "330106", Scope.region("330106"),
				Set.of("registry:worker:read", "registry:worker:reveal"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.workers.revealIdNumber(outsider, worker.id())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void letsAWorkerSeeOnlyTheirOwnRecord() {
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		String mine = RegistryFixtures.idNumber("330105");
		EmploymentView me = this.fixtures.hire(this.gongshu, employer.id(), null, mine);
		EmploymentView colleague = this.fixtures.hire(this.gongshu, employer.id(), null, RegistryFixtures.idNumber("330105"));
		Actor self = new Actor(9, "self", "劳动者", "330105",
				new Scope(Scope.Kind.PERSON, this.jdbc.sql("select id_number_index from registry.worker where id = :id")
					.param("id", me.workerId())
					.query(String.class)
					.single()),
				Set.of("registry:worker:read"), "127.0.0.1", Actor.Channel.UI);
		assertThat(this.workers.find(self, me.workerId()).id()).isEqualTo(me.workerId());
		assertThatThrownBy(() -> this.workers.find(self, colleague.workerId())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void raisesTheSeverityWhenASiteBelongsToAMoreHazardousIndustry() {
		// 7251 is a service class; a site in 0610 (coal mining) makes the employer serious.
		EmployerView employer = this.fixtures.employer(this.gongshu, "330105001", "7251", 10);
		this.employers.addSite(this.gongshu, employer.id(), "矿区", null, "0610");
		EmployerView after = this.employers.find(this.gongshu, employer.id());
		assertThat(after.severity()).isEqualTo(org.ohsonline.reference.Severity.SERIOUS);
		assertThat(after.severityBasis()).contains("0610");
	}

	/**
	 * The exposure of several employers read at once is each one's own: two workers on a welding-and-noise post, one
	 * on a noise post and one without a post make 3 exposed of 4 (2 to welding fumes, 3 to noise; one person each per
	 * category); an employer without anyone counts 0; another county's employer and an unknown id are absent.
	 */
	@Test
	void readsTheExposureOfSeveralEmployersAtOnceAsEachOnesOwn() {
		EmployerView exposed = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		StructureViews.Post both = this.fixtures.post(this.gongshu, exposed.id(), this.welding, this.noise);
		StructureViews.Post loud = this.fixtures.post(this.gongshu, exposed.id(), this.noise);
		List<Long> welders = List.of(
				this.fixtures.hire(this.gongshu, exposed.id(), both.id(), RegistryFixtures.idNumber("330105")).workerId(),
				this.fixtures.hire(this.gongshu, exposed.id(), both.id(), RegistryFixtures.idNumber("330105")).workerId());
		long grinder = this.fixtures.hire(this.gongshu, exposed.id(), loud.id(), RegistryFixtures.idNumber("330105"))
			.workerId();
		this.fixtures.hire(this.gongshu, exposed.id(), null, RegistryFixtures.idNumber("330105"));
		EmployerView empty = this.fixtures.employer(this.gongshu, "330105001", "3311", 10);
		EmployerView elsewhere = this.fixtures.employer(this.xihu, "330106004", "3311", 10);
		List<Long> ids = List.of(exposed.id(), empty.id(), elsewhere.id(), -1L);

		java.util.Map<Long, EmployerExposure> batch = this.workers.exposureOf(this.gongshu, ids);
		assertThat(batch).containsOnlyKeys(exposed.id(), empty.id());
		// The same counts as the register's own count of the exposed workforce (three statements of its own).
		assertThat(batch.get(exposed.id()).exposed()).isEqualTo(this.workers.exposed(this.gongshu, exposed.id()))
			.isEqualTo(new ExposedWorkforce(4, 3, java.util.Map.of(this.welding, 2, this.noise, 3)));
		assertThat(batch.get(exposed.id()).hazardCodes()).containsExactlyInAnyOrder(this.welding, this.noise);
		assertThat(batch.get(empty.id()).exposed()).isEqualTo(new ExposedWorkforce(0, 0, java.util.Map.of()));
		ids.forEach(id -> assertThat(batch.get(id)).isEqualTo(this.workers.exposure(this.gongshu, id).orElse(null)));

		java.util.Map<Long, java.util.Map<String, Set<Long>>> byCategory = this.workers.exposedByCategoryOf(this.gongshu,
				ids);
		assertThat(byCategory).containsOnlyKeys(exposed.id());
		assertThat(byCategory.get(exposed.id())).isEqualTo(java.util.Map.of(this.welding.substring(0, 1),
				Set.copyOf(welders), this.noise.substring(0, 1), Set.of(welders.get(0), welders.get(1), grinder)));
		ids.forEach(id -> assertThat(byCategory.getOrDefault(id, java.util.Map.of()))
			.isEqualTo(this.workers.exposedByCategory(this.gongshu, id)));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static Actor supervisor(String county) {
		return new Actor(1, "registry-test-" + county, "测试监管", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read",
						"registry:worker:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

	private static Actor manager(String creditCode) {
		return new Actor(2, "manager-" + creditCode, "单位管理员", "330105", new Scope(Scope.Kind.EMPLOYER, creditCode),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read",
						"registry:worker:write"),
				"127.0.0.1", Actor.Channel.UI);
	}


}
