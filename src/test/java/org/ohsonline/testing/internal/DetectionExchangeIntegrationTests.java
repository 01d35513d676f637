package org.ohsonline.testing.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyStaff;
import org.ohsonline.agency.Engagements;
import org.ohsonline.reference.CatalogAdministration;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.NewCatalogVersion;
import org.ohsonline.registry.EmployerCommand;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.exchange.ExchangeAnswer;
import org.ohsonline.testing.DetectionExchange;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.TestingFixtures;
import org.ohsonline.testing.TestingJobs;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Detection results through the national exchange XML (DETECTION_INFO): a reviewed job exported and received
 * elsewhere gives the same employer and the same results by post, factor and concentration type; a bad record is
 * rejected per element while the others are kept; the same document again is a replay and the same record in
 * another document a duplicate; a county CDC receives and exports only its own employers; a DTD is refused.
 */
@IntegrationTest
class DetectionExchangeIntegrationTests {

	private static final Set<String> CDC = Set.of("testing:job:read", "testing:exchange:export",
			"testing:exchange:import");

	@Autowired
	DetectionExchange exchange;

	@Autowired
	TestingJobs jobs;

	@Autowired
	Agencies agencies;

	@Autowired
	AgencyStaff staff;

	@Autowired
	Engagements engagements;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	CatalogAdministration administration;

	TestingFixtures.Setting s;

	JobView job;

	Actor cdc;

	@BeforeEach
	void setUp() {
		this.s = new TestingFixtures(this.agencies, this.staff, this.engagements, this.employers, this.workers)
			.setting("330105", "330105");
		EmployerView e = this.s.employer();
		// The exchange needs the economic type (条件必填 outside sections S and T); the fixture leaves it open.
		this.employers.update(TestingFixtures.registrar("330105"), e.id(), new EmployerCommand(e.creditCode(), e.name(),
				e.regionCode(), e.address(), e.industryCode(), "110", e.employees(), e.annualRevenue(), e.legalRepresentative(),
				e.ohManagerName(), null, null));
		JobView draft = this.jobs.create(this.s.author(), TestingFixtures.job(this.s));
		long post = this.s.post().id();
		this.jobs.addResults(this.s.author(), draft.id(),
				List.of(TestingFixtures.benzene(post, "B-1", "09:00", "09:15", 240, "4.0"),
						TestingFixtures.benzene(post, "B-2", "14:00", "14:15", 240, "8.0"),
						TestingFixtures.noise(post, "N-1", "08:00", "16:00", "88.0")));
		this.jobs.submit(this.s.author(), draft.id());
		this.job = this.jobs.accept(this.s.reviewer(), draft.id());
		this.cdc = actor("330105");
	}

	private static Actor actor(String region) {
		return new Actor(51, "detection-cdc-" + region, "疾控", region, Scope.region(region), CDC, "127.0.0.1",
				Actor.Channel.UI);
	}

