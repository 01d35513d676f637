package org.ohsonline.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.agency.JobType;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Scope;
import org.ohsonline.testing.JobView.GradeStatus;
import org.ohsonline.testing.JobView.GradeView;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.Eventually.eventually;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Job grading (GBZ/T 229) through the job flow — plan inputs, results, judgement, grade stored with
 * its weights, the job page, the Excel export and the report PDF — and noise judged as L_EX,W at a
 * post whose working week is irregular. The tables are the bundled ones (chemical-grading
 * GBZ/T 229.2-2010: W_D 轻1/中2/高4/极8, W_L Ⅰ1.0 Ⅱ1.5 Ⅲ2.0 Ⅳ2.5, W_B = 0 when B ≤ 1 else B,
 * G ≤ 1 → 0, ≤ 6 → Ⅰ, ≤ 24 → Ⅱ, above → Ⅲ; dust-grading GBZ/T 229.1-2010: W_M 1/2/4/6 by free
 * silica, W_B = B − 1 above the limit, G ≤ 6 → Ⅰ, ≤ 16 → Ⅱ; noise-grading GBZ/T 229.4-2012:
 * 85/90/95/100 dB(A) → Ⅰ–Ⅳ); no heat-grading table is bundled.
 */
@IntegrationTest
class TestingGradingIntegrationTests {

	@Autowired
	TestingJobs jobs;

	@Autowired
	TestingReports reports;

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
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path temp;

	TestingFixtures.Setting s;

	StructureViews.Post dustPost;

	TestUsers users;

	String login;

