package org.ohsonline.surveillance.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Actor;
import org.ohsonline.surveillance.ExamExchange;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exam records in the national data-exchange XML (中国疾控中心 2021, HEALTH_EXAM_RECORD): export of the
 * exams of a filter in scope, import of an institution's document with a per-record answer.
 */
@RestController
@RequestMapping("/api/v1/surveillance/exams")
@Tag(name = "Health surveillance")
class ExamExchangeApi {

	private final ExamExchange exchange;

	private final MessageSource messages;

	ExamExchangeApi(ExamExchange exchange, MessageSource messages) {
		this.exchange = exchange;
		this.messages = messages;
	}

	/** One problem of a record: the element (path inside HEALTH_EXAM_RECORD), the code and the message. */
	@Schema(name = "ExchangeRecordProblem")
	record Problem(String element, String code, String message) {
	}

	/** One record: its position in the document (from 1), its ID attribute, and what became of it. */
	record RecordAnswer(int index, String recordId, String status, Long examId, String number, List<Problem> errors) {
	}

	/** The answer to a document; {@code replayed} when it is the stored answer to the same document sent before. */
	record ImportAnswer(String documentId, int received, long created, long rejected, boolean replayed,
			List<RecordAnswer> results) {
	}

	@GetMapping(value = "/export.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "The exams of the filter in scope as one HEALTH_EXAM_RECORD document of the national exchange "
			+ "specification 2021 (surveillance:exchange:export); same filters as GET /exams")
	void export(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String conclusion,
			@RequestParam(required = false) String hazard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long workerId,
			@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
		response.setContentType("application/xml;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		this.exchange.export(actor,
				ExamFilters.of(q, region, type, conclusion, hazard, from, to, employerId, workerId, sort),
				response.getOutputStream());
	}

	@PostMapping(value = "/import.xml", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a HEALTH_EXAM_RECORD document of the caller's institution (surveillance:exchange:import): "
			+ "each record is checked against the structure and recorded like POST /exams; valid records are stored, "
			+ "invalid ones are answered with their errors (element, message). The DocumentId is the idempotency key. "
			+ "A document that cannot be read (not well-formed, a DTD or entity, no records, over 500) is a problem (400/422).")
	ResponseEntity<ImportAnswer> importDocument(Actor actor, @RequestBody byte[] body) {
		ExamExchange.ImportResult result = this.exchange.importDocument(actor, body);
		Locale locale = LocaleContextHolder.getLocale();
		List<RecordAnswer> records = result.records()
			.stream()
			.map(r -> new RecordAnswer(r.index(), r.recordId(), r.status(), r.examId(), r.number(),
					r.errors()
						.stream()
						.map(e -> new Problem(e.element(), e.code(),
								this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(), locale)))
						.toList()))
			.toList();
		ImportAnswer answer = new ImportAnswer(result.documentId(), records.size(), result.created(), result.rejected(),
				result.replayed(), records);
		HttpStatus status = !result.replayed() && result.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(answer);
	}

}
