package org.ohsonline.training.api;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;
import org.ohsonline.training.AttemptView;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CertificateView;
import org.ohsonline.training.CourseCommand;
import org.ohsonline.training.CourseView;
import org.ohsonline.training.Courses;
import org.ohsonline.training.EmployerRates;
import org.ohsonline.training.EnrolmentView;
import org.ohsonline.training.Learning;
import org.ohsonline.training.LessonFile;
import org.ohsonline.training.LessonView;
import org.ohsonline.training.Paper;
import org.ohsonline.training.QuestionView;
import org.ohsonline.training.RegionRates;
import org.ohsonline.training.TrainingRates;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Online training over the API, in the token owner's scope: courses and their versions, lessons and the quiz
 * bank for authors, enrolment, heartbeats, papers and submissions for learners, certificates, and rates.
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training", description = "Courses, learning, quizzes, certificates (培训) and training rates (培训率)")
class TrainingApi {

	private final Courses courses;

	private final Learning learning;

	private final TrainingRates rates;

	private final org.ohsonline.training.CertifiedManagers managers;

	TrainingApi(Courses courses, Learning learning, TrainingRates rates, org.ohsonline.training.CertifiedManagers managers) {
		this.managers = managers;
		this.courses = courses;
		this.learning = learning;
		this.rates = rates;
	}

	record TextLessonRequest(String title, String body, Integer minSeconds) {
	}

	record QuestionRequest(String text, List<String> options, Integer correct) {
	}

	record WorkersRequest(List<Long> workerIds) {
	}

	record ProgressRequest(Integer position) {
	}

	record AnswersRequest(Map<Long, Integer> answers) {
	}

	@GetMapping("/courses")
	@Operation(summary = "Published courses of the caller's region (authors also their drafts)")
	Page<CourseView> courses(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String audience, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		String name = Text.enumName(audience, Audience.class);
		return this.courses.search(actor, Text.blankToNull(q), name == null ? null : Audience.valueOf(name), region,
				PageQuery.of(page, size));
	}

	@PostMapping("/courses")
	@Operation(summary = "Create a draft course in the author's region (field errors as problem details, nothing saved)")
	CourseView create(Actor actor, @RequestBody(required = false) CourseCommand body) {
		return this.courses.create(actor, body);
	}

	@GetMapping("/courses/{id}")
	CourseView course(Actor actor, @PathVariable long id) {
		return this.courses.find(actor, id);
	}

	@PutMapping("/courses/{id}")
	@Operation(summary = "Change a draft's settings")
	CourseView update(Actor actor, @PathVariable long id, @RequestBody(required = false) CourseCommand body) {
		return this.courses.update(actor, id, body);
	}

	@PostMapping("/courses/{id}/lessons")
	@Operation(summary = "Add a text lesson to a draft")
	LessonView addText(Actor actor, @PathVariable long id, @RequestBody(required = false) TextLessonRequest body) {
		return this.courses.addText(actor, id, body == null ? null : body.title(), body == null ? null : body.body(),
				body == null ? null : body.minSeconds());
	}

	@PostMapping("/courses/{id}/files")
	@Operation(summary = "Upload a lesson file as multipart/form-data part `file` (PDF, MP4/WebM, PNG/JPEG; recognised by content, size-capped)")
	LessonView addFile(Actor actor, @PathVariable long id, @RequestParam(required = false) String title,
			@RequestPart(required = false) MultipartFile file, @RequestParam(required = false) Integer minSeconds)
			throws IOException {
		return this.courses.addFile(actor, id, title, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes(), minSeconds);
	}

	@GetMapping("/courses/{id}/questions")
	@Operation(summary = "The quiz bank with the right answers (authors of the course's region)")
	List<QuestionView> questions(Actor actor, @PathVariable long id) {
		return this.courses.questions(actor, id);
	}

	@PostMapping("/courses/{id}/questions")
	@Operation(summary = "Add a single-choice question (2–6 options, correct is the index from 0)")
	QuestionView addQuestion(Actor actor, @PathVariable long id, @RequestBody(required = false) QuestionRequest body) {
		return this.courses.addQuestion(actor, id, body == null ? null : body.text(), body == null ? null : body.options(),
				body == null ? null : body.correct());
	}

	@PostMapping("/courses/{id}/publish")
	@Operation(summary = "Publish a draft (supersedes the version published before; certificates stay)")
	CourseView publish(Actor actor, @PathVariable long id) {
		return this.courses.publish(actor, id);
	}

	@PostMapping("/courses/{id}/versions")
	@Operation(summary = "The draft of the next version (lessons and questions copied)")
	CourseView newVersion(Actor actor, @PathVariable long id) {
		return this.courses.newVersion(actor, id);
	}

