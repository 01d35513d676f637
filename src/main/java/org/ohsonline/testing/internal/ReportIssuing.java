package org.ohsonline.testing.internal;

import org.ohsonline.testing.TestingJobReviewed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a job's report once its review is committed. The event is kept in the publication registry
 * until the report is issued, so a crash in between issues it on restart, never twice.
 */
@Component
class ReportIssuing {

	private final ReportService reports;

	ReportIssuing(ReportService reports) {
		this.reports = reports;
	}

	@ApplicationModuleListener
	void on(TestingJobReviewed event) {
		this.reports.issueFirst(event.jobId());
	}

}
