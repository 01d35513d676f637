package org.ohsonline.diagnosis.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.AppraisalDecision;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockFilter;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.diagnosis.DiagnosisOverturned;
import org.ohsonline.diagnosis.DiseaseDiagnosed;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.OutcomeStage;
import org.ohsonline.notification.Inbox;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.OccupationalDiseases;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statutory clocks of a case on a fixed {@link Clock} (periods of the bundled
 * {@code diagnosis-deadlines} catalog: 30, 15, 30, 15 days): the diagnosis clock starts on the day
 * the last material came in, turns amber at 7 days and overdue the day after its due date; the
 * appraisal and re-appraisal windows refuse a late request and lapse when unused.
 */
@IntegrationTest
@RecordApplicationEvents
class DiagnosisClockIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired CaseStore caseStore;

	@Autowired CaseClockStore clockStore;

	@Autowired ReferralStore referralStore;

	@Autowired DiagnosisRules rules;

	@Autowired Scopes scopes;

	@Autowired org.ohsonline.registry.AccessGrants grants;

	@Autowired Workers workers;

	@Autowired Employers employers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired OccupationalDiseases diseases;

	@Autowired PiiCipher cipher;

	@Autowired AuditTrail audit;

	@Autowired Inbox inbox;

	@Autowired ApplicationEventPublisher publisher;

	@Autowired ApplicationEvents events;

	@Autowired JdbcClient jdbc;

	@Autowired CertificateStore certificateStore;

	@Autowired org.ohsonline.shared.documents.PdfDocuments pdf;

	@Autowired org.ohsonline.portal.IssuedDocuments documents;

	@Autowired TransactionTemplate transactions;

	DiagnosisFixtures fixtures;

	String silica;

	/** The services as they run on a day (09:00 in Shanghai). */
	record Services(CaseService cases, AppraisalService appraisals, CaseClocks clocks) {
	}

	@BeforeEach
	void setUp() {
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
	}

	private Services on(LocalDate day) {
		Clock fixed = Clock.fixed(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		CaseClocks clocks = new CaseClocks(this.clockStore, this.caseStore, this.rules, this.audit, this.inbox,
				this.publisher, fixed);
		CaseViews views = new CaseViews(this.caseStore, clocks, this.cipher, this.certificateStore);
		CertificateWriter certificates = new CertificateWriter(this.pdf, this.documents, this.certificateStore,
				this.caseStore, this.scopes, clocks);
		CaseRules caseRules = new CaseRules(this.diseases, clocks);
		CaseService cases = new CaseService(this.caseStore, this.referralStore, clocks, this.clockStore, views, this.rules,
				caseRules, this.scopes, this.workers, this.employers, this.agencies, this.hazards, this.cipher, this.audit,
				this.publisher, certificates, this.grants);
		return new Services(cases, new AppraisalService(this.caseStore, clocks, views, caseRules, this.scopes,
				this.audit, this.publisher), clocks);
	}

	private <T> T at(LocalDate day, Function<Services, T> work) {
		return this.transactions.execute(tx -> work.apply(on(day)));
	}

	/** A worker of a new employer in 拱墅区 applies on the day at a new institution. */
	private Case applied(LocalDate day) {
		EmployerView employer = this.fixtures.employer("330105001");
		String idNumber = this.fixtures.hire(employer);
		AgencyView institution = this.fixtures.institution("330105");
		Actor worker = this.fixtures.worker(idNumber);
		CaseView view = at(day, s -> s.cases().apply(worker, new ApplicationCommand(null, employer.id(), institution.id(),
				null, day, List.of(this.silica), null)));
		return new Case(view, employer, worker, DiagnosisFixtures.staffOf(institution));
	}

	record Case(CaseView view, EmployerView employer, Actor worker, Actor staff) {

		long id() {
			return this.view.id();
		}

	}

	private void completeMaterials(Case c, LocalDate day) {
		for (CaseView.Material m : c.view().materials()) {
			at(day, s -> s.cases().recordMaterial(c.staff(), c.id(), new MaterialCommand(m.code(), day, false, null)));
		}
	}

	/** Applied, complete, diagnosed with 矽肺 and the certificate delivered on the given days. */
	private Case certified(LocalDate diagnosedOn, LocalDate deliveredOn) {
		Case c = applied(diagnosedOn.minusDays(10));
		completeMaterials(c, diagnosedOn.minusDays(5));
		at(diagnosedOn, s -> s.cases().diagnose(c.staff(), c.id(),
				new DiagnosisCommand(diagnosedOn, true, "1101", "矽肺壹期", "ZD-" + c.id())));
		at(deliveredOn, s -> s.cases().deliverCertificate(c.staff(), c.id(), deliveredOn));
		return c;
	}

	private CaseClock clock(LocalDate day, Case c, ClockKind kind) {
		return at(day, s -> s.cases().find(c.staff(), c.id())).clock(kind).orElseThrow();
	}

	@Test
	void theDiagnosisClockStartsWhenTheLastMaterialIsInAndRemindsOnceAmberThenOverdue() {
		Case c = applied(LocalDate.of(2027, 3, 1));
		assertThat(c.view().materials()).extracting(CaseView.Material::code)
			.as("no personal dose records for a dust hazard")
			.containsExactly("REGISTRATION", "OCCUPATIONAL_HISTORY", "EXAM_RESULTS", "WORKPLACE_TESTING");
		assertThat(c.view().applicant()).isEqualTo(Applicant.WORKER);
		for (String code : List.of("REGISTRATION", "OCCUPATIONAL_HISTORY", "EXAM_RESULTS")) {
			at(LocalDate.of(2027, 3, 2), s -> s.cases().recordMaterial(c.staff(), c.id(),
					new MaterialCommand(code, LocalDate.of(2027, 3, 2), false, null)));
		}
		CaseView incomplete = at(LocalDate.of(2027, 3, 2), s -> s.cases().find(c.staff(), c.id()));
		assertThat(incomplete.status()).isEqualTo(CaseStatus.APPLIED);
		assertThat(incomplete.clocks()).as("no clock before the materials are complete").isEmpty();

		assertThatThrownBy(() -> at(LocalDate.of(2027, 3, 5), s -> s.cases().recordMaterial(c.staff(), c.id(),
				new MaterialCommand("WORKPLACE_TESTING", LocalDate.of(2027, 3, 5), true, " "))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("diagnosis.error.waiverReason"));
		CaseView complete = at(LocalDate.of(2027, 3, 5), s -> s.cases().recordMaterial(c.staff(), c.id(),
				new MaterialCommand("WORKPLACE_TESTING", LocalDate.of(2027, 3, 5), true, "用人单位未提供检测结果（第四十八条）")));
		assertThat(complete.status()).isEqualTo(CaseStatus.UNDER_DIAGNOSIS);
		assertThat(complete.materialsCompleteOn()).isEqualTo(LocalDate.of(2027, 3, 5));
		// 2027-03-05 + 30 days: 26 days to 03-31, 4 more to 04-04.
		CaseClock diagnosis = complete.clock(ClockKind.DIAGNOSIS).orElseThrow();
		assertThat(diagnosis.dueOn()).isEqualTo(LocalDate.of(2027, 4, 4));
		assertThat(diagnosis.basis()).contains("diagnosis-deadlines");

		assertThat(clock(LocalDate.of(2027, 3, 27), c, ClockKind.DIAGNOSIS).deadline().daysLeft()).isEqualTo(8);
		at(LocalDate.of(2027, 3, 27), s -> s.clocks().remind(LocalDate.of(2027, 3, 27)));
		assertThat(notices(diagnosis, "diagnosis.notice.dueSoon.DIAGNOSIS")).isZero();
		assertThat(clock(LocalDate.of(2027, 3, 28), c, ClockKind.DIAGNOSIS).deadline().dueSoon()).isTrue();
		at(LocalDate.of(2027, 3, 28), s -> s.clocks().remind(LocalDate.of(2027, 3, 28)));
		at(LocalDate.of(2027, 3, 28), s -> s.clocks().remind(LocalDate.of(2027, 3, 28)));
		assertThat(notices(diagnosis, "diagnosis.notice.dueSoon.DIAGNOSIS")).as("once, however often the job runs")
			.isEqualTo(1);

		CaseClock dueDay = clock(LocalDate.of(2027, 4, 4), c, ClockKind.DIAGNOSIS);
		assertThat(dueDay.deadline().daysLeft()).isZero();
		assertThat(dueDay.overdue()).isFalse();
		assertThat(clock(LocalDate.of(2027, 4, 5), c, ClockKind.DIAGNOSIS).overdue()).isTrue();
		at(LocalDate.of(2027, 4, 5), s -> s.clocks().remind(LocalDate.of(2027, 4, 5)));
		at(LocalDate.of(2027, 4, 5), s -> s.clocks().remind(LocalDate.of(2027, 4, 5)));
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'diagnosis.clock.overdue' and target_id = :id")
			.param("id", String.valueOf(diagnosis.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(notices(diagnosis, "diagnosis.notice.overdue.DIAGNOSIS")).isEqualTo(1);
		assertThat(at(LocalDate.of(2027, 4, 5), s -> s.cases().clocks(DiagnosisFixtures.supervisor("330105"),
				new ClockFilter(null, "DIAGNOSIS", "overdue"), PageQuery.of(1, 200))).items())
			.extracting(CaseClock::id).contains(diagnosis.id());
		assertThat(at(LocalDate.of(2027, 4, 5), s -> s.cases().clocks(DiagnosisFixtures.supervisor("330106"),
				new ClockFilter(null, "DIAGNOSIS", "overdue"), PageQuery.of(1, 200))).items())
			.as("another county's overdue list").extracting(CaseClock::id).doesNotContain(diagnosis.id());

		CaseView diagnosed = at(LocalDate.of(2027, 4, 6), s -> s.cases().diagnose(c.staff(), c.id(),
				new DiagnosisCommand(LocalDate.of(2027, 4, 6), true, "1101", "矽肺壹期", "ZD-2027-0406")));
		assertThat(diagnosed.status()).isEqualTo(CaseStatus.DIAGNOSED);
		CaseClock met = diagnosed.clock(ClockKind.DIAGNOSIS).orElseThrow();
		assertThat(met.state()).isEqualTo(CaseClock.State.MET);
		assertThat(met.metLate()).isTrue();
		// The certificate within 15 days of 2027-04-06: 2027-04-21.
		assertThat(diagnosed.clock(ClockKind.CERTIFICATE).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 4, 21));
		assertThat(this.events.stream(DiseaseDiagnosed.class).filter(e -> e.caseId() == c.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.diseaseCode()).isEqualTo("1101");
				assertThat(e.categoryCode()).isEqualTo("1");
				assertThat(e.stage()).isEqualTo(OutcomeStage.DIAGNOSIS);
				assertThat(e.finalDecision()).isFalse();
				assertThat(e.regionCode()).startsWith("330105");
			});
	}

	@Test
	void theCertificateClockIsMetOnDeliveryAndOpensTheThirtyDayAppraisalWindow() {
		Case c = certified(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 12));
		CaseView view = at(LocalDate.of(2027, 5, 12), s -> s.cases().find(c.staff(), c.id()));
		assertThat(view.status()).isEqualTo(CaseStatus.CERTIFIED);
		assertThat(view.clock(ClockKind.CERTIFICATE).orElseThrow().state()).isEqualTo(CaseClock.State.MET);
		assertThat(view.clock(ClockKind.CERTIFICATE).orElseThrow().metLate()).isFalse();
		// 2027-05-12 + 30 days: 19 days to 05-31, 11 more to 06-11.
		assertThat(view.clock(ClockKind.APPRAISAL).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 6, 11));
	}

	@Test
	void anAppraisalRequestedAfterItsWindowIsRefusedWithTheDatesAndTheProvinceDecidesLast() {
		Case c = certified(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 12));
		Actor manager = DiagnosisFixtures.managerOf(c.employer());
		assertThatThrownBy(() -> at(LocalDate.of(2027, 6, 12), s -> s.appraisals().request(manager, c.id(),
				new AppraisalRequest(LocalDate.of(2027, 6, 12), null, "对诊断结论有异议"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.errors().get(0).code()).isEqualTo("diagnosis.error.windowClosed.APPRAISAL");
				assertThat(ex.errors().get(0).arguments()).containsExactly(LocalDate.of(2027, 5, 12), 30,
						LocalDate.of(2027, 6, 11), LocalDate.of(2027, 6, 12));
			});
		assertThat(at(LocalDate.of(2027, 6, 12), s -> s.cases().find(manager, c.id())).status())
			.as("a refused request changes nothing").isEqualTo(CaseStatus.CERTIFIED);

		CaseView requested = at(LocalDate.of(2027, 6, 11), s -> s.appraisals().request(manager, c.id(),
				new AppraisalRequest(LocalDate.of(2027, 6, 11), null, "对诊断结论有异议")));
		assertThat(requested.status()).isEqualTo(CaseStatus.APPRAISAL_REQUESTED);
		assertThat(requested.appraisals()).singleElement().satisfies(a -> {
			assertThat(a.level()).isEqualTo("CITY");
			assertThat(a.authorityRegion()).isEqualTo("3301");
			assertThat(a.requestedBy()).isEqualTo(Applicant.EMPLOYER);
		});
		assertThat(requested.clock(ClockKind.APPRAISAL).orElseThrow().state()).isEqualTo(CaseClock.State.MET);

		AppraisalDecision confirmed = new AppraisalDecision(LocalDate.of(2027, 7, 20), true, "1101", "JD-3301-1", "维持");
		assertThatThrownBy(() -> at(LocalDate.of(2027, 7, 20),
				s -> s.appraisals().decide(DiagnosisFixtures.supervisor("330105"), c.id(), confirmed)))
			.as("a county commission does not appraise").isInstanceOf(AccessDeniedException.class);
		CaseView appraised = at(LocalDate.of(2027, 7, 20),
				s -> s.appraisals().decide(DiagnosisFixtures.supervisor("3301"), c.id(), confirmed));
		assertThat(appraised.status()).isEqualTo(CaseStatus.APPRAISED);
		assertThat(appraised.outcomeStage()).isEqualTo(OutcomeStage.APPRAISAL);
		assertThat(appraised.outcomeFinal()).isFalse();
		// Re-appraisal within 15 days of 2027-07-20: 2027-08-04.
		assertThat(appraised.clock(ClockKind.REAPPRAISAL).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 8, 4));

		assertThatThrownBy(() -> at(LocalDate.of(2027, 8, 5), s -> s.appraisals().request(c.worker(), c.id(),
				new AppraisalRequest(LocalDate.of(2027, 8, 5), null, "不服鉴定结论"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.windowClosed.REAPPRAISAL"));
		CaseView reRequested = at(LocalDate.of(2027, 8, 4), s -> s.appraisals().request(c.worker(), c.id(),
				new AppraisalRequest(null, null, "不服鉴定结论")));
		assertThat(reRequested.status()).isEqualTo(CaseStatus.REAPPRAISAL_REQUESTED);

		AppraisalDecision overturned = new AppraisalDecision(LocalDate.of(2027, 9, 1), false, null, "ZJ-33-1", "不是职业病");
		assertThatThrownBy(() -> at(LocalDate.of(2027, 9, 1),
				s -> s.appraisals().decide(DiagnosisFixtures.supervisor("3301"), c.id(), overturned)))
			.as("a city commission does not re-appraise").isInstanceOf(AccessDeniedException.class);
		CaseView last = at(LocalDate.of(2027, 9, 1),
				s -> s.appraisals().decide(DiagnosisFixtures.supervisor("33"), c.id(), overturned));
		assertThat(last.status()).isEqualTo(CaseStatus.REAPPRAISED);
		assertThat(last.outcomeFinal()).isTrue();
		assertThat(last.disease()).isNull();
		assertThat(this.events.stream(DiseaseDiagnosed.class).filter(e -> e.caseId() == c.id()))
			.extracting(DiseaseDiagnosed::stage)
			.containsExactly(OutcomeStage.DIAGNOSIS, OutcomeStage.APPRAISAL);
		assertThat(this.events.stream(DiagnosisOverturned.class).filter(e -> e.caseId() == c.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.finalDecision()).isTrue());
		assertThatThrownBy(() -> at(LocalDate.of(2027, 9, 2), s -> s.appraisals().request(c.worker(), c.id(),
				new AppraisalRequest(null, null, "再次申请"))))
			.as("the provincial conclusion is final")
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.appraisalNotOpen"));
	}

	@Test
	void anUnusedAppraisalWindowLapsesAndTheDiagnosisBecomesFinal() {
		Case c = certified(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 5, 12));
		at(LocalDate.of(2027, 6, 11), s -> s.clocks().remind(LocalDate.of(2027, 6, 11)));
		assertThat(clock(LocalDate.of(2027, 6, 11), c, ClockKind.APPRAISAL).state()).isEqualTo(CaseClock.State.OPEN);
		at(LocalDate.of(2027, 6, 12), s -> s.clocks().remind(LocalDate.of(2027, 6, 12)));
		at(LocalDate.of(2027, 6, 12), s -> s.clocks().remind(LocalDate.of(2027, 6, 12)));
		CaseView view = at(LocalDate.of(2027, 6, 12), s -> s.cases().find(c.staff(), c.id()));
		assertThat(view.clock(ClockKind.APPRAISAL).orElseThrow().state()).isEqualTo(CaseClock.State.LAPSED);
		assertThat(view.clock(ClockKind.APPRAISAL).orElseThrow().overdue()).as("a window is not a duty").isFalse();
		assertThat(view.outcomeFinal()).isTrue();
		assertThat(this.events.stream(DiseaseDiagnosed.class).filter(e -> e.caseId() == c.id()))
			.extracting(DiseaseDiagnosed::finalDecision)
			.containsExactly(false, true);
		assertThatThrownBy(() -> at(LocalDate.of(2027, 6, 12), s -> s.appraisals().request(c.worker(), c.id(),
				new AppraisalRequest(LocalDate.of(2027, 6, 11), null, "逾期补交"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors().get(0).code())
				.isEqualTo("diagnosis.error.windowClosed.APPRAISAL"));
	}

	private long notices(CaseClock clock, String key) {
		return this.jdbc.sql("select count(*) from notification.notice where source = :source and message_key = :key")
			.param("source", "diagnosis:clock:" + clock.id())
			.param("key", key)
			.query(Long.class)
			.single();
	}

}
