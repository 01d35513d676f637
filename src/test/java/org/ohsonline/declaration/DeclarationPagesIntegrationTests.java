package org.ohsonline.declaration;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ohsonline.declaration.DeclarationFixtures.supervisor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The declaration pages and API as people and machines use them: the employer's form proposed from
 * the register and submitted, the county's review and receipt, field errors beside item rows, the
 * htmx row, the export, and another county's supervisor kept out through pages and the API.
 */
@IntegrationTest
class DeclarationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	EmployerView employer;

	String managerLogin;

	String noise;

	String welding;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("decl-county", "COUNTY_SUPERVISOR", "330105", null);
		this.users.ensure("decl-xihu", "COUNTY_SUPERVISOR", "330106", null);
		Actor county = supervisor("330105");
		RegistryFixtures fixtures = new RegistryFixtures(this.employers, this.workers);
		this.welding = DeclarationFixtures.factor(this.hazards, "电焊烟尘");
		this.noise = DeclarationFixtures.factor(this.hazards, "噪声");
		this.employer = fixtures.employer(county, "330105001", "3311", 60);
		fixtures.post(county, this.employer.id(), this.welding, this.noise);
		this.managerLogin = "decl-mgr-" + this.employer.id();
		UserAdministration.WithPassword created = this.administration.create(Actor.system("test"), new UserCommand(
				this.managerLogin, "单位管理员", "330105", this.employer.creditCode(), Set.of("EMPLOYER_MANAGER"), null, true));
		Actor self = new Actor(created.user().id(), this.managerLogin, "单位管理员", "330105",
				new Scope(Scope.Kind.EMPLOYER, this.employer.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
	}

	@Test
	void employerDeclaresFromTheProposalAndTheCountyAcceptsWithAReceipt() throws Exception {
		String form = page("/declarations/new", this.managerLogin);
		assertThat(form).contains("已按本单位登记的岗位、危害因素和在岗劳动者预填", "value=\"" + this.noise + "\"", "焊接车间/电焊工",
				"主要负责人", "职业卫生管理机构", "接触职业病危害因素总人数（不重复计）");

		MvcResult submitted = this.mvc.perform(post("/declarations/new").with(csrf())
			.with(this.users.as(this.managerLogin))
			.param("kind", "INITIAL")
			.param("measures", "局部排风，发放耳塞")
			.param("totalExposed", "12")
			.param("principalName", "王厂长")
			.param("principalTrained", "true")
			.param("organisation", "DEDICATED")
			.param("fullTimeManagers", "1")
			.param("partTimeManagers", "0")
			.param("managersTrained", "false")
			.param("items[0].hazardCode", this.welding)
			.param("items[0].exposedHeadcount", "12")
			.param("items[0].posts", "电焊工")
			.param("items[2].hazardCode", this.noise)
			.param("items[2].exposedHeadcount", "12")
			.param("action", "submit")).andReturn();
		assertThat(submitted.getResponse().getRedirectedUrl()).matches("/declarations/\\d+");
		String path = submitted.getResponse().getRedirectedUrl();

		String list = page("/declarations?q=" + this.employer.creditCode(), "decl-county");
		// The 12 welders are the 12 exposed to noise: 12 people, not 24.
		assertThat(list).contains(this.employer.name(), "待审核", "2 项因素，接触危害因素 12 人（每人只计一次）");
		assertThat(page(path, "decl-county")).contains("受理并出具回执", "退回", "王厂长", "设置专门机构", "专职 1 人，兼职 0 人",
				"未培训", "data-testid=\"register-exposed\"");

		MvcResult accepted = this.mvc.perform(post(path + "/accept").with(csrf()).with(this.users.as("decl-county")))
			.andReturn();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo(path);
		assertThat(page(path, this.managerLogin)).contains("已受理", "下载回执");
		MvcResult receipt = this.mvc.perform(get(path + "/receipt.pdf").with(this.users.as(this.managerLogin))).andReturn();
		assertThat(receipt.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(receipt.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

		// The employer's case shows the declaration on its timeline.
		assertThat(page("/employers/" + this.employer.id() + "?tab=timeline", "decl-county")).contains("已受理，出具回执");

		// Another county's supervisor: not on the page, not in the list, not through the API.
		assertThat(this.mvc.perform(get(path).with(this.users.as("decl-xihu"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page("/declarations?q=" + this.employer.creditCode(), "decl-xihu")).doesNotContain(this.employer.name());
		String token = ApiTokens.issue(this.mvc, this.users.as("decl-xihu"), "declaration:declaration:read",
				"declaration:declaration:review");
		MvcResult api = this.mvc.perform(get("/api/v1" + path).header("Authorization", "Bearer " + token)).andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(404);
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		MvcResult apiAccept = this.mvc.perform(post("/api/v1" + path + "/return").header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.content("{\"reasons\":\"越权\"}")).andReturn();
		assertThat(apiAccept.getResponse().getStatus()).isEqualTo(404);
		String ownToken = ApiTokens.issue(this.mvc, this.users.as("decl-county"), "declaration:declaration:read");
		String json = this.mvc.perform(get("/api/v1" + path).header("Authorization", "Bearer " + ownToken))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"status\":\"ACCEPTED\"", "\"totalExposed\":12", "\"principalName\":\"王厂长\"",
				"\"organisation\":\"DEDICATED\"");
	}

	@Test
	void showsItemErrorsBesideTheRowsAndKeepsNothing() throws Exception {
		MvcResult result = this.mvc.perform(post("/declarations/new").with(csrf())
			.with(this.users.as(this.managerLogin))
			.param("kind", "INITIAL")
			.param("items[0].hazardCode", "ZZZZ")
			.param("items[0].exposedHeadcount", "-3")
			.param("action", "save")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String body = result.getResponse().getContentAsString();
		assertThat(body).contains("第 1 行：危害因素代码“ZZZZ”不在职业病危害因素分类目录中", "第 1 行：接害人数应在 0 到");
		assertThat(page("/declarations", this.managerLogin)).contains("data-testid=\"declaration-empty\"");
	}

	@Test
	void addsAnItemRowAfterTheHighestIndexOnThePage() throws Exception {
		String row = this.mvc.perform(get("/declarations/form/item-row").with(this.users.as(this.managerLogin))
			.param("items[0].hazardCode", this.noise)
			.param("items[3].posts", "")
			.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
		assertThat(row).contains("name=\"items[4].hazardCode\"", "name=\"items[4].exposedHeadcount\"")
			.doesNotContain("items[3]");
	}

	@Test
	void exportsTheFilteredListAndListsTheClocks() throws Exception {
		MvcResult export = this.mvc.perform(get("/declarations/export.xlsx").param("q", this.employer.creditCode())
			.with(this.users.as("decl-county"))).andReturn();
		assertThat(export.getResponse().getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(export.getResponse().getContentAsByteArray()).hasSizeGreaterThan(100);

		String clocks = DeclarationFixtures.eventually(() -> {
			try {
				return page("/declarations/clocks?due=open&employerId=" + this.employer.id(), "decl-county");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}, text -> text.contains("新登记用人单位的首次申报"));
		assertThat(clocks).contains("新登记用人单位的首次申报", "登记为用人单位", "clock-ok");
	}

	private String page(String path, String login) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(login))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
