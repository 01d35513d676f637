package org.ohsonline.diagnosis.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The diagnosis pages as people use them: the institution's staff tick the checklist on the case
 * page and see the diagnosis clock start; a refused step says why; supervisors find the case in the
 * list, the clocks and the registry (with its chart data and export); another county gets 404.
 */
@IntegrationTest
class DiagnosisPagesIntegrationTests {

	@Autowired MockMvc mvc;

	@Autowired Diagnoses diagnoses;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired PiiCipher cipher;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	TestUsers users;

	DiagnosisFixtures fixtures;

	AgencyView institution;

	String staffLogin;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("diag-county", "COUNTY_SUPERVISOR", "330105", null);
		this.users.ensure("diag-xihu", "COUNTY_SUPERVISOR", "330106", null);
		this.users.ensure("diag-city", "MUNICIPAL_SUPERVISOR", "3301", null);
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.institution = this.fixtures.institution("330105");
		this.staffLogin = "diag-staff-" + this.institution.id();
		UserAdministration.WithPassword created = this.administration.create(Actor.system("test"), new UserCommand(
				this.staffLogin, "诊断医师", "330105", this.institution.creditCode(), Set.of("INSTITUTION_STAFF"), null, true));
		Actor self = new Actor(created.user().id(), this.staffLogin, "诊断医师", "330105",
				new Scope(Scope.Kind.INSTITUTION, this.institution.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
	}

	@Test
	void theInstitutionTicksTheChecklistAndSupervisorsFollowTheCase() throws Exception {
		EmployerView employer = this.fixtures.employer("330105001");
		String idNumber = this.fixtures.hire(employer);
		String silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
		this.fixtures.inPerson(this.institution, idNumber);
		CaseView c = this.diagnoses.apply(DiagnosisFixtures.staffOf(this.institution), new ApplicationCommand(
				this.fixtures.workerId(employer, idNumber), employer.id(), this.institution.id(),
				org.ohsonline.diagnosis.Applicant.WORKER, null, List.of(silica), null));
		String path = "/diagnosis/cases/" + c.id();

		assertThat(page(path, this.staffLogin)).contains(c.number(), "资料收集中", "诊断资料清单", "登记",
				"资料齐全后开始计算诊断期限");
		MvcResult refused = this.mvc.perform(post(path + "/materials").with(csrf()).with(this.users.as(this.staffLogin))
			.param("code", "WORKPLACE_TESTING").param("waived", "true")).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(path);
		assertThat(refused.getFlashMap().get("stepErrors")).asString().contains("免于提供资料时须说明理由");
		for (CaseView.Material m : c.materials()) {
			this.mvc.perform(post(path + "/materials").with(csrf()).with(this.users.as(this.staffLogin)).param("code", m.code()));
		}
		String underDiagnosis = page(path, this.staffLogin);
		assertThat(underDiagnosis).contains("诊断中", "作出诊断结论（30 日）", "data-testid=\"clock\"", "作出诊断结论");

		assertThat(page("/diagnosis/cases?q=" + c.number(), "diag-county")).contains(c.number(), employer.name());
		assertThat(page(path, "diag-county")).contains(c.number()).doesNotContain("data-testid=\"diagnose-form\"");
		assertThat(page("/diagnosis/clocks?due=open", "diag-county")).contains(c.number());
		assertThat(this.mvc.perform(get(path).with(this.users.as("diag-xihu"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page("/diagnosis/cases?q=" + c.number(), "diag-xihu")).doesNotContain(employer.name())
			.contains("data-testid=\"case-empty\"");

		this.mvc.perform(post(path + "/diagnosis").with(csrf()).with(this.users.as(this.staffLogin))
			.param("occupational", "true").param("diseaseCode", "1101").param("certificateNumber", "ZD-P-1"));
		String registry = page("/diagnosis/registry?q=" + c.number(), "diag-city");
		assertThat(registry).contains(c.number(), "矽肺", "data-testid=\"registry-chart\"");
		MvcResult counts = this.mvc.perform(get("/diagnosis/registry/counts?category=1").with(this.users.as("diag-city")))
			.andReturn();
		assertThat(counts.getResponse().getContentAsString()).contains("\"categoryCode\":\"1\"");
		MvcResult export = this.mvc.perform(get("/diagnosis/registry/export.xlsx?q=" + c.number())
			.with(this.users.as("diag-city"))).andReturn();
		assertThat(export.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
		assertThat(export.getResponse().getContentAsByteArray()).hasSizeGreaterThan(100);
		// The institution's staff find the worker by the identity number and name presented in person.
		assertThat(identify(idNumber, "王五")).contains("data-testid=\"apply-form\"", employer.name(), this.institution.name());
	}

	@Test
	void anInstitutionReachesAWorkerOnlyThroughARelationThatGrantsIt() throws Exception {
		EmployerView employer = this.fixtures.employer("330105001");
		String idNumber = this.fixtures.hire(employer);
		long workerId = this.fixtures.workerId(employer, idNumber);
		// Guessing a sequential id shows nothing of the worker (it showed name, employers and hazards).
		assertThat(page("/diagnosis/cases/new?workerId=" + workerId, this.staffLogin))
			.doesNotContain("data-testid=\"apply-form\"", employer.name(), "王五", idNumber.substring(14));
		assertThat(this.mvc.perform(get("/workers/" + workerId).with(this.users.as(this.staffLogin))).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// The number with another name finds nobody, so the number alone never names a person.
		assertThat(identify(idNumber, "李四")).contains("data-testid=\"worker-not-found\"")
			.doesNotContain("data-testid=\"apply-form\"", "王五", employer.name());
		// In person, number and name: the record opens to the institution, audited.
		assertThat(identify(idNumber, "王五")).contains("data-testid=\"apply-form\"", "王五", employer.name());
		assertThat(page("/diagnosis/cases/new?workerId=" + workerId, this.staffLogin)).contains("data-testid=\"apply-form\"");
		assertThat(page("/workers/" + workerId, this.staffLogin)).contains("王五", employer.name());
	}

	private String identify(String idNumber, String name) throws Exception {
		return this.mvc.perform(post("/diagnosis/cases/new").with(csrf()).with(this.users.as(this.staffLogin))
			.param("idNumber", idNumber)
			.param("name", name)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aSupervisorRegistersAStationWhoseStaffEnrolAndRecordVisits() throws Exception {
		String credit = org.ohsonline.agency.AgencyFixtures.creditCode("330105");
		MvcResult registered = this.mvc.perform(post("/diagnosis/stations").with(csrf()).with(this.users.as("diag-county"))
			.param("name", "拱墅测试康复站").param("creditCode", credit).param("regionCode", "330105")
			.param("address", "测试路 8 号").param("capacity", "20")).andReturn();
		String stationPath = registered.getResponse().getRedirectedUrl();
		assertThat(stationPath).matches("/diagnosis/stations/\\d+");
		assertThat(page("/diagnosis/stations", "diag-county")).contains("拱墅测试康复站", "空余 20 名");
		assertThat(this.mvc.perform(get(stationPath).with(this.users.as("diag-xihu"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		String stationLogin = "diag-station-" + credit.substring(10, 17);
		UserAdministration.WithPassword created = this.administration.create(Actor.system("test"),
				new UserCommand(stationLogin, "康复站医生", "330105", credit, Set.of("INSTITUTION_STAFF"), null, true));
		this.administration.changeOwnPassword(new Actor(created.user().id(), stationLogin, "康复站医生", "330105",
				new Scope(Scope.Kind.INSTITUTION, credit), Set.of(), "127.0.0.1", Actor.Channel.UI),
				created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
		EmployerView employer = this.fixtures.employer("330105001");
		String idNumber = this.fixtures.hire(employer);
		String silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
		Actor doctor = DiagnosisFixtures.staffOf(this.institution);
		this.fixtures.inPerson(this.institution, idNumber);
		CaseView c = this.diagnoses.apply(doctor, new ApplicationCommand(this.fixtures.workerId(employer, idNumber),
				employer.id(), this.institution.id(), org.ohsonline.diagnosis.Applicant.WORKER, null, List.of(silica), null));
		c.materials().forEach(m -> this.diagnoses.recordMaterial(doctor, c.id(),
				new org.ohsonline.diagnosis.MaterialCommand(m.code(), null, false, null)));
		this.diagnoses.diagnose(doctor, c.id(), new org.ohsonline.diagnosis.DiagnosisCommand(null, true, "1101", "矽肺", "ZD-R"));

		assertThat(page(stationPath, stationLogin)).contains("data-testid=\"enrol-form\"");
		this.mvc.perform(post(stationPath + "/patients").with(csrf()).with(this.users.as(stationLogin))
			.param("caseNumber", c.number()));
		String station = page(stationPath, stationLogin);
		assertThat(station).contains("矽肺", c.number(), "在管 1 / 20 名");
		String patientPath = station.replaceAll("(?s).*href=\"(/diagnosis/patients/\\d+)\".*", "$1");
		assertThat(page(patientPath, stationLogin)).contains("data-testid=\"visit-form\"", "呼吸训练");
		this.mvc.perform(post(patientPath + "/visits").with(csrf()).with(this.users.as(stationLogin))
			.param("services", "BREATHING_TRAINING").param("outcomeNotes", "血氧饱和度改善"));
		assertThat(page(patientPath, "diag-county")).contains("血氧饱和度改善").doesNotContain("data-testid=\"visit-form\"");
	}

	private String page(String path, String username) throws Exception {
		MvcResult result = this.mvc.perform(get(path).with(this.users.as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
