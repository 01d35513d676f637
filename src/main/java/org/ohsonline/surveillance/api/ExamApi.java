package org.ohsonline.surveillance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.JsonInput;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.surveillance.ExamSubmissions;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.ExamTaskView;
import org.ohsonline.surveillance.ExamTasks;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exams for institutions' systems (submit batches, idempotent with an {@code Idempotency-Key}) and
 * for everyone in scope (read exams, reports, exams due, tasks). Errors of single records are in the
 * answer, record by record; errors of the request as a whole are problem details.
 */
@RestController
@RequestMapping("/api/v1/surveillance")
@Tag(name = "Health surveillance", description = "Occupational health exams (职业健康检查), exams due and the tasks conclusions set")
class ExamApi {

	/** Reads records one by one, each string held to the platform's limits as the API's own mapper does. */
	private static final JsonMapper JSON = JsonInput.configure(JsonMapper.builder()).build();

	private final Exams exams;

	private final ExamSubmissions submissions;

	private final ExamSchedules schedules;

	private final ExamTasks tasks;

	private final MessageSource messages;

	ExamApi(Exams exams, ExamSubmissions submissions, ExamSchedules schedules, ExamTasks tasks,
			MessageSource messages) {
		this.exams = exams;
		this.submissions = submissions;
		this.schedules = schedules;
		this.tasks = tasks;
		this.messages = messages;
	}

	/** A batch of exams. */
	record ExamBatch(List<ExamRecord> exams) {
	}

	/**
	 * One exam as an institution's system sends it.
	 * @param examType exchange code 01–05 (表10) or name (PRE_PLACEMENT, IN_SERVICE, EXIT, EMERGENCY,
	 * POST_EMPLOYMENT)
	 * @param chestResult 胸片检查结果 code 0–3 (表2)
	 */
	record ExamRecord(String employerCreditCode, String workerIdNumber, String examType, LocalDate examinedOn,
			List<ConclusionRecord> conclusions, List<ExamCommand.Threshold> audiogram, String chestResult,
			BigDecimal fvcPercent, BigDecimal fev1Percent, BigDecimal fev1FvcPercent, BigDecimal bloodLead,
			BigDecimal wbc, BigDecimal neutrophils, BigDecimal hemoglobin, BigDecimal platelets,
			List<ExamCommand.Item> items, String recommendation) {
	}

	/**
	 * The conclusion for one hazard.
	 * @param conclusion exchange code 01–05 (表4) or name (NORMAL, RECHECK, SUSPECTED_DISEASE,
	 * CONTRAINDICATION, OTHER)
	 */
	record ConclusionRecord(String hazardCode, String conclusion, String diseaseCode, String detail,
			LocalDate recheckOn) {
	}

	/** One record's outcome, with its errors in the caller's language. */
	record RecordOutcome(int index, String status, Long examId, String number, List<Problem> errors) {
	}

	@Schema(name = "ExamRecordProblem")
	record Problem(String field, String code, String message) {
	}

	/** The answer to a batch: {@code replayed} when it is the stored answer to an earlier request with the key. */
	@Schema(name = "ExamBatchAnswer")
	record BatchAnswer(int received, long created, long rejected, boolean replayed, List<RecordOutcome> results) {
	}

	@PostMapping(value = "/exams", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit a batch of exams of the caller's institution (surveillance:exam:write). Requires an "
			+ "Idempotency-Key header: a replay with the same key and body returns the stored answer and records nothing; "
			+ "the same key with another body is refused (422). Each record is created or rejected with its errors; "
			+ "hazards outside the institution's qualification are rejected.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = ExamBatch.class))))
	ResponseEntity<BatchAnswer> submit(Actor actor,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody byte[] body) {
		List<ExamSubmissions.Entry> entries = read(body);
		ExamSubmissions.Result result = this.submissions.submit(actor, key, Hashes.sha256Hex(body), entries);
		Locale locale = LocaleContextHolder.getLocale();
		List<RecordOutcome> outcomes = result.outcomes()
			.stream()
			.map(o -> new RecordOutcome(o.index(), o.status(), o.examId(), o.number(),
					o.errors().stream().map(e -> problem(e, locale)).toList()))
			.toList();
		long created = result.created();
		BatchAnswer answer = new BatchAnswer(outcomes.size(), created, outcomes.size() - created, result.replayed(),
				outcomes);
		HttpStatus status = !result.replayed() && created > 0 ? HttpStatus.CREATED : HttpStatus.OK;
		return ResponseEntity.status(status).body(answer);
	}

	private Problem problem(FieldError e, Locale locale) {
		return new Problem(e.field(), e.code(), this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(),
				locale));
	}

