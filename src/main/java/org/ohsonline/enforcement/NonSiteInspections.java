package org.ohsonline.enforcement;

import org.ohsonline.shared.Actor;

/**
 * Non-site inspection (非现场检查, "无事不扰"): an employer drawn whose every hazard factor is measured by online
 * monitoring may be inspected from the monitoring evidence instead of a visit. The coverage is read through the
 * register's and the monitoring module's facades with the caller's own actor. A supervisor of the plan
 * ({@code enforcement:plan:write}) marks a line of a drawn plan before its inspection starts; the inspection of a
 * marked line is started as a non-site one, its answers proposed from the evidence. Refused with the reason; audited.
 */
public interface NonSiteInspections {

	/** The drawn line in the caller's scope. */
	DrawLine line(Actor actor, long planId, int seq);

	/** What online monitoring covers of the line's employer now. */
	MonitoringCoverage coverage(Actor actor, long planId, int seq);

	/** Marks the line for non-site inspection; refused unless the coverage is complete and no inspection started. */
	DrawLine mark(Actor actor, long planId, int seq);

	/** Back to an on-site inspection, while no inspection started. */
	DrawLine unmark(Actor actor, long planId, int seq);

}
