package org.ohsonline.registry.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.TimelineEntry;
import org.ohsonline.shared.TimelineSource;

import org.springframework.stereotype.Component;

/**
 * The timelines of 一企一案 and 一人一档, from every module that contributes (later modules add
 * declarations, tests, exams… by implementing {@link TimelineSource}; this page needs no change).
 */
@Component
class Timelines {

	private final List<TimelineSource> sources;

	Timelines(List<TimelineSource> sources) {
		this.sources = sources;
	}

	List<TimelineEntry> employer(Actor actor, long employerId) {
		List<TimelineEntry> entries = new ArrayList<>();
		this.sources.forEach(source -> entries.addAll(source.employerTimeline(actor, employerId)));
		return newestFirst(entries);
	}

	List<TimelineEntry> worker(Actor actor, long workerId) {
		List<TimelineEntry> entries = new ArrayList<>();
		this.sources.forEach(source -> entries.addAll(source.workerTimeline(actor, workerId)));
		return newestFirst(entries);
	}

	private static List<TimelineEntry> newestFirst(List<TimelineEntry> entries) {
		entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
		return entries;
	}

}
