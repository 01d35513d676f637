package org.ohsonline.diagnosis.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.diagnosis.CaseView;
import org.ohsonline.diagnosis.Diagnoses;
import org.ohsonline.diagnosis.Rehabilitation;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.RecordSection;

import org.springframework.stereotype.Component;

/**
 * The worker record's diagnosis card (一人一档): every diagnosis case of the worker across employers,
 * latest first, with its status and the statutory clock that runs, the result (a disease of the
 * occupational disease catalogue, or none), appraisals and re-appraisals, the case page and the
 * issued certificate; and the worker's pneumoconiosis rehabilitation (station, under care since,
 * appointments to come, visits). Each part is read through the module's facades, so it shows what
 * the actor's scope allows: a worker only their own, an employer's manager the cases at its
 * employer, institution staff those at their institution, supervisors those in their region.
 */
@Component
class DiagnosisWorkerSection implements RecordSection {

	private final Diagnoses diagnoses;

	private final Rehabilitation rehabilitation;

	DiagnosisWorkerSection(Diagnoses diagnoses, Rehabilitation rehabilitation) {
		this.diagnoses = diagnoses;
		this.rehabilitation = rehabilitation;
	}

	@Override
	public Subject subject() {
		return Subject.WORKER;
	}

	@Override
	public String key() {
		return "diagnosis";
	}

	@Override
	public String labelKey() {
		return "diagnosis.record.title";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public boolean visibleTo(Actor actor) {
		return actor.can("diagnosis:case:read");
	}

	@Override
	public String template() {
		return "diagnosis/worker-section";
	}

	@Override
	public Map<String, Object> model(Actor actor, long workerId) {
		List<CaseView> cases = this.diagnoses.ofWorker(actor, workerId);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("diagnosisCases", cases);
		model.put("diagnosisRehab", this.rehabilitation.ofWorker(actor, workerId));
		return model;
	}

}
