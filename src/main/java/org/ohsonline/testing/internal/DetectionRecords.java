package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.validation.Schema;

import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.exchange.ElementChecks;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.shared.exchange.ExchangeXml;
import org.ohsonline.testing.DetectionExchange;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;
import org.w3c.dom.Element;

/**
 * Reads and checks one DETECTION_INFO record (交换规范 2021, 第一章 六(七) 职业性有害因素监测, elements 1–74) and
 * writes one from a reviewed testing job. Checks, per the element table: the employer's elements shared by
 * every type ({@link ElementChecks#enterprise}) and its address; the 用工单位's; the headcounts (N..6); IS_USE
 * 0/1; each CHECK_RESULT's factor codes, workplace (AN..70), post (AN..20), 浓度/强度类型 (附录 表7), D8 date,
 * 合格情况 01/02 and min/max (AN..50), at least one when IS_USE is 1; the testing organisation; the persons,
 * dates and AUDIT_INFO as in every type; then {@code exchange/detection-info-2021.xsd}.
 * <p>
 * Written from a job: one CHECK_RESULT per post, factor and concentration type, from the job's judged
 * exposures: C_TWA → 01, C_STE → 02, C_ME (MAC) → 03, noise and heat → 99; min and max of the judged values,
 * the earliest day, 02 不合格 when any is non-compliant. Headcounts other than the workforce, which the
 * platform does not keep per hazard category, are written empty.
 */
final class DetectionRecords {

	static final String RECORD = "DETECTION_INFO";

	static final Schema SCHEMA = ExchangeXml.schema("exchange/detection-info-2021.xsd");

	private static final Pattern COUNT = Pattern.compile("\\d{1,6}");

	/** 附录 表7 浓度/强度类型代码表. */
	private static final Set<String> DENSITY_TYPES = Set.of("01", "02", "03", "99");

	/** The headcounts of 六(七) 15–36, in the sample's spelling. */
	static final List<String> COUNTS;

	static {
		List<String> counts = new ArrayList<>(List.of("ALL_WORKER_SUM", "EXPOSE_HAZARD_WORKER_SUM"));
		for (String kind : List.of("DUST", "CHEMISTRY", "NOISE", "PHYSICS", "BIOLOGY")) {
			counts.add("EXPOSE_HAZARD_WORKER_SUM_" + kind);
			counts.add("CURRENT_YEAR_CHECK_SUM_" + kind);
			counts.add("IN_CURRENT_YEAR_CHECK_SUM_" + kind);
			counts.add("LEAVE_CURRENT_YEAR_CHECK_SUM_" + kind);
		}
		COUNTS = List.copyOf(counts);
	}

	/** What one record says; {@code null}s where it says nothing or was wrong. */
	record Parsed(int index, String recordId, ElementChecks.Enterprise enterprise, Integer allWorkers, boolean tested,
			List<DetectionExchange.Result> results, String checkOrgan, LocalDate reportedOn, List<FieldError> errors) {
	}

	private DetectionRecords() {
	}

