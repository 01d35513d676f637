package org.ohsonline.diagnosis.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.shared.Text;
import org.ohsonline.diagnosis.AppraisalDecision;
import org.ohsonline.diagnosis.AppraisalRequest;
import org.ohsonline.diagnosis.Appraisals;
import org.ohsonline.diagnosis.ApplicationCommand;
import org.ohsonline.diagnosis.CaseClock;
import org.ohsonline.diagnosis.CaseFilter;
import org.ohsonline.diagnosis.CaseStatus;
import org.ohsonline.diagnosis.CaseSummary;
import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.ClockFilter;
import org.ohsonline.diagnosis.ClockKind;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.DiagnosisCertificates;
import org.ohsonline.diagnosis.DiagnosisCommand;
import org.ohsonline.diagnosis.DiseaseRegistry;
import org.ohsonline.diagnosis.MaterialCommand;
import org.ohsonline.diagnosis.ReferralView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Diagnosis cases, their steps, clocks, referrals and the occupational-disease registry, in the
 * caller's scope: a case outside it does not exist for the caller (404). Steps refused for their
 * state or dates answer 400 with the field and the reason and change nothing.
 */
@RestController
@RequestMapping("/api/v1/diagnosis")
@Tag(name = "Diagnosis", description = "Occupational disease diagnosis (职业病诊断), appraisal (鉴定), their statutory "
		+ "clocks, referrals of suspected diseases and the occupational-disease registry (职业病报告)")
class DiagnosisApi {

	private final Diagnoses diagnoses;

	private final Appraisals appraisals;

	private final DiagnosisCertificates certificates;

	private final DiseaseRegistry registry;

	DiagnosisApi(Diagnoses diagnoses, Appraisals appraisals, DiagnosisCertificates certificates,
			DiseaseRegistry registry) {
		this.diagnoses = diagnoses;
		this.appraisals = appraisals;
		this.certificates = certificates;
		this.registry = registry;
	}

	/** The delivery of the certificate. @param deliveredOn the day it was delivered (today when empty) */
	record Delivery(LocalDate deliveredOn) {
	}

