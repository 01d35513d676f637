package org.ohsonline.enforcement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.enforcement.CandidateKind;
import org.ohsonline.enforcement.MonitoringCoverage;
import org.ohsonline.enforcement.NonSiteInspections;
import org.ohsonline.enforcement.CaseCandidates;
import org.ohsonline.enforcement.CaseFilter;
import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.enforcement.CaseStep;
import org.ohsonline.enforcement.CaseView;
import org.ohsonline.enforcement.Cases;
import org.ohsonline.enforcement.Circumstances;
import org.ohsonline.enforcement.Conflict;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.Inspections;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.enforcement.Recommendation;
import org.ohsonline.iam.StaffMember;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Random inspection plans and their draws, within the token owner's jurisdiction. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement", description = "Random inspection plans (双随机、一公开): commit, draw, reveal; conflicts of interest")
class EnforcementApi {

	private final InspectionPlans plans;

	private final Inspections inspections;

	private final Cases cases;

	private final CaseReviews reviews;

	private final CaseCandidates candidates;

	private final NonSiteInspections nonSite;

	EnforcementApi(InspectionPlans plans, Inspections inspections, Cases cases, CaseReviews reviews,
			CaseCandidates candidates, NonSiteInspections nonSite) {
		this.nonSite = nonSite;
		this.plans = plans;
		this.inspections = inspections;
		this.cases = cases;
		this.reviews = reviews;
		this.candidates = candidates;
	}

	/** A review round: the region, the period cases were filed in, the number of files to sample (10 by default). */
	record ReviewDrawRequest(String region, LocalDate from, LocalDate to, Integer sampleSize) {
	}

	/** A reviewer's points per rubric item. */
	record ReviewScoreRequest(java.util.Map<String, BigDecimal> scores) {
	}

	/** The agreed points of a disputed item and the record of the discussion. */
	record ReviewAgreementRequest(String itemCode, BigDecimal agreed, String record) {
	}

	@GetMapping("/reviews")
	@Operation(summary = "Case-file review rounds in scope, newest first")
	List<CaseReviews.Round> reviews(Actor actor) {
		return this.reviews.rounds(actor);
	}

	@PostMapping("/reviews")
	@Operation(summary = "Sample a review round (OHS-REVIEW-1: reproducible from the region and period)")
	CaseReviews.Round drawReview(Actor actor, @RequestBody ReviewDrawRequest body) {
		ReviewDrawRequest b = body == null ? new ReviewDrawRequest(null, null, null, null) : body;
		return this.reviews.draw(actor, b.region(), b.from(), b.to(), b.sampleSize());
	}

	@GetMapping("/reviews/{id}")
	@Operation(summary = "A round: its files (the other reviewer's scores only once both are in) and results by division")
	CaseReviews.Round review(Actor actor, @PathVariable long id) {
		return this.reviews.find(actor, id);
	}

	@PostMapping("/reviews/{id}/cases/{caseId}/scores")
	@Operation(summary = "The caller's scores of a sampled file, every rubric item; two reviewers a file")
	CaseReviews.Round scoreReview(Actor actor, @PathVariable long id, @PathVariable long caseId,
			@RequestBody ReviewScoreRequest body) {
		return this.reviews.score(actor, id, caseId, body == null ? null : body.scores());
	}

	@PostMapping("/reviews/{id}/cases/{caseId}/agreements")
	@Operation(summary = "Agree a disputed item with the record of the discussion")
	CaseReviews.Round agreeReview(Actor actor, @PathVariable long id, @PathVariable long caseId,
			@RequestBody ReviewAgreementRequest body) {
		ReviewAgreementRequest b = body == null ? new ReviewAgreementRequest(null, null, null) : body;
		return this.reviews.agree(actor, id, caseId, b.itemCode(), b.agreed(), b.record());
	}

	/** A case for a violation of a recorded inspection: the item and the facts; filed today unless given. */
	record CaseOpenRequest(Long inspectionId, String itemCode, String facts, LocalDate filedOn) {
	}

	/** The next step; for EXTENSION the days and who approved it, with the reason as note. */
	record CaseStepRequest(CaseStep step, LocalDate happenedOn, String note, Integer extensionDays, String approvedBy) {
	}