	static Parsed read(Element record, int index) {
		ElementChecks c = new ElementChecks();
		Element info = c.section(record, "", "ENTERPRISE_INFO");
		ElementChecks.Enterprise enterprise = null;
		Integer allWorkers = null;
		if (info != null) {
			String p = "ENTERPRISE_INFO/";
			enterprise = c.enterprise(info, p, "", true);
			c.required(info, p, "ADDRESS_DETAIL", 70);
			c.optionalPattern(info, p, "ADDRESS_ZIP_CODE", Pattern.compile("\\d{6}"));
			c.present(info, p, "ENTERPRISE_CONTACT", 50);
			c.present(info, p, "CONTACT_TELPHONE", 20);
			c.present(info, p, "ALL_NAME", 70);
			for (String count : COUNTS) {
				String value = c.presentPattern(info, p, count, COUNT);
				if ("ALL_WORKER_SUM".equals(count) && value != null) {
					allWorkers = Integer.valueOf(value);
				}
			}
		}
		Element host = c.section(record, "", "ENTERPRISE_INFO_EMPLOYER");
		if (host != null) {
			c.enterprise(host, "ENTERPRISE_INFO_EMPLOYER/", "_EMPLOYER", false);
			c.present(host, "ENTERPRISE_INFO_EMPLOYER/", "ALL_NAME_EMPLOYER", 70);
		}
		String use = c.requiredIn(record, "", "IS_USE", Set.of("0", "1"));
		List<DetectionExchange.Result> results = new ArrayList<>();
		Element list = c.section(record, "", "CHECK_RESULT_LIST");
		List<Element> checks = ExchangeXml.children(list, "CHECK_RESULT");
		if (list != null && checks.isEmpty() && "1".equals(use)) {
			c.error("CHECK_RESULT_LIST/CHECK_RESULT", "exchange.required");
		}
		for (int i = 0; i < checks.size(); i++) {
			Element r = checks.get(i);
			String p = "CHECK_RESULT_LIST/CHECK_RESULT[" + (i + 1) + "]/";
			String factor = c.required(r, p, "FACTOR_CODE", 150);
			String workplace = c.required(r, p, "WORKPLACE_NAME", 70);
			String post = c.required(r, p, "POSITION_NAME", 20);
			String density = c.requiredIn(r, p, "DENSITY_TYPE_CODE", DENSITY_TYPES);
			LocalDate on = c.date(r, p, "CHECK_DATE", true);
			String standard = c.requiredIn(r, p, "IS_STANDARD", Set.of("01", "02"));
			String min = c.required(r, p, "CHECK_RESULT_MIN", 50);
			String max = c.required(r, p, "CHECK_RESULT_MAX", 50);
			if (factor != null && workplace != null && post != null && density != null && on != null && standard != null
					&& min != null && max != null) {
				results.add(new DetectionExchange.Result(factor, workplace, post, density, on, "01".equals(standard), min,
						max));
			}
		}
		String organ = c.required(record, "", "CHECK_ORGAN_NAME", 70);
		c.present(record, "", "CHECK_ORGAN_PERSON", 50);
		c.present(record, "", "WRITE_PERSON", 50);
		c.present(record, "", "WRITE_PERSON_TELPHONE", 20);
		c.date(record, "", "WRITE_DATE", false);
		c.present(record, "", "WRITE_UNIT", 70);
		c.present(record, "", "REPORT_PERSON", 50);
		c.present(record, "", "REPORT_PERSON_TEL", 20);
		LocalDate reported = c.date(record, "", "REPORT_DATE", false);
		c.present(record, "", "REPORT_UNIT", 70);
		c.optional(record, "", "REMARK", 500);
		c.presentPattern(record, "", "AREA_CODE", ElementChecks.N9);
		c.presentPattern(record, "", "ORG_CODE", ElementChecks.N9);
		c.audit(record, "");
		if (c.ok()) {
			String problem = ExchangeXml.problem(SCHEMA, record);
			if (problem != null) {
				c.error(RECORD, "exchange.schema", problem);
			}
		}
		return new Parsed(index, ExchangeXml.recordId(record), enterprise, allWorkers, "1".equals(use), results, organ,
				reported, c.errors());
	}

	/** The CHECK_RESULTs of a reviewed job, from its judged exposures (see the class comment). */
	static List<DetectionExchange.Result> results(JobView job) {
		Map<Long, JobView.PlanRowView> posts = new LinkedHashMap<>();
		job.plan().forEach(row -> posts.putIfAbsent(row.postId(), row));
		Map<String, Group> groups = new LinkedHashMap<>();
		for (JobView.ExposureView e : job.exposures()) {
			if (e.factorCode() == null || "MIXTURE".equals(e.kind()) || e.checks().isEmpty()) {
				continue;
			}
			boolean airborne = "CHEMICAL".equals(e.kind()) || "DUST".equals(e.kind());
			for (JobView.CheckView check : e.checks()) {
				String density = density(check.rule());
				if (airborne ? density.equals("99") : check != e.checks().get(0)) {
					// Peak excursions and the like are derived from C_TWA; noise and heat have one value.
					continue;
				}
				if (check.value() == null) {
					continue;
				}
				groups.computeIfAbsent(e.postId() + "|" + e.factorCode() + "|" + (airborne ? density : "99"),
						k -> new Group(e.postId(), e.factorCode(), airborne ? density : "99"))
					.add(e.day(), check.value(), check.verdict());
			}
		}
		List<DetectionExchange.Result> results = new ArrayList<>();
		for (Group g : groups.values()) {
			JobView.PlanRowView row = posts.get(g.postId);
			String workplace = row == null || row.workshopName() == null ? "—" : row.workshopName();
			String post = row == null ? "—" : row.postName();
			results.add(new DetectionExchange.Result(g.factor, ExchangeWriter.truncate(workplace, 70),
					ExchangeWriter.truncate(post, 20), g.density, g.first, g.compliant, g.min.toPlainString(),
					g.max.toPlainString()));
		}
		return results;
	}

	/** 附录 表7: C_TWA 01, C_STE 02, C_ME (MAC) 03, everything else 99 其他. */
	static String density(Rule rule) {
		return switch (rule) {
			case TWA -> "01";
			case STEL -> "02";
			case MAC -> "03";
			default -> "99";
		};
	}

	private static final class Group {

		final long postId;

		final String factor;

		final String density;

		LocalDate first;

		BigDecimal min;

		BigDecimal max;

		boolean compliant = true;

		Group(long postId, String factor, String density) {
			this.postId = postId;
			this.factor = factor;
			this.density = density;
		}

