package org.ohsonline.diagnosis.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.AgencyCommand;
import org.ohsonline.agency.AgencyFixtures;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.QualificationScope;
import org.ohsonline.diagnosis.Applicant;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.AppraisalDecision;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.Appraisals;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiagnosisExchange;
import org.ohsonline.diagnosis.DiagnosisFixtures;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.PesticidePoisonings;
import org.ohsonline.diagnosis.PesticidePoisonings.PoisoningCommand;
import org.ohsonline.diagnosis.PesticidePoisonings.PoisoningView;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.shared.exchange.ExchangeDocument;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamFixtures;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * The diagnosis module's types of the national exchange (交换规范 2021 六(三)–(六)) and pesticide poisoning reports:
 * each type exported and received again into a clean state gives the same record, element for element (a suspected
 * disease from a recorded exam, a diagnosed case, a decided appraisal, a hospital's poisoning report); a malformed
 * record is rejected per element while a good one in the same document is kept; the same document again is a replay,
 * the same record elsewhere a duplicate, a reused DocumentId and a DTD refused; a neighbouring county exports and
 * receives nothing of ours; phones leave only with the reveal permission; the hospital's form refuses bad fields.
 * 淳安县 (330127) is this test's own county: no other test uses it.
 */
@IntegrationTest
class DiagnosisExchangeIntegrationTests {

	private static final String COUNTY = "330127";

	private static final String TOWNSHIP = "330127100";

	/** The platform's day (Asia/Shanghai), not the JVM's. */
	private static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
	}

	@Autowired
	DiagnosisExchange exchange;

	@Autowired
	DiagnosisExchangeService service;

	@Autowired
	PesticidePoisonings poisonings;

	@Autowired
	Diagnoses diagnoses;

	@Autowired
	Appraisals appraisals;

	@Autowired
	Exams exams;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	Agencies agencies;

	@Autowired
	PiiCipher cipher;

	@Autowired
	JdbcClient jdbc;

	EmployerView employer;

	String idNumber;

	long workerId;

	Actor cdc;

	@BeforeEach
	void setUp() {
		Actor county = DiagnosisFixtures.supervisor(COUNTY);
		RegistryFixtures registry = new RegistryFixtures(this.employers, this.workers);
		EmployerView e = registry.employer(county, TOWNSHIP, "3311", 40);
		// The exchange needs the economic type (条件必填 outside sections S and T); the fixture leaves it open.
		this.employer = this.employers.update(county, e.id(), new EmployerCommand(e.creditCode(), e.name(),
				e.regionCode(), e.address(), e.industryCode(), "110", e.employees(), e.annualRevenue(),
				e.legalRepresentative(), e.ohManagerName(), null, null));
		StructureViews.Post post = registry.post(county, this.employer.id(), ExamFixtures.NOISE);
		this.idNumber = RegistryFixtures.idNumber(COUNTY);
		this.workerId = registry.hire(county, this.employer.id(), post.id(), this.idNumber).workerId();
		this.cdc = cdc(COUNTY);
	}

	private static Actor cdc(String region) {
		return new Actor(61, "dx-cdc-" + region, "疾控", region, Scope.region(region),
				Set.of("diagnosis:exchange:export", "diagnosis:exchange:import", "diagnosis:pesticide:read"), "127.0.0.1",
				Actor.Channel.UI);
	}

	private static Actor revealing(String region) {
		return new Actor(62, "dx-supervisor-" + region, "监管", region, Scope.region(region),
				Set.of("diagnosis:exchange:export", "diagnosis:exchange:reveal", "diagnosis:pesticide:read"), "127.0.0.1",
				Actor.Channel.UI);
	}

	private static Actor hospital(AgencyView institution) {
		return new Actor(63, "dx-hospital-" + institution.id(), "急诊医师", institution.regionCode(),
				new Scope(Scope.Kind.INSTITUTION, institution.creditCode()), Set.of("diagnosis:pesticide:report"),
				"127.0.0.1", Actor.Channel.UI);
	}

	private AgencyView institution(AgencyKind kind) {
		AgencyView created = this.agencies.register(DiagnosisFixtures.supervisor("33"),
				new AgencyCommand(kind, AgencyFixtures.creditCode(COUNTY), "淳安测试医院" + System.nanoTime() % 100_000,
						COUNTY, "测试路 2 号", "院长甲", "13700003333", "测试-" + System.nanoTime() % 100_000,
						"浙江省卫生健康委员会", LocalDate.of(2020, 1, 1), LocalDate.of(2035, 12, 31)));
		if (kind == AgencyKind.EXAM_INSTITUTION) {
			return this.agencies.changeScope(DiagnosisFixtures.supervisor("33"), created.id(),
					new QualificationScope(List.of("3"), List.of(), Set.of(), Map.of(ExamType.IN_SERVICE, 100)));
		}
		return created;
	}

	private String export(Actor actor, BusinessType type, boolean phones) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exchange.export(actor, type, DiagnosisExchange.Filter.none(), phones, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** The record with this ID out of a document. */
	private static String record(String xml, BusinessType type, String id) {
		String open = "<" + type.record() + " ID=\"" + id + "\">";
		int start = xml.indexOf(open);
		assertThat(start).as("record " + id + " in the export").isNotNegative();
		String close = "</" + type.record() + ">";
		return xml.substring(start, xml.indexOf(close, start) + close.length());
	}

	/** A document of the export's header with the given records and DocumentId. */
	private static byte[] document(String xml, BusinessType type, String documentId, String records) {
		String list = "<" + type.list() + ">";
		String end = "</" + type.list() + ">";
		return (xml.substring(0, xml.indexOf(list) + list.length()) + records + xml.substring(xml.indexOf(end)))
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>" + documentId + "</DocumentId>")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The record's elements as the reader takes them. */
	private static Map<String, String> values(String xml, BusinessType type, String record) {
		ExchangeDocument d = ExchangeDocument.read(document(xml, type, "values", record), type, 1);
		ExchangeRecords.Parsed parsed = ExchangeRecords.read(ExchangeTables.of(type), d.records().get(0), 1);
		assertThat(parsed.errors()).as(record).isEmpty();
		return parsed.values();
	}

	/** Exported, the platform's rows of our employer forgotten (a clean state), received again: the same elements. */
	private void roundTrip(BusinessType type, String recordId) {
		String xml = export(this.cdc, type, false);
		String record = record(xml, type, recordId);
		Map<String, String> exported = values(xml, type, record);
		this.jdbc.sql("delete from diagnosis.exchange_received where credit_code = :credit")
			.param("credit", this.employer.creditCode())
			.update();

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, type, document(xml, type, "rt-" + recordId, record));

		assertThat(answer.records()).singleElement()
			.satisfies(r -> assertThat(r.status()).as(r.toString()).isEqualTo(ExchangeAnswer.CREATED));
		DiagnosisExchange.Received received = this.exchange.received(this.cdc, type, 200)
			.stream()
			.filter(r -> r.recordId().equals(recordId))
			.findFirst()
			.orElseThrow();
		assertThat(received.creditCode()).isEqualTo(this.employer.creditCode());
		assertThat(received.regionCode()).isEqualTo(TOWNSHIP);
		assertThat(received.idNumberMasked()).isEqualTo(this.idNumber.substring(0, 6) + "********" + this.idNumber.substring(14));
		assertThat(this.service.elements(this.cdc, received.id())).isEqualTo(exported);
		assertThat(this.jdbc.sql("select elements from diagnosis.exchange_received where id = :id")
			.param("id", received.id())
			.query(String.class)
			.single()).as("sealed").doesNotContain(this.idNumber);
	}

	@Test
	void aSuspectedDiseaseFoundByAnExamRoundTrips() {
		AgencyView institution = institution(AgencyKind.EXAM_INSTITUTION);
		ExamView exam = this.exams.record(ExamFixtures.staffOf(institution),
				ExamFixtures.noise(this.employer, this.idNumber, ExamType.IN_SERVICE, today().minusDays(3),
						new ExamCommand.HazardConclusion(ExamFixtures.NOISE, ExamConclusion.SUSPECTED_DISEASE, "4001",
								null, null),
						ExamFixtures.audiogram(45, 50, 60, 45, 50, 55)));
		eventually(() -> this.jdbc.sql("select count(*) from diagnosis.referral where exam_id = :exam")
			.param("exam", exam.id())
			.query(Long.class)
			.single(), n -> n == 1);
		String recordId = exam.number() + "-" + ExamFixtures.NOISE;

		String record = record(export(this.cdc, BusinessType.SUSPECTED_OCPD, false), BusinessType.SUSPECTED_OCPD, recordId);

		assertThat(record).contains("<ID_CARD>" + this.idNumber + "</ID_CARD>", "<FACTOR_CODE>3008</FACTOR_CODE>",
				"<DISEASE_TYPE_CODE>4</DISEASE_TYPE_CODE>", "<DISEASE_NAME_CODE>4001</DISEASE_NAME_CODE>",
				"<DIAGNOSE_UNIT_NAME>" + institution.name() + "</DIAGNOSE_UNIT_NAME>",
				"<ADDRESS_CODE>" + TOWNSHIP + "</ADDRESS_CODE>", "<AUDITSTATUS>01</AUDITSTATUS>", "<WORKER_TELPHONE/>");
		roundTrip(BusinessType.SUSPECTED_OCPD, recordId);

		String xml = export(this.cdc, BusinessType.SUSPECTED_OCPD, false);
		String bad = record(xml, BusinessType.SUSPECTED_OCPD, recordId)
			.replace("ID=\"" + recordId + "\"", "ID=\"bad-" + recordId + "\"")
			.replace("<FACTOR_CODE>3008</FACTOR_CODE>", "<FACTOR_CODE>30a8</FACTOR_CODE>")
			.replace("<WORK_TYPE_CODE>99-9999</WORK_TYPE_CODE>", "<WORK_TYPE_CODE>工种</WORK_TYPE_CODE>")
			.replace("<HARM_AGE_YEAR/>", "<HARM_AGE_YEAR>123</HARM_AGE_YEAR>")
			.replace("<DISEASE_TYPE_CODE>4</DISEASE_TYPE_CODE>", "<DISEASE_TYPE_CODE/>")
			.replaceFirst("<ADDRESS_CODE>\\d+</ADDRESS_CODE>", "<ADDRESS_CODE>3301271</ADDRESS_CODE>");
		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, BusinessType.SUSPECTED_OCPD,
				document(xml, BusinessType.SUSPECTED_OCPD, "bad-" + recordId, bad));
		assertThat(answer.records()).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(ExchangeAnswer.REJECTED);
			assertThat(r.errors()).extracting(p -> p.element() + " " + p.code())
				.contains("FACTOR_CODE exchange.badFormat", "WORK_TYPE_CODE exchange.badFormat",
						"HARM_AGE_YEAR exchange.tooLong", "DISEASE_TYPE_CODE exchange.required",
						"ENTERPRISE_INFO/ADDRESS_CODE exchange.badFormat");
		});
	}

	/** A case diagnosed 4001 噪声聋 whose appraisal (city) found no occupational disease. */
	private CaseView diagnosedAndAppraised() {
		AgencyView institution = institution(AgencyKind.DIAGNOSIS_INSTITUTION);
		Actor staff = DiagnosisFixtures.staffOf(institution);
		new DiagnosisFixtures(this.employers, this.workers, this.agencies, this.cipher).inPerson(institution, this.idNumber);
		CaseView c = this.diagnoses.apply(staff, new ApplicationCommand(this.workerId, this.employer.id(), institution.id(),
				Applicant.WORKER, null, List.of(ExamFixtures.NOISE), null));
		for (CaseView.Material m : c.materials()) {
			this.diagnoses.recordMaterial(staff, c.id(), new MaterialCommand(m.code(), null, false, null));
		}
		this.diagnoses.diagnose(staff, c.id(), new DiagnosisCommand(null, true, "4001",
				"职业性噪声聋（轻度）", "ZD-" + c.id()));
		this.diagnoses.deliverCertificate(staff, c.id(), today());
		this.appraisals.request(DiagnosisFixtures.managerOf(this.employer), c.id(),
				new AppraisalRequest(null, Applicant.EMPLOYER, "听力损失与工作无关"));
		return this.appraisals.decide(DiagnosisFixtures.supervisor("3301"), c.id(),
				new AppraisalDecision(today(), false, null, "JD-" + c.id(), "不属于职业病"));
	}

	@Test
	void aDiagnosedCaseAndItsAppraisalRoundTrip() {
		CaseView c = diagnosedAndAppraised();

		String xml = export(this.cdc, BusinessType.DIAGNOSE_OCPD, false);
		assertThat(record(xml, BusinessType.DIAGNOSE_OCPD, c.number())).contains(
				"<DISEASE_TYPE_CODE>4</DISEASE_TYPE_CODE>", "<DISEASE_NAME_CODE>4001</DISEASE_NAME_CODE>",
				"<DIAGNOSE_DATE>" + today().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
						+ "</DIAGNOSE_DATE>",
				"<FACTOR_CODE>3008</FACTOR_CODE>", "<DIAGNOSTIC_PHYSICIAN/>");
		roundTrip(BusinessType.DIAGNOSE_OCPD, c.number());

		String appraisal = record(export(this.cdc, BusinessType.APPRAISAL_INFO, false), BusinessType.APPRAISAL_INFO,
				c.number() + "-J1");
		assertThat(appraisal).contains("<APPRAISAL_TYPE_CODE>01</APPRAISAL_TYPE_CODE>",
				"<DISEASE_NAME_CODE>4001</DISEASE_NAME_CODE>", "<COMPLETION_TYPE_CODE>0</COMPLETION_TYPE_CODE>",
				"<COMPLETION_NAME_CODE>0</COMPLETION_NAME_CODE>", "<REMARK>不属于职业病</REMARK>");
		roundTrip(BusinessType.APPRAISAL_INFO, c.number() + "-J1");

		String appraisals = export(this.cdc, BusinessType.APPRAISAL_INFO, false);
		String bad = record(appraisals, BusinessType.APPRAISAL_INFO, c.number() + "-J1")
			.replace("ID=\"" + c.number() + "-J1\"", "ID=\"bad-" + c.number() + "\"")
			.replace("<APPRAISAL_TYPE_CODE>01</APPRAISAL_TYPE_CODE>", "<APPRAISAL_TYPE_CODE>03</APPRAISAL_TYPE_CODE>")
			.replaceFirst("<APPLY_INDENTIFY_DATE>\\d+</APPLY_INDENTIFY_DATE>",
					"<APPLY_INDENTIFY_DATE>20991231</APPLY_INDENTIFY_DATE>")
			.replace("<COMPLETION_NAME_CODE>0</COMPLETION_NAME_CODE>", "<COMPLETION_NAME_CODE/>")
			.replaceFirst("<WORKER_NAME>[^<]+</WORKER_NAME>", "<WORKER_NAME/>")
			.replaceFirst("<AUDITSTATUS>01</AUDITSTATUS>", "<AUDITSTATUS>03</AUDITSTATUS>");
		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, BusinessType.APPRAISAL_INFO,
				document(appraisals, BusinessType.APPRAISAL_INFO, "bad-j-" + c.id(), bad));
		assertThat(answer.records()).singleElement().satisfies(r -> {
			assertThat(r.status()).isEqualTo(ExchangeAnswer.REJECTED);
			assertThat(r.errors()).extracting(p -> p.element() + " " + p.code())
				.contains("APPRAISAL_TYPE_CODE exchange.notInTable", "INDENTIFY_DATE diagnosis.exchange.beforeRequest",
						"COMPLETION_ATYPISM/COMPLETION_NAME_CODE exchange.required", "WORKER_INFO/WORKER_NAME exchange.required",
						"AUDIT_INFO/AUDITINFO exchange.required");
		});
	}

	@Test
	void aMalformedCaseIsRejectedPerElementWhileAGoodOneIsKept() {
		CaseView c = diagnosedAndAppraised();
		String xml = export(this.cdc, BusinessType.DIAGNOSE_OCPD, false);
		String good = record(xml, BusinessType.DIAGNOSE_OCPD, c.number());
		String bad = good.replace("ID=\"" + c.number() + "\"", "ID=\"bad-" + c.number() + "\"")
			.replace("<DISEASE_NAME_CODE>4001</DISEASE_NAME_CODE>", "<DISEASE_NAME_CODE>5001</DISEASE_NAME_CODE>")
			.replaceFirst("<CREDIT_CODE_EMPLOYER>[^<]+</CREDIT_CODE_EMPLOYER>",
					"<CREDIT_CODE_EMPLOYER>91330127AT0000000X</CREDIT_CODE_EMPLOYER>")
			.replaceFirst("<GENDER_CODE>\\d</GENDER_CODE>", "<GENDER_CODE>3</GENDER_CODE>")
			.replaceFirst("<APPLY_DIAGNOSE_DATE>\\d+</APPLY_DIAGNOSE_DATE>", "<APPLY_DIAGNOSE_DATE>20210230</APPLY_DIAGNOSE_DATE>")
			.replace("<CASETYPE/>", "<CASETYPE>03</CASETYPE>")
			.replaceFirst("<DIAGNOSE_UNIT_NAME>[^<]+</DIAGNOSE_UNIT_NAME>", "<DIAGNOSE_UNIT_NAME/>");
		this.jdbc.sql("delete from diagnosis.exchange_received where credit_code = :credit")
			.param("credit", this.employer.creditCode())
			.update();

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, BusinessType.DIAGNOSE_OCPD,
				document(xml, BusinessType.DIAGNOSE_OCPD, "bad-" + c.id(), good + bad));

		assertThat(answer.records()).extracting(ExchangeAnswer.Record::status)
			.containsExactly(ExchangeAnswer.CREATED, ExchangeAnswer.REJECTED);
		assertThat(answer.records().get(1).errors()).extracting(p -> p.element() + " " + p.code())
			.contains("DISEASE_NAME_CODE diagnosis.exchange.diseaseNotOfType", "CREDIT_CODE_EMPLOYER exchange.creditCodeInvalid",
					"WORKER_INFO/GENDER_CODE exchange.notInTable", "APPLY_DIAGNOSE_DATE exchange.badDate",
					"DIAGNOSE_DATE_STAGE_ONE diagnosis.exchange.stages", "DIAGNOSE_UNIT_NAME exchange.required");
		assertThat(this.exchange.received(this.cdc, BusinessType.DIAGNOSE_OCPD, 200))
			.extracting(DiagnosisExchange.Received::recordId)
			.contains(c.number())
			.doesNotContain("bad-" + c.number());
	}

	@Test
	void theSameDocumentAgainIsAReplayTheSameRecordElsewhereADuplicateAndANeighbourSeesNothing() {
		CaseView c = diagnosedAndAppraised();
		String xml = export(this.cdc, BusinessType.APPRAISAL_INFO, false);
		String record = record(xml, BusinessType.APPRAISAL_INFO, c.number() + "-J1");
		this.jdbc.sql("delete from diagnosis.exchange_received where credit_code = :credit")
			.param("credit", this.employer.creditCode())
			.update();
		byte[] document = document(xml, BusinessType.APPRAISAL_INFO, "once-" + c.id(), record);
		ExchangeAnswer first = this.exchange.importDocument(this.cdc, BusinessType.APPRAISAL_INFO, document);

		ExchangeAnswer replay = this.exchange.importDocument(this.cdc, BusinessType.APPRAISAL_INFO, document);

		assertThat(replay.replayed()).isTrue();
		assertThat(replay.records()).isEqualTo(first.records());
		ExchangeAnswer again = this.exchange.importDocument(this.cdc, BusinessType.APPRAISAL_INFO,
				document(xml, BusinessType.APPRAISAL_INFO, "twice-" + c.id(), record));
		assertThat(again.records()).singleElement()
			.satisfies(r -> assertThat(r.errors()).extracting(p -> p.element() + " " + p.code())
				.containsExactly("ID diagnosis.exchange.duplicate"));
		byte[] changed = new String(document, StandardCharsets.UTF_8)
			.replace("<APPRAISAL_TYPE_CODE>01</APPRAISAL_TYPE_CODE>", "<APPRAISAL_TYPE_CODE>02</APPRAISAL_TYPE_CODE>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.cdc, BusinessType.APPRAISAL_INFO, changed))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.documentIdReused"));
		assertThatThrownBy(() -> this.exchange.importDocument(this.cdc, BusinessType.DIAGNOSE_OCPD, document))
			.as("another type's document")
			.isInstanceOf(InvalidInputException.class);

		Actor neighbour = cdc("330109");
		assertThat(export(neighbour, BusinessType.APPRAISAL_INFO, false)).doesNotContain(c.number());
		assertThat(export(neighbour, BusinessType.DIAGNOSE_OCPD, false)).doesNotContain(c.number());
		ExchangeAnswer outside = this.exchange.importDocument(neighbour, BusinessType.APPRAISAL_INFO,
				document(xml, BusinessType.APPRAISAL_INFO, "scope-" + c.id(), record));
		assertThat(outside.records()).singleElement()
			.satisfies(r -> assertThat(r.errors()).extracting(p -> p.element() + " " + p.code())
				.containsExactly("ENTERPRISE_INFO/ADDRESS_CODE diagnosis.exchange.outOfScope"));
		assertThat(this.exchange.received(neighbour, BusinessType.APPRAISAL_INFO, 200))
			.noneMatch(r -> r.recordId().startsWith(c.number()));

		byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<DataExchange><Header><DocumentId>&x;</DocumentId></Header></DataExchange>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.cdc, BusinessType.NYZD, xxe))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.doctype"));
	}

	private static PoisoningCommand poisoning(String idNumber, String phone) {
		return new PoisoningCommand("赵小六", "01", idNumber, "1", LocalDate.of(1970, 5, 1), phone, TOWNSHIP, "千岛湖镇某村 3 组",
				"28", null, "01", "02", null, today().minusDays(2), null, "钱主任", "喷洒百草枯后出现中毒症状");
	}

	@Test
	void aHospitalsPesticidePoisoningReportRoundTripsAndItsPhoneLeavesOnlyWhenRevealed() {
		AgencyView hospital = institution(AgencyKind.EXAM_INSTITUTION);
		String patient = RegistryFixtures.idNumber(COUNTY);
		PoisoningView report = this.poisonings.report(hospital(hospital), poisoning(patient, "13912340000"));
		assertThat(report.patientMasked()).isEqualTo("赵*六");
		assertThat(report.idNumberMasked()).doesNotContain(patient.substring(6, 14));
		assertThat(report.phoneMasked()).isEqualTo("139****0000");
		assertThat(this.poisonings.search(this.cdc, new PesticidePoisonings.Filter(report.number(), null, "28", null, null,
				null, null), PageQuery.of(1, 10)).items()).extracting(PoisoningView::id).containsExactly(report.id());
		assertThat(this.poisonings.search(cdc("330109"), new PesticidePoisonings.Filter(report.number(), null, null, null,
				null, null, null), PageQuery.of(1, 10)).items()).isEmpty();
		assertThat(this.jdbc.sql("select id_number || patient_name || phone from diagnosis.pesticide_poisoning where id = :id")
			.param("id", report.id())
			.query(String.class)
			.single()).doesNotContain(patient, "赵小六", "13912340000");

		assertThatThrownBy(() -> export(this.cdc, BusinessType.NYZD, true)).isInstanceOf(AccessDeniedException.class);
		assertThat(record(export(this.cdc, BusinessType.NYZD, false), BusinessType.NYZD, report.number()))
			.contains("<WORKER_TELPHONE/>");
		String xml = export(revealing(COUNTY), BusinessType.NYZD, true);
		String record = record(xml, BusinessType.NYZD, report.number());
		assertThat(record).contains("<WORKER_TELPHONE>13912340000</WORKER_TELPHONE>", "<ID_CARD>" + patient + "</ID_CARD>",
				"<PESTICIDE_POISONING_NAME>28</PESTICIDE_POISONING_NAME>", "<OUTCOME>02</OUTCOME>",
				"<DIAGNOSE_UNIT_NAME>" + hospital.name() + "</DIAGNOSE_UNIT_NAME>");
		Map<String, String> exported = values(xml, BusinessType.NYZD, record);
		this.jdbc.sql("delete from diagnosis.pesticide_poisoning where id = :id").param("id", report.id()).update();

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, BusinessType.NYZD,
				document(xml, BusinessType.NYZD, "rt-nyzd-" + report.id(), record));

		assertThat(answer.records()).singleElement()
			.satisfies(r -> assertThat(r.status()).as(r.toString()).isEqualTo(ExchangeAnswer.CREATED));
		String again = export(revealing(COUNTY), BusinessType.NYZD, true);
		assertThat(values(again, BusinessType.NYZD, record(again, BusinessType.NYZD, report.number())))
			.as("the received report exports as the one reported").isEqualTo(exported);
	}

	@Test
	void aMalformedPoisoningIsRejectedPerElementAndTheFormNamesEveryBadField() {
		AgencyView hospital = institution(AgencyKind.DIAGNOSIS_INSTITUTION);
		PoisoningView report = this.poisonings.report(hospital(hospital), poisoning(RegistryFixtures.idNumber(COUNTY), null));
		String xml = export(this.cdc, BusinessType.NYZD, false);
		String good = record(xml, BusinessType.NYZD, report.number());
		String bad = good.replace("ID=\"" + report.number() + "\"", "ID=\"bad-" + report.number() + "\"")
			.replaceFirst("<ID_CARD>(\\d{17}).</ID_CARD>", "<ID_CARD>$1Z</ID_CARD>")
			.replace("<PESTICIDE_POISONING_NAME>28</PESTICIDE_POISONING_NAME>",
					"<PESTICIDE_POISONING_NAME>24</PESTICIDE_POISONING_NAME>")
			.replace("<OUTCOME>02</OUTCOME>", "<OUTCOME>04</OUTCOME>")
			.replaceFirst("<DIAGNOSE_DATE>\\d+</DIAGNOSE_DATE>", "<DIAGNOSE_DATE>20210230</DIAGNOSE_DATE>")
			.replaceFirst("<VILLAGE>[^<]+</VILLAGE>", "<VILLAGE/>");
		this.jdbc.sql("delete from diagnosis.pesticide_poisoning where id = :id").param("id", report.id()).update();

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, BusinessType.NYZD,
				document(xml, BusinessType.NYZD, "bad-nyzd-" + report.id(), good + bad));

		assertThat(answer.records()).extracting(ExchangeAnswer.Record::status)
			.containsExactly(ExchangeAnswer.CREATED, ExchangeAnswer.REJECTED);
		assertThat(answer.records().get(1).errors()).extracting(p -> p.element() + " " + p.code())
			.contains("WORKER_INFO/ID_CARD exchange.idNumberInvalid", "PESTICIDE_POISONING_NAME exchange.notInTable",
					"DIE_DATE exchange.required", "DIAGNOSE_DATE exchange.badDate", "VILLAGE exchange.required");

		Actor staff = hospital(hospital);
		PoisoningCommand wrong = new PoisoningCommand(" ", "01", "330127198501010000", "5", today().plusDays(1),
				"abc", "999999", "村", "25", null, "07", "01", null, today().plusDays(3), today(), "",
				null);
		assertThatThrownBy(() -> this.poisonings.report(staff, wrong))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(f -> f.field() + " " + f.code())
				.contains("patientName diagnosis.pesticide.required", "idNumber diagnosis.pesticide.idNumberInvalid",
						"gender diagnosis.pesticide.notInTable", "birthDate diagnosis.pesticide.future",
						"phone diagnosis.pesticide.phoneInvalid", "regionCode diagnosis.pesticide.regionUnknown",
						"poisonOther diagnosis.pesticide.required", "causeCode diagnosis.pesticide.notInTable",
						"diagnosedOn diagnosis.pesticide.future", "diedOn diagnosis.pesticide.deathWithoutOutcome",
						"unitHead diagnosis.pesticide.required"));
		String patient = RegistryFixtures.idNumber(COUNTY);
		this.poisonings.report(staff, poisoning(patient, null));
		assertThatThrownBy(() -> this.poisonings.report(staff, poisoning(patient, null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("diagnosis.pesticide.duplicate"));
		assertThatThrownBy(() -> this.poisonings.report(this.cdc, poisoning(RegistryFixtures.idNumber(COUNTY), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
