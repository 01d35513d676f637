package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.w3c.dom.Element;

import static org.ohsonline.shared.exchange.ElementChecks.INDUSTRY;
import static org.ohsonline.shared.exchange.ElementChecks.N9;
import static org.ohsonline.shared.exchange.ElementChecks.NUMBER;
import static org.ohsonline.surveillance.internal.ExchangeXmlReader.RECORD;
import static org.ohsonline.surveillance.internal.ExchangeXmlReader.child;
import static org.ohsonline.surveillance.internal.ExchangeXmlReader.children;
import static org.ohsonline.surveillance.internal.ExchangeXmlReader.schemaProblem;
import static org.ohsonline.surveillance.internal.ExchangeXmlReader.text;

/**
 * Reads and checks one HEALTH_EXAM_RECORD of an exchange document (see {@link ExchangeXmlReader} for
 * the checks, per the spec's element table), collecting every problem as an error naming its element.
 */
final class ExchangeRecordReader {

	private static final Pattern N7 = Pattern.compile("\\d{7}");

	private final Element record;

	private final ElementChecks checks = new ElementChecks();

	/** For each conclusion of the command, the position (from 1) of the EXAM_CONCLUSION it came from. */
	private final List<Integer> sources = new ArrayList<>();

	ExchangeRecordReader(Element record) {
		this.record = record;
	}

