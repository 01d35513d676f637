package org.ohsonline.diagnosis.api;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ohsonline.ApiTokens;
import org.ohsonline.IntegrationTest;
import org.ohsonline.PdfReading;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Diagnosis through the API with real tokens: an institution's staff take a case from the
 * application to the delivered certificate (issued as a PDF that verifies publicly); a worker's
 * token sees only their own case, an institution only the cases at it, another county none (404).
 */
@IntegrationTest
class DiagnosisApiIntegrationTests {

	@Autowired MockMvc mvc;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired HazardFactors hazards;

	@Autowired PiiCipher cipher;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	@TempDir Path temp;

	DiagnosisFixtures fixtures;

	TestUsers users;

	String silica;

	@BeforeEach
	void setUp() {
		this.fixtures = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher);
		this.users = new TestUsers(this.administration, this.details);
		this.silica = this.hazards.factors(null).stream().filter(f -> f.name().equals("矽尘")).findFirst().orElseThrow().code();
	}

	// The users live at the city level (as the demo institution login does), so the county's user list that
	// other tests of the shared context page through keeps its first page.
	private String staffToken(AgencyView institution) throws Exception {
		String username = "diag-api-staff-" + institution.id();
		this.users.ensureScoped(username, "INSTITUTION_STAFF", "3301", Scope.Kind.INSTITUTION, institution.creditCode());
		return ApiTokens.issue(this.mvc, this.users.as(username), "diagnosis:case:read", "diagnosis:case:apply",
				"diagnosis:case:diagnose");
	}

	private String workerToken(String idNumber) throws Exception {
		String username = "diag-api-worker-" + idNumber.substring(10);
		this.users.ensureScoped(username, "WORKER", "3301", Scope.Kind.PERSON, this.cipher.blindIndex(idNumber));
		return ApiTokens.issue(this.mvc, this.users.as(username), "diagnosis:case:read");
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header("Authorization", "Bearer " + token));
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		return call(request.contentType(MediaType.APPLICATION_JSON).content(json), token);
	}

	private long apply(String token, long workerId, EmployerView employer, AgencyView institution, LocalDate on)
			throws Exception {
		String body = send(post("/api/v1/diagnosis/cases"), token, """
				{"workerId": %d, "employerId": %d, "institutionId": %d, "applicant": "WORKER", "appliedOn": "%s",
				 "hazardCodes": ["%s"]}""".formatted(workerId, employer.id(), institution.id(), on, this.silica))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void anInstitutionTakesACaseToTheDeliveredCertificateWhichVerifiesPublicly() throws Exception {
		EmployerView employer = this.fixtures.employer("330105001");
		String alice = this.fixtures.hire(employer);
		AgencyView institution = this.fixtures.institution("330105");
		String staff = staffToken(institution);
		LocalDate today = LocalDate.now();
		LocalDate appliedOn = today.minusDays(20);
		LocalDate completeOn = today.minusDays(15);
		LocalDate diagnosedOn = today.minusDays(10);
		LocalDate deliveredOn = today.minusDays(5);
		this.fixtures.inPerson(institution, alice);
		long id = apply(staff, this.fixtures.workerId(employer, alice), employer, institution, appliedOn);

		String view = call(get("/api/v1/diagnosis/cases/{id}", id), staff).andReturn().getResponse().getContentAsString();
		List<String> codes = JsonPath.read(view, "$.materials[*].code");
		assertThat(codes).isNotEmpty();
		for (String code : codes) {
			send(post("/api/v1/diagnosis/cases/{id}/materials", id), staff,
					"{\"code\": \"%s\", \"receivedOn\": \"%s\"}".formatted(code, completeOn))
				.andExpect(status().isOk());
		}
		call(get("/api/v1/diagnosis/cases/{id}", id), staff).andExpect(jsonPath("$.status").value("UNDER_DIAGNOSIS"))
			.andExpect(jsonPath("$.materialsCompleteOn").value(completeOn.toString()));
		// A bad step answers a problem with the field and changes nothing.
		send(post("/api/v1/diagnosis/cases/{id}/diagnosis", id), staff, """
				{"diagnosedOn": "%s", "occupational": true, "diseaseCode": "1101", "certificateNumber": ""}"""
			.formatted(diagnosedOn))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("certificateNumber"));
		send(post("/api/v1/diagnosis/cases/{id}/diagnosis", id), staff, """
				{"diagnosedOn": "%s", "occupational": true, "diseaseCode": "1101", "conclusion": "矽肺壹期",
				 "certificateNumber": "ZD-API-%d"}""".formatted(diagnosedOn, id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DIAGNOSED"))
			.andExpect(jsonPath("$.certificateCode").doesNotExist());
		call(get("/api/v1/diagnosis/cases/{id}/certificate", id), staff).andExpect(status().isNotFound());
		String delivered = send(post("/api/v1/diagnosis/cases/{id}/certificate", id), staff,
				"{\"deliveredOn\": \"%s\"}".formatted(deliveredOn))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CERTIFIED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JsonPath.read(delivered, "$.certificateCode");
		// The appraisal window opens on delivery: 30 days from the catalog, deliveredOn + 30 = today − 5 + 30 = today + 25.
		List<String> appraisalDue = JsonPath.read(delivered, "$.clocks[?(@.kind == 'APPRAISAL')].dueOn");
		assertThat(appraisalDue).containsExactly(today.plusDays(25).toString());

		byte[] pdf = call(get("/api/v1/diagnosis/cases/{id}/certificate", id), staff).andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfReading.text(pdf, this.temp);
		assertThat(text).contains("职业病诊断证明书", "证明书编号：ZD-API-" + id, "诊断结论", "矽肺", "矽尘", "王五",
				employer.name(), institution.name(), "申请日期", appliedOn.toString(), "资料齐全日期", completeOn.toString(),
				"诊断日期", diagnosedOn.toString(), "送达日期", deliveredOn.toString(), today.plusDays(25).toString(),
				"核验码：" + code);
		String url = PdfReading.qrCode(pdf, 0);
		assertThat(url).endsWith("/verify/" + code);
		String page = this.mvc.perform(get(URI.create(url).getPath())).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("职业病诊断证明书", "ZD-API-" + id, institution.name()).doesNotContain("王五");

		// The worker downloads the same bytes: the PDF is kept as issued, not rendered again.
		byte[] again = call(get("/api/v1/diagnosis/cases/{id}/certificate", id), workerToken(alice))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(again).isEqualTo(pdf);
	}

	@Test
	void aWorkerSeesOnlyTheirOwnCaseAnInstitutionOnlyItsOwnAndAnotherCountyNone() throws Exception {
		EmployerView employer = this.fixtures.employer("330105001");
		String alice = this.fixtures.hire(employer);
		String bob = this.fixtures.hire(employer);
		AgencyView first = this.fixtures.institution("330105");
		AgencyView second = this.fixtures.institution("330105");
		String firstStaff = staffToken(first);
		String secondStaff = staffToken(second);
		LocalDate on = LocalDate.now().minusDays(2);
		this.fixtures.inPerson(first, alice);
		this.fixtures.inPerson(second, bob);
		long aliceCase = apply(firstStaff, this.fixtures.workerId(employer, alice), employer, first, on);
		long bobCase = apply(secondStaff, this.fixtures.workerId(employer, bob), employer, second, on);

		String aliceToken = workerToken(alice);
		call(get("/api/v1/diagnosis/cases"), aliceToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(aliceCase));
		call(get("/api/v1/diagnosis/cases/{id}", aliceCase), aliceToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.workerName").value("王五"));
		call(get("/api/v1/diagnosis/cases/{id}", bobCase), aliceToken).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		// The worker's token carries only reading: a step is forbidden.
		send(post("/api/v1/diagnosis/cases/{id}/materials", aliceCase), aliceToken, "{\"code\": \"REGISTRATION\"}")
			.andExpect(status().isForbidden());

		call(get("/api/v1/diagnosis/cases").param("employerId", String.valueOf(employer.id())), firstStaff)
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(aliceCase));
		call(get("/api/v1/diagnosis/cases/{id}", bobCase), firstStaff).andExpect(status().isNotFound());
		send(post("/api/v1/diagnosis/cases/{id}/materials", bobCase), firstStaff, "{\"code\": \"REGISTRATION\"}")
			.andExpect(status().isNotFound());

		this.users.ensure("diag-api-county-330106", "COUNTY_SUPERVISOR", "330106", null);
		String other = ApiTokens.issue(this.mvc, this.users.as("diag-api-county-330106"), "diagnosis:case:read");
		call(get("/api/v1/diagnosis/cases/{id}", aliceCase), other).andExpect(status().isNotFound());
		call(get("/api/v1/diagnosis/cases").param("employerId", String.valueOf(employer.id())), other)
			.andExpect(jsonPath("$.total").value(0));
		call(get("/api/v1/diagnosis/registry").param("region", "330105"), other).andExpect(jsonPath("$.total").value(0));

		// Without a token there is no answer at all.
		this.mvc.perform(get("/api/v1/diagnosis/cases/{id}", aliceCase)).andExpect(status().isUnauthorized());
	}

}
