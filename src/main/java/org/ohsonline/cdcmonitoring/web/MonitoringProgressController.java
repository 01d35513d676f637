package org.ohsonline.cdcmonitoring.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.ohsonline.cdcmonitoring.MonitoringProjects;
import org.ohsonline.cdcmonitoring.ProjectView;
import org.ohsonline.cdcmonitoring.Progress;
import org.ohsonline.cdcmonitoring.QcCheckView;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.SpreadsheetExport;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A project's progress by county against its targets — a chart drawn from the table beside it — and its summary
 * tables in one workbook: the progress, the sample with the state of each survey, and the quality control.
 */
@Controller
@PreAuthorize("hasAuthority('cdcmonitoring:project:read')")
class MonitoringProgressController {

	private final MonitoringProjects projects;

	private final Divisions divisions;

	private final MessageSource messages;

	MonitoringProgressController(MonitoringProjects projects, Divisions divisions, MessageSource messages) {
		this.projects = projects;
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/cdc/monitoring-projects/{id}/progress")
	String progress(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("progress", this.projects.progress(actor, id));
		return "cdcmonitoring/progress";
	}

	@GetMapping("/cdc/monitoring-projects/{id}/progress/export.xlsx")
	void export(Actor actor, @PathVariable long id, Locale locale, HttpServletResponse response) {
		Progress progress = this.projects.progress(actor, id);
		ProjectView project = this.projects.find(actor, id);
		SpreadsheetExport sheet = SpreadsheetExport.attachment(response, "monitoring-project-" + id + "-summary.xlsx",
				word("cdcmonitoring.progress.title", locale),
				List.of(word("cdcmonitoring.county", locale), word("cdcmonitoring.target.employers", locale),
						word("cdcmonitoring.progress.sampled", locale), word("cdcmonitoring.progress.surveyed", locale),
						word("cdcmonitoring.progress.employerRate", locale), word("cdcmonitoring.target.workers", locale),
						word("cdcmonitoring.progress.workers", locale), word("cdcmonitoring.progress.workerRate", locale),
						word("cdcmonitoring.target.hazards", locale), word("cdcmonitoring.progress.hazards", locale),
						word("cdcmonitoring.progress.hazardRate", locale), word("cdcmonitoring.progress.exceeding", locale),
						word("cdcmonitoring.progress.exceedingRate", locale), word("cdcmonitoring.progress.qcPicked", locale),
						word("cdcmonitoring.progress.qcChecked", locale), word("cdcmonitoring.progress.qcOpen", locale)));
		for (Progress.Row r : progress.rows()) {
			row(sheet, this.divisions.fullName(r.countyCode()), r);
		}
		row(sheet, word("cdcmonitoring.progress.total", locale), progress.total());
		// The sample and the quality control follow as further tables of the same sheet, each under its own title.
		sheet.row();
		sheet.row(word("cdcmonitoring.sample.title", locale));
		sheet.row(word("cdcmonitoring.sample.seq", locale), word("cdcmonitoring.county", locale),
				word("cdcmonitoring.employer", locale), word("cdcmonitoring.creditCode", locale),
				word("cdcmonitoring.sample.surveyed", locale), word("cdcmonitoring.sample.qcPicked", locale));
		project.sample().forEach(s -> sheet.row(s.seq(), this.divisions.fullName(s.countyCode()), s.employerName(),
				s.creditCode(), word(s.surveyId() != null ? "cdcmonitoring.yes" : "cdcmonitoring.no", locale),
				word(s.qcPicked() ? "cdcmonitoring.yes" : "cdcmonitoring.no", locale)));
		sheet.row();
		sheet.row(word("cdcmonitoring.qc.title", locale));
		sheet.row(word("cdcmonitoring.employer", locale), word("cdcmonitoring.qc.status", locale),
				word("cdcmonitoring.qc.differences", locale), word("cdcmonitoring.qc.decision", locale),
				word("cdcmonitoring.qc.note", locale), word("cdcmonitoring.qc.resolvedBy", locale));
		for (QcCheckView c : project.checks()) {
			sheet.row(c.employerName(), word("cdcmonitoring.qc.status." + c.status(), locale),
					String.join("；", c.differences().stream().map(d -> d.name() + " " + d.surveyed() + " → " + d.rechecked()).toList()),
					c.decision() == null ? "" : word("cdcmonitoring.qc.decision." + c.decision(), locale),
					c.resolution() == null ? "" : c.resolution(), c.resolvedBy() == null ? "" : c.resolvedBy());
		}
		sheet.finish();
	}

	private static void row(SpreadsheetExport sheet, String name, Progress.Row r) {
		sheet.row(name, r.targetEmployers(), r.sampled(), r.surveyed(), r.employerRate(), r.targetWorkers(), r.workers(),
				r.workerRate(), r.targetHazards(), r.hazards(), r.hazardRate(), r.exceeding(), r.exceedingRate(), r.qcPicked(), r.qcChecked(),
				r.qcOpen());
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