	@GetMapping("/lessons/{id}/file")
	@Operation(summary = "A lesson's file; answers Range requests with 206")
	ResponseEntity<Resource> file(Actor actor, @PathVariable long id) {
		LessonFile file = this.courses.lessonFile(actor, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.resource());
	}

	@PostMapping("/courses/{id}/enrol")
	@Operation(summary = "Enrol the caller on the course's published version")
	EnrolmentView enrolSelf(Actor actor, @PathVariable long id) {
		return this.learning.enrolSelf(actor, id);
	}

	@PostMapping("/courses/{id}/enrolments")
	@Operation(summary = "Enrol workers of the caller's employer, chosen from its register; returns how many were enrolled now")
	Map<String, Integer> enrolWorkers(Actor actor, @PathVariable long id, @RequestBody(required = false) WorkersRequest body) {
		return Map.of("enrolled", this.learning.enrolWorkers(actor, id, body == null ? null : body.workerIds()));
	}

	@GetMapping("/enrolments")
	@Operation(summary = "Enrolments in the caller's scope")
	Page<EnrolmentView> enrolments(Actor actor, @RequestParam(required = false) Long courseId,
			@RequestParam(required = false) String q, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.learning.search(actor, courseId, Text.blankToNull(q), region, PageQuery.of(page, size));
	}

	@GetMapping("/enrolments/mine")
	@Operation(summary = "The caller's own enrolments")
	List<EnrolmentView> mine(Actor actor) {
		return this.learning.mine(actor);
	}

	@GetMapping("/enrolments/{id}")
	EnrolmentView enrolment(Actor actor, @PathVariable long id) {
		return this.learning.find(actor, id);
	}

	@PostMapping("/enrolments/{id}/lessons/{lessonId}/progress")
	@Operation(summary = "Heartbeat: credits the time since the last one (capped) and keeps the position")
	EnrolmentView.Progress progress(Actor actor, @PathVariable long id, @PathVariable long lessonId,
			@RequestBody(required = false) ProgressRequest body) {
		return this.learning.beat(actor, id, lessonId, body == null ? null : body.position());
	}

	@PostMapping("/enrolments/{id}/paper")
	@Operation(summary = "Open a paper (or return the open one); refused before the minimum viewing time")
	Paper paper(Actor actor, @PathVariable long id) {
		return this.learning.openPaper(actor, id);
	}

	@PostMapping("/attempts/{id}/submit")
	@Operation(summary = "Submit a paper's answers (question id → option index); refused before the minimum time and when replayed")
	AttemptView submit(Actor actor, @PathVariable long id, @RequestBody(required = false) AnswersRequest body) {
		return this.learning.submit(actor, id, body == null ? null : body.answers());
	}

	@GetMapping("/certificates")
	@Operation(summary = "Certificates in the caller's scope")
	Page<CertificateView> certificates(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.learning.certificates(actor, Text.blankToNull(q), PageQuery.of(page, size));
	}

	@GetMapping("/certificates/{id}/pdf")
	@Operation(summary = "A certificate's signed PDF; one still pending (code null, a moment after the passed paper) is rendered on demand")
	ResponseEntity<byte[]> certificate(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(this.learning.certificatePdf(actor, id));
	}

	@GetMapping("/managers")
	@Operation(summary = "Certified occupational-health managers (valid manager certificates, once each) in a region of the caller's scope")
	Page<org.ohsonline.training.CertifiedManager> managers(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.managers.search(actor, region, Text.blankToNull(q), PageQuery.of(page, size));
	}

	@GetMapping("/rates")
	@Operation(summary = "Training rates of a region in the caller's scope: totals per audience and employers (paged)")
	RegionRates regionRates(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.rates.ofRegion(actor, region, PageQuery.of(page, size));
	}

	@GetMapping("/rates/employers/{id}")
	@Operation(summary = "An employer's rates with numerators, denominators and who is missing")
	EmployerRates employerRates(Actor actor, @PathVariable long id) {
		return this.rates.ofEmployer(actor, id);
	}

	@PutMapping("/rates/employers/{id}/people/{role}")
	@Operation(summary = "Name the employer's principal leader (PRINCIPAL) or managers (MANAGER) from its workers")
	EmployerRates name(Actor actor, @PathVariable long id, @PathVariable String role,
			@RequestBody(required = false) WorkersRequest body) {
		String name = Text.enumName(role, Audience.class);
		return this.rates.name(actor, id, name == null ? null : Audience.valueOf(name),
				body == null || body.workerIds() == null ? List.of() : body.workerIds());
	}

}
