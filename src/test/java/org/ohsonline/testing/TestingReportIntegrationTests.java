package org.ohsonline.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationCommand;
import org.ohsonline.declaration.DeclarationFixtures;
import org.ohsonline.declaration.DeclarationKind;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.declaration.DeclarationFixtures.eventually;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * What follows an agency's review of a job: the report is issued once, as a Chinese PDF whose text
 * (read back with pdftotext) carries the headings and the figures, whose QR code verifies it on the
 * public page and rejects a tampered copy; a correction is a new edition with its reason; the
 * testing clock restarts; and a factor the declaration does not list starts a declaration clock.
 */
@IntegrationTest
class TestingReportIntegrationTests {

	@Autowired
	TestingJobs jobs;

	@Autowired
	TestingReports reports;

	@Autowired
	TestingClocks clocks;

	@Autowired
	Declarations declarations;

	@Autowired
	DeclarationClocks declarationClocks;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	TestingFixtures.Setting s;

	JobView job;

	@BeforeEach
	void reviewAJob() {
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
		// The employer declared noise only (3008); the job will find benzene (2013) as well.
		Actor manager = DeclarationFixtures.manager(this.s.employer());
		DeclarationView declared = this.declarations.draft(manager, new DeclarationCommand(this.s.employer().id(),
				DeclarationKind.INITIAL, List.of(), "隔声罩", 20, DeclarationFixtures.MANAGEMENT,
				List.of(new DeclarationCommand.Item("3008", 20, "电焊工", "耳塞"))));
		this.declarations.submit(manager, declared.id());
		this.declarations.accept(DeclarationFixtures.supervisor("330105"), declared.id());

		long post = this.s.post().id();
		JobView draft = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		this.jobs.addResults(this.s.author(), draft.id(),
				List.of(TestingFixtures.benzene(post, "B-1", "08:00", "12:00", null, "2.0"),
						TestingFixtures.benzene(post, "B-2", "13:00", "17:00", null, "1.0"),
						TestingFixtures.benzeneNotDetected(post, "B-3", "08:00", "08:15", "0.05"),
						TestingFixtures.noise(post, "N-1", "08:00", "12:00", "90"),
						TestingFixtures.noise(post, "N-2", "13:00", "17:00", "80")));
		this.jobs.submit(this.s.author(), draft.id());
		this.job = this.jobs.accept(this.s.reviewer(), draft.id());
	}

	private ReportView issued() {
		List<ReportView> found = eventually(() -> this.reports.ofJob(this.s.author(), this.job.id()), r -> !r.isEmpty());
		assertThat(found).as("the report is issued after the review").hasSize(1);
		return found.get(0);
	}

