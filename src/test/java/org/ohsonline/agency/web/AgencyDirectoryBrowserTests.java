package org.ohsonline.agency.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.agency.EvaluationCommand;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.agency.RatingView;
import org.ohsonline.agency.ServiceDeliveries;
import org.ohsonline.agency.StaffCommand;
import org.ohsonline.agency.StaffRole;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The public directory (no login) in a real browser: an agency rated A with five stars from its deliveries and
 * evaluations and a blacklisted one, found by name, area, service and hazard; then the rated agency's breakdown on
 * its rating tab as a supervisor sees it. Screenshots go to {@code target/screenshots/agency-directory-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class AgencyDirectoryBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	ServiceDeliveries deliveries;

	@Autowired
	ClientEvaluations evaluations;

	@Autowired
	CreditRatings ratings;

	@Autowired
	Blacklist blacklist;

	@Autowired
	Employers employers;

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
	void openContext() {
		this.context = chromium.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void anyoneFindsRatedAndBlacklistedAgenciesInThePublicDirectory() {
		String marker = "目录" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
		Actor commission = AgencyFixtures.supervisor("330105", "agency:agency:read", "agency:agency:write",
				"agency:staff:write", "agency:rating:read", "agency:rating:adjust", "agency:blacklist:read",
				"agency:blacklist:write");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		AgencyView rated = register(commission, marker + "优质检测有限公司");
		this.staff.add(commission, rated.id(), new StaffCommand("周检测", AgencyFixtures.idNumber("330105"), "工程师",
				"职卫-9001", Set.of(StaffRole.SAMPLING)));
		long employerId = this.jdbc.sql("select id from registry.employer where region_code like '330105%' order by id limit 1")
			.query(Long.class)
			.single();
		EmployerRef employer = this.employers.refOf(employerId).orElseThrow();
		for (int i = 0; i < 3; i++) {
			long job = Math.abs(System.nanoTime() % 1_000_000_000L);
			this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(job, "DIR-" + job, rated.id(), employerId,
					today.minusDays(12 + i), today.minusDays(5), false));
		}
		Actor manager = new Actor(13, "directory-manager", "单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("agency:evaluation:read", "agency:evaluation:write"), "127.0.0.1", Actor.Channel.UI);
		for (DeliveryView d : this.evaluations.deliveries(manager, true, 500)) {
			if (d.agencyId() == rated.id()) {
				this.evaluations.evaluate(manager, d.id(), new EvaluationCommand(5, 5, 5, "服务规范"));
			}
		}
		// Q 100, staff 1 of 1, 3 of 3 on time, marks all 5: every indicator 100 → 100.0, A, five stars
		RatingView rating = this.ratings.recompute(commission, rated.id());
		org.assertj.core.api.Assertions.assertThat(rating.score()).isEqualByComparingTo("100.0");

		AgencyView listed = register(commission, marker + "违规检测有限公司");
		long entry = this.blacklist.propose(commission, listed.id(), new BlacklistCommand("出具虚假检测报告",
				"职业病防治法 第八十条第（三）项", today, today.plusYears(1), null)).id();
		this.blacklist.confirm(commission, entry,
				new BlacklistCommand(null, null, null, null, new BlacklistCommand.Document("决定书.pdf", PDF)));

		this.page.navigate(url("/verify/agencies"));
		assertThat(this.page.locator("h1.page-title")).hasText("职业卫生技术服务机构与职业健康检查机构名录");
		this.page.locator("#q").fill(marker);
		this.page.locator("#area").selectOption("330105");
		this.page.locator("#service").selectOption("PERIODIC_TESTING");
		this.page.locator("#hazard").selectOption("1");
		this.page.getByTestId("directory-search").click();
		this.page.waitForURL(Pattern.compile(".*hazard=1.*"));
		Locator rows = this.page.locator("[data-testid=directory-table] tbody tr");
		assertThat(rows).hasCount(2);
		Locator best = rows.first();
		assertThat(best).containsText(marker + "优质检测有限公司");
		assertThat(best.getByTestId("directory-rating")).containsText("A 级");
		assertThat(best.getByTestId("directory-rating")).containsText("★★★★★");
		assertThat(best).containsText(today.toString());
		assertThat(best.getByTestId("directory-blacklist")).hasText("未列入");
		Locator worst = rows.nth(1);
		assertThat(worst).containsText(marker + "违规检测有限公司");
		assertThat(worst.getByTestId("directory-rating")).hasText("尚未评级");
		assertThat(worst.getByTestId("directory-blacklist")).hasText("黑名单（至 " + today.plusYears(1) + "）");
		screenshot("agency-directory");

		// another area: nothing of 拱墅
		this.page.locator("#area").selectOption("330106");
		this.page.getByTestId("directory-search").click();
		this.page.waitForURL(Pattern.compile(".*area=330106.*"));
		assertThat(this.page.getByTestId("directory-empty")).isVisible();

		logIn("city");
		this.page.navigate(url("/agencies/" + rated.id() + "?tab=rating"));
		assertThat(this.page.getByTestId("rating-score")).hasText("得分 100.0");
		assertThat(this.page.getByTestId("rating-indicators")).containsText("按时 3 项 / 共 3 项");
		// every indicator with data at 100; the second edition's sampling indicators wait for a sampled report
		assertThat(this.page.getByTestId("rating-advice")).containsText("有报告被抽中并评查后计入");
		assertThat(this.page.getByTestId("evaluation-summary")).containsText("共 3 条评价");
		screenshot("agency-directory-rating-tab");
	}

	private AgencyView register(Actor commission, String name) {
		AgencyView agency = this.agencies.register(commission, new org.ohsonline.agency.AgencyCommand(
				AgencyKind.SERVICE_AGENCY, AgencyFixtures.creditCode("330105"), name, "330105", "测试路 1 号", "联系人",
				"13700001111", "目录-" + System.nanoTime(), "浙江省卫生健康委员会", LocalDate.now().minusYears(1),
				LocalDate.now().plusYears(4)));
		return this.agencies.changeScope(commission, agency.id(), new QualificationScope(List.of("1", "2"), List.of(),
				Set.of(JobType.PERIODIC_TESTING), Map.of()));
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
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
