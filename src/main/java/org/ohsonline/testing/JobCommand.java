package org.ohsonline.testing;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.JobType;

/**
 * A testing job to create or revise. The agency is the actor's own; the employer must engage it for
 * the job type (supervisory testing: an employer of the agency's province) and the agency must be
 * qualified for the job type and for the category of every factor planned.
 *
 * @param employerId the employer (register id)
 * @param jobType the job type
 * @param contractedOn when the employer commissioned the job (optional)
 * @param surveyOn the day of the on-site survey (optional)
 * @param samplingFrom the first sampling day
 * @param samplingTo the last sampling day
 * @param scope what the job covers (workshops, processes, factors), as the report states it
 * @param methods the sampling and analysis standards applied (e.g. GBZ 159-2004, GBZ/T 300)
 * @param hotOutdoor whether the local summer outdoor ventilation design temperature is at least 30 °C
 * (the WBGT limits rise by 1 °C, GBZ 2.2-2007 10.2.2)
 * @param participants who did which step (agency staff holding the step's role)
 * @param plan the sampling plan per post and point
 * @param mixtures factors at a post that act on the same organ, judged together as Σ Cᵢ/OELᵢ
 */
public record JobCommand(Long employerId, JobType jobType, LocalDate contractedOn, LocalDate surveyOn,
		LocalDate samplingFrom, LocalDate samplingTo, String scope, String methods, Boolean hotOutdoor,
		List<Participant> participants, List<PlanRow> plan, List<Mixture> mixtures) {

	public JobCommand {
		participants = participants == null ? List.of() : List.copyOf(participants);
		plan = plan == null ? List.of() : List.copyOf(plan);
		mixtures = mixtures == null ? List.of() : List.copyOf(mixtures);
	}

	/** A staff member of the agency named for a step. */
	public record Participant(JobStep step, Long staffId) {
	}

	/**
	 * A row of the sampling plan.
	 * @param postId the post (register id) of the job's employer
	 * @param pointName the sampling point (for personal sampling: the sampled worker's task)
	 * @param factorCode the hazard factor (catalogue code)
	 * @param limitCode the OEL row when the factor has several (dust fractions, silica bands), e.g.
	 * {@code 1038-R-10}; {@code null} otherwise
	 * @param mode personal or area sampling
	 * @param plannedSamples how many samples are planned
	 * @param toxicityClass for a chemical, its hazard class per GBZ 230 ({@code MILD}, {@code MODERATE},
	 * {@code HIGH}, {@code EXTREME}: 轻度/中度/高度/极度危害), which selects W_D of job grading; entered by
	 * the agency because the hazard-factor catalogue holds no class; required for chemicals
	 * @param silicaPercent for a dust, its free-silica (游离SiO₂) content in per cent, which selects W_M;
	 * required for dusts
	 * @param labourIntensity for a chemical or a dust, the post's labour intensity class ({@code I} to
	 * {@code IV}, GBZ 2.2-2007 表13), which selects W_L; required for chemicals and dusts
	 * @param irregularWeek for noise, whether the working week at the post is irregular: its noise is
	 * then judged as L_EX,W over the sampled days instead of L_EX,8h per day
	 */
	public record PlanRow(Long postId, String pointName, String factorCode, String limitCode, SamplingMode mode,
			Integer plannedSamples, String toxicityClass, java.math.BigDecimal silicaPercent, String labourIntensity,
			Boolean irregularWeek) {

		/** A row without grading inputs (noise on a regular week, heat). */
		public PlanRow(Long postId, String pointName, String factorCode, String limitCode, SamplingMode mode,
				Integer plannedSamples) {
			this(postId, pointName, factorCode, limitCode, mode, plannedSamples, null, null, null, null);
		}

	}

	/** Factors at one post (at least two) judged together as agents with the same effect. */
	public record Mixture(Long postId, List<String> factorCodes) {

		public Mixture {
			factorCodes = factorCodes == null ? List.of() : List.copyOf(factorCodes);
		}

	}

}
