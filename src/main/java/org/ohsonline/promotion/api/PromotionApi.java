package org.ohsonline.promotion.api;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.promotion.ApplicationFilter;
import org.ohsonline.promotion.EvidenceFile;
import org.ohsonline.promotion.HealthyApplicationSummary;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ListedEnterprise;
import org.ohsonline.promotion.ModelEnterpriseView;
import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.promotion.Review;
import org.ohsonline.promotion.SelfEvaluation;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Healthy enterprises, model enterprises and health champions over the API, in the token owner's scope: applications with the
 * self-evaluation, evidence, the on-site review and the decision; the yearly list; model enterprises.
 */
@RestController
@RequestMapping("/api/v1/promotion")
@Tag(name = "Promotion", description = "Healthy enterprises (健康企业), industry model enterprises (样板企业) and health champions (职业健康达人)")
class PromotionApi {

	private final HealthyEnterprises healthy;

	private final ModelEnterprises models;

	private final org.ohsonline.promotion.Champions champions;

	PromotionApi(HealthyEnterprises healthy, ModelEnterprises models, org.ohsonline.promotion.Champions champions) {
		this.champions = champions;
		this.healthy = healthy;
		this.models = models;
	}

	record ApplyRequest(Integer year) {
	}

	record DecisionRequest(Boolean approve, String note) {
	}

	record MarkRequest(Long employerId, Integer year, String strengths) {
	}

	record WithdrawRequest(String reason) {
	}

	record NominationRequest(Long workerId, org.ohsonline.promotion.NomineeRole role, Integer year, String reason) {
	}

	record ScoreRequest(java.util.Map<String, java.math.BigDecimal> points) {
	}

	record QuotaRequest(String region, Integer year, Integer quota) {
	}

	@GetMapping("/champions")
	@Operation(summary = "Health-champion nominations in the caller's scope (an employer its own)")
	Page<org.ohsonline.promotion.ChampionSummary> champions(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		String name = org.ohsonline.shared.Text.enumName(status, org.ohsonline.promotion.NominationStatus.class);
		return this.champions.search(actor, region, year, name == null ? null : org.ohsonline.promotion.NominationStatus.valueOf(name),
				PageQuery.of(page, size));
	}

	@PostMapping("/champions")
	@Operation(summary = "Nominate a worker or manager of the caller's employer's register for a year, with a reason")
	org.ohsonline.promotion.ChampionView nominate(Actor actor, @RequestBody(required = false) NominationRequest body) {
		return this.champions.nominate(actor, body == null || body.workerId() == null ? 0 : body.workerId(),
				body == null ? null : body.role(), body == null || body.year() == null ? 0 : body.year(),
				body == null ? null : body.reason());
	}

	@GetMapping("/champions/{id}")
	org.ohsonline.promotion.ChampionView champion(Actor actor, @PathVariable long id) {
		return this.champions.find(actor, id);
	}

	@PostMapping("/champions/{id}/scores")
	@Operation(summary = "A reviewer's score: points for every criterion (scoring again replaces the reviewer's score)")
	org.ohsonline.promotion.ChampionView score(Actor actor, @PathVariable long id, @RequestBody(required = false) ScoreRequest body) {
		return this.champions.score(actor, id, body == null ? null : body.points());
	}

	@PostMapping("/champions/{id}/decision")
	@Operation(summary = "Approve (refused below the pass mark or when a quota on the region's path is used up) or reject with a note")
	org.ohsonline.promotion.ChampionView decideChampion(Actor actor, @PathVariable long id,
			@RequestBody(required = false) DecisionRequest body) {
		boolean approve = body != null && Boolean.TRUE.equals(body.approve());
		return this.champions.decide(actor, id, approve, body == null ? null : body.note());
	}

	@GetMapping("/champions/quotas")
	@Operation(summary = "The quotas of a year inside the caller's jurisdiction with the selections counted against each")
	List<org.ohsonline.promotion.ChampionQuota> quotas(Actor actor, @RequestParam(required = false) Integer year) {
		return this.champions.quotas(actor, year == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() : year);
	}

	@PutMapping("/champions/quotas")
	@Operation(summary = "Set a region's quota for a year (a region inside the caller's jurisdiction)")
	org.ohsonline.promotion.ChampionQuota setQuota(Actor actor, @RequestBody(required = false) QuotaRequest body) {
		return this.champions.setQuota(actor, body == null ? null : body.region(), body == null || body.year() == null ? 0 : body.year(),
				body == null || body.quota() == null ? -1 : body.quota());
	}

	@GetMapping("/champions/published")
	@Operation(summary = "The health champions of a year as published (names masked)")
	List<org.ohsonline.promotion.PublishedChampion> published(Actor actor, @RequestParam int year) {
		return this.champions.published(year);
	}

