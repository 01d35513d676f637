package org.ohsonline.diagnosis.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.agency.Agencies;
import org.ohsonline.agency.AgencyView;
import org.ohsonline.diagnosis.DiagnosisExchange.Filter;
import org.ohsonline.reference.Divisions;
import org.ohsonline.reference.ExchangeCodes;
import org.ohsonline.reference.OccupationalDisease;
import org.ohsonline.reference.OccupationalDiseases;
import org.ohsonline.reference.SizeClass;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeSettings;
import org.ohsonline.shared.exchange.ExchangeWriter;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The exchange records of the module's referrals, cases and appraisals (SUSPECTED_OCPD, DIAGNOSE_OCPD,
 * APPRAISAL_INFO) for {@link DiagnosisExchangeService#export}: the module's rows of a region in one statement each, the
 * employer, worker, exam and institution through their modules' facades (employers and institutions once per
 * document), as the values of the type's elements ({@link ExchangeTables}).
 */
@Component
class DiagnosisExchangeRecords {

	private static final Actor SYSTEM = Actor.system("diagnosis-exchange");

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final Employers employers;

	private final Workers workers;

	private final Exams exams;

	private final Agencies agencies;

	private final Divisions divisions;

	private final OccupationalDiseases diseases;

	private final ExchangeCodes codes;

	private final PiiCipher cipher;

	private final ExchangeSettings settings;

	DiagnosisExchangeRecords(JdbcClient jdbc, Employers employers, Workers workers, Exams exams, Agencies agencies,
			Divisions divisions, OccupationalDiseases diseases, ExchangeCodes codes, PiiCipher cipher,
			ExchangeSettings settings) {
		this.jdbc = jdbc;
		this.employers = employers;
		this.workers = workers;
		this.exams = exams;
		this.agencies = agencies;
		this.divisions = divisions;
		this.diseases = diseases;
		this.codes = codes;
		this.cipher = cipher;
		this.settings = settings;
	}

	/** What one document looks up once: employers, institutions, ORG_CODEs. */
	private static final class Export {

		final Map<Long, Map<String, String>> employers = new HashMap<>();

		final Map<Long, AgencyView> institutions = new HashMap<>();

		final Map<String, String> orgCodes = new HashMap<>();

	}

	/** Where a row of the module goes, turned into a record's values. */
	interface Sink {

		void accept(String recordId, Map<String, String> values);

	}

	/** Writes the type's records of the region (SUSPECTED_OCPD, DIAGNOSE_OCPD or APPRAISAL_INFO) into the sink. */
	void write(BusinessType type, String region, Filter filter, Sink sink) {
		Export context = new Export();
		switch (type.name()) {
			case "SUSPECTED_OCPD" -> suspected(region, filter, context, sink);
			case "DIAGNOSE_OCPD" -> diagnosed(region, filter, context, sink);
			case "APPRAISAL_INFO" -> appraisals(region, filter, context, sink);
			default -> throw new IllegalArgumentException("not a record of the module's rows: " + type.name());
		}
	}