	@GetMapping("/cases")
	@Operation(summary = "Cases in scope (diagnosis:case:read): q (case number prefix, employer or institution name), "
			+ "region prefix, status (APPLIED, UNDER_DIAGNOSIS, DIAGNOSED, CERTIFIED, APPRAISAL_REQUESTED, APPRAISED, "
			+ "REAPPRAISAL_REQUESTED, REAPPRAISED), workerId, employerId; sort appliedOn, number, status (prefix - reverses)")
	Page<CaseSummary> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long workerId, @RequestParam(required = false) Long employerId,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.diagnoses.search(actor, new CaseFilter(Text.blankToNull(q), Text.blankToNull(region),
				Text.enumName(status, CaseStatus.class), workerId, employerId, Text.blankToNull(sort)), PageQuery.of(page, size));
	}

	@GetMapping("/cases/{id}")
	@Operation(summary = "One case: the checklist, the clocks with their due dates, the diagnosis, appraisals and history")
	CaseView find(Actor actor, @PathVariable long id) {
		return this.diagnoses.find(actor, id);
	}

	@PostMapping("/cases")
	@Operation(summary = "Apply for a diagnosis (diagnosis:case:apply): a worker for themself (workerId may be left "
			+ "out), an employer for its workers, institution staff at their own institution; applicant WORKER or EMPLOYER "
			+ "(taken from the caller for workers and employers); hazardCodes from the hazard factor catalogue; referralId "
			+ "of an open referral adds its hazard. Answers 201 with the case and its materials checklist")
	ResponseEntity<CaseView> apply(Actor actor, @RequestBody ApplicationCommand command) {
		CaseView view = this.diagnoses.apply(actor, command);
		return ResponseEntity.created(URI.create("/api/v1/diagnosis/cases/" + view.id())).body(view);
	}

	@PostMapping("/cases/{id}/materials")
	@Operation(summary = "Record an item of the checklist as received, or waived with a note (diagnosis:case:diagnose, "
			+ "the case's institution). The last item starts the 30-day diagnosis clock")
	CaseView recordMaterial(Actor actor, @PathVariable long id, @RequestBody MaterialCommand command) {
		return this.diagnoses.recordMaterial(actor, id, command);
	}

	@PostMapping("/cases/{id}/diagnosis")
	@Operation(summary = "Conclude the diagnosis (diagnosis:case:diagnose, the case's institution): occupational with "
			+ "the disease code of the catalogue in force, or not; the certificate number. Starts the certificate clock")
	CaseView diagnose(Actor actor, @PathVariable long id, @RequestBody DiagnosisCommand command) {
		return this.diagnoses.diagnose(actor, id, command);
	}

	@PostMapping("/cases/{id}/certificate")
	@Operation(summary = "Record the delivery of the certificate (diagnosis:case:diagnose, the case's institution): "
			+ "issues the certificate PDF with its verification code and opens the parties' appraisal window")
	CaseView deliver(Actor actor, @PathVariable long id, @RequestBody(required = false) Delivery delivery) {
		return this.diagnoses.deliverCertificate(actor, id, delivery == null ? null : delivery.deliveredOn());
	}

	@GetMapping(value = "/cases/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The certificate PDF (职业病诊断证明书) exactly as issued at delivery; 404 before delivery")
	ResponseEntity<byte[]> certificate(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diagnosis-certificate-" + id + ".pdf\"")
			.body(this.certificates.certificate(actor, id));
	}

	@PostMapping("/cases/{id}/appraisals")
	@Operation(summary = "Request an appraisal after delivery, or a re-appraisal after an appraisal "
			+ "(diagnosis:appraisal:request); refused with the dates outside the window")
	CaseView requestAppraisal(Actor actor, @PathVariable long id, @RequestBody AppraisalRequest request) {
		return this.appraisals.request(actor, id, request);
	}

	@PostMapping("/cases/{id}/appraisals/decision")
	@Operation(summary = "Record the committee's conclusion (diagnosis:appraisal:decide): a municipal commission for an "
			+ "appraisal, the provincial one for a re-appraisal (final)")
	CaseView decideAppraisal(Actor actor, @PathVariable long id, @RequestBody AppraisalDecision decision) {
		return this.appraisals.decide(actor, id, decision);
	}

	@GetMapping("/referrals")
	@Operation(summary = "Suspected diseases referred from exams and not yet applied for, in scope, newest first")
	Page<ReferralView> referrals(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.diagnoses.openReferrals(actor, Text.blankToNull(region), PageQuery.of(page, size));
	}

	@GetMapping("/clocks")
	@Operation(summary = "Statutory clocks in scope, earliest due first: region prefix, kind (DIAGNOSIS, CERTIFICATE, "
			+ "APPRAISAL, REAPPRAISAL), due (open — the default, soon, overdue, all)")
	Page<CaseClock> clocks(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String due,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.diagnoses.clocks(actor, new ClockFilter(Text.blankToNull(region), Text.enumName(kind, ClockKind.class),
				Text.blankToNull(due)), PageQuery.of(page, size));
	}

	@GetMapping("/registry")
	@Operation(summary = "The occupational-disease registry in scope: cases whose outcome in force is an occupational "
			+ "disease; q, region prefix, category, year, finalOnly; sort outcomeOn, disease, region (prefix - reverses)")
	Page<DiseaseRegistry.Entry> registry(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Boolean finalOnly,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.registry.search(actor, filter(q, region, category, year, finalOnly, sort), PageQuery.of(page, size));
	}

	@GetMapping("/registry/counts")
	@Operation(summary = "Registered cases by disease category and year, for the same filters (year and sort ignored)")
	List<DiseaseRegistry.Count> counts(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean finalOnly) {
		return this.registry.countsByCategoryAndYear(actor, filter(q, region, category, null, finalOnly, null));
	}

	private static DiseaseRegistry.Filter filter(String q, String region, String category, Integer year,
			Boolean finalOnly, String sort) {
		return new DiseaseRegistry.Filter(Text.blankToNull(q), Text.blankToNull(region), Text.blankToNull(category), year,
				Boolean.TRUE.equals(finalOnly), Text.blankToNull(sort));
	}

}
