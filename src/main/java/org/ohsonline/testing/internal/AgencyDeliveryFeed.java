package org.ohsonline.testing.internal;

import org.ohsonline.agency.ServiceDeliveries;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.testing.TestingJobReviewed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the agency module that a job was delivered (reviewed, its report issued): the employer may rate it and
 * the agency's on-time indicator counts it. The agency module cannot listen itself (testing depends on it).
 */
@Component
class AgencyDeliveryFeed {

	/** The whole country: the platform's own reading of the job it just reviewed. */
	private static final ScopeFilter EVERYWHERE = new ScopeFilter("", null, null, null, null, null);

	private final JobStore jobs;

	private final ServiceDeliveries deliveries;

	AgencyDeliveryFeed(JobStore jobs, ServiceDeliveries deliveries) {
		this.jobs = jobs;
		this.deliveries = deliveries;
	}

	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		this.jobs.find(EVERYWHERE, event.jobId())
			.ifPresent(job -> this.deliveries.jobDelivered(new ServiceDeliveries.JobDelivery(job.id(), job.number(),
					job.agencyId(), job.employerId(), job.samplingTo(), event.reviewedOn(), job.synthetic())));
	}

}
