package org.ohsonline.surveillance.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.RecordSection;
import org.ohsonline.surveillance.ExamSchedules;
import org.ohsonline.surveillance.ExamView;
import org.ohsonline.surveillance.Exams;
import org.ohsonline.surveillance.internal.ExamPermissions;

import org.springframework.stereotype.Component;

/**
 * The worker record's health-surveillance card (一人一档): every exam of the worker in the actor's
 * scope, across all employers, latest first, with the conclusion and recommendation per hazard and
 * the report; the exams due; and the hearing thresholds over the years (one audiogram line per exam
 * date, per ear). A worker who logs in sees only their own exams: the scope of {@link Exams} is the
 * worker themself.
 */
@Component
class ExamWorkerSection implements RecordSection {

	/** The frequencies of the pure-tone air-conduction audiogram the exams record (Hz). */
	static final List<Integer> FREQUENCIES = List.of(500, 1000, 2000, 3000, 4000, 6000);

	private final Exams exams;

	private final ExamSchedules schedules;

	private final JsonMapper json;

	ExamWorkerSection(Exams exams, ExamSchedules schedules, JsonMapper json) {
		this.exams = exams;
		this.schedules = schedules;
		this.json = json;
	}

	@Override
	public Subject subject() {
		return Subject.WORKER;
	}

	@Override
	public String key() {
		return "surveillance";
	}

	@Override
	public String labelKey() {
		return "surveillance.record.title";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public boolean visibleTo(Actor actor) {
		return actor.can(ExamPermissions.READ);
	}

	@Override
	public String template() {
		return "surveillance/worker-section";
	}

	@Override
	public Map<String, Object> model(Actor actor, long workerId) {
		List<ExamView> exams = this.exams.ofWorker(actor, workerId);
		List<ExamView> latestFirst = new ArrayList<>(exams);
		java.util.Collections.reverse(latestFirst);
		List<ExamView> audiograms = exams.stream().filter(e -> !e.audiogram().isEmpty()).toList();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("surveillanceExams", latestFirst);
		model.put("surveillanceDue", this.schedules.ofWorker(actor, workerId));
		model.put("surveillanceAudiograms", audiograms);
		model.put("surveillanceFrequencies", FREQUENCIES);
		model.put("surveillanceHearing", audiograms.isEmpty() ? "" : this.json.writeValueAsString(hearing(audiograms)));
		return model;
	}

	/**
	 * What the chart script draws: the frequencies, and per ear one series per exam date with the
	 * threshold at each frequency ({@code null} where not measured).
	 */
	static Map<String, Object> hearing(List<ExamView> audiograms) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("frequencies", FREQUENCIES);
		for (String ear : List.of("L", "R")) {
			List<Map<String, Object>> series = new ArrayList<>();
			for (ExamView exam : audiograms) {
				List<Integer> values = new ArrayList<>();
				for (int f : FREQUENCIES) {
					values.add(exam.threshold(ear, f));
				}
				if (values.stream().anyMatch(java.util.Objects::nonNull)) {
					Map<String, Object> line = new LinkedHashMap<>();
					line.put("date", exam.examinedOn().toString());
					line.put("values", values);
					series.add(line);
				}
			}
			data.put(ear, series);
		}
		return data;
	}

}
