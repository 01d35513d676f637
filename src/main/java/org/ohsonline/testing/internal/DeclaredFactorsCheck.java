package org.ohsonline.testing.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.ohsonline.declaration.ClockStart;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.declaration.DeclarationFilter;
import org.ohsonline.declaration.DeclarationStatus;
import org.ohsonline.declaration.DeclarationSummary;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.declaration.Declarations;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.testing.JobView;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingJobs;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Results that differ from the declaration (申报办法 Art. 8 (4)): when a reviewed job found a hazard
 * factor (at least one result above its limit of detection) that the employer's last accepted
 * declaration does not list, the employer must declare the change within the catalog's period
 * (15 days), counted from the day of the review. An employer with no accepted declaration yet is
 * already on its initial declaration clock, so no second clock starts.
 */
@Component
class DeclaredFactorsCheck {

	static final String REASON = "TEST_RESULTS_CHANGE";

	private static final Logger log = LoggerFactory.getLogger(DeclaredFactorsCheck.class);

	private final TestingJobs jobs;

	private final Declarations declarations;

	private final DeclarationClocks clocks;

	DeclaredFactorsCheck(TestingJobs jobs, Declarations declarations, DeclarationClocks clocks) {
		this.jobs = jobs;
		this.declarations = declarations;
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		Actor system = Actor.system("testing-declaration-check");
		JobView job = this.jobs.find(system, event.jobId());
		Set<String> undeclared = undeclared(system, job);
		if (undeclared.isEmpty()) {
			return;
		}
		this.clocks.start(system, new ClockStart(job.employerId(), REASON, event.reviewedOn(), job.number()))
			.ifPresent(clock -> log.info("Testing job {} found undeclared factors {}: declaration due {}", job.number(),
					undeclared, clock.dueOn()));
	}

	/** The factors the job detected that the last accepted declaration does not list; empty without one. */
	Set<String> undeclared(Actor system, JobView job) {
		List<DeclarationSummary> accepted = this.declarations
			.search(system, new DeclarationFilter(null, null, DeclarationStatus.ACCEPTED.name(), null, null, null,
					job.employerId(), null), PageQuery.of(1, 1))
			.items();
		if (accepted.isEmpty()) {
			return Set.of();
		}
		DeclarationView declaration = this.declarations.find(system, accepted.get(0).id());
		Set<String> declared = declaration.items().stream().map(DeclarationView.Item::hazardCode).collect(Collectors.toSet());
		return job.results()
			.stream()
			.filter(result -> !result.nonDetect())
			.map(JobView.ResultView::factorCode)
			.filter(code -> !declared.contains(code))
			.collect(Collectors.toCollection(TreeSet::new));
	}

}
