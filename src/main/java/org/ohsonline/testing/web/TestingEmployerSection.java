package org.ohsonline.testing.web;

import java.util.Map;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.RecordSection;
import org.ohsonline.testing.TestingClocks;

import org.springframework.stereotype.Component;

/** The employer case's testing tab: what is due and when, with the basis of each interval. */
@Component
class TestingEmployerSection implements RecordSection {

	private final TestingClocks clocks;

	TestingEmployerSection(TestingClocks clocks) {
		this.clocks = clocks;
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
		return actor.can("testing:clock:read");
	}

	@Override
	public String template() {
		return "testing/employer-section";
	}

	@Override
	public Map<String, Object> model(Actor actor, long employerId) {
		return Map.of("testingClocks", this.clocks.ofEmployer(actor, employerId));
	}

}
