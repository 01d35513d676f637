package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Qualification.Reason;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agency register through its facades: validation that changes nothing, jurisdiction and
 * agency-scope isolation, identity numbers never shown in full, the qualification and capacity
 * answers other modules rely on, engagements, and an audit entry for every write.
 */
@IntegrationTest
class AgencyIntegrationTests {

	@Autowired
	Agencies agencies;

	@Autowired
	Institutions institutions;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	AgencyFixtures fixtures;

	final Actor hangzhou = AgencyFixtures.commission("3301");

	final Actor gongshu = AgencyFixtures.commission("330105");

	final Actor xihu = AgencyFixtures.commission("330106");

	@BeforeEach
	void setUp() {
		this.fixtures = new AgencyFixtures(this.agencies);
	}

	@Test
	void rejectsABadAgencyWithEveryReasonAndWritesNothing() {
		long before = count("agency.agency");
		long lastEntry = lastAuditEntry();
		LocalDate today = LocalDate.now();
		// 91330105MA2XXXXXX1: a valid alphabet but the wrong check character.
		assertThatThrownBy(() -> this.agencies.register(this.gongshu, new AgencyCommand(null, "91330105MA2XXXXXX1", " ",
				"330106", "", null, "abc", "", "", today, today.minusDays(1))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.contains("kind", "creditCode", "name", "regionCode", "address", "contactPhone", "certificateNumber",
						"issuingAuthority", "validTo"));
		assertThat(count("agency.agency")).isEqualTo(before);
		assertThat(entriesBy(this.gongshu, lastEntry)).as("any audit entry of the refusing user").isZero();
	}

	@Test
	void refusesToRecordAnExpiredQualification() {
		LocalDate yesterday = LocalDate.now().minusDays(1);
		AgencyCommand expired = new AgencyCommand(AgencyKind.SERVICE_AGENCY, AgencyFixtures.creditCode("330105"),
				"过期机构", "330105", "测试路 1 号", null, null, "职技-过期", "浙江省卫生健康委员会", yesterday.minusYears(5),
				yesterday);
		assertThatThrownBy(() -> this.agencies.register(this.gongshu, expired))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.agency.qualificationExpired"));
		// A qualification ending today is still valid today: 0 days left, amber.
		AgencyView lastDay = this.agencies.register(this.gongshu, new AgencyCommand(AgencyKind.SERVICE_AGENCY,
				AgencyFixtures.creditCode("330105"), "今日到期机构", "330105", "测试路 2 号", null, null, "职技-今日",
				"浙江省卫生健康委员会", yesterday.minusYears(5), LocalDate.now()));
		assertThat(lastDay.daysLeft()).isZero();
		assertThat(lastDay.qualification()).isEqualTo(QualificationState.EXPIRING);
	}

	@Test
	void turnsTheClockAmberAtSevenDaysLeft() {
		// valid to today + 7: 7 days left → EXPIRING (amber); today + 8: 8 days left → VALID.
		AgencyView seven = this.agencies.register(this.gongshu, withValidTo(LocalDate.now().plusDays(7)));
		AgencyView eight = this.agencies.register(this.gongshu, withValidTo(LocalDate.now().plusDays(8)));
		assertThat(seven.daysLeft()).isEqualTo(7);
		assertThat(seven.qualification()).isEqualTo(QualificationState.EXPIRING);
		assertThat(eight.qualification()).isEqualTo(QualificationState.VALID);
		assertThat(this.agencies.search(this.gongshu, new AgencyFilter(seven.creditCode(), null, null, null, "EXPIRING", null,
				null), PageQuery.of(1, 10)).total()).isEqualTo(1);
		assertThat(this.agencies.search(this.gongshu, new AgencyFilter(eight.creditCode(), null, null, null, "EXPIRING", null,
				null), PageQuery.of(1, 10)).total()).isZero();
	}

	@Test
	void rejectsANegativeOrMissingCapacityAndKeepsTheScope() {
		AgencyView institution = this.fixtures.examInstitution(this.gongshu, "330105");
		Map<ExamType, Integer> capacity = new java.util.EnumMap<>(ExamType.class);
		capacity.put(ExamType.IN_SERVICE, -5);
		capacity.put(ExamType.EXIT, null);
		assertThatThrownBy(() -> this.agencies.changeScope(this.gongshu, institution.id(),
				new QualificationScope(List.of("3"), List.of(), Set.of(), capacity)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.scope.capacityInvalid", "agency.scope.capacityInvalid"));
		assertThat(this.agencies.find(this.gongshu, institution.id()).scope().dailyCapacity())
			.containsEntry(ExamType.IN_SERVICE, 120);
		assertThatThrownBy(() -> this.agencies.changeScope(this.gongshu, institution.id(),
				new QualificationScope(List.of("1"), List.of(), Set.of(JobType.PERIODIC_TESTING), Map.of())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("agency.scope.jobTypesForAgencies");
	}

	@Test
	void hidesAnAgencyFromAnotherCountyAndAnotherAgency() {
		AgencyView agency = this.fixtures.serviceAgency(this.hangzhou, "330105");
		AgencyView other = this.fixtures.serviceAgency(this.hangzhou, "330106");
		assertThatThrownBy(() -> this.agencies.find(this.xihu, agency.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.agencies.search(this.xihu, new AgencyFilter(agency.creditCode(), null, null, null, null, null, null),
				PageQuery.of(1, 10)).total()).isZero();
		assertThatThrownBy(() -> this.agencies.update(this.xihu, agency.id(),
				AgencyFixtures.command(AgencyKind.SERVICE_AGENCY, null, "330105")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.staff.add(this.xihu, agency.id(),
				new StaffCommand("越界", AgencyFixtures.idNumber("330106"), null, null, Set.of(StaffRole.SAMPLING))))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.agencies.find(this.gongshu, agency.id()).name()).isEqualTo(agency.name());

		Actor otherStaff = AgencyFixtures.staffOf(other);
		assertThatThrownBy(() -> this.agencies.find(otherStaff, agency.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.staff.staff(otherStaff, agency.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.agencies.search(otherStaff, AgencyFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(AgencySummary::id)
			.containsExactly(other.id());

		// The county's own supervisors read but do not grant qualifications (iam V5).
		Actor countyReader = AgencyFixtures.supervisor("330105", "agency:agency:read");
		assertThat(this.agencies.find(countyReader, agency.id()).id()).isEqualTo(agency.id());
		assertThatThrownBy(() -> this.agencies.changeStatus(countyReader, agency.id(), AgencyStatus.SUSPENDED))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void letsAgencyStaffKeepTheirStaffButNotTheirQualification() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		Actor own = AgencyFixtures.staffOf(agency);
		StaffView added = this.staff.add(own, agency.id(),
				new StaffCommand("李采样", AgencyFixtures.idNumber("330105"), "工程师", "ZW-1", Set.of(StaffRole.SAMPLING)));
		StaffView changed = this.staff.change(own, added.id(),
				new StaffCommand("李采样", null, "高级工程师", "ZW-1", Set.of(StaffRole.SAMPLING, StaffRole.LABORATORY)));
		assertThat(changed.roles()).containsExactlyInAnyOrder(StaffRole.SAMPLING, StaffRole.LABORATORY);
		assertThat(this.staff.active(agency.id(), StaffRole.LABORATORY)).extracting(StaffView::id).contains(added.id());
		StaffView left = this.staff.leave(own, added.id(), LocalDate.now());
		assertThat(left.status()).isEqualTo(StaffStatus.LEFT);
		assertThat(this.staff.active(agency.id(), StaffRole.LABORATORY)).extracting(StaffView::id).doesNotContain(added.id());

		Actor ownWithWrite = new Actor(13, "agency-writer", "机构人员", "330105", own.scope(),
				Set.of("agency:agency:read", "agency:agency:write"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.agencies.changeScope(ownWithWrite, agency.id(), QualificationScope.empty()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void neverShowsOrStoresAStaffIdentityNumberInFull() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		String idNumber = AgencyFixtures.idNumber("330105");
		StaffCommand command = new StaffCommand("王检测", idNumber, "工程师", null, Set.of(StaffRole.LABORATORY));
		assertThat(command.toString()).doesNotContain(idNumber);
		StaffView added = this.staff.add(this.gongshu, agency.id(), command);
		assertThat(added.idNumberMasked()).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		assertThat(added.toString()).doesNotContain(idNumber);
		assertThat(this.jdbc.sql("select count(*) from agency.staff where id = :id and (id_number_cipher like :n "
				+ "or id_number_index like :n or id_number_masked like :n)")
			.param("id", added.id())
			.param("n", "%" + idNumber + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from audit.entry where after_state like :n or before_state like :n")
			.param("n", "%" + idNumber + "%")
			.query(Long.class)
			.single()).isZero();
		// One person is listed once per organisation.
		assertThatThrownBy(() -> this.staff.add(this.gongshu, agency.id(), command))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("agency.staff.alreadyListed");
	}

	@Test
	void answersWhetherAnAgencyIsQualifiedForAJob() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		long id = agency.id();
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1")).isEqualTo(Qualification.yes());
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "3").reason())
			.isEqualTo(Reason.HAZARD_OUTSIDE_SCOPE);
		assertThat(this.agencies.qualifiedFor(id, JobType.PRE_EVALUATION, "1").reason())
			.isEqualTo(Reason.JOB_TYPE_OUTSIDE_SCOPE);
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1", agency.validTo()).qualified()).isTrue();
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1", agency.validTo().plusDays(1)).reason())
			.isEqualTo(Reason.EXPIRED);
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1", agency.validFrom().minusDays(1)).reason())
			.isEqualTo(Reason.NOT_YET_VALID);
		assertThat(this.agencies.qualifiedFor(-1, JobType.PERIODIC_TESTING, "1").reason()).isEqualTo(Reason.UNKNOWN_AGENCY);
		AgencyView institution = this.fixtures.examInstitution(this.gongshu, "330105");
		assertThat(this.agencies.qualifiedFor(institution.id(), JobType.PERIODIC_TESTING, "3").reason())
			.isEqualTo(Reason.WRONG_KIND);

		this.agencies.changeStatus(this.gongshu, id, AgencyStatus.SUSPENDED);
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1").reason()).isEqualTo(Reason.NOT_ACTIVE);
		this.agencies.changeStatus(this.gongshu, id, AgencyStatus.ACTIVE);
		assertThat(this.agencies.qualifiedFor(id, JobType.PERIODIC_TESTING, "1").qualified()).isTrue();
		this.agencies.changeStatus(this.gongshu, id, AgencyStatus.REVOKED);
		assertThatThrownBy(() -> this.agencies.changeStatus(this.gongshu, id, AgencyStatus.ACTIVE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("agency.agency.revokedIsFinal");
	}

	@Test
	void answersAnInstitutionsDailyCapacityPerExamType() {
		AgencyView institution = this.fixtures.examInstitution(this.gongshu, "330105");
		long id = institution.id();
		assertThat(this.institutions.capacity(id, ExamType.IN_SERVICE)).isEqualTo(120);
		assertThat(this.institutions.capacity(id, ExamType.PRE_PLACEMENT)).isZero();
		assertThat(this.institutions.mayExamine(id, ExamType.PRE_PLACEMENT, "3008", null).qualified())
			.as("qualified with no places is still qualified")
			.isTrue();
		assertThat(this.institutions.capacity(id, ExamType.EXIT)).isZero();
		assertThat(this.institutions.mayExamine(id, ExamType.EXIT, "3008", null).reason())
			.isEqualTo(Reason.EXAM_TYPE_OUTSIDE_SCOPE);
		// 3008 噪声 lies in category 3 (physical factors), 1006 电焊烟尘 in category 1 (dust).
		assertThat(this.institutions.mayExamine(id, ExamType.IN_SERVICE, "3008", null).qualified()).isTrue();
		assertThat(this.institutions.mayExamine(id, ExamType.IN_SERVICE, "1006", null).reason())
			.isEqualTo(Reason.HAZARD_OUTSIDE_SCOPE);
		assertThat(this.institutions.capacity(id, ExamType.IN_SERVICE, institution.validTo().plusDays(1))).isZero();
		this.agencies.changeStatus(this.gongshu, id, AgencyStatus.SUSPENDED);
		assertThat(this.institutions.capacity(id, ExamType.IN_SERVICE)).isZero();
	}

	@Test
	void recordsAnEngagementByAnEmployerOfTheRegisterOnceTheEmployerAccepts() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		Actor registrar = new Actor(14, "agency-registrar", "登记", "330105", org.ohsonline.shared.Scope.region("330105"),
				Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
		RegistryFixtures register = new RegistryFixtures(this.employers, this.workers);
		EmployerView employer = register.employer(registrar, "330105001", "3311", 20);
		register.post(registrar, employer.id(), "2013", "3008");
		Actor own = AgencyFixtures.staffOf(agency);
		LocalDate start = LocalDate.now().minusMonths(1);
		EngagementView engagement = this.engagements.add(own, agency.id(), new EngagementCommand(
				employer.creditCode().toLowerCase(), ServiceType.PERIODIC_TESTING, start, start.plusYears(1)));
		assertThat(engagement.employerId()).isEqualTo(employer.id());
		assertThat(engagement.employerName()).isEqualTo(employer.name());
		assertThat(engagement.status()).isEqualTo(EngagementStatus.PROPOSED);
		// A proposal engages nobody and opens nothing of the employer but its name.
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, null)).isEmpty();
		assertThatThrownBy(() -> this.employers.structure(own, employer.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.employers.find(own, employer.id())).isInstanceOf(NotFoundException.class);
		// The agency cannot accept its own proposal; another employer's manager does not see it.
		assertThatThrownBy(() -> this.engagements.accept(own, engagement.id()))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);
		assertThatThrownBy(() -> this.engagements.accept(AgencyFixtures.managerOf(AgencyFixtures.creditCode("330105"),
				"330105"), engagement.id())).isInstanceOf(NotFoundException.class);

		Actor manager = AgencyFixtures.managerOf(employer.creditCode(), employer.regionCode());
		assertThat(this.engagements.list(manager, EngagementStatus.PROPOSED)).extracting(EngagementView::id)
			.containsExactly(engagement.id());
		EngagementView accepted = this.engagements.accept(manager, engagement.id());
		assertThat(accepted.inForce()).isTrue();
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, null))
			.extracting(AgencyRef::id)
			.containsExactly(agency.id());
		assertThat(this.employers.structure(own, employer.id())).hasSize(1);
		assertThat(this.employers.find(own, employer.id()).name()).isEqualTo(employer.name());
		assertThatThrownBy(() -> this.workers.workforce(own, employer.id(), true, null, org.ohsonline.shared.PageQuery.of(1, 5)))
			.as("an engagement opens the structure, never the workers")
			.isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> this.engagements.decline(manager, engagement.id()))
			.isInstanceOf(InvalidInputException.class);

		assertThatThrownBy(() -> this.engagements.add(own, agency.id(), new EngagementCommand(
				AgencyFixtures.creditCode("330105"), ServiceType.STATUS_EVALUATION, start, start.minusDays(1))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("agency.engagement.employerUnknown", "agency.engagement.serviceOutsideScope",
						"agency.engagement.endsOnInvalid"));
		EngagementView ended = this.engagements.end(own, engagement.id(), LocalDate.now().minusDays(1));
		assertThat(ended.current()).isFalse();
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, null)).isEmpty();
		assertThatThrownBy(() -> this.employers.structure(own, employer.id()))
			.as("the grant ends with the engagement")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aDeclinedEngagementOpensNothingAndASupervisorsRecordStandsAccepted() {
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		Actor registrar = new Actor(14, "agency-registrar", "登记", "330105", org.ohsonline.shared.Scope.region("330105"),
				Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(registrar, "330105001", "3311", 10);
		Actor own = AgencyFixtures.staffOf(agency);
		LocalDate start = LocalDate.now().minusDays(3);
		EngagementView proposed = this.engagements.add(own, agency.id(), new EngagementCommand(employer.creditCode(),
				ServiceType.PERIODIC_TESTING, start, start.plusYears(1)));
		EngagementView declined = this.engagements.decline(AgencyFixtures.managerOf(employer.creditCode(), "330105"),
				proposed.id());
		assertThat(declined.status()).isEqualTo(EngagementStatus.DECLINED);
		assertThat(this.engagements.engagedBy(employer.id(), ServiceType.PERIODIC_TESTING, null)).isEmpty();
		assertThatThrownBy(() -> this.employers.find(own, employer.id())).isInstanceOf(NotFoundException.class);

		EngagementView recorded = this.engagements.add(this.gongshu, agency.id(), new EngagementCommand(
				employer.creditCode(), ServiceType.PERIODIC_TESTING, start, start.plusYears(1)));
		assertThat(recorded.status()).isEqualTo(EngagementStatus.ACCEPTED);
		assertThat(this.employers.find(own, employer.id()).id()).isEqualTo(employer.id());
	}

	@Test
	void auditsEveryWrite() {
		long lastEntry = lastAuditEntry();
		AgencyView agency = this.fixtures.serviceAgency(this.gongshu, "330105");
		StaffView person = this.staff.add(this.gongshu, agency.id(),
				new StaffCommand("赵评价", AgencyFixtures.idNumber("330105"), null, null, Set.of(StaffRole.EVALUATION)));
		this.staff.leave(this.gongshu, person.id(), LocalDate.now());
		this.agencies.changeStatus(this.gongshu, agency.id(), AgencyStatus.SUSPENDED);
		assertThat(this.jdbc.sql("select action from audit.entry where action like 'agency.%' and target_id = :id order by id")
			.param("id", String.valueOf(agency.id()))
			.query(String.class)
			.list()).containsExactly("agency.agency.registered", "agency.scope.changed", "agency.staff.added",
					"agency.staff.left", "agency.agency.status-changed");
		assertThat(entriesBy(this.gongshu, lastEntry)).isEqualTo(5);
	}

	@Test
	void generatesTheDemoAgencyAndInstitutionWithTheSyntheticRegister() {
		List<AgencyRef> agency = this.agencies.ownedBy(new org.ohsonline.shared.Scope(
				org.ohsonline.shared.Scope.Kind.AGENCY, "91330105DEMAG0001" + org.ohsonline.shared.CreditCode.checkCharacter("91330105DEMAG0001")));
		assertThat(agency).singleElement().satisfies(a -> assertThat(a.name()).endsWith("（模拟）"));
		long synthetic = this.jdbc.sql("select count(*) from agency.agency where synthetic").query(Long.class).single();
		assertThat(synthetic).as("tiny scale: 2 agencies, 2 exam institutions, 1 diagnosis institution").isEqualTo(5);
		assertThat(this.jdbc.sql("select count(*) from agency.engagement where synthetic").query(Long.class).single())
			.isPositive();
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'agency.synthetic.generated'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private AgencyCommand withValidTo(LocalDate validTo) {
		return new AgencyCommand(AgencyKind.EXAM_INSTITUTION, AgencyFixtures.creditCode("330105"), "时钟测试机构", "330105",
				"测试路 3 号", null, null, "职检-时钟", "浙江省卫生健康委员会", LocalDate.now().minusYears(4), validTo);
	}

	private long lastAuditEntry() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit.entry").query(Long.class).single();
	}

	/**
	 * Every entry the user wrote after {@code afterId}, whatever its action: background listeners of the shared context
	 * audit as the system meanwhile, so a count over the whole module could move without this user doing anything.
	 */
	private long entriesBy(Actor actor, long afterId) {
		return this.jdbc.sql("select count(*) from audit.entry where id > :after and actor_name = :name")
			.param("after", afterId)
			.param("name", actor.username())
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