	ExchangeXmlReader.ParsedRecord read(int index) {
		String id = this.record.getAttribute("ID");
		if (id.isEmpty()) {
			id = this.record.getAttribute("id");
		}
		Element enterprise = section(this.record, "ENTERPRISE_INFO");
		String creditCode = null;
		if (enterprise != null) {
			required(enterprise, "ENTERPRISE_INFO/", "ENTERPRISE_NAME", 70);
			creditCode = creditCode(enterprise, "ENTERPRISE_INFO/CREDIT_CODE", "CREDIT_CODE");
			optionalCode(enterprise, "ENTERPRISE_INFO/", "ECONOMIC_TYPE_CODE", Pattern.compile("\\d{1,3}"));
			requiredPattern(enterprise, "ENTERPRISE_INFO/", "INDUSTRY_CATEGORY_CODE", INDUSTRY);
			optionalIn(enterprise, "ENTERPRISE_INFO/", "BUSINESS_SCALE_CODE", Set.of("01", "02", "03", "04", "99"));
			requiredPattern(enterprise, "ENTERPRISE_INFO/", "ADDRESS_CODE", N9);
			required(enterprise, "ENTERPRISE_INFO/", "ADDRESS_DETAIL", 70);
			present(enterprise, "ENTERPRISE_INFO/", "ENTERPRISE_CONTACT", 50);
			present(enterprise, "ENTERPRISE_INFO/", "CONTACT_TELPHONE", 20);
			present(enterprise, "ENTERPRISE_INFO/", "ALL_NAME", 70);
		}
		Element host = section(this.record, "ENTERPRISE_INFO_EMPLOYER");
		if (host != null) {
			required(host, "ENTERPRISE_INFO_EMPLOYER/", "ENTERPRISE_NAME_EMPLOYER", 70);
			creditCode(host, "ENTERPRISE_INFO_EMPLOYER/CREDIT_CODE_EMPLOYER", "CREDIT_CODE_EMPLOYER");
			requiredPattern(host, "ENTERPRISE_INFO_EMPLOYER/", "INDUSTRY_CATEGORY_CODE_EMPLOYER", INDUSTRY);
			requiredPattern(host, "ENTERPRISE_INFO_EMPLOYER/", "ADDRESS_CODE_EMPLOYER", N9);
			present(host, "ENTERPRISE_INFO_EMPLOYER/", "ALL_NAME_EMPLOYER", 70);
		}
		Element worker = section(this.record, "WORKER_INFO");
		String idNumber = null;
		String workerName = null;
		if (worker != null) {
			workerName = required(worker, "WORKER_INFO/", "WORKER_NAME", 50);
			String type = requiredIn(worker, "WORKER_INFO/", "ID_CARD_TYPE_CODE",
					Set.of("01", "02", "03", "04", "05", "06", "07", "88"));
			if (type != null && !"01".equals(type)) {
				error("WORKER_INFO/ID_CARD_TYPE_CODE", "surveillance.exchange.idTypeUnsupported", type);
			}
			idNumber = required(worker, "WORKER_INFO/", "ID_CARD", 18);
			if (idNumber != null && "01".equals(type) && !IdNumber.isValid(idNumber.toUpperCase(java.util.Locale.ROOT))) {
				error("WORKER_INFO/ID_CARD", "exchange.idNumberInvalid");
				idNumber = null;
			}
			requiredIn(worker, "WORKER_INFO/", "GENDER_CODE", Set.of("0", "1", "2", "9"));
			date(worker, "WORKER_INFO/", "BIRTH_DATE", true);
			present(worker, "WORKER_INFO/", "WORKER_TELPHONE", 20);
		}
		// The spec's table places JC_TYPE under WORKER_INFO, its sample at the record's level: either is read.
		Element jcHolder = child(this.record, "JC_TYPE") == null && child(worker, "JC_TYPE") != null ? worker : this.record;
		requiredIn(jcHolder, jcHolder == worker ? "WORKER_INFO/" : "", "JC_TYPE", Set.of("01", "02", "03"));
		String typeCode = requiredIn(this.record, "", "EXAM_TYPE_CODE", Set.of("01", "02", "03", "04", "05"));
		ExamType examType = typeCode == null ? null : ExamType.ofCode(typeCode).orElse(null);
		LocalDate examinedOn = date(this.record, "", "EXAM_DATE", true);
		required(this.record, "", "CONTACT_FACTOR_CODE", 150);
		required(this.record, "", "FACTOR_CODE", 150);
		String workType = required(this.record, "", "WORK_TYPE_CODE", 7);
		if ("99-9999".equals(workType)) {
			required(this.record, "", "OTHER_WORK_TYPE", 20);
		}
		optionalIn(this.record, "", "IS_REVIEW", Set.of("0", "1"));
		presentPattern(this.record, "", "AREA_CODE", N9);
		presentPattern(this.record, "", "ORG_CODE", N9);
		List<ExamCommand.HazardConclusion> conclusions = conclusions();
		Results results = results();
		present(this.record, "", "WRITE_PERSON", 50);
		present(this.record, "", "WRITE_PERSON_TELPHONE", 20);
		date(this.record, "", "WRITE_DATE", false);
		String institution = present(this.record, "", "REPORT_ORGAN_CREDIT_CODE", 70);
		present(this.record, "", "REPORT_PERSON", 50);
		present(this.record, "", "REPORT_PERSON_TEL", 20);
		date(this.record, "", "REPORT_DATE", false);
		present(this.record, "", "REPORT_UNIT", 70);
		String remark = optionalText(this.record, "", "REMARK", 500);
		this.checks.audit(this.record, "");
		if (this.checks.ok()) {
			String problem = schemaProblem(this.record);
			if (problem != null) {
				error(RECORD, "exchange.schema", problem);
			}
		}
		ExamCommand command = new ExamCommand(null, creditCode, idNumber, examType, examinedOn, conclusions,
				results.audiogram, results.chest, results.fvc, results.fev1, results.fev1Fvc, results.bloodLead,
				results.wbc, results.neutrophils, results.hemoglobin, results.platelets, results.items, remark);
		return new ExchangeXmlReader.ParsedRecord(index, id.isEmpty() ? null : id, command, workerName, institution,
				List.copyOf(this.sources), this.checks.errors());
	}