	/** 六(三): one record per referral (an exam's 疑似职业病 for a hazard), the exam's day as 发现日期. */
	private void suspected(String region, Filter f, Export x, Sink sink) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select r.id, r.exam_id, r.hazard_code, r.worker_id, r.worker_name, r.employer_id,
				       r.exam_institution_id, r.examined_on, r.created_at
				from diagnosis.referral r
				where r.region_code like :region || '%'
				  and (cast(:from as date) is null or r.examined_on >= cast(:from as date))
				  and (cast(:to as date) is null or r.examined_on <= cast(:to as date))
				order by r.id""").param("region", region).param("from", f.from()).param("to", f.to()).query().listOfRows();
		Map<Long, Workers.ExchangeWorker> people = people(rows);
		for (Map<String, Object> r : rows) {
			long examId = ((Number) r.get("exam_id")).longValue();
			String hazard = (String) r.get("hazard_code");
			Optional<ExamView> exam = exam(examId);
			String diseaseCode = exam.flatMap(e -> e.conclusions()
				.stream()
				.filter(c -> hazard.equals(c.hazardCode()) && c.diseaseCode() != null)
				.map(ExamView.Conclusion::diseaseCode)
				.findFirst()).orElse(null);
			AgencyView institution = institution(x, ((Number) r.get("exam_institution_id")).longValue());
			LocalDate written = ((Timestamp) r.get("created_at")).toInstant().atZone(ZONE).toLocalDate();
			Map<String, String> v = new LinkedHashMap<>();
			enterprise(x, ((Number) r.get("employer_id")).longValue(), v);
			worker(people, ((Number) r.get("worker_id")).longValue(), (String) r.get("worker_name"), v);
			// 表15 99-9999 其他: the platform names posts, it does not code them as 工种.
			v.put("WORK_TYPE_CODE", "99-9999");
			v.put("FACTOR_CODE", hazard);
			// An exam's 疑似职业病 names its disease (ExamChecks); a referral whose exam is gone has none to write.
			if (diseaseCode != null) {
				disease(diseaseCode, "", "DISEASE_NAME_CODE_OTHER", v);
			}
			v.put("DIAGNOSE_DATE", d8(((java.sql.Date) r.get("examined_on")).toLocalDate()));
			v.put("DIAGNOSE_UNIT_NAME", institution == null ? null : institution.name());
			v.put("DIAGNOSE_PERSON", institution == null ? null : institution.contactName());
			codes(x, institution, v);
			persons(institution == null ? null : institution.contactName(),
					institution == null ? null : institution.name(), written, v);
			auditPending(v);
			String recordId = exam.map(ExamView::number).orElse("EXAM-" + examId) + "-" + hazard;
			sink.accept(recordId, v);
		}
	}

	/** 六(四): one record per case whose institution diagnosed an occupational disease. */
	private void diagnosed(String region, Filter f, Export x, Sink sink) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select c.id, c.number, c.worker_id, c.worker_name, c.employer_id, c.institution_id, c.applied_on,
				       c.hazard_codes, c.diagnosed_on, c.diagnosis_disease_code, c.diagnosis_conclusion
				from diagnosis.diagnosis_case c
				where c.region_code like :region || '%' and c.diagnosis_disease_code is not null
				  and (cast(:from as date) is null or c.diagnosed_on >= cast(:from as date))
				  and (cast(:to as date) is null or c.diagnosed_on <= cast(:to as date))
				order by c.id""").param("region", region).param("from", f.from()).param("to", f.to()).query().listOfRows();
		Map<Long, Workers.ExchangeWorker> people = people(rows);
		for (Map<String, Object> r : rows) {
			AgencyView institution = institution(x, ((Number) r.get("institution_id")).longValue());
			LocalDate diagnosedOn = ((java.sql.Date) r.get("diagnosed_on")).toLocalDate();
			Map<String, String> v = new LinkedHashMap<>();
			enterprise(x, ((Number) r.get("employer_id")).longValue(), v);
			worker(people, ((Number) r.get("worker_id")).longValue(), (String) r.get("worker_name"), v);
			v.put("APPLY_DIAGNOSE_DATE", d8(((java.sql.Date) r.get("applied_on")).toLocalDate()));
			v.put("WORK_TYPE_CODE", "99-9999");
			v.put("FACTOR_CODE", String.join(",", strings(r.get("hazard_codes"))));
			disease((String) r.get("diagnosis_disease_code"), "", "DISEASE_NAME_CODE_OTHER", v);
			v.put("DIAGNOSE_DATE", d8(diagnosedOn));
			v.put("REMARK", (String) r.get("diagnosis_conclusion"));
			v.put("DIAGNOSTIC_PHYSICIAN_UNIT", institution.name());
			v.put("DIAGNOSE_UNIT_NAME", institution.name());
			v.put("DIAGNOSE_PERSON", institution.contactName());
			persons(institution.contactName(), institution.name(), diagnosedOn, v);
			codes(x, institution, v);
			auditPending(v);
			sink.accept((String) r.get("number"), v);
		}
	}

	/**
	 * 六(五): one record per decided appraisal (01 首次鉴定 by the city, 02 再次鉴定 by the province). DIAGNOSE_INFO is the
	 * institution's diagnosis (0 无职业病 when it found none); COMPLETION_ATYPISM names the appraisal's disease when it
	 * differs from the diagnosis (first) or from the first appraisal (second).
	 */
	private void appraisals(String region, Filter f, Export x, Sink sink) {
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select a.level, a.authority_region, a.requested_on, a.decided_on, a.occupational, a.disease_code,
				       a.conclusion, a.decided_by, c.number, c.worker_id, c.worker_name, c.employer_id, c.institution_id,
				       c.applied_on, c.diagnosed_on, c.diagnosis_disease_code,
				       (select p.disease_code from diagnosis.appraisal p where p.case_id = c.id and p.level = 'CITY')
				         as city_disease_code
				from diagnosis.appraisal a join diagnosis.diagnosis_case c on c.id = a.case_id
				where c.region_code like :region || '%' and a.decided_on is not null
				  and (cast(:from as date) is null or a.decided_on >= cast(:from as date))
				  and (cast(:to as date) is null or a.decided_on <= cast(:to as date))
				order by a.id""").param("region", region).param("from", f.from()).param("to", f.to()).query().listOfRows();
		Map<Long, Workers.ExchangeWorker> people = people(rows);
		for (Map<String, Object> r : rows) {
			AgencyView institution = institution(x, ((Number) r.get("institution_id")).longValue());
			boolean second = "PROVINCE".equals(r.get("level"));
			String diagnosis = (String) r.get("diagnosis_disease_code");
			String appraised = Boolean.TRUE.equals(r.get("occupational")) ? (String) r.get("disease_code") : null;
			String before = second ? (String) r.get("city_disease_code") : diagnosis;
			LocalDate decidedOn = ((java.sql.Date) r.get("decided_on")).toLocalDate();
			String commission = truncate(this.divisions.fullName((String) r.get("authority_region")) + "职业病诊断鉴定委员会", 70);
			String decidedBy = r.get("decided_by") == null ? commission : (String) r.get("decided_by");
			Map<String, String> v = new LinkedHashMap<>();
			enterprise(x, ((Number) r.get("employer_id")).longValue(), v);
			worker(people, ((Number) r.get("worker_id")).longValue(), (String) r.get("worker_name"), v);
			Object diagnosedOn = r.get("diagnosed_on");
			v.put("DIAGNOSE_INFO/DIAGNOSE_DATE", diagnosedOn == null ? null : d8(((java.sql.Date) diagnosedOn).toLocalDate()));
			disease(diagnosis, "DIAGNOSE_INFO/", "DIAGNOSE_INFO/OTHER_DISEASE_INFO", v);
			v.put("APPLY_INDENTIFY_DATE", d8(((java.sql.Date) r.get("requested_on")).toLocalDate()));
			v.put("INDENTIFY_DATE", d8(decidedOn));
			v.put("APPRAISAL_TYPE_CODE", second ? "02" : "01");
			v.put("IDENTIFY_ORG_NAME", commission);
			v.put("REMARK", (String) r.get("conclusion"));
			v.put("DIAGNOSE_UNIT_NAME", institution.name());
			v.put("APPLY_DIAGNOSE_DATE", d8(((java.sql.Date) r.get("applied_on")).toLocalDate()));
			codes(x, institution, v);
			if (!java.util.Objects.equals(before, appraised)) {
				Map<String, String> differing = new LinkedHashMap<>();
				disease(appraised, "", "", differing);
				v.put("COMPLETION_ATYPISM/COMPLETION_TYPE_CODE", differing.get("DISEASE_TYPE_CODE"));
				v.put("COMPLETION_ATYPISM/COMPLETION_NAME_CODE", differing.get("DISEASE_NAME_CODE"));
			}
			persons(truncate(decidedBy, 50), commission, decidedOn, v);
			auditPending(v);
			sink.accept(r.get("number") + (second ? "-J2" : "-J1"), v);
		}
	}

	// A NotFoundException caught after it left a facade would have marked the export's transaction rollback-only:
	// a referral whose exam or institution is gone is asked about, not caught.
	private Optional<ExamView> exam(long examId) {
		return this.exams.inScope(SYSTEM, examId);
	}

	private AgencyView institution(Export x, long id) {
		return x.institutions.computeIfAbsent(id,
				i -> this.agencies.reference(i).isPresent() ? this.agencies.find(SYSTEM, i) : null);
	}

	/** 六(三)–(五) 3–16: the employer as the register holds it; the 用工单位 is the same (dispatch is not resolved). */
	private void enterprise(Export x, long employerId, Map<String, String> v) {
		v.putAll(x.employers.computeIfAbsent(employerId, id -> {
			EmployerView e = this.employers.find(SYSTEM, id);
			Map<String, String> m = new LinkedHashMap<>();
			m.put("ENTERPRISE_INFO/ENTERPRISE_NAME", e.name());
			m.put("ENTERPRISE_INFO/CREDIT_CODE", e.creditCode());
			m.put("ENTERPRISE_INFO/ECONOMIC_TYPE_CODE", e.economicTypeCode());
			m.put("ENTERPRISE_INFO/INDUSTRY_CATEGORY_CODE",
					e.industryCode() == null ? null : e.industryCode().replaceAll("^[A-Z]", ""));
			m.put("ENTERPRISE_INFO/BUSINESS_SCALE_CODE", SizeClass.exchangeCode(e.sizeClass()));
			m.put("ENTERPRISE_INFO/ADDRESS_CODE", ExchangeWriter.nineDigits(e.regionCode()));
			m.put("ENTERPRISE_INFO/ADDRESS_DETAIL", e.address());
			m.put("ENTERPRISE_INFO/ENTERPRISE_CONTACT", e.ohManagerName());
			m.put("ENTERPRISE_INFO/ALL_NAME", this.divisions.fullName(e.regionCode()));
			m.put("ENTERPRISE_NAME_EMPLOYER", e.name());
			m.put("CREDIT_CODE_EMPLOYER", e.creditCode());
			return m;
		}));
	}

	/** The workers of the rows with their identity numbers, a page of 500 at a time (one audit entry a page). */
	private Map<Long, Workers.ExchangeWorker> people(List<Map<String, Object>> rows) {
		List<Long> ids = rows.stream().map(r -> ((Number) r.get("worker_id")).longValue()).distinct().toList();
		Map<Long, Workers.ExchangeWorker> people = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			people.putAll(this.workers.forExchange(SYSTEM, ids.subList(from, Math.min(ids.size(), from + 500))));
		}
		return people;
	}

	/** The worker: name (sealed in this module), the identity number revealed from the register, gender, birth. */
	private void worker(Map<Long, Workers.ExchangeWorker> people, long workerId, String sealedName,
			Map<String, String> v) {
		Workers.ExchangeWorker person = people.get(workerId);
		WorkerView w = person.worker();
		v.put("WORKER_INFO/WORKER_NAME", this.cipher.decrypt(sealedName));
		v.put("WORKER_INFO/ID_CARD_TYPE_CODE", "01");
		v.put("WORKER_INFO/ID_CARD", person.idNumber());
		v.put("WORKER_INFO/GENDER_CODE", "M".equals(w.gender()) ? "1" : "F".equals(w.gender()) ? "2" : "9");
		v.put("WORKER_INFO/BIRTH_DATE", d8(w.birthDate()));
	}

	/** A disease of the catalogue as 职业病种类代码 (附录 2 3.): its category and its own code; 0 无职业病 for none. */
	private void disease(String code, String prefix, String otherElement, Map<String, String> v) {
		if (code == null) {
			v.put(prefix + "DISEASE_TYPE_CODE", ExchangeTables.NO_DISEASE);
			v.put(prefix + "DISEASE_NAME_CODE", ExchangeTables.NO_DISEASE);
			return;
		}
		Optional<OccupationalDisease> disease = this.diseases.findDisease(code);
		v.put(prefix + "DISEASE_TYPE_CODE", disease.map(OccupationalDisease::categoryCode).orElse(null));
		v.put(prefix + "DISEASE_NAME_CODE", code);
		if (ExchangeTables.DISEASE_OTHERS.contains(code) && !otherElement.isEmpty()) {
			v.put(otherElement, truncate(disease.map(OccupationalDisease::name).orElse(null), 20));
		}
	}

	private void codes(Export x, AgencyView institution, Map<String, String> v) {
		v.put("AREA_CODE", this.settings.areaCode());
		String orgCode = institution == null ? this.settings.orgCode()
				: x.orgCodes.computeIfAbsent(institution.creditCode(),
						c -> this.codes.orgCode(c).orElse(this.settings.orgCode()));
		v.put("ORG_CODE", orgCode);
	}

	private static void persons(String person, String unit, LocalDate on, Map<String, String> v) {
		v.put("WRITE_PERSON", truncate(person, 50));
		v.put("WRITE_DATE", d8(on));
		v.put("WRITE_UNIT", truncate(unit, 70));
		v.put("REPORT_PERSON", truncate(person, 50));
		v.put("REPORT_DATE", d8(on));
		v.put("REPORT_UNIT", truncate(unit, 70));
	}

	/** 表3 01 待上报: the platform's records have not been through the CDC system's review. */
	static void auditPending(Map<String, String> v) {
		v.put("AUDIT_INFO/AUDITSTATUS", "01");
	}

	static String d8(LocalDate date) {
		return date == null ? null : ExchangeWriter.D8.format(date);
	}

	private static String truncate(String text, int max) {
		return ExchangeWriter.truncate(text, max);
	}

	private static List<String> strings(Object array) {
		try {
			return array == null ? List.of() : List.of((String[]) ((java.sql.Array) array).getArray());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
