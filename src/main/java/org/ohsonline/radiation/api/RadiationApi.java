package org.ohsonline.radiation.api;

import java.math.BigDecimal;
import java.time.LocalDate;


import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ohsonline.radiation.AlertView;
import org.ohsonline.radiation.DoseEntry;
import org.ohsonline.radiation.DoseRecords;
import org.ohsonline.radiation.DoseSummary;
import org.ohsonline.radiation.DoseView;
import org.ohsonline.radiation.InvestigationView;
import org.ohsonline.radiation.MonitoringGap;
import org.ohsonline.radiation.MonitoringRates;
import org.ohsonline.radiation.RadiationFilter;
import org.ohsonline.radiation.RadiationWorkerCommand;
import org.ohsonline.radiation.RadiationWorkerView;
import org.ohsonline.radiation.RadiationWorkers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Radiation workers and personal dose monitoring over the API, under the CDC's path, in the token owner's scope:
 * dosimetry services enter records (one per call, refused with every reason and nothing saved), employers mark
 * workers and answer investigations, supervisors and CDC staff read lists, gaps and rates of their jurisdiction.
 */
@RestController
@RequestMapping("/api/v1/cdc/radiation")
@Tag(name = "Radiation", description = "Radiation workers (放射工作人员), personal dose records, investigations, alerts, monitoring gaps and rates")
class RadiationApi {

	private final RadiationWorkers workers;

	private final DoseRecords doses;

	RadiationApi(RadiationWorkers workers, DoseRecords doses) {
		this.workers = workers;
		this.doses = doses;
	}

	record RadiationMarkRequest(Long employerId, String idNumber, String categoryCode, Long postId, Long agencyId, LocalDate monitoredFrom) {
	}

	record RadiationDoseRequest(Long radiationWorkerId, String employerCreditCode, String idNumber, String period, BigDecimal hp10,
			Boolean hp10Below, BigDecimal hp007, Boolean hp007Below, BigDecimal lens, Boolean lensBelow, BigDecimal mdl) {
	}

	record RadiationAnswerRequest(String explanation) {
	}

	private static RadiationFilter filter(String region, String q, String period, String status, String category) {
		return new RadiationFilter(region, q, period, status, category);
	}

	@GetMapping("/workers")
	@Operation(summary = "Radiation workers in the caller's scope (name and identity number masked)")
	Page<RadiationWorkerView> workers(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.workers.search(actor, filter(region, q, null, null, category), PageQuery.of(page, size));
	}

	@PostMapping("/workers")
	@Operation(summary = "Mark a worker of the employer's register as a radiation worker (category, post, dosimetry service, from)")
	RadiationWorkerView mark(Actor actor, @RequestBody(required = false) RadiationMarkRequest body) {
		RadiationMarkRequest b = body == null ? new RadiationMarkRequest(null, null, null, null, null, null) : body;
		return this.workers.mark(actor, new RadiationWorkerCommand(b.employerId(), b.idNumber(), b.categoryCode(), b.postId(),
				b.agencyId(), b.monitoredFrom()));
	}

	@GetMapping("/workers/{id}")
	RadiationWorkerView worker(Actor actor, @PathVariable long id) {
		return this.workers.find(actor, id);
	}

	@GetMapping("/doses")
	@Operation(summary = "Dose records in the caller's scope: the person masked and a band instead of the values")
	Page<DoseSummary> doses(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String period, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.doses.search(actor, filter(region, q, period, status, null), PageQuery.of(page, size));
	}

	@PostMapping("/doses")
	@Operation(summary = "Enter one dose record as the worker's dosimetry service (mSv; below detection as a flag with the detection limit)")
	DoseView enter(Actor actor, @RequestBody(required = false) RadiationDoseRequest body) {
		RadiationDoseRequest b = body == null ? new RadiationDoseRequest(null, null, null, null, null, null, null, null, null, null, null) : body;
		return this.doses.enter(actor, new DoseEntry(b.radiationWorkerId(), b.employerCreditCode(), b.idNumber(), b.period(), b.hp10(),
				b.hp10Below(), b.hp007(), b.hp007Below(), b.lens(), b.lensBelow(), b.mdl()), "API");
	}

	@GetMapping("/doses/{id}")
	@Operation(summary = "One dose record in full (audited)")
	DoseView dose(Actor actor, @PathVariable long id) {
		return this.doses.find(actor, id);
	}

	@GetMapping("/investigations")
	Page<InvestigationView> investigations(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.doses.investigations(actor, filter(region, null, null, status, null), PageQuery.of(page, size));
	}

	@PostMapping("/investigations/{id}/answer")
	@Operation(summary = "The employer's explanation of a period above the investigation level (once)")
	InvestigationView answer(Actor actor, @PathVariable long id, @RequestBody(required = false) RadiationAnswerRequest body) {
		return this.doses.answer(actor, id, body == null ? null : body.explanation());
	}

	@GetMapping("/alerts")
	Page<AlertView> alerts(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.doses.alerts(actor, filter(region, null, null, kind, null), PageQuery.of(page, size));
	}

	@GetMapping("/gaps")
	@Operation(summary = "Monitoring gaps: radiation workers without a record for a period that is due")
	Page<MonitoringGap> gaps(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.doses.gaps(actor, filter(region, null, period, null, null), PageQuery.of(page, size));
	}

	@GetMapping("/rates")
	@Operation(summary = "The monitoring rate of a period (default: the last one due) by region and employer")
	MonitoringRates rates(Actor actor, @RequestParam(required = false) String region, @RequestParam(required = false) String period,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.doses.rates(actor, region, period, PageQuery.of(page, size));
	}

}
