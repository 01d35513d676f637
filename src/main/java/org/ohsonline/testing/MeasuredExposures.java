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
	 * @param rule the rule that judged the value (e.g. {@code NOISE_DAILY}, {@code NOISE_WEEKLY}, {@code TWA})
	 * @param grade the job grade ({@code ZERO}, {@code I} … {@code IV}), {@code null} when not graded
	 */
	record PostExposure(String jobNumber, LocalDate reviewedOn, String rule, BigDecimal value, String unit,
			String grade) {
	}

}
