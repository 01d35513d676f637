package org.ohsonline.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ohsonline.agency.JobType;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

/**
 * A testing job with everything a page or a report shows: employer, agency, scope, methods,
 * participants, the sampling plan, every result with its stored judgement, the judged exposures
 * and each post's verdict.
 */
public record JobView(long id, String number, JobType jobType, long employerId, String employerName,
		String creditCode, String regionCode, long agencyId, String agencyCreditCode, String agencyName,
		JobStatus status, LocalDate contractedOn, LocalDate surveyOn, LocalDate samplingFrom, LocalDate samplingTo,
		String scope, String methods, boolean hotOutdoor, String createdBy, Instant submittedAt, String submittedBy,
		Instant reviewedAt, LocalDate reviewedOn, String reviewedBy, String returnReason, boolean synthetic,
		Instant createdAt, Instant updatedAt, List<ParticipantView> participants, List<PlanRowView> plan,
		List<MixtureView> mixtures, List<ResultView> results, List<ExposureView> exposures, List<PostView> posts) {

	public JobView {
		participants = List.copyOf(participants);
		plan = List.copyOf(plan);
		mixtures = List.copyOf(mixtures);
		results = List.copyOf(results);
		exposures = List.copyOf(exposures);
		posts = List.copyOf(posts);
	}

	public record ParticipantView(JobStep step, long staffId, String staffName) {
	}

	public record PlanRowView(long id, long postId, String postName, String workshopName, String pointName,
			String factorCode, String factorName, String limitCode, SamplingMode mode, int plannedSamples) {
	}

	public record MixtureView(long id, long postId, List<String> factorCodes) {

		public MixtureView {
			factorCodes = List.copyOf(factorCodes);
		}

	}

	/**
	 * A result as stored, with its judgement.
	 * @param durationMinutes the exposure time it stands for
	 * @param shiftSegment whether it enters the day's time-weighted exposure (C_TWA, L_EX,8h, WBGT)
	 * @param judgement its judgement; {@code null} only while it could not be judged (see
	 * {@link ExposureView#problemCode()})
	 */
	public record ResultView(long id, String sampleNumber, long postId, String postName, String pointName,
			String subject, String factorCode, String factorName, String limitCode, String method, SamplingMode mode,
			LocalDateTime start, LocalDateTime end, BigDecimal durationMinutes, boolean shiftSegment, BigDecimal value,
			String unit, BigDecimal limitOfDetection, boolean nonDetect, LabourIntensity labourIntensity,
			String createdBy, Instant createdAt, JudgementView judgement) {
	}

	/**
	 * A stored judgement: the verdict and the rule that decided it (the first failing rule, else the
	 * rule closest to its limit), with the value found and the limit it was held to.
	 */
	public record JudgementView(Verdict verdict, Rule rule, BigDecimal value, BigDecimal limit, String unit,
			String clause) {
	}

	/** One rule applied to an exposure. */
	public record CheckView(Rule rule, BigDecimal value, BigDecimal limit, String unit, Verdict verdict) {
	}

	/**
	 * One judged exposure: a factor (a mixture, noise, heat) at a post on a day for a subject.
	 * @param kind CHEMICAL, DUST, NOISE, HEAT or MIXTURE
	 * @param decisive the verdict and deciding rule; {@code null} when it could not be judged
	 * @param checks every rule applied
	 * @param notAssessed rules the limit calls for that the samples could not serve
	 * @param problemCode why it could not be judged (a message code), else {@code null}
	 */
	public record ExposureView(long id, long postId, String factorCode, String limitCode, String kind, LocalDate day,
			String subject, JudgementView decisive, List<CheckView> checks, List<Rule> notAssessed,
			boolean limitVerified, String problemCode, List<String> problemArguments) {

		public ExposureView {
			checks = List.copyOf(checks);
			notAssessed = List.copyOf(notAssessed);
			problemArguments = List.copyOf(problemArguments);
		}

	}

	/** A post's verdict and what decided a 不符合. */
	public record PostView(long postId, String postName, Verdict verdict, List<FailureView> failures) {

		public PostView {
			failures = List.copyOf(failures);
		}

	}

	public record FailureView(String factorCode, Rule rule, BigDecimal value, BigDecimal limit, String unit) {
	}

}
