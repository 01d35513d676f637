package org.ohsonline.registry.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national exchange pages in a real browser: the county supervisor exports an employer of the county as
 * ENTERPRISE_INFO, uploads the file back with the name changed and reads the answer per record; the city CDC
 * finds the export of detection results and the receipt with its (empty or filled) list of received results.
 * Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class ExchangeBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Employers employers;

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
	void theCountyExportsAnEmployerAndImportsItBackWithTheAnswerPerRecord() throws IOException {
		Actor registrar = new Actor(61, "exchange-browser-registrar", "登记", "330105", Scope.region("330105"),
				Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1", Actor.Channel.UI);
		String code = RegistryFixtures.creditCode("330105");
		EmployerView employer = this.employers.register(registrar, new EmployerCommand(code, "交换浏览单位" + code.substring(12),
				"330105001", "交换浏览路 1 号", "3311", "110", 30, 5000L, "张三", "李四", null, null));

		logIn("county");
		this.page.navigate(url("/exchange/enterprise-info"));
		assertThat(this.page.getByTestId("exchange-upload")).isVisible();
		this.page.locator("#q").fill(employer.creditCode());
		Download download = this.page.waitForDownload(() -> this.page.getByTestId("exchange-export-submit").click());
		String xml = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(xml).contains("<CREDIT_CODE>" + employer.creditCode() + "</CREDIT_CODE>")
			.contains("<ENTERPRISE_INFO_LIST>");

		String changed = xml.replace(employer.name(), employer.name() + "（交换）");
		this.page.locator("#file")
			.setInputFiles(new FilePayload("enterprise-info.xml", "application/xml", changed.getBytes(StandardCharsets.UTF_8)));
		this.page.getByTestId("exchange-submit").click();
		assertThat(this.page.getByTestId("exchange-summary")).containsText("接受 1 条");
		assertThat(this.page.locator("[data-testid=exchange-records] tr[data-status=updated]")).hasCount(1);
		assertThat(this.page.locator("[data-testid=exchange-records] tr[data-status=updated]")).containsText("已更新");
		screenshot("exchange-enterprise-import");
		assertThat(this.employers.find(registrar, employer.id()).name()).isEqualTo(employer.name() + "（交换）");

		// The same file again: the stored answer, nothing changed.
		this.page.locator("#file")
			.setInputFiles(new FilePayload("enterprise-info.xml", "application/xml", changed.getBytes(StandardCharsets.UTF_8)));
		this.page.getByTestId("exchange-submit").click();
		assertThat(this.page.getByTestId("exchange-replayed")).isVisible();
	}

	@Test
	void theCdcFindsTheDetectionExportAndItsReceivedResults() {
		logIn("cdc");
		this.page.navigate(url("/exchange/detection-info"));
		assertThat(this.page.getByTestId("exchange-export")).isVisible();
		assertThat(this.page.getByTestId("exchange-upload")).isVisible();
		assertThat(this.page.getByTestId("detection-received")).isVisible();
		// The CDC does not change the register: no employer upload for it.
		this.page.navigate(url("/exchange/enterprise-info"));
		assertThat(this.page.getByTestId("exchange-export")).isVisible();
		assertThat(this.page.getByTestId("exchange-upload")).hasCount(0);
		screenshot("exchange-cdc-enterprise");
	}

	private void logIn(String username) {
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
		this.page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
			.setPath(Path.of("target/screenshots").resolve(name + ".png")));
	}

}
