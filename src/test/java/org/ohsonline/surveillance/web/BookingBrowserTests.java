package org.ohsonline.surveillance.web;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Book → see on the calendar → confirm, in a real browser (Debian's chromium): the demo employer's
 * manager books two workers at the demo institution (the places left appear as the day is picked),
 * the institution's staff open the month on their calendar, click the day, confirm the booking from
 * the day's list, and the employer finds the confirmation in the inbox. Same context settings as
 * the register's and declarations' browser tests, so they share one application. Screenshots go to
 * {@code target/screenshots/booking-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/registry-browser-credentials.txt" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/registry-browser-credentials.txt");

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
	void employerBooksAndTheInstitutionConfirmsFromItsCalendar() {
		LocalDate day = weekdayAhead(36);
		String number;
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			logIn(page, "employer");
			page.navigate(url("/surveillance/bookings"));
			assertThat(page.locator("h1.page-title")).hasText("职业健康检查预约");
			page.getByTestId("booking-new").click();
			page.waitForURL(Pattern.compile(".*/surveillance/bookings/new$"));
			page.getByTestId("booking-institution").selectOption(new SelectOption().setLabel("杭州拱墅模拟职业健康体检中心（模拟）"));
			page.getByTestId("booking-exam-type").selectOption("IN_SERVICE");
			page.getByTestId("booking-day").fill(day.toString());
			page.getByTestId("booking-day").dispatchEvent("change");
			assertThat(page.getByTestId("booking-places")).containsText("当天剩余名额");
			Locator free = page.locator("[data-testid=booking-candidates] tbody tr:not(:has([data-testid=already-booked]))")
				.locator("[data-testid=booking-worker]:not([disabled])");
			free.nth(0).check();
			free.nth(1).check();
			page.locator("#note").fill("年度在岗期间体检，请安排上午");
			screenshot(page, "booking-form");
			page.getByTestId("booking-submit").click();
			page.waitForURL(Pattern.compile(".*/surveillance/bookings/\\d+$"));
			assertThat(page.getByTestId("flash")).isVisible();
			assertThat(page.getByTestId("booking-status")).hasText("待确认");
			number = page.getByTestId("booking-number").textContent().trim();
			screenshot(page, "booking-requested");
		}

		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());
			logIn(page, "institution");
			page.navigate(url("/surveillance/calendar?month=" + YearMonth.from(day)));
			Locator cell = page.locator("[data-testid=calendar-day][data-day='" + day + "']");
			assertThat(cell).containsText("在岗期间");
			assertThat(cell).containsText("2/200");
			screenshot(page, "booking-calendar");
			cell.click();
			Locator row = page.locator("[data-testid=day-booking]", new Page.LocatorOptions().setHasText(number));
			assertThat(row).isVisible();
			assertThat(row.getByTestId("booking-status")).hasText("待确认");
			screenshot(page, "booking-calendar-day");
			row.getByTestId("day-confirm").click();
			page.waitForURL(Pattern.compile(".*/surveillance/bookings/\\d+$"));
			assertThat(page.getByTestId("booking-status")).hasText("已确认");
			screenshot(page, "booking-confirmed");
		}

		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			logIn(page, "employer");
			page.navigate(url("/inbox"));
			assertThat(page.locator("main")).containsText(number);
			page.navigate(url("/surveillance/bookings?q=" + number));
			assertThat(page.getByTestId("booking-row")).hasCount(1);
			assertThat(page.getByTestId("booking-row").getByTestId("booking-status")).hasText("已确认");
		}
	}

	/** A Monday-to-Friday day some weeks ahead, in China Standard Time. */
	private static LocalDate weekdayAhead(int days) {
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	private BrowserContext newContext() {
		BrowserContext context = this.chromium.newContext(Chromium.options());
		return context;
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

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
