package org.ohsonline.monitoring.web;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.MonitoringFixtures;
import org.ohsonline.monitoring.internal.Ingestion;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The live view and the alert queue in a real browser (Debian's chromium): the supervisor sees a
 * red post and an ECharts chart drawn from the minute series; the inspector takes the explained
 * alert from the verification queue and closes it. Screenshots: {@code target/screenshots/monitoring-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.synthetic-scale=tiny",
				"ohs.demo.credentials-file=target/monitoring-browser-credentials.txt" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonitoringBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/monitoring-browser-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Devices devices;

	@Autowired
	Alerts alerts;

	@Autowired
	Ingestion ingestion;

	private Chromium chromium;

	private BrowserContext context;

	private Page page;

	private MonitoringFixtures.Site site;

	private AlertView alert;

	@BeforeAll
	void makeDataAndLaunchBrowser() {
		MonitoringFixtures fixtures = new MonitoringFixtures(this.employers, this.workers, this.devices);
		this.site = fixtures.site();
		DeviceView h2s = fixtures.device(this.site, "2184", "mg/m³", 60, 200);
		Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		StringJoiner readings = new StringJoiner(",");
		for (int k = 60; k >= 1; k--) {
			readings.add("{\"t\":\"" + end.minus(k, ChronoUnit.MINUTES) + "\",\"v\":" + (k == 5 ? 14 : 3) + "}");
		}
		this.ingestion.fromMqtt(h2s.code(), ("{\"unit\":\"mg/m³\",\"readings\":[" + readings + "]}").getBytes(), end);
		this.alert = this.alerts
			.search(MonitoringFixtures.GONGSHU, new AlertFilter(null, null, null, this.site.employer().id(), null),
					PageQuery.of(1, 5))
			.items()
			.get(0);
		this.alerts.acknowledge(MonitoringFixtures.employerManager(this.site.employer()), this.alert.id(),
				"检修时硫化氢短时逸散，已加装局部排风");
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
	void theSupervisorSeesTheRedPostAndItsChart() {
		logIn("county");
		this.page.navigate(url("/monitoring"));
		assertThat(this.page.locator("h1.page-title")).hasText("在线监测");
		var row = this.page.locator("[data-testid=post-lights] tbody tr").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText(this.site.employer().name()));
		assertThat(row.locator("[data-testid=post-light]")).hasAttribute("data-light", "RED");
		assertThat(this.page.getByTestId("count-RED")).not().hasText("0");
		screenshot("monitoring-live");
		row.getByText(this.site.employer().name()).click();
		assertThat(this.page.getByTestId("employer-name")).hasText(this.site.employer().name());
		assertThat(this.page.locator("[data-testid=device-chart][data-rendered='60'] canvas")).hasCount(1);
		screenshot("monitoring-employer");
	}

	@Test
	void theInspectorTakesTheExplainedAlertFromTheQueueAndClosesIt() {
		logIn("inspector");
		this.page.navigate(url("/monitoring/alerts"));
		assertThat(this.page.getByTestId("queue-verification")).hasClass(java.util.regex.Pattern.compile(".*active.*"));
		this.page.locator("a[href='/monitoring/alerts/" + this.alert.id() + "']").click();
		assertThat(this.page.getByTestId("alert-explanation")).containsText("局部排风");
		screenshot("monitoring-alert");
		this.page.getByTestId("verify-form").locator("button").click();
		assertThat(this.page.getByTestId("alert-status")).hasText("核查中");
		this.page.locator("#close-note").fill("现场核查，排风已投用，说明成立");
		this.page.locator("form[action$='/close'] button").click();
		assertThat(this.page.getByTestId("alert-status")).hasText("说明成立，已办结");
		assertThat(this.page.getByTestId("flash")).isVisible();
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

}
