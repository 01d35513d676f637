package org.ohsonline.diagnosis.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.RehabService;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worker record's diagnosis card (一人一档): a worker with a silicosis certificate delivered 23
 * days ago and rehabilitation at a station, and a colleague with a case just applied for. The worker
 * sees their own case, its appraisal window due in 7 days (amber), the certificate and their
 * rehabilitation, and downloads the certificate; they see nothing of the colleague. A supervisor of
 * the county sees it all, one of another city nothing; the employer's manager the case but not the
 * rehabilitation (no rehabilitation permission).
 */
@IntegrationTest
class DiagnosisWorkerSectionIntegrationTests {

	@Autowired DiagnosisWorkerSection section;

	@Autowired Diagnoses diagnoses;

	@Autowired Rehabilitation rehabilitation;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired PiiCipher cipher;

	@Autowired MockMvc mvc;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	DiagnosisFixtures fixtures;

	TestUsers users;

	EmployerView employer;

	String idNumber;

	long workerId;

	long colleagueId;

	CaseView certified;

	CaseView applied;

	Rehabilitation.StationView station;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.users = new TestUsers(this.administration, this.details);
		this.today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
		this.employer = this.fixtures.employer("330105001");
		this.idNumber = this.fixtures.hire(this.employer);
		this.workerId = this.fixtures.workerId(this.employer, this.idNumber);
		String colleague = this.fixtures.hire(this.employer);
		this.colleagueId = this.fixtures.workerId(this.employer, colleague);
		AgencyView institution = this.fixtures.institution("330105");
		this.fixtures.inPerson(institution, this.idNumber);
		this.fixtures.inPerson(institution, colleague);
		Actor staff = DiagnosisFixtures.staffOf(institution);
		CaseView c = this.diagnoses.apply(staff, new ApplicationCommand(this.workerId, this.employer.id(), institution.id(),
				Applicant.WORKER, this.today.minusDays(45), List.of(silica), null));
		for (CaseView.Material m : c.materials()) {
			this.diagnoses.recordMaterial(staff, c.id(), new MaterialCommand(m.code(), this.today.minusDays(40), false, null));
		}
		this.diagnoses.diagnose(staff, c.id(), new DiagnosisCommand(this.today.minusDays(30), true, "1101", "矽肺壹期",
				"ZD-REC-" + c.id()));
		this.certified = this.diagnoses.deliverCertificate(staff, c.id(), this.today.minusDays(23));
		this.applied = this.diagnoses.apply(staff, new ApplicationCommand(this.colleagueId, this.employer.id(),
				institution.id(), Applicant.WORKER, this.today, List.of(silica), null));

