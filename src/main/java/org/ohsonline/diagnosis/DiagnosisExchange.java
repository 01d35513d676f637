package org.ohsonline.diagnosis;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.exchange.BusinessType;
import org.ohsonline.shared.exchange.ExchangeAnswer;

/**
 * The diagnosis module's business types of the national data exchange (职业病及健康危害因素监测信息系统数据交换文档规范,
 * 中国疾控中心 2021, 第一章 六(三) 疑似职业病 SUSPECTED_OCPD, 六(四) 职业病病例 DIAGNOSE_OCPD, 六(五) 职业病鉴定
 * APPRAISAL_INFO, 六(六) 农药中毒 NYZD; the specification marks all four 暂不启用交换), always within the actor's scope.
 */
public interface DiagnosisExchange {

	/** The most records one document may carry on import. */
	int MAX_RECORDS = 500;

	/** The types of this module, in the specification's order. */
	List<BusinessType> TYPES = List.of(BusinessType.SUSPECTED_OCPD, BusinessType.DIAGNOSE_OCPD,
			BusinessType.APPRAISAL_INFO, BusinessType.NYZD);

	static Optional<BusinessType> type(String slug) {
		return BusinessType.ofSlug(slug == null ? "" : slug).filter(TYPES::contains);
	}

	/**
	 * What to export; all optional.
	 * @param region a region prefix inside the actor's scope
	 * @param from the first day (of the exam, diagnosis, appraisal or poisoning diagnosis)
	 * @param to the last day
	 */
	record Filter(String region, LocalDate from, LocalDate to) {

		public static Filter none() {
			return new Filter(null, null, null);
		}

	}

	/**
	 * Writes the records of the type in the actor's scope as one document (needs {@code diagnosis:exchange:export}):
	 * suspected diseases from the referrals of exams, cases with an occupational disease diagnosed, decided
	 * appraisals, pesticide poisoning reports. Checked against the specification's structure before any byte is
	 * written; audited with {@code phones: revealed|withheld}.
	 * @param phones whether patients' phones (NYZD) are included; needs {@code diagnosis:exchange:reveal}
	 * @return how many records were written
	 */
	int export(Actor actor, BusinessType type, Filter filter, boolean phones, OutputStream out);

	/**
	 * Receives a document of the type (needs {@code diagnosis:exchange:import} and a region scope), each record checked
	 * against the element table and the schema. SUSPECTED_OCPD, DIAGNOSE_OCPD and APPRAISAL_INFO records of an
	 * employer in the actor's region are kept as received records; NYZD records of a poisoning in the region become
	 * pesticide poisoning reports. The DocumentId is the idempotency key; a record received before is a duplicate.
	 */
	ExchangeAnswer importDocument(Actor actor, BusinessType type, byte[] document);

	/** The latest received records of the type in the actor's region, newest first (masked). */
	List<Received> received(Actor actor, BusinessType type, int limit);

	/**
	 * A received record: what lists show (masked), and its elements as the record gave them.
	 * @param eventOn the day of the exam (发现日期), the diagnosis or the appraisal
	 */
	record Received(long id, String type, String documentId, String recordId, String creditCode, String employerName,
			String regionCode, String workerMasked, String idNumberMasked, String diseaseCode, LocalDate eventOn) {
	}

}
