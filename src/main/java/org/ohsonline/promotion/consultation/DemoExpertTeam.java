package org.ohsonline.promotion.consultation;

import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.demo.DemoSeedStep;

import org.springframework.stereotype.Component;

/**
 * The demo's expert team: the city supervisors put the demo login {@code expert} (杭州市职业健康专家（演示）) on the
 * team for every field of the catalog in force, so that a request the {@code employer} or {@code worker} login asks is
 * routed to someone who can log in and answer it. Written through the service (audited); never twice.
 */
@Component
class DemoExpertTeam implements DemoSeedStep {

	/** The demo logins' display names end so (iam's demo users). */
	static final String DEMO = "（演示）";

	private static final String CITY = "3301";

	private final Consultations consultations;

	DemoExpertTeam(Consultations consultations) {
		this.consultations = consultations;
	}

	@Override
	public int order() {
		return 75;
	}

	@Override
	public String labelKey() {
		return "demo.step.consultation";
	}

	@Override
	public int weight() {
		return 1;
	}

	@Override
	public void run(Progress progress) {
		Actor city = new Actor(0, "system:demo-consultation", "系统 (演示问诊专家)", CITY, Scope.region(CITY), Set.of(),
				"local", Actor.Channel.SYSTEM);
		if (this.consultations.experts(city).stream().anyMatch(e -> e.name().endsWith(DEMO))) {
			return;
		}
		List<String> fields = this.consultations.fields().stream().map(Consultation.Field::code).toList();
		this.consultations.candidates(city)
			.stream()
			.filter(c -> c.name().endsWith(DEMO))
			.forEach(c -> this.consultations.keepExpert(city, c.userId(), fields));
		progress.done(1);
	}

}
