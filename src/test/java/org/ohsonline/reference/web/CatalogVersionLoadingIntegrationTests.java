package org.ohsonline.reference.web;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.reference.CatalogAdministration;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.TestCatalogs;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class CatalogVersionLoadingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogAdministration administration;

	@Autowired
	AuditQueries audit;

	@Autowired
	ApplicationEvents events;

	private MockMultipartHttpServletRequestBuilder upload(String code, String edition, LocalDate effective,
			String filename, String content) {
		return upload(code, edition, effective, "国家标准化管理委员会", filename, content);
	}

	private MockMultipartHttpServletRequestBuilder upload(String code, String edition, LocalDate effective,
			String source, String filename, String content) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/catalogs/{code}/versions/new", code)
			.file(new MockMultipartFile("file", filename, "text/csv", TestCatalogs.utf8(content)))
			.param("edition", edition)
			.param("effectiveFrom", effective == null ? "" : effective.toString())
			.param("source", source)
			.param("notes", "by a test")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf());
	}

	@Test
	void loadsAValidVersionThatComesIntoForceAndIsAnnouncedAndAudited() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();
		LocalDate today = LocalDate.now();

		this.mvc.perform(upload(code, "v2", today, "v2.csv", "\uFEFF" + TestCatalogs.VALID_CSV))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/catalogs/" + code))
			.andExpect(flash().attribute("flash", containsString("v2")));

		CatalogVersion inForce = this.catalogs.versionInForce(code, today).orElseThrow();
		assertThat(inForce.edition()).isEqualTo("v2");
		assertThat(inForce.loadedBy()).isEqualTo("admin");
		assertThat(inForce.entryCount()).isEqualTo(4);
		assertThat(this.catalogs.allEntries(inForce.id(), "T12")).singleElement()
			.satisfies(e -> assertThat(e.attributes()).containsEntry("note", "说明"));
		assertThat(this.events.stream(CatalogVersionActivated.class))
			.containsExactly(new CatalogVersionActivated(code, inForce.id(), "v2", today));
		Actor auditor = new Actor(0, "auditor", "auditor", "", Scope.region(""), Set.of("audit:entry:read"), "local",
				Actor.Channel.UI);
		assertThat(this.audit
			.search(auditor, new AuditFilter(null, "admin", "reference.catalog-version.loaded", "catalog-version",
					String.valueOf(inForce.id()), null, null), PageQuery.of(1, 10))
			.items()).singleElement().satisfies(entry -> assertThat(entry.after()).contains("v2").contains(code));
		this.mvc.perform(get("/catalogs/{code}", code).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString(versionRow(inForce.id(), "IN_FORCE"))))
			.andExpect(content().string(containsString("data-status=\"SUPERSEDED\"")));
	}

	@Test
	void schedulesAVersionWithAFutureEffectiveDateWithoutPuttingItInForce() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();
		LocalDate later = LocalDate.now().plusDays(30);

		this.mvc.perform(upload(code, "v2", later, "v2.csv", TestCatalogs.VALID_CSV))
			.andExpect(status().is3xxRedirection());

		assertThat(this.catalogs.versionInForce(code, LocalDate.now()).orElseThrow().edition()).isEqualTo("v1");
		assertThat(this.catalogs.versionInForce(code, later.minusDays(1)).orElseThrow().edition()).isEqualTo("v1");
		assertThat(this.catalogs.versionInForce(code, later).orElseThrow().edition()).isEqualTo("v2");
		CatalogVersion scheduled = this.catalogs.versions(code).get(0);
		this.mvc.perform(get("/catalogs/{code}", code).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(content().string(containsString(versionRow(scheduled.id(), "SCHEDULED"))))
			.andExpect(content().string(not(containsString(">T12<"))));
	}

	@Test
	void changesNothingWhenOneRowIsBadAndReportsThatRow() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();
		String oneBadRow = TestCatalogs.VALID_CSV + "T13,孤儿条目,X9,3,\n";
		MockHttpSession session = new MockHttpSession();

		this.mvc.perform(upload(code, "v2", LocalDate.now(), "v2.csv", oneBadRow).session(session))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("data-testid=\"error-summary\"")))
			.andExpect(content().string(containsString("文件中有 1 行被拒绝，整个版本未载入。")))
			.andExpect(content().string(matchesPattern("(?s).*<tr data-row=\"6\">\\s*<td>6</td>\\s*"
					+ "<td class=\"font-monospace\">T13</td>\\s*<td>孤儿条目</td>\\s*"
					+ "<td>第 6 行：编码 T13 的上级编码 X9 不在此版本中。</td>.*")))
			.andExpect(content().string(not(containsString("<tr data-row=\"5\">"))))
			.andExpect(content().string(containsString("value=\"v2\"")))
			.andExpect(content().string(matchesPattern("(?s).*data-confirm=\"[^\"]*不能修改[^\"]*\".*")));

		assertThat(this.catalogs.versions(code)).extracting(CatalogVersion::edition).containsExactly("v1");
		assertThat(this.events.stream(CatalogVersionActivated.class)).isEmpty();
	}

	@Test
	void offersTheRejectionReportAsCsv() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();
		MockHttpSession session = new MockHttpSession();
		String html = this.mvc
			.perform(upload(code, "v2", LocalDate.now(), "v2.csv", TestCatalogs.VALID_CSV + "T13,重复,T1,三,\n")
				.session(session))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = html.replaceAll("(?s).*href=\"(/catalogs/[^\"]+/versions/rejections/[^\"]+\\.csv)\".*", "$1");

		this.mvc.perform(get(link).session(session).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("6,,,第 6 行：编码 T13 的级别“三”不是整数。")));
	}

	@Test
	void reportsEveryProblemOfTheFormAtOnce() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();

		this.mvc.perform(upload(code, "v1", null, "", "v2.csv", "code,name,parent_code,level\nT,,,1\n"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("版次 v1 已存在。")))
			.andExpect(content().string(containsString("请填写施行日期。")))
			.andExpect(content().string(containsString("请填写来源。")))
			.andExpect(content().string(containsString("第 2 行：编码 T 缺少名称。")));

		assertThat(this.catalogs.versions(code)).hasSize(1);
	}

	@Test
	void reportsAMalformedDateBesideItsFieldAndStillChecksTheRows() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();

		this.mvc
			.perform(multipart("/catalogs/{code}/versions/new", code)
				.file(new MockMultipartFile("file", "v2.csv", "text/csv",
						TestCatalogs.utf8("code,name,parent_code,level\nT,名,,1\nT1,名,T\n")))
				.param("edition", "v2")
				.param("effectiveFrom", "2025/01/01")
				.param("source", "test")
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("施行日期“2025/01/01”无效")))
			.andExpect(content().string(not(containsString("请填写施行日期。"))))
			.andExpect(content().string(containsString("第 3 行：应有 4 列，实际 3 列。")));
	}

	@Test
	void refusesTheLoadFormAndTheLoadToUsersWhoMayOnlyRead() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();

		this.mvc.perform(get("/catalogs/{code}/versions/new", code).with(user(this.users.loadUserByUsername("province"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(upload(code, "v2", LocalDate.now(), "v2.csv", TestCatalogs.VALID_CSV)
				.with(user(this.users.loadUserByUsername("county"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/catalogs/{code}", code).with(user(this.users.loadUserByUsername("county"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"load-version\""))));

		assertThat(this.catalogs.versions(code)).hasSize(1);
	}

	@Test
	void showsTheLoadFormToAdministrators() throws Exception {
		String code = TestCatalogs.createWithVersion(this.jdbc, this.administration);
		this.events.clear();

		this.mvc.perform(get("/catalogs/{code}/versions/new", code).with(user(this.users.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
	}

	private static String versionRow(long id, String status) {
		return "data-version=\"" + id + "\" data-status=\"" + status + "\"";
	}

}
