package org.ohsonline.surveillance.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamExchange;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.springframework.core.io.ClassPathResource;

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
 * The parser is hardened against XML external entities: DTDs are refused outright, external
 * entities and schemas are not loaded, XInclude is off.
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
	private static final Schema SCHEMA = schema();

	private ExchangeXmlReader() {
	}

	private static Schema schema() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			return factory.newSchema(new StreamSource(new ClassPathResource("exchange/health-exam-record-2021.xsd").getInputStream()));
		}
		catch (SAXException | IOException ex) {
			throw new IllegalStateException("The exchange schema cannot be loaded", ex);
		}
	}

	/** The first schema violation of a record, or {@code null}. */
	static String schemaProblem(Element record) {
		try {
			Validator validator = SCHEMA.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.validate(new DOMSource(record));
			return null;
		}
		catch (SAXException ex) {
			return ex.getMessage();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static DocumentBuilder secureBuilder() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			factory.setNamespaceAware(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("XML parser cannot be hardened", ex);
		}
	}

	static Document parse(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw InvalidInputException.of("document", "surveillance.exchange.empty");
		}
		try {
			return secureBuilder().parse(new ByteArrayInputStream(bytes));
		}
		catch (SAXParseException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("DOCTYPE")) {
				throw InvalidInputException.of("document", "surveillance.exchange.doctype");
			}
			throw InvalidInputException.of("document", "surveillance.exchange.malformed", ex.getLineNumber(),
					ex.getMessage());
		}
		catch (SAXException | IOException ex) {
			throw InvalidInputException.of("document", "surveillance.exchange.malformed", 0, ex.getMessage());
		}
	}

	static Parsed read(byte[] bytes) {
		Document document = parse(bytes);
		Element root = document.getDocumentElement();
		if (!"DataExchange".equals(root.getTagName())) {
			throw InvalidInputException.of("document", "surveillance.exchange.notExchange", root.getTagName());
		}
		Element header = child(root, "Header");
		String documentId = header == null ? null : text(child(header, "DocumentId"));
		if (documentId == null) {
			throw InvalidInputException.of("Header/DocumentId", "surveillance.exchange.documentIdRequired");
		}
		String operation = text(child(header, "OperateType"));
		if (operation != null && !"Add".equals(operation)) {
			throw InvalidInputException.of("Header/OperateType", "surveillance.exchange.operationUnsupported", operation);
		}
		Element body = child(root, "EventBody");
		Element list = body == null ? null : child(body, "HEALTH_EXAM_RECORD_LIST");
		List<Element> records = list == null ? List.of() : children(list, RECORD);
		if (records.isEmpty()) {
			throw InvalidInputException.of("EventBody/HEALTH_EXAM_RECORD_LIST", "surveillance.exchange.noRecords");
		}
		if (records.size() > ExamExchange.MAX_RECORDS) {
			throw InvalidInputException.of("EventBody/HEALTH_EXAM_RECORD_LIST", "surveillance.exchange.tooMany",
					ExamExchange.MAX_RECORDS);
		}
		List<ParsedRecord> parsed = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			parsed.add(new ExchangeRecordReader(records.get(i)).read(i + 1));
		}
		return new Parsed(documentId.trim(), parsed);
	}

	static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				return e;
			}
		}
		return null;
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && name.equals(e.getTagName())) {
				found.add(e);
			}
		}
		return found;
	}

	/** The element's trimmed text, or {@code null} when absent or empty. */
	static String text(Element element) {
		if (element == null) {
			return null;
		}
		String text = element.getTextContent();
		return text == null || text.isBlank() ? null : text.trim();
	}

}
