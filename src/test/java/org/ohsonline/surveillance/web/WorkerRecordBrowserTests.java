package org.ohsonline.surveillance.web;

import org.ohsonline.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo worker (王建国) in a real browser (Debian's chromium): logs in, opens 我的档案 from the home
 * page, sees their exams with the conclusions per hazard and the hearing chart drawn by ECharts, and
 * downloads their own exam report; sees their diagnosis case (the demo welder's pneumoconiosis, certificate delivered)
 * with its appraisal window and their rehabilitation, and downloads their certificate. Same context settings as the other browser tests, so they share
 * one application. Screenshots go to {@code target/screenshots/worker-record-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/registry-browser-credentials.txt" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkerRecordBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/registry-browser-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final String DEMO_PERSON = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	@Autowired
	Exams exams;

	@Autowired
	Workers workers;

	@Autowired
	Diagnoses diagnoses;

	private Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	void launchBrowser() {
		this.chromium = Chromium.launch();
	}

	@AfterAll
	void closeBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void theDemoWorkerOpensTheirRecordSeesExamsAndHearingAndDownloadsTheirReport() throws IOException {
		Actor system = Actor.system("browser-test");
		long own = this.workers.findByIdNumber(system, DEMO_PERSON).orElseThrow().id();
		List<ExamView> examined = this.exams.ofWorker(system, own);
		assertThat(examined).as("the synthetic generator examines the demo worker").isNotEmpty();
		ExamView latest = examined.get(examined.size() - 1);
		// The report was issued with the exam's conclusion: the worker downloads it straight away.

		try (BrowserContext context = this.chromium.newContext(Chromium.options()
			.setAcceptDownloads(true))) {
			Page page = context.newPage();
			logIn(page, "worker");
			page.getByTestId("own-record").click();
			page.waitForURL(Pattern.compile(".*/workers/" + own + "$"));
			assertThat(page.getByTestId("worker-name")).hasText("王建国");
			Locator record = page.getByTestId("surveillance-record");
			assertThat(record).isVisible();
			assertThat(record.getByTestId("record-exam")).hasCount(examined.size());
			assertThat(record.getByTestId("record-exams")).containsText(latest.number());
			assertThat(record.getByTestId("conclusion").first()).isVisible();
			if (examined.stream().anyMatch(e -> !e.audiogram().isEmpty())) {
				Locator chart = record.getByTestId("hearing-chart").first();
				assertThat(chart).hasAttribute("data-rendered", Pattern.compile("[1-9]\\d*"));
				assertThat(chart.locator("canvas")).hasCount(1);
			}
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve("worker-record-own.png")));

			Locator link = page.locator("[data-testid=record-report][href*='/surveillance/exams/" + latest.id() + "/']");
			Download download = page.waitForDownload(link::click);
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	@Test
	void theDemoWorkerSeesTheirDiagnosisAndRehabilitationOnTheirRecordAndDownloadsTheCertificate() throws IOException {
		Actor system = Actor.system("browser-test");
		long own = this.workers.findByIdNumber(system, DEMO_PERSON).orElseThrow().id();
		List<CaseView> cases = this.diagnoses.ofWorker(system, own);
		CaseView certified = cases.stream()
			.filter(c -> c.certificateCode() != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo data delivers the demo worker's pneumoconiosis certificate"));

		try (BrowserContext context = this.chromium.newContext(Chromium.options()
			.setAcceptDownloads(true))) {
			Page page = context.newPage();
			logIn(page, "worker");
			page.getByTestId("own-record").click();
			page.waitForURL(Pattern.compile(".*/workers/" + own + "$"));
			Locator record = page.getByTestId("diagnosis-record");
			assertThat(record).isVisible();
			assertThat(record.getByTestId("record-case")).hasCount(cases.size());
			Locator row = record.getByTestId("record-case").filter(new Locator.FilterOptions().setHasText(certified.number()));
			assertThat(row.getByTestId("case-status")).hasText("证明书已送达");
			assertThat(row.getByTestId("record-case-result")).containsText("电焊工尘肺");
			// The 30-day appraisal window runs from the delivery: its clock shows the due date and the days left.
			assertThat(row.getByTestId("clock")).containsText(certified.clock(org.ohsonline.diagnosis.ClockKind.APPRAISAL)
				.orElseThrow()
				.dueOn()
				.toString());
			assertThat(record.getByTestId("record-rehab-station")).hasText("拱墅区尘肺病康复站（模拟）");
			assertThat(record.getByTestId("record-rehab-visits")).containsText("呼吸训练");
			record.scrollIntoViewIfNeeded();
			record.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("worker-record-diagnosis.png")));

			Download download = page.waitForDownload(row.getByTestId("record-certificate")::click);
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password(username));
		page.getByTestId("login-submit").click();
		page.waitForURL(url("/"));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static String password(String username) {
		return Chromium.demoPassword(CREDENTIALS, username);
	}

}
