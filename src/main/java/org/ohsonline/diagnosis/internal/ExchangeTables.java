package org.ohsonline.diagnosis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.validation.Schema;

import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.shared.exchange.ExchangeXml;

/**
 * The element tables of the four business types the diagnosis module exchanges (职业病及健康危害因素监测信息系统数据交换
 * 文档规范, 试行版 1.0, 中国疾控中心 2021-05, 第一章 六(三) 疑似职业病 SUSPECTED_OCPD, 六(四) 职业病病例 DIAGNOSE_OCPD,
 * 六(五) 职业病鉴定 APPRAISAL_INFO, 六(六) 农药中毒 NYZD; the specification marks all four 暂不启用交换), with the nesting
 * of the samples of 第二章 (三)–(六). One table per type, in document order, drives the writer, the reader's
 * element checks and the bundled XSD ({@link #xsd}, kept equal to {@code exchange/<slug>-2021.xsd} by a test).
 * <p>
 * A record is a map of element paths ({@code WORKER_INFO/ID_CARD}) to values. Kinds of element:
 * {@link Need#VALUE} (是: present with a value), {@link Need#ANY} (present, may be empty: 否, 条件必填 checked
 * by the rules of {@link ExchangeRecords}, and 是 elements the platform does not hold — phones of workers and persons,
 * the diagnosing physician, 鉴定结论代码 whose table the specification does not print —, written empty as the other
 * types do),
 * {@link Need#LOOSE} (may be absent: an element only the sample has).
 * Where the table and the sample disagree on nesting the sample is followed and the element named here (e.g.
 * WORKER_TELPHONE inside WORKER_INFO; APPRAISAL_INFO's DIAGNOSE_INFO/DIAGNOSE_DATE, only in the sample).
 */
final class ExchangeTables {

	enum Need {

		VALUE, ANY, LOOSE

	}

	enum Format {

		TEXT, D8, N9, CREDIT, DIGITS, CODES

	}

	/** One element of a table: its path inside the record, 表示格式 maximum length, need, format and code table. */
	record El(String path, int max, Need need, Format format, Set<String> codes) {

		String name() {
			int slash = this.path.lastIndexOf('/');
			return slash < 0 ? this.path : this.path.substring(slash + 1);
		}

		String section() {
			int slash = this.path.lastIndexOf('/');
			return slash < 0 ? "" : this.path.substring(0, slash);
		}

	}

	/** A table: the type and its elements in order; its schema is the bundled XSD, loaded when first used. */
	record Table(BusinessType type, List<El> elements) {

		Schema schema() {
			return SCHEMAS.computeIfAbsent(this.type.name(), n -> ExchangeXml.schema(resource(this.type)));
		}

	}

	private static final Map<String, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

	// 附录 2 1. GB/T 2261.1-2003 人的性别代码.
	static final Set<String> GENDERS = Set.of("0", "1", "2", "9");

	// 附录 2 2. WS 364.3 CV02.01.101 身份证件类型代码.
	static final Set<String> ID_TYPES = Set.of("01", "02", "03", "04", "05", "06", "07", "88");

	// 附录 1 表5 合并症代码表.
	static final Set<String> COMPLICATIONS = Set.of("01", "02", "03", "04", "05");

	// 附录 1 表6 转归代码表.
	static final Set<String> OUTCOMES = Set.of("01", "02", "03", "04", "05", "99");

	// 附录 1 表8 农药中毒原因类型代码表.
	static final Set<String> CAUSES = Set.of("01", "02", "03", "04");

	// 附录 1 表11 尘肺病病例类型代码表.
	static final Set<String> CASE_TYPES = Set.of("01", "02", "03", "04", "05");

	// 附录 1 表12 农药中毒毒物名称代码表 (1–32; the table has no 24).
	static final Set<String> POISONS;

	static {
		java.util.Set<String> poisons = new java.util.TreeSet<>();
		for (int i = 1; i <= 32; i++) {
			if (i != 24) {
				poisons.add(Integer.toString(i));
			}
		}
		POISONS = Set.copyOf(poisons);
	}

