package org.ohsonline.registry.web;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerStatus;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The employer and worker pages: filters, sorting and the export agree with the database; scope
 * holds on pages and exports; the full identity number shows only after an audited reveal.
 */
@IntegrationTest
class RegistryPagesIntegrationTests {

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

	RegistryFixtures fixtures;

	/** A marker in the names of this test's employers, so filters see only them. */
	String tag;

	final Actor gongshu = supervisor("330105");

	final Actor xihu = supervisor("330106");

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.fixtures = new RegistryFixtures(this.employers, this.workers);
		this.users.ensure("pages-county", "COUNTY_SUPERVISOR", "330105", null);
		this.users.ensure("pages-cdc", "CDC_ANALYST", "3301", null);
		this.tag = "页测" + UUID.randomUUID().toString().substring(0, 6);
	}

	@Test
	void listFiltersByRegionIndustryAndStatusAndSorts() throws Exception {
		EmployerView metalA = register(this.gongshu, "330105001", "甲", "3311", 50);
		EmployerView metalB = register(this.gongshu, "330105002", "乙", "3311", 300);
		EmployerView pharma = register(this.gongshu, "330105001", "丙", "2710", 80);
		EmployerView elsewhere = register(this.xihu, "330106002", "丁", "3311", 10);
		this.employers.changeStatus(this.gongshu, metalB.id(), EmployerStatus.SUSPENDED);

		String all = page("/employers?q=" + this.tag, "admin");
		assertThat(all).contains(metalA.name(), metalB.name(), pharma.name(), elsewhere.name());

		String region = page("/employers?q=" + this.tag + "&region=330105", "admin");
		assertThat(region).contains(metalA.name(), metalB.name(), pharma.name()).doesNotContain(elsewhere.name());

		String industry = page("/employers?q=" + this.tag + "&region=330105&industry=33", "admin");
		assertThat(industry).contains(metalA.name(), metalB.name()).doesNotContain(pharma.name(), elsewhere.name());

		String suspended = page("/employers?q=" + this.tag + "&status=SUSPENDED", "admin");
		assertThat(suspended).contains(metalB.name()).doesNotContain(metalA.name(), pharma.name(), elsewhere.name());

		String byEmployees = page("/employers?q=" + this.tag + "&sort=-employees", "admin");
		assertThat(byEmployees.indexOf(metalB.name())).isLessThan(byEmployees.indexOf(pharma.name()));
		assertThat(byEmployees.indexOf(pharma.name())).isLessThan(byEmployees.indexOf(metalA.name()));
		assertThat(byEmployees.indexOf(metalA.name())).isLessThan(byEmployees.indexOf(elsewhere.name()));
		// Names from the catalogs, not only codes.
		assertThat(region).contains("米市巷街道").contains("金属结构制造");

		// htmx asks for the results fragment only; paging links keep the filters.
		String fragment = this.mvc.perform(get("/employers?q=" + this.tag + "&region=330105&size=2")
			.header("HX-Request", "true")
			.with(this.users.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("employer-table").contains("region=330105");
		assertThat(fragment).contains("page=2");
	}

	@Test
	void exportHoldsExactlyTheFilteredRows() throws Exception {
		EmployerView metal = register(this.gongshu, "330105001", "甲", "3311", 50);
		EmployerView pharma = register(this.gongshu, "330105003", "乙", "2710", 80);
		register(this.xihu, "330106002", "丙", "3311", 10);

		List<List<String>> rows = export("/employers/export.xlsx?q=" + this.tag + "&region=330105&sort=name", "admin");
		assertThat(rows.get(0)).contains("统一社会信用代码", "单位名称", "行业");
		assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)))
			.containsExactly(List.of(metal, pharma).stream()
				.sorted(java.util.Comparator.comparing(EmployerView::name))
				.map(EmployerView::creditCode)
				.toArray(String[]::new));
		assertThat(rows.stream().filter(r -> r.get(0).equals(metal.creditCode())).findFirst().orElseThrow())
			.contains("金属结构制造", "浙江省 杭州市 拱墅区 米市巷街道");

		List<List<String>> metalOnly = export("/employers/export.xlsx?q=" + this.tag + "&industry=3311&region=330105", "admin");
		assertThat(metalOnly).hasSize(2);
		assertThat(metalOnly.get(1).get(0)).isEqualTo(metal.creditCode());
	}

	@Test
	void countySupervisorCannotSeeAnotherCountysEmployersOrWorkers() throws Exception {
		EmployerView own = register(this.gongshu, "330105001", "本区", "3311", 20);
		EmployerView other = register(this.xihu, "330106002", "外区", "3311", 20);
		EmploymentView otherWorker = this.fixtures.hire(this.xihu, other.id(), null, RegistryFixtures.idNumber("330106"));

		this.mvc.perform(get("/employers/{id}", other.id()).with(this.users.as("pages-county"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/employers/{id}?tab=workers", other.id()).with(this.users.as("pages-county")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/workers/{id}", otherWorker.workerId()).with(this.users.as("pages-county")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/employers/{id}", own.id()).with(this.users.as("pages-county"))).andExpect(status().isOk());

		// Asking for the other county's region gives nothing rather than widening the scope.
		String list = page("/employers?q=" + this.tag, "pages-county");
		assertThat(list).contains(own.name()).doesNotContain(other.name());
		assertThat(page("/employers?q=" + this.tag + "&region=330106", "pages-county")).doesNotContain(other.name());
		List<List<String>> exported = export("/employers/export.xlsx?q=" + this.tag, "pages-county");
		assertThat(exported.stream().map(r -> r.get(0))).contains(own.creditCode()).doesNotContain(other.creditCode());
	}

	@Test
	void employerManagerSeesOnlyTheirOwnEmployer() throws Exception {
		EmployerView mine = register(this.gongshu, "330105001", "本单位", "3311", 20);
		EmployerView neighbour = register(this.gongshu, "330105001", "邻居", "3311", 20);
		String username = "manager-" + this.tag.substring(2);
		createManager(username, mine.creditCode());

		String list = page("/employers?q=" + this.tag, username);
		assertThat(list).contains(mine.name()).doesNotContain(neighbour.name());
		this.mvc.perform(get("/employers/{id}", neighbour.id()).with(this.users.as(username))).andExpect(status().isNotFound());
		this.mvc.perform(get("/employers/mine").with(this.users.as(username)))
			.andExpect(redirectedUrl("/employers/" + mine.id()));
		assertThat(page("/", username)).contains("/employers/mine");
		assertThat(page("/", "admin")).doesNotContain("/employers/mine");
		// Managers change their own employer, but cannot register new ones.
		this.mvc.perform(get("/employers/{id}/edit", mine.id()).with(this.users.as(username))).andExpect(status().isOk());
		this.mvc.perform(get("/employers/new").with(this.users.as(username))).andExpect(status().isForbidden());
	}

	@Test
	void fullIdentityNumberAppearsOnlyAfterAnAuditedReveal() throws Exception {
		EmployerView employer = register(this.gongshu, "330105001", "揭示", "3311", 20);
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView hired = this.fixtures.hire(this.gongshu, employer.id(), null, idNumber);
		long workerId = hired.workerId();

		assertThat(page("/workers/" + workerId, "admin")).doesNotContain(idNumber).contains(idNumber.substring(0, 6) + "********");
		assertThat(page("/employers/" + employer.id() + "?tab=workers", "admin")).doesNotContain(idNumber)
			.contains(hired.workerName());
		assertThat(page("/employers/" + employer.id() + "?tab=timeline", "admin")).doesNotContain(idNumber);
		byte[] export = this.mvc.perform(get("/employers/export.xlsx?q=" + this.tag).with(this.users.as("admin")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(export(export).toString()).doesNotContain(idNumber);
		String token = ApiTokens.issue(this.mvc, this.users.as("admin"), "registry:worker:read", "registry:employer:read");
		for (String path : List.of("/api/v1/workers/" + workerId, "/api/v1/workers/" + workerId + "/employments",
				"/api/v1/employers/" + employer.id() + "/workforce")) {
			assertThat(this.mvc.perform(get(path).header("Authorization", "Bearer " + token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(idNumber);
		}

		// A CDC analyst reads workers but may not reveal.
		this.mvc.perform(post("/workers/{id}/reveal", workerId).with(csrf()).with(this.users.as("pages-cdc")))
			.andExpect(status().isForbidden());
		assertThat(page("/workers/" + workerId, "pages-cdc")).doesNotContain("worker-reveal");

		long before = reveals(workerId);
		MvcResult revealed = this.mvc.perform(post("/workers/{id}/reveal", workerId).with(csrf()).with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andReturn();
		assertThat(revealed.getResponse().getContentAsString()).contains(idNumber);
		assertThat(reveals(workerId)).isEqualTo(before + 1);
		assertThat(revealed.getRequest().getSession(false) == null
				|| java.util.Collections.list(revealed.getRequest().getSession(false).getAttributeNames())
					.stream()
					.noneMatch(name -> String.valueOf(revealed.getRequest().getSession(false).getAttribute(name))
						.contains(idNumber))).isTrue();
		// Shown once: the page afterwards is masked again.
		assertThat(page("/workers/" + workerId, "admin")).doesNotContain(idNumber);
	}

	@Test
	void lookupByIdentityNumberLeadsToTheWorkerOnlyWithinScope() throws Exception {
		EmployerView other = register(this.xihu, "330106002", "查找", "3311", 20);
		String idNumber = RegistryFixtures.idNumber("330106");
		EmploymentView hired = this.fixtures.hire(this.xihu, other.id(), null, idNumber);
		this.mvc.perform(post("/workers/lookup").param("idNumber", idNumber).with(csrf()).with(this.users.as("admin")))
			.andExpect(redirectedUrl("/workers/" + hired.workerId()));
		String notFound = this.mvc.perform(post("/workers/lookup").param("idNumber", idNumber).with(csrf())
			.with(this.users.as("pages-county"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(notFound).contains("lookup-not-found").doesNotContain(idNumber);
	}

	/** The check character's problem is told in the reader's language, beside the field. */
	@Test
	void explainsAWrongCheckCharacterInTheReadersLanguage() throws Exception {
		String valid = RegistryFixtures.creditCode("330105");
		char check = CreditCode.checkCharacter(valid.substring(0, 17));
		String wrong = valid.substring(0, 17) + (check == '1' ? '2' : '1');
		for (String lang : new String[] { "zh_CN", "en" }) {
			String body = this.mvc.perform(post("/employers/new").param("lang", lang)
				.with(csrf())
				.with(this.users.as("pages-county"))
				.param("creditCode", wrong)
				.param("name", this.tag + "校验码")
				.param("regionCode", "330105001")
				.param("address", "测试路 1 号")
				.param("industryCode", "3311")
				.param("employees", "25")
				.param("legalRepresentative", "张三")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			if (lang.equals("en")) {
				assertThat(body).contains("Invalid unified social credit code: the check character should be &#39;" + check + "&#39;");
			}
			else {
				assertThat(body).contains("统一社会信用代码无效：校验码应为“" + check + "”").doesNotContain("check character");
			}
		}
	}

	@Test
	void badEmployerFormChangesNothingAndShowsErrorsBesideFields() throws Exception {
		long before = this.jdbc.sql("select count(*) from registry.employer").query(Long.class).single();
		String body = this.mvc.perform(post("/employers/new").with(csrf()).with(this.users.as("pages-county"))
			.param("creditCode", "91330105XXXXXXXXX1")
			.param("name", this.tag)
			.param("regionCode", "330105001")
			.param("address", "")
			.param("industryCode", "9999")
			.param("employees", "abc")
			.param("legalRepresentative", "张三")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("form-errors").contains("is-invalid").contains("统一社会信用代码无效");
		assertThat(this.jdbc.sql("select count(*) from registry.employer").query(Long.class).single()).isEqualTo(before);

		MvcResult created = this.mvc.perform(post("/employers/new").with(csrf()).with(this.users.as("pages-county"))
			.param("creditCode", RegistryFixtures.creditCode("330105"))
			.param("name", this.tag + "新登记")
			.param("regionCode", "330105001")
			.param("address", "测试路 9 号")
			.param("industryCode", "3311")
			.param("employees", "25")
			.param("legalRepresentative", "张三")
			.param("productionStartedOn", "2019-05-20")
			.param("ohManagerPhone", "13800001111")).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(created.getFlashMap().get("flashKey")).isEqualTo("registry.employer.registeredDone");
		String page = page(created.getResponse().getRedirectedUrl(), "pages-county");
		assertThat(page).contains(this.tag + "新登记").contains("138****1111").doesNotContain("13800001111");
		// The start of production, from which the first declaration and testing are due.
		assertThat(page).contains("投产日期", "2019-05-20");
	}

	@Test
	void anAdministratorChangesAWorkersPostFromTheRecordAndAReaderIsNotOfferedTheForm() throws Exception {
		EmployerView employer = register(this.gongshu, "330105001", "调岗", "3311", 20);
		long dusty = this.fixtures.post(this.gongshu, employer.id(), "1038").id();
		long noisy = this.fixtures.post(this.gongshu, employer.id(), "3008").id();
		String idNumber = RegistryFixtures.idNumber("330105");
		EmploymentView hired = this.fixtures.hire(this.gongshu, employer.id(), dusty, idNumber);

		String record = page("/workers/" + hired.workerId(), "admin");
		assertThat(record).contains("data-testid=\"change-post\"", "action=\"/employments/" + hired.id() + "/post\"",
				"value=\"" + noisy + "\"");
		assertThat(page("/workers/" + hired.workerId(), "pages-cdc")).doesNotContain("data-testid=\"change-post\"");

		java.time.LocalDate yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
		this.mvc.perform(post("/employments/{id}/post", hired.id()).param("postId", String.valueOf(noisy))
			.param("changedOn", yesterday.plusDays(2).toString())
			.with(csrf())
			.with(this.users.as("admin"))).andExpect(status().isBadRequest());
		this.mvc.perform(post("/employments/{id}/post", hired.id()).param("postId", String.valueOf(noisy))
			.param("changedOn", yesterday.toString())
			.with(csrf())
			.with(this.users.as("admin"))).andExpect(redirectedUrl("/workers/" + hired.workerId()));
		assertThat(this.workers.employments(this.gongshu, hired.workerId())).singleElement()
			.satisfies(e -> assertThat(e.postId()).isEqualTo(noisy));
		assertThat(this.jdbc.sql("select count(*) from audit.entry where action = 'registry.worker.post-changed'"
				+ " and target_type = 'employment' and target_id = :id")
			.param("id", String.valueOf(hired.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		// The exposure history keeps the dust post up to the day before the change, noise from it.
		assertThat(this.workers.exposures(this.gongshu, hired.workerId()))
			.extracting(x -> x.hazardCode() + " " + x.from() + " " + x.to())
			.containsExactly("1038 2024-03-01 " + yesterday.minusDays(1), "3008 " + yesterday + " null");
	}

	private EmployerView register(Actor actor, String township, String suffix, String industry, int employees) {
		return this.employers.register(actor, new EmployerCommand(RegistryFixtures.creditCode(township.substring(0, 6)),
				this.tag + suffix + "公司", township, "测试路 1 号", industry, null, employees, 1000L, "张三", "李四",
				"13800000000", null));
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<List<String>> export(String path, String username) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(username))).andExpect(status().isOk()).andReturn();
		return export(result.getResponse().getContentAsByteArray());
	}

	private static List<List<String>> export(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private long reveals(long workerId) {
		return this.jdbc.sql("select count(*) from audit.entry where action = 'registry.worker.id-revealed'"
				+ " and target_type = 'worker' and target_id = :id")
			.param("id", String.valueOf(workerId))
			.query(Long.class)
			.single();
	}

	private void createManager(String username, String creditCode) {
		Actor system = Actor.system("test");
		UserAdministration.WithPassword created = this.administration.create(system,
				new UserCommand(username, username, "330105", creditCode, Set.of("EMPLOYER_MANAGER"), null, true));
		Actor self = new Actor(created.user().id(), username, username, "330105", new Scope(Scope.Kind.EMPLOYER, creditCode),
				Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
	}

	private static Actor supervisor(String county) {
		return new Actor(1, "pages-test-" + county, "页面测试", county, Scope.region(county),
				Set.of("registry:employer:read", "registry:employer:write", "registry:worker:read", "registry:worker:write"),
				"127.0.0.1", Actor.Channel.UI);
	}

}
