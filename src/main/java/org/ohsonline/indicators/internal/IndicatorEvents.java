package org.ohsonline.indicators.internal;

import org.ohsonline.declaration.DeclarationAccepted;
import org.ohsonline.declaration.DeclarationOverdue;
import org.ohsonline.diagnosis.CaseClockMet;
import org.ohsonline.diagnosis.ReferralApplied;
import org.ohsonline.diagnosis.ReferralOpened;
import org.ohsonline.enforcement.CaseStepRecorded;
import org.ohsonline.enforcement.InspectionRecorded;
import org.ohsonline.monitoring.DeviceBackOnline;
import org.ohsonline.monitoring.DeviceOffline;
import org.ohsonline.monitoring.DeviceRegistered;
import org.ohsonline.monitoring.DeviceRetired;
import org.ohsonline.projects.ProjectRegistered;
import org.ohsonline.projects.ProjectStageCompleted;
import org.ohsonline.radiation.DosesRecorded;
import org.ohsonline.radiation.RadiationWorkerEnded;
import org.ohsonline.radiation.RadiationWorkerMarked;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.risk.RectificationDeadlineMoved;
import org.ohsonline.risk.RectificationOverdue;
import org.ohsonline.risk.RectificationReleased;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.registry.EmployerSeveritiesRecomputed;
import org.ohsonline.registry.EmployerStatusChanged;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.PlacementWithoutExam;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingOverdue;
import org.ohsonline.training.CertificateIssued;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current from the other modules' events: each event queues its employer's recompute for the
 * {@link IndicatorRecomputation} worker (a repeated or reordered event gives the same rows, since the rows are
 * recomputed from the facades' state, not incremented). Queueing is one insert, done synchronously in the publisher's
 * transaction ({@code @EventListener}): the employer is queued if and only if the change commits, with no event
 * publication and no listener transactions of its own (decision 0039). Events that touch every employer (a new
 * directory edition, a new definitions version) queue all, and an institution's clock met recomputes its rows, in
 * listeners of their own. Clocks that pass without an event (an exam falling due) are caught by the daily run
 * ({@link IndicatorJobs}).
 */
@Component
class IndicatorEvents {

	private final ReadModel readModel;

	private final IndicatorRecomputation recomputation;

	IndicatorEvents(ReadModel readModel, IndicatorRecomputation recomputation) {
		this.readModel = readModel;
		this.recomputation = recomputation;
	}

	@EventListener
	void on(EmployerRegistered event) {
		this.recomputation.queue(event.employerId(), "EmployerRegistered");
	}

	/** Called only for what an employer's facts hold: name, region, class and hazard factors ({@link EmployerFacts}). */
	@EventListener(condition = "#event.changedAny('hazards', 'name', 'address', 'industryCode', 'severity')")
	void on(EmployerChanged event) {
		this.recomputation.queue(event.employerId(), "EmployerChanged");
	}

	@EventListener
	void on(EmployerStatusChanged event) {
		this.recomputation.queue(event.employerId(), "EmployerStatusChanged " + event.to());
	}

	@EventListener
	void on(WorkerHired event) {
		this.recomputation.queue(event.employerId(), "WorkerHired");
	}

	@EventListener
	void on(WorkerLeft event) {
		this.recomputation.queue(event.employerId(), "WorkerLeft");
	}

	@EventListener
	void on(WorkerPostsChanged event) {
		this.recomputation.queue(event.employerId(), "WorkerPostsChanged");
	}

	@EventListener
	void on(DeclarationAccepted event) {
		this.recomputation.queue(event.employerId(), "DeclarationAccepted " + event.number());
	}

	@EventListener
	void on(DeclarationOverdue event) {
		this.recomputation.queue(event.employerId(), "DeclarationOverdue");
	}

	@EventListener
	void on(TestingJobReviewed event) {
		this.recomputation.queue(event.employerId(), "TestingJobReviewed " + event.jobId());
	}

	@EventListener
	void on(TestingOverdue event) {
		this.recomputation.queue(event.employerId(), "TestingOverdue " + event.kind());
	}

	/** The exam's dues met and the next ones listed (after ExamConcluded's own listener in surveillance). */
	@EventListener
	void on(org.ohsonline.surveillance.ExamDuesUpdated event) {
		this.recomputation.queue(event.employerId(), "ExamDuesUpdated " + event.examId());
	}

	@EventListener
	void on(ExamConcluded event) {
		this.recomputation.queue(event.employerId(), "ExamConcluded " + event.number());
	}

	/** The pre-placement exam the surveillance module listed due after a hire: it may land after the hire's recompute. */
	@EventListener
	void on(PlacementWithoutExam event) {
		this.recomputation.queue(event.employerId(), "PlacementWithoutExam");
	}

	@EventListener
	void on(CertificateIssued event) {
		if (event.employerId() != null) {
			this.recomputation.queue(event.employerId(), "CertificateIssued " + event.certificateId());
		}
	}

	@EventListener
	void on(ProjectRegistered event) {
		this.recomputation.queue(event.employerId(), "ProjectRegistered " + event.projectId());
	}

	@EventListener
	void on(ProjectStageCompleted event) {
		this.recomputation.queue(event.employerId(), "ProjectStageCompleted " + event.projectId() + " " + event.stage());
	}

	@EventListener
	void on(RectificationOverdue event) {
		this.recomputation.queue(event.employerId(), "RectificationOverdue " + event.itemId());
	}

	@EventListener
	void on(RectificationReleased event) {
		this.recomputation.queue(event.employerId(), "RectificationReleased " + event.itemId());
	}

	@EventListener
	void on(RectificationDeadlineMoved event) {
		this.recomputation.queue(event.employerId(), "RectificationDeadlineMoved " + event.itemId());
	}

	@EventListener
	void on(DeviceRegistered event) {
		this.recomputation.queue(event.employerId(), "DeviceRegistered " + event.deviceCode());
	}

	@EventListener
	void on(DeviceRetired event) {
		this.recomputation.queue(event.employerId(), "DeviceRetired " + event.deviceCode());
	}

	@EventListener
	void on(DeviceOffline event) {
		this.recomputation.queue(event.employerId(), "DeviceOffline " + event.deviceCode());
	}

	@EventListener
	void on(DeviceBackOnline event) {
		this.recomputation.queue(event.employerId(), "DeviceBackOnline " + event.deviceCode());
	}

	@EventListener
	void on(CaseStepRecorded event) {
		this.recomputation.queue(event.employerId(), "CaseStepRecorded " + event.caseId() + " " + event.step());
	}

	@EventListener
	void on(InspectionRecorded event) {
		this.recomputation.queue(event.employerId(), "InspectionRecorded " + event.inspectionId());
	}

	@EventListener
	void on(DosesRecorded event) {
		this.recomputation.queue(event.employerId(), "DosesRecorded " + event.channel());
	}

	@EventListener
	void on(RadiationWorkerMarked event) {
		this.recomputation.queue(event.employerId(), "RadiationWorkerMarked " + event.radiationWorkerId());
	}

	@EventListener
	void on(RadiationWorkerEnded event) {
		this.recomputation.queue(event.employerId(), "RadiationWorkerEnded " + event.radiationWorkerId());
	}

	/** A suspected disease referred for diagnosis: the employer's suspected findings of the year. */
	@EventListener
	void on(ReferralOpened event) {
		this.recomputation.queue(event.employerId(), "ReferralOpened " + event.referralId());
	}

	/** Someone applied for diagnosis on a referral: the employer's follow-up of its suspected findings. */
	@EventListener
	void on(ReferralApplied event) {
		this.recomputation.queue(event.employerId(), "ReferralApplied " + event.referralId());
	}

	/** A diagnosis institution met a duty clock: its rows (in its own region), not the employer's. */
	@ApplicationModuleListener
	void on(CaseClockMet event) {
		this.readModel.recomputeInstitutions(event.institutionId());
	}

	/** Every employer is queued for the worker: a province's recompute is not one listener's hour-long call. */
	@ApplicationModuleListener
	void on(EmployerSeveritiesRecomputed event) {
		if (event.changed() > 0) {
			this.recomputation.queueAll("EmployerSeveritiesRecomputed " + event.catalogEdition());
		}
	}

	@ApplicationModuleListener(condition = "#event.catalogCode() == '" + DefinitionCatalog.CATALOG + "'")
	void on(CatalogVersionActivated event) {
		this.recomputation.queueAll("catalog " + event.edition());
	}

}