	/** 表12 25 其他: OTHER_INFO names the poison. */
	static final String POISON_OTHER = "25";

	/** 表6 04 死亡: DIE_DATE is required. */
	static final String OUTCOME_DEATH = "04";

	/** 表6 99 其他: OTHER_OUTCOME is required. */
	static final String OUTCOME_OTHER = "99";

	// 职业性化学中毒分类代码: 01 急性, 02 慢性 (六(三) 36, 六(四) 41, 六(五) 32).
	static final Set<String> POISONING_TYPES = Set.of("01", "02");

	// 六(五) 26 鉴定类型代码: 01 首次鉴定, 02 再次鉴定.
	static final Set<String> APPRAISAL_TYPES = Set.of("01", "02");

	/**
	 * 附录 2 3. 职业病种类代码: the "other … that can be diagnosed under the standard" entries (1113, 2009, 5060, 7011)
	 * and 10003's siblings have no name of their own; a record naming one of these says which in the
	 * *_OTHER element (六(三) 35, 六(四) 38, 六(五) 31).
	 */
	static final Set<String> DISEASE_OTHERS = Set.of("1113", "2009", "5060", "7011");

	/** 附录 2 3. the code 0 无职业病 (an appraisal that finds no occupational disease). */
	static final String NO_DISEASE = "0";

	static final Table SUSPECTED = table(BusinessType.SUSPECTED_OCPD, suspected());

	static final Table DIAGNOSED = table(BusinessType.DIAGNOSE_OCPD, diagnosed());

	static final Table APPRAISAL = table(BusinessType.APPRAISAL_INFO, appraisal());

	static final Table NYZD = table(BusinessType.NYZD, nyzd());

	static final List<Table> ALL = List.of(SUSPECTED, DIAGNOSED, APPRAISAL, NYZD);

	private ExchangeTables() {
	}

	static Table of(BusinessType type) {
		return ALL.stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
	}

	private static Table table(BusinessType type, List<El> elements) {
		return new Table(type, List.copyOf(elements));
	}

	static String resource(BusinessType type) {
		return "exchange/" + type.slug() + "-2021.xsd";
	}

	private static El v(String path, int max) {
		return new El(path, max, Need.VALUE, Format.TEXT, null);
	}

	private static El a(String path, int max) {
		return new El(path, max, Need.ANY, Format.TEXT, null);
	}

	private static El f(String path, int max, Need need, Format format) {
		return new El(path, max, need, format, null);
	}

	private static El c(String path, Need need, Set<String> codes) {
		int max = codes.stream().mapToInt(String::length).max().orElse(2);
		return new El(path, max, need, Format.CODES, codes);
	}

	/** 六(三)–(五) 3–14: the employer (用人单位); the economic type, industry, size and region checked by ElementChecks. */
	private static void enterprise(List<El> t) {
		t.add(a("ENTERPRISE_INFO/ENTERPRISE_NAME", 70));
		t.add(a("ENTERPRISE_INFO/CREDIT_CODE", 18));
		t.add(a("ENTERPRISE_INFO/ECONOMIC_TYPE_CODE", 3));
		t.add(a("ENTERPRISE_INFO/INDUSTRY_CATEGORY_CODE", 5));
		t.add(a("ENTERPRISE_INFO/BUSINESS_SCALE_CODE", 2));
		t.add(a("ENTERPRISE_INFO/ADDRESS_CODE", 9));
		t.add(v("ENTERPRISE_INFO/ADDRESS_DETAIL", 70));
		t.add(f("ENTERPRISE_INFO/ADDRESS_ZIP_CODE", 6, Need.ANY, Format.DIGITS));
		t.add(v("ENTERPRISE_INFO/ENTERPRISE_CONTACT", 50));
		// 是 in the table; the register keeps employers' phones encrypted and this module cannot reveal them.
		t.add(a("ENTERPRISE_INFO/CONTACT_TELPHONE", 20));
		t.add(v("ENTERPRISE_INFO/ALL_NAME", 70));
		// 15–16 the 用工单位.
		t.add(v("ENTERPRISE_NAME_EMPLOYER", 70));
		t.add(f("CREDIT_CODE_EMPLOYER", 18, Need.VALUE, Format.CREDIT));
	}