	@Test
	void theReportCarriesTheJobAndAQrCodeThatVerifiesItAndRejectsATamperedCopy() throws Exception {
		ReportView report = issued();
		assertThat(report.edition()).isEqualTo(1);
		assertThat(report.number()).isEqualTo(this.job.number());
		byte[] pdf = this.reports.pdf(this.s.author(), report.id());
		assertThat(pdf).startsWith("%PDF".getBytes());

		String text = PdfReading.text(pdf, this.temp);
		assertThat(text).contains("职业病危害因素定期检测报告", "报告编号：" + this.job.number(), this.s.employer().name(),
				this.s.agency().name(), "一、用人单位基本情况", "四、检测结果与判定", "五、岗位判定结论",
				"六、作业分级（GBZ/T 229）", "七、接触评估统计", "八、参与人员", this.s.sampler().name(), this.s.analyst().name(),
				"核验码：" + report.verificationCode());
		// Every result is printed, the non-detect with its limit of detection.
		assertThat(text).contains("B-1", "B-2", "B-3", "N-1", "N-2", "<0.05 mg/m³", "共 5 个检测结果");
		// Noise: L_EX,8h = 10·lg((4·10^9.0 + 4·10^8.0)/8) = 10·lg(5.5 × 10^8) = 87.4 dB(A) > 85 → 不符合,
		// printed on the post's verdict line in full, the factor by its name.
		assertThat(text).contains("3008 噪声: L_EX,8h 87.4 > 限值 85 dB(A)");
		// Benzene: C_TWA of the day = (2.0·240 + 1.0·240) / 480 = 1.5 mg/m³ ≤ PC-TWA 6 → 符合.
		assertThat(text).contains("C_TWA 1.5 / PC-TWA 6");

		String url = PdfReading.qrCode(pdf, -1);
		assertThat(url).endsWith("/verify/" + report.verificationCode());
		String path = URI.create(url).getPath();
		String page = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("职业病危害因素检测评价报告", this.job.number(), report.sha256(), "有效")
			.doesNotContain(this.s.employer().name());
		String same = this.mvc.perform(multipart(path).file(new MockMultipartFile("file", "r.pdf", "application/pdf", pdf))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(same).contains("完全一致");
		String changed = this.mvc.perform(multipart(path)
			.file(new MockMultipartFile("file", "r.pdf", "application/pdf", PdfReading.tampered(pdf)))
			.with(csrf())).andReturn().getResponse().getContentAsString();
		assertThat(changed).contains("不一致").doesNotContain("完全一致");

		// Another agency, and a supervisor of another county, cannot reach it.
		Actor otherAgency = TestingFixtures.agencyActor(
				new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
					.setting("330106", "330105")
					.agency(), "reader");
		assertThatThrownBy(() -> this.reports.pdf(otherAgency, report.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reports.ofJob(TestingFixtures.supervisor("330106"), this.job.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.reports.ofJob(TestingFixtures.supervisor("3301"), this.job.id())).hasSize(1);
	}

	@Test
	void aCorrectionIsANewEditionWithItsReasonAndTheFirstIsMarkedReplaced() throws Exception {
		ReportView first = issued();
		assertThatThrownBy(() -> this.reports.reissue(this.s.reviewer(), this.job.id(), "  "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("testing.report.reasonRequired"));
		assertThatThrownBy(() -> this.reports.reissue(TestingFixtures.supervisor("330105"), this.job.id(), "更正"))
			.isInstanceOf(org.ohsonline.shared.AccessDeniedException.class);

		ReportView second = this.reports.reissue(this.s.reviewer(), this.job.id(), "更正采样方法依据的标准编号");
		assertThat(second.edition()).isEqualTo(2);
		assertThat(second.number()).isEqualTo(this.job.number() + "-2");
		assertThat(second.sha256()).isNotEqualTo(first.sha256());
		assertThat(this.reports.ofJob(this.s.author(), this.job.id())).extracting(ReportView::edition, ReportView::current)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
		// The first edition is kept byte for byte as issued.
		assertThat(org.ohsonline.shared.Hashes.sha256Hex(this.reports.pdf(this.s.author(), first.id())))
			.isEqualTo(first.sha256());

		String text = PdfReading.text(this.reports.pdf(this.s.author(), second.id()), this.temp);
		assertThat(text).contains("第 2 版", "更正采样方法依据的标准编号");
		String old = this.mvc.perform(get("/verify/" + first.verificationCode())).andReturn().getResponse().getContentAsString();
		assertThat(old).contains("已被取代", second.verificationCode());
	}

	@Test
	void theReviewRestartsTheTestingClockAndAnUndeclaredFactorStartsADeclarationClock() {
		Actor system = Actor.system("test");
		Optional<ValidityClockView> testing = eventually(() -> this.clocks.ofEmployer(system, this.s.employer().id())
			.stream()
			.filter(c -> c.kind() == ValidityKind.TESTING)
			.findFirst(), c -> c.isPresent() && Long.valueOf(this.job.id()).equals(c.get().lastJobId()));
		assertThat(testing).get().satisfies(c -> {
			assertThat(c.lastDoneOn()).isEqualTo(this.job.reviewedOn());
			// 33 金属制品业 is serious: the next testing is due a year after the review.
			assertThat(c.dueOn()).isEqualTo(this.job.reviewedOn().plusMonths(12));
		});

		List<ClockView> pending = eventually(() -> this.declarationClocks.pending(system, this.s.employer().id()),
				p -> p.stream().anyMatch(c -> c.reason().equals("TEST_RESULTS_CHANGE")));
		assertThat(pending).filteredOn(c -> c.reason().equals("TEST_RESULTS_CHANGE")).singleElement().satisfies(c -> {
			assertThat(c.startedOn()).isEqualTo(this.job.reviewedOn());
			assertThat(c.dueOn()).isEqualTo(this.job.reviewedOn().plusDays(15));
			assertThat(c.source()).isEqualTo(this.job.number());
		});
	}

}
