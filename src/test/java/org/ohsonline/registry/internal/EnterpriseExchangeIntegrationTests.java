package org.ohsonline.registry.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EnterpriseExchange;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.ExchangeAnswer;

import org.ohsonline.ApiTokens;
import org.ohsonline.TestUsers;
import org.ohsonline.iam.internal.UserAdministration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employers through the national exchange XML (ENTERPRISE_INFO): an export imported into a register
 * where the employer has since changed brings it back, and exporting again gives the identical record;
 * a bad record is rejected per element while the others are applied; the same document again is a
 * replay; phones leave only with the reveal permission, audited; a county exports and imports only its
 * own employers; a DTD is refused.
 */
@IntegrationTest
class EnterpriseExchangeIntegrationTests {

	private static final Set<String> COUNTY_PERMISSIONS = Set.of("registry:employer:read", "registry:employer:write",
			"registry:exchange:export", "registry:exchange:import", "registry:contact:reveal");

	@Autowired
	EnterpriseExchange exchange;

	@Autowired
	Employers employers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	Actor county;

	EmployerView employer;

	EmployerView neighbour;

	@BeforeEach
	void setUp() {
		this.county = actor("330105", COUNTY_PERMISSIONS);
		this.employer = register(this.county, "330105001");
		this.neighbour = register(actor("330106", COUNTY_PERMISSIONS), "330106002");
	}

	/** An employer as the exchange needs it: with its economic type (条件必填 outside sections S and T). */
	private EmployerView register(Actor actor, String township) {
		String code = RegistryFixtures.creditCode(township.substring(0, 6));
		return this.employers.register(actor, new EmployerCommand(code, "交换单位" + code.substring(10), township,
				"交换路 " + code.substring(12) + " 号", "3311", "110", 30, 5000L, "张三", "李四", "13800000000",
				"0571-88888888"));
	}

	private static Actor actor(String region, Set<String> permissions) {
		return new Actor(41, "exchange-" + region, "县级监管", region, Scope.region(region), permissions, "127.0.0.1",
				Actor.Channel.UI);
	}