	/** The worker (六(三) 17–23 and the same rows of the other types), WORKER_TELPHONE inside as in the samples. */
	private static void worker(List<El> t, boolean emergency) {
		t.add(v("WORKER_INFO/WORKER_NAME", 50));
		t.add(c("WORKER_INFO/ID_CARD_TYPE_CODE", Need.VALUE, ID_TYPES));
		t.add(v("WORKER_INFO/ID_CARD", 18));
		t.add(c("WORKER_INFO/GENDER_CODE", Need.VALUE, GENDERS));
		t.add(f("WORKER_INFO/BIRTH_DATE", 8, Need.VALUE, Format.D8));
		// 是 in the table; a phone leaves only for a user allowed to reveal it (NYZD), else it is written empty.
		t.add(a("WORKER_INFO/WORKER_TELPHONE", 20));
		if (emergency) {
			t.add(a("WORKER_INFO/EMERGENCY_CONTACT", 50));
			t.add(a("WORKER_INFO/CONTACT_INFORMATION", 20));
		}
	}

	/** 填表/报告 (六(三) 43–50 and the same rows elsewhere): persons' phones are not held. */
	private static void persons(List<El> t, boolean appraisalOrder) {
		t.add(v("WRITE_PERSON", 50));
		t.add(a("WRITE_PERSON_TELPHONE", 20));
		t.add(f("WRITE_DATE", 8, Need.VALUE, Format.D8));
		t.add(v("WRITE_UNIT", 70));
		t.add(v("REPORT_PERSON", 50));
		t.add(a("REPORT_PERSON_TEL", 20));
		if (appraisalOrder) {
			t.add(v("REPORT_UNIT", 70));
			t.add(f("REPORT_DATE", 8, Need.VALUE, Format.D8));
		}
		else {
			t.add(f("REPORT_DATE", 8, Need.VALUE, Format.D8));
			t.add(v("REPORT_UNIT", 70));
		}
	}

	private static void codes(List<El> t) {
		t.add(f("AREA_CODE", 9, Need.ANY, Format.N9));
		t.add(f("ORG_CODE", 9, Need.ANY, Format.N9));
	}

	/** AUDIT_INFO, checked by {@link ElementChecks#audit}. */
	private static void audit(List<El> t) {
		t.add(a("AUDIT_INFO/AUDITSTATUS", 2));
		t.add(a("AUDIT_INFO/AUDITINFO", 500));
		t.add(a("AUDIT_INFO/AUDITDATE", 8));
		t.add(a("AUDIT_INFO/AUDITOR_NAME", 50));
		t.add(a("AUDIT_INFO/AUDIT_ORG", 50));
	}

	private static void harm(List<El> t) {
		// 开始接害日期 and 实际接害工龄 (是 for the date, years and months): the platform does not keep the start of
		// exposure apart from the hire, so they are written empty and accepted empty.
		t.add(f("HARM_START_DATE", 8, Need.ANY, Format.D8));
		t.add(f("HARM_AGE_YEAR", 2, Need.ANY, Format.DIGITS));
		t.add(f("HARM_AGE_MONTH", 2, Need.ANY, Format.DIGITS));
		t.add(f("HARM_AGE_DAY", 2, Need.ANY, Format.DIGITS));
		t.add(f("HARM_AGE_HOUR", 2, Need.ANY, Format.DIGITS));
		t.add(f("HARM_AGE_BRANCH", 2, Need.ANY, Format.DIGITS));
	}

