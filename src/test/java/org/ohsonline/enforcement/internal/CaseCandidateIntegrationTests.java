package org.ohsonline.enforcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.Candidate;
import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Opening a case straight from a candidate of the inspector's queue: a monitoring alert confirmed as a violation and a
 * rectification item past its deadline. The case carries the candidate's reference; the candidate must still be one;
 * the violation must be a penalty article (and existing item) of the benchmark; one case per candidate; another
 * county's candidate does not exist for the inspector; refusals save nothing.
 */
@IntegrationTest
class CaseCandidateIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final Set<String> INSPECTOR = Set.of("enforcement:case:read", "enforcement:case:write", "monitoring:alert:read",
			"risk:rectification:read", "risk:rectification:review");

	@Autowired
	CaseCandidates candidates;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	@Autowired
	Rectifications rectifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("inspectorEnforcementCard")
	HomeCard inspectorCard;

	MonitoringFixtures.Site site;

	DeviceView device;

	static Actor inspector(String region, Set<String> permissions) {
		return new Actor(9402, "candidate-inspector-" + region, "线索执法员", region, Scope.region(region), permissions,
				"127.0.0.1", Actor.Channel.UI);
	}

	final Actor gongshu = inspector("330105", INSPECTOR);

	@BeforeEach
	void employerWithDevice() {
		this.site = new MonitoringFixtures(this.employers, this.workers, this.devices).site();
		this.device = new MonitoringFixtures(this.employers, this.workers, this.devices).device(this.site, "2184", "mg/m³",
				10, 200);
	}

	/** An alert of the device in the given status, confirmed (resolved) yesterday when CONFIRMED. */
	long alert(String status) {
		Instant at = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		return this.jdbc.sql("""
				insert into monitoring.alert (device_id, kind, status, region_code, employer_id, employer_credit_code, post_id,
				  observed, exposure_limit, unit, first_at, last_at, occurrences, received_at, raised_at, acknowledge_due,
				  inspector, resolved_at, resolution_note)
				values (:device, 'CEILING', :status, :region, :employer, :credit, :post, 15, 10, 'mg/m³', :at, :at, 1, :at, :at,
				  :at, 'candidate-inspector', case when :status = 'CONFIRMED' then cast(:at as timestamptz) end,
				  case when :status = 'CONFIRMED' then '调取视频，确认超标作业' end) returning id""")
			.param("device", this.device.id())
			.param("status", status)
			.param("region", this.site.employer().regionCode())
			.param("employer", this.site.employer().id())
			.param("credit", this.site.employer().creditCode())
			.param("post", this.site.post().id())
			.param("at", java.sql.Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	long casesFrom(CandidateKind kind, long id) {
		return this.jdbc.sql("select count(*) from enforcement.enf_case where candidate_kind = :k and candidate_id = :id")
			.param("k", kind.name())
			.param("id", id)
			.query(Long.class)
			.single();
	}

	/** The inspector's home line of candidates waiting for a case. */
	long waitingOnHome() {
		return this.inspectorCard.view(this.gongshu)
			.lines()
			.stream()
			.filter(line -> line.key().equals("enforcement-candidates"))
			.findFirst()
			.orElseThrow()
			.count();
	}

	@Test
	void theHomeCardCountsEveryCandidateWaitingNotOnlyTheFirstPage() {
		long before = waitingOnHome();
		// More than a page of the queue (200), and more than the 50 the card once read.
		List<Long> alerts = new java.util.ArrayList<>();
		for (int i = 0; i < 201; i++) {
			alerts.add(alert("CONFIRMED"));
		}
		assertThat(waitingOnHome() - before).isEqualTo(201);
		this.candidates.open(this.gongshu, CandidateKind.ALERT, alerts.get(0), 72, 1, "经核查确认超标", null);
		assertThat(waitingOnHome() - before).as("a candidate with its case no longer waits").isEqualTo(200);
	}

	@Test
	void opensACaseFromAConfirmedAlertThatCarriesTheAlertsReference() {
		long alert = alert("CONFIRMED");
		Candidate candidate = this.candidates.find(this.gongshu, CandidateKind.ALERT, alert);
		assertThat(candidate.eligible()).isTrue();
		assertThat(candidate.employerId()).isEqualTo(this.site.employer().id());
		assertThat(candidate.creditCode()).isEqualTo(this.site.employer().creditCode());
		// an exceedance is Art. 72(1): 工作场所职业病危害因素的强度或者浓度超过国家职业卫生标准的
		assertThat(candidate.suggested().key()).isEqualTo("72.1");
		// the benchmark covers Arts. 70–75; Art. 72 has 11 items, Art. 73 none
		assertThat(candidate.articles()).extracting(Candidate.Article::article).containsExactly(70, 71, 72, 73, 74, 75);
		assertThat(candidate.articles()).contains(new Candidate.Article(72, 11), new Candidate.Article(73, 0));

		CaseView opened = this.candidates.open(this.gongshu, CandidateKind.ALERT, alert, 72, 1,
				"在线监测设备显示硫化氢浓度 15 mg/m³，超过 MAC 10 mg/m³，经核查确认", null);
		assertThat(opened.candidateKind()).isEqualTo(CandidateKind.ALERT);
		assertThat(opened.candidateId()).isEqualTo(alert);
		assertThat(opened.inspectionId()).isNull();
		assertThat(opened.employerId()).isEqualTo(this.site.employer().id());
		assertThat(opened.regionCode()).isEqualTo(this.site.employer().regionCode());
		assertThat(opened.violation().text()).isEqualTo("职业病防治法（2018年修正）第七十二条第一项");
		ActionCode code = ActionCode.parse(opened.actionCode()).orElseThrow();
		assertThat(code.kind()).isEqualTo(ActionCode.Kind.PENALTY);
		assertThat(code.region()).isEqualTo("330105");
		assertThat(opened.decisionDue()).isEqualTo(opened.filedOn().plusDays(90));
		assertThat(opened.steps()).singleElement().satisfies(s -> {
			assertThat(s.step()).isEqualTo(CaseStep.FILED);
			assertThat(s.data()).contains("\"candidate\":\"ALERT:" + alert + "\"");
		});
		assertThat(opened.chainIntact()).isTrue();
		// the queue links the alert to its case, and the form says so
		assertThat(this.candidates.opened(this.gongshu, CandidateKind.ALERT, List.of(alert)).get(alert).actionCode())
			.isEqualTo(opened.actionCode());
		assertThat(this.candidates.find(this.gongshu, CandidateKind.ALERT, alert).caseId()).isEqualTo(opened.id());
		// one case per candidate
		assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.ALERT, alert, 72, 1, "再次立案", null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("enforcement.candidate.caseExists"));
		assertThat(casesFrom(CandidateKind.ALERT, alert)).isEqualTo(1);
	}

	@Test
	void refusesWhatIsNotACandidateOrNotAPenaltyArticleAndSavesNothing() {
		long raised = alert("RAISED");
		assertThat(this.candidates.find(this.gongshu, CandidateKind.ALERT, raised).eligible()).isFalse();
		assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.ALERT, raised, 72, 1, "尚未核查", null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::code)
				.containsExactly("enforcement.candidate.notACandidate"));
		long confirmed = alert("CONFIRMED");
		// Art. 76 is not in the benchmark; Art. 72 has no 12th item and must be cited with one; Art. 73 has none
		for (int[] violation : new int[][] { { 76, 0 }, { 72, 12 }, { 72, 0 }, { 73, 1 } }) {
			assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.ALERT, confirmed, violation[0],
					violation[1], "事实", null))
				.as("Art. %d item %d", violation[0], violation[1])
				.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
					.extracting(InvalidInputException.FieldError::field)
					.containsExactly("article"));
		}
		LocalDate today = LocalDate.now(ZONE);
		assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.ALERT, confirmed, 72, 1, " ",
				today.plusDays(1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactlyInAnyOrder("facts", "filedOn"));
		// filed before the alert was confirmed
		assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.ALERT, confirmed, 72, 1, "事实",
				today.minusDays(5)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(casesFrom(CandidateKind.ALERT, raised) + casesFrom(CandidateKind.ALERT, confirmed)).isZero();
	}

	@Test
	void opensACaseFromARectificationItemOnlyOnceItIsPastItsDeadline() {
		Actor reviewer = inspector("330105", INSPECTOR);
		String finding = "CANDIDATE-TEST:" + System.nanoTime();
		// the risk module builds the new employer's portrait from the register's event: wait for it
		long item = org.ohsonline.Eventually.eventually(() -> {
			try {
				return this.rectifications.openForInspection(reviewer, this.site.employer().id(), finding,
						"按规定及时、如实申报职业病危害项目", "职业病防治法（2018年修正）第十六条", LocalDate.now(ZONE),
						"/enforcement/candidates");
			}
			catch (NotFoundException ex) {
				return null;
			}
		}, java.util.Objects::nonNull);
		assertThat(this.candidates.find(this.gongshu, CandidateKind.RECTIFICATION, item).eligible()).isFalse();
		assertThatThrownBy(() -> this.candidates.open(this.gongshu, CandidateKind.RECTIFICATION, item, 71, 1, "逾期未改正", null))
			.isInstanceOf(InvalidInputException.class);
		// the deadline passed (moved into the past behind the facade: the facade refuses a deadline in the past)
		this.jdbc.sql("update risk.rectification set due_on = :due where id = :id")
			.param("due", LocalDate.now(ZONE).minusDays(3))
			.param("id", item)
			.update();
		Candidate candidate = this.candidates.find(this.gongshu, CandidateKind.RECTIFICATION, item);
		assertThat(candidate.eligible()).isTrue();
		assertThat(candidate.subject()).isEqualTo("INSPECTION_FINDING");
		assertThat(candidate.since()).isEqualTo(LocalDate.now(ZONE).minusDays(3));
		CaseView opened = this.candidates.open(this.gongshu, CandidateKind.RECTIFICATION, item, 71, 1,
				"责令限期改正逾期仍未申报", null);
		assertThat(opened.candidateKind()).isEqualTo(CandidateKind.RECTIFICATION);
		assertThat(opened.candidateId()).isEqualTo(item);
		assertThat(opened.violation().text()).isEqualTo("职业病防治法（2018年修正）第七十一条第一项");
	}

	@Test
	void anotherCountysCandidateDoesNotExistForTheInspectorAndReadersCannotOpen() {
		long alert = alert("CONFIRMED");
		Actor xihu = inspector("330106", INSPECTOR);
		assertThatThrownBy(() -> this.candidates.find(xihu, CandidateKind.ALERT, alert)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.candidates.open(xihu, CandidateKind.ALERT, alert, 72, 1, "越权立案", null))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.candidates.opened(xihu, CandidateKind.ALERT, List.of(alert))).isEmpty();
		Actor reader = inspector("330105", Set.of("enforcement:case:read", "monitoring:alert:read"));
		assertThatThrownBy(() -> this.candidates.open(reader, CandidateKind.ALERT, alert, 72, 1, "无权立案", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(casesFrom(CandidateKind.ALERT, alert)).isZero();
	}

}
