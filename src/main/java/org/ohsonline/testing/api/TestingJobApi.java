package org.ohsonline.testing.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.Problems;
import org.ohsonline.testing.GroupStatistics;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobRefusedException;
import org.ohsonline.testing.JobRequest;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobSummary;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.ResultBatch;
import org.ohsonline.testing.ResultInput;
import org.ohsonline.testing.TestingJobs;
import org.ohsonline.testing.internal.Idempotency;

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
 * The agency API for testing and evaluation jobs. Agencies create jobs and post results in bulk as
 * JSON; every POST that writes carries an {@code Idempotency-Key} header.
 */
@RestController
@RequestMapping("/api/v1/testing/jobs")
@Tag(name = "Testing jobs", description = """
		Testing and evaluation jobs (检测/评价) of service agencies. Agencies create jobs and post results in bulk \
		with an Idempotency-Key header: a repeated key with the same body returns the first answer and changes \
		nothing; the same key with a different body is refused with 409. Results are accepted PARTIALLY: every \
		valid result of a batch is stored and judged, every invalid one is listed in 'rejected' with its index \
		in the batch, the field and the reason, and changes nothing; resend only the rejected ones (with a new key). \
		A job the agency may not do (the employer does not engage it, or its qualification does not cover the job \
		type or a factor's category) is refused with 422 and nothing is stored. Another agency's job does not exist \
		for the caller (404). Plan rows carry the inputs of job grading (GBZ/T 229): toxicityClass (GBZ 230: MILD, \
		MODERATE, HIGH, EXTREME) and labourIntensity (I–IV) for chemicals, silicaPercent and labourIntensity for \
		dusts, irregularWeek for noise (judged as L_EX,W over the sampled days); a missing or invalid input is \
		refused with 400 naming the field (plan[i].toxicityClass) and nothing is stored. A job's grades are in \
		'grades' with their weights and the table that graded.""")
class TestingJobApi {

	static final String KEY_HEADER = "Idempotency-Key";

	private final TestingJobs jobs;

	private final Idempotency idempotency;

	private final JsonMapper json;

	private final MessageSource messages;

	TestingJobApi(TestingJobs jobs, Idempotency idempotency, JsonMapper json, MessageSource messages) {
		this.jobs = jobs;
		this.idempotency = idempotency;
		this.json = json;
		this.messages = messages;
	}

	record ResultsRequest(List<ResultInput> results) {
	}

	@Schema(name = "JobReturnRequest")
	record ReturnRequest(String reason) {
	}

	/** A refused result field, with the message in the caller's language. */
	record Rejection(int index, String sampleNumber, String field, String code, String message) {
	}

	/** What happened to a batch of results. */
	@Schema(name = "ResultBatchAnswer")
	record BatchAnswer(long jobId, int received, List<ResultBatch.Stored> stored, List<Rejection> rejected) {
	}

	/** A created job and what happened to the results sent with it. */
	record JobCreated(long id, String number, JobStatus status, BatchAnswer results) {
	}

	@GetMapping
	@Operation(summary = "Search jobs in scope: q (employer or agency name, credit-code prefix, job number), region "
			+ "prefix, employerId, agencyId, jobType, status, first sampling day from/to (yyyy-MM-dd); sort by number, "
			+ "employer, agency, sampling, status or type (prefix - for descending)")
	Page<JobSummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Long agencyId, @RequestParam(required = false) String jobType,
			@RequestParam(required = false) String status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.jobs.search(actor, new JobFilter(q, region, employerId, agencyId, jobType, status, from, to, sort),
				PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One job: plan, participants, results with their judgements, judged exposures and posts")
	JobView find(Actor actor, @PathVariable long id) {
		return this.jobs.find(actor, id);
	}

	@GetMapping("/{id}/statistics")
	@Operation(summary = "EN 689 exposure statistics per similar exposure group (one factor at one post)")
	List<GroupStatistics> statistics(Actor actor, @PathVariable long id) {
		return this.jobs.statistics(actor, id);
	}

	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create a job of the own agency (testing:job:write), optionally with results; "
			+ "Idempotency-Key required",
			responses = { @ApiResponse(responseCode = "201", description = "created; results partially accepted",
					content = @Content(schema = @Schema(implementation = JobCreated.class))),
					@ApiResponse(responseCode = "409", description = "Idempotency-Key reused with another body"),
					@ApiResponse(responseCode = "422", description = "not engaged or not qualified; nothing stored") })
	ResponseEntity<String> create(Actor actor,
			@Parameter(description = "a unique key per job the agency sends (e.g. a UUID)") @RequestHeader(
					name = KEY_HEADER, required = false) String key,
			@RequestBody JobRequest request) {
		String hash = hash("POST /api/v1/testing/jobs", request);
		Idempotency.Answer answer = this.idempotency.execute(actor, requireKey(key), hash, () -> {
			JobView job = this.jobs.create(actor, request.command());
			BatchAnswer results = request.results() == null || request.results().isEmpty() ? null
					: answer(this.jobs.addResults(actor, job.id(), request.results()));
			return new Idempotency.Answer(201,
					this.json.writeValueAsString(new JobCreated(job.id(), job.number(), job.status(), results)));
		});
		return respond(answer, created(answer));
	}