		this.station = this.rehabilitation.registerStation(DiagnosisFixtures.supervisor("330105"),
				new Rehabilitation.StationCommand("档案测试康复站", AgencyFixtures.creditCode("330105"), "330105001",
						"测试路 9 号", 10));
		Actor stationStaff = new Actor(31, "station-" + this.station.id(), "康复站医生", "330105",
				new Scope(Scope.Kind.INSTITUTION, this.station.creditCode()),
				java.util.Set.of("diagnosis:rehab:read", "diagnosis:rehab:write"), "127.0.0.1", Actor.Channel.UI);
		Rehabilitation.PatientView patient = this.rehabilitation.enrol(stationStaff, this.station.id(),
				this.certified.number(), this.today.minusDays(10));
		this.rehabilitation.recordVisit(stationStaff, patient.id(), null, this.today.minusDays(3),
				EnumSet.of(RehabService.BREATHING_TRAINING), "呼吸训练 30 分钟");
		this.rehabilitation.book(stationStaff, patient.id(), this.today.plusDays(4), EnumSet.of(RehabService.OXYGEN_THERAPY));
	}

	@SuppressWarnings("unchecked")
	private static List<CaseView> cases(Map<String, Object> model) {
		return (List<CaseView>) model.get("diagnosisCases");
	}

	@SuppressWarnings("unchecked")
	private static List<Rehabilitation.WorkerRehab> rehab(Map<String, Object> model) {
		return (List<Rehabilitation.WorkerRehab>) model.get("diagnosisRehab");
	}

	@Test
	void theWorkerSeesTheirOwnCaseClockCertificateAndRehabilitationButNotAColleagues() {
		Actor worker = this.fixtures.worker(this.idNumber);
		Map<String, Object> own = this.section.model(worker, this.workerId);
		assertThat(cases(own)).singleElement().satisfies(c -> {
			assertThat(c.number()).isEqualTo(this.certified.number());
			assertThat(c.status()).isEqualTo(CaseStatus.CERTIFIED);
			assertThat(c.certificateCode()).isNotNull();
			assertThat(c.disease().code()).isEqualTo("1101");
			// Delivered 23 days ago, a 30-day appraisal window: due in 30 - 23 = 7 days.
			CaseClock window = c.clock(ClockKind.APPRAISAL).orElseThrow();
			assertThat(window.open()).isTrue();
			assertThat(window.dueOn()).isEqualTo(this.today.minusDays(23).plusDays(30));
			assertThat(window.deadline().daysLeft()).isEqualTo(7);
		});
		assertThat(rehab(own)).singleElement().satisfies(r -> {
			assertThat(r.stationName()).isEqualTo("档案测试康复站");
			assertThat(r.patient().enrolledOn()).isEqualTo(this.today.minusDays(10));
			assertThat(r.upcoming()).singleElement().satisfies(a -> assertThat(a.scheduledOn()).isEqualTo(this.today.plusDays(4)));
			assertThat(r.visits()).singleElement().satisfies(v -> assertThat(v.outcomeNotes()).isEqualTo("呼吸训练 30 分钟"));
		});

		Map<String, Object> colleague = this.section.model(worker, this.colleagueId);
		assertThat(cases(colleague)).isEmpty();
		assertThat(rehab(colleague)).isEmpty();
	}

	@Test
	void supervisorsInScopeSeeTheCardOutOfScopeNothingAndTheEmployerNoRehabilitation() {
		Map<String, Object> county = this.section.model(DiagnosisFixtures.supervisor("330105"), this.workerId);
		assertThat(cases(county)).extracting(CaseView::number).containsExactly(this.certified.number());
		assertThat(rehab(county)).hasSize(1);
		assertThat(cases(this.section.model(DiagnosisFixtures.supervisor("330105"), this.colleagueId)))
			.extracting(CaseView::number).containsExactly(this.applied.number());

		Map<String, Object> elsewhere = this.section.model(DiagnosisFixtures.supervisor("3302"), this.workerId);
		assertThat(cases(elsewhere)).isEmpty();
		assertThat(rehab(elsewhere)).isEmpty();

		Map<String, Object> manager = this.section.model(DiagnosisFixtures.managerOf(this.employer), this.workerId);
		assertThat(cases(manager)).extracting(CaseView::number).containsExactly(this.certified.number());
		assertThat(rehab(manager)).isEmpty();
	}

	@Test
	void theWorkersRecordPageShowsTheCardAndTheCertificateDownloadsOnlyForTheWorker() throws Exception {
		String username = "dx-record-" + this.idNumber.substring(10);
		this.users.ensureScoped(username, "WORKER", "3301", Scope.Kind.PERSON, this.cipher.blindIndex(this.idNumber));
		String page = this.mvc.perform(get("/workers/{id}", this.workerId).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"diagnosis-record\"", this.certified.number(), "clock-soon",
				"/diagnosis/cases/" + this.certified.id() + "/certificate.pdf", "data-testid=\"record-rehab\"",
				"档案测试康复站", "呼吸训练 30 分钟")
			.doesNotContain(this.applied.number());
		this.mvc.perform(get("/diagnosis/cases/{id}/certificate.pdf", this.certified.id()).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get("/workers/{id}", this.colleagueId).with(this.users.as(username)))
			.andExpect(status().isNotFound());

		this.users.ensure("dx-record-ningbo", "MUNICIPAL_SUPERVISOR", "3302", null);
		this.mvc.perform(get("/workers/{id}", this.workerId).with(this.users.as("dx-record-ningbo")))
			.andExpect(status().isNotFound());
	}

}
