package org.ohsonline.testing;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.exchange.ExchangeAnswer;

/**
 * Workplace detection results in the national data-exchange XML (职业病及健康危害因素监测信息系统数据交换文档规范,
 * 中国疾控中心 2021, 第一章 六(七) 职业性有害因素监测: {@code DataExchange/EventBody/DETECTION_INFO_LIST/DETECTION_INFO}),
 * always within the actor's scope.
 */
public interface DetectionExchange {

	/** The most records one document may carry on import. */
	int MAX_RECORDS = 500;

	/**
	 * Writes the reviewed jobs of the filter in the actor's scope as one document, one record per job (needs
	 * {@code testing:exchange:export}), checked against the specification's structure before any byte is
	 * written; audited.
	 * @return how many records were written
	 */
	int export(Actor actor, JobFilter filter, OutputStream out);

	/**
	 * Receives a document (needs {@code testing:exchange:import} and a region scope): each record is checked
	 * against the structure, and one of an employer in the actor's region is kept as a received detection
	 * (not a testing job: the exchange carries no samples). A record the platform already received (credit
	 * code and record ID) is rejected. The DocumentId is the idempotency key.
	 */
	ExchangeAnswer importDocument(Actor actor, byte[] document);

	/** The latest received detections in the actor's scope, newest first. */
	List<Received> received(Actor actor, String creditCode, int limit);

	/** A received detection as the record said it. */
	record Received(long id, String documentId, String recordId, String creditCode, String employerName,
			String regionCode, String industryCode, Integer allWorkers, boolean tested, String checkOrgan,
			LocalDate reportedOn, List<Result> results) {

		public Received {
			results = List.copyOf(results);
		}

	}

	/**
	 * One CHECK_RESULT.
	 * @param densityType 浓度/强度类型代码 (附录 表7: 01 CTWA, 02 CSTEL, 03 CMAC, 99 其他)
	 */
	record Result(String factorCode, String workplaceName, String postName, String densityType, LocalDate checkedOn,
			boolean compliant, String min, String max) {
	}

}
