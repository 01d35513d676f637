package org.ohsonline.surveillance.internal;

import org.ohsonline.agency.ServiceDeliveries;
import org.ohsonline.surveillance.ExamConcluded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agency module that an exam was delivered: it counts into the batch of its employer and day, which
 * the employer may rate and the institution's capacity indicator counts. The agency module cannot listen
 * itself (surveillance depends on it).
 */
@Component
class InstitutionDeliveryFeed {

	private final ServiceDeliveries deliveries;

	InstitutionDeliveryFeed(ServiceDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(ExamConcluded event) {
		this.deliveries.examDelivered(new ServiceDeliveries.ExamDelivery(event.examId(), event.institutionId(),
				event.employerId(), event.examinedOn()));
	}

}