	@GetMapping("/healthy-enterprises/applications")
	@Operation(summary = "Healthy-enterprise applications in the caller's scope (an employer its own)")
	Page<HealthyApplicationSummary> applications(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.healthy.search(actor, filter(region, year, status, q), PageQuery.of(page, size));
	}

	@PostMapping("/healthy-enterprises/applications")
	@Operation(summary = "Open the caller's employer's application for a year (or return the one it has)")
	HealthyApplicationView apply(Actor actor, @RequestBody(required = false) ApplyRequest body) {
		// A missing year is refused by the facade after its permission check (year 0 lies outside the range).
		return this.healthy.open(actor, body == null || body.year() == null ? 0 : body.year());
	}

	@GetMapping("/healthy-enterprises/applications/{id}")
	HealthyApplicationView application(Actor actor, @PathVariable long id) {
		return this.healthy.find(actor, id);
	}

	@PutMapping("/healthy-enterprises/applications/{id}/self-evaluation")
	@Operation(summary = "Save a draft's self-evaluation (points and note per item code)")
	HealthyApplicationView evaluate(Actor actor, @PathVariable long id, @RequestBody(required = false) SelfEvaluation body) {
		return this.healthy.evaluate(actor, id, body == null ? new SelfEvaluation(null) : body);
	}

	@PostMapping("/healthy-enterprises/applications/{id}/evidence")
	@Operation(summary = "Attach an evidence file as multipart/form-data part `file` (PDF, PNG or JPEG, recognised by content, at most 10 MB), optionally for `itemCode`")
	EvidenceFile attach(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String itemCode) throws IOException {
		return this.healthy.attach(actor, id, itemCode, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@PostMapping("/healthy-enterprises/applications/{id}/submit")
	@Operation(summary = "Submit a draft whose every item is self-evaluated and that has evidence")
	HealthyApplicationView submit(Actor actor, @PathVariable long id) {
		return this.healthy.submit(actor, id);
	}

	@PostMapping("/healthy-enterprises/applications/{id}/review")
	@Operation(summary = "The expert panel's on-site review: points for every item, met or not for every mandatory item; a mandatory item not met fails the review whatever the points")
	HealthyApplicationView review(Actor actor, @PathVariable long id, @RequestBody(required = false) Review body) {
		return this.healthy.review(actor, id, body == null ? new Review(null, null, null) : body);
	}

	@PostMapping("/healthy-enterprises/applications/{id}/decision")
	@Operation(summary = "The authority's decision on a reviewed application; approving a failed review is refused, a rejection needs a note")
	HealthyApplicationView decide(Actor actor, @PathVariable long id, @RequestBody(required = false) DecisionRequest body) {
		// No choice is taken as a rejection, which needs a note: refused after the permission and state checks.
		boolean approve = body != null && Boolean.TRUE.equals(body.approve());
		return this.healthy.decide(actor, id, approve, body == null ? null : body.note());
	}

	@GetMapping("/healthy-enterprises/listed")
	@Operation(summary = "The healthy enterprises listed for a year (licence facts only), within the caller's region if given")
	List<ListedEnterprise> listed(Actor actor, @RequestParam int year, @RequestParam(required = false) String region) {
		return this.healthy.listed(year, region);
	}

	@GetMapping("/model-enterprises")
	@Operation(summary = "Current model enterprises in the caller's scope, by industry code prefix")
	Page<ModelEnterpriseView> models(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) String industry, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.models.search(actor, region, industry, PageQuery.of(page, size));
	}

	@PostMapping("/model-enterprises")
	@Operation(summary = "Mark an employer of the caller's jurisdiction as a model enterprise of a year, with what it does well")
	ModelEnterpriseView mark(Actor actor, @RequestBody(required = false) MarkRequest body) {
		return this.models.mark(actor, body == null || body.employerId() == null ? 0 : body.employerId(),
				body == null || body.year() == null ? 0 : body.year(), body == null ? null : body.strengths());
	}

	@PostMapping("/model-enterprises/{id}/withdraw")
	@Operation(summary = "Withdraw a model-enterprise mark with a reason")
	ModelEnterpriseView withdraw(Actor actor, @PathVariable long id, @RequestBody(required = false) WithdrawRequest body) {
		return this.models.withdraw(actor, id, body == null ? null : body.reason());
	}

	private static ApplicationFilter filter(String region, Integer year, String status, String q) {
		String name = org.ohsonline.shared.Text.enumName(status, org.ohsonline.promotion.ApplicationStatus.class);
		return new ApplicationFilter(region, year, name == null ? null : org.ohsonline.promotion.ApplicationStatus.valueOf(name),
				org.ohsonline.shared.Text.blankToNull(q));
	}

}
