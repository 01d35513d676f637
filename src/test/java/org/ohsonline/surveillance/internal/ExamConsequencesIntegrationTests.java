package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.Institutions;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.reference.ExamRules;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.ContraindicationFound;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.ExamTaskView;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;

/**
 * Exams recorded on a fixed clock (2026-06-15, 09:00 in Shanghai) and their consequences through the
 * events: the pre-placement exam a placement without one makes due, the next periodic exam by the
 * rules, a recheck, a job-transfer task tracked to completion, a suspected-disease report with its
 * deadline, a standard threshold shift against the baseline audiogram; institutions see only their
 * own exams and may examine only the hazards they are qualified for.
 */
@IntegrationTest
@RecordApplicationEvents
class ExamConsequencesIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final LocalDate EXAM_DAY = LocalDate.of(2026, 6, 1);

	@Autowired
	ExamStore store;

	@Autowired
	ExamChecks checks;

	@Autowired
	ExamRules rules;

	@Autowired
	HazardFactors hazards;

	@Autowired
	Agencies agencies;

	@Autowired
	Institutions institutions;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	org.ohsonline.registry.AccessGrants grants;

	@Autowired
	ExamReportWriter reports;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ApplicationEvents events;

	@Autowired
	ExamScheduleStore schedule;

	@Autowired
	ExamTasks tasks;

	@Autowired
	Exams exams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.ohsonline.portal.IssuedDocuments documents;

	@Autowired
	TransactionTemplate transactions;

	ExamService onFixedDay;

	EmployerView employer;

	String idNumber;

	long workerId;

	AgencyView institution;

	Actor staff;

	@BeforeEach
	void setUp() {
		Clock fixed = Clock.fixed(TODAY.atTime(9, 0).atZone(SHANGHAI).toInstant(), SHANGHAI);
		this.onFixedDay = new ExamService(this.store, this.checks, this.rules, this.hazards, this.agencies,
				this.institutions, this.employers, this.workers, this.reports, this.audit, this.publisher, fixed, this.grants,
				new ExamAccessSettings(java.time.Period.ofYears(1)));
		Actor county = ExamFixtures.county();
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		this.employer = registry.employer(county, "330105001", "3311", 30);
		StructureViews.Post post = registry.post(county, this.employer.id(), ExamFixtures.NOISE, ExamFixtures.SILICA);
		this.idNumber = RegistryFixtures.idNumber("330105");
		this.workerId = registry.hire(county, this.employer.id(), post.id(), this.idNumber).workerId();
		this.institution = ExamFixtures.institution(this.agencies, county, "1", "3");
		this.staff = ExamFixtures.staffOf(this.institution);
	}

	private ExamView record(ExamCommand command) {
		return this.transactions.execute(status -> this.onFixedDay.record(this.staff, command));
	}

	private List<ExamDueItem> open(ExamDueKind kind) {
		return this.schedule.ofWorker(new ScopeFilter("", null, null, null, null, null), this.workerId, TODAY)
			.stream()
			.filter(i -> i.kind() == kind)
			.toList();
	}

	@Test
	void aPlacementWithoutExamMakesThePrePlacementExamDueAndTheExamMakesTheNextPeriodicOneDue() {
		// Hired on 2024-03-01 onto a post with noise and silica, no pre-placement exam on record: due that day.
		List<ExamDueItem> prePlacement = eventually(() -> open(ExamDueKind.PRE_PLACEMENT), l -> l.size() == 2);
		assertThat(prePlacement).extracting(i -> i.deadline().dueOn()).containsOnly(LocalDate.of(2024, 3, 1));
		assertThat(prePlacement.get(0).deadline().overdue()).isTrue();

		ExamView exam = record(ExamFixtures.noiseAndSilica(this.employer, this.idNumber, ExamType.PRE_PLACEMENT, EXAM_DAY));

		// Met; the next in-service exams: noise ≥ 85 dB(A) (I-3008-L85) 12 months → 2027-06-01;
		// silica ungraded, treated as Ⅱ级+ (I-1038-II) 12 months → 2027-06-01.
		List<ExamDueItem> periodic = eventually(() -> open(ExamDueKind.PERIODIC), l -> l.size() == 2);
		assertThat(open(ExamDueKind.PRE_PLACEMENT)).isEmpty();
		assertThat(periodic).extracting(i -> i.deadline().dueOn()).containsOnly(LocalDate.of(2027, 6, 1));
		assertThat(periodic).extracting(ExamDueItem::basis).containsExactlyInAnyOrder("I-3008-L85 12m", "I-1038-II 12m");
		assertThat(periodic).extracting(ExamDueItem::sourceExamId).containsOnly(exam.id());
		// Seen from 2026-06-15: 351 days left, not on the overdue list; from 2027-06-02 both are overdue.
		assertThat(periodic.get(0).deadline().daysLeft()).isEqualTo(351);
		ScopeFilter county = new ScopeFilter("330105", null, null, null, null, null);
		ExamDueFilter overdue = new ExamDueFilter(null, this.employer.id(), null, null, "overdue", null, null, null);
		assertThat(this.schedule.count(county, "", overdue, TODAY)).isZero();
		assertThat(this.schedule.count(county, "", overdue, LocalDate.of(2027, 6, 2))).isEqualTo(2);
		// The employer's manager sees them on their own list; another employer's manager does not.
		ScopeFilter own = ScopeFilter.of(ExamFixtures.managerOf(this.employer), java.util.Optional.empty());
		assertThat(this.schedule.count(own, "", ExamDueFilter.ofEmployer(this.employer.id()), TODAY)).isEqualTo(2);
	}

	@Test
	void aRecheckWithoutADateIsDueAfterTheCatalogsDefaultPeriod() {
		ExamView exam = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY,
				new ExamCommand.HazardConclusion(ExamFixtures.NOISE, ExamConclusion.RECHECK, null, null, null),
				ExamFixtures.audiogram(20, 25, 30, 15, 15, 20)));
		// D-RECHECK 90 days: 2026-06-01 + 90 = 2026-08-30 (29 days to 30 June, 31 in July, 30 in August).
		ExamConcluded concluded = this.events.stream(ExamConcluded.class)
			.filter(e -> e.examId() == exam.id())
			.findFirst()
			.orElseThrow();
		assertThat(concluded.conclusions()).singleElement()
			.satisfies(c -> assertThat(c.recheckOn()).isEqualTo(LocalDate.of(2026, 8, 30)));
		List<ExamDueItem> recheck = eventually(() -> open(ExamDueKind.RECHECK), l -> l.size() == 1);
		assertThat(recheck.get(0).deadline().dueOn()).isEqualTo(LocalDate.of(2026, 8, 30));
		assertThat(recheck.get(0).deadline().daysLeft()).isEqualTo(76);
	}

	@Test
	void aContraindicationOpensAJobTransferTaskThatTheEmployerCompletes() {
		ExamView exam = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY,
				new ExamCommand.HazardConclusion(ExamFixtures.NOISE, ExamConclusion.CONTRAINDICATION, null,
						"高频段 3000、4000、6000 Hz 双耳平均听阈≥40 dB", null),
				ExamFixtures.audiogram(40, 45, 50, 40, 45, 50)));
		// D-JOB_TRANSFER 30 days: 2026-06-01 + 30 = 2026-07-01.
		assertThat(this.events.stream(ContraindicationFound.class).filter(e -> e.examId() == exam.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.transferDueOn()).isEqualTo(LocalDate.of(2026, 7, 1));
				assertThat(e.hazardCode()).isEqualTo(ExamFixtures.NOISE);
			});
		Actor manager = ExamFixtures.managerOf(this.employer);
		ExamTaskView task = eventually(() -> this.tasks.search(manager, null, "JOB_TRANSFER", "open", this.employer.id(),
				PageQuery.of(1, 10)).items(), l -> l.size() == 1).get(0);
		assertThat(task.dueOn()).isEqualTo(LocalDate.of(2026, 7, 1));
		assertThat(task.done()).isFalse();
		// The institution reports, but the transfer is the employer's to record.
		assertThatThrownBy(() -> this.tasks.complete(this.staff, task.id(), LocalDate.now(), "已调岗"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.tasks.complete(manager, task.id(), LocalDate.now(), " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("outcome"));
		ExamTaskView done = this.tasks.complete(manager, task.id(), LocalDate.now(), "调至包装车间包装工岗位（无噪声）");
		assertThat(done.done()).isTrue();
		assertThat(done.deadline()).isNull();
		assertThat(this.tasks.search(manager, null, "JOB_TRANSFER", "open", this.employer.id(), PageQuery.of(1, 10))
			.total()).isZero();
		assertThatThrownBy(() -> this.tasks.complete(manager, task.id(), LocalDate.now(), "再次"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("surveillance.task.alreadyDone"));
	}

	@Test
	void aSuspectedDiseaseIsPublishedWithItsReportDeadlineAndOpensAReport() {
		ExamView exam = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY,
				new ExamCommand.HazardConclusion(ExamFixtures.NOISE, ExamConclusion.SUSPECTED_DISEASE, "4001", null, null),
				ExamFixtures.audiogram(45, 50, 60, 45, 50, 55)));
		// D-SUSPECTED_REPORT 15 days: 2026-06-01 + 15 = 2026-06-16.
		SuspectedDiseaseFound event = this.events.stream(SuspectedDiseaseFound.class)
			.filter(e -> e.examId() == exam.id())
			.findFirst()
			.orElseThrow();
		assertThat(event.reportDueOn()).isEqualTo(LocalDate.of(2026, 6, 16));
		assertThat(event.workerId()).isEqualTo(this.workerId);
		assertThat(event.employerId()).isEqualTo(this.employer.id());
		assertThat(event.institutionId()).isEqualTo(this.institution.id());
		assertThat(event.regionCode()).isEqualTo("330105001");
		ExamTaskView report = eventually(() -> this.tasks.search(this.staff, null, "SUSPECTED_REPORT", null, null,
				PageQuery.of(1, 10)).items(), l -> !l.isEmpty()).get(0);
		assertThat(report.dueOn()).isEqualTo(LocalDate.of(2026, 6, 16));
		assertThat(report.examId()).isEqualTo(exam.id());
	}

	@Test
	void findsAStandardThresholdShiftAgainstTheBaselineAudiogram() {
		ExamView baseline = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.PRE_PLACEMENT,
				LocalDate.of(2025, 6, 10), ExamFixtures.normal(ExamFixtures.NOISE),
				ExamFixtures.audiogram(10, 15, 20, 10, 10, 15)));
		ExamView current = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY,
				ExamFixtures.normal(ExamFixtures.NOISE), ExamFixtures.audiogram(20, 25, 35, 15, 15, 20)));
		// Left: (20−10) + (25−15) + (35−20) = 10 + 10 + 15 = 35 → 35 / 3 = 11.67 dB ≥ 10: a shift.
		// Right: (15−10) + (15−10) + (20−15) = 15 → 5.00 dB.
		ExamView assessed = eventually(() -> this.exams.find(this.staff, current.id()), e -> e.shift() != null);
		assertThat(assessed.thresholdShift()).isTrue();
		assertThat(assessed.shift().baselineExamId()).isEqualTo(baseline.id());
		assertThat(assessed.shift().leftShiftDb()).isEqualByComparingTo(new BigDecimal("11.67"));
		assertThat(assessed.shift().rightShiftDb()).isEqualByComparingTo(new BigDecimal("5.00"));
		// The baseline itself is not assessed.
		assertThat(this.exams.find(this.staff, baseline.id()).thresholdShift()).isNull();
	}

	@Test
	void anInstitutionSeesOnlyItsOwnExams() {
		ExamView exam = record(ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY,
				ExamFixtures.normal(ExamFixtures.NOISE), ExamFixtures.audiogram(10, 10, 10, 10, 10, 10)));
		Actor other = ExamFixtures.staffOf(ExamFixtures.institution(this.agencies, ExamFixtures.county(), "3"));
		assertThat(this.exams.search(this.staff, ExamFilter.ofWorker(this.workerId), PageQuery.of(1, 10)).total())
			.isEqualTo(1);
		assertThat(this.exams.search(other, ExamFilter.ofWorker(this.workerId), PageQuery.of(1, 10)).total()).isZero();
		assertThatThrownBy(() -> this.exams.find(other, exam.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.exams.ofWorker(other, this.workerId)).isEmpty();
		// The county supervisor and the employer's manager see it; another county does not.
		assertThat(this.exams.find(ExamFixtures.county(), exam.id()).number()).isEqualTo(exam.number());
		assertThat(this.exams.find(ExamFixtures.managerOf(this.employer), exam.id()).conclusions()).hasSize(1);
		Actor xihu = DeclarationFixtures.supervisor("330106");
		assertThatThrownBy(() -> this.exams.find(new Actor(1, "x", "x", "330106", xihu.scope(),
				java.util.Set.of("surveillance:exam:read"), "127.0.0.1", Actor.Channel.UI), exam.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void refusesAHazardTheInstitutionIsNotQualifiedForAndWritesNothing() {
		AgencyView physicalOnly = ExamFixtures.institution(this.agencies, ExamFixtures.county(), "3");
		Actor staff = ExamFixtures.staffOf(physicalOnly);
		long before = this.jdbc.sql("select count(*) from surveillance.exam").query(Long.class).single();
		ExamCommand both = ExamFixtures.noiseAndSilica(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY);
		assertThatThrownBy(() -> this.transactions.execute(status -> this.onFixedDay.record(staff, both)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field, InvalidInputException.FieldError::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("conclusions[1].hazardCode",
						"surveillance.exam.notQualified")));
		assertThat(this.jdbc.sql("select count(*) from surveillance.exam").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theReportIsIssuedWithTheConclusionSignedAndVerifiableByThePublic() {
		ExamView exam = record(ExamFixtures.noiseAndSilica(this.employer, this.idNumber, ExamType.IN_SERVICE, EXAM_DAY));
		// Issued when the exam is concluded, in the institution's name: nobody had to download it first.
		assertThat(exam.reportNumber()).isEqualTo("BG" + exam.number().substring(2));
		assertThat(exam.reportCode()).isNotNull();
		// The employer reads it at once, as issued.
		byte[] pdf = this.exams.report(ExamFixtures.managerOf(this.employer), exam.id());
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(exam.reportSha256()).isEqualTo(org.ohsonline.shared.Hashes.sha256Hex(pdf));
		assertThat(this.documents.matches(exam.reportCode(), pdf)).contains(true);
		assertThat(this.documents.verify(exam.reportCode())).isPresent();
		// Served as issued afterwards, to the institution too.
		assertThat(this.exams.report(this.staff, exam.id())).isEqualTo(pdf);
	}

	@Test
	void requiresTheItemsTheRulesNameForEachHazard() {
		// Silica (I-1038-II) requires the chest radiograph 3080200 and lung function 3020000.
		ExamCommand withoutChest = new ExamCommand(null, this.employer.creditCode(), this.idNumber, ExamType.IN_SERVICE,
				EXAM_DAY, List.of(ExamFixtures.normal(ExamFixtures.SILICA)), List.of(), null, new BigDecimal("90"),
				new BigDecimal("88"), new BigDecimal("80"), null, null, null, null, null, List.of(), null);
		assertThat(this.onFixedDay.check(this.staff, withoutChest)).extracting(InvalidInputException.FieldError::code)
			.containsExactly("surveillance.exam.itemMissing");
	}

}
