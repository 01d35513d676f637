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
		this.page.getByTestId("start-inspection-1").click();
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

		this.page.navigate(url("/verify/plans/" + plan.publicCode()));
		assertThat(this.page.getByTestId("public-verified")).hasText("复算一致：抽取结果可以验证。");
		screenshot("enforcement-public-plan");
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
