package org.ohsonline.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.ohsonline.enforcement.PlanStatus;
import org.ohsonline.enforcement.PublicPlans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's side of the plans: what a commit published, and after the draw the seed, the lines (employers
 * by name and credit code, inspectors by their code only) and the recomputation anyone can ask for.
 */
@Service
class PublicPlanService implements PublicPlans {

	private final PlanStore store;

	PublicPlanService(PlanStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicPlan> find(String code) {
		return this.store.byCode(code).map(r -> publicPlan(r, true));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublicPlan> recent(int limit) {
		return this.store.recentPublished(Math.max(1, Math.min(limit, 100))).stream().map(r -> publicPlan(r, false)).toList();
	}

	private PublicPlan publicPlan(PlanStore.Row r, boolean withLines) {
		boolean drawn = r.status() == PlanStatus.DRAWN;
		List<Line> lines = drawn && withLines ? this.store.publicLines(r.id())
			.stream()
			.map(l -> new Line(l.seq(), l.creditCode(), l.name(), l.riskClass(), l.arm(), l.codeA(), l.codeB()))
			.toList() : List.of();
		return new PublicPlan(r.publicCode(), r.title(), r.regionCode(), r.startsOn(), r.endsOn(), r.status(),
				r.algorithm(), r.samplingEdition(), r.randomShare(), r.commitment(), r.inputsDigest(),
				drawn ? r.seed() : null, r.resultDigest(), r.committedAt(), r.drawnAt(), r.candidates(), r.inspectors(),
				lines);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> inputs(String code) {
		return this.store.byCode(code).map(PlanStore.Row::inputs);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> result(String code) {
		return this.store.byCode(code)
			.filter(r -> r.status() == PlanStatus.DRAWN)
			.map(r -> DrawAlgorithm.resultText(lines(r.id())));
	}

	private List<DrawAlgorithm.Line> lines(long planId) {
		return this.store.publicLines(planId)
			.stream()
			.map(l -> new DrawAlgorithm.Line(l.seq(), l.creditCode(), l.riskClass(), l.arm(), l.codeA(), l.codeB()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recomputation> recompute(String code) {
		return this.store.byCode(code).filter(r -> r.status() == PlanStatus.DRAWN).map(r -> {
			String published = DrawAlgorithm.resultText(lines(r.id()));
			List<DrawAlgorithm.Line> again = DrawAlgorithm.draw(r.seed(), DrawAlgorithm.parse(r.inputs()));
			String recomputed = DrawAlgorithm.resultText(again);
			return new Recomputation(DrawAlgorithm.commitment(r.seed()).equals(r.commitment()),
					DrawAlgorithm.sha256(r.inputs()).equals(r.inputsDigest()),
					recomputed.equals(published) && DrawAlgorithm.sha256(published).equals(r.resultDigest()),
					DrawAlgorithm.sha256(recomputed), again.size());
		});
	}

}
