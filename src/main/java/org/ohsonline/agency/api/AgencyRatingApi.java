package org.ohsonline.agency.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.agency.AgencyDirectory;
import org.ohsonline.agency.ClientEvaluations;
import org.ohsonline.agency.CreditRatings;
import org.ohsonline.agency.DeliveryView;
import org.ohsonline.agency.DirectoryEntry;
import org.ohsonline.agency.DirectoryFilter;
import org.ohsonline.agency.EvaluationCommand;
import org.ohsonline.agency.EvaluationSummary;
import org.ohsonline.agency.RatingAdjustment;
import org.ohsonline.agency.RatingFilter;
import org.ohsonline.agency.RatingView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit ratings and client evaluations of agencies and institutions, within the token owner's scope. */
@RestController
@RequestMapping("/api/v1/agency")
@Tag(name = "Agency ratings", description = "Credit ratings (信誉等级, stars) with their breakdown, adjustments, "
		+ "deliveries and the employers' evaluations of them")
class AgencyRatingApi {

	private final CreditRatings ratings;

	private final ClientEvaluations evaluations;

	private final AgencyDirectory directory;

	AgencyRatingApi(CreditRatings ratings, ClientEvaluations evaluations, AgencyDirectory directory) {
		this.directory = directory;
		this.ratings = ratings;
		this.evaluations = evaluations;
	}

	@GetMapping("/directory")
	@Operation(summary = "The published directory (as the public page /verify/agencies): organisations not revoked "
			+ "with scope, level, stars, date rated and blacklist status; name text, area (region prefix), kind, "
			+ "service (a job or exam type), hazard (category or factor code)")
	Page<DirectoryEntry> directory(@RequestParam(required = false) String q, @RequestParam(required = false) String area,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String service,
			@RequestParam(required = false) String hazard, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.directory.search(new DirectoryFilter(q, area, kind, service, hazard), PageQuery.of(page, size));
	}

	@GetMapping("/ratings")
	@Operation(summary = "Current ratings in scope: name text, region prefix, kind, level (A, B, C), status (RATED, "
			+ "NOT_RATED); sort by name, region, score or ratedOn (prefix - for descending)")
	Page<RatingView> search(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String level, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.ratings.search(actor, new RatingFilter(q, region, kind, level, status, sort), PageQuery.of(page, size));
	}

	@GetMapping("/ratings/{agencyId}")
	@Operation(summary = "The current rating of an organisation with its indicators, weights, rule edition and "
			+ "what would raise it; 404 before its first computation")
	RatingView current(Actor actor, @PathVariable long agencyId) {
		return this.ratings.current(actor, agencyId).orElseThrow(() -> new NotFoundException("rating", agencyId));
	}

	@GetMapping("/ratings/{agencyId}/history")
	@Operation(summary = "Earlier ratings of an organisation, newest first")
	List<RatingView> history(Actor actor, @PathVariable long agencyId) {
		return this.ratings.history(actor, agencyId);
	}

	@PostMapping("/ratings/{agencyId}/recomputation")
	@Operation(summary = "Computes the organisation's rating now by the rule in force (a supervisor of its region)")
	RatingView recompute(Actor actor, @PathVariable long agencyId) {
		return this.ratings.recompute(actor, agencyId);
	}

	@PostMapping("/ratings/{agencyId}/adjustment")
	@Operation(summary = "Adjusts the current rating's level and stars with a reason (audited); a rating not rated "
			+ "yet cannot be adjusted")
	RatingView adjust(Actor actor, @PathVariable long agencyId, @RequestBody RatingAdjustment adjustment) {
		return this.ratings.adjust(actor, agencyId, adjustment);
	}

	@GetMapping("/ratings/{agencyId}/evaluations")
	@Operation(summary = "The employers' evaluations of an organisation: count, and the means from the minimum count on")
	EvaluationSummary evaluationSummary(Actor actor, @PathVariable long agencyId) {
		return this.evaluations.summary(actor, agencyId);
	}

	@GetMapping("/deliveries")
	@Operation(summary = "Deliveries in scope (reviewed testing jobs, exam batches), newest first; pending=true: "
			+ "those not rated yet")
	List<DeliveryView> deliveries(Actor actor, @RequestParam(required = false) Boolean pending,
			@RequestParam(required = false) Integer limit) {
		return this.evaluations.deliveries(actor, Boolean.TRUE.equals(pending), limit == null ? 100 : limit);
	}

	@PostMapping("/deliveries/{id}/evaluation")
	@Operation(summary = "The employer rates a delivery to it (timeliness, professionalism, price transparency "
			+ "1-5, optional comment), once")
	DeliveryView evaluate(Actor actor, @PathVariable long id, @RequestBody EvaluationCommand command) {
		return this.evaluations.evaluate(actor, id, command);
	}

}
