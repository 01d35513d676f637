package org.ohsonline.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.projects.ProjectCommand;
import org.ohsonline.projects.ProjectKind;
import org.ohsonline.projects.ProjectView;
import org.ohsonline.projects.Projects;
import org.ohsonline.projects.RoundView;
import org.ohsonline.projects.Stage;
import org.ohsonline.projects.StageRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * The construction-project side of a world: the side's employer's coal-mining project (严重), registered before the
 * last quarter, every stage recorded with a PDF each — the evaluations by the side's agency — and accepted early in
 * the last quarter; the county's verification round of that quarter, which draws it (every 严重 project is drawn),
 * its line not yet verified.
 */
final class ProjectsBuilder {

	private final Projects projects;

	private final Verifications verifications;

	ProjectsBuilder(Projects projects, Verifications verifications) {
		this.projects = projects;
		this.verifications = verifications;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		Actor manager = SideBuilder.actor("manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "projects:project:read", "projects:project:write");
		Actor commission = SideBuilder.actor("commission", Scope.region(spec.county()), spec.county(), "projects:project:read",
				"projects:verification:draw");
		LocalDate today = SideBuilder.today();
		LocalDate quarter = today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
		String period = quarter.getYear() + "Q" + ((quarter.getMonthValue() - 1) / 3 + 1);
		LocalDate accepted = quarter.plusDays(5);
		ProjectView project = this.projects.register(manager, new ProjectCommand(spec.label() + "煤矿改扩建工程", ProjectKind.EXTENSION,
				"0610", null, List.of(SideBuilder.SILICA), accepted.minusDays(100)));
		long agency = Long.parseLong(v.get("agency"));
		LocalDate[] days = { accepted.minusDays(90), accepted.minusDays(80), accepted.minusDays(50), accepted.minusDays(20), accepted };
		long document = 0;
		Stage stage = Stage.first();
		for (LocalDate day : days) {
			long id = this.projects.attach(manager, project.id(), spec.label() + stage.ordinal() + ".pdf", TrainingBuilder.pdf()).id();
			document = document == 0 ? id : document;
			this.projects.record(manager, project.id(), new StageRecord(stage, day, stage.needsAgencyReport() ? agency : null,
					spec.label() + "-" + stage.ordinal(), spec.label() + "结论"));
			stage = stage.next().orElse(null);
		}
		RoundView round = this.verifications.draw(commission, spec.county(), period);
		long line = round.lines().stream().filter(l -> l.projectId() == project.id()).findFirst().orElseThrow().id();
		v.put("project", SideBuilder.id(project.id()));
		v.put("project.document", SideBuilder.id(document));
		v.put("project.round", SideBuilder.id(round.id()));
		v.put("project.line", SideBuilder.id(line));
	}

	static Set<String> keys() {
		return Set.of("project", "project.document", "project.round", "project.line");
	}

}
