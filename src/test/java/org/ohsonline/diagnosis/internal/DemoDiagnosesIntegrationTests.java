package org.ohsonline.diagnosis.internal;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo start seeds a case at each step at the demo diagnosis institution, all synthetic, and
 * the demo logins see them: the {@code diagnosis} institution its cases and station, the
 * {@code worker} their own certified case with its certificate.
 */
@IntegrationTest
class DemoDiagnosesIntegrationTests {

	@Autowired MockMvc mvc;

	@Autowired JdbcClient jdbc;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	@Test
	void theDemoLoginsSeeSyntheticCasesAtEveryStep() throws Exception {
		assertThat(this.jdbc.sql("select status from diagnosis.diagnosis_case where synthetic and institution_credit_code = :c")
			.param("c", DemoDiagnoses.DEMO_DIAGNOSIS)
			.query(String.class)
			.list()).contains("APPLIED", "UNDER_DIAGNOSIS", "CERTIFIED", "APPRAISAL_REQUESTED");
		assertThat(this.jdbc.sql("select count(*) from diagnosis.station where synthetic").query(Long.class).single())
			.isEqualTo(1);
		TestUsers users = new TestUsers(this.administration, this.details);
		String list = this.mvc.perform(get("/diagnosis/cases").with(users.as("diagnosis")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("ZD330105-");
		long certified = this.jdbc.sql("select id from diagnosis.diagnosis_case where synthetic and status = 'CERTIFIED'")
			.query(Long.class)
			.single();
		String own = this.mvc.perform(get("/diagnosis/cases/{id}", certified).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("certificate-download", "电焊工尘肺");
		byte[] pdf = this.mvc.perform(get("/diagnosis/cases/{id}/certificate.pdf", certified).with(users.as("worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
	}

}
