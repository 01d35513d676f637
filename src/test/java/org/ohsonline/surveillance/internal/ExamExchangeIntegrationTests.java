package org.ohsonline.surveillance.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.TestUsers;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.ExamType;
import org.ohsonline.iam.internal.UserAdministration;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamExchange;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exam records through the national exchange XML: an export read back gives the exams field by field;
 * an exported record imported again is refused as a duplicate and, moved to another day, is stored
 * with the same conclusions and results; a file with one bad record stores the others and reports the
 * bad one by index and element; a file with an external entity is refused and stores nothing.
 */
@IntegrationTest
class ExamExchangeIntegrationTests {

	private static final Actor SYSTEM = Actor.system("test");

	@Autowired
	ExamExchange exchange;

	@Autowired
	Exams exams;

	@Autowired
	Agencies agencies;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService details;

	EmployerView employer;

	String idNumber;

	long workerId;

	AgencyView institution;

	Actor staff;

	@BeforeEach
	void setUp() {
		Actor county = ExamFixtures.county();
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		this.employer = registry.employer(county, "330105001", "3311", 30);
		StructureViews.Post post = registry.post(county, this.employer.id(), ExamFixtures.NOISE, ExamFixtures.SILICA);
		this.idNumber = RegistryFixtures.idNumber("330105");
		this.workerId = registry.hire(county, this.employer.id(), post.id(), this.idNumber).workerId();
		this.institution = ExamFixtures.institution(this.agencies, county, "1", "3");
		Set<String> permissions = new java.util.HashSet<>(ExamFixtures.INSTITUTION_PERMISSIONS);
		permissions.addAll(Set.of(ExamPermissions.EXCHANGE_EXPORT, ExamPermissions.EXCHANGE_IMPORT));
		this.staff = new Actor(32, "exchange-staff-" + this.institution.id(), "体检医师", this.institution.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, this.institution.creditCode()), permissions, "127.0.0.1",
				Actor.Channel.UI);
	}

	/** Noise and silica: a contraindication for noise with its name, silica normal; audiogram, chest, lung function. */
	private ExamCommand exam(LocalDate on) {
		return new ExamCommand(null, this.employer.creditCode(), this.idNumber, ExamType.IN_SERVICE, on,
				List.of(new ExamCommand.HazardConclusion(ExamFixtures.NOISE, ExamConclusion.CONTRAINDICATION, null,
						"永久性感音神经性听力损失", null), ExamFixtures.normal(ExamFixtures.SILICA)),
				ExamFixtures.audiogram(30, 35, 45, 25, 30, 40), "0", new BigDecimal("95.0"), new BigDecimal("92.0"),
				new BigDecimal("81.0"), null, null, null, null, null,
				List.of(new ExamCommand.Item("2021001", "正常", null, false)), "调离噪声作业岗位，一年后复查听力");
	}

	private byte[] export() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exchange.export(this.staff, new ExamFilter(null, null, null, null, null, null, null, this.employer.id(),
				null, null), out);
		return out.toByteArray();
	}

	@Test
	void anExportReadBackGivesTheExamsFieldByFieldAndImportsElsewhereInTime() {
		ExamCommand original = exam(LocalDate.of(2025, 3, 1));
		ExamView recorded = this.exams.record(this.staff, original);
		byte[] document = export();
		String xml = new String(document, StandardCharsets.UTF_8);
		assertThat(xml).contains("<ID_CARD>" + this.idNumber + "</ID_CARD>")
			.contains("<REPORT_ORGAN_CREDIT_CODE>" + this.institution.creditCode() + "</REPORT_ORGAN_CREDIT_CODE>")
			.contains("<ADDRESS_CODE>330105001</ADDRESS_CODE>");

		ExchangeXmlReader.Parsed parsed = ExchangeXmlReader.read(document);
		assertThat(parsed.records()).hasSize(1);
		ExchangeXmlReader.ParsedRecord record = parsed.records().get(0);
		assertThat(record.errors()).isEmpty();
		assertThat(record.recordId()).isEqualTo(recorded.number());
		ExamCommand read = record.command();
		assertThat(read.employerCreditCode()).isEqualTo(original.employerCreditCode());
		assertThat(read.workerIdNumber()).isEqualTo(original.workerIdNumber());
		assertThat(read.examType()).isEqualTo(original.examType());
		assertThat(read.examinedOn()).isEqualTo(original.examinedOn());
		assertThat(read.conclusions()).containsExactlyInAnyOrderElementsOf(original.conclusions());
		assertThat(read.audiogram()).containsExactlyInAnyOrderElementsOf(original.audiogram());
		assertThat(read.chestResult()).isEqualTo(original.chestResult());
		assertThat(read.fvcPercent()).isEqualByComparingTo(original.fvcPercent());
		assertThat(read.fev1Percent()).isEqualByComparingTo(original.fev1Percent());
		assertThat(read.fev1FvcPercent()).isEqualByComparingTo(original.fev1FvcPercent());
		assertThat(read.items()).containsExactlyElementsOf(original.items());
		assertThat(read.recommendation()).isEqualTo(original.recommendation());
		assertThat(record.workerName()).isEqualTo(recorded.workerName());

		// The same record again is a duplicate: nothing stored.
		ExamExchange.ImportResult again = this.exchange.importDocument(this.staff, document);
		assertThat(again.created()).isZero();
		assertThat(again.records().get(0).errors()).extracting(ExamExchange.RecordError::element)
			.containsExactly("EXAM_DATE");
		// Moved to another day (and sent as another document) it is a new exam with the same content.
		byte[] moved = xml.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250901</EXAM_DATE>")
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>moved-" + recorded.number() + "</DocumentId>")
			.getBytes(StandardCharsets.UTF_8);
		ExamExchange.ImportResult imported = this.exchange.importDocument(this.staff, moved);
		assertThat(imported.created()).as(imported.toString()).isEqualTo(1);
		ExamView stored = this.exams.find(this.staff, imported.records().get(0).examId());
		assertThat(stored.examinedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(stored.conclusions()).extracting(c -> c.hazardCode() + " " + c.conclusion() + " " + c.detail())
			.containsExactlyInAnyOrderElementsOf(recorded.conclusions()
				.stream()
				.map(c -> c.hazardCode() + " " + c.conclusion() + " " + c.detail())
				.toList());
		assertThat(stored.audiogram()).containsExactlyInAnyOrderElementsOf(recorded.audiogram());
		assertThat(stored.recommendation()).isEqualTo(recorded.recommendation());
		// The same document once more is a replay: the stored answer, nothing recorded.
		ExamExchange.ImportResult replay = this.exchange.importDocument(this.staff, moved);
		assertThat(replay.replayed()).isTrue();
		assertThat(this.exams.ofWorker(SYSTEM, this.workerId)).hasSize(2);
	}

	@Test
	void aFileWithOneBadRecordStoresTheOthersAndReportsItsIndexAndElement() {
		this.exams.record(this.staff, exam(LocalDate.of(2025, 3, 1)));
		String xml = new String(export(), StandardCharsets.UTF_8);
		String record = xml.substring(xml.indexOf("<HEALTH_EXAM_RECORD "), xml.indexOf("</HEALTH_EXAM_RECORD>") + 21);
		String badCheck = this.idNumber.substring(0, 17) + (this.idNumber.charAt(17) == '0' ? '1' : '0');
		String first = record.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250401</EXAM_DATE>");
		String second = record.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250501</EXAM_DATE>")
			.replace(this.idNumber, badCheck);
		String third = record.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250601</EXAM_DATE>");
		byte[] document = (xml.substring(0, xml.indexOf("<HEALTH_EXAM_RECORD ")) + first + second + third
				+ xml.substring(xml.indexOf("</HEALTH_EXAM_RECORD>") + 21))
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>three-" + this.workerId + "</DocumentId>")
			.getBytes(StandardCharsets.UTF_8);

		ExamExchange.ImportResult result = this.exchange.importDocument(this.staff, document);

		assertThat(result.records()).extracting(ExamExchange.RecordResult::status)
			.containsExactly("created", "rejected", "created");
		ExamExchange.RecordResult bad = result.records().get(1);
		assertThat(bad.index()).isEqualTo(2);
		assertThat(bad.examId()).isNull();
		assertThat(bad.errors()).extracting(e -> e.element() + " " + e.code())
			.containsExactly("WORKER_INFO/ID_CARD exchange.idNumberInvalid");
		assertThat(this.exams.ofWorker(SYSTEM, this.workerId)).extracting(ExamView::examinedOn)
			.containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 1));
	}

	@Test
	void anotherInstitutionsRecordsAndAnUnqualifiedHazardAreRejectedByTheRecordingRules() {
		this.exams.record(this.staff, exam(LocalDate.of(2025, 3, 1)));
		String xml = new String(export(), StandardCharsets.UTF_8)
			.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250402</EXAM_DATE>")
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>other-" + this.workerId + "</DocumentId>");
		AgencyView other = ExamFixtures.institution(this.agencies, ExamFixtures.county(), "3");
		Actor otherStaff = new Actor(33, "exchange-other-" + other.id(), "体检医师", other.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, other.creditCode()), this.staff.permissions(), "127.0.0.1",
				Actor.Channel.UI);
		ExamExchange.ImportResult result = this.exchange.importDocument(otherStaff, xml.getBytes(StandardCharsets.UTF_8));
		assertThat(result.created()).isZero();
		assertThat(result.records().get(0).errors()).extracting(ExamExchange.RecordError::element)
			.contains("REPORT_ORGAN_CREDIT_CODE");
		// Without the institution named, the recording rules apply: "other" may not examine silica (category 1).
		String unnamed = xml.replaceAll("<REPORT_ORGAN_CREDIT_CODE>[^<]+</REPORT_ORGAN_CREDIT_CODE>",
				"<REPORT_ORGAN_CREDIT_CODE/>")
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>unnamed-" + this.workerId + "</DocumentId>");
		ExamExchange.ImportResult unqualified = this.exchange.importDocument(otherStaff,
				unnamed.getBytes(StandardCharsets.UTF_8));
		assertThat(unqualified.created()).isZero();
		assertThat(unqualified.records().get(0).errors())
			.anyMatch(e -> e.element().matches("EXAM_CONCLUSION_LIST/EXAM_CONCLUSION\\[\\d]/ITAM_CODE")
					&& e.code().equals("surveillance.exam.notQualified") && e.arguments().contains(ExamFixtures.SILICA))
			.noneMatch(e -> e.element().equals("REPORT_ORGAN_CREDIT_CODE"));
	}

	@Test
	void aFileWithAnExternalEntityIsRefusedAndStoresNothing() throws Exception {
		byte[] hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE DataExchange [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<DataExchange><Header><DocumentId>x</DocumentId></Header><EventBody><HEALTH_EXAM_RECORD_LIST>
				<HEALTH_EXAM_RECORD><REMARK>&secret;</REMARK></HEALTH_EXAM_RECORD></HEALTH_EXAM_RECORD_LIST></EventBody></DataExchange>
				""".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.staff, hostile))
			.isInstanceOf(InvalidInputException.class);
		assertThat(this.exams.ofWorker(SYSTEM, this.workerId)).isEmpty();
		TestUsers users = new TestUsers(this.administration, this.details);
		this.mvc.perform(multipart("/surveillance/exams/import")
				.file(new MockMultipartFile("file", "hostile.xml", "application/xml", hostile))
				.with(csrf())
				.with(users.as("institution")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("data-testid=\"document-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("root:"))));
	}

	@Test
	void theApiExportsAndImportsWithABearerTokenAndAnswersPerRecord() throws Exception {
		this.exams.record(this.staff, exam(LocalDate.of(2025, 3, 1)));
		String username = "exchange-api-" + this.institution.id();
		UserAdministration.WithPassword created = this.administration.create(SYSTEM,
				new org.ohsonline.iam.internal.UserCommand(username, username, "330105", this.institution.creditCode(),
						Set.of("INSTITUTION_STAFF"), null, true));
		Actor self = new Actor(created.user().id(), username, username, "330105",
				new Scope(Scope.Kind.INSTITUTION, this.institution.creditCode()), Set.of(), "127.0.0.1", Actor.Channel.UI);
		this.administration.changeOwnPassword(self, created.oneTimePassword(), TestUsers.PASSWORD, TestUsers.PASSWORD);
		String token = org.ohsonline.ApiTokens.issue(this.mvc, new TestUsers(this.administration, this.details).as(username),
				"surveillance:exam:read", "surveillance:exam:write", "surveillance:exchange:export",
				"surveillance:exchange:import");
		String xml = this.mvc.perform(get("/api/v1/surveillance/exams/export.xml").param("employerId",
				String.valueOf(this.employer.id())).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).contains("<ID_CARD>" + this.idNumber + "</ID_CARD>");
		String moved = xml.replace("<EXAM_DATE>20250301</EXAM_DATE>", "<EXAM_DATE>20250801</EXAM_DATE>")
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>api-" + this.workerId + "</DocumentId>");
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/surveillance/exams/import.xml")
			.header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_XML)
			.content(moved.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.created").value(1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.results[0].index")
				.value(1));
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/surveillance/exams/import.xml")
			.header("Authorization", "Bearer " + token)
			.contentType(org.springframework.http.MediaType.APPLICATION_XML)
			.content("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><DataExchange>&e;</DataExchange>"))
			.andExpect(status().is4xxClientError())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		assertThat(this.exams.ofWorker(SYSTEM, this.workerId)).hasSize(2);
	}

	@Test
	void onlyAnInstitutionImportsAndAWorkerCannotExport() throws Exception {
		assertThatThrownBy(() -> this.exchange.importDocument(ExamFixtures.county(), new byte[] { '<' }))
			.isInstanceOf(AccessDeniedException.class);
		TestUsers users = new TestUsers(this.administration, this.details);
		this.mvc.perform(get("/surveillance/exams/export.xml").with(users.as("worker"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/surveillance/exams/export.xml").with(users.as("county")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<HEALTH_EXAM_RECORD_LIST>")));
	}

}
