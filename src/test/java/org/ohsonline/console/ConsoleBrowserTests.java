package org.ohsonline.console;

import org.ohsonline.Chromium;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console as people use it, in a real browser (Debian's chromium) against the running
 * application on the embedded PostgreSQL: login and logout, the home page per role with figures
 * that match the database, what a county supervisor may not open, the language switch, and the
 * htmx-driven user list. Screenshots land in {@code target/screenshots} for a human to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class ConsoleBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private BrowserContext context;

	private Page page;

	/**
	 * Debian's chromium, never a downloaded one: the skip flag is also passed here so the test runs
	 * the same under surefire ({@code -Dtest=...}) as under failsafe, which sets it in the pom.
	 */
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

	/** A fresh browser profile per test: no session or language cookie leaks between tests. */
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
	void administratorSeesPlatformFiguresTakenFromTheDatabaseAndCanLogOut() {
		logIn("admin");
		assertThat(this.page.locator(".page-pretitle").first()).hasText("平台管理");
		long users = this.jdbc.sql("select count(*) from iam.app_user where region_code like '33%'")
			.query(Long.class)
			.single();
		assertThat(users).isGreaterThanOrEqualTo(10);
		assertThat(this.page.getByTestId("users-total").locator(".home-count")).hasText(Long.toString(users));
		assertThat(this.page.getByTestId("current-user")).hasText("平台管理员（演示）");
		// Administration is one dropdown of the menu bar: 用户 appears when it is opened.
		this.page.getByTestId("menu-nav.group.administration").click();
		assertThat(this.page.locator("header").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("用户")))
			.isVisible();
		screenshot("home-admin");

		// Logout sits in the account dropdown, as a POST form with the CSRF token.
		this.page.getByTestId("account-menu").click();
		this.page.getByTestId("logout").click();
		this.page.waitForURL(Pattern.compile(".*/login\\?logout$"));
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void countySupervisorSeesTheEmployersOfItsDistrictByTownship() {
		logIn("county");
		assertThat(this.page.getByTestId("home-title")).containsText("拱墅区");
		long townships = this.jdbc.sql("""
				select count(distinct substr(region_code, 1, 9)) from registry.employer where region_code like '330105%'""")
			.query(Long.class)
			.single();
		assertThat(townships).isPositive();
		// The chart's table view has a row per township with employers.
		assertThat(this.page.locator("[data-testid=employers-region-chart] tbody tr")).hasCount((int) townships);
		screenshot("home-county");
	}

	/** The menu only offers what the role may do, and the URL cannot be used to get around it. */
	@Test
	void countySupervisorIsOfferedNoCreationAndIsRefusedTheNewUserForm() {
		logIn("county");
		for (String path : List.of("/", "/users", "/roles")) {
			this.page.navigate(url(path));
			assertThat(this.page.locator("a[href*='/users/new']")).hasCount(0);
			assertThat(this.page.locator("a[href*='/roles/new']")).hasCount(0);
		}
		Response response = this.page.navigate(url("/users/new"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(this.page.locator("body")).containsText("您没有访问此页面的权限");
		assertThat(this.page.locator("form[action*='/users/new']")).hasCount(0);
		screenshot("forbidden-county");
	}

	@Test
	void languageSwitchShowsEnglishLabels() {
		logIn("county");
		assertThat(this.page.locator("html")).hasAttribute("lang", "zh-CN");
		this.page.getByTestId("language-switch").click();
		this.page.waitForURL(Pattern.compile(".*lang=en.*"));
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		assertThat(this.page.locator(".page-pretitle").first()).hasText("Jurisdiction overview");
		assertThat(this.page.getByTestId("home-title")).containsText("Jurisdiction:");
		assertThat(this.page.locator("header .nav-link-title").first()).hasText("Home");
		// The choice is remembered by a cookie, not only by the parameter.
		this.page.navigate(url("/users"));
		assertThat(this.page.locator("label[for=q]")).hasText("Search");
		screenshot("users-county-en");
	}

	/** UI.md: htmx swaps the table, the URL keeps the filters, so a copied link shows the same list. */
	@Test
	void userSearchSwapsTheTableAndKeepsTheFilterInTheUrl() {
		logIn("admin");
		this.page.navigate(url("/users"));
		Locator rows = this.page.locator("[data-testid=user-table] tbody tr");
		long all = this.jdbc.sql("select count(*) from iam.app_user where region_code like '33%'").query(Long.class).single();
		assertThat(rows).hasCount((int) Math.min(all, 20));
		screenshot("users-admin");

		// A marker in the page's JavaScript state survives only if the page is not reloaded.
		this.page.evaluate("window.__notReloaded = true");
		this.page.locator("#q").pressSequentially("insp", new Locator.PressSequentiallyOptions().setDelay(50));
		this.page.waitForURL(Pattern.compile(".*/users\\?.*q=insp.*"));
		long matching = this.jdbc.sql("""
				select count(*) from iam.app_user
				where region_code like '33%' and (username ilike '%insp%' or display_name ilike '%insp%')""")
			.query(Long.class)
			.single();
		assertThat(matching).as("the demo inspector, and any other test added").isPositive();
		assertThat(rows).hasCount((int) matching);
		assertThat(rows.first()).containsText("inspector");
		assertThat(this.page.evaluate("window.__notReloaded === true")).isEqualTo(true);
		screenshot("users-filtered");

		String filtered = this.page.url();
		this.page.navigate(filtered);
		assertThat(this.page.locator("#q")).hasValue("insp");
		assertThat(rows).hasCount((int) matching);
	}

	@Test
	void wrongPasswordShowsTheLoginError() {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill("worker");
		this.page.locator("#password").fill(password("worker") + "-wrong");
		this.page.getByTestId("login-submit").click();
		assertThat(this.page.getByTestId("login-error")).isVisible();
		assertThat(this.page).hasURL(Pattern.compile(".*/login\\?error.*"));
		screenshot("login-error");
	}

	private void logIn(String username) {
		this.page.navigate(url("/login"));
		this.page.locator("#username").fill(username);
		this.page.locator("#password").fill(password(username));
		this.page.getByTestId("login-submit").click();
		this.page.waitForURL(url("/"));
		assertThat(this.page.getByTestId("account-username")).hasText(username);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/** The demo passwords are random per run; the application writes them to the credentials file. */
	private static String password(String username) {
		return Chromium.demoPassword(CREDENTIALS, username);
	}

	private void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
