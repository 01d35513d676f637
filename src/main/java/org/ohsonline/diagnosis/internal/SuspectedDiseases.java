package org.ohsonline.diagnosis.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.diagnosis.ReferralOpened;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Masking;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;
import org.ohsonline.surveillance.SuspectedDiseaseFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens a diagnosis referral for each suspected occupational disease an exam finds (职业病防治法
 * Art. 55: the employer arranges the diagnosis), once per exam and hazard however often the event
 * is delivered, and tells the employer and the region's supervisors.
 */
@Component
class SuspectedDiseases {

	private final ReferralStore referrals;

	private final Workers workers;

	private final Employers employers;

	private final HazardFactors hazards;

	private final PiiCipher cipher;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SuspectedDiseases(ReferralStore referrals, Workers workers, Employers employers, HazardFactors hazards,
			PiiCipher cipher, AuditTrail audit, Inbox inbox, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.referrals = referrals;
		this.workers = workers;
		this.employers = employers;
		this.hazards = hazards;
		this.cipher = cipher;
		this.audit = audit;
		this.inbox = inbox;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(SuspectedDiseaseFound event) {
		refer(event);
	}

	/** The referral's id when this delivery opened it; {@code 0} when it existed already. */
	long refer(SuspectedDiseaseFound event) {
		Actor system = Actor.system("diagnosis-referral");
		WorkerView worker = this.workers.find(system, event.workerId());
		EmployerView employer = this.employers.find(system, event.employerId());
		String hazardName = this.hazards.findFactor(event.hazardCode()).map(HazardFactor::name).orElse(event.hazardCode());
		Instant now = Instant.now(this.clock);
		return this.referrals
			.insertIfAbsent(event, hazardName, this.cipher.encrypt(worker.name()), worker.idNumberMasked(),
					employer.name(), employer.creditCode(), now)
			.map(id -> {
				this.audit.record(system, "diagnosis.referral.opened",
						AuditTarget.of("diagnosis-referral", id, event.regionCode()), null,
						Map.of("examId", event.examId(), "hazard", event.hazardCode(), "workerId", event.workerId(),
								"worker", Masking.other(worker.name()), "employerId", event.employerId()));
				List<String> arguments = List.of(Masking.other(worker.name()), hazardName, employer.name());
				String link = "/diagnosis/referrals";
				this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
						DiagnosisPermissions.READ, "diagnosis.notice.referral", arguments, link, "diagnosis:referral:" + id));
				this.inbox.deliver(new Notice(Scope.region(event.regionCode()), DiagnosisPermissions.READ,
						"diagnosis.notice.referral", arguments, link, "diagnosis:referral:" + id));
				this.events.publishEvent(new ReferralOpened(id, event.employerId(), event.regionCode(), event.examinedOn()));
				return id;
			})
			.orElse(0L);
	}

}
