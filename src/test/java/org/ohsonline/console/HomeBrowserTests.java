package org.ohsonline.console;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.ohsonline.Chromium;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo role's home page in a real browser: its work queues are there, a line leads to the page
 * where the work is done, and the page holds at 1280 × 800 and on a tablet (820 × 1180), where the
 * account menu and logout stay in reach. Same context settings as {@link ConsoleBrowserTests}, so the
 * two share one application. Screenshots: {@code target/screenshots/home-<login>[-tablet].png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

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
	void administratorKeepsUsersCatalogsAuditAndSeesBackgroundWork() {
		Page page = home("admin", List.of("users", "catalogs", "audit", "background"), "users", "users-total",
				".*/users$");
		page.navigate(url("/"));
		assertThat(page.getByTestId("home-card-exams-region")).hasCount(0);
		page.context().close();
	}

	@Test
	void provinceSeesFiguresByCityWithCharts() {
		home("province", List.of("employers-region", "exams-conclusions", "alerts-months", "qualifications-region"),
				"employers-region", "employers-serious", ".*/employers\\?severity=SERIOUS$");
	}

	@Test
	void citySeesFiguresByCountyAndAppraisalsToDecide() {
		home("city", List.of("employers-region", "diagnosis-region", "exams-conclusions"), "diagnosis-region",
				"appraisals-to-decide", ".*/diagnosis/cases\\?status=APPRAISAL_REQUESTED$");
	}

	@Test
	void countySeesDeclarationsToReviewAndOverdueListsByTownshipInBothLanguages() {
		Page page = home("county", List.of("declarations-region", "exams-region", "testing-region", "alerts-region"),
				"declarations-region", "declarations-to-review", ".*/declarations\\?status=SUBMITTED$");
		page.navigate(url("/?lang=en"));
		assertThat(page.getByTestId("home-card-declarations-region").locator(".card-title"))
			.hasText("Declarations to review and overdue");
		assertThat(page.getByTestId("home-card-exams-region").getByTestId("exams-region-by-region")).containsText("Division");
		screenshot(page, "home-county-en", true);
		page.context().close();
	}

	@Test
	void inspectorSeesAlertsToVerify() {
		home("inspector", List.of("alerts-region", "exams-region", "declarations-region"), "alerts-region",
				"alerts-to-verify", ".*/monitoring/alerts\\?queue=verification$");
	}

	@Test
	void cdcSeesSurveillanceFigures() {
		home("cdc", List.of("exams-conclusions", "employers-region", "alerts-months"), "exams-conclusions",
				"exams-year", ".*/surveillance/exams\\?from=.*");
	}

	@Test
	void employerSeesWhatIsDueAndWhatWaitsForItsAnswer() {
		home("employer", List.of("declarations-employer", "exams-employer", "testing-employer", "alerts-employer",
				"bookings-employer", "engagements-employer", "employer-own"), "exams-employer", "exams-overdue",
				".*/surveillance/due\\?state=overdue$");
	}

	@Test
	void agencySeesItsJobsByStageAndItsQualification() {
		home("agency", List.of("testing-agency", "organisation-own"), "testing-agency", "jobs-to-review",
				".*/testing/jobs\\?status=SUBMITTED$");
	}

	@Test
	void examInstitutionSeesBookingsReportsAndTheWeeksPlaces() {
		home("institution", List.of("exams-institution", "organisation-own"), "exams-institution", "bookings-to-confirm",
				".*/surveillance/bookings\\?status=REQUESTED$");
	}

	@Test
	void diagnosisInstitutionSeesItsClocksAndRehabilitationButNoExamCalendar() {
		Page page = home("diagnosis", List.of("diagnosis-institution", "diagnosis-rehab", "organisation-own"),
				"diagnosis-institution", "clock-DIAGNOSIS", ".*/diagnosis/clocks\\?kind=DIAGNOSIS$");
		assertThat(page.locator("header a[href='/surveillance/calendar']")).hasCount(0);
		page.context().close();
	}

	@Test
	void workerSeesTheNextExamLatestResultsAndCertificatesAndReachesTheirEmployerByName() {
		Page page = home("worker", List.of("worker-own", "exams-worker", "diagnosis-worker"), "worker-own", "own-record",
				".*/workers/\\d+$");
		// No employer link on the worker's own record ends in 403: their employers are names only.
		assertThat(page.locator("[data-testid=employment-table] a[href^='/employers/']")).hasCount(0);
		assertThat(page.locator("[data-testid=employment-table] tbody tr").first()).isVisible();
		page.context().close();
	}

	/** UI.md: usable on a tablet; the account menu (with logout) must not vanish below 1,200 px. */
	@Test
	void theAccountMenuAndLogoutStayInReachOnATablet() {
		BrowserContext context = this.chromium.newContext(Chromium.options().setViewportSize(820, 1180));
		Page page = context.newPage();
		logIn(page, "inspector");
		Locator account = page.getByTestId("account-menu");
		assertThat(account).isVisible();
		assertThat(account.boundingBox().width).isGreaterThan(20);
		account.click();
		assertThat(page.getByTestId("logout")).isVisible();
		screenshot(page, "home-account-menu-tablet", false);
		page.getByTestId("logout").click();
		page.waitForURL(Pattern.compile(".*/login\\?logout$"));
		page.navigate(url("/"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		context.close();
	}

	/** An error page keeps the menu and the account menu, so the user can go on from it. */
	@Test
	void anErrorPageKeepsTheNavigation() {
		BrowserContext context = this.chromium.newContext();
		Page page = context.newPage();
		logIn(page, "county");
		Response response = page.navigate(url("/employers/999999999"));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.getByTestId("account-menu")).isVisible();
		assertThat(page.locator("header a[href='/declarations/clocks']")).hasCount(1);
		screenshot(page, "error-404-county", false);
		context.close();
	}

	/**
	 * Logs in, checks the cards, takes both screenshots, then follows one line and checks where it
	 * leads: the page answers without an error. Returns the page of the desktop context (open).
	 */
	private Page home(String login, List<String> cards, String card, String line, String target) {
		BrowserContext context = this.chromium.newContext();
		Page page = context.newPage();
		logIn(page, login);
		// The same page on a tablet first: one login per role keeps the class quick.
		page.setViewportSize(820, 1180);
		assertThat(page.getByTestId("account-menu")).isVisible();
		screenshot(page, "home-" + login + "-tablet", true);
		page.setViewportSize(1280, 800);
		for (String key : cards) {
			assertThat(page.getByTestId("home-card-" + key)).isVisible();
		}
		assertThat(page.locator("[data-testid=home-card-failed]")).hasCount(0);
		// Charts are drawn (a canvas inside each chart) once ECharts has loaded.
		Locator charts = page.locator(".home-chart");
		for (int i = 0; i < charts.count(); i++) {
			assertThat(charts.nth(i).locator("canvas")).hasCount(1);
		}
		screenshot(page, "home-" + login, true);
		Locator link = page.getByTestId("home-card-" + card).getByTestId(line);
		assertThat(link).isVisible();
		Response response = page.waitForNavigation(link::click);
		assertThat(page).hasURL(Pattern.compile(target));
		assertThat(response.status()).as(login + " following " + line).isEqualTo(200);
		assertThat(page.locator(".empty-header")).hasCount(0);
		screenshot(page, "home-" + login + "-followed", false);
		return page;
	}

	private void logIn(Page page, String username) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(Chromium.demoPassword(CREDENTIALS, username));
		page.getByTestId("login-submit").click();
		page.waitForURL(url("/"));
		assertThat(page.getByTestId("account-username")).hasText(username);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private static void screenshot(Page page, String name, boolean fullPage) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(fullPage).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
