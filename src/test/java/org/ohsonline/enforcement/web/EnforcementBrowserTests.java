package org.ohsonline.enforcement.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.TestUsers;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An inspection on a tablet (820 × 1180, the demo inspector drawn by a county plan): the checklist answered with large
 * buttons, a violation refused without what was seen, the on-site record issued, a case opened for the violation and
 * run to its decision with the benchmark's recommendation, and the case chain's public page. Screenshots:
 * {@code target/screenshots/enforcement-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class EnforcementBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	InspectionPlans plans;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	private BrowserContext context;

	private Page page;

	@BeforeAll
	static void launchBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void closeBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openTablet() {
		this.context = chromium.newContext(Chromium.options().setViewportSize(820, 1180).setHasTouch(true));
		this.page = this.context.newPage();
		this.page.onDialog(dialog -> dialog.accept());
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** A county plan drawn with a pool of the demo inspector and one more: the demo inspector is on every line. */
	PlanView drawnPlan() {
		new TestUsers(this.administration, this.details).ensure("enf-browser-inspector", "INSPECTOR", "330105", null);
		Actor county = new Actor(0, "enf-browser", "县级监管", "330105", Scope.region("330105"),
				Set.of("enforcement:plan:read", "enforcement:plan:write", "risk:portrait:read", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
		PlanView plan = this.plans.create(county, new PlanCommand("平板检查演示计划", "330105", List.of(), LocalDate.now(),
				LocalDate.now().plusMonths(1), null));
		this.plans.commit(county, plan.id());
		return this.plans.draw(county, plan.id());
	}

	@Test
	void theInspectorRecordsAnInspectionOnATabletAndRunsTheCaseToItsDecision() {
		PlanView plan = drawnPlan();
		logIn("inspector");
		this.page.navigate(url("/enforcement/mine"));
		assertThat(this.page.getByTestId("mine-table")).isVisible();
		screenshot("enforcement-mine-tablet");
		// the first line not yet started (the other test's plan, if it ran first, took one employer's pair out of
		// this draw: the last cycle's exclusion leaves that line unassigned)
		this.page.locator("[data-testid^='start-inspection-']").first().click();
		assertThat(this.page.getByTestId("inspection-status")).hasText("检查中");
		assertThat(this.page.getByTestId("item-B2")).containsText("职业病防治法（2018年修正）第二十二条");

		// every item compliant but B2, whose note is left empty: refused beside it, nothing saved
		for (com.microsoft.playwright.Locator label : this.page.locator("label[for$='-COMPLIANT']").all()) {
			label.click();
		}
		this.page.locator("label[for='o-B2-VIOLATION']").click();
		this.page.getByTestId("inspection-save").click();
		assertThat(this.page.getByTestId("note-error-B2")).containsText("须写明现场情况");
		screenshot("enforcement-inspection-refused-tablet");
		for (com.microsoft.playwright.Locator label : this.page.locator("label[for$='-COMPLIANT']").all()) {
			label.click();
		}
		this.page.locator("label[for='o-B2-VIOLATION']").click();
		this.page.getByTestId("note-B2").fill("打磨岗位未配发防尘口罩");
		this.page.getByTestId("inspection-save").click();
		assertThat(this.page.getByTestId("flash")).containsText("检查记录已保存");
		this.page.getByTestId("inspection-record-submit").click();
		assertThat(this.page.getByTestId("inspection-status")).hasText("已形成笔录");
		assertThat(this.page.getByTestId("inspection-record")).containsText("不符合 1 项");
		screenshot("enforcement-inspection-recorded-tablet");
		String inspectionCode = this.page.getByTestId("inspection-action-code").textContent().trim();
		org.assertj.core.api.Assertions.assertThat(org.ohsonline.enforcement.ActionCode.parse(inspectionCode)
			.map(org.ohsonline.enforcement.ActionCode::kind)).contains(org.ohsonline.enforcement.ActionCode.Kind.INSPECTION);

		this.page.getByTestId("open-case-B2").click();
		assertThat(this.page.getByTestId("case-step")).hasText("立案");
		String code = this.page.getByTestId("case-code").textContent().trim();
		assertThat(this.page.getByTestId("case-chain")).hasText("环节链完整，未被改动");
		this.page.locator("#step").selectOption("INVESTIGATION");
		this.page.getByTestId("step-save").click();
		assertThat(this.page.getByTestId("case-step")).hasText("调查取证");
		this.page.locator("#step").selectOption("PRIOR_NOTICE");
		this.page.getByTestId("step-save").click();
		assertThat(this.page.getByTestId("case-step")).hasText("事先告知");
		// Art. 72(2), first offence corrected promptly: 轻微, ¥50,000
		this.page.locator("#c-firstOffence").check();
		this.page.locator("#c-correctedPromptly").check();
		this.page.getByTestId("recommend").click();
		assertThat(this.page.getByTestId("recommendation")).containsText("轻微");
		assertThat(this.page.locator("#amount")).hasValue("50000");
		screenshot("enforcement-case-decision-tablet");
		this.page.getByTestId("decide").click();
		assertThat(this.page.getByTestId("case-step")).hasText("决定");
		assertThat(this.page.getByTestId("case-amount")).containsText("¥50,000");
		assertThat(this.page.locator("[data-testid=case-steps] li")).hasCount(4);

		this.context.clearCookies();
		this.page.navigate(url("/verify/cases/" + code));
		assertThat(this.page.getByTestId("public-case-code")).hasText(code);
		assertThat(this.page.getByTestId("public-case-chain")).hasText("环节链完整，未被改动");
		assertThat(this.page.locator("[data-testid=public-case-steps] li")).hasCount(4);
		assertThat(this.page.locator("body")).not().containsText("enf-browser");
		screenshot("enforcement-public-case");
		this.page.navigate(url("/verify/cases/" + inspectionCode));
		assertThat(this.page.getByTestId("public-inspection-code")).hasText(inspectionCode);
		assertThat(this.page.getByTestId("public-inspection-violations")).hasText("1");
		assertThat(this.page.getByTestId("public-inspection-cases")).containsText(code);
		assertThat(this.page.locator("body")).not().containsText("enf-browser");
		screenshot("enforcement-public-inspection");

		this.page.navigate(url("/verify/plans/" + plan.publicCode()));
		assertThat(this.page.getByTestId("public-verified")).hasText("复算一致：抽取结果可以验证。");
		screenshot("enforcement-public-plan");
	}

	@Autowired
	org.ohsonline.registry.Employers employers;

	@Autowired
	org.ohsonline.registry.Workers workers;

	@Autowired
	org.ohsonline.monitoring.Devices devices;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aMonitoredEmployerIsInspectedNonSiteWithEvidenceAndAConfirmedAlertOpensACase() {
		// a chemical works (covered in full by the sampling catalog) with one post, H2S and benzene, each monitored
		var registry = new org.ohsonline.registry.RegistryFixtures(this.employers, this.workers);
		var employer = registry.employer(org.ohsonline.monitoring.MonitoringFixtures.GONGSHU, "330105002", "2614", 30);
		var post = registry.post(org.ohsonline.monitoring.MonitoringFixtures.GONGSHU, employer.id(), "2184", "2013");
		List<org.ohsonline.monitoring.DeviceView> monitored = new java.util.ArrayList<>();
		for (String hazard : List.of("2184", "2013")) {
			monitored.add(this.devices.register(org.ohsonline.monitoring.MonitoringFixtures.GONGSHU,
					new org.ohsonline.monitoring.DeviceCommand(org.ohsonline.monitoring.MonitoringFixtures.code("BR"), "在线监测",
							employer.id(), post.id(), hazard, "mg/m³", null, 10, 0.0, 500.0, LocalDate.now().plusMonths(6), null,
							null, null)));
		}
		java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
		for (var d : monitored) {
			boolean h2s = d.hazardCode().equals("2184");
			this.jdbc.sql("insert into monitoring.device_state (device_id, last_measured_at, last_value, last_received_at,"
					+ " exposure, exposure_limit, level) values (:d, :now, :v, :now, :v, :limit, :level)")
				.param("d", d.id())
				.param("now", now)
				.param("v", h2s ? 15.0 : 1.2)
				.param("limit", h2s ? 10.0 : 6.0)
				.param("level", h2s ? "EXCEEDED" : "BELOW")
				.update();
		}
		// an alert of the H2S device confirmed as a violation yesterday
		java.sql.Timestamp yesterday = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
		long alert = this.jdbc.sql("insert into monitoring.alert (device_id, kind, status, region_code, employer_id,"
				+ " employer_credit_code, post_id, observed, exposure_limit, unit, first_at, last_at, occurrences, received_at,"
				+ " raised_at, acknowledge_due, inspector, resolved_at, resolution_note) values (:d, 'CEILING', 'CONFIRMED',"
				+ " :region, :employer, :credit, :post, 15, 10, 'mg/m³', :at, :at, 1, :at, :at, :at, 'inspector', :at,"
				+ " '调取视频，确认超标作业') returning id")
			.param("d", monitored.get(0).id())
			.param("region", employer.regionCode())
			.param("employer", employer.id())
			.param("credit", employer.creditCode())
			.param("post", post.id())
			.param("at", yesterday)
			.query(Long.class)
			.single();
		new TestUsers(this.administration, this.details).ensure("enf-browser-inspector", "INSPECTOR", "330105", null);
		Actor county = new Actor(0, "enf-browser", "县级监管", "330105", Scope.region("330105"),
				Set.of("enforcement:plan:read", "enforcement:plan:write", "risk:portrait:read", "registry:employer:read"),
				"127.0.0.1", Actor.Channel.UI);
		PlanView plan = this.plans.create(county, new PlanCommand("非现场检查演示计划", "330105", List.of("2614"),
				LocalDate.now(), LocalDate.now().plusMonths(1), null));
		this.plans.commit(county, plan.id());
		this.plans.draw(county, plan.id());
		int seq = this.plans.lines(county, plan.id(), org.ohsonline.shared.PageQuery.of(1, 200))
			.items()
			.stream()
			.filter(l -> l.employerId() == employer.id())
			.findFirst()
			.orElseThrow()
			.seq();

		// the county supervisor marks the line for non-site inspection
		logIn("county");
		this.page.navigate(url("/enforcement/plans/" + plan.id()));
		assertThat(this.page.getByTestId("line-mode-" + seq)).containsText("现场检查");
		this.page.getByTestId("line-coverage-" + seq).click();
		assertThat(this.page.getByTestId("coverage-summary")).hasText("已覆盖 2/2 项危害因素");
		screenshot("enforcement-non-site-coverage-tablet");
		this.page.getByTestId("mark-non-site").click();
		assertThat(this.page.getByTestId("flash")).containsText("已改为非现场检查");
		assertThat(this.page.getByTestId("line-mode-" + seq)).containsText("非现场检查");
		screenshot("enforcement-plan-non-site-tablet");
		this.context.clearCookies();

		// the inspector starts it: the evidence and the proposed answers; an evidence file
		logIn("inspector");
		this.page.navigate(url("/enforcement/plans/" + plan.id()));
		this.page.getByTestId("start-inspection-" + seq).click();
		assertThat(this.page.getByTestId("inspection-mode")).hasText("非现场检查");
		assertThat(this.page.getByTestId("inspection-evidence")).containsText(monitored.get(0).code());
		assertThat(this.page.getByTestId("inspection-evidence")).containsText("超标");
		assertThat(this.page.getByTestId("note-B1")).containsText("非现场检查");
		this.page.getByTestId("file-input")
			.setInputFiles(new com.microsoft.playwright.options.FilePayload("监测曲线.png", "image/png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 }));
		this.page.locator("#itemCode").selectOption("B1");
		this.page.getByTestId("file-upload").click();
		assertThat(this.page.getByTestId("flash")).containsText("证据材料已上传");
		assertThat(this.page.getByTestId("inspection-files")).containsText("监测曲线.png");
		screenshot("enforcement-non-site-inspection-tablet");

		// the confirmed alert in the queue opens a case that carries it
		this.page.navigate(url("/enforcement/candidates"));
		this.page.locator("[data-testid=candidate-alert-" + alert + "] a.btn").click();
		assertThat(this.page.getByTestId("candidate-violation")).hasValue("72.1");
		this.page.getByTestId("candidate-facts").fill("在线监测硫化氢 15 mg/m³，超过 MAC 10 mg/m³，经核查确认");
		screenshot("enforcement-candidate-case-tablet");
		this.page.getByTestId("candidate-open").click();
		assertThat(this.page.getByTestId("case-step")).hasText("立案");
		assertThat(this.page.getByTestId("case-source")).hasText("在线监测预警 #" + alert);
		screenshot("enforcement-case-from-alert-tablet");
		this.page.navigate(url("/enforcement/candidates"));
		assertThat(this.page.getByTestId("candidate-alert-" + alert)).containsText("330105-");
	}

	@Test
	void theCountysDashboardDrawsEachChartFromTheTableBesideIt() {
		logIn("county");
		this.page.navigate(url("/enforcement/dashboard"));
		assertThat(this.page.locator("#arms-table")).isVisible();
		// js/table-chart.js draws the bars from the table: a chart without its script would stay an empty box.
		assertThat(this.page.locator("[data-testid=dashboard-arms-chart] canvas")).isVisible();
		screenshot("enforcement-dashboard-tablet");
	}

	private void logIn(String username) {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(Chromium.demoPassword(CREDENTIALS, username));
		this.page.getByTestId("login-submit").click();
		this.page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

}
