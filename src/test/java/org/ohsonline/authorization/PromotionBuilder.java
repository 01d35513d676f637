package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.ohsonline.promotion.ChampionView;
import org.ohsonline.promotion.Champions;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.promotion.NomineeRole;
import org.ohsonline.promotion.Review;
import org.ohsonline.promotion.SelfEvaluation;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * The promotion side of a world: the side's employer's healthy-enterprise application of last year,
 * self-evaluated with a PDF of evidence, submitted and reviewed on site (waiting for the decision), and the
 * employer marked as a model enterprise of last year; the side's worker nominated as a health champion of this
 * year and scored by a reviewer (waiting for the decision).
 */
final class PromotionBuilder {

	private final HealthyEnterprises healthy;

	private final ModelEnterprises models;

	private final Champions champions;

	PromotionBuilder(HealthyEnterprises healthy, ModelEnterprises models, Champions champions) {
		this.healthy = healthy;
		this.models = models;
		this.champions = champions;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
		Actor manager = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "promotion:healthy:read", "promotion:healthy:apply");
		Actor reviewer = SideBuilder.actor("reviewer", Scope.region(spec.county()), spec.county(), "promotion:healthy:read",
				"promotion:healthy:review");
		Actor commission = SideBuilder.actor("commission", Scope.region(spec.county()), spec.county(),
				"promotion:healthy:read", "promotion:model:write");
		HealthyApplicationView draft = this.healthy.open(manager, year);
		Map<String, SelfEvaluation.Entry> self = new HashMap<>();
		Map<String, Review.Entry> review = new HashMap<>();
		for (ItemScore item : draft.items()) {
			self.put(item.code(), new SelfEvaluation.Entry(item.maxPoints(), spec.label() + "自评说明"));
			review.put(item.code(), new Review.Entry(item.maxPoints(), item.mandatory() ? Boolean.TRUE : null, spec.label() + "评审意见"));
		}
		this.healthy.evaluate(manager, draft.id(), new SelfEvaluation(self));
		long evidence = this.healthy.attach(manager, draft.id(), null, spec.label() + "证明材料.pdf", TrainingBuilder.pdf()).id();
		this.healthy.submit(manager, draft.id());
		this.healthy.review(reviewer, draft.id(), new Review(LocalDate.now(ZoneId.of("Asia/Shanghai")), spec.label() + "现场评审",
				review));
		long model = this.models.mark(commission, Long.parseLong(v.get("employer")), year, spec.label() + "粉尘岗位全面湿式作业").id();
		Actor nominator = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "promotion:champion:read", "promotion:champion:nominate");
		Actor scorer = SideBuilder.actor("reviewer", Scope.region(spec.county()), spec.county(), "promotion:champion:read",
				"promotion:champion:review");
		ChampionView nomination = this.champions.nominate(nominator, Long.parseLong(v.get("worker")), NomineeRole.WORKER,
				year + 1, spec.label() + "推荐理由");
		Map<String, BigDecimal> points = new HashMap<>();
		nomination.criteria().forEach(c -> points.put(c.code(), c.points()));
		this.champions.score(scorer, nomination.id(), points);
		v.put("promotion.champion", SideBuilder.id(nomination.id()));
		v.put("promotion.application", SideBuilder.id(draft.id()));
		v.put("promotion.evidence", SideBuilder.id(evidence));
		v.put("promotion.model", SideBuilder.id(model));
	}

	static Set<String> keys() {
		return Set.of("promotion.application", "promotion.evidence", "promotion.model", "promotion.champion");
	}

}
