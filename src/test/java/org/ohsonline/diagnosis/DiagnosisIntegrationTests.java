package org.ohsonline.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * Diagnosis through its facades on today's date: who sees which case (a worker only their own, an
 * institution only its own, a county only its region), referrals opened once from
 * {@link SuspectedDiseaseFound}, and the registry counted per jurisdiction.
 */
@IntegrationTest
class DiagnosisIntegrationTests {

	@Autowired Diagnoses diagnoses;

	@Autowired DiseaseRegistry registry;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired PiiCipher cipher;

	@Autowired ApplicationEventPublisher publisher;

	@Autowired TransactionTemplate transactions;

	@Autowired JdbcClient jdbc;

	DiagnosisFixtures fixtures;

	String silica;

	String noise;

	@BeforeEach
	void setUp() {
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.silica = factor("矽尘");
		this.noise = factor("噪声");
	}

	private String factor(String name) {
		return this.hazards.factors(null).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().code();
	}

	private CaseView apply(Actor actor, long workerId, EmployerView employer, AgencyView institution) {
		return this.diagnoses.apply(actor, new ApplicationCommand(workerId, employer.id(), institution.id(),
				Applicant.EMPLOYER, null, List.of(this.silica), null));
	}

	@Test
	void aWorkerSeesOnlyTheirOwnCaseAndAnInstitutionOnlyThoseAtIt() {
		EmployerView employer = this.fixtures.employer("330105001");
		String alice = this.fixtures.hire(employer);
		String bob = this.fixtures.hire(employer);
		AgencyView first = this.fixtures.institution("330105");
		AgencyView second = this.fixtures.institution("330105");
		Actor manager = DiagnosisFixtures.managerOf(employer);
		CaseView aliceCase = apply(manager, this.fixtures.workerId(employer, alice), employer, first);
		CaseView bobCase = apply(manager, this.fixtures.workerId(employer, bob), employer, second);
		assertThat(aliceCase.applicant()).isEqualTo(Applicant.EMPLOYER);
		assertThat(aliceCase.workerIdMasked()).contains("********");

		Actor aliceLogin = this.fixtures.worker(alice);
		assertThat(this.diagnoses.search(aliceLogin, CaseFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(CaseSummary::id)
			.containsExactly(aliceCase.id());
		assertThat(this.diagnoses.find(aliceLogin, aliceCase.id()).workerName()).isEqualTo("王五");
		assertThatThrownBy(() -> this.diagnoses.find(aliceLogin, bobCase.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.diagnoses.apply(aliceLogin, new ApplicationCommand(
				this.fixtures.workerId(employer, bob), employer.id(), first.id(), null, null, List.of(this.silica), null)))
			.as("a worker applies only for themself")
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);

		Actor firstStaff = DiagnosisFixtures.staffOf(first);
		assertThat(this.diagnoses.search(firstStaff, CaseFilter.none(), PageQuery.of(1, 50)).items())
			.extracting(CaseSummary::id)
			.containsExactly(aliceCase.id());
		assertThatThrownBy(() -> this.diagnoses.find(firstStaff, bobCase.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.diagnoses.recordMaterial(firstStaff, bobCase.id(),
				new MaterialCommand("REGISTRATION", null, false, null)))
			.isInstanceOf(NotFoundException.class);

		assertThat(this.diagnoses.search(manager, new CaseFilter(null, null, null, null, employer.id(), null),
				PageQuery.of(1, 50)).total()).isEqualTo(2);
		assertThat(this.diagnoses.search(DiagnosisFixtures.supervisor("330106"),
				new CaseFilter(null, null, null, null, employer.id(), null), PageQuery.of(1, 50)).total())
			.as("another county").isZero();
		assertThatThrownBy(() -> this.diagnoses.find(DiagnosisFixtures.supervisor("330106"), aliceCase.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSuspectedDiseaseOpensOneReferralHoweverOftenItIsDeliveredAndAnApplicationAnswersIt() {
		EmployerView employer = this.fixtures.employer("330105001");
		String idNumber = this.fixtures.hire(employer);
		long workerId = this.fixtures.workerId(employer, idNumber);
		long examId = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		SuspectedDiseaseFound found = new SuspectedDiseaseFound(examId, workerId, employer.id(), employer.regionCode(),
				this.noise, 1L, LocalDate.now().minusDays(2), LocalDate.now().plusDays(3));
		this.transactions.executeWithoutResult(tx -> this.publisher.publishEvent(found));
		this.transactions.executeWithoutResult(tx -> this.publisher.publishEvent(found));
		long referrals = eventually(() -> referrals(examId), n -> n >= 1);
		assertThat(referrals).isEqualTo(1);
		// Both deliveries handled (each listener runs after its commit): still one referral.
		Actor county = DiagnosisFixtures.supervisor("330105");
		List<ReferralView> open = eventually(() -> this.diagnoses.openReferrals(county, null, PageQuery.of(1, 200))
			.items()
			.stream()
			.filter(r -> r.examId() == examId)
			.toList(), l -> !l.isEmpty());
		assertThat(open).singleElement().satisfies(r -> {
			assertThat(r.hazardCode()).isEqualTo(this.noise);
			assertThat(r.workerId()).isEqualTo(workerId);
		});
		assertThat(this.diagnoses.openReferrals(DiagnosisFixtures.supervisor("330106"), null, PageQuery.of(1, 200))
			.items()).noneMatch(r -> r.examId() == examId);
		assertThat(this.jdbc.sql("select count(*) from notification.notice where message_key = 'diagnosis.notice.referral'"
				+ " and source = :source")
			.param("source", "diagnosis:referral:" + open.get(0).id())
			.query(Long.class)
			.single()).as("the employer and the region are told").isEqualTo(2);

		AgencyView institution = this.fixtures.institution("330105");
		Actor manager = DiagnosisFixtures.managerOf(employer);
		CaseView applied = this.diagnoses.apply(manager, new ApplicationCommand(null, null, institution.id(), null, null,
				List.of(), open.get(0).id()));
		assertThat(applied.workerId()).isEqualTo(workerId);
		assertThat(applied.hazards()).extracting(CaseView.Hazard::code).containsExactly(this.noise);
		assertThat(applied.referralId()).isEqualTo(open.get(0).id());
		assertThat(this.diagnoses.openReferrals(county, null, PageQuery.of(1, 200)).items())
			.noneMatch(r -> r.examId() == examId);
		assertThatThrownBy(() -> this.diagnoses.apply(manager, new ApplicationCommand(null, null, institution.id(), null,
				null, List.of(), open.get(0).id())))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.referralMismatch"));
	}

	@Test
	void theRegistryCountsConfirmedCasesPerJurisdiction() {
		Actor city = DiagnosisFixtures.supervisor("3301");
		Actor gongshu = DiagnosisFixtures.supervisor("330105");
		Actor xihu = DiagnosisFixtures.supervisor("330106");
		long cityBefore = pneumoconiosis(city);
		long gongshuBefore = pneumoconiosis(gongshu);
		long xihuBefore = pneumoconiosis(xihu);

		EmployerView inGongshu = this.fixtures.employer("330105001");
		EmployerView inXihu = this.fixtures.employer("330106002");
		diagnosed(inGongshu, "1101");
		diagnosed(inGongshu, "1102");
		diagnosed(inXihu, "1101");
		CaseView notDisease = diagnosed(inXihu, null);
		assertThat(notDisease.disease()).isNull();

		// Three pneumoconiosis cases: two in 拱墅区 and one in 西湖区; the case found not occupational is not registered.
		assertThat(pneumoconiosis(city) - cityBefore).isEqualTo(3);
		assertThat(pneumoconiosis(gongshu) - gongshuBefore).isEqualTo(2);
		assertThat(pneumoconiosis(xihu) - xihuBefore).isEqualTo(1);
		DiseaseRegistry.Filter own = new DiseaseRegistry.Filter(inGongshu.name(), null, "1", null, false, null);
		assertThat(this.registry.search(DiagnosisFixtures.managerOf(inGongshu), own, PageQuery.of(1, 10)).items())
			.extracting(DiseaseRegistry.Entry::diseaseCode)
			.containsExactlyInAnyOrder("1101", "1102");
		assertThat(this.registry.search(xihu, own, PageQuery.of(1, 10)).total()).isZero();
		assertThat(this.registry.search(city, new DiseaseRegistry.Filter(null, "330105", "1", LocalDate.now().getYear(),
				false, null), PageQuery.of(1, 200)).total()).isEqualTo(pneumoconiosis(gongshu));
	}

	/**
	 * The referrals of several employers read at once are each one's own, oldest exam first: two suspected findings
	 * of one employer's worker (exams three and two days ago), one of another employer's; an employer without a
	 * finding and an unknown id are absent, and another county reads none.
	 */
	@Test
	void readsTheReferralsOfSeveralEmployersAtOnceAsEachOnesOwn() {
		EmployerView first = this.fixtures.employer("330105001");
		EmployerView second = this.fixtures.employer("330105001");
		EmployerView none = this.fixtures.employer("330105001");
		long firstWorker = this.fixtures.workerId(first, this.fixtures.hire(first));
		long secondWorker = this.fixtures.workerId(second, this.fixtures.hire(second));
		long exam = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
		List<SuspectedDiseaseFound> found = List.of(
				new SuspectedDiseaseFound(exam, firstWorker, first.id(), first.regionCode(), this.noise, 1L,
						LocalDate.now().minusDays(3), LocalDate.now().plusDays(2)),
				new SuspectedDiseaseFound(exam + 1, firstWorker, first.id(), first.regionCode(), this.silica, 1L,
						LocalDate.now().minusDays(2), LocalDate.now().plusDays(3)),
				new SuspectedDiseaseFound(exam + 2, secondWorker, second.id(), second.regionCode(), this.noise, 1L,
						LocalDate.now().minusDays(2), LocalDate.now().plusDays(3)));
		found.forEach(f -> this.transactions.executeWithoutResult(tx -> this.publisher.publishEvent(f)));
		eventually(() -> referrals(exam) + referrals(exam + 1) + referrals(exam + 2), n -> n == 3);
		Actor county = DiagnosisFixtures.supervisor("330105");
		List<Long> ids = List.of(first.id(), second.id(), none.id(), -1L);

		java.util.Map<Long, List<ReferralView>> batch = this.diagnoses.referralsOfEmployers(county, ids);
		assertThat(batch).containsOnlyKeys(first.id(), second.id());
		assertThat(batch.get(first.id())).extracting(ReferralView::examId).containsExactly(exam, exam + 1);
		assertThat(batch.get(second.id())).extracting(ReferralView::examId).containsExactly(exam + 2);
		ids.forEach(id -> assertThat(batch.getOrDefault(id, List.of()))
			.isEqualTo(this.diagnoses.referralsOfEmployer(county, id)));
		assertThat(this.diagnoses.referralsOfEmployers(DiagnosisFixtures.supervisor("330106"), ids)).isEmpty();
	}

	/** Cases of category 1 (尘肺病及其他呼吸系统疾病) this year in the actor's registry, from the chart's counts. */
	private long pneumoconiosis(Actor actor) {
		return this.registry.countsByCategoryAndYear(actor, new DiseaseRegistry.Filter(null, null, "1", null, false, null))
			.stream()
			.filter(c -> c.year() == LocalDate.now().getYear())
			.mapToLong(DiseaseRegistry.Count::cases)
			.sum();
	}

	private CaseView diagnosed(EmployerView employer, String diseaseCode) {
		String idNumber = this.fixtures.hire(employer);
		AgencyView institution = this.fixtures.institution(employer.regionCode().substring(0, 6));
		Actor staff = DiagnosisFixtures.staffOf(institution);
		this.fixtures.inPerson(institution, idNumber);
		CaseView c = this.diagnoses.apply(staff, new ApplicationCommand(this.fixtures.workerId(employer, idNumber),
				employer.id(), institution.id(), Applicant.WORKER, null, List.of(this.silica), null));
		for (CaseView.Material m : c.materials()) {
			this.diagnoses.recordMaterial(staff, c.id(), new MaterialCommand(m.code(), null, false, null));
		}
		return this.diagnoses.diagnose(staff, c.id(),
				new DiagnosisCommand(null, diseaseCode != null, diseaseCode, "结论", "ZD-" + c.id()));
	}

	private long referrals(long examId) {
		return this.jdbc.sql("select count(*) from diagnosis.referral where exam_id = :exam")
			.param("exam", examId)
			.query(Long.class)
			.single();
	}

}
