package org.ohsonline.declaration.web;

import org.ohsonline.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declare → accept → receipt in a real browser (Debian's chromium): the demo employer's manager
 * files the form proposed from the register (adding and removing an htmx row), the county
 * supervisor accepts it, the receipt downloads, and its verification page — opened without the
 * console — confirms the downloaded file. Same context settings as the register's browser test, so
 * the two share one application. Screenshots go to {@code target/screenshots/declaration-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/registry-browser-credentials.txt" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/registry-browser-credentials.txt");

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium chromium;

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

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
	void employerDeclaresCountyAcceptsAndTheReceiptVerifies() throws Exception {
		String declarationUrl;
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());
			logIn(page, "employer");
			page.navigate(url("/declarations"));
			assertThat(page.locator("h1.page-title")).hasText("职业病危害项目申报");
			page.getByTestId("declaration-new").click();
			page.waitForURL(Pattern.compile(".*/declarations/new$"));
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			Locator rows = page.locator("#items tr");
			assertThat(rows.first()).isVisible();
			int proposed = rows.count();
			page.getByTestId("item-add").click();
			assertThat(rows).hasCount(proposed + 1);
			rows.last().locator("[data-testid=item-hazard]").fill("3001");
			rows.last().locator("[data-testid=item-headcount]").fill("5");
			page.getByTestId("item-add").click();
			assertThat(rows).hasCount(proposed + 2);
			rows.last().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
			assertThat(rows).hasCount(proposed + 1);
			if (rows.first().locator("[data-testid=item-hazard]").inputValue().isBlank()) {
				rows.first().locator("[data-testid=item-hazard]").fill("1010");
				rows.first().locator("[data-testid=item-headcount]").fill("8");
			}
			page.locator("#measures").fill("局部排风、隔声罩；发放防尘口罩和耳塞并培训佩戴");
			// The national form's management part; the principal and the exposed total are proposed.
			page.locator("input[name=principalTrained][value=true]").check();
			page.locator("input[name=organisation][value=DESIGNATED]").check();
			page.locator("#fullTimeManagers").fill("1");
			page.locator("#partTimeManagers").fill("0");
			page.locator("input[name=managersTrained][value=true]").check();
			screenshot(page, "declaration-form");
			page.getByTestId("declaration-form-submit").click();
			page.waitForURL(Pattern.compile(".*/declarations/\\d+$"));
			assertThat(page.getByTestId("declaration-status")).hasText("待审核");
			declarationUrl = page.url();
			screenshot(page, "declaration-submitted");
		}

		Path receipt = this.temp.resolve("receipt.pdf");
		String verifyUrl;
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.onDialog(dialog -> dialog.accept());
			logIn(page, "county");
			page.navigate(declarationUrl);
			assertThat(page.getByTestId("review")).isVisible();
			page.getByTestId("declaration-accept").click();
			assertThat(page.getByTestId("declaration-status")).hasText("已受理");
			assertThat(page.getByTestId("receipt")).isVisible();
			screenshot(page, "declaration-accepted");
			Download download = page.waitForDownload(() -> page.getByTestId("receipt-download").click());
			download.saveAs(receipt);
			verifyUrl = page.getByTestId("receipt-code").getAttribute("href");
		}
		assertThat(pdfToText(receipt)).contains("职业病危害项目申报回执", "拱墅区卫生健康行政部门");

		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			page.navigate(url(verifyUrl));
			assertThat(page.getByTestId("verify-status")).hasText("有效");
			page.locator("#file").setInputFiles(receipt);
			page.getByTestId("verify-upload").locator("button[type=submit]").click();
			assertThat(page.getByTestId("compare-match")).isVisible();
			screenshot(page, "declaration-verify");
		}
	}

	private BrowserContext newContext() {
		BrowserContext context = this.chromium.newContext(Chromium.options()
			.setAcceptDownloads(true));
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

	private static String pdfToText(Path pdf) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
			.start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return text;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name + ".png")));
	}

}
