package org.ohsonline.surveillance;

import java.io.OutputStream;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Exam records in the national data-exchange XML (职业病及健康危害因素监测信息系统数据交换文档规范,
 * 中国疾控中心 2021, 第一章 六(二) and 第二章 (二): {@code DataExchange/EventBody/HEALTH_EXAM_RECORD_LIST/HEALTH_EXAM_RECORD}
 * with its per-hazard {@code EXAM_CONCLUSION}s and {@code EXAM_ITEM_RESULT}s).
 */
public interface ExamExchange {

	/** The most records one document may carry on import (the JSON API's batch limit). */
	int MAX_RECORDS = 500;

	/**
	 * Writes the exams of the filter in the actor's scope as one document (needs
	 * {@code surveillance:exchange:export}; the full identity numbers it carries are audited).
	 * @return how many records were written
	 */
	int export(Actor actor, ExamFilter filter, OutputStream out);

	/**
	 * Imports a document of the actor's institution (needs {@code surveillance:exchange:import}): each
	 * record is checked against the structure (required elements, code tables, dates, identity
	 * number check digit), then recorded through the same path as the JSON API; valid records are
	 * stored, invalid ones change nothing. The document's {@code DocumentId} is the idempotency key: the
	 * same document again gets the stored answer and records nothing.
	 * @throws org.ohsonline.shared.InvalidInputException when the document as a whole cannot be read
	 * (not well-formed, a DTD, not a HEALTH_EXAM_RECORD document, no DocumentId, too many records)
	 */
	ImportResult importDocument(Actor actor, byte[] document);

	/** A problem of one record: the element (path inside HEALTH_EXAM_RECORD) and a message code. */
	record RecordError(String element, String code, List<Object> arguments) {

		public RecordError {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

	}

	/**
	 * What became of one record.
	 * @param index the record's position in the document, counting from 1
	 * @param recordId the record's {@code ID} attribute, if any
	 * @param status {@code created} or {@code rejected}
	 */
	record RecordResult(int index, String recordId, String status, Long examId, String number,
			List<RecordError> errors) {
	}

	/** The answer to a document. */
	record ImportResult(String documentId, boolean replayed, List<RecordResult> records) {

		public long created() {
			return this.records.stream().filter(r -> ExamSubmissions.Outcome.CREATED.equals(r.status())).count();
		}

		public long rejected() {
			return this.records.size() - created();
		}

	}

}
