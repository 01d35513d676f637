package org.ohsonline.testing;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testing job pages in a real browser: a county supervisor finds a job of the county in the
 * list, opens it and sees the results with their judgement, limit and rule, the post's verdict and
 * the EN 689 chart drawn by ECharts. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class TestingBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	TestingJobs jobs;

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
	void countySupervisorSeesTheJobsResultsWithTheirJudgementAndTheExposureChart() {
		TestingFixtures.Setting s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers,
				this.workers)
			// An agency of 宁波 (3302): the agency browser test counts the agencies of 杭州 in this shared context.
			.setting("330203", "330105");
		JobView job = this.jobs.create(s.author(), TestingFixtures.job(s));
		String[] values = { "0.8", "1.2", "1.5", "2.0", "2.6", "3.1" };
		String[] subjects = { "甲", "乙", "丙", "丁", "戊", "己" };
		List<ResultInput> results = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			ResultInput r = TestingFixtures.benzene(s.post().id(), "S-" + (i + 1), "08:00", "16:00", null, values[i]);
			results.add(new ResultInput(r.sampleNumber(), r.postId(), r.pointName(), subjects[i], r.factorCode(), null,
					r.method(), SamplingMode.PERSONAL, r.start(), r.end(), null, r.value(), r.unit(), null, false, null));
		}
		results.add(TestingFixtures.noise(s.post().id(), "N-1", "08:00", "16:00", "88.0"));
		ResultBatch batch = this.jobs.addResults(s.author(), job.id(), results);
		assertThat(batch.rejected()).isEmpty();

		logIn("county");
		this.page.navigate(url("/testing/jobs?q=" + job.number()));
		assertThat(this.page.getByTestId("testing-total")).hasText("1");
		this.page.locator("[data-testid=testing-table] a", new Page.LocatorOptions().setHasText(job.number())).click();
		this.page.waitForURL(url("/testing/jobs/" + job.id()));
		assertThat(this.page.getByTestId("job-number")).hasText(job.number());
		assertThat(this.page.locator("[data-testid=results-table] tbody tr")).hasCount(7);
		// A full-shift benzene result: C_TWA equals the result (one 8-h segment) against PC-TWA 6 mg/m³.
		assertThat(this.page.locator("tr[data-sample=S-6] [data-testid=result-basis]")).containsText("C_TWA 3.100 mg/m³");
		assertThat(this.page.locator("tr[data-sample=S-6] [data-testid=result-basis]")).containsText("PC-TWA 6.000");
		assertThat(this.page.locator("tr[data-sample=S-6] [data-testid=verdict]")).hasText("符合");
		// Noise 88.0 dB(A) for 8 h: L_EX,8h 88.0 > 85 → 不符合, and so is the post.
		assertThat(this.page.locator("tr[data-sample=N-1] [data-testid=verdict]")).hasText("不符合");
		assertThat(this.page.locator("tr[data-sample=N-1] [data-testid=result-basis]")).containsText("L_EX,8h 88.000");
		assertThat(this.page.locator("[data-testid=post-verdicts] [data-testid=verdict]")).hasText("不符合");
		// Six results: a lognormal fit, drawn by ECharts.
		assertThat(this.page.getByTestId("fit")).isVisible();
		assertThat(this.page.getByTestId("statistics-chart")).hasAttribute("data-rendered", "6");
		assertThat(this.page.locator("[data-testid=statistics-chart] canvas")).hasCount(1);
		// A supervisor reads; nothing to enter or review.
		assertThat(this.page.getByTestId("result-form")).hasCount(0);
		assertThat(this.page.getByTestId("job-submit")).hasCount(0);
		screenshot("testing-job-county");
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
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/screenshots").resolve(name + ".png")));
	}

}
