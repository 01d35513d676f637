package org.ohsonline.agency;

/**
 * Where an engagement stands: recorded by the organisation as a proposal, then accepted or declined
 * by the employer (or a supervisor of its region). Only an accepted engagement lets the organisation
 * see the employer's sites, posts and hazards and work for it.
 */
public enum EngagementStatus {

	PROPOSED, ACCEPTED, DECLINED

}