	@PostMapping(value = "/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add results in bulk to a draft or returned job of the own agency; valid results are stored "
			+ "and judged, invalid ones listed by index; Idempotency-Key required",
			responses = { @ApiResponse(responseCode = "200", description = "stored and rejected results",
					content = @Content(schema = @Schema(implementation = BatchAnswer.class))),
					@ApiResponse(responseCode = "409", description = "Idempotency-Key reused with another body") })
	ResponseEntity<String> addResults(Actor actor, @PathVariable long id,
			@Parameter(description = "a unique key per batch (e.g. a UUID)") @RequestHeader(name = KEY_HEADER,
					required = false) String key,
			@RequestBody ResultsRequest request) {
		String hash = hash("POST /api/v1/testing/jobs/" + id + "/results", request);
		Idempotency.Answer answer = this.idempotency.execute(actor, requireKey(key), hash,
				() -> new Idempotency.Answer(200, this.json.writeValueAsString(
						answer(this.jobs.addResults(actor, id, request == null ? null : request.results())))));
		return respond(answer, null);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Submit a draft or returned job with results for the agency's technical review")
	JobView submit(Actor actor, @PathVariable long id) {
		return this.jobs.submit(actor, id);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept a submitted job (testing:job:review; not by the person who submitted it)")
	JobView accept(Actor actor, @PathVariable long id) {
		return this.jobs.accept(actor, id);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return a submitted job to its authors with the reason (testing:job:review)")
	JobView giveBack(Actor actor, @PathVariable long id, @RequestBody(required = false) ReturnRequest request) {
		return this.jobs.giveBack(actor, id, request == null ? null : request.reason());
	}

	@ExceptionHandler(JobRefusedException.class)
	ProblemDetail refused(JobRefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Rejection> errors = ex.errors()
			.stream()
			.map(e -> new Rejection(0, null, e.field(), e.code(), message(e.code(), e.arguments(), locale)))
			.toList();
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "job-refused", errors.get(0).message());
		problem.setProperty("errors", errors.stream()
			.map(e -> new org.ohsonline.shared.web.ProblemDetailsAdvice.FieldProblem(e.field(), e.code(), e.message()))
			.toList());
		return problem;
	}

	@ExceptionHandler(Idempotency.KeyReused.class)
	ProblemDetail keyReused(Idempotency.KeyReused ex) {
		return Problems.of(HttpStatus.CONFLICT, "idempotency-key-reused",
				"This Idempotency-Key was used with a different request; use a new key for a new request");
	}

	private BatchAnswer answer(ResultBatch batch) {
		Locale locale = LocaleContextHolder.getLocale();
		return new BatchAnswer(batch.jobId(), batch.received(), batch.stored(), batch.rejected()
			.stream()
			.map(r -> new Rejection(r.index(), r.sampleNumber(), r.field(), r.code(),
					message(r.code(), r.arguments(), locale)))
			.toList());
	}

	private String message(String code, List<Object> arguments, Locale locale) {
		return this.messages.getMessage(code, arguments.toArray(), code, locale);
	}

	private String hash(String endpoint, Object request) {
		return Hashes.sha256Hex(endpoint + "\n" + this.json.writeValueAsString(request));
	}

	private static String requireKey(String key) {
		if (key == null || key.isBlank()) {
			throw InvalidInputException.of(KEY_HEADER, "testing.api.idempotencyKeyRequired");
		}
		if (key.length() > 255) {
			throw InvalidInputException.of(KEY_HEADER, "testing.job.tooLong", 255);
		}
		return key.trim();
	}

	private URI created(Idempotency.Answer answer) {
		if (answer.status() != 201) {
			return null;
		}
		long id = this.json.readTree(answer.body()).get("id").asLong();
		return URI.create("/api/v1/testing/jobs/" + id);
	}

	private static ResponseEntity<String> respond(Idempotency.Answer answer, URI location) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON);
		if (location != null) {
			builder.header(HttpHeaders.LOCATION, location.toString());
		}
		return builder.body(answer.body());
	}

}
