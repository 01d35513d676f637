package org.ohsonline.projects;

import java.util.Optional;

import org.ohsonline.agency.JobType;

/**
 * The 三同时 stages of a construction project in their statutory order (Law Arts. 17–18): 预评价 at the feasibility
 * study, the protective-facility design with the main design, construction together with the main works, the
 * control-effect evaluation before completion acceptance, and the acceptance itself. A stage is completed only
 * after the one before it; the two evaluations are reports of a qualified service agency.
 */
public enum Stage {

	/** 职业病危害预评价 */
	PRE_EVALUATION(JobType.PRE_EVALUATION),

	/** 职业病防护设施设计专篇 */
	DESIGN(null),

	/** 施工（防护设施与主体工程同时施工） */
	CONSTRUCTION(null),

	/** 职业病危害控制效果评价 */
	CONTROL_EFFECT(JobType.CONTROL_EFFECT_EVALUATION),

	/** 职业病防护设施竣工验收 */
	COMPLETION(null);

	private final JobType agencyJob;

	Stage(JobType agencyJob) {
		this.agencyJob = agencyJob;
	}

	public static Stage first() {
		return PRE_EVALUATION;
	}

	/** The stage after this one; empty after completion acceptance. */
	public Optional<Stage> next() {
		return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
	}

	/** The job a service agency must be qualified for to issue this stage's report; empty where none is needed. */
	public Optional<JobType> agencyJob() {
		return Optional.ofNullable(this.agencyJob);
	}

	/** Whether completing this stage needs the report of a qualified service agency. */
	public boolean needsAgencyReport() {
		return this.agencyJob != null;
	}

	/**
	 * Whether a project whose next stage to complete is {@code current} ({@code null}: all done) may complete this
	 * one: only the current stage, never one ahead of it nor one again.
	 */
	public boolean completableWhen(Stage current) {
		return current == this;
	}

}
