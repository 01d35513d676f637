package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualitySampleView.PostDifference;
import org.ohsonline.agency.ReportRecomputation;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.testing.JobStatus;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.PostJudgement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes a sampled testing report for the agency module's report-quality sampling (decision 0034): the job's
 * stored results judged again with the same calculators that judged them ({@link Judging}, noise at the posts with
 * an irregular week as L_EX,W) and each post's recomputed verdict set against the verdict the report states (the
 * post judgements stored when the report was issued). Nothing is stored here: the report stays as issued.
 */
@Component
class SampledReportRecomputation implements ReportRecomputation {

	/** The whole country: the platform reads the job the agency module sampled, whoever drew it. */
	private static final ScopeFilter EVERYWHERE = new ScopeFilter("", null, null, null, null, null);

	private final JobStore jobs;

	private final ResultStore results;

	private final JudgementStore judgements;

	private final Judging judging;

	SampledReportRecomputation(JobStore jobs, ResultStore results, JudgementStore judgements, Judging judging) {
		this.jobs = jobs;
		this.results = results;
		this.judgements = judgements;
		this.judging = judging;
	}

	@Override
	public DeliveryKind kind() {
		return DeliveryKind.TESTING_JOB;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Recomputed> recompute(String subjectKey) {
		long jobId;
		try {
			jobId = Long.parseLong(subjectKey);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Optional<JobStore.Row> found = this.jobs.find(EVERYWHERE, jobId).filter(j -> j.status() == JobStatus.REVIEWED);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		JobStore.Row job = found.get();
		List<StoredResult> stored = this.results.ofJob(jobId);
		List<JobView.PostView> stated = this.judgements.posts(jobId);
		if (stored.isEmpty() && stated.isEmpty()) {
			return Optional.empty();
		}
		Set<Long> irregular = new HashSet<>();
		this.jobs.plan(jobId).stream().filter(JobView.PlanRowView::irregularWeek).forEach(p -> irregular.add(p.postId()));
		Judging.Outcome outcome = this.judging.judge(stored, this.jobs.mixtures(jobId), job.hotOutdoor(), irregular);
		Map<String, String> factorNames = new HashMap<>();
		stored.forEach(r -> factorNames.putIfAbsent(r.factorCode(), r.factorName()));
		Map<Long, String> statedVerdicts = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (JobView.PostView post : stated) {
			statedVerdicts.put(post.postId(), post.verdict().name());
			names.put(post.postId(), post.postName());
		}
		outcome.postNames().forEach(names::putIfAbsent);
		List<PostDifference> differences = new ArrayList<>();
		for (Map.Entry<Long, String> post : names.entrySet()) {
			PostJudgement recomputed = outcome.posts().get(post.getKey());
			String was = statedVerdicts.getOrDefault(post.getKey(), "NOT_STATED");
			String now = recomputed == null ? "NOT_JUDGED" : recomputed.verdict().name();
			if (!was.equals(now)) {
				differences.add(new PostDifference(post.getValue(), was, now, figures(post.getKey(), recomputed, outcome,
						factorNames)));
			}
		}
		return Optional.of(new Recomputed(differences.isEmpty(), differences));
	}

	/** The recomputed figures of a post: its failing checks, or when it complies each exposure's deciding check. */
	private static String figures(long postId, PostJudgement recomputed, Judging.Outcome outcome,
			Map<String, String> factorNames) {
		if (recomputed == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (!recomputed.failures().isEmpty()) {
			recomputed.failures()
				.forEach(f -> parts.add(check(factorNames.getOrDefault(f.hazardCode(), f.hazardCode()), f.check())));
		}
		else {
			outcome.exposures()
				.stream()
				.filter(e -> e.key().postId() == postId && !e.partOfWeek())
				.forEach(e -> e.decisive()
					.ifPresent(c -> parts.add(check(factorNames.getOrDefault(e.key().factorCode(), e.key().factorCode()), c))));
		}
		return String.join("; ", parts);
	}

	private static String check(String factor, Check check) {
		String relation = check.verdict().name().equals("NON_COMPLIANT") ? " > " : " ≤ ";
		return factor + " " + check.rule().name() + " " + plain(check.value()) + relation + plain(check.limit())
				+ (check.unit() == null ? "" : " " + check.unit());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

}