	private String export(Actor actor) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.exchange.export(actor, new JobFilter(this.job.number(), null, null, null, null, null, null, null, null),
				out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static String record(String xml) {
		return xml.substring(xml.indexOf("<DETECTION_INFO "), xml.indexOf("</DETECTION_INFO>") + 17);
	}

	private static byte[] document(String xml, String documentId, String records) {
		return (xml.substring(0, xml.indexOf("<DETECTION_INFO ")) + records
				+ xml.substring(xml.indexOf("</DETECTION_INFO>") + 17))
			.replaceFirst("<DocumentId>[^<]+</DocumentId>", "<DocumentId>" + documentId + "</DocumentId>")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aReviewedJobExportedAndReceivedGivesTheSameEmployerAndResults() {
		String xml = export(this.cdc);
		String record = record(xml);
		assertThat(record).contains("<DETECTION_INFO ID=\"" + this.job.number() + "\">")
			.contains("<CREDIT_CODE>" + this.s.employer().creditCode() + "</CREDIT_CODE>")
			.contains("<ALL_WORKER_SUM>120</ALL_WORKER_SUM>")
			.contains("<IS_USE>1</IS_USE>")
			.contains("<FACTOR_CODE>2013</FACTOR_CODE>")
			.contains("<DENSITY_TYPE_CODE>01</DENSITY_TYPE_CODE>")
			.contains("<FACTOR_CODE>3008</FACTOR_CODE>")
			.contains("<DENSITY_TYPE_CODE>99</DENSITY_TYPE_CODE>")
			.contains("<CHECK_ORGAN_NAME>" + this.s.agency().name() + "</CHECK_ORGAN_NAME>")
			.contains("<CONTACT_TELPHONE/>");
		List<DetectionExchange.Result> exported = DetectionRecords.results(this.jobs.find(this.s.author(), this.job.id()));
		assertThat(exported).isNotEmpty();

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc, document(xml, "rt-" + this.job.id(), record));

		assertThat(answer.records()).singleElement()
			.satisfies(r -> assertThat(r.status()).as(r.toString()).isEqualTo(ExchangeAnswer.CREATED));
		DetectionExchange.Received received = this.exchange.received(this.cdc, this.s.employer().creditCode(), 10)
			.get(0);
		assertThat(received.recordId()).isEqualTo(this.job.number());
		assertThat(received.employerName()).isEqualTo(this.s.employer().name());
		assertThat(received.regionCode()).isEqualTo(this.s.employer().regionCode());
		assertThat(received.industryCode()).isEqualTo(this.s.employer().industryCode());
		assertThat(received.allWorkers()).isEqualTo(120);
		assertThat(received.checkOrgan()).isEqualTo(this.s.agency().name());
		assertThat(received.reportedOn()).isEqualTo(this.job.reviewedOn());
		assertThat(received.results()).containsExactlyElementsOf(exported);
	}

	@Test
	void aBadRecordIsRejectedPerElementWhileTheOthersAreKept() {
		String xml = export(this.cdc);
		String good = record(xml).replace("ID=\"" + this.job.number() + "\"", "ID=\"good-" + this.job.id() + "\"");
		String bad = record(xml).replace("ID=\"" + this.job.number() + "\"", "ID=\"bad-" + this.job.id() + "\"")
			.replaceFirst("<DENSITY_TYPE_CODE>\\d+</DENSITY_TYPE_CODE>", "<DENSITY_TYPE_CODE>05</DENSITY_TYPE_CODE>")
			.replace("<ALL_WORKER_SUM>120</ALL_WORKER_SUM>", "<ALL_WORKER_SUM>many</ALL_WORKER_SUM>")
			.replace("<IS_USE>1</IS_USE>", "<IS_USE>2</IS_USE>")
			.replaceFirst("<CHECK_DATE>\\d+</CHECK_DATE>", "<CHECK_DATE>20210230</CHECK_DATE>")
			.replaceFirst("<CHECK_ORGAN_NAME>[^<]+</CHECK_ORGAN_NAME>", "<CHECK_ORGAN_NAME/>");

		ExchangeAnswer answer = this.exchange.importDocument(this.cdc,
				document(xml, "bad-" + this.job.id(), good + bad));

		assertThat(answer.records()).extracting(ExchangeAnswer.Record::status)
			.containsExactly(ExchangeAnswer.CREATED, ExchangeAnswer.REJECTED);
		assertThat(answer.records().get(1).errors()).extracting(p -> p.element() + " " + p.code())
			.contains("ENTERPRISE_INFO/ALL_WORKER_SUM exchange.badFormat", "IS_USE exchange.notInTable",
					"CHECK_RESULT_LIST/CHECK_RESULT[1]/DENSITY_TYPE_CODE exchange.notInTable",
					"CHECK_RESULT_LIST/CHECK_RESULT[1]/CHECK_DATE exchange.badDate", "CHECK_ORGAN_NAME exchange.required");
		assertThat(this.exchange.received(this.cdc, this.s.employer().creditCode(), 10))
			.extracting(DetectionExchange.Received::recordId)
			.containsExactly("good-" + this.job.id());
	}

	@Test
	void theSameDocumentAgainIsAReplayAndTheSameRecordElsewhereADuplicate() {
		String xml = export(this.cdc);
		byte[] document = document(xml, "once-" + this.job.id(), record(xml));
		ExchangeAnswer first = this.exchange.importDocument(this.cdc, document);

		ExchangeAnswer replay = this.exchange.importDocument(this.cdc, document);

		assertThat(replay.replayed()).isTrue();
		assertThat(replay.records()).isEqualTo(first.records());
		ExchangeAnswer again = this.exchange.importDocument(this.cdc, document(xml, "twice-" + this.job.id(), record(xml)));
		assertThat(again.records()).singleElement().satisfies(r -> assertThat(r.errors())
			.extracting(p -> p.element() + " " + p.code())
			.containsExactly("ID testing.exchange.duplicate"));
		assertThat(this.exchange.received(this.cdc, this.s.employer().creditCode(), 10)).hasSize(1);
		byte[] changed = new String(document, StandardCharsets.UTF_8).replace("<IS_USE>1</IS_USE>", "<IS_USE>0</IS_USE>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.cdc, changed))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.documentIdReused"));
	}

	@Test
	void aCountyReceivesAndExportsOnlyItsOwnEmployers() {
		Actor neighbour = actor("330106");
		assertThat(export(neighbour)).doesNotContain("<DETECTION_INFO ");
		String xml = export(this.cdc);

		ExchangeAnswer answer = this.exchange.importDocument(neighbour, document(xml, "scope-" + this.job.id(), record(xml)));

		assertThat(answer.records()).singleElement().satisfies(r -> assertThat(r.errors())
			.extracting(p -> p.element() + " " + p.code())
			.containsExactly("ENTERPRISE_INFO/ADDRESS_CODE testing.exchange.outOfScope"));
		assertThat(this.exchange.received(neighbour, this.s.employer().creditCode(), 10)).isEmpty();
	}

	@Test
	void aDocumentWithADtdIsRefusedWhole() {
		byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<DataExchange><Header><DocumentId>&x;</DocumentId></Header></DataExchange>")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.exchange.importDocument(this.cdc, xxe))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().get(0).code()).isEqualTo("exchange.doctype"));
	}

	@Test
	void theAgencysOrgCodeComesFromTheCatalogOfExchangeCodes() {
		assertThat(record(export(this.cdc))).contains("<ORG_CODE/>");
		this.administration.load(Actor.system("test"), new NewCatalogVersion("exchange-org-codes",
				"test-" + this.job.id(), LocalDate.of(2021, 5, 1), "assigned by the CDC (test)", null,
				List.of(new CatalogEntry(this.s.agency().creditCode(), this.s.agency().name(), null, 1,
						Map.of("org_code", "330105901")))));

		assertThat(record(export(this.cdc))).contains("<ORG_CODE>330105901</ORG_CODE>");
	}

}
