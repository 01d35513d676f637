package org.ohsonline.indicators.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
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
 * The quarterly snapshots (跟踪问效) in a real browser on the standalone demo, as a director meets them: the provincial
 * supervisor freezes the last closed quarter, opens it and reads the province's figures with score, the cities
 * ranked, the revisions and the scoring method, downloads the bulletin (a PDF) — at desktop width; the county
 * supervisor reads the same quarter with its townships ranked on a tablet. Screenshots:
 * {@code target/screenshots/indicators-snapshot-*.png}. Same context as {@link IndicatorDashboardBrowserTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class SnapshotPagesBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	DemoSeeding seeding;

	@Autowired
	org.ohsonline.indicators.Snapshots snapshots;

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
		// The demo targets are the last demo step: a quarter frozen before them would hold no ratings.
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
	void theProvinceFreezesAQuarterReadsItsRankingScoresAndRevisionsAndDownloadsTheBulletin() throws Exception {
		as("province", 1280, 800);
		this.page.navigate(url("/indicators/snapshots"));
		assertThat(this.page.getByTestId("freeze-form")).isVisible();
		String quarter = this.page.locator("#freeze-quarter option").first().getAttribute("value");
		screenshot("list-before-desktop");
		this.page.getByTestId("freeze-run").click();
		this.page.waitForURL(Pattern.compile(".*/indicators/snapshots/" + quarter + "$"));
		assertThat(this.page.getByTestId("flash")).containsText(quarter);
		assertThat(this.page.getByTestId("snapshot-title")).containsText(quarter);
		assertThat(this.page.getByTestId("snapshot-title")).containsText("浙江省");
		// The province's own figures with numerator / denominator, its score (the demo targets rate them).
		Locator own = this.page.getByTestId("snapshot-own").locator("tbody tr");
		assertThat(own.first()).containsText(Pattern.compile("\\d+ / \\d+"));
		assertThat(this.page.getByTestId("snapshot-score")).containsText(Pattern.compile("季度得分 \\d+\\.\\d{2}"));
		// The cities with figures ranked (the demo register lies in Hangzhou only): Hangzhou, ranked 1, with its score.
		Locator ranking = this.page.getByTestId("snapshot-ranking").locator("tbody tr");
		assertThat(ranking.first()).containsText("杭州市");
		assertThat(ranking.first().locator("td").nth(2)).hasText(Pattern.compile("\\d+\\.\\d{2}"));
		assertThat(ranking.first().locator("td").first()).hasText("1");
		assertThat(this.page.getByTestId("snapshot-revisions").locator(".list-group-item")).not().hasCount(0);
		assertThat(this.page.getByTestId("snapshot-revisions").locator(".list-group-item.active")).hasCount(1);
		assertThat(this.page.getByTestId("snapshot-scoring").locator("tbody tr")).not().hasCount(0);
		noHorizontalOverflow();
		screenshot("province-desktop");

		Download download = this.page.waitForDownload(() -> this.page.getByTestId("bulletin-issue").click());
		Path pdf = download.path();
		byte[] head = Files.readAllBytes(pdf);
		org.assertj.core.api.Assertions.assertThat(new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("bulletin-" + quarter + ".pdf");

		// The list now shows the quarter and the trend row of the province.
		this.page.navigate(url("/indicators/snapshots"));
		assertThat(this.page.getByTestId("snapshot-list")).containsText(quarter);
		assertThat(this.page.getByTestId("snapshot-trend").locator("tbody tr")).not().hasCount(0);
		noHorizontalOverflow();
		screenshot("list-desktop");
	}

	@Test
	void theCountyReadsTheQuarterWithItsTownshipsRankedOnATablet() {
		String quarter = this.snapshots.closedQuarters().get(0);
		// Frozen by the province (the other test, or here if it runs first): the county only reads.
		as("province", 1280, 800);
		this.page.navigate(url("/indicators/snapshots"));
		this.page.getByTestId("freeze-run").click();
		this.page.waitForURL(Pattern.compile(".*/indicators/snapshots/" + quarter + "$"));

		as("county", 768, 1024);
		this.page.navigate(url("/indicators/snapshots"));
		assertThat(this.page.getByTestId("freeze-form")).hasCount(0);
		noHorizontalOverflow();
		screenshot("list-tablet");
		this.page.navigate(url("/indicators/snapshots/" + quarter));
		assertThat(this.page.getByTestId("snapshot-title")).containsText("拱墅区");
		assertThat(this.page.getByTestId("snapshot-own").locator("tbody tr").first())
			.containsText(Pattern.compile("\\d+ / \\d+"));
		Locator ranking = this.page.getByTestId("snapshot-ranking").locator("tbody tr");
		assertThat(ranking.first()).isVisible();
		assertThat(ranking.first().locator("td").first()).hasText("1");
		assertThat(this.page.getByTestId("snapshot-revisions").locator(".list-group-item.active")).hasCount(1);
		assertThat(this.page.getByTestId("bulletin-issue")).isVisible();
		noHorizontalOverflow();
		screenshot("county-tablet");
	}

	/** The page itself never scrolls sideways: wide tables scroll inside their card. */
	private void noHorizontalOverflow() {
		Object overflow = this.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow").isLessThanOrEqualTo(0);
	}

	private void as(String username, int width, int height) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(width, height).setAcceptDownloads(true));
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
		this.page.screenshot(new Page.ScreenshotOptions()
			.setPath(Path.of("target/screenshots/indicators-snapshot-" + name + ".png"))
			.setFullPage(true));
	}

}
