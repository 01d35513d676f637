package org.ohsonline.registry.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.registry.imports.ImportKind;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Imports through the pages: every row checked with the services' rules, rejected rows listed
 * with reasons, nothing in the register before the owner applies, everything valid after, nothing
 * after a discard, and an apply that meets a row gone invalid writes nothing.
 */
@IntegrationTest
class RegistryImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	TestUsers users;

	String tag;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("import-county", "COUNTY_SUPERVISOR", "330105", null);
		this.users.ensure("import-cdc", "CDC_ANALYST", "3301", null);
		this.tag = "导测" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void checksEveryRowAndWritesNothingBeforeTheOwnerApplies() throws Exception {
		String good1 = RegistryFixtures.creditCode("330105");
		String good2 = RegistryFixtures.creditCode("330105");
		String csv = csv(ImportKind.EMPLOYERS,
				employerRow(good1, "甲", "330105001", "3311", "120"),
				employerRow("91330105BADCODE001", "乙", "330105001", "3311", "10"),
				employerRow(RegistryFixtures.creditCode("330106"), "丙", "330106002", "3311", "10"),
				employerRow(good2, "丁", "330105002", "2710", "很多"),
				employerRow(good2, "戊", "330105002", "2710", "30"));
		long job = upload("import-county", ImportKind.EMPLOYERS, "employers.csv", csv.getBytes(StandardCharsets.UTF_8));
		String result = awaitResult("import-county", job);

		assertThat(result).contains("import-result").contains("import-rejections");
		// Row numbers count the header as row 1.
		assertThat(result).contains("统一社会信用代码：统一社会信用代码无效");
		assertThat(result).contains("区域 330106002 不在您的辖区内");
		assertThat(result).contains("职工人数：“很多”不是整数");
		assertThat(result).contains("与文件中前面的一行重复");
		assertThat(count(good1)).isZero();
		assertThat(registeredWithTag()).isZero();

		String report = this.mvc.perform(get("/imports/{id}/rejected.csv", job).with(this.users.as("import-county")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("行号").contains("91330105BADCODE001").contains("很多");
		assertThat(report.lines().count()).isEqualTo(1 + 4);

		// Someone else's job does not exist for them.
		this.mvc.perform(get("/imports/{id}", job).with(this.users.as("admin"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("admin")))
			.andExpect(status().isNotFound());

		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("import-county")))
			.andExpect(status().is3xxRedirection());
		assertThat(awaitResult("import-county", job)).contains("import-applied");
		assertThat(count(good1)).isOne();
		assertThat(registeredWithTag()).isEqualTo(1);
		long audited = this.jdbc.sql("select count(*) from audit.entry where action = 'registry.employer.registered'"
				+ " and target_id = (select id::text from registry.employer where credit_code = :c)")
			.param("c", good1).query(Long.class).single();
		assertThat(audited).isOne();
	}

	@Test
	void readsTheRiskDirectoryAnswersAndStillTheTwelveColumnTemplateOfBefore() throws Exception {
		String gasFired = RegistryFixtures.creditCode("330105");
		String wrongGroup = RegistryFixtures.creditCode("330105");
		List<String> answered = new java.util.ArrayList<>(employerRow(gasFired, "热力", "330105001", "4430", "12"));
		answered.addAll(List.of("443.2", ""));
		List<String> misanswered = new java.util.ArrayList<>(employerRow(wrongGroup, "热力二", "330105001", "4430", "12"));
		misanswered.addAll(List.of("441.1", "否"));
		long job = upload("import-county", ImportKind.EMPLOYERS, "employers.csv",
				csv(ImportKind.EMPLOYERS, answered, misanswered).getBytes(StandardCharsets.UTF_8));
		assertThat(awaitResult("import-county", job)).contains("生产活动（风险分类目录细分代码）：生产活动 441.1 不属于");
		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("import-county")))
			.andExpect(status().is3xxRedirection());
		awaitResult("import-county", job);
		assertThat(this.jdbc.sql("select severity || ' ' || array_to_string(activity_codes, ',') from registry.employer"
				+ " where credit_code = :c").param("c", gasFired).query(String.class).single()).isEqualTo("GENERAL 443.2");

		String old = RegistryFixtures.creditCode("330105");
		String twelve = "\uFEFF" + String.join(",", ImportKind.EMPLOYERS.header().subList(0, 12)) + "\r\n"
				+ String.join(",", employerRow(old, "旧模板", "330105001", "4430", "12")) + "\r\n";
		long oldJob = upload("import-county", ImportKind.EMPLOYERS, "employers.csv", twelve.getBytes(StandardCharsets.UTF_8));
		assertThat(awaitResult("import-county", oldJob)).contains("import-apply");
	}

	@Test
	void discardingWritesNothing() throws Exception {
		String code = RegistryFixtures.creditCode("330105");
		long job = upload("import-county", ImportKind.EMPLOYERS, "employers.xlsx",
				xlsx(ImportKind.EMPLOYERS, employerRow(code, "甲", "330105001", "3311", "12")));
		assertThat(awaitResult("import-county", job)).contains("import-apply");
		this.mvc.perform(post("/imports/{id}/discard", job).with(csrf()).with(this.users.as("import-county")))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/imports/" + job, "import-county")).doesNotContain("import-apply");
		assertThat(count(code)).isZero();
		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("import-county")))
			.andExpect(status().isBadRequest());
		assertThat(count(code)).isZero();
	}

	@Test
	void aRowThatBecameInvalidMakesTheWholeApplyFail() throws Exception {
		String first = RegistryFixtures.creditCode("330105");
		String taken = RegistryFixtures.creditCode("330105");
		long job = upload("import-county", ImportKind.EMPLOYERS, "employers.csv",
				csv(ImportKind.EMPLOYERS, employerRow(first, "甲", "330105001", "3311", "12"),
						employerRow(taken, "乙", "330105001", "3311", "12")).getBytes(StandardCharsets.UTF_8));
		awaitResult("import-county", job);
		// Someone registers the second code between the check and the apply.
		this.employers.register(supervisor(), new EmployerCommand(taken, this.tag + "抢先", "330105001", "路 1 号", "3311",
				null, 5, null, "张三", null, null, null));
		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("import-county")));
		String result = awaitResult("import-county", job);
		assertThat(result).contains("import-problem").contains("第 3 行已不再有效").contains("已登记");
		assertThat(count(first)).isZero();
	}

	@Test
	void importsWorkersOntoRegisteredEmployersAndPosts() throws Exception {
		Actor admin = supervisor();
		var employer = new RegistryFixtures(this.employers, this.workers).employer(admin, "330105001", "3311", 30);
		new RegistryFixtures(this.employers, this.workers).post(admin, employer.id());
		String good = RegistryFixtures.idNumber("330105");
		String wrongCheck = RegistryFixtures.idNumber("330105");
		wrongCheck = wrongCheck.substring(0, 17) + (wrongCheck.endsWith("0") ? "1" : "0");
		String csv = csv(ImportKind.WORKERS,
				List.of(good, "赵六", "13912340000", employer.creditCode(), "电焊工", "2024-05-06", "否", ""),
				List.of(wrongCheck, "钱七", "", employer.creditCode(), "", "2024-05-06", "", ""),
				List.of(RegistryFixtures.idNumber("330105"), "孙八", "", employer.creditCode(), "不存在的岗位", "2024/5/6", "否", ""),
				List.of(RegistryFixtures.idNumber("330105"), "李九", "", RegistryFixtures.creditCode("330105"), "", "2024-05-06", "否", ""));
		long job = upload("admin", ImportKind.WORKERS, "workers.csv", csv.getBytes(StandardCharsets.UTF_8));
		String result = awaitResult("admin", job);
		assertThat(result).contains("身份证号码：身份证号码无效").contains("不存在的岗位").contains("未登记或不在您的辖区内");
		// Identity numbers of rejected rows are masked on the page and in the report.
		assertThat(result).doesNotContain(wrongCheck);
		String report = this.mvc.perform(get("/imports/{id}/rejected.csv", job).with(this.users.as("admin")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).doesNotContain(wrongCheck).contains(wrongCheck.substring(0, 6) + "********");
		assertThat(this.workers.workforce(admin, employer.id(), true, null, org.ohsonline.shared.PageQuery.of(1, 10)).total())
			.isZero();

		this.mvc.perform(post("/imports/{id}/apply", job).with(csrf()).with(this.users.as("admin")));
		assertThat(awaitResult("admin", job)).contains("import-applied");
		var workforce = this.workers.workforce(admin, employer.id(), true, null, org.ohsonline.shared.PageQuery.of(1, 10));
		assertThat(workforce.items()).singleElement().satisfies(m -> {
			assertThat(m.workerName()).isEqualTo("赵六");
			assertThat(m.postName()).isEqualTo("电焊工");
		});
	}

	@Test
	void refusesAFileWithoutTheTemplateHeaderAndOffersTheTemplates() throws Exception {
		long job = upload("import-county", ImportKind.EMPLOYERS, "wrong.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		assertThat(awaitResult("import-county", job)).contains("import-problem").contains("第一行不是模板的列名");
		String template = this.mvc.perform(get("/imports/templates/employers.csv").with(this.users.as("import-county")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(template.strip()).isEqualTo("\uFEFF" + String.join(",", ImportKind.EMPLOYERS.header()));
		this.mvc.perform(get("/imports/templates/workers.xlsx").with(this.users.as("import-county"))).andExpect(status().isOk());
		this.mvc.perform(get("/imports").with(this.users.as("import-cdc"))).andExpect(status().isForbidden());
	}

	private List<String> employerRow(String code, String suffix, String region, String industry, String employees) {
		return List.of(code, this.tag + suffix, region, "测试路 2 号", industry, "", employees, "800", "张三", "李四",
				"13800000000", "");
	}

	@SafeVarargs
	private static String csv(ImportKind kind, List<String>... rows) {
		StringBuilder out = new StringBuilder("\uFEFF").append(String.join(",", kind.header())).append("\r\n");
		for (List<String> row : rows) {
			out.append(String.join(",", row)).append("\r\n");
		}
		return out.toString();
	}

	@SafeVarargs
	private static byte[] xlsx(ImportKind kind, List<String>... rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("data");
		for (int c = 0; c < kind.header().size(); c++) {
			sheet.value(0, c, kind.header().get(c));
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].size(); c++) {
				if (c == 6 && !rows[r].get(c).isEmpty()) {
					sheet.value(r + 1, c, Integer.parseInt(rows[r].get(c)));
				}
				else {
					sheet.value(r + 1, c, rows[r].get(c));
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	private long upload(String username, ImportKind kind, String filename, byte[] content) throws Exception {
		MvcResult result = this.mvc.perform(multipart("/imports")
			.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
			.param("kind", kind.name())
			.with(csrf())
			.with(this.users.as(username))).andExpect(status().is3xxRedirection()).andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/imports/", ""));
	}

	/** Polls the progress fragment as the page does, until the running step ends; then the page. */
	private String awaitResult(String username, long job) throws Exception {
		for (int i = 0; i < 300; i++) {
			MvcResult progress = this.mvc.perform(get("/imports/{id}/progress", job).with(this.users.as(username)))
				.andExpect(status().isOk()).andReturn();
			if ("true".equals(progress.getResponse().getHeader("HX-Refresh"))) {
				return page("/imports/" + job, username);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("Import " + job + " did not finish");
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	private long count(String creditCode) {
		return this.jdbc.sql("select count(*) from registry.employer where credit_code = :c")
			.param("c", creditCode).query(Long.class).single();
	}

	private long registeredWithTag() {
		return this.jdbc.sql("select count(*) from registry.employer where name like :t || '%'")
			.param("t", this.tag).query(Long.class).single();
	}

	private static Actor supervisor() {
		return new Actor(1, "import-test", "导入测试", "330105", Scope.region("330105"),
				java.util.Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read",
						"registry:worker:write"), "127.0.0.1", Actor.Channel.UI);
	}

}
