package org.ohsonline.registry.web;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register in a real browser (Debian's chromium): the employer list with its htmx filters
 * and shareable URL, the employer's case with its tabs, and the worker's record with an audited
 * reveal. The test makes its own employers and workers through the facades. Screenshots go to
 * {@code target/screenshots/registry-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/registry-browser-credentials.txt" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/registry-browser-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	private BrowserContext context;

	private Page page;

	private final String tag = "浏览" + UUID.randomUUID().toString().substring(0, 4);

	private EmployerView welding;

	private EmployerView pharma;

	private EmployerView elsewhere;

	private EmploymentView hired;

	private String idNumber;

	@BeforeAll
	void launchBrowserAndMakeData() {
		Actor gongshu = supervisor("330105");
		Actor xihu = supervisor("330106");
		this.welding = register(gongshu, "330105001", "焊接厂", "3311", 120);
		this.pharma = register(gongshu, "330105002", "制药厂", "2710", 40);
		this.elsewhere = register(xihu, "330106002", "西湖厂", "3311", 15);
		String weldingFume = this.hazards.factors(null)
			.stream()
			.filter(f -> f.name().contains("电焊烟尘"))
			.findFirst()
			.orElseThrow()
			.code();
		String noise = this.hazards.factors(null).stream().filter(f -> f.name().equals("噪声")).findFirst().orElseThrow().code();
		StructureViews.Post post = new RegistryFixtures(this.employers, this.workers).post(gongshu, this.welding.id(),
				weldingFume, noise);
		this.idNumber = RegistryFixtures.idNumber("330105");
		this.hired = new RegistryFixtures(this.employers, this.workers).hire(gongshu, this.welding.id(), post.id(),
				this.idNumber);

		this.chromium = Chromium.launch();
	}

	@AfterAll
	void closeBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@BeforeEach
	void openContext() {
		this.context = this.chromium.newContext();
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	@Test
	void employerListFiltersByRegionAndTextAndKeepsTheFilterInTheUrl() {
		logIn("admin");
		this.page.navigate(url("/employers"));
		assertThat(this.page.locator("h1.page-title")).hasText("用人单位");
		this.page.evaluate("window.__notReloaded = true");
		Locator rows = this.page.locator("[data-testid=employer-table] tbody tr");

		this.page.locator("#q").pressSequentially(this.tag, new Locator.PressSequentiallyOptions().setDelay(30));
		this.page.waitForURL(Pattern.compile(".*/employers\\?.*q=.*"));
		assertThat(rows).hasCount(3);

		// The region picker: a select per level inside the administrator's province, each loading the next.
		this.page.locator("[data-region-picker] select[data-level='0']").selectOption("3301");
		this.page.waitForURL(Pattern.compile(".*region=3301(&.*)?$"));
		this.page.locator("[data-region-picker] select[data-level='1']").selectOption("330105");
		this.page.waitForURL(Pattern.compile(".*region=330105.*"));
		assertThat(rows).hasCount(2);
		assertThat(this.page.locator("[data-testid=employer-table]")).not().containsText(this.elsewhere.name());
		assertThat(this.page.getByTestId("employer-total")).hasText("2");
		assertThat(this.page.evaluate("window.__notReloaded === true")).isEqualTo(true);
		screenshot("registry-list-filtered");

		// A copied link shows the same list.
		this.page.navigate(this.page.url());
		assertThat(this.page.locator("#q")).hasValue(this.tag);
		assertThat(this.page.locator("[data-region-picker] input[name=region]")).hasValue("330105");
		assertThat(this.page.locator("[data-region-picker] select[data-level='1']")).hasValue("330105");
		assertThat(rows).hasCount(2);

		this.page.locator("#q").fill("");
		this.page.locator("#q").pressSequentially(this.tag + "制药", new Locator.PressSequentiallyOptions().setDelay(30));
		assertThat(rows).hasCount(1);
		assertThat(rows.first()).containsText(this.pharma.name());
	}

	/**
	 * The list-page kit on the employer list, on a desktop and at tablet width (820 px): the filter bar
	 * with the region picker down to townships, the row count, sortable columns that say how the rows
	 * are ordered, the pager, and a page that does not scroll sideways.
	 */
	@Test
	void theListPageKitWorksOnADesktopAndATablet() {
		logIn("county");
		this.page.navigate(url("/employers?q=" + this.tag));
		Locator rows = this.page.locator("[data-testid=employer-table] tbody tr");
		assertThat(rows).hasCount(2);
		assertThat(this.page.getByTestId("employer-total")).hasText("2");
		// A county supervisor chooses among the county's townships only.
		Locator townships = this.page.locator("[data-region-picker] select[data-level='0'] option");
		assertThat(townships.first()).hasText("全部乡镇（街道）");
		assertThat(this.page.locator("[data-region-picker] select[data-level='0']")).not().containsText("西湖");
		Locator byName = this.page.locator("th.sortable-header").filter(new Locator.FilterOptions().setHasText("单位名称"));
		byName.locator("a").click();
		this.page.waitForURL(Pattern.compile(".*sort=name.*"));
		assertThat(this.page.locator("th.sortable-header[aria-sort=ascending]")).hasCount(1);
		assertThat(rows.first()).containsText(this.pharma.name().compareTo(this.welding.name()) < 0 ? this.pharma.name()
				: this.welding.name());
		this.page.locator("th.sortable-header[aria-sort=ascending] a").click();
		this.page.waitForURL(Pattern.compile(".*sort=-name.*"));
		assertThat(this.page.locator("th.sortable-header[aria-sort=descending]")).hasCount(1);
		screenshot("kit-list-desktop");

		this.page.setViewportSize(820, 1180);
		this.page.reload();
		assertThat(rows).hasCount(2);
		assertThat(this.page.locator("[data-region-picker] select[data-level='0']")).isVisible();
		assertThat(this.page.getByTestId("employer-total")).isVisible();
		assertThat(this.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		screenshot("kit-list-tablet");

		// Nothing matches: the empty state says so and offers to clear the filters.
		this.page.locator("#q").fill(this.tag + "无此单位");
		this.page.locator("#q").press("Enter");
		assertThat(this.page.getByTestId("employer-empty")).isVisible();
		assertThat(this.page.getByTestId("clear-filters")).isVisible();
		screenshot("kit-list-empty");
	}

	/**
	 * The searchable hazard picker on the post form (some 470 factors: no select holds them): type, choose
	 * with the keyboard, remove a chip, save; at tablet width.
	 */
	@Test
	void aPostsHazardsAreChosenWithASearchablePicker() {
		logIn("admin");
		this.page.setViewportSize(820, 1180);
		long workshop = this.employers.structure(supervisor("330105"), this.welding.id()).get(0).workshops().get(0).id();
		this.page.navigate(url("/employers/" + this.welding.id() + "/workshops/" + workshop + "/posts/new"));
		this.page.locator("#name").fill("打磨工");
		this.page.locator("#hoursPerDay").fill("8");
		this.page.locator("#daysPerWeek").fill("5");
		this.page.locator("#exposedHeadcount").fill("3");
		Locator search = this.page.locator("#hazardCodes");
		search.pressSequentially("噪声", new Locator.PressSequentiallyOptions().setDelay(40));
		Locator options = this.page.locator("[data-search-picker] [role=option]");
		assertThat(options.first()).containsText("噪声");
		search.press("ArrowDown");
		this.page.keyboard().press("Enter");
		Locator chips = this.page.locator("[data-picker-chip]");
		assertThat(chips).hasCount(1);
		search.pressSequentially("苯", new Locator.PressSequentiallyOptions().setDelay(40));
		assertThat(options.first()).containsText("苯");
		screenshot("kit-picker-options");
		options.first().click();
		assertThat(chips).hasCount(2);
		screenshot("kit-picker-hazards");
		chips.nth(1).locator("[data-picker-remove]").click();
		assertThat(chips).hasCount(1);
		this.page.getByTestId("post-save").click();
		this.page.waitForURL(Pattern.compile(".*tab=structure.*"));
		assertThat(this.page.getByTestId("panel-structure")).containsText("打磨工");
	}

	@Test
	void employerPageShowsItsTabs() {
		logIn("admin");
		this.page.navigate(url("/employers?q=" + this.tag + "焊接"));
		this.page.locator("[data-testid=employer-table] tbody tr a").first().click();
		assertThat(this.page.getByTestId("employer-name")).hasText(this.welding.name());
		assertThat(this.page.getByTestId("employer-credit-code")).hasText(this.welding.creditCode());
		assertThat(this.page.getByTestId("employer-severity").first()).isVisible();
		assertThat(this.page.getByTestId("severity-basis")).containsText("3311");
		assertThat(this.page.getByTestId("panel-profile")).containsText("138****0000");
		screenshot("registry-employer-profile");

		this.page.getByTestId("tab-structure").click();
		assertThat(this.page.getByTestId("panel-structure")).containsText("电焊工");
		assertThat(this.page.getByTestId("panel-structure")).containsText("噪声");
		screenshot("registry-employer-structure");

		this.page.getByTestId("tab-workers").click();
		assertThat(this.page.getByTestId("workforce-table")).containsText(this.hired.workerName());
		assertThat(this.page.locator("body")).not().containsText(this.idNumber);

		this.page.getByTestId("tab-timeline").click();
		assertThat(this.page.getByTestId("timeline")).containsText("登记为用人单位");
		screenshot("registry-employer-timeline");
	}

	@Test
	void workerPageRevealsTheNumberOnceAndTheAuditTrailListsIt() {
		logIn("admin");
		this.page.navigate(url("/employers/" + this.welding.id() + "?tab=workers"));
		this.page.getByTestId("workforce-table").locator("a").first().click();
		assertThat(this.page.getByTestId("worker-name")).hasText(this.hired.workerName());
		assertThat(this.page.getByTestId("worker-id-masked")).hasText(this.idNumber.substring(0, 6) + "********"
				+ this.idNumber.substring(14));
		assertThat(this.page.getByTestId("exposure-table")).containsText("噪声");
		assertThat(this.page.locator("body")).not().containsText(this.idNumber);
		screenshot("registry-worker");

		this.page.onDialog(dialog -> dialog.accept());
		this.page.getByTestId("worker-reveal").click();
		assertThat(this.page.getByTestId("worker-id-revealed")).hasText(this.idNumber);
		screenshot("registry-worker-revealed");

		this.page.navigate(url("/workers/" + this.hired.workerId()));
		assertThat(this.page.locator("body")).not().containsText(this.idNumber);

		this.page.navigate(url("/audit?action=registry.worker.id-revealed"));
		assertThat(this.page.locator("body")).containsText("查看完整身份证号码");
		screenshot("registry-audit-reveal");
	}

	private EmployerView register(Actor actor, String township, String suffix, String industry, int employees) {
		return this.employers.register(actor, new EmployerCommand(RegistryFixtures.creditCode(township.substring(0, 6)),
				this.tag + suffix, township, "浏览器测试路 1 号", industry, null, employees, 3000L, "张三", "李四",
				"13800000000", null));
	}

	private void logIn(String username) {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password(username));
		this.page.getByTestId("login-submit").click();
		this.page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String password(String username) {
		return Chromium.demoPassword(CREDENTIALS, username);
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

	private static Actor supervisor(String county) {
		return new Actor(1, "browser-test-" + county, "浏览器测试", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read", "registry:worker:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

}
