package org.ohsonline.agency.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyRef;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agency pages and API as the demo users meet them: forms with field errors, who may open and
 * change what, the demo agency login's own organisation, the export, and problem details.
 */
@IntegrationTest
class AgencyWebIntegrationTests {

	private static final String DEMO_AGENCY = "91330105DEMAG0001" + CreditCode.checkCharacter("91330105DEMAG0001");

	@Autowired
	MockMvc mvc;

	@Autowired
	Agencies agencies;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	TestUsers users;

	AgencyFixtures fixtures;

	final Actor hangzhou = AgencyFixtures.commission("3301");

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.fixtures = new AgencyFixtures(this.agencies);
		this.users.ensure("agency-xihu", "COUNTY_SUPERVISOR", "330106", null);
	}

	@Test
	void showsTheListEveryTabAndEveryFormToTheCommission() throws Exception {
		AgencyView institution = this.fixtures.examInstitution(this.hangzhou, "330105");
		assertThat(page("/agencies?q=" + institution.creditCode(), "city")).contains(institution.name())
			.contains("clock-ok");
		for (String tab : List.of("profile", "scope", "staff", "engagements", "capacity")) {
			assertThat(page("/agencies/" + institution.id() + "?tab=" + tab, "city")).contains(institution.name());
		}
		assertThat(page("/agencies/" + institution.id() + "?tab=capacity", "city")).contains("120 人/日");
		for (String form : List.of("/agencies/new", "/agencies/" + institution.id() + "/edit",
				"/agencies/" + institution.id() + "/scope", "/agencies/" + institution.id() + "/staff/new",
				"/agencies/" + institution.id() + "/engagements/new")) {
			assertThat(page(form, "city")).contains("<form");
		}
	}

	@Test
	void listsEveryStaffMemberOfTheDemoInstitution() throws Exception {
		String code = "12330105DEMEX0001" + CreditCode.checkCharacter("12330105DEMEX0001");
		AgencyRef institution = this.agencies.ownedBy(new Scope(Scope.Kind.INSTITUTION, code)).get(0);
		String html = page("/agencies/" + institution.id() + "?tab=staff", "city");
		// The generator gives the demo institution 16 staff, each listed with a masked number.
		assertThat(html.split("<td class=\"masked\">", -1).length - 1).isEqualTo(16);
	}

	@Test
	void registersThroughTheFormWithFieldErrorsFirst() throws Exception {
		String code = AgencyFixtures.creditCode("330105");
		String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		String page = this.mvc.perform(post("/agencies/new").with(csrf()).with(this.users.as("city"))
				.param("kind", "SERVICE_AGENCY").param("creditCode", wrong).param("name", "表单机构")
				.param("regionCode", "330105").param("address", "表单路 1 号").param("certificateNumber", "职技-表单")
				.param("issuingAuthority", "浙江省卫生健康委员会").param("validFrom", LocalDate.now().toString())
				.param("validTo", LocalDate.now().plusYears(5).toString()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("统一社会信用代码无效").contains("is-invalid");
		this.mvc.perform(post("/agencies/new").with(csrf()).with(this.users.as("city"))
				.param("kind", "SERVICE_AGENCY").param("creditCode", code).param("name", "表单机构")
				.param("regionCode", "330105").param("address", "表单路 1 号").param("certificateNumber", "职技-表单")
				.param("issuingAuthority", "浙江省卫生健康委员会").param("validFrom", LocalDate.now().toString())
				.param("validTo", LocalDate.now().plusYears(5).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/agencies/*?tab=scope"))
			.andExpect(flash().attribute("flashKey", "agency.agency.registeredDone"));
	}

	@Test
	void changesTheScopeThroughTheFormAndRefusesANegativeCapacity() throws Exception {
		AgencyView institution = this.fixtures.examInstitution(this.hangzhou, "330105");
		String rejected = this.mvc.perform(post("/agencies/{id}/scope", institution.id()).with(csrf())
				.with(this.users.as("city")).param("hazardCategories", "1", "3").param("hazardFactors", "2013，2145")
				.param("capacity[IN_SERVICE]", "-3").param("capacity[EXIT]", "四十"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(rejected).contains("体检类别 02 的每日可检人数").contains("体检类别 03 的每日可检人数");
		assertThat(this.agencies.find(this.hangzhou, institution.id()).scope().dailyCapacity())
			.containsEntry(org.ohsonline.agency.ExamType.IN_SERVICE, 120);
		this.mvc.perform(post("/agencies/{id}/scope", institution.id()).with(csrf()).with(this.users.as("city"))
				.param("hazardCategories", "1", "3").param("hazardFactors", "2013，2145")
				.param("capacity[IN_SERVICE]", "150").param("capacity[EXIT]", "40").param("capacity[EMERGENCY]", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashKey", "agency.scope.savedDone"));
		org.ohsonline.agency.QualificationScope scope = this.agencies.find(this.hangzhou, institution.id()).scope();
		assertThat(scope.hazardCategories()).containsExactly("1", "3");
		assertThat(scope.hazardFactors()).containsExactly("2013", "2145");
		assertThat(scope.dailyCapacity()).containsOnlyKeys(org.ohsonline.agency.ExamType.IN_SERVICE,
				org.ohsonline.agency.ExamType.EXIT);
		assertThat(page("/agencies/" + institution.id() + "?tab=capacity", "city")).contains("150 人/日")
			.contains("40 人/日");
	}

	@Test
	void keepsCountySupervisorsToReadingTheirOwnCounty() throws Exception {
		AgencyView agency = this.fixtures.serviceAgency(this.hangzhou, "330105");
		assertThat(page("/agencies/" + agency.id(), "county")).contains(agency.name());
		this.mvc.perform(get("/agencies/{id}/edit", agency.id()).with(this.users.as("county")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/agencies/{id}/status", agency.id()).with(csrf()).with(this.users.as("county"))
				.param("status", "REVOKED"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/agencies/{id}", agency.id()).with(this.users.as("agency-xihu")))
			.andExpect(status().isNotFound());
		assertThat(page("/agencies?q=" + agency.creditCode(), "agency-xihu")).doesNotContain(agency.name());
	}

	@Test
	void letsTheDemoAgencyLoginKeepItsOwnStaffOnly() throws Exception {
		AgencyRef own = this.agencies.ownedBy(new Scope(Scope.Kind.AGENCY, DEMO_AGENCY)).get(0);
		AgencyView other = this.fixtures.serviceAgency(this.hangzhou, "330105");
		this.mvc.perform(get("/agencies/mine").with(this.users.as("agency")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/agencies/" + own.id()));
		this.mvc.perform(get("/agencies/{id}", other.id()).with(this.users.as("agency"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agencies/{id}/scope", own.id()).with(this.users.as("agency")))
			.andExpect(status().isForbidden());
		String idNumber = AgencyFixtures.idNumber("330105");
		this.mvc.perform(post("/agencies/{id}/staff/new", own.id()).with(csrf()).with(this.users.as("agency"))
				.param("name", "周采样").param("idNumber", idNumber).param("title", "工程师").param("roles", "SAMPLING"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashKey", "agency.staff.addedDone"));
		String staffTab = page("/agencies/" + own.id() + "?tab=staff", "agency");
		assertThat(staffTab).contains("周采样").contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
			.doesNotContain(idNumber);
		this.mvc.perform(post("/agencies/{id}/staff/new", other.id()).with(csrf()).with(this.users.as("agency"))
				.param("name", "越界").param("idNumber", AgencyFixtures.idNumber("330105")).param("roles", "SAMPLING"))
			.andExpect(status().isNotFound());
		// A rejected form never sends the number back to the browser.
		String rejected = this.mvc.perform(post("/agencies/{id}/staff/new", own.id()).with(csrf())
				.with(this.users.as("agency")).param("name", "周采样").param("idNumber", idNumber).param("roles", "SAMPLING"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(rejected).contains("该人员已在本机构名单中").doesNotContain(idNumber);
	}

	@Test
	void exportsExactlyTheFilteredList() throws Exception {
		AgencyView agency = this.fixtures.serviceAgency(this.hangzhou, "330105");
		MvcResult result = this.mvc.perform(get("/agencies/export.xlsx").param("q", agency.creditCode())
				.with(this.users.as("city"))).andExpect(status().isOk()).andReturn();
		List<List<String>> rows = rows(result.getResponse().getContentAsByteArray());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).contains(agency.creditCode(), agency.name(), "职业卫生技术服务机构", "资质有效");
	}

	@Test
	void answersTheApiWithProblemDetailsAndMaskedNumbers() throws Exception {
		String city = ApiTokens.issue(this.mvc, this.users.as("city"), "agency:agency:read", "agency:agency:write",
				"agency:staff:write");
		this.mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"EXAM_INSTITUTION\",\"creditCode\":\"12330105ABC\",\"name\":\"接口机构\","
						+ "\"regionCode\":\"330105\",\"address\":\"路\",\"certificateNumber\":\"职检-1\","
						+ "\"issuingAuthority\":\"浙江省卫生健康委员会\",\"validFrom\":\"2020-01-01\",\"validTo\":\"2021-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'validTo')].code").value("agency.agency.qualificationExpired"));

		String code = AgencyFixtures.creditCode("330105");
		MvcResult created = this.mvc.perform(post("/api/v1/agencies").header("Authorization", "Bearer " + city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"kind\":\"EXAM_INSTITUTION\",\"creditCode\":\"" + code + "\",\"name\":\"接口机构\","
						+ "\"regionCode\":\"330105\",\"address\":\"路\",\"certificateNumber\":\"职检-1\","
						+ "\"issuingAuthority\":\"浙江省卫生健康委员会\",\"validFrom\":\"2024-01-01\",\"validTo\":\""
						+ LocalDate.now().plusYears(2) + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.qualification").value("VALID"))
			.andReturn();
		long id = Long.parseLong(created.getResponse().getHeader("Location").replaceAll(".*/", ""));
		this.mvc.perform(put("/api/v1/agencies/{id}/scope", id).header("Authorization", "Bearer " + city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hazardCategories\":[\"1\"],\"dailyCapacity\":{\"IN_SERVICE\":-1}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("agency.scope.capacityInvalid"));
		this.mvc.perform(put("/api/v1/agencies/{id}/scope", id).header("Authorization", "Bearer " + city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"hazardCategories\":[\"1\"],\"dailyCapacity\":{\"IN_SERVICE\":80}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope.dailyCapacity.IN_SERVICE").value(80));

		String idNumber = AgencyFixtures.idNumber("330105");
		this.mvc.perform(post("/api/v1/agencies/{id}/staff", id).header("Authorization", "Bearer " + city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"吴医师\",\"idNumber\":\"" + idNumber + "\",\"roles\":[\"PHYSICIAN\"]}"))
			.andExpect(status().isCreated());
		String list = this.mvc.perform(get("/api/v1/agencies/{id}/staff", id).header("Authorization", "Bearer " + city))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("吴医师").doesNotContain(idNumber);

		String xihu = ApiTokens.issue(this.mvc, this.users.as("agency-xihu"), "agency:agency:read");
		this.mvc.perform(get("/api/v1/agencies/{id}", id).header("Authorization", "Bearer " + xihu))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String agency = ApiTokens.issue(this.mvc, this.users.as("agency"), "agency:agency:read");
		this.mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + agency))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].creditCode").value(DEMO_AGENCY));
	}

	private String page(String path, String username) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<List<String>> rows(byte[] xlsx) throws Exception {
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

}
