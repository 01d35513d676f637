package org.ohsonline.testing;

import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Reports of reviewed jobs (检测报告/评价报告): issued in Chinese as PDF when the agency's review
 * accepts the job, immutable once issued (the SHA-256 is kept and a public page verifies the QR
 * code), corrected only by issuing the next edition with a reason. Whoever may see the job may see
 * and download its reports.
 */
public interface TestingReports {

	/** Every edition of the job's report, newest first; empty before the job is reviewed. */
	List<ReportView> ofJob(Actor actor, long jobId);

	/** The PDF of one edition, as issued. */
	byte[] pdf(Actor actor, long reportId);

	/**
	 * Issues the next edition of a reviewed job's report from the job as it now stands, replacing
	 * the current one; needs {@code testing:job:review} in the job's agency and a reason.
	 */
	ReportView reissue(Actor actor, long jobId, String reason);

}
