package org.ohsonline.agency;

import java.util.Optional;

/** What an employer engages an agency or institution for. */
public enum ServiceType {

	PERIODIC_TESTING(AgencyKind.SERVICE_AGENCY, JobType.PERIODIC_TESTING),
	PRE_EVALUATION(AgencyKind.SERVICE_AGENCY, JobType.PRE_EVALUATION),
	CONTROL_EFFECT_EVALUATION(AgencyKind.SERVICE_AGENCY, JobType.CONTROL_EFFECT_EVALUATION),
	STATUS_EVALUATION(AgencyKind.SERVICE_AGENCY, JobType.STATUS_EVALUATION),
	HEALTH_EXAMINATION(AgencyKind.EXAM_INSTITUTION, null),
	DIAGNOSIS(AgencyKind.DIAGNOSIS_INSTITUTION, null);

	private final AgencyKind kind;

	private final JobType jobType;

	ServiceType(AgencyKind kind, JobType jobType) {
		this.kind = kind;
		this.jobType = jobType;
	}

	/** The kind of organisation that provides the service. */
	public AgencyKind kind() {
		return this.kind;
	}

	/** The job type a service agency must be qualified for to provide it. */
	public Optional<JobType> jobType() {
		return Optional.ofNullable(this.jobType);
	}

}
