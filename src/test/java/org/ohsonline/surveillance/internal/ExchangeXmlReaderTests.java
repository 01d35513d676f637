package org.ohsonline.surveillance.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the exchange XML: a record of the specification's shape becomes a command with typed
 * results; each structural problem is reported at its record and element; hostile documents are
 * refused before anything is read.
 */
class ExchangeXmlReaderTests {

	static final String ID = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	static final String CREDIT = "91330105DEM000001" + org.ohsonline.shared.CreditCode.checkCharacter("91330105DEM000001");

	/** One record as 第二章 (二) shows it, with the values given; {@code extra} goes before the audit block. */
	static String record(String id, String idNumber, String examType, String examDate, String conclusion) {
		return """
				<HEALTH_EXAM_RECORD ID="%s">
				  <ENTERPRISE_INFO><ENTERPRISE_NAME>杭州某金属制品有限公司</ENTERPRISE_NAME><CREDIT_CODE>%s</CREDIT_CODE>
				    <ECONOMIC_TYPE_CODE>159</ECONOMIC_TYPE_CODE><INDUSTRY_CATEGORY_CODE>3311</INDUSTRY_CATEGORY_CODE>
				    <BUSINESS_SCALE_CODE>03</BUSINESS_SCALE_CODE><ADDRESS_CODE>330105001</ADDRESS_CODE>
				    <ADDRESS_DETAIL>拱墅区某路 1 号</ADDRESS_DETAIL><ADDRESS_ZIP_CODE/><ENTERPRISE_CONTACT>王国强</ENTERPRISE_CONTACT>
				    <CONTACT_TELPHONE/><ALL_NAME>浙江省杭州市拱墅区</ALL_NAME></ENTERPRISE_INFO>
				  <ENTERPRISE_INFO_EMPLOYER><ENTERPRISE_NAME_EMPLOYER>杭州某金属制品有限公司</ENTERPRISE_NAME_EMPLOYER>
				    <CREDIT_CODE_EMPLOYER>%s</CREDIT_CODE_EMPLOYER><ECONOMIC_TYPE_CODE_EMPLOYER>159</ECONOMIC_TYPE_CODE_EMPLOYER>
				    <INDUSTRY_CATEGORY_CODE_EMPLOYER>3311</INDUSTRY_CATEGORY_CODE_EMPLOYER><BUSINESS_SCALE_CODE_EMPLOYER>03</BUSINESS_SCALE_CODE_EMPLOYER>
				    <ADDRESS_CODE_EMPLOYER>330105001</ADDRESS_CODE_EMPLOYER><ALL_NAME_EMPLOYER>浙江省杭州市拱墅区</ALL_NAME_EMPLOYER></ENTERPRISE_INFO_EMPLOYER>
				  <WORKER_INFO><WORKER_NAME>王建国</WORKER_NAME><ID_CARD_TYPE_CODE>01</ID_CARD_TYPE_CODE><ID_CARD>%s</ID_CARD>
				    <GENDER_CODE>1</GENDER_CODE><BIRTH_DATE>19900307</BIRTH_DATE><WORKER_TELPHONE/></WORKER_INFO>
				  <JC_TYPE>01</JC_TYPE><EXAM_TYPE_CODE>%s</EXAM_TYPE_CODE><EXAM_DATE>%s</EXAM_DATE>
				  <CONTACT_FACTOR_CODE>3008,1038</CONTACT_FACTOR_CODE><FACTOR_CODE>3008,1038</FACTOR_CODE>
				  <WORK_TYPE_CODE>99-9999</WORK_TYPE_CODE><OTHER_WORK_TYPE>冲压工</OTHER_WORK_TYPE><IS_REVIEW>0</IS_REVIEW>
				  <AREA_CODE>330105000</AREA_CODE><ORG_CODE/>
				  <EXAM_CONCLUSION_LIST>
				    <EXAM_CONCLUSION><ITAM_CODE>3008</ITAM_CODE><ITAM_NAME>噪声</ITAM_NAME><EXAM_CONCLUSION_CODE>%s</EXAM_CONCLUSION_CODE>
				      <ZYJJZ_NAME>永久性感音神经性听力损失</ZYJJZ_NAME></EXAM_CONCLUSION>
				    <EXAM_CONCLUSION><ITAM_CODE>1038</ITAM_CODE><ITAM_NAME>矽尘</ITAM_NAME><EXAM_CONCLUSION_CODE>01</EXAM_CONCLUSION_CODE></EXAM_CONCLUSION>
				  </EXAM_CONCLUSION_LIST>
				  <EXAM_ITEM_RESULT_LIST>
				    <EXAM_ITEM_RESULT><EXAM_ITEM_PNAME>纯音气导听阈测试</EXAM_ITEM_PNAME><EXAM_ITEM_NAME>左耳 4000Hz（气导）</EXAM_ITEM_NAME>
				      <EXAM_ITEM_CODE>3040500</EXAM_ITEM_CODE><EXAM_RESULT_TYPE>01</EXAM_RESULT_TYPE><EXAM_RESULT>35</EXAM_RESULT>
				      <EXAM_ITEM_UNIT_CODE>dB HL</EXAM_ITEM_UNIT_CODE><ABNORMAL/></EXAM_ITEM_RESULT>
				    <EXAM_ITEM_RESULT><EXAM_ITEM_PNAME>纯音气导听阈测试</EXAM_ITEM_PNAME><EXAM_ITEM_NAME>右耳 4000Hz（气导）</EXAM_ITEM_NAME>
				      <EXAM_ITEM_CODE>3041200</EXAM_ITEM_CODE><EXAM_RESULT_TYPE>01</EXAM_RESULT_TYPE><EXAM_RESULT>30</EXAM_RESULT>
				      <EXAM_ITEM_UNIT_CODE>dB HL</EXAM_ITEM_UNIT_CODE><ABNORMAL/></EXAM_ITEM_RESULT>
				    <EXAM_ITEM_RESULT><EXAM_ITEM_PNAME>摄片</EXAM_ITEM_PNAME><EXAM_ITEM_NAME>胸片</EXAM_ITEM_NAME>
				      <EXAM_ITEM_CODE>3081500</EXAM_ITEM_CODE><EXAM_RESULT_TYPE>03</EXAM_RESULT_TYPE><EXAM_RESULT>未见异常</EXAM_RESULT>
				      <ABNORMAL>0</ABNORMAL></EXAM_ITEM_RESULT>
				    <EXAM_ITEM_RESULT><EXAM_ITEM_PNAME>肺功能</EXAM_ITEM_PNAME><EXAM_ITEM_NAME>用力肺活量 FVC（%%）</EXAM_ITEM_NAME>
				      <EXAM_ITEM_CODE>3020100</EXAM_ITEM_CODE><EXAM_RESULT_TYPE>01</EXAM_RESULT_TYPE><EXAM_RESULT>92.5</EXAM_RESULT>
				      <EXAM_ITEM_UNIT_CODE>%%</EXAM_ITEM_UNIT_CODE><ABNORMAL>0</ABNORMAL></EXAM_ITEM_RESULT>
				  </EXAM_ITEM_RESULT_LIST>
				  <WRITE_PERSON>李医生</WRITE_PERSON><WRITE_PERSON_TELPHONE/><WRITE_DATE>20250302</WRITE_DATE>
				  <REPORT_ORGAN_CREDIT_CODE/><REPORT_PERSON>李医生</REPORT_PERSON><REPORT_PERSON_TEL/>
				  <REPORT_DATE>20250302</REPORT_DATE><REPORT_UNIT>某体检中心</REPORT_UNIT><REMARK>一年后复查听力</REMARK>
				  <AUDIT_INFO><AUDITSTATUS>01</AUDITSTATUS><AUDITINFO/><AUDITDATE/><AUDITOR_NAME/><AUDIT_ORG/></AUDIT_INFO>
				</HEALTH_EXAM_RECORD>
				""".formatted(id, CREDIT, CREDIT, idNumber, examType, examDate, conclusion);
	}