	private List<ExamCommand.HazardConclusion> conclusions() {
		List<ExamCommand.HazardConclusion> conclusions = new ArrayList<>();
		Element list = section(this.record, "EXAM_CONCLUSION_LIST");
		if (list == null) {
			return conclusions;
		}
		List<Element> items = children(list, "EXAM_CONCLUSION");
		if (items.isEmpty()) {
			error("EXAM_CONCLUSION_LIST/EXAM_CONCLUSION", "exchange.required");
		}
		for (int i = 0; i < items.size(); i++) {
			Element c = items.get(i);
			String path = "EXAM_CONCLUSION_LIST/EXAM_CONCLUSION[" + (i + 1) + "]/";
			String codes = required(c, path, "ITAM_CODE", 150);
			required(c, path, "ITAM_NAME", 20);
			String code = requiredIn(c, path, "EXAM_CONCLUSION_CODE", Set.of("01", "02", "03", "04", "05"));
			ExamConclusion conclusion = code == null ? null : ExamConclusion.parse(code).orElse(null);
			String disease = conclusion == ExamConclusion.SUSPECTED_DISEASE ? required(c, path, "YSZYB_CODE", 10)
					: optionalText(c, path, "YSZYB_CODE", 10);
			String detail = null;
			if (conclusion == ExamConclusion.CONTRAINDICATION) {
				detail = required(c, path, "ZYJJZ_NAME", 500);
			}
			else if (conclusion == ExamConclusion.OTHER) {
				detail = required(c, path, "QTJB_NAME", 500);
			}
			date(c, path, "HARM_START_DATE", false);
			optionalCode(c, path, "HARM_AGE_YEAR", Pattern.compile("\\d{1,2}"));
			optionalCode(c, path, "HARM_AGE_MONTH", Pattern.compile("\\d{1,2}"));
			if (codes == null) {
				continue;
			}
			// One conclusion may name several factors of a kind (各类粉尘只需填写一个大类粉尘的结论).
			for (String hazard : codes.split("[,，]")) {
				if (!hazard.isBlank()) {
					conclusions.add(new ExamCommand.HazardConclusion(hazard.trim(), conclusion,
							conclusion == ExamConclusion.SUSPECTED_DISEASE ? disease : null, detail, null));
					this.sources.add(i + 1);
				}
			}
		}
		return conclusions;
	}

	/** The typed results and further items of the record's EXAM_ITEM_RESULTs. */
	private static final class Results {

		List<ExamCommand.Threshold> audiogram = new ArrayList<>();

		String chest;

		BigDecimal fvc;

		BigDecimal fev1;

		BigDecimal fev1Fvc;

		BigDecimal bloodLead;

		BigDecimal wbc;

		BigDecimal neutrophils;

		BigDecimal hemoglobin;

		BigDecimal platelets;

		List<ExamCommand.Item> items = new ArrayList<>();

	}

