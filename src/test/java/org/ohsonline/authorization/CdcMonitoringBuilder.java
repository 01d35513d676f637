package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.ProjectCommand;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.SampledEmployer;
import org.ohsonline.cdcmonitoring.SurveyView;
import org.ohsonline.cdcmonitoring.Target;
import org.ohsonline.cdcmonitoring.TaskCommand;
import org.ohsonline.cdcmonitoring.TaskView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

/**
 * The CDC-monitoring side of a world: the side's city CDC's workplace noise monitoring project with the side's county
 * as its one target county, drawn (the side's employer — industry 3311, a noise post with a worker — is among the
 * sampled), the county's task assigned to the side's service agency, and that agency's survey of the side's employer
 * submitted; every survey is picked for re-check (share 1), none re-checked yet. A second project of the same
 * kind, drawn and given to the same agency, is closed (its signed summary issued).
 */
final class CdcMonitoringBuilder {

	private final MonitoringProjects projects;

	private final MonitoringSurveys surveys;

	CdcMonitoringBuilder(MonitoringProjects projects, MonitoringSurveys surveys) {
		this.projects = projects;
		this.surveys = surveys;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		Actor cdc = SideBuilder.actor("commission", Scope.region(spec.city()), spec.city(), "cdcmonitoring:project:read",
				"cdcmonitoring:project:write", "cdcmonitoring:survey:write", "cdcmonitoring:qc:write", "registry:employer:read");
		LocalDate today = SideBuilder.today();
		ProjectView project = this.projects.create(cdc, new ProjectCommand(today.getYear(), MonitoringKind.WORKPLACE_HAZARD,
				spec.label() + "工作场所噪声危害监测", List.of("C"), List.of(SideBuilder.NOISE), BigDecimal.ONE, today.plusDays(90),
				List.of(new Target(spec.county(), 1000, 100, 200))));
		this.projects.draw(cdc, project.id());
		TaskView task = this.projects.assign(cdc, project.id(), new TaskCommand(spec.county(), Assignee.AGENCY,
				Long.parseLong(v.get("agency")), today.plusDays(60)));
		Actor staff = SideBuilder.actor("reader", new Scope(Scope.Kind.AGENCY, v.get("agency.creditCode")), spec.county(),
				"cdcmonitoring:project:read", "cdcmonitoring:survey:write");
		long employer = Long.parseLong(v.get("employer"));
		SampledEmployer sampled = this.surveys.sample(staff, task.id())
			.stream()
			.filter(s -> s.employerId() == employer)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the side's employer was not drawn"));
		SurveyView survey = this.surveys.submit(staff, sampled.id(), Map.of("WH.POINTS", "6", "WH.EXCEEDING", "1",
				"WH.NOISE_MAX", "90", "WH.PROTECTION", "一般", "WH.SURVEY_DATE", today.toString()));
		// A second project, closed: its signed summary is what the summary routes serve.
		ProjectView closed = this.projects.create(cdc, new ProjectCommand(today.getYear(), MonitoringKind.WORKPLACE_HAZARD,
				spec.label() + "工作场所噪声危害监测（已关闭）", List.of("C"), List.of(SideBuilder.NOISE), BigDecimal.ONE,
				today.plusDays(90), List.of(new Target(spec.county(), 1000, 100, 200))));
		this.projects.draw(cdc, closed.id());
		this.projects.assign(cdc, closed.id(), new TaskCommand(spec.county(), Assignee.AGENCY, Long.parseLong(v.get("agency")),
				today.plusDays(60)));
		this.projects.close(cdc, closed.id(), "年度监测结束");
		v.put("cdc.closedProject", SideBuilder.id(closed.id()));
		v.put("cdc.project", SideBuilder.id(project.id()));
		v.put("cdc.publicDraw", SideBuilder.id(project.id()));
		v.put("cdc.task", SideBuilder.id(task.id()));
		v.put("cdc.sampled", SideBuilder.id(sampled.id()));
		v.put("cdc.survey", SideBuilder.id(survey.id()));
	}

	static Set<String> keys() {
		return Set.of("cdc.project", "cdc.task", "cdc.sampled", "cdc.survey", "cdc.closedProject", "cdc.publicDraw");
	}

}
