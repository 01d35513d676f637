package org.ohsonline.cdcmonitoring.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.cdcmonitoring.MonitoringSurveys;
import org.ohsonline.cdcmonitoring.TaskFilter;
import org.ohsonline.cdcmonitoring.TaskView;
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
 * Monitoring tasks on the home pages: CDC staff see the open tasks of their counties, those past their day first;
 * an agency or exam institution the tasks assigned to it — counted as the task list counts them.
 */
@Configuration(proxyBeanMethods = false)
class CdcMonitoringHomeCards {

	private final MonitoringSurveys surveys;

	CdcMonitoringHomeCards(MonitoringSurveys surveys) {
		this.surveys = surveys;
	}

	@Bean
	HomeCard monitoringCdcCard() {
		return HomeCard.of("cdc-monitoring-tasks", "cdcmonitoring.home.cdc", 76, "cdcmonitoring:qc:write",
				Set.of(Scope.Kind.REGION), this::view);
	}

	@Bean
	HomeCard monitoringAgencyCard() {
		return HomeCard.of("cdc-monitoring-own-tasks", "cdcmonitoring.home.agency", 76, "cdcmonitoring:survey:write",
				Set.of(Scope.Kind.AGENCY, Scope.Kind.INSTITUTION), this::view);
	}

	private View view(Actor actor) {
		MonitoringSurveys.TaskCounts counts = this.surveys.counts(actor);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		List<Line> lines = new ArrayList<>();
		lines.add(Line.count("cdc-monitoring-overdue", "cdcmonitoring.home.overdue", counts.overdue(),
				"/cdc/monitoring-tasks?open=true", counts.overdue() > 0 ? Urgency.OVERDUE : Urgency.INFO));
		lines.add(Line.count("cdc-monitoring-open", "cdcmonitoring.home.open", counts.open(), "/cdc/monitoring-tasks?open=true",
				counts.open() > 0 ? Urgency.TO_DO : Urgency.INFO));
		for (TaskView t : this.surveys.tasks(actor, new TaskFilter(null, null, true), PageQuery.of(1, 3)).items()) {
			lines.add(Line.item("cdc-monitoring-task-" + t.id(), t.overdue(today) ? Urgency.OVERDUE : Urgency.TO_DO,
					"cdcmonitoring.home.task", "/cdc/monitoring-tasks/" + t.id(), Label.text(t.projectName()), Label.region(t.countyCode()),
					Label.text(t.surveyed() + "/" + t.sampled()), Label.text(t.dueOn().toString())));
		}
		return View.of(lines.toArray(Line[]::new));
	}

}
