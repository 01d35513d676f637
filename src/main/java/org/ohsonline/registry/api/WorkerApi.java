package org.ohsonline.registry.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.ExposureView;
import org.ohsonline.registry.HireCommand;
import org.ohsonline.registry.WorkerCommand;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workers and employment. Identity numbers travel only in request bodies (never in URLs, which
 * end up in logs) and come back masked unless revealed with the permission.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Workers", description = "Workers (一人一档), employment and exposure history")
class WorkerApi {

	private final Workers workers;

	WorkerApi(Workers workers) {
		this.workers = workers;
	}

	/**
	 * Hiring by identity number and the name registered with it: registers the person if new, then
	 * records the employment; a dispatched worker's host employer is named by its credit code and
	 * confirms the dispatch.
	 */
	record HireRequest(String idNumber, String name, String mobile, Long postId, LocalDate hiredOn, Boolean dispatched,
			String hostCreditCode) {

		@Override
		public String toString() {
			return "HireRequest[idNumber=" + org.ohsonline.shared.Masking.idNumber(this.idNumber) + "]";
		}

	}

	record PostChangeRequest(Long postId, LocalDate changedOn) {
	}

	@Schema(name = "EmploymentLeaveRequest")
	record LeaveRequest(LocalDate leftOn) {
	}

	record Lookup(String idNumber) {

		@Override
		public String toString() {
			return "Lookup[idNumber=" + org.ohsonline.shared.Masking.idNumber(this.idNumber) + "]";
		}

	}

	record Revealed(long workerId, String idNumber) {
	}

	@GetMapping("/employers/{id}/workforce")
	@Operation(summary = "Workers employed at (or dispatched to) an employer, now or ever")
	Page<EmploymentView> workforce(Actor actor, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean current, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.workers.workforce(actor, id, current, q, PageQuery.of(page, size));
	}

	@PostMapping("/employers/{id}/employments")
	@Operation(summary = "Hire a worker (registered on first hire) at an employer, optionally onto a post")
	ResponseEntity<EmploymentView> hire(Actor actor, @PathVariable long id, @RequestBody HireRequest request) {
		EmploymentView hired = this.workers.hire(actor,
				new HireCommand(new WorkerCommand(request.idNumber(), request.name(), request.mobile()), id,
						request.postId(), request.hiredOn(), Boolean.TRUE.equals(request.dispatched()),
						request.hostCreditCode()));
		return ResponseEntity.created(URI.create("/api/v1/workers/" + hired.workerId())).body(hired);
	}

	/** The host employer's answer to a dispatch. */
	record DispatchAnswer(Boolean confirm) {
	}

	/** A worker opening (or withdrawing) their history at other employers to one of their employers. */
	record HistorySharing(Long employerId, Boolean share) {
	}

	@GetMapping("/employers/{id}/dispatches")
	@Operation(summary = "Workers dispatched to the employer as host that wait for its confirmation")
	List<EmploymentView> pendingDispatches(Actor actor, @PathVariable long id) {
		return this.workers.pendingDispatches(actor, id);
	}

	@PostMapping("/employments/{id}/dispatch")
	@Operation(summary = "Confirm (or decline) as host employer that a dispatched worker works here")
	EmploymentView answerDispatch(Actor actor, @PathVariable long id, @RequestBody DispatchAnswer answer) {
		return this.workers.answerDispatch(actor, id, answer == null ? null : answer.confirm());
	}

	@PostMapping("/workers/me/history-sharing")
	@Operation(summary = "As the worker, open (or withdraw) your history at other employers to a current employer")
	ResponseEntity<Void> shareHistory(Actor actor, @RequestBody HistorySharing sharing) {
		this.workers.shareHistory(actor, sharing == null ? null : sharing.employerId(),
				sharing == null ? null : sharing.share());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/employments/{id}/leave")
	@Operation(summary = "Record that a worker left")
	EmploymentView leave(Actor actor, @PathVariable long id, @RequestBody LeaveRequest request) {
		return this.workers.leave(actor, id, request.leftOn());
	}

	@PostMapping("/employments/{id}/post")
	@Operation(summary = "Move a current employment to another post of the employer (or none) from a day (调岗)")
	EmploymentView changePost(Actor actor, @PathVariable long id, @RequestBody PostChangeRequest request) {
		return this.workers.changePost(actor, id, request.postId(), request.changedOn());
	}

	@PostMapping("/workers/lookup")
	@Operation(summary = "Find a worker in scope by identity number (exact match through the blind index)")
	WorkerView lookup(Actor actor, @RequestBody Lookup lookup) {
		return this.workers.findByIdNumber(actor, lookup.idNumber())
			.orElseThrow(() -> new NotFoundException("worker", "with that identity number"));
	}

	@GetMapping("/workers/{id}")
	@Operation(summary = "One worker in scope, identity number masked")
	WorkerView find(Actor actor, @PathVariable long id) {
		return this.workers.find(actor, id);
	}

	@PostMapping("/workers/{id}/reveal")
	@Operation(summary = "The full identity number (registry:worker:reveal); every reveal is audited")
	Revealed reveal(Actor actor, @PathVariable long id) {
		return new Revealed(id, this.workers.revealIdNumber(actor, id));
	}

	@GetMapping("/workers/{id}/employments")
	@Operation(summary = "A worker's employment history across employers")
	List<EmploymentView> employments(Actor actor, @PathVariable long id) {
		return this.workers.employments(actor, id);
	}

	@GetMapping("/workers/{id}/exposures")
	@Operation(summary = "A worker's exposure history, derived from the posts held")
	List<ExposureView> exposures(Actor actor, @PathVariable long id) {
		return this.workers.exposures(actor, id);
	}

}
