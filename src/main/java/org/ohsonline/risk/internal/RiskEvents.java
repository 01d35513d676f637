package org.ohsonline.risk.internal;

import org.ohsonline.declaration.DeclarationAccepted;
import org.ohsonline.declaration.DeclarationOverdue;
import org.ohsonline.diagnosis.DiseaseDiagnosed;
import org.ohsonline.monitoring.AlertConfirmedAsViolation;
import org.ohsonline.promotion.HealthyEnterpriseListed;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerRegistered;
import org.ohsonline.registry.EmployerStatusChanged;
import org.ohsonline.registry.WorkerHired;
import org.ohsonline.registry.WorkerLeft;
import org.ohsonline.registry.WorkerPostsChanged;
import org.ohsonline.surveillance.ContraindicationFound;
import org.ohsonline.surveillance.ExamConcluded;
import org.ohsonline.surveillance.ExamDuesUpdated;
import org.ohsonline.surveillance.SuspectedDiseaseFound;
import org.ohsonline.testing.ExposureNonCompliant;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingOverdue;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps portraits current without a nightly batch: each event of another module queues, in its publisher's own
 * transaction, a refresh of the group of facts it concerns for its employer, which {@link PortraitRefreshing} does and
 * reassesses at once (an employer not seen before gets every group). A new edition of the classification rules
 * reclassifies everyone, in a listener of its own.
 */
@Component
class RiskEvents {

	private final PortraitRefreshing refreshing;

	private final FullReclassification full;

	RiskEvents(PortraitRefreshing refreshing, FullReclassification full) {
		this.refreshing = refreshing;
		this.full = full;
	}

	@EventListener
	void on(EmployerRegistered event) {
		this.refreshing.queue(event.employerId(), PortraitRefreshing.ALL, "EmployerRegistered");
	}

	/** Called for what a portrait holds or is timed by: not for a new legal representative or a site alone. */
	@EventListener(condition = "#event.changedAny('hazards', 'name', 'address', 'industryCode', 'severity', "
			+ "'productionStartedOn')")
	void on(EmployerChanged event) {
		// A post with hazard factors added changes the exposure; any other field only the employer's own part.
		refresh(event.employerId(), event.hazardsAdded() ? FactCollector.REGISTRY : PortraitService.PROFILE,
				"EmployerChanged " + event.fields());
	}

	@EventListener
	void on(EmployerStatusChanged event) {
		refresh(event.employerId(), PortraitService.PROFILE, "EmployerStatusChanged " + event.to());
	}

	@EventListener
	void on(WorkerHired event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerHired");
	}

	@EventListener
	void on(WorkerLeft event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerLeft");
	}

	@EventListener
	void on(WorkerPostsChanged event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerPostsChanged");
	}

	@EventListener
	void on(DeclarationAccepted event) {
		refresh(event.employerId(), FactCollector.DECLARATION, "DeclarationAccepted " + event.number());
	}

	@EventListener
	void on(DeclarationOverdue event) {
		refresh(event.employerId(), FactCollector.DECLARATION, "DeclarationOverdue " + event.reason());
	}

	@EventListener
	void on(TestingJobReviewed event) {
		refresh(event.employerId(), FactCollector.TESTING, "TestingJobReviewed " + event.jobId());
	}

	@EventListener
	void on(ExposureNonCompliant event) {
		refresh(event.employerId(), FactCollector.TESTING, "ExposureNonCompliant " + event.factorCode());
	}

	@EventListener
	void on(TestingOverdue event) {
		refresh(event.employerId(), FactCollector.TESTING, "TestingOverdue " + event.kind());
	}

	@EventListener
	void on(ExamConcluded event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ExamConcluded " + event.number());
	}

	/** The exam's dues met and the next ones listed: the exam coverage the portrait shows moves now. */
	@EventListener
	void on(ExamDuesUpdated event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ExamDuesUpdated " + event.examId());
	}

	@EventListener
	void on(SuspectedDiseaseFound event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "SuspectedDiseaseFound");
	}

	@EventListener
	void on(ContraindicationFound event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ContraindicationFound");
	}

	@EventListener
	void on(DiseaseDiagnosed event) {
		refresh(event.employerId(), FactCollector.DIAGNOSIS, "DiseaseDiagnosed");
	}

	@EventListener
	void on(AlertConfirmedAsViolation event) {
		refresh(event.employerId(), FactCollector.MONITORING, "AlertConfirmedAsViolation " + event.alertId());
	}

	@EventListener
	void on(HealthyEnterpriseListed event) {
		refresh(event.employerId(), PortraitService.RISK, "HealthyEnterpriseListed " + event.year());
	}

	@ApplicationModuleListener
	void on(CatalogVersionActivated event) {
		if (RiskRules.CATALOG.equals(event.catalogCode())) {
			this.full.reclassifyAll("catalog " + event.edition());
		}
	}

	private void refresh(long employerId, String group, String detail) {
		this.refreshing.queue(employerId, group, detail);
	}

}
