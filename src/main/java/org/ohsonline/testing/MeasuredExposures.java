package org.ohsonline.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What workplace testing measured at a post, for modules that act on it (health surveillance picks
 * the exam interval of the exposure's grade). Only reviewed jobs count: their results are final.
 */
public interface MeasuredExposures {

	/**
	 * The exposure to a factor at a post by the employer's most recently reviewed job that judged it:
	 * the highest value the job judged there (for noise the daily L_EX,8h or the weekly L_EX,W, in
	 * dB(A)) and the job grade of GBZ/T 229 where the job graded it. Empty when no reviewed job measured it.
	 */
	Optional<PostExposure> latest(long employerId, long postId, String factorCode);

	/**
	 * The latest verdict per post and factor of the employer: for every post × factor that a reviewed
	 * job judged, the judgement of the most recently reviewed of those jobs — non-compliant when any of
	 * its judgements there failed. Ordered by post and factor; the risk portrait lists them.
	 */
	java.util.List<PostVerdict> latestVerdicts(long employerId);

	/**
	 * {@link #latestVerdicts(long)} of each of the employers, in one statement, by employer id; employers without a
	 * verdict are absent (the risk module's bulk build of a whole register).
	 */
	java.util.Map<Long, java.util.List<PostVerdict>> latestVerdictsOf(java.util.Collection<Long> employerIds);

	/**
	 * @param compliant whether every judgement of the job at the post for the factor complied
	 * @param value the highest judged value, {@code null} when none was numeric
	 * @param limit the limit of that value, if any
	 */
	record PostVerdict(long postId, String factorCode, long jobId, String jobNumber, LocalDate reviewedOn,
			boolean compliant, BigDecimal value, BigDecimal limit, String unit) {
	}

	/**
	 * @param rule the rule that judged the value (e.g. {@code NOISE_DAILY}, {@code NOISE_WEEKLY}, {@code TWA})
	 * @param grade the job grade ({@code ZERO}, {@code I} … {@code IV}), {@code null} when not graded
	 */
	record PostExposure(String jobNumber, LocalDate reviewedOn, String rule, BigDecimal value, String unit,
			String grade) {
	}

}
