package org.ohsonline.projects.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.projects.ProjectFilter;
import org.ohsonline.projects.ProjectSummary;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.VerificationLine;
import org.ohsonline.projects.Verifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Construction projects on the home pages: the employer's manager sees the stages due of its projects (overdue
 * first, as the list orders them); an inspector the drawn projects waiting for verification in the region —
 * counted as the lists count them.
 */
@Configuration(proxyBeanMethods = false)
class ProjectHomeCards {

	private final Projects projects;

	private final Verifications verifications;

	ProjectHomeCards(Projects projects, Verifications verifications) {
		this.projects = projects;
		this.verifications = verifications;
	}

	@Bean
	HomeCard projectsEmployerCard() {
		return HomeCard.of("projects-stages-due", "projects.home.stages", 74, "projects:project:write",
				Set.of(Scope.Kind.EMPLOYER), this::employer);
	}

	@Bean
	HomeCard projectsVerifyCard() {
		return HomeCard.of("projects-to-verify", "projects.home.verify", 74, "projects:verification:write",
				Set.of(Scope.Kind.REGION), this::inspector);
	}

	private View employer(Actor actor) {
		long overdue = this.projects.count(actor, ProjectFilter.overdueOnly());
		List<ProjectSummary> open = this.projects.search(actor, new ProjectFilter(null, null, null, null, false), PageQuery.of(1, 20))
			.items()
			.stream()
			.filter(p -> p.current() != null)
			.sorted(java.util.Comparator.comparing(ProjectSummary::dueOn))
			.limit(3)
			.toList();
		if (open.isEmpty() && overdue == 0) {
			return View.of(Line.item("projects-register", Urgency.INFO, "projects.home.register", "/projects"));
		}
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("projects-overdue", "projects.home.overdue", overdue, "/projects?overdue=true",
				overdue > 0 ? Urgency.OVERDUE : Urgency.INFO));
		for (ProjectSummary p : open) {
			lines.add(Line.item("projects-project-" + p.id(), p.overdue() ? Urgency.OVERDUE : Urgency.TO_DO,
					"projects.home.stageDue", "/projects/" + p.id(), Label.text(p.name()),
					Label.key("projects.stage." + p.current()), Label.text(p.dueOn().toString())));
		}
		return View.of(lines.toArray(Line[]::new));
	}

	private View inspector(Actor actor) {
		long count = this.verifications.pendingCount(actor);
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("projects-verify-count", "projects.home.toVerify", count, "/projects/verifications",
				count > 0 ? Urgency.TO_DO : Urgency.INFO));
		for (VerificationLine l : this.verifications.pending(actor, 3)) {
			lines.add(Line.item("projects-verify-" + l.id(), Urgency.TO_DO, "projects.home.verifyLine",
					"/projects/verifications/" + l.roundId(), Label.text(l.projectName()), Label.text(l.employerName())));
		}
		return View.of(lines.toArray(Line[]::new));
	}

}