	static byte[] document(String documentId, String... records) {
		return ("""
				<?xml version="1.0" encoding="utf-8"?>
				<DataExchange><Header><DocumentId>%s</DocumentId><OperateType>Add</OperateType>
				<BusinessActivityIdentification>NEWOMAR</BusinessActivityIdentification><ReportOrgCode/><License/><ReportZoneCode/></Header>
				<EventBody><HEALTH_EXAM_RECORD_LIST>%s</HEALTH_EXAM_RECORD_LIST></EventBody></DataExchange>
				""".formatted(documentId, String.join("\n", records))).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsARecordIntoACommandWithTypedResultsAndPerHazardConclusions() {
		ExchangeXmlReader.Parsed parsed = ExchangeXmlReader.read(document("D-1", record("R-1", ID, "02", "20250301", "04")));
		assertThat(parsed.documentId()).isEqualTo("D-1");
		ExchangeXmlReader.ParsedRecord record = parsed.records().get(0);
		assertThat(record.errors()).isEmpty();
		assertThat(record.index()).isEqualTo(1);
		assertThat(record.recordId()).isEqualTo("R-1");
		ExamCommand command = record.command();
		assertThat(command.employerCreditCode()).isEqualTo(CREDIT);
		assertThat(command.workerIdNumber()).isEqualTo(ID);
		assertThat(command.examType()).isEqualTo(ExamType.IN_SERVICE);
		assertThat(command.examinedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(command.conclusions()).containsExactly(
				new ExamCommand.HazardConclusion("3008", ExamConclusion.CONTRAINDICATION, null, "永久性感音神经性听力损失", null),
				new ExamCommand.HazardConclusion("1038", ExamConclusion.NORMAL, null, null, null));
		// 3040500 is the left ear at 4 kHz, 3041200 the right ear at 4 kHz (表13).
		assertThat(command.audiogram()).containsExactly(new ExamCommand.Threshold("L", 4000, 35),
				new ExamCommand.Threshold("R", 4000, 30));
		assertThat(command.chestResult()).isEqualTo("0");
		assertThat(command.fvcPercent()).isEqualByComparingTo("92.5");
		assertThat(command.recommendation()).isEqualTo("一年后复查听力");
	}

	@Test
	void reportsEachProblemAtItsRecordAndElement() {
		String badCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
		ExchangeXmlReader.Parsed parsed = ExchangeXmlReader.read(document("D-2", record("R-1", ID, "02", "20250301", "01"),
				record("R-2", badCheck, "07", "20250231", "04").replace("<ZYJJZ_NAME>永久性感音神经性听力损失</ZYJJZ_NAME>", "")
					.replace("<JC_TYPE>01</JC_TYPE>", "")));
		assertThat(parsed.records().get(0).errors()).isEmpty();
		ExchangeXmlReader.ParsedRecord second = parsed.records().get(1);
		assertThat(second.index()).isEqualTo(2);
		assertThat(second.errors()).extracting(e -> e.field() + " " + e.code())
			.containsExactlyInAnyOrder("WORKER_INFO/ID_CARD exchange.idNumberInvalid",
					"JC_TYPE exchange.required",
					"EXAM_TYPE_CODE exchange.notInTable",
					// 2025 is no leap year: there is no 31 February, nor a 29th.
					"EXAM_DATE exchange.badDate",
					"EXAM_CONCLUSION_LIST/EXAM_CONCLUSION[1]/ZYJJZ_NAME exchange.required");
	}

	@Test
	void theSchemaFindsWhatTheExplicitChecksDoNotLookFor() {
		String unknown = record("R-1", ID, "02", "20250301", "01").replace("<REMARK>", "<REMARKS>x</REMARKS><REMARK>");
		ExchangeXmlReader.ParsedRecord record = ExchangeXmlReader.read(document("D-4", unknown)).records().get(0);
		assertThat(record.errors()).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("HEALTH_EXAM_RECORD");
			assertThat(e.code()).isEqualTo("exchange.schema");
			assertThat(e.arguments().get(0).toString()).contains("REMARKS");
		});
	}

	@Test
	void refusesADocumentWithAnExternalEntity() {
		byte[] hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE DataExchange [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<DataExchange><Header><DocumentId>&secret;</DocumentId></Header></DataExchange>
				""".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ExchangeXmlReader.read(hostile)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code())
				.isEqualTo("exchange.doctype"));
	}

	@Test
	void refusesAnEntityExpansionBomb() {
		byte[] bomb = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
				<DataExchange><Header><DocumentId>&lol2;</DocumentId></Header></DataExchange>
				""".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> ExchangeXmlReader.read(bomb)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void refusesADocumentOfAnotherKindOrWithoutRecords() {
		assertThatThrownBy(() -> ExchangeXmlReader.read("<ENTERPRISE_INFO_LIST/>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ExchangeXmlReader.read(document("D-3"))).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> ExchangeXmlReader.read("<DataExchange><Header>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
	}

}
