package org.ohsonline.training.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.Chromium;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.Learning;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A worker takes a course on a phone-sized screen (390×844) in a real browser (Debian's chromium): the demo
 * employer enrolled them; they open the course from 我的学习, study the lessons, take the quiz and download
 * the certificate; no page scrolls sideways. Screenshots: {@code target/screenshots/training-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ohs.standalone.ephemeral=true", "ohs.demo.credentials-file=target/browser-demo-credentials.txt",
				"ohs.demo.synthetic-scale=tiny" })
class TrainingBrowserTests {

	private static final Path CREDENTIALS = Path.of("target/browser-demo-credentials.txt");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Courses courses;

	@Autowired
	Learning learning;

	@Autowired
	JdbcClient jdbc;

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
		this.context = chromium.newContext(Chromium.options().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true)
			.setAcceptDownloads(true));
		this.page = this.context.newPage();
	}

	@AfterEach
	void closeContext() {
		this.context.close();
	}

	/** A published course of the county, and the demo worker enrolled on it by the demo employer. */
	CourseView enrolledCourse() {
		Actor author = new Actor(0, "training-browser-author", "拱墅区培训", "330105", Scope.region("330105"),
				Set.of("training:course:read", "training:course:write"), "127.0.0.1", Actor.Channel.UI);
		CourseView course = this.courses.create(author, new CourseCommand("焊接岗位职业病防护", "焊工烟尘与噪声的防护要点",
				Audience.WORKER, List.of(), new BigDecimal("4"), 100, 2, 0, 3));
		this.courses.addText(author, course.id(), "电焊烟尘",
				"# 危害\n\n电焊烟尘可致电焊工尘肺。\n\n- 佩戴防尘口罩\n- 开启局部排风", 0);
		this.courses.addText(author, course.id(), "噪声", "打磨岗位噪声常超过 85 dB(A)，须佩戴耳塞。", 0);
		this.courses.addQuestion(author, course.id(), "电焊烟尘可致哪种职业病？", List.of("电焊工尘肺", "中暑"), 0);
		this.courses.addQuestion(author, course.id(), "噪声作业应佩戴什么？", List.of("耳塞", "手套"), 0);
		course = this.courses.publish(author, course.id());
		String credit = this.jdbc.sql("select scope_value from iam.app_user where username = 'employer'").query(String.class).single();
		String index = this.jdbc.sql("select scope_value from iam.app_user where username = 'worker'").query(String.class).single();
		long workerId = this.jdbc.sql("select id from registry.worker where id_number_index = :i").param("i", index)
			.query(Long.class).single();
		Actor employer = new Actor(0, "training-browser-employer", "演示单位", "330105", new Scope(Scope.Kind.EMPLOYER, credit),
				Set.of("training:course:read", "training:enrolment:write", "registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
		this.learning.enrolWorkers(employer, course.id(), List.of(workerId));
		return course;
	}

	@Test
	void aWorkerTakesACourseOnAPhone() throws Exception {
		CourseView course = enrolledCourse();
		logIn("worker");
		this.page.navigate(url("/training/mine"));
		assertThat(this.page.getByTestId("mine-enrolment").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(course.title()))).isVisible();
		fitsTheScreen();
		screenshot("training-phone-mine");
		this.page.getByTestId("mine-enrolment").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(course.title())).click();
		assertThat(this.page.getByTestId("enrolment-course")).hasText(course.title());
		assertThat(this.page.getByTestId("lesson-link")).hasCount(2);
		fitsTheScreen();
		screenshot("training-phone-enrolment");

		this.page.getByTestId("lesson-link").first().click();
		assertThat(this.page.getByTestId("lesson-title")).hasText("电焊烟尘");
		assertThat(this.page.getByTestId("lesson-content").locator("h2")).hasText("危害");
		assertThat(this.page.getByTestId("lesson-content").locator("li")).hasCount(2);
		assertThat(this.page.getByTestId("lesson-done")).isVisible();
		fitsTheScreen();
		screenshot("training-phone-lesson");
		this.page.getByTestId("lesson-next").click();
		assertThat(this.page.getByTestId("lesson-title")).hasText("噪声");
		this.page.goBack();
		this.page.goBack();

		this.page.navigate(url("/training/mine"));
		this.page.getByTestId("mine-enrolment").filter(new com.microsoft.playwright.Locator.FilterOptions()
			.setHasText(course.title())).click();
		this.page.getByTestId("quiz-open").click();
		assertThat(this.page.getByTestId("paper-question")).hasCount(2);
		fitsTheScreen();
		screenshot("training-phone-paper");
		for (String answer : List.of("电焊工尘肺", "耳塞")) {
			this.page.getByText(answer, new Page.GetByTextOptions().setExact(true)).click();
		}
		this.page.onceDialog(dialog -> dialog.accept());
		this.page.getByTestId("paper-submit").click();
		assertThat(this.page.getByTestId("quiz-result")).containsText("100");
		assertThat(this.page.getByTestId("quiz-result")).containsText("合格");
		assertThat(this.page.getByTestId("enrolment-certificate")).isVisible();
		fitsTheScreen();
		screenshot("training-phone-passed");
		Download download = this.page.waitForDownload(() -> this.page.getByTestId("certificate-download").click());
		download.saveAs(Path.of("target/screenshots/training-certificate.pdf"));
		byte[] pdf = Files.readAllBytes(download.path());
		org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	/** The page is as wide as the phone: nothing to scroll sideways. */
	private void fitsTheScreen() {
		Object overflow = this.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
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
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

}
