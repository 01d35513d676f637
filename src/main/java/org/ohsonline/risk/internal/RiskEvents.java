package org.ohsonline.risk.internal;

import java.util.Set;

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
import org.ohsonline.surveillance.SuspectedDiseaseFound;
import org.ohsonline.testing.ExposureNonCompliant;
import org.ohsonline.testing.TestingJobReviewed;
import org.ohsonline.testing.TestingOverdue;

import org.springframework.stereotype.Component;

/**
 * Keeps portraits current without a nightly batch: each event of another module refreshes the group of
 * facts it concerns for its employer and reassesses it (an employer not seen before gets every group).
 * A new edition of the classification rules reclassifies everyone.
 */
@Component
class RiskEvents {

	private final PortraitService portraits;

	private final FullReclassification full;

	RiskEvents(PortraitService portraits, FullReclassification full) {
		this.portraits = portraits;
		this.full = full;
	}

	@RiskListener
	void on(EmployerRegistered event) {
		this.portraits.refresh(event.employerId(), Set.copyOf(FactCollector.GROUPS), "NEW_EMPLOYER",
				"EmployerRegistered", true);
	}

	/** Called for what a portrait holds or is timed by: not for a new legal representative or a site alone. */
	@RiskListener(condition = "#event.changedAny('hazards', 'name', 'address', 'industryCode', 'severity', "
			+ "'productionStartedOn')")
	void on(EmployerChanged event) {
		// A post with hazard factors added changes the exposure; any other field only the employer's own part.
		refresh(event.employerId(), event.hazardsAdded() ? FactCollector.REGISTRY : PortraitService.PROFILE,
				"EmployerChanged " + event.fields());
	}

	@RiskListener
	void on(EmployerStatusChanged event) {
		refresh(event.employerId(), PortraitService.PROFILE, "EmployerStatusChanged " + event.to());
	}

	@RiskListener
	void on(WorkerHired event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerHired");
	}

	@RiskListener
	void on(WorkerLeft event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerLeft");
	}

	@RiskListener
	void on(WorkerPostsChanged event) {
		refresh(event.employerId(), FactCollector.REGISTRY, "WorkerPostsChanged");
	}

	@RiskListener
	void on(DeclarationAccepted event) {
		refresh(event.employerId(), FactCollector.DECLARATION, "DeclarationAccepted " + event.number());
	}

	@RiskListener
	void on(DeclarationOverdue event) {
		refresh(event.employerId(), FactCollector.DECLARATION, "DeclarationOverdue " + event.reason());
	}

	@RiskListener
	void on(TestingJobReviewed event) {
		refresh(event.employerId(), FactCollector.TESTING, "TestingJobReviewed " + event.jobId());
	}

	@RiskListener
	void on(ExposureNonCompliant event) {
		refresh(event.employerId(), FactCollector.TESTING, "ExposureNonCompliant " + event.factorCode());
	}

	@RiskListener
	void on(TestingOverdue event) {
		refresh(event.employerId(), FactCollector.TESTING, "TestingOverdue " + event.kind());
	}

	@RiskListener
	void on(ExamConcluded event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ExamConcluded " + event.number());
	}

	/** The exam's dues met and the next ones listed: the exam coverage the portrait shows moves now. */
	@RiskListener
	void on(org.ohsonline.surveillance.ExamDuesUpdated event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ExamDuesUpdated " + event.examId());
	}

	@RiskListener
	void on(SuspectedDiseaseFound event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "SuspectedDiseaseFound");
	}

	@RiskListener
	void on(ContraindicationFound event) {
		refresh(event.employerId(), FactCollector.SURVEILLANCE, "ContraindicationFound");
	}

	@RiskListener
	void on(DiseaseDiagnosed event) {
		refresh(event.employerId(), FactCollector.DIAGNOSIS, "DiseaseDiagnosed");
	}

	@RiskListener
	void on(AlertConfirmedAsViolation event) {
		refresh(event.employerId(), FactCollector.MONITORING, "AlertConfirmedAsViolation " + event.alertId());
	}

	@RiskListener
	void on(HealthyEnterpriseListed event) {
		refresh(event.employerId(), PortraitService.RISK, "HealthyEnterpriseListed " + event.year());
	}

	@RiskListener
	void on(CatalogVersionActivated event) {
		if (RiskRules.CATALOG.equals(event.catalogCode())) {
			this.full.reclassifyAll("catalog " + event.edition());
		}
	}

	private void refresh(long employerId, String group, String detail) {
		this.portraits.refresh(employerId, Set.of(group), "EVENT", detail, false);
	}

}