	/** 六(三) 疑似职业病, elements 1–56. */
	private static List<El> suspected() {
		List<El> t = new ArrayList<>();
		enterprise(t);
		worker(t, false);
		t.add(v("WORK_TYPE_CODE", 7));
		t.add(v("FACTOR_CODE", 150));
		t.add(a("FACTOR_CODE_OTHER", 70));
		harm(t);
		t.add(f("DISEASE_TYPE_CODE", 2, Need.VALUE, Format.DIGITS));
		t.add(f("DISEASE_NAME_CODE", 5, Need.VALUE, Format.DIGITS));
		t.add(a("DISEASE_NAME_CODE_OTHER", 70));
		t.add(c("OCCUPATION_POISONING_TYPE_CODE", Need.ANY, POISONING_TYPES));
		t.add(f("DIAGNOSE_DATE", 8, Need.VALUE, Format.D8));
		t.add(v("DIAGNOSE_UNIT_NAME", 50));
		t.add(v("DIAGNOSE_PERSON", 50));
		t.add(a("REMARK", 500));
		codes(t);
		persons(t, false);
		audit(t);
		return t;
	}

	/** 六(四) 职业病病例, elements 1–69. */
	private static List<El> diagnosed() {
		List<El> t = new ArrayList<>();
		enterprise(t);
		worker(t, true);
		t.add(f("APPLY_DIAGNOSE_DATE", 8, Need.VALUE, Format.D8));
		t.add(v("WORK_TYPE_CODE", 7));
		t.add(a("OTHER_WORK_TYPE", 70));
		t.add(v("FACTOR_CODE", 150));
		harm(t);
		t.add(f("DISEASE_TYPE_CODE", 2, Need.VALUE, Format.DIGITS));
		t.add(f("DISEASE_NAME_CODE", 5, Need.VALUE, Format.DIGITS));
		t.add(a("DISEASE_NAME_CODE_OTHER", 70));
		t.add(c("CASETYPE", Need.ANY, CASE_TYPES));
		t.add(f("DIAGNOSE_DATE", 8, Need.VALUE, Format.D8));
		t.add(c("OCCUPATION_POISONING_TYPE_CODE", Need.ANY, POISONING_TYPES));
		t.add(f("DIAGNOSE_DATE_STAGE_ONE", 8, Need.ANY, Format.D8));
		t.add(f("DIAGNOSE_DATE_STAGE_TWO", 8, Need.ANY, Format.D8));
		t.add(f("DIAGNOSE_DATE_STAGE_THREE", 8, Need.ANY, Format.D8));
		t.add(a("COMPLICATION_CODE", 20));
		t.add(f("DIE_DATE", 8, Need.ANY, Format.D8));
		t.add(a("DIE_REASON", 5));
		t.add(a("OTHER_DIE_REASON", 70));
		t.add(a("REMARK", 500));
		// 是 in the table; the platform records the institution's diagnosis, not the physicians who signed it.
		t.add(a("DIAGNOSTIC_PHYSICIAN", 50));
		t.add(v("DIAGNOSTIC_PHYSICIAN_UNIT", 70));
		t.add(v("DIAGNOSE_UNIT_NAME", 70));
		t.add(v("DIAGNOSE_PERSON", 50));
		persons(t, false);
		codes(t);
		audit(t);
		return t;
	}

