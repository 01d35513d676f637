package org.ohsonline.testing.web;

import java.util.List;
import java.util.Map;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.web.RecordSection;
import org.ohsonline.testing.JobFilter;
import org.ohsonline.testing.JobSummary;
import org.ohsonline.testing.TestingClocks;
import org.ohsonline.testing.TestingJobs;

import org.springframework.stereotype.Component;

/**
 * The employer case's testing tab: what is due and when, with the basis of each interval, and the
 * employer's testing history (every job in the actor's scope, latest first, with its report).
 */
@Component
class TestingEmployerSection implements RecordSection {

	private final TestingClocks clocks;

	private final TestingJobs jobs;

	TestingEmployerSection(TestingClocks clocks, TestingJobs jobs) {
		this.clocks = clocks;
		this.jobs = jobs;
	}

	@Override
	public Subject subject() {
		return Subject.EMPLOYER;
	}

	@Override
	public String key() {
		return "testing";
	}

	@Override
	public String labelKey() {
		return "testing.section.title";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean visibleTo(Actor actor) {
		return actor.can("testing:clock:read") || actor.can("testing:job:read");
	}

	@Override
	public String template() {
		return "testing/employer-section";
	}

	@Override
	public Map<String, Object> model(Actor actor, long employerId) {
		Page<JobSummary> history = actor.can("testing:job:read")
				? this.jobs.search(actor, JobFilter.ofEmployer(employerId), PageQuery.of(1, 50))
				: new Page<>(List.of(), 0, 1, 50);
		return Map.of("testingClocks", this.clocks.ofEmployer(actor, employerId), "testingHistory", history);
	}

}
