package org.ohsonline.surveillance.internal;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;

import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamView;

/**
 * Writes HEALTH_EXAM_RECORD documents of the national exchange specification (中国疾控中心 2021,
 * 第一章 五/六(二), element order of 第二章 (二)'s sample), one record at a time (StAX, streamed).
 * Values the platform does not hold are written as empty elements, so the structure stays complete
 * and nothing is invented: see {@link Record}.
 */
final class ExchangeXmlWriter implements AutoCloseable {

	private static final DateTimeFormatter D8 = DateTimeFormatter.BASIC_ISO_DATE;

	private final ExchangeWriter xml;

	/**
	 * Everything one record needs besides the exam.
	 *
	 * @param employer the employer (用人单位); {@code host} the employer the worker is dispatched to (用工单位),
	 * the same as {@code employer} when not dispatched
	 * @param idNumber the full identity number (居民身份证, code 01)
	 * @param gender GB/T 2261.1 code
	 * @param workType the post's name, as 其他工种 (表15 code 99-9999), or {@code null}
	 * @param areaCode the institution's region, 9 digits
	 * @param writePerson who recorded the exam
	 * @param writtenOn the day it was recorded
	 * @param orgCode the institution's ORG_CODE (catalog {@code exchange-org-codes}), or {@code null}
	 */
	record Record(ExamView exam, Enterprise employer, Enterprise host, String idNumber, String gender,
			LocalDate birthDate, String workType, String areaCode, String writePerson, LocalDate writtenOn,
			String institutionCredit, String reportPerson, String orgCode) {
	}

	/** An enterprise as the exchange names it; {@code sizeCode} from 表9, {@code addressCode} 9 digits. */
	record Enterprise(String name, String creditCode, String economicTypeCode, String industryCode, String sizeCode,
			String addressCode, String address, String contact, String fullRegionName) {
	}

	ExchangeXmlWriter(OutputStream out, String documentId, ExchangeSettings settings) {
		this.xml = new ExchangeWriter(out, BusinessType.HEALTH_EXAM_RECORD, documentId, settings);
	}