	private String export(Actor actor, String q, String region, boolean phones) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exchange.export(actor, new EmployerFilter(q, region, null, null, null, null, "name"), phones, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String record(String xml) {
		return xml.substring(xml.indexOf("<ENTERPRISE_INFO "), xml.indexOf("</ENTERPRISE_INFO>") + 18);
	}

	private static byte[] document(String xml, String documentId, String records) {
		return (xml.substring(0, xml.indexOf("<ENTERPRISE_INFO ")) + records
				+ xml.substring(xml.indexOf("</ENTERPRISE_INFO>") + 18))
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>" + documentId + "</DocumentId>")
			.getBytes(StandardCharsets.UTF_8);
	}

	private EmployerView change(EmployerView e) {
		return this.employers.update(this.county, e.id(), new EmployerCommand(e.creditCode(), e.name() + "（改）",
				e.regionCode(), "改后路 9 号", "3312", "120", e.employees(), 5000L, "张三", "王五", null, "0571-66666666"));
	}

	@Test
	void anExportImportedAfterTheEmployerChangedBringsItBackAndExportsIdentically() {
		String exported = export(this.county, this.employer.creditCode(), null, true);
		String record = record(exported);
		assertThat(record).contains("<CREDIT_CODE>" + this.employer.creditCode() + "</CREDIT_CODE>")
			.contains("<ENTERPRISE_NAME>" + this.employer.name() + "</ENTERPRISE_NAME>")
			.contains("<ADDRESS_CODE>330105001</ADDRESS_CODE>")
			.contains("<INDUSTRY_CATEGORY_CODE>3311</INDUSTRY_CATEGORY_CODE>")
			.contains("<ENTERPRISE_CONTACT>李四</ENTERPRISE_CONTACT>")
			.contains("<CONTACT_TELPHONE>0571-88888888</CONTACT_TELPHONE>")
			.contains("<AUDITSTATUS>01</AUDITSTATUS>");
		assertThat(exported).contains("<DocumentId>OHSONLINE-ENTERPRISE_INFO-");
		change(this.employer);

		ExchangeAnswer answer = this.exchange.importDocument(this.county,
				document(exported, "rt-" + this.employer.id(), record));

		assertThat(answer.records()).singleElement().satisfies(r -> {
			assertThat(r.status()).as(r.toString()).isEqualTo(ExchangeAnswer.UPDATED);
			assertThat(r.id()).isEqualTo(this.employer.id());
		});
		EmployerView back = this.employers.find(this.county, this.employer.id());
		assertThat(back.name()).isEqualTo(this.employer.name());
		assertThat(back.address()).isEqualTo(this.employer.address());
		assertThat(back.industryCode()).isEqualTo("3311");
		assertThat(back.ohManagerName()).isEqualTo("李四");
		assertThat(record(export(this.county, this.employer.creditCode(), null, true))).isEqualTo(record);
		// Imported once more as another document, the employer is as the record says: nothing to change.
		ExchangeAnswer again = this.exchange.importDocument(this.county,
				document(exported, "rt2-" + this.employer.id(), record));
		assertThat(again.records()).extracting(ExchangeAnswer.Record::status).containsExactly(ExchangeAnswer.UNCHANGED);
	}

	@Test
	void aBadRecordIsRejectedPerElementWhileTheOthersAreApplied() {
		String exported = export(this.county, this.employer.creditCode(), null, false);
		String good = record(exported).replace(this.employer.name(), "新名称" + this.employer.id());
		String code = this.employer.creditCode();
		String wrongCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
		String bad = record(exported).replace(code, wrongCheck)
			.replace("<ADDRESS_CODE>330105001</ADDRESS_CODE>", "<ADDRESS_CODE>33010</ADDRESS_CODE>")
			.replace("<ENTERPRISE_NAME>" + this.employer.name() + "</ENTERPRISE_NAME>", "<ENTERPRISE_NAME/>")
			.replace("<ISSUBSIDIARY/>", "<ISSUBSIDIARY>1</ISSUBSIDIARY>")
			.replaceFirst("<WRITE_DATE>\\d+</WRITE_DATE>", "<WRITE_DATE>20210230</WRITE_DATE>")
			.replace("<AUDITSTATUS>01</AUDITSTATUS>", "<AUDITSTATUS>03</AUDITSTATUS>");

		ExchangeAnswer answer = this.exchange.importDocument(this.county,
				document(exported, "bad-" + this.employer.id(), good + bad));

		assertThat(answer.records()).extracting(ExchangeAnswer.Record::status)
			.containsExactly(ExchangeAnswer.UPDATED, ExchangeAnswer.REJECTED);
		assertThat(answer.records().get(1).errors()).extracting(p -> p.element() + " " + p.code())
			.contains("CREDIT_CODE exchange.creditCodeInvalid", "ADDRESS_CODE exchange.badFormat",
					"ENTERPRISE_NAME exchange.required", "TWOLEVELCODE exchange.required",
					"WRITE_DATE exchange.badDate", "AUDIT_INFO/AUDITINFO exchange.required");
		assertThat(this.employers.find(this.county, this.employer.id()).name()).isEqualTo("新名称" + this.employer.id());
	}

	@Test
	void theSameDocumentAgainGetsTheStoredAnswerAndChangesNothing() {
		String exported = export(this.county, this.employer.creditCode(), null, false);
		byte[] document = document(exported, "once-" + this.employer.id(), record(exported));
		change(this.employer);
		ExchangeAnswer first = this.exchange.importDocument(this.county, document);
		assertThat(first.replayed()).isFalse();
		EmployerView changedAgain = change(this.employers.find(this.county, this.employer.id()));

		ExchangeAnswer replay = this.exchange.importDocument(this.county, document);

		assertThat(replay.replayed()).isTrue();
		assertThat(replay.records()).isEqualTo(first.records());
		assertThat(this.employers.find(this.county, this.employer.id()).name()).isEqualTo(changedAgain.name());
		byte[] other = new String(document, StandardCharsets.UTF_8).replace("李四", "赵六").getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.county, other))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.documentIdReused"));
	}

	@Test
	void phonesLeaveOnlyWithTheRevealPermissionAndTheAuditSaysSo() {
		Set<String> noReveal = new HashSet<>(COUNTY_PERMISSIONS);
		noReveal.remove("registry:contact:reveal");
		Actor analyst = actor("330105", noReveal);
		assertThatThrownBy(() -> export(analyst, this.employer.creditCode(), null, true))
			.isInstanceOf(AccessDeniedException.class);
		String withheld = export(analyst, this.employer.creditCode(), null, false);
		assertThat(record(withheld)).contains("<CONTACT_TELPHONE/>").doesNotContain("88888888");
		String documentId = withheld.replaceAll("(?s).*<DocumentId>([^<]+)</DocumentId>.*", "$1");
		assertThat(auditedPhones(documentId)).isEqualTo("withheld");

		String revealed = export(this.county, this.employer.creditCode(), null, true);
		assertThat(auditedPhones(revealed.replaceAll("(?s).*<DocumentId>([^<]+)</DocumentId>.*", "$1")))
			.isEqualTo("revealed");
	}

	private String auditedPhones(String documentId) {
		return this.jdbc.sql("""
				select after_state::jsonb ->> 'phones' from audit.entry
				where action = 'registry.exchange.exported' and target_id = :id""")
			.param("id", documentId)
			.query(String.class)
			.single();
	}

	@Test
	void aCountyExportsAndImportsOnlyItsOwnEmployers() {
		String own = export(this.county, null, "330106", false);
		assertThat(own).doesNotContain(this.neighbour.creditCode());
		String neighbours = export(actor("330106", COUNTY_PERMISSIONS), this.neighbour.creditCode(), null, false);
		assertThat(neighbours).contains(this.neighbour.creditCode());

		ExchangeAnswer answer = this.exchange.importDocument(this.county,
				document(neighbours, "scope-" + this.neighbour.id(), record(neighbours).replace(this.neighbour.name(), "越权")));

		assertThat(answer.records()).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(ExchangeAnswer.REJECTED);
			assertThat(r.errors()).extracting(p -> p.element() + " " + p.code())
				.containsExactly("CREDIT_CODE registry.exchange.notRegistered");
		});
		assertThat(this.employers.find(actor("330106", COUNTY_PERMISSIONS), this.neighbour.id()).name())
			.isEqualTo(this.neighbour.name());
	}

	@Test
	void aDocumentWithADtdOrOfAnotherTypeIsRefusedWhole() {
		byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<DataExchange><Header><DocumentId>&x;</DocumentId></Header></DataExchange>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.county, xxe))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.doctype"));
		byte[] exams = ("<DataExchange><Header><DocumentId>x-1</DocumentId></Header><EventBody>"
				+ "<HEALTH_EXAM_RECORD_LIST><HEALTH_EXAM_RECORD/></HEALTH_EXAM_RECORD_LIST></EventBody></DataExchange>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.county, exams))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.otherType"));
	}

	@Test
	void thePageOffersWhatTheLoginMayDoAndTheApiAnswersPerRecord() throws Exception {
		TestUsers users = new TestUsers(this.administration, this.details);
		users.ensure("xch-county", "COUNTY_SUPERVISOR", "330105", null);
		users.ensure("xch-cdc", "CDC_ANALYST", "3301", null);
		this.mvc.perform(get("/exchange/enterprise-info").with(users.as("xch-county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"exchange-upload\"")))
			.andExpect(content().string(containsString("data-testid=\"exchange-phones\"")));
		this.mvc.perform(get("/exchange/enterprise-info").with(users.as("xch-cdc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"exchange-export\"")))
			.andExpect(content().string(not(containsString("data-testid=\"exchange-upload\""))))
			.andExpect(content().string(not(containsString("data-testid=\"exchange-phones\""))));
		this.mvc.perform(get("/exchange/enterprise-info/export.xml").param("phones", "true").with(users.as("xch-cdc")))
			.andExpect(status().isForbidden());
		String xml = this.mvc
			.perform(get("/exchange/enterprise-info/export.xml").param("q", this.employer.creditCode())
				.with(users.as("xch-county")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String renamed = record(xml).replace(this.employer.name(), this.employer.name() + "页");
		MockMultipartFile file = new MockMultipartFile("file", "enterprise.xml", "application/xml",
				document(xml, "page-" + this.employer.id(), renamed));
		this.mvc.perform(multipart("/exchange/enterprise-info/import").file(file).with(csrf()).with(users.as("xch-county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"updated\"")));

		String token = ApiTokens.issue(this.mvc, users.as("xch-county"), "registry:employer:read",
				"registry:employer:write", "registry:exchange:export", "registry:exchange:import");
		this.mvc.perform(post("/api/v1/exchange/enterprise-info/import.xml").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_XML)
			.content(document(xml, "page-" + this.employer.id(), renamed)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.replayed").value(true))
			.andExpect(jsonPath("$.businessType").value("ENTERPRISE_INFO"))
			.andExpect(jsonPath("$.results[0].status").value("updated"));
		this.mvc.perform(post("/api/v1/exchange/enterprise-info/import.xml").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_XML)
			.content(document(xml, "api-bad-" + this.employer.id(),
					record(xml).replace("<ADDRESS_CODE>330105001</ADDRESS_CODE>", "<ADDRESS_CODE>x</ADDRESS_CODE>"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.results[0].errors[0].element").value("ADDRESS_CODE"))
			.andExpect(jsonPath("$.results[0].errors[0].message").isNotEmpty());
		this.mvc.perform(get("/v3/api-docs").with(users.as("xch-county")))
			.andExpect(content().string(containsString("/api/v1/exchange/enterprise-info/import.xml")));
	}

}
