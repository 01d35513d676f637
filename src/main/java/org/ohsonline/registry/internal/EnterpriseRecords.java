package org.ohsonline.registry.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.validation.Schema;

import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.w3c.dom.Element;

/**
 * Reads and checks one ENTERPRISE_INFO record (交换规范 2021, 第一章 六(一) 用人单位信息, elements 1–30), and
 * writes one. Checks, per the element table: required elements (是) present with a value; the credit code's
 * check character (GB 32100); the formats N9 (ADDRESS_CODE, AREA_CODE, ORG_CODE), N..4 industry codes
 * (GB/T 4754-2017, a section letter tolerated), N3 economic types (GB/T 12402-2000), N6 postcodes, D8
 * dates; 表9 企业规模 and ISSUBSIDIARY 0/1; the conditions: ECONOMIC_TYPE_CODE and BUSINESS_SCALE_CODE are
 * required except for industries of sections S (公共管理、社会保障和社会组织, divisions 90–96) and T (国际组织, 97),
 * TWOLEVELCODE when ISSUBSIDIARY is 1; AUDIT_INFO as in every business type. Elements the platform does
 * not keep (postcode, subsidiary, persons filling and reporting, their phones) are checked for presence
 * and format only; then the record is validated against {@code exchange/enterprise-info-2021.xsd}.
 */
final class EnterpriseRecords {

	static final String RECORD = "ENTERPRISE_INFO";

	static final Schema SCHEMA = ExchangeXml.schema("exchange/enterprise-info-2021.xsd");

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

	private static final Pattern ZIP = Pattern.compile("\\d{6}");

	/** What one record says of an employer; {@code null}s where it says nothing or was wrong. */
	record Parsed(int index, String recordId, String creditCode, String name, String regionCode, String address,
			String industryCode, String economicTypeCode, String contact, String phone, List<FieldError> errors) {
	}

	private EnterpriseRecords() {
	}

	static Parsed read(Element record, int index) {
		ElementChecks c = new ElementChecks();
		ElementChecks.Enterprise e = c.enterprise(record, "", "", true);
		String detail = c.required(record, "", "ADDRESS_DETAIL", 70);
		c.optionalPattern(record, "", "ADDRESS_ZIP_CODE", ZIP);
		String contact = c.present(record, "", "ENTERPRISE_CONTACT", 50);
		String phone = c.matching("CONTACT_TELPHONE", c.present(record, "", "CONTACT_TELPHONE", 20), PHONE);
		String subsidiary = c.presentIn(record, "", "ISSUBSIDIARY", Set.of("0", "1"));
		if ("1".equals(subsidiary)) {
			c.required(record, "", "TWOLEVELCODE", 18);
		}
		else {
			c.present(record, "", "TWOLEVELCODE", 18);
		}
		c.presentPattern(record, "", "AREA_CODE", ElementChecks.N9);
		c.presentPattern(record, "", "ORG_CODE", ElementChecks.N9);
		c.present(record, "", "WRITE_UNIT", 70);
		c.present(record, "", "WRITE_PERSON", 50);
		c.present(record, "", "WRITE_PERSON_TEL", 20);
		c.date(record, "", "WRITE_DATE", false);
		c.present(record, "", "REPORT_UNIT", 70);
		c.present(record, "", "REPORT_PERSON", 50);
		c.present(record, "", "REPORT_PERSON_TEL", 20);
		c.date(record, "", "REPORT_DATE", false);
		c.audit(record, "");
		if (c.ok()) {
			String problem = ExchangeXml.problem(SCHEMA, record);
			if (problem != null) {
				c.error(RECORD, "exchange.schema", problem);
			}
		}
		return new Parsed(index, ExchangeXml.recordId(record), e.creditCode(), e.name(), e.regionCode(), detail,
				e.industryCode(), e.economicTypeCode(), contact, phone == null ? null : phone.toUpperCase(Locale.ROOT), c.errors());
	}

	/** The exchange element of a field of the register's rules, so their findings name the record's element. */
	static String element(String field) {
		return switch (field == null ? "" : field) {
			case "creditCode" -> "CREDIT_CODE";
			case "name" -> "ENTERPRISE_NAME";
			case "regionCode" -> "ADDRESS_CODE";
			case "address" -> "ADDRESS_DETAIL";
			case "industryCode" -> "INDUSTRY_CATEGORY_CODE";
			case "economicTypeCode" -> "ECONOMIC_TYPE_CODE";
			case "ohManagerName" -> "ENTERPRISE_CONTACT";
			case "contactPhone" -> "CONTACT_TELPHONE";
			default -> RECORD;
		};
	}

	/** What one exported record holds. */
	record Out(long id, String creditCode, String name, String regionCode, String address, String industryCode,
			String economicTypeCode, String sizeCode, String contact, String phone, java.time.LocalDate writtenOn) {
	}

	static void write(ExchangeWriter w, Out e, org.ohsonline.shared.exchange.ExchangeSettings settings,
			java.time.LocalDate reportedOn) {
		w.record(RECORD, e.creditCode());
		w.leaf("ENTERPRISE_NAME", ExchangeWriter.truncate(e.name(), 70));
		w.leaf("CREDIT_CODE", e.creditCode());
		w.leaf("ADDRESS_CODE", ExchangeWriter.nineDigits(e.regionCode()));
		w.leaf("ECONOMIC_TYPE_CODE", e.economicTypeCode());
		w.leaf("INDUSTRY_CATEGORY_CODE", e.industryCode());
		w.leaf("BUSINESS_SCALE_CODE", e.sizeCode());
		w.leaf("ADDRESS_DETAIL", ExchangeWriter.truncate(e.address(), 70));
		w.leaf("ADDRESS_ZIP_CODE", null);
		w.leaf("ENTERPRISE_CONTACT", ExchangeWriter.truncate(e.contact(), 50));
		w.leaf("CONTACT_TELPHONE", e.phone());
		// Whether the employer is a subsidiary is not held by the register: empty rather than invented.
		w.leaf("ISSUBSIDIARY", null);
		w.leaf("TWOLEVELCODE", null);
		w.leaf("AREA_CODE", settings.areaCode());
		w.leaf("ORG_CODE", settings.orgCode());
		w.leaf("WRITE_UNIT", null);
		w.leaf("WRITE_PERSON", null);
		w.leaf("WRITE_PERSON_TEL", null);
		w.date("WRITE_DATE", e.writtenOn());
		w.leaf("REPORT_UNIT", null);
		w.leaf("REPORT_PERSON", null);
		w.leaf("REPORT_PERSON_TEL", null);
		w.date("REPORT_DATE", reportedOn);
		w.open("AUDIT_INFO");
		// 表3 01 待上报: the register's employers have not been through the CDC system's review.
		w.leaf("AUDITSTATUS", "01");
		w.leaf("AUDITINFO", null);
		w.leaf("AUDITDATE", null);
		w.leaf("AUDITOR_NAME", null);
		w.leaf("AUDIT_ORG", null);
		w.end();
		w.end();
	}

}
