package org.ohsonline.projects.internal;

import org.ohsonline.declaration.ClockStart;
import org.ohsonline.declaration.DeclarationClocks;
import org.ohsonline.projects.ProjectCompleted;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * On completion acceptance, the employer must declare within the period of the {@code declaration-deadlines} catalog
 * for {@code PROJECT_COMPLETION} (30 days, 申报办法 Art. 8(一)): starts that clock through the declaration module's
 * facade, from the event (persisted by the publication registry, so a crash does not lose it). The platform acts
 * here, not a person: the employer's manager who recorded the acceptance need not hold the declaration clock
 * permission.
 */
@Component
class CompletionDeclarationClock {

	static final String REASON = "PROJECT_COMPLETION";

	private static final Logger log = LoggerFactory.getLogger(CompletionDeclarationClock.class);

	private final DeclarationClocks clocks;

	CompletionDeclarationClock(DeclarationClocks clocks) {
		this.clocks = clocks;
	}

	@ApplicationModuleListener
	void on(ProjectCompleted event) {
		Actor system = Actor.system("projects-completion");
		this.clocks.start(system, new ClockStart(event.employerId(), REASON, event.completedOn(),
				event.projectName() + " #" + event.projectId()))
			.ifPresentOrElse(clock -> log.debug("Declaration clock {} for project {}", clock.id(), event.projectId()),
					() -> log.warn("No declaration period for {} in force: project {} starts no clock", REASON, event.projectId()));
	}

}
