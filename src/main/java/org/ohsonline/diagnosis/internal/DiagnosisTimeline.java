package org.ohsonline.diagnosis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.TimelineEntry;
import org.ohsonline.shared.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * The worker's record (一人一档) and the employer's case (一企一案) show each step of the diagnosis
 * cases in the actor's scope: application, materials complete, diagnosis, certificate, appraisals.
 */
@Component
class DiagnosisTimeline implements TimelineSource {

	private final CaseStore store;

	private final Scopes scopes;

	DiagnosisTimeline(CaseStore store, Scopes scopes) {
		this.store = store;
		this.scopes = scopes;
	}

	@Override
	public List<TimelineEntry> employerTimeline(Actor actor, long employerId) {
		if (!actor.can(DiagnosisPermissions.READ)) {
			return List.of();
		}
		return entries(this.store.ofEmployer(this.scopes.of(actor), employerId));
	}

	@Override
	public List<TimelineEntry> workerTimeline(Actor actor, long workerId) {
		if (!actor.can(DiagnosisPermissions.READ)) {
			return List.of();
		}
		return entries(this.store.ofWorker(this.scopes.of(actor), workerId));
	}

	private List<TimelineEntry> entries(List<CaseStore.Row> rows) {
		List<TimelineEntry> entries = new ArrayList<>();
		for (CaseStore.Row row : rows) {
			String link = "/diagnosis/cases/" + row.id();
			for (CaseView.HistoryEntry step : this.store.history(row.id())) {
				if (step.action().startsWith("MATERIAL_")) {
					continue;
				}
				entries.add(new TimelineEntry(step.at(), "diagnosis",
						"diagnosis.timeline." + step.action().toLowerCase(Locale.ROOT),
						List.of(row.number(), note(step), step.actorName()), link));
			}
		}
		return entries;
	}

	/** The note as the timeline shows it: a code (who applied) as its label, resolved in the reader's language. */
	private static String note(CaseView.HistoryEntry step) {
		if (step.noteKey() != null) {
			return "#{" + step.noteKey() + "}";
		}
		return step.note() == null ? "" : step.note();
	}

}
