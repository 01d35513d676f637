package org.ohsonline.diagnosis.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.iam.internal.UserCommand;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pesticide poisoning and diagnosis exchange pages as people use them: a hospital's staff report a poisoning and
 * a refused form names each bad field with its reason; the hospital and the county see the report masked, another
 * county does not; the county's supervisor exports it as NYZD and the CDC's upload of a malformed document is
 * answered per element. 淳安县 (330127) is the county of the diagnosis exchange tests.
 */
@IntegrationTest
class DiagnosisExchangePagesIntegrationTests {

	@Autowired MockMvc mvc;

	@Autowired Employers employers;

	@Autowired Workers workers;

	@Autowired Agencies agencies;

	@Autowired PiiCipher cipher;

	@Autowired UserAdministration administration;

	@Autowired UserDetailsService details;

	TestUsers users;

	AgencyView hospital;

	String staffLogin;

	@BeforeEach
	void setUp() {
		this.users = new TestUsers(this.administration, this.details);
		this.users.ensure("dx-county", "COUNTY_SUPERVISOR", "330127", null);
		this.users.ensure("dx-cdc", "CDC_ANALYST", "330127", null);
		this.users.ensure("dx-xihu", "COUNTY_SUPERVISOR", "330106", null);
		this.hospital = new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher).institution("330127");
		this.staffLogin = "dx-staff-" + this.hospital.id();
		UserAdministration.WithPassword created = this.administration.create(Actor.system("test"), new UserCommand(
				this.staffLogin, "急诊医师", "330127", this.hospital.creditCode(), Set.of("INSTITUTION_STAFF"), null, true));
		Actor self = new Actor(created.user().id(), this.staffLogin, "急诊医师", "330127",
				new Scope(Scope.Kind.INSTITUTION, this.hospital.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
	}

	private String page(String path, String login) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(login))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aHospitalReportsAPoisoningTheCountyExportsItAndAMalformedUploadIsAnsweredPerElement() throws Exception {
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		assertThat(page("/diagnosis/pesticide-poisonings/new", this.staffLogin)).contains("报告农药中毒", "百草枯",
				"生产性受雇", "转归");
		MvcResult refused = this.mvc.perform(post("/diagnosis/pesticide-poisonings").with(csrf())
			.with(this.users.as(this.staffLogin))
			.param("patientName", "孙小七").param("idType", "01").param("idNumber", "330127198501010000")
			.param("gender", "1").param("birthDate", "1985-01-01").param("regionCode", "330127100")
			.param("village", "文昌镇某村").param("poisonCode", "25").param("causeCode", "03").param("outcomeCode", "04")
			.param("diagnosedOn", today).param("unitHead", "钱主任")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("data-testid=\"form-errors\"",
				"证件号码：居民身份证号码校验不通过", "其他毒物名称：必填", "死亡日期：转归为“死亡”时必须填写死亡日期")
			.doesNotContain("330127198501010000");

		String idNumber = RegistryFixtures.idNumber("330127");
		MvcResult reported = this.mvc.perform(post("/diagnosis/pesticide-poisonings").with(csrf())
			.with(this.users.as(this.staffLogin))
			.param("patientName", "孙小七").param("idType", "01").param("idNumber", idNumber)
			.param("gender", "1").param("birthDate", "1985-01-01").param("phone", "13912347777")
			.param("regionCode", "330127100").param("village", "文昌镇某村").param("poisonCode", "2")
			.param("causeCode", "03").param("outcomeCode", "01").param("diagnosedOn", today)
			.param("unitHead", "钱主任")).andReturn();
		assertThat(reported.getResponse().getRedirectedUrl()).startsWith("/diagnosis/pesticide-poisonings?q=NY");
		String number = reported.getResponse().getRedirectedUrl().replaceFirst(".*q=", "");

		assertThat(page("/diagnosis/pesticide-poisonings?q=" + number, this.staffLogin)).contains(number, "孙*七",
				"敌敌畏", "生活性误服（用）", "治愈", "139****7777").doesNotContain(idNumber, "13912347777");
		assertThat(page("/diagnosis/pesticide-poisonings?q=" + number, "dx-county")).contains("data-number=\"" + number + "\"", "孙*七");
		assertThat(page("/diagnosis/pesticide-poisonings?q=" + number, "dx-xihu")).doesNotContain("data-number=\"" + number + "\"", "孙*七")
			.contains("data-testid=\"pesticide-empty\"");

		assertThat(page("/exchange/diagnosis?type=nyzd", "dx-county")).contains("疑似职业病", "职业病病例", "职业病鉴定",
				"农药中毒", "包含患者联系电话").doesNotContain("data-testid=\"exchange-upload\"");
		MvcResult export = this.mvc.perform(get("/exchange/diagnosis/export.xml").param("type", "nyzd")
			.param("phones", "true").with(this.users.as("dx-county"))).andReturn();
		String xml = export.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<NYZD ID=\"" + number + "\">", "<ID_CARD>" + idNumber + "</ID_CARD>",
				"<WORKER_TELPHONE>13912347777</WORKER_TELPHONE>");
		assertThat(this.mvc.perform(get("/exchange/diagnosis/export.xml").param("type", "nyzd").param("phones", "true")
			.with(this.users.as("dx-cdc"))).andReturn().getResponse().getStatus()).as("the CDC does not reveal phones")
			.isEqualTo(403);

		String record = xml.substring(xml.indexOf("<NYZD ID=\"" + number + "\">"),
				xml.indexOf("</NYZD>", xml.indexOf("<NYZD ID=\"" + number + "\">")) + 7)
			.replace("<OUTCOME>01</OUTCOME>", "<OUTCOME>07</OUTCOME>");
		String document = (xml.substring(0, xml.indexOf("<NYZD_LIST>") + 11) + record + xml.substring(xml.indexOf("</NYZD_LIST>")))
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>pages-" + number + "</DocumentId>");
		MvcResult upload = this.mvc.perform(multipart("/exchange/diagnosis/import").file(new MockMultipartFile("file",
				"nyzd.xml", "application/xml", document.getBytes(StandardCharsets.UTF_8)))
			.param("type", "nyzd").with(csrf()).with(this.users.as("dx-cdc"))).andReturn();
		assertThat(upload.getResponse().getContentAsString()).contains("data-testid=\"exchange-result\"", "已拒绝",
				"OUTCOME", "“07”不在规范的代码表中");
	}

}