	/** 六(五) 职业病鉴定, elements 1–66. */
	private static List<El> appraisal() {
		List<El> t = new ArrayList<>();
		enterprise(t);
		worker(t, false);
		t.add(f("DIAGNOSE_INFO/DIAGNOSE_DATE", 8, Need.LOOSE, Format.D8));
		t.add(f("DIAGNOSE_INFO/DISEASE_TYPE_CODE", 2, Need.VALUE, Format.DIGITS));
		t.add(f("DIAGNOSE_INFO/DISEASE_NAME_CODE", 5, Need.VALUE, Format.DIGITS));
		t.add(a("DIAGNOSE_INFO/OTHER_DISEASE_INFO", 20));
		t.add(c("DIAGNOSE_INFO/CASETYPE", Need.ANY, CASE_TYPES));
		t.add(c("DIAGNOSE_INFO/OCCUPATION_POISONING_TYPE_CODE", Need.ANY, POISONING_TYPES));
		t.add(f("DIAGNOSE_INFO/DIAGNOSE_DATE_STAGE_ONE", 8, Need.ANY, Format.D8));
		t.add(f("DIAGNOSE_INFO/DIAGNOSE_DATE_STAGE_TWO", 8, Need.ANY, Format.D8));
		t.add(f("DIAGNOSE_INFO/DIAGNOSE_DATE_STAGE_THREE", 8, Need.ANY, Format.D8));
		t.add(f("APPLY_INDENTIFY_DATE", 8, Need.VALUE, Format.D8));
		t.add(f("INDENTIFY_DATE", 8, Need.VALUE, Format.D8));
		t.add(c("APPRAISAL_TYPE_CODE", Need.VALUE, APPRAISAL_TYPES));
		// 是, "参见数据元值域代码表：鉴定结论", a table the specification does not print (附录 1 has 15 tables, none of
		// them 鉴定结论): written empty; the conclusion travels as DIAGNOSE_INFO and COMPLETION_ATYPISM.
		t.add(f("IDENTIFY_COMPLETION_CODE", 2, Need.ANY, Format.DIGITS));
		t.add(v("IDENTIFY_ORG_NAME", 70));
		// 是: the commission's 9-digit code and credit code are not held by the platform.
		t.add(f("IDENTIFY_ORG_CODE", 9, Need.ANY, Format.N9));
		t.add(a("DIAGNOSE_UNIT_CREDIT_CODE", 18));
		t.add(a("REMARK", 500));
		t.add(a("DIAGNOSE_UNIT_NAME", 70));
		t.add(f("APPLY_DIAGNOSE_DATE", 8, Need.ANY, Format.D8));
		codes(t);
		t.add(f("COMPLETION_ATYPISM/COMPLETION_TYPE_CODE", 2, Need.ANY, Format.DIGITS));
		t.add(f("COMPLETION_ATYPISM/COMPLETION_NAME_CODE", 5, Need.ANY, Format.DIGITS));
		t.add(c("COMPLETION_ATYPISM/COMPLETION_CASETYPE", Need.ANY, CASE_TYPES));
		t.add(c("COMPLETION_ATYPISM/COMPLETION_POISONING_TYPE_CODE", Need.ANY, POISONING_TYPES));
		t.add(f("COMPLETION_ATYPISM/COMPLETION_DATE_STAGE_ONE", 8, Need.ANY, Format.D8));
		t.add(f("COMPLETION_ATYPISM/COMPLETION_DATE_STAGE_TWO", 8, Need.ANY, Format.D8));
		t.add(f("COMPLETION_ATYPISM/COMPLETION_DATE_STAGE_THREE", 8, Need.ANY, Format.D8));
		persons(t, true);
		audit(t);
		return t;
	}

	/** 六(六) 农药中毒, elements 1–37. */
	private static List<El> nyzd() {
		List<El> t = new ArrayList<>();
		worker(t, false);
		t.add(f("ADDRESS_CODE", 9, Need.VALUE, Format.N9));
		t.add(v("VILLAGE", 70));
		t.add(c("PESTICIDE_POISONING_NAME", Need.VALUE, POISONS));
		t.add(a("OTHER_INFO", 20));
		t.add(c("PESTICIDE_POISONING_CAUSE_TYPE_CODE", Need.VALUE, CAUSES));
		t.add(c("OUTCOME", Need.VALUE, OUTCOMES));
		t.add(a("OTHER_OUTCOME", 20));
		t.add(f("DIAGNOSE_DATE", 8, Need.VALUE, Format.D8));
		t.add(f("DIE_DATE", 8, Need.ANY, Format.D8));
		t.add(a("REMARK", 500));
		t.add(v("DIAGNOSE_UNIT_NAME", 70));
		t.add(v("DIAGNOSE_PERSON", 50));
		persons(t, false);
		codes(t);
		audit(t);
		return t;
	}

	// ---- the schema

