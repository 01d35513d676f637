package org.ohsonline.risk.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.risk.Classification;
import org.ohsonline.risk.EvidenceFile;
import org.ohsonline.risk.EvidenceView;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RiskClass;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

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

/** Self-inspections, overrides and rectification items with evidence upload, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/risk")
@Tag(name = "Risk work", description = "Self-inspections (自查), overrides, rectification items (整改) and their evidence")
class RiskWorkApi {

	private final SelfInspections inspections;

	private final Rectifications items;

	private final RiskPortraits portraits;

	RiskWorkApi(SelfInspections inspections, Rectifications items, RiskPortraits portraits) {
		this.inspections = inspections;
		this.items = items;
		this.portraits = portraits;
	}

	/** An override: the class and why. */
	record RiskOverrideRequest(RiskClass riskClass, String reason) {
	}

	/** A reason (lifting an override). */
	record RiskReasonRequest(String reason) {
	}

	/** Which occasion a self-inspection is for: {@code ANNUAL} (default) or {@code ON_DEMAND}. */
	record SelfInspectionStartRequest(String occasion) {
	}

	record SelfInspectionAnswersRequest(List<SelfInspections.AnswerInput> answers) {
	}

	record SelfInspectionCheckRequest(List<SelfInspections.Correction> corrections, String note) {
	}

	record RectificationAnswerRequest(String answer) {
	}

	record RectificationReviewRequest(String note) {
	}

	record RectificationDeadlineRequest(LocalDate dueOn, String reason) {
	}

	@PostMapping("/employers/{id}/override")
	@Operation(summary = "Override the class with a reason (refused without one)")
	Classification override(Actor actor, @PathVariable long id, @RequestBody RiskOverrideRequest body) {
		return this.portraits.override(actor, id, body == null ? null : body.riskClass(),
				body == null ? null : body.reason());
	}

	@PostMapping("/employers/{id}/override/lift")
	@Operation(summary = "Lift the override (reason required)")
	Classification lift(Actor actor, @PathVariable long id, @RequestBody RiskReasonRequest body) {
		return this.portraits.liftOverride(actor, id, body == null ? null : body.reason());
	}

	@GetMapping("/employers/{id}/self-inspections")
	@Operation(summary = "The employer's self-inspections, newest first")
	List<SelfInspectionView> selfInspections(Actor actor, @PathVariable long id) {
		return this.inspections.ofEmployer(actor, id);
	}

	@PostMapping("/employers/{id}/self-inspections")
	@Operation(summary = "Start (or resume) the draft of the employer's own self-inspection")
	SelfInspectionView startSelfInspection(Actor actor, @PathVariable long id,
			@RequestBody(required = false) SelfInspectionStartRequest body) {
		return this.inspections.draft(actor, id, body == null ? null : body.occasion());
	}

	@GetMapping("/self-inspections/{id}")
	SelfInspectionView selfInspection(Actor actor, @PathVariable long id) {
		return this.inspections.find(actor, id);
	}

	@PutMapping("/self-inspections/{id}/answers")
	@Operation(summary = "Save answers into a draft (points 0…item's points; refused per field, nothing saved)")
	SelfInspectionView answers(Actor actor, @PathVariable long id, @RequestBody SelfInspectionAnswersRequest body) {
		return this.inspections.save(actor, id, body == null ? null : body.answers());
	}

	@PostMapping("/self-inspections/{id}/submit")
	@Operation(summary = "Submit a draft whose every item is answered; the employer is reassessed")
	SelfInspectionView submit(Actor actor, @PathVariable long id) {
		return this.inspections.submit(actor, id);
	}

	@PostMapping("/self-inspections/{id}/spot-check")
	@Operation(summary = "A supervisor's spot-check: corrected points, each with its reason")
	SelfInspectionView spotCheck(Actor actor, @PathVariable long id, @RequestBody SelfInspectionCheckRequest body) {
		return this.inspections.spotCheck(actor, id, body == null ? null : body.corrections(),
				body == null ? null : body.note());
	}

	@GetMapping("/rectifications")
	@Operation(summary = "Rectification items in scope; state=open (default), overdue, answered, released, all")
	Page<RectificationView> rectifications(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String state,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.items.search(actor, new RectificationFilter(q, region, state, kind, employerId),
				PageQuery.of(page, size));
	}

	@GetMapping("/rectifications/{id}")
	RectificationView rectification(Actor actor, @PathVariable long id) {
		return this.items.find(actor, id);
	}

	@PostMapping("/rectifications/{id}/answer")
	@Operation(summary = "The employer's answer: what it did")
	RectificationView answer(Actor actor, @PathVariable long id, @RequestBody RectificationAnswerRequest body) {
		return this.items.answer(actor, id, body == null ? null : body.answer());
	}

	@PostMapping(path = "/rectifications/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach an evidence file (PDF, PNG or JPEG by content, at most ohs.risk.evidence-max-size)")
	EvidenceView attach(Actor actor, @PathVariable long id, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		return this.items.attach(actor, id, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@GetMapping("/rectifications/{id}/evidence/{evidenceId}")
	@Operation(summary = "Download an evidence file (always as an attachment)")
	ResponseEntity<byte[]> evidence(Actor actor, @PathVariable long id, @PathVariable long evidenceId) {
		EvidenceFile file = this.items.evidence(actor, id, evidenceId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/rectifications/{id}/approve")
	@Operation(summary = "Approve an answered item: released, the employer reassessed")
	RectificationView approve(Actor actor, @PathVariable long id,
			@RequestBody(required = false) RectificationReviewRequest body) {
		return this.items.approve(actor, id, body == null ? null : body.note());
	}

	@PostMapping("/rectifications/{id}/return")
	@Operation(summary = "Return an answered item with reasons (required)")
	RectificationView giveBack(Actor actor, @PathVariable long id, @RequestBody RectificationReviewRequest body) {
		return this.items.giveBack(actor, id, body == null ? null : body.note());
	}

	@PostMapping("/rectifications/{id}/deadline")
	@Operation(summary = "Move the deadline (not into the past) with a reason")
	RectificationView deadline(Actor actor, @PathVariable long id, @RequestBody RectificationDeadlineRequest body) {
		return this.items.setDeadline(actor, id, body == null ? null : body.dueOn(), body == null ? null : body.reason());
	}

}