	void write(Record r) {
		ExamView e = r.exam();
		try {
			this.xml.record(ExchangeXmlReader.RECORD, e.number());
			open("ENTERPRISE_INFO");
			leaf("ENTERPRISE_NAME", r.employer().name());
			leaf("CREDIT_CODE", r.employer().creditCode());
			leaf("ECONOMIC_TYPE_CODE", r.employer().economicTypeCode());
			leaf("INDUSTRY_CATEGORY_CODE", r.employer().industryCode());
			leaf("BUSINESS_SCALE_CODE", r.employer().sizeCode());
			leaf("ADDRESS_CODE", r.employer().addressCode());
			leaf("ADDRESS_DETAIL", r.employer().address());
			leaf("ADDRESS_ZIP_CODE", null);
			leaf("ENTERPRISE_CONTACT", r.employer().contact());
			// Phone numbers are kept encrypted and shown masked; they do not leave the platform.
			leaf("CONTACT_TELPHONE", null);
			leaf("ALL_NAME", r.employer().fullRegionName());
			end();
			open("ENTERPRISE_INFO_EMPLOYER");
			leaf("ENTERPRISE_NAME_EMPLOYER", r.host().name());
			leaf("CREDIT_CODE_EMPLOYER", r.host().creditCode());
			leaf("ECONOMIC_TYPE_CODE_EMPLOYER", r.host().economicTypeCode());
			leaf("INDUSTRY_CATEGORY_CODE_EMPLOYER", r.host().industryCode());
			leaf("BUSINESS_SCALE_CODE_EMPLOYER", r.host().sizeCode());
			leaf("ADDRESS_CODE_EMPLOYER", r.host().addressCode());
			leaf("ALL_NAME_EMPLOYER", r.host().fullRegionName());
			end();
			open("WORKER_INFO");
			leaf("WORKER_NAME", e.workerName());
			leaf("ID_CARD_TYPE_CODE", "01");
			leaf("ID_CARD", r.idNumber());
			leaf("GENDER_CODE", r.gender());
			leaf("BIRTH_DATE", r.birthDate() == null ? null : D8.format(r.birthDate()));
			leaf("WORKER_TELPHONE", null);
			end();
			// 01 常规监测: the exams employers arrange under GBZ 188 (the platform records no other kind).
			leaf("JC_TYPE", "01");
			leaf("EXAM_TYPE_CODE", e.examType().code());
			leaf("EXAM_DATE", D8.format(e.examinedOn()));
			String factors = String.join(",", e.conclusions().stream().map(ExamView.Conclusion::hazardCode).toList());
			leaf("CONTACT_FACTOR_CODE", factors);
			leaf("CONTACT_FACTOR_OTHER", null);
			leaf("FACTOR_CODE", factors);
			leaf("FACTOR_OTHER", null);
			leaf("WORK_TYPE_CODE", "99-9999");
			leaf("OTHER_WORK_TYPE", r.workType() == null ? null : truncate(r.workType(), 20));
			leaf("IS_REVIEW", null);
			leaf("AREA_CODE", r.areaCode());
			// The institution's code of the 地区/机构代码表, once loaded into the catalog exchange-org-codes.
			leaf("ORG_CODE", r.orgCode());
			conclusions(e);
			items(e);
			leaf("WRITE_PERSON", r.writePerson());
			leaf("WRITE_PERSON_TELPHONE", null);
			leaf("WRITE_DATE", D8.format(r.writtenOn()));
			leaf("REPORT_ORGAN_CREDIT_CODE", r.institutionCredit());
			leaf("REPORT_PERSON", r.reportPerson());
			leaf("REPORT_PERSON_TEL", null);
			leaf("REPORT_DATE", D8.format(r.writtenOn()));
			leaf("REPORT_UNIT", e.institutionName());
			leaf("REMARK", e.recommendation());
			open("AUDIT_INFO");
			// 表3 01 待上报: the platform's exams have not been through the CDC system's review.
			leaf("AUDITSTATUS", "01");
			leaf("AUDITINFO", null);
			leaf("AUDITDATE", null);
			leaf("AUDITOR_NAME", null);
			leaf("AUDIT_ORG", null);
			end();
			end();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void conclusions(ExamView e) throws XMLStreamException {
		open("EXAM_CONCLUSION_LIST");
		for (ExamView.Conclusion c : e.conclusions()) {
			open("EXAM_CONCLUSION");
			leaf("ITAM_CODE", c.hazardCode());
			leaf("ITAM_NAME", truncate(c.hazardName(), 20));
			leaf("EXAM_CONCLUSION_CODE", c.conclusion().code());
			leaf("YSZYB_CODE", c.conclusion() == ExamConclusion.SUSPECTED_DISEASE ? c.diseaseCode() : null);
			leaf("ZYJJZ_NAME", c.conclusion() == ExamConclusion.CONTRAINDICATION ? c.detail() : null);
			leaf("QTJB_NAME", c.conclusion() == ExamConclusion.OTHER ? c.detail() : null);
			end();
		}
		end();
	}

	private void items(ExamView e) throws XMLStreamException {
		open("EXAM_ITEM_RESULT_LIST");
		for (ExamCommand.Threshold t : e.audiogram()) {
			item(ExchangeItems.thresholdCode(t.ear(), t.frequencyHz()), "01", String.valueOf(t.thresholdDb()), "dB HL",
					null);
		}
		if (e.chestResult() != null) {
			item(ExchangeItems.CHEST, "03", ExchangeItems.chestMeaning(e.chestResult()), null, e.chestResult());
		}
		number(ExchangeItems.FVC, e.fvcPercent(), "%");
		number(ExchangeItems.FEV1, e.fev1Percent(), "%");
		number(ExchangeItems.FEV1_FVC, e.fev1FvcPercent(), "%");
		number(ExchangeItems.BLOOD_LEAD, e.bloodLead(), "μg/L");
		number(ExchangeItems.WBC, e.wbc(), "10^9/L");
		number(ExchangeItems.NEUTROPHILS, e.neutrophils(), "10^9/L");
		number(ExchangeItems.HEMOGLOBIN, e.hemoglobin(), "g/L");
		number(ExchangeItems.PLATELETS, e.platelets(), "10^9/L");
		for (ExamCommand.Item i : e.items()) {
			boolean numeric = i.value() != null && i.value().trim().matches("-?\\d+(\\.\\d+)?");
			item(i.code(), numeric ? "01" : "02", i.value(), i.unit(),
					i.abnormal() == null ? null : (i.abnormal() ? "1" : "0"));
		}
		end();
	}

	private void number(String code, BigDecimal value, String unit) throws XMLStreamException {
		if (value != null) {
			item(code, "01", value.toPlainString(), unit, null);
		}
	}

	/** One result; {@code abnormal} is empty where the platform holds no judgement of the item. */
	private void item(String code, String type, String value, String unit, String abnormal) throws XMLStreamException {
		String[] names = ExchangeItems.names(code);
		open("EXAM_ITEM_RESULT");
		leaf("EXAM_ITEM_PNAME", names[0]);
		leaf("EXAM_ITEM_NAME", names[1]);
		leaf("EXAM_ITEM_CODE", code);
		leaf("EXAM_RESULT_TYPE", type);
		leaf("EXAM_RESULT", value);
		leaf("EXAM_ITEM_UNIT_CODE", unit);
		leaf("REFERENCE_RANGE_MIN", null);
		leaf("REFERENCE_RANGE_MAX", null);
		leaf("ABNORMAL", abnormal);
		end();
	}

	private static String truncate(String text, int max) {
		return ExchangeWriter.truncate(text, max);
	}

	private void open(String name) throws XMLStreamException {
		this.xml.open(name);
	}

	private void end() throws XMLStreamException {
		this.xml.end();
	}

	private void leaf(String name, String value) throws XMLStreamException {
		this.xml.leaf(name, value);
	}

	@Override
	public void close() {
		this.xml.close();
	}

}