	/**
	 * The XSD of a table: the header of 第一章 五, the record's elements in xs:all per section (every element 1..1 as
	 * the tables say, {@link Need#LOOSE} ones minOccurs 0), maximum lengths from 表示格式, values left to the Java
	 * checks (which name the element at fault).
	 */
	static String xsd(Table table) {
		StringBuilder x = new StringBuilder();
		x.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!--
				  %s of the national data-exchange specification: 职业病及健康危害因素监测信息系统数据交换文档规范
				  (试行版 1.0, 中国疾病预防控制中心, 2021-05), 第一章 五 文档头规范 and 六 %s (暂不启用交换), nesting as in the
				  sample of 第二章. Generated from the element table in ExchangeTables (diagnosis module) and kept equal to it
				  by DiagnosisExchangeSchemaTests: cardinality (every element 1..1, records 1..*), maximum lengths of the
				  表示格式 column. Elements may be empty here: whether a value is required and from which code table is
				  checked in Java, which names the element at fault. Used on import per record and on export for the whole
				  document before it is offered.
				-->
				<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
				""".formatted(table.type().name(), section(table.type())));
		java.util.SortedSet<Integer> lengths = new java.util.TreeSet<>(List.of(20, 200));
		table.elements().forEach(e -> lengths.add(e.max()));
		for (int n : lengths) {
			x.append("  <xs:simpleType name=\"an").append(n)
				.append("\"><xs:restriction base=\"xs:token\"><xs:maxLength value=\"").append(n)
				.append("\"/></xs:restriction></xs:simpleType>\n");
		}
		x.append("""

				  <xs:element name="DataExchange">
				    <xs:complexType><xs:sequence>
				      <xs:element name="Header">
				        <xs:complexType><xs:all>
				          <xs:element name="DocumentId" type="an200"/>
				          <xs:element name="OperateType" type="an20"/>
				          <xs:element name="BusinessActivityIdentification" type="an20"/>
				          <xs:element name="ReportOrgCode" type="an20"/>
				          <xs:element name="License" type="an200"/>
				          <xs:element name="ReportZoneCode" type="an20"/>
				        </xs:all></xs:complexType>
				      </xs:element>
				      <xs:element name="EventBody">
				        <xs:complexType><xs:sequence>
				          <xs:element name="%s">
				            <xs:complexType><xs:sequence>
				              <xs:element ref="%s" maxOccurs="unbounded"/>
				            </xs:sequence></xs:complexType>
				          </xs:element>
				        </xs:sequence></xs:complexType>
				      </xs:element>
				    </xs:sequence></xs:complexType>
				  </xs:element>

				  <xs:element name="%s">
				    <xs:complexType>
				      <xs:all>
				""".formatted(table.type().list(), table.type().record(), table.type().record()));
		String open = "";
		for (El e : table.elements()) {
			if (!e.section().equals(open)) {
				if (!open.isEmpty()) {
					x.append("          </xs:all></xs:complexType>\n        </xs:element>\n");
				}
				if (!e.section().isEmpty()) {
					x.append("        <xs:element name=\"").append(e.section()).append("\">\n");
					x.append("          <xs:complexType><xs:all>\n");
				}
				open = e.section();
			}
			x.append(open.isEmpty() ? "        " : "            ")
				.append("<xs:element name=\"")
				.append(e.name())
				.append("\" type=\"an")
				.append(e.max())
				.append("\"")
				.append(e.need() == Need.LOOSE ? " minOccurs=\"0\"" : "")
				.append("/>\n");
		}
		if (!open.isEmpty()) {
			x.append("          </xs:all></xs:complexType>\n        </xs:element>\n");
		}
		x.append("""
				      </xs:all>
				      <xs:attribute name="ID" type="an200"/>
				      <xs:attribute name="id" type="an200"/>
				    </xs:complexType>
				  </xs:element>
				</xs:schema>
				""");
		return x.toString();
	}

	private static String section(BusinessType type) {
		return switch (type.name()) {
			case "SUSPECTED_OCPD" -> "(三) 疑似职业病";
			case "DIAGNOSE_OCPD" -> "(四) 职业病病例";
			case "APPRAISAL_INFO" -> "(五) 职业病鉴定";
			default -> "(六) 农药中毒";
		};
	}

}