		void add(LocalDate day, BigDecimal value, Verdict verdict) {
			this.first = this.first == null || day.isBefore(this.first) ? day : this.first;
			BigDecimal v = value.stripTrailingZeros();
			this.min = this.min == null || v.compareTo(this.min) < 0 ? v : this.min;
			this.max = this.max == null || v.compareTo(this.max) > 0 ? v : this.max;
			this.compliant &= verdict != Verdict.NON_COMPLIANT;
		}

	}

	/** @param orgCode the testing agency's ORG_CODE ({@code exchange-org-codes}), else the platform's setting */
	static void write(ExchangeWriter w, JobView job, EmployerView employer, String fullRegionName,
			ExchangeSettings settings, String orgCode) {
		w.record(RECORD, job.number());
		w.open("ENTERPRISE_INFO");
		String industry = employer.industryCode();
		w.leaf("ENTERPRISE_NAME", ExchangeWriter.truncate(employer.name(), 70));
		w.leaf("CREDIT_CODE", employer.creditCode());
		w.leaf("ECONOMIC_TYPE_CODE", employer.economicTypeCode());
		w.leaf("INDUSTRY_CATEGORY_CODE", industry);
		w.leaf("BUSINESS_SCALE_CODE", SizeClass.exchangeCode(employer.sizeClass()));
		w.leaf("ADDRESS_CODE", ExchangeWriter.nineDigits(employer.regionCode()));
		w.leaf("ADDRESS_DETAIL", ExchangeWriter.truncate(employer.address(), 70));
		w.leaf("ADDRESS_ZIP_CODE", null);
		w.leaf("ENTERPRISE_CONTACT", ExchangeWriter.truncate(employer.ohManagerName(), 50));
		// Phone numbers are kept encrypted and shown masked; they do not leave with detection results.
		w.leaf("CONTACT_TELPHONE", null);
		w.leaf("ALL_NAME", ExchangeWriter.truncate(fullRegionName, 70));
		for (String count : COUNTS) {
			w.leaf(count, "ALL_WORKER_SUM".equals(count) ? String.valueOf(employer.employees()) : null);
		}
		w.end();
		w.open("ENTERPRISE_INFO_EMPLOYER");
		w.leaf("ENTERPRISE_NAME_EMPLOYER", ExchangeWriter.truncate(employer.name(), 70));
		w.leaf("CREDIT_CODE_EMPLOYER", employer.creditCode());
		w.leaf("ECONOMIC_TYPE_CODE_EMPLOYER", employer.economicTypeCode());
		w.leaf("INDUSTRY_CATEGORY_CODE_EMPLOYER", industry);
		w.leaf("BUSINESS_SCALE_CODE_EMPLOYER", SizeClass.exchangeCode(employer.sizeClass()));
		w.leaf("ADDRESS_CODE_EMPLOYER", ExchangeWriter.nineDigits(employer.regionCode()));
		w.leaf("ALL_NAME_EMPLOYER", ExchangeWriter.truncate(fullRegionName, 70));
		w.end();
		List<DetectionExchange.Result> results = results(job);
		w.leaf("IS_USE", "1");
		w.open("CHECK_RESULT_LIST");
		for (DetectionExchange.Result r : results) {
			w.open("CHECK_RESULT");
			w.leaf("FACTOR_CODE", r.factorCode());
			w.leaf("WORKPLACE_NAME", r.workplaceName());
			w.leaf("POSITION_NAME", r.postName());
			w.leaf("DENSITY_TYPE_CODE", r.densityType());
			w.date("CHECK_DATE", r.checkedOn());
			w.leaf("IS_STANDARD", r.compliant() ? "01" : "02");
			w.leaf("CHECK_RESULT_MIN", r.min());
			w.leaf("CHECK_RESULT_MAX", r.max());
			w.end();
		}
		w.end();
		w.leaf("CHECK_ORGAN_NAME", ExchangeWriter.truncate(job.agencyName(), 70));
		w.leaf("CHECK_ORGAN_PERSON", null);
		w.leaf("WRITE_PERSON", null);
		w.leaf("WRITE_PERSON_TELPHONE", null);
		w.date("WRITE_DATE", job.reviewedOn());
		w.leaf("WRITE_UNIT", ExchangeWriter.truncate(job.agencyName(), 70));
		w.leaf("REPORT_PERSON", null);
		w.leaf("REPORT_PERSON_TEL", null);
		w.date("REPORT_DATE", job.reviewedOn());
		w.leaf("REPORT_UNIT", ExchangeWriter.truncate(job.agencyName(), 70));
		w.leaf("REMARK", null);
		w.leaf("AREA_CODE", settings.areaCode());
		w.leaf("ORG_CODE", orgCode);
		w.open("AUDIT_INFO");
		// 表3 01 待上报: reviewed by the agency, not yet by the CDC system.
		w.leaf("AUDITSTATUS", "01");
		w.leaf("AUDITINFO", null);
		w.leaf("AUDITDATE", null);
		w.leaf("AUDITOR_NAME", null);
		w.leaf("AUDIT_ORG", null);
		w.end();
		w.end();
	}

}
