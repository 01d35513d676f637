package org.ohsonline.declaration.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.declaration.ClockState;
import org.ohsonline.declaration.ClockView;
import org.ohsonline.declaration.DeclarationView;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.TimelineEntry;
import org.ohsonline.shared.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * The employer's case (一企一案) shows each declaration's steps and, dated on their due day, the
 * declaration clocks still pending (so the nearest deadline is at the top of the timeline).
 */
@Component
class DeclarationTimeline implements TimelineSource {

	private final DeclarationStore store;

	private final ClockService clocks;

	DeclarationTimeline(DeclarationStore store, ClockService clocks) {
		this.store = store;
		this.clocks = clocks;
	}

	@Override
	public List<TimelineEntry> employerTimeline(Actor actor, long employerId) {
		if (!actor.can(DeclarationPermissions.READ)) {
			return List.of();
		}
		List<TimelineEntry> entries = new ArrayList<>();
		for (DeclarationStore.Row row : this.store.ofEmployer(ScopeFilter.of(actor), employerId)) {
			String link = "/declarations/" + row.id();
			for (DeclarationView.HistoryEntry step : this.store.history(row.id())) {
				entries.add(new TimelineEntry(step.at(), "declaration",
						"declaration.timeline." + step.action().toLowerCase(Locale.ROOT),
						List.of(row.number(), step.actorName()), link));
			}
		}
		for (ClockView clock : this.clocks.pending(actor, employerId)) {
			Instant due = clock.dueOn().atStartOfDay(ClockService.ZONE).toInstant();
			String key = clock.state() == ClockState.ANSWERED ? "declaration.timeline.clockAnswered"
					: clock.deadline().overdue() ? "declaration.timeline.clockOverdue" : "declaration.timeline.clockDue";
			long days = clock.deadline().overdue() ? clock.deadline().daysOverdue() : clock.deadline().daysLeft();
			entries.add(new TimelineEntry(due, "declaration", key,
					List.of(clock.reasonName(), clock.dueOn().toString(), String.valueOf(days)),
					"/declarations/clocks?employerId=" + employerId));
		}
		return entries;
	}

	@Override
	public List<TimelineEntry> workerTimeline(Actor actor, long workerId) {
		return List.of();
	}

}
