package org.ohsonline.surveillance.internal;

import java.util.ArrayList;
import java.util.List;

import javax.xml.validation.Schema;

import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeDocument;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamExchange;
import org.w3c.dom.Element;

/**
 * Reads a HEALTH_EXAM_RECORD document of the national exchange specification (中国疾控中心 2021,
 * 第一章 五 文档头规范, 六(二) 职业健康档案 elements 1–78, 第二章 (二) sample) into exam commands, with every
 * structural problem of a record as an error naming its element. Checks, per the spec's table:
 * required elements present; those the platform records (credit code, identity number, exam type
 * and date, hazards and conclusions, results) with a value; every value given in its format (D8
 * dates, N9 region codes, N7 indicator codes) and code table (表3 审核状态, 表4 体检结论, 表9 企业规模,
 * 表10 体检类型, 表2 胸片, GB/T 2261.1 性别, CV02.01.101 证件类型, 监测类型 01–03); the credit code (GB 32100)
 * and identity number (GB 11643) check characters; conditional elements (疑似职业病 code for 03, the
 * contraindication for 04, the description for 05, the other work type for 99-9999).
 * Elements the platform does not keep (phones, audit information, persons) are checked for presence
 * and format only.
 * <p>
 * The document is read by the exchange's shared reader ({@link ExchangeDocument}), hardened against XML
 * external entities: DTDs are refused outright, external entities and schemas are not loaded, XInclude is off.
 */
final class ExchangeXmlReader {

	static final String RECORD = "HEALTH_EXAM_RECORD";

	/** The document: its header's id and operation, and its records in order. */
	record Parsed(String documentId, List<ParsedRecord> records) {
	}

	/** One record: its position (from 1), {@code ID} attribute, the command read and the problems found. */
	record ParsedRecord(int index, String recordId, ExamCommand command, String workerName, String institutionCredit,
			List<Integer> conclusionSources, List<FieldError> errors) {
	}

	/**
	 * The structure as an XML Schema (resources {@code exchange/health-exam-record-2021.xsd}), applied to
	 * each record after the explicit checks: it adds what they do not look for (unknown or repeated
	 * elements, lengths of elements the platform does not read).
	 */
	private static final Schema SCHEMA = ExchangeXml.schema("exchange/health-exam-record-2021.xsd");

	private ExchangeXmlReader() {
	}

	/** The first schema violation of a record, or {@code null}. */
	static String schemaProblem(Element record) {
		return ExchangeXml.problem(SCHEMA, record);
	}

	static Parsed read(byte[] bytes) {
		ExchangeDocument document = ExchangeDocument.read(bytes, BusinessType.HEALTH_EXAM_RECORD, ExamExchange.MAX_RECORDS);
		List<Element> records = document.records();
		List<ParsedRecord> parsed = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			parsed.add(new ExchangeRecordReader(records.get(i)).read(i + 1));
		}
		return new Parsed(document.documentId(), parsed);
	}

	static Element child(Element parent, String name) {
		return ExchangeXml.child(parent, name);
	}

	static List<Element> children(Element parent, String name) {
		return ExchangeXml.children(parent, name);
	}

	/** The element's trimmed text, or {@code null} when absent or empty. */
	static String text(Element element) {
		return ExchangeXml.text(element);
	}

}
