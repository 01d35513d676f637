package org.ohsonline.enforcement.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.enforcement.Conflict;
import org.ohsonline.enforcement.DrawLine;
import org.ohsonline.enforcement.InspectionPlans;
import org.ohsonline.enforcement.PlanCommand;
import org.ohsonline.enforcement.PlanFilter;
import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PlanView;
import org.ohsonline.iam.StaffMember;
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

/** Random inspection plans and their draws, within the token owner's jurisdiction. */
@RestController
@RequestMapping("/api/v1/enforcement")
@Tag(name = "Enforcement", description = "Random inspection plans (双随机、一公开): commit, draw, reveal; conflicts of interest")
class EnforcementApi {

	private final InspectionPlans plans;

	EnforcementApi(InspectionPlans plans) {
		this.plans = plans;
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