	private Results results() {
		Results results = new Results();
		Element list = section(this.record, "EXAM_ITEM_RESULT_LIST");
		if (list == null) {
			return results;
		}
		List<Element> items = children(list, "EXAM_ITEM_RESULT");
		if (items.isEmpty()) {
			error("EXAM_ITEM_RESULT_LIST/EXAM_ITEM_RESULT", "exchange.required");
		}
		for (int i = 0; i < items.size(); i++) {
			Element item = items.get(i);
			String path = "EXAM_ITEM_RESULT_LIST/EXAM_ITEM_RESULT[" + (i + 1) + "]/";
			required(item, path, "EXAM_ITEM_PNAME", 50);
			required(item, path, "EXAM_ITEM_NAME", 50);
			String code = requiredPattern(item, path, "EXAM_ITEM_CODE", N7);
			String type = requiredIn(item, path, "EXAM_RESULT_TYPE", Set.of("01", "02", "03"));
			String value = required(item, path, "EXAM_RESULT", 500);
			String unit = optionalText(item, path, "EXAM_ITEM_UNIT_CODE", 50);
			optionalCode(item, path, "REFERENCE_RANGE_MIN", NUMBER);
			optionalCode(item, path, "REFERENCE_RANGE_MAX", NUMBER);
			String abnormal = presentIn(item, path, "ABNORMAL",
					ExchangeItems.CHEST.equals(code) ? Set.of("0", "1", "2", "3") : Set.of("0", "1", "3"));
			if (code == null || value == null) {
				continue;
			}
			BigDecimal number = null;
			if ("01".equals(type)) {
				if (!NUMBER.matcher(value).matches()) {
					error(path + "EXAM_RESULT", "surveillance.exchange.notNumber", value);
					continue;
				}
				number = new BigDecimal(value);
			}
			var threshold = ExchangeItems.threshold(code);
			if (threshold.isPresent()) {
				if (number == null || number.scale() > 0) {
					error(path + "EXAM_RESULT", "surveillance.exchange.notInteger", value);
					continue;
				}
				results.audiogram.add(new ExamCommand.Threshold(threshold.get().ear(), threshold.get().frequencyHz(),
						number.intValueExact()));
				continue;
			}
			switch (code) {
				case ExchangeItems.CHEST -> results.chest = abnormal;
				case ExchangeItems.FVC -> results.fvc = numeric(number, path, value);
				case ExchangeItems.FEV1 -> results.fev1 = numeric(number, path, value);
				case ExchangeItems.FEV1_FVC -> results.fev1Fvc = numeric(number, path, value);
				case ExchangeItems.BLOOD_LEAD -> results.bloodLead = numeric(number, path, value);
				case ExchangeItems.WBC -> results.wbc = numeric(number, path, value);
				case ExchangeItems.NEUTROPHILS -> results.neutrophils = numeric(number, path, value);
				case ExchangeItems.HEMOGLOBIN -> results.hemoglobin = numeric(number, path, value);
				case ExchangeItems.PLATELETS -> results.platelets = numeric(number, path, value);
				default -> results.items.add(new ExamCommand.Item(code, value, unit,
						abnormal == null || "3".equals(abnormal) ? null : "1".equals(abnormal)));
			}
		}
		return results;
	}

	private BigDecimal numeric(BigDecimal number, String path, String value) {
		if (number == null) {
			error(path + "EXAM_RESULT_TYPE", "surveillance.exchange.numberExpected", value);
		}
		return number;
	}

	private String creditCode(Element parent, String element, String name) {
		return this.checks.creditCode(parent, element.substring(0, element.length() - name.length()), name);
	}

	private Element section(Element parent, String name) {
		return this.checks.section(parent, "", name);
	}

	private String present(Element parent, String path, String name, int max) {
		return this.checks.present(parent, path, name, max);
	}

	private String required(Element parent, String path, String name, int max) {
		return this.checks.required(parent, path, name, max);
	}

	private String optionalText(Element parent, String path, String name, int max) {
		return this.checks.optional(parent, path, name, max);
	}

	private String requiredIn(Element parent, String path, String name, Set<String> codes) {
		return this.checks.requiredIn(parent, path, name, codes);
	}

	private String presentIn(Element parent, String path, String name, Set<String> codes) {
		return this.checks.presentIn(parent, path, name, codes);
	}

	private String optionalIn(Element parent, String path, String name, Set<String> codes) {
		return this.checks.optionalIn(parent, path, name, codes);
	}

	private String requiredPattern(Element parent, String path, String name, Pattern pattern) {
		return this.checks.requiredPattern(parent, path, name, pattern);
	}

	private String presentPattern(Element parent, String path, String name, Pattern pattern) {
		return this.checks.presentPattern(parent, path, name, pattern);
	}

	private String optionalCode(Element parent, String path, String name, Pattern pattern) {
		return this.checks.optionalPattern(parent, path, name, pattern);
	}

	private LocalDate date(Element parent, String path, String name, boolean required) {
		return this.checks.date(parent, path, name, required);
	}

	private void error(String element, String code, Object... arguments) {
		this.checks.error(element, code, arguments);
	}

}