	final LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
		this.dustPost = new RegistryFixtures(this.employers, this.workers)
			.post(TestingFixtures.registrar("330105"), this.s.employer().id(), "1038");
		this.users = new TestUsers(this.administration, this.details);
		this.login = "grading-" + this.s.agency().id();
		this.users.ensureScoped(this.login, "AGENCY_STAFF", "330105", Scope.Kind.AGENCY, this.s.agency().creditCode());
	}

	@Test
	void gradesAChemicalADustAndNoiseByPostAndPrintsTheFormulasOnThePageTheExportAndTheReport() throws Exception {
		long post = this.s.post().id();
		long dust = this.dustPost.id();
		JobView draft = this.jobs.create(this.s.author(), job(List.of(
				new JobCommand.PlanRow(post, "焊接工位", "2013", null, SamplingMode.AREA, 2, "HIGH", null, "I", false),
				new JobCommand.PlanRow(post, "电焊工", "3008", null, SamplingMode.PERSONAL, 2),
				new JobCommand.PlanRow(post, "焊接工位", "3007", null, SamplingMode.AREA, 1),
				new JobCommand.PlanRow(dust, "打磨工位", "1038", "1038-T-10", SamplingMode.AREA, 1, null,
						new BigDecimal("30"), "II", false))));
		ResultBatch batch = this.jobs.addResults(this.s.author(), draft.id(), List.of(
				result("B-1", post, "2013", null, this.today, "08:00", "12:00", "14.0", "mg/m³", null),
				result("B-2", post, "2013", null, this.today, "13:00", "17:00", "10.0", "mg/m³", null),
				result("N-1", post, "3008", null, this.today, "08:00", "12:00", "95", "dB(A)", "工人甲"),
				result("N-2", post, "3008", null, this.today, "13:00", "17:00", "85", "dB(A)", "工人甲"),
				heat("H-1", post, this.today, "08:00", "16:00", "27.0"),
				result("S-1", dust, "1038", "1038-T-10", this.today, "08:00", "16:00", "3.0", "mg/m³", null)));
		assertThat(batch.rejected()).isEmpty();
		JobView judged = this.jobs.find(this.s.author(), draft.id());

		// Benzene, PC-TWA 6 mg/m³: C_TWA = (14.0 × 240 + 10.0 × 240) / 480 = 5760 / 480 = 12 mg/m³,
		// B = 12 / 6 = 2 > 1 so W_B = 2; W_D (高度危害) = 4, W_L (Ⅰ) = 1.0: G = 4 × 2 × 1.0 = 8, 6 < 8 ≤ 24 → Ⅱ级.
		GradeView benzene = grade(judged, post, "2013");
		assertThat(benzene.status()).isEqualTo(GradeStatus.GRADED);
		assertThat(benzene.grade()).isEqualTo(JobGrade.II);
		assertThat(benzene.rule()).isEqualTo(Rule.TWA);
		assertThat(benzene.value()).isEqualByComparingTo("12");
		assertThat(benzene.exposureRatio()).isEqualByComparingTo("2");
		assertThat(benzene.exposureWeight()).isEqualByComparingTo("2");
		assertThat(benzene.hazardWeight()).isEqualByComparingTo("4");
		assertThat(benzene.labourWeight()).isEqualByComparingTo("1.0");
		assertThat(benzene.index()).isEqualByComparingTo("8");
		assertThat(benzene.toxicityClass()).isEqualTo(ToxicityClass.HIGH);
		assertThat(benzene.labourIntensity()).isEqualTo(LabourIntensity.I);
		assertThat(benzene.tableCatalog()).isEqualTo("chemical-grading");
		assertThat(benzene.tableVerified()).isFalse();

		// Silica dust 10–50 % (1038-T-10), PC-TWA 1 mg/m³: C_TWA = 3.0 × 480 / 480 = 3.0, B = 3.0 / 1 = 3,
		// W_B = B − 1 = 2; 30 % free SiO₂ → W_M = 2; W_L (Ⅱ) = 1.5: G = 2 × 2 × 1.5 = 6 ≤ 6 → Ⅰ级 (the bound belongs to Ⅰ).
		GradeView silica = grade(judged, dust, "1038");
		assertThat(silica.grade()).isEqualTo(JobGrade.I);
		assertThat(silica.exposureRatio()).isEqualByComparingTo("3");
		assertThat(silica.exposureWeight()).isEqualByComparingTo("2");
		assertThat(silica.hazardWeight()).isEqualByComparingTo("2");
		assertThat(silica.labourWeight()).isEqualByComparingTo("1.5");
		assertThat(silica.index()).isEqualByComparingTo("6");
		assertThat(silica.silicaPercent()).isEqualByComparingTo("30");

		// Noise: L_EX,8h = 10·lg((4 h × 10^9.5 + 4 h × 10^8.5) / 8 h) = 10·lg(0.5 × (3.1623 + 0.3162) × 10^9)
		// = 10·lg(1.7392 × 10^9) = 92.4 dB(A); 90 ≤ 92.4 < 95 → Ⅱ级.
		GradeView noise = grade(judged, post, "3008");
		assertThat(noise.grade()).isEqualTo(JobGrade.II);
		assertThat(noise.rule()).isEqualTo(Rule.NOISE_DAILY);
		assertThat(noise.index()).isEqualByComparingTo("92.4");

		// Heat is judged (WBGT 27.0 °C, class Ⅱ, 100 % of the day) but no heat-grading table is loaded.
		GradeView heat = grade(judged, post, "3007");
		assertThat(heat.status()).isEqualTo(GradeStatus.TABLE_NOT_LOADED);
		assertThat(heat.grade()).isNull();

		String page = page("/testing/jobs/" + draft.id());
		assertThat(page).contains("G = W_D × W_B × W_L = 4 × 2 × 1 = 8 → Ⅱ级 中度危害作业",
				"G = W_M × W_B × W_L = 2 × 2 × 1.5 = 6 → Ⅰ级 轻度危害作业", "L_EX,8h = 92.4 dB(A) → Ⅱ级 中度危害",
				"分级表未加载（heat-grading），不分级", "B = C_TWA 12 mg/m³ / PC-TWA 6 mg/m³ = 2",
				"W_D：高度危害（GBZ 230，机构填写）");
		MvcResult export = this.mvc.perform(get("/testing/jobs/" + draft.id() + "/results.xlsx")
			.with(this.users.as(this.login))).andReturn();
		assertThat(export.getResponse().getStatus()).isEqualTo(200);
		assertThat(xlsxText(export.getResponse().getContentAsByteArray()))
			.contains("G = W_D × W_B × W_L = 4 × 2 × 1 = 8 → Ⅱ级 中度危害作业", "作业分级");

		this.jobs.submit(this.s.author(), draft.id());
		JobView reviewed = this.jobs.accept(this.s.reviewer(), draft.id());
		assertThat(reviewed.grades()).hasSize(4);
		List<ReportView> issued = eventually(() -> this.reports.ofJob(this.s.author(), draft.id()), r -> !r.isEmpty());
		String text = PdfReading.text(this.reports.pdf(this.s.author(), issued.get(0).id()), this.temp);
		assertThat(text.replaceAll("\\s+", " ")).contains("六、作业分级（GBZ/T 229）",
				"G = W_D × W_B × W_L = 4 × 2 × 1 = 8 → Ⅱ级 中度危害作业",
				"G = W_M × W_B × W_L = 2 × 2 × 1.5 = 6 → Ⅰ级 轻度危害作业", "L_EX,8h = 92.4 dB(A) → Ⅱ级 中度危害",
				"分级表未加载（heat-grading），不分级");
	}

	@Test
	void judgesNoiseAtAPostWithAnIrregularWeekAsLexWOverTheSampledDays() throws Exception {
		long post = this.s.post().id();
		LocalDate first = this.today.minusDays(1);
		JobView draft = this.jobs.create(this.s.author(), job(List.of(
				new JobCommand.PlanRow(post, "电焊工", "3008", null, SamplingMode.PERSONAL, 2, null, null, null, true))));
		this.jobs.addResults(this.s.author(), draft.id(), List.of(
				result("W-1", post, "3008", null, first, "08:00", "16:00", "88.0", "dB(A)", "工人甲"),
				result("W-2", post, "3008", null, this.today, "08:00", "16:00", "88.0", "dB(A)", "工人甲")));
		JobView judged = this.jobs.find(this.s.author(), draft.id());

		// Each day: L_EX,8h = 10·lg(8 h × 10^8.8 / 8 h) = 88.0 dB(A), above 85 on its own.
		// The week: L_EX,W = 10·lg((1/5) × (10^8.8 + 10^8.8)) = 88.0 + 10·lg(0.4) = 88.0 − 3.98 = 84.0 ≤ 85 → 符合.
		List<JobView.ExposureView> days = judged.exposures().stream().filter(JobView.ExposureView::partOfWeek).toList();
		assertThat(days).hasSize(2)
			.allSatisfy(d -> assertThat(d.checks().get(0).value()).isEqualByComparingTo("88.0"));
		JobView.ExposureView week = judged.exposures()
			.stream()
			.filter(e -> !e.weekDays().isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(week.weekDays()).containsExactly(first, this.today);
		assertThat(week.decisive().rule()).isEqualTo(Rule.NOISE_WEEKLY);
		assertThat(week.decisive().value()).isEqualByComparingTo("84.0");
		assertThat(week.decisive().verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(judged.posts()).singleElement().satisfies(p -> assertThat(p.verdict()).isEqualTo(Verdict.COMPLIANT));
		assertThat(judged.results()).allSatisfy(r -> assertThat(r.judgement().rule()).isEqualTo(Rule.NOISE_WEEKLY));
		// Graded by L_EX,W: 84.0 < 85 → 0级.
		GradeView noise = grade(judged, post, "3008");
		assertThat(noise.rule()).isEqualTo(Rule.NOISE_WEEKLY);
		assertThat(noise.grade()).isEqualTo(JobGrade.ZERO);
		assertThat(page("/testing/jobs/" + draft.id())).contains("按 L_EX,W = 10·lg(1/5·Σ10^(0.1·L_EX,8h,d)) 判定，合并 2 个采样日",
				"L_EX,W = 84 dB(A) → 0级", "每周工作不规律：本日 L_EX,8h 计入 L_EX,W，不单独判定");

		// The same results on a regular week: each day's L_EX,8h 88.0 > 85 decides → 不符合, graded Ⅰ级 (85 ≤ 88 < 90).
		JobView regular = this.jobs.revise(this.s.author(), draft.id(), job(List.of(
				new JobCommand.PlanRow(post, "电焊工", "3008", null, SamplingMode.PERSONAL, 2, null, null, null, false))));
		assertThat(regular.exposures()).noneMatch(JobView.ExposureView::partOfWeek);
		assertThat(regular.posts()).singleElement().satisfies(p -> {
			assertThat(p.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
			assertThat(p.failures()).allSatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.NOISE_DAILY));
		});
		assertThat(grade(regular, post, "3008").grade()).isEqualTo(JobGrade.I);
	}

	private JobCommand job(List<JobCommand.PlanRow> plan) {
		return new JobCommand(this.s.employer().id(), JobType.PERIODIC_TESTING, this.today.minusDays(10),
				this.today.minusDays(2), this.today.minusDays(1), this.today, "焊接、打磨岗位苯、矽尘、噪声、高温定期检测",
				"GBZ 159-2004; GBZ/T 300; GBZ/T 192.1-2007; GBZ/T 189.7/189.8-2007", false,
				List.of(new JobCommand.Participant(JobStep.SAMPLING, this.s.sampler().id())), plan, List.of());
	}

	private static ResultInput result(String sample, long post, String factor, String limitCode, LocalDate day,
			String from, String to, String value, String unit, String subject) {
		return new ResultInput(sample, post, "工位", subject, factor, limitCode, "GBZ/T 300",
				subject == null ? SamplingMode.AREA : SamplingMode.PERSONAL, LocalDateTime.of(day, LocalTime.parse(from)),
				LocalDateTime.of(day, LocalTime.parse(to)), null, new BigDecimal(value), unit, null, false, null);
	}

	private static ResultInput heat(String sample, long post, LocalDate day, String from, String to, String wbgt) {
		return new ResultInput(sample, post, "工位", null, "3007", null, "GBZ/T 189.7-2007", SamplingMode.AREA,
				LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)), null,
				new BigDecimal(wbgt), "°C WBGT", null, false, LabourIntensity.II);
	}

	private static GradeView grade(JobView job, long post, String factor) {
		return job.grades()
			.stream()
			.filter(g -> g.postId() == post && g.factorCode().equals(factor))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no grade for " + factor + " in " + job.grades()));
	}

	private String page(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(this.login))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Every cell's text of the export's first sheet, row by row. */
	private static String xlsxText(byte[] xlsx) throws Exception {
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			StringBuilder text = new StringBuilder();
			for (org.dhatim.fastexcel.reader.Row row : workbook.getFirstSheet().read()) {
				for (int i = 0; i < row.getCellCount(); i++) {
					text.append(row.getCellText(i)).append('\t');
				}
				text.append('\n');
			}
			return text.toString();
		}
	}

}
