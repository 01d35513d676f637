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
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.PlacementWithoutExam;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingOverdue;
import org.ohsonline.training.CertificateIssued;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the read model current from the other modules' events: each event queues its employer's recompute for the
 * {@link IndicatorRecomputation} worker (a repeated or reordered event gives the same rows, since the rows are
 * recomputed from the facades' state, not incremented). Events that touch every employer (a new directory edition, a
 * new definitions version) rebuild all. Clocks that pass without an event (an exam falling due) are caught by the
 * daily run ({@link IndicatorJobs}).
 */
@Component
class IndicatorEvents {

	private final ReadModel readModel;

	private final Employers employers;

	private final IndicatorRecomputation recomputation;

	IndicatorEvents(ReadModel readModel, IndicatorRecomputation recomputation, Employers employers) {
		this.readModel = readModel;
		this.recomputation = recomputation;
		this.employers = employers;
	}

	@ApplicationModuleListener
	void on(EmployerRegistered event) {
		this.recomputation.queue(event.employerId(), "EmployerRegistered");
	}

	@ApplicationModuleListener
	void on(EmployerChanged event) {
		this.recomputation.queue(event.employerId(), "EmployerChanged");
	}

	@ApplicationModuleListener
	void on(EmployerStatusChanged event) {
		this.recomputation.queue(event.employerId(), "EmployerStatusChanged " + event.to());
	}

	@ApplicationModuleListener
	void on(WorkerHired event) {
		this.recomputation.queue(event.employerId(), "WorkerHired");
	}

	@ApplicationModuleListener
	void on(WorkerLeft event) {
		this.recomputation.queue(event.employerId(), "WorkerLeft");
	}

	@ApplicationModuleListener
	void on(WorkerPostsChanged event) {
		this.recomputation.queue(event.employerId(), "WorkerPostsChanged");
	}

	@ApplicationModuleListener
	void on(DeclarationAccepted event) {
		this.recomputation.queue(event.employerId(), "DeclarationAccepted " + event.number());
	}

	@ApplicationModuleListener
	void on(DeclarationOverdue event) {
		this.recomputation.queue(event.employerId(), "DeclarationOverdue");
	}

	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		this.recomputation.queue(event.employerId(), "TestingJobReviewed " + event.jobId());
	}

	@ApplicationModuleListener
	void on(TestingOverdue event) {
		this.recomputation.queue(event.employerId(), "TestingOverdue " + event.kind());
	}

	/** The exam's dues met and the next ones listed (after ExamConcluded's own listener in surveillance). */
	@ApplicationModuleListener
	void on(org.ohsonline.surveillance.ExamDuesUpdated event) {
		this.recomputation.queue(event.employerId(), "ExamDuesUpdated " + event.examId());
	}

	@ApplicationModuleListener
	void on(ExamConcluded event) {
		this.recomputation.queue(event.employerId(), "ExamConcluded " + event.number());
	}

	/** The pre-placement exam the surveillance module listed due after a hire: it may land after the hire's recompute. */
	@ApplicationModuleListener
	void on(PlacementWithoutExam event) {
		this.recomputation.queue(event.employerId(), "PlacementWithoutExam");
	}

	@ApplicationModuleListener
	void on(CertificateIssued event) {
		if (event.employerCreditCode() != null) {
			this.employers.byCreditCode(event.employerCreditCode())
				.ifPresent(e -> this.recomputation.queue(e.id(), "CertificateIssued " + event.certificateId()));
		}
	}

	@ApplicationModuleListener
	void on(ProjectRegistered event) {
		this.recomputation.queue(event.employerId(), "ProjectRegistered " + event.projectId());
	}

	@ApplicationModuleListener
	void on(ProjectStageCompleted event) {
		this.recomputation.queue(event.employerId(), "ProjectStageCompleted " + event.projectId() + " " + event.stage());
	}

	@ApplicationModuleListener
	void on(RectificationOverdue event) {
		this.recomputation.queue(event.employerId(), "RectificationOverdue " + event.itemId());
	}

	@ApplicationModuleListener
	void on(RectificationReleased event) {
		this.recomputation.queue(event.employerId(), "RectificationReleased " + event.itemId());
	}

	@ApplicationModuleListener
	void on(RectificationDeadlineMoved event) {
		this.recomputation.queue(event.employerId(), "RectificationDeadlineMoved " + event.itemId());
	}

	@ApplicationModuleListener
	void on(DeviceRegistered event) {
		this.recomputation.queue(event.employerId(), "DeviceRegistered " + event.deviceCode());
	}

	@ApplicationModuleListener
	void on(DeviceRetired event) {
		this.recomputation.queue(event.employerId(), "DeviceRetired " + event.deviceCode());
	}

	@ApplicationModuleListener
	void on(DeviceOffline event) {
		this.recomputation.queue(event.employerId(), "DeviceOffline " + event.deviceCode());
	}

	@ApplicationModuleListener
	void on(DeviceBackOnline event) {
		this.recomputation.queue(event.employerId(), "DeviceBackOnline " + event.deviceCode());
	}

	@ApplicationModuleListener
	void on(CaseStepRecorded event) {
		this.recomputation.queue(event.employerId(), "CaseStepRecorded " + event.caseId() + " " + event.step());
	}

	@ApplicationModuleListener
	void on(InspectionRecorded event) {
		this.recomputation.queue(event.employerId(), "InspectionRecorded " + event.inspectionId());
	}

	@ApplicationModuleListener
	void on(DosesRecorded event) {
		this.recomputation.queue(event.employerId(), "DosesRecorded " + event.channel());
	}

	@ApplicationModuleListener
	void on(RadiationWorkerMarked event) {
		this.recomputation.queue(event.employerId(), "RadiationWorkerMarked " + event.radiationWorkerId());
	}

	@ApplicationModuleListener
	void on(RadiationWorkerEnded event) {
		this.recomputation.queue(event.employerId(), "RadiationWorkerEnded " + event.radiationWorkerId());
	}

	/** A suspected disease referred for diagnosis: the employer's suspected findings of the year. */
	@ApplicationModuleListener
	void on(ReferralOpened event) {
		this.recomputation.queue(event.employerId(), "ReferralOpened " + event.referralId());
	}

	/** Someone applied for diagnosis on a referral: the employer's follow-up of its suspected findings. */
	@ApplicationModuleListener
	void on(ReferralApplied event) {
		this.recomputation.queue(event.employerId(), "ReferralApplied " + event.referralId());
	}

	/** A diagnosis institution met a duty clock: its rows (in its own region), not the employer's. */
	@ApplicationModuleListener
	void on(CaseClockMet event) {
		this.readModel.recomputeInstitutions(event.institutionId());
	}

	@ApplicationModuleListener
	void on(EmployerSeveritiesRecomputed event) {
		if (event.changed() > 0) {
			this.readModel.rebuild("EmployerSeveritiesRecomputed " + event.catalogEdition());
		}
	}

	@ApplicationModuleListener
	void on(CatalogVersionActivated event) {
		if (DefinitionCatalog.CATALOG.equals(event.catalogCode())) {
			this.readModel.rebuild("catalog " + event.edition());
		}
	}

}