	/** The decision: circumstances, the fine (¥), why it leaves the band, or no penalty under the list. */
	record CaseDecisionRequest(CircumstancesRequest circumstances, Long amount, String reason, Boolean noPenalty,
			LocalDate decidedOn) {
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases in scope, newest first; state open, overdue, deviated or closed")
	Page<CaseView> cases(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String state,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.cases.search(actor, new CaseFilter(q, region, state), PageQuery.of(page, size));
	}

	@PostMapping("/cases")
	@Operation(summary = "Open a case (立案) for a violation of a recorded inspection; the action code is issued")
	CaseView openCase(Actor actor, @RequestBody CaseOpenRequest body) {
		if (body == null || body.inspectionId() == null) {
			throw org.ohsonline.shared.InvalidInputException.of("inspectionId", "enforcement.case.inspectionRequired");
		}
		return this.cases.open(actor, body.inspectionId(), body.itemCode(), body.facts(), body.filedOn());
	}

	@PostMapping(path = "/inspections/{id}/files", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach an evidence file (PDF, PNG, JPEG by content; 10 MB) to an inspection in progress, optionally for one item")
	InspectionView.FileView attachFile(Actor actor, @PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			@RequestParam(required = false) String itemCode) throws java.io.IOException {
		return this.inspections.attach(actor, id, itemCode, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@GetMapping("/inspections/{id}/files/{fileId}")
	@Operation(summary = "An evidence file of an inspection, as an attachment")
	org.springframework.http.ResponseEntity<org.springframework.core.io.Resource> file(Actor actor, @PathVariable long id,
			@PathVariable long fileId) {
		org.ohsonline.enforcement.InspectionFile f = this.inspections.file(actor, id, fileId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(f.contentType()))
			.contentLength(f.sizeBytes())
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(f.resource());
	}

	@GetMapping("/plans/{id}/lines/{seq}/coverage")
	@PreAuthorize("hasAuthority('enforcement:plan:write')")
	@Operation(summary = "What online monitoring covers of a drawn employer: each hazard factor at each post and its working devices")
	MonitoringCoverage coverage(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return this.nonSite.coverage(actor, id, seq);
	}

	@PostMapping("/plans/{id}/lines/{seq}/non-site")
	@Operation(summary = "Mark a drawn line for non-site inspection (every hazard factor monitored online; no inspection started)")
	DrawLine markNonSite(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return this.nonSite.mark(actor, id, seq);
	}

	@PostMapping("/plans/{id}/lines/{seq}/on-site")
	@Operation(summary = "Put a drawn line back to an on-site inspection (no inspection started)")
	DrawLine markOnSite(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return this.nonSite.unmark(actor, id, seq);
	}

	/**
	 * A case from a candidate of the inspector's queue: the candidate (ALERT: a monitoring alert confirmed as a
	 * violation; RECTIFICATION: an item past its deadline), the violation (article, item) and the facts.
	 */
	record CaseFromCandidateRequest(CandidateKind kind, Long candidateId, Integer article, Integer item, String facts,
			LocalDate filedOn) {
	}

	@PostMapping("/cases/from-candidate")
	@Operation(summary = "Open a case (立案) straight from a case candidate (a confirmed alert, an overdue rectification item)")
	CaseView openFromCandidate(Actor actor, @RequestBody CaseFromCandidateRequest body) {
		if (body == null || body.kind() == null || body.candidateId() == null) {
			throw org.ohsonline.shared.InvalidInputException.of("candidateId", "enforcement.candidate.required");
		}
		return this.candidates.open(actor, body.kind(), body.candidateId(), body.article() == null ? 0 : body.article(),
				body.item() == null ? 0 : body.item(), body.facts(), body.filedOn());
	}

	@GetMapping(path = "/cases/{id}/documents/{seq}", produces = org.springframework.http.MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The document issued with a step of the case (PDF, signed, with the action code's QR)")
	byte[] stepDocument(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return this.cases.stepDocument(actor, id, seq);
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "A case with its hash-chained steps and whether the chain is intact")
	CaseView kase(Actor actor, @PathVariable long id) {
		return this.cases.find(actor, id);
	}

	@PostMapping("/cases/{id}/steps")
	@Operation(summary = "Record the next step (refused out of order, or after the decision's deadline without an extension)")
	CaseView caseStep(Actor actor, @PathVariable long id, @RequestBody CaseStepRequest body) {
		CaseStepRequest b = body == null ? new CaseStepRequest(null, null, null, null, null) : body;
		return this.cases.step(actor, id, b.step(), b.happenedOn(), b.note(), b.extensionDays(), b.approvedBy());
	}

	/** The circumstances weighed (each absent is false). */
	record CircumstancesRequest(Boolean firstOffence, Boolean correctedPromptly, Boolean harm, Boolean repeatWithin12Months,
			Boolean obstruction) {

		Circumstances circumstances() {
			return new Circumstances(Boolean.TRUE.equals(this.firstOffence), Boolean.TRUE.equals(this.correctedPromptly),
					Boolean.TRUE.equals(this.harm), Boolean.TRUE.equals(this.repeatWithin12Months),
					Boolean.TRUE.equals(this.obstruction));
		}

	}

	@PostMapping("/cases/{id}/recommendation")
	@Operation(summary = "The discretion benchmark's band and amount for the case's violation in the circumstances given")
	Recommendation recommendation(Actor actor, @PathVariable long id,
			@RequestBody(required = false) CircumstancesRequest body) {
		return this.cases.recommend(actor, id,
				body == null ? new Circumstances(false, false, false, false, false) : body.circumstances());
	}

	@PostMapping("/cases/{id}/decision")
	@Operation(summary = "The decision: a fine inside the statute (a reason outside the band), or no penalty under the list")
	CaseView decide(Actor actor, @PathVariable long id, @RequestBody CaseDecisionRequest body) {
		CaseDecisionRequest b = body == null ? new CaseDecisionRequest(null, null, null, null, null) : body;
		return this.cases.decide(actor, id, b.circumstances() == null ? null : b.circumstances().circumstances(), b.amount(),
				b.reason(), Boolean.TRUE.equals(b.noPenalty()), b.decidedOn());
	}

	/** Answers to checklist items (a violation needs its note) and the summary. */
	record InspectionAnswersRequest(List<Inspections.AnswerInput> answers, String summary) {
	}

	@PostMapping("/plans/{id}/lines/{seq}/inspection")
	@Operation(summary = "Start (or resume) the inspection of a line drawn for the caller")
	InspectionView startInspection(Actor actor, @PathVariable long id, @PathVariable int seq) {
		return this.inspections.start(actor, id, seq);
	}

	@GetMapping("/inspections/{id}")
	InspectionView inspection(Actor actor, @PathVariable long id) {
		return this.inspections.find(actor, id);
	}

	@PutMapping("/inspections/{id}/answers")
	@Operation(summary = "Save answers of an inspection in progress (refused per field, nothing saved)")
	InspectionView answers(Actor actor, @PathVariable long id, @RequestBody InspectionAnswersRequest body) {
		return this.inspections.save(actor, id, body == null ? null : body.answers(), body == null ? null : body.summary());
	}

	@PostMapping("/inspections/{id}/record")
	@Operation(summary = "Record an inspection whose every item is answered: issues the on-site record, opens rectification items")
	InspectionView record(Actor actor, @PathVariable long id) {
		return this.inspections.record(actor, id);
	}

	/**
	 * A new plan.
	 *
	 * @param randomShare the random arm's share, 0–0.5 (omitted: the sampling catalog's)
	 */
	record PlanCreateRequest(String title, String regionCode, List<String> industries, LocalDate startsOn,
			LocalDate endsOn, BigDecimal randomShare) {
	}

	record ConflictRequest(Long inspectorId, Long employerId, String reason) {
	}

	@GetMapping("/plans")
	@Operation(summary = "Plans in scope, newest first; status DRAFT, COMMITTED or DRAWN")
	Page<PlanView> plans(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) PlanStatus status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.plans.search(actor, new PlanFilter(q, region, status, sort), PageQuery.of(page, size));
	}

	@PostMapping("/plans")
	@Operation(summary = "Draft a plan: title, region in scope, optional industry prefixes, period, random share")
	PlanView create(Actor actor, @RequestBody PlanCreateRequest body) {
		PlanCreateRequest b = body == null ? new PlanCreateRequest(null, null, null, null, null, null) : body;
		return this.plans.create(actor,
				new PlanCommand(b.title(), b.regionCode(), b.industries(), b.startsOn(), b.endsOn(), b.randomShare()));
	}

	@GetMapping("/plans/{id}")
	PlanView plan(Actor actor, @PathVariable long id) {
		return this.plans.find(actor, id);
	}

	@PostMapping("/plans/{id}/commit")
	@Operation(summary = "Freeze employers, pool and exclusions; publish SHA-256 of the inputs and of a secret seed")
	PlanView commit(Actor actor, @PathVariable long id) {
		return this.plans.commit(actor, id);
	}

	@PostMapping("/plans/{id}/draw")
	@Operation(summary = "Draw with the committed seed (algorithm OHS-DRAW-1) and reveal the seed")
	PlanView draw(Actor actor, @PathVariable long id) {
		return this.plans.draw(actor, id);
	}

	@GetMapping("/plans/{id}/lines")
	@Operation(summary = "The employers drawn and their inspectors, in draw order")
	Page<DrawLine> lines(Actor actor, @PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.plans.lines(actor, id, PageQuery.of(page, size));
	}

	@GetMapping("/plans/{id}/pool")
	@Operation(summary = "The inspector pool: users with the inspector role in the plan's region (frozen at commit)")
	List<StaffMember> pool(Actor actor, @PathVariable long id) {
		return this.plans.pool(actor, id);
	}

	@GetMapping("/plans/{id}/conflicts")
	List<Conflict> conflicts(Actor actor, @PathVariable long id) {
		return this.plans.conflicts(actor, id);
	}

	@PostMapping("/plans/{id}/conflicts")
	@Operation(summary = "Declare a conflict of interest: an inspector of the pool is never drawn for the employer")
	Conflict declareConflict(Actor actor, @PathVariable long id, @RequestBody ConflictRequest body) {
		return this.plans.declareConflict(actor, id, body == null ? null : body.inspectorId(),
				body == null ? null : body.employerId(), body == null ? null : body.reason());
	}

	@GetMapping("/assignments")
	@Operation(summary = "The employers drawn for the caller as an inspector")
	Page<DrawLine> assignments(Actor actor, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.plans.assignedTo(actor, PageQuery.of(page, size));
	}

}
