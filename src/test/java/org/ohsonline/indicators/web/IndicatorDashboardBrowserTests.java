package org.ohsonline.indicators.web;

import java.nio.file.Path;
import java.time.Duration;
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
import org.ohsonline.shared.demo.DemoSeeding;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The director's dashboard in a real browser (Debian's chromium) on the standalone demo (拱墅区, with this year's demo
 * targets of the province): the county supervisor reads every indicator with numerator, denominator, target and
 * rating beside the chart, drills down to a township and opens the employers behind a figure; the provincial
 * supervisor sees the cities ranked at tablet width; the wall view shows its tiles and refreshes itself. Screenshots:
 * {@code target/screenshots/indicators-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class IndicatorDashboardBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	DemoSeeding seeding;

	/** The definitions in force: every one has a row and a tile, however many the catalog edition holds. */
	@Autowired
	org.ohsonline.indicators.Indicators indicators;

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
	void demoDataComplete() {
		// The dashboard's demo targets are the last demo step: wait for the seeding rather than for a page.
		await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
			.until(() -> this.seeding.progress().state() == DemoSeeding.State.DONE);
	}

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theCountyReadsItsFiguresAgainstTargetsDrillsDownAndOpensTheEmployersBehindANumber() {
		as("county", 1280, 800);
		this.page.navigate(url("/indicators"));
		assertThat(this.page.getByTestId("indicator-region")).containsText("拱墅区");
		Locator rows = this.page.getByTestId("figure-row");
		assertThat(rows).hasCount(this.indicators.definitions().size());
		// Every figure shows numerator and denominator; the province's demo targets apply to the county.
		assertThat(rows.first().getByTestId("figure-numerator")).hasText(Pattern.compile("\\d+"));
		assertThat(rows.first().getByTestId("figure-denominator")).hasText(Pattern.compile("\\d+"));
		assertThat(rows.first()).containsText("≥ 85%");
		assertThat(rows.first()).containsText("浙江省的目标");
		assertThat(rows.first().getByTestId("figure-rating")).hasText(Pattern.compile("达标|接近|未达标"));
		assertThat(this.page.locator("[data-testid=figure-chart] canvas")).hasCount(1);
		assertThat(this.page.getByTestId("ranking-row").first()).isVisible();
		assertThat(this.page.locator("[data-testid=ranking-chart] canvas")).hasCount(1);
		// The risk classes and inspections come after the page (htmx), in place of their placeholder.
		assertThat(this.page.getByTestId("indicator-risk")).isVisible();
		assertThat(this.page.getByTestId("indicator-enforcement")).isVisible();
		assertThat(this.page.getByTestId("indicator-related")).hasCount(1);
		screenshot("county-desktop");

		Locator ranked = this.page.getByTestId("ranking-row").first();
		String township = ranked.getByTestId("drill-down").textContent().trim();
		ranked.getByTestId("drill-down").click();
		assertThat(this.page.getByTestId("indicator-region")).containsText(township.substring(township.lastIndexOf(' ') + 1));
		assertThat(this.page.getByTestId("indicator-path").locator("a")).hasCount(2);
		screenshot("township");

		this.page.getByTestId("figure-row").nth(9).getByTestId("figure-denominator").click();
		assertThat(this.page.getByTestId("members-title")).hasText("接触危害劳动者职业健康检查覆盖率");
		assertThat(this.page.getByTestId("members-figure")).containsText("人");
		assertThat(this.page.getByTestId("members-export")).isVisible();
		screenshot("members");
	}

	@Test
	void theProvinceSeesItsCitiesRankedAtTabletWidth() {
		as("province", 768, 1024);
		this.page.navigate(url("/indicators?indicator=EXAMS_EXPOSED"));
		assertThat(this.page.getByTestId("indicator-region")).containsText("浙江省");
		// The eleven cities of Zhejiang, Hangzhou (where the demo county lies) first, the others without figures.
		assertThat(this.page.getByTestId("ranking-row")).hasCount(11);
		assertThat(this.page.getByTestId("ranking-row").first()).containsText("杭州市");
		assertThat(this.page.getByTestId("ranking-row").first().locator("td").first()).hasText("1");
		screenshot("province-tablet");
	}

	@Test
	void theWallViewShowsEveryIndicatorAndRefreshesItself() {
		as("county", 1280, 800);
		this.page.navigate(url("/indicators/wall"));
		assertThat(this.page.getByTestId("wall-tile")).hasCount(this.indicators.definitions().size());
		assertThat(this.page.getByTestId("wall")).hasAttribute("hx-trigger", "every 60s");
		assertThat(this.page.locator("[data-testid=wall-chart] canvas")).hasCount(1);
		screenshot("wall");
		// What the timer does, now: the server's wall replaces the old one and the chart is drawn again.
		this.page.evaluate("document.getElementById('wall').dataset.old = 'yes'; "
				+ "htmx.trigger(document.getElementById('wall'), 'every 60s')");
		this.page.evaluate("htmx.ajax('GET', document.getElementById('wall').getAttribute('hx-get'), "
				+ "{target: '#wall', select: '#wall', swap: 'outerHTML'})");
		assertThat(this.page.locator("#wall[data-old]")).hasCount(0);
		assertThat(this.page.getByTestId("wall-tile")).hasCount(this.indicators.definitions().size());
		assertThat(this.page.locator("[data-testid=wall-chart] canvas")).hasCount(1);
		as("county", 768, 1024);
		this.page.navigate(url("/indicators/wall"));
		assertThat(this.page.getByTestId("wall-tile")).hasCount(this.indicators.definitions().size());
		screenshot("wall-tablet");
	}

	private void as(String username, int width, int height) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(width, height));
		this.page = this.context.newPage();
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/indicators-" + name + ".png"))
			.setFullPage(true));
	}

}