	/** Reads the batch; a record that cannot be read is rejected on its own, a body that cannot be read is a 400. */
	static List<ExamSubmissions.Entry> read(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of(null, "surveillance.api.malformed");
		}
		JsonNode records = root == null ? null : root.get("exams");
		if (records == null || !records.isArray() || records.isEmpty()) {
			throw InvalidInputException.of("exams", "surveillance.api.examsRequired");
		}
		if (records.size() > 500) {
			throw InvalidInputException.of("exams", "surveillance.api.tooMany", 500);
		}
		List<ExamSubmissions.Entry> entries = new ArrayList<>();
		for (JsonNode node : records) {
			if (!node.isObject()) {
				entries.add(new ExamSubmissions.Entry(null, List.of(FieldError.of(null, "surveillance.api.recordMalformed"))));
				continue;
			}
			ExamRecord record;
			try {
				record = JSON.treeToValue(node, ExamRecord.class);
			}
			catch (JacksonException ex) {
				// The field that does not fit (a word for a date, say), named inside the record.
				entries.add(new ExamSubmissions.Entry(null, List.of(JsonInput.problem(ex))));
				continue;
			}
			entries.add(entry(record));
		}
		return entries;
	}

	static ExamSubmissions.Entry entry(ExamRecord record) {
		List<FieldError> errors = new ArrayList<>();
		ExamType type = null;
		if (record.examType() != null && !record.examType().isBlank()) {
			String text = record.examType().trim();
			type = ExamType.ofCode(text).orElseGet(() -> {
				try {
					return ExamType.valueOf(text);
				}
				catch (IllegalArgumentException ex) {
					errors.add(FieldError.of("examType", "surveillance.exam.typeUnknown", text));
					return null;
				}
			});
		}
		List<ExamCommand.HazardConclusion> conclusions = new ArrayList<>();
		List<ConclusionRecord> given = record.conclusions() == null ? List.of() : record.conclusions();
		for (int i = 0; i < given.size(); i++) {
			ConclusionRecord c = given.get(i);
			if (c == null) {
				continue;
			}
			ExamConclusion conclusion = ExamConclusion.parse(c.conclusion()).orElse(null);
			if (conclusion == null && c.conclusion() != null && !c.conclusion().isBlank()) {
				errors.add(FieldError.of("conclusions[" + i + "].conclusion", "surveillance.exam.conclusionUnknown",
						c.conclusion()));
			}
			conclusions.add(new ExamCommand.HazardConclusion(c.hazardCode(), conclusion, c.diseaseCode(), c.detail(),
					c.recheckOn()));
		}
		ExamCommand command = new ExamCommand(null, record.employerCreditCode(), record.workerIdNumber(), type,
				record.examinedOn(), conclusions, record.audiogram(), record.chestResult(), record.fvcPercent(),
				record.fev1Percent(), record.fev1FvcPercent(), record.bloodLead(), record.wbc(), record.neutrophils(),
				record.hemoglobin(), record.platelets(), record.items(), record.recommendation());
		return new ExamSubmissions.Entry(command, errors);
	}

	@ExceptionHandler(ExamSubmissions.KeyReusedException.class)
	ProblemDetail keyReused(ExamSubmissions.KeyReusedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				this.messages.getMessage("surveillance.api.keyReused", null, LocaleContextHolder.getLocale()));
		problem.setTitle("Idempotency-Key reused");
		return problem;
	}

	@GetMapping("/exams")
	@Operation(summary = "Exams in scope: q (worker, employer or number), region prefix, type, conclusion, hazard, "
			+ "from/to (yyyy-MM-dd), employerId, workerId; sort date, worker, employer, number (prefix - for descending)")
	Page<ExamSummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String conclusion, @RequestParam(required = false) String hazard,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Long workerId,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.exams.search(actor, ExamFilters.of(q, region, type, conclusion, hazard, from, to, employerId, workerId,
				sort), PageQuery.of(page, size));
	}

	@GetMapping("/exams/{id}")
	@Operation(summary = "One exam with its results and conclusions")
	ExamView find(Actor actor, @PathVariable long id) {
		return this.exams.find(actor, id);
	}

	@GetMapping(value = "/exams/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The exam report PDF, as issued when the exam was recorded and concluded")
	ResponseEntity<byte[]> report(Actor actor, @PathVariable long id) {
		byte[] pdf = this.exams.report(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exam-report-" + id + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/due")
	@Operation(summary = "Exams due in scope: region, employerId, kind (PRE_PLACEMENT, PERIODIC, RECHECK, EXIT), hazard, "
			+ "state (overdue, soon, due with withinDays), q; sort due, worker, employer")
	Page<ExamDueItem> due(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String hazard, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer withinDays, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.schedules.due(actor, ExamFilters.due(region, employerId, kind, hazard, state, withinDays, q, sort),
				PageQuery.of(page, size));
	}

	@GetMapping("/tasks")
	@Operation(summary = "Job-transfer tasks and suspected-disease reports in scope: region, kind, state (open, overdue, done), employerId")
	Page<ExamTaskView> tasks(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String state,
			@RequestParam(required = false) Long employerId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.tasks.search(actor, region, kind, state, employerId, PageQuery.of(page, size));
	}

	/** What was done. */
	record Completion(LocalDate doneOn, String outcome) {
	}

	@PostMapping("/tasks/{id}/complete")
	@Operation(summary = "Record a task as done (surveillance:task:write)")
	ExamTaskView complete(Actor actor, @PathVariable long id, @RequestBody Completion completion) {
		return this.tasks.complete(actor, id, completion.doneOn(), completion.outcome());
	}

}
