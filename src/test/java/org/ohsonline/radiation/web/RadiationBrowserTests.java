package org.ohsonline.radiation.web;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Personal dose monitoring end to end in a real browser (Debian's chromium): the demo employer marks one of its workers
 * as a radiation worker monitored by the demo agency; the agency finds the periods to enter on its home page, uploads a
 * workbook of two rows — one saved above the investigation level, one refused for its negative dose, listed with the
 * reason — and sees the record in its list as a band; the employer explains the investigation. Screenshots:
 * {@code target/screenshots/radiation-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class RadiationBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PiiCipher cipher;

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

	@AfterEach
	void closeContext() {
		if (this.context != null) {
			this.context.close();
		}
	}

	@Test
	void theDosimetryServiceUploadsARecordIsRefusedAndTheEmployerExplainsTheOther() {
		String employerCode = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'").query(String.class).single();
		String agencyCode = this.jdbc.sql("select scope_value from iam.app_user where username = 'agency'").query(String.class).single();
		long agencyId = this.jdbc.sql("select id from agency.agency where credit_code = :c and kind = 'SERVICE_AGENCY' order by id limit 1").param("c", agencyCode)
			.query(Long.class).single();
		String idNumber = this.cipher.decrypt(this.jdbc.sql("""
				select w.id_number_cipher from registry.worker w join registry.employment m on m.worker_id = w.id
				join registry.employer e on e.id = m.employer_id
				where e.credit_code = :c and m.left_on is null and not m.dispatched
				  and not exists (select 1 from radiation.worker r where r.worker_id = w.id)
				order by w.id limit 1""").param("c", employerCode).query(String.class).single());

		as("employer");
		this.page.navigate(url("/radiation/workers/new"));
		this.page.locator("#idNumber").fill(idNumber);
		this.page.locator("#categoryCode").selectOption("2E");
		this.page.locator("#agencyId").selectOption(String.valueOf(agencyId));
		this.page.locator("#monitoredFrom").fill("2025-01-01");
		screenshot("radiation-employer-mark");
		this.page.getByTestId("radiation-worker-submit").click();
		assertThat(this.page.getByTestId("flash")).containsText("已标记为放射工作人员");

		as("agency");
		assertThat(this.page.locator("body")).containsText("待录入的监测周期");
		screenshot("radiation-agency-home");
		this.page.navigate(url("/radiation/doses/upload"));
		this.page.locator("#file").setInputFiles(new FilePayload("剂量2025.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(employerCode, idNumber)));
		this.page.getByTestId("radiation-upload-submit").click();
		assertThat(this.page.getByTestId("radiation-import-rows")).hasText("2");
		assertThat(this.page.getByTestId("radiation-import-accepted")).hasText("1");
		assertThat(this.page.getByTestId("radiation-import-rejected")).hasText("1");
		assertThat(this.page.getByTestId("radiation-import-rejections")).containsText("剂量不能为负数");
		assertThat(this.page.getByTestId("radiation-import-rejections")).not().containsText(idNumber);
		screenshot("radiation-agency-import");
		this.page.navigate(url("/radiation/doses?period=2025Q1"));
		assertThat(this.page.getByTestId("radiation-dose-table")).containsText("超过调查水平");
		assertThat(this.page.getByTestId("radiation-dose-table")).not().containsText("1.8");

		as("employer");
		assertThat(this.page.locator("body")).containsText("待说明的剂量调查");
		this.page.navigate(url("/radiation/investigations?status=OPEN"));
		this.page.getByTestId("radiation-investigation-link").first().click();
		this.page.locator("#explanation").fill("介入手术量增加，已更换破损铅衣并复核剂量计佩戴");
		this.page.getByTestId("radiation-answer-submit").click();
		assertThat(this.page.getByTestId("radiation-investigation-status")).hasText("已说明");
		screenshot("radiation-employer-answered");
	}

	private static byte[] workbook(String employerCode, String idNumber) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetExport sheet = SpreadsheetExport.to(out, "个人剂量", List.of("用人单位统一社会信用代码", "身份证号", "姓名", "监测周期",
				"Hp(10)", "低于", "Hp(0.07)", "低于", "眼晶状体", "低于", "探测下限"));
		sheet.row(employerCode, idNumber, "", "2025Q1", "1.80", "否", "1.90", "否", "", "", "");
		sheet.row(employerCode, idNumber, "", "2025Q2", "-0.30", "否", "0.10", "否", "", "", "");
		sheet.finish();
		return out.toByteArray();
	}

	/** A fresh browser context logged in as the demo user. */
	private void as(String username) {
		if (this.context != null) {
			this.context.close();
		}
		this.context = chromium.newContext(Chromium.options().setViewportSize(1280, 900));
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

}
