package org.ohsonline.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.agency.JobType;
import org.ohsonline.reference.JobGrade;
import org.ohsonline.reference.LabourIntensity;
import org.ohsonline.reference.ToxicityClass;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

/**
 * A testing job with everything a page or a report shows: employer, agency, scope, methods,
 * participants, the sampling plan with its grading inputs, every result with its stored judgement,
 * the judged exposures (noise at irregular-week posts as L_EX,W), each post's verdict and the job
 * grades (GBZ/T 229) per post and factor.
 */
public record JobView(long id, String number, JobType jobType, long employerId, String employerName,
		String creditCode, String regionCode, long agencyId, String agencyCreditCode, String agencyName,
		JobStatus status, LocalDate contractedOn, LocalDate surveyOn, LocalDate samplingFrom, LocalDate samplingTo,
		String scope, String methods, boolean hotOutdoor, String createdBy, Instant submittedAt, String submittedBy,
		Instant reviewedAt, LocalDate reviewedOn, String reviewedBy, String returnReason, boolean synthetic,
		Instant createdAt, Instant updatedAt, List<ParticipantView> participants, List<PlanRowView> plan,
		List<MixtureView> mixtures, List<ResultView> results, List<ExposureView> exposures, List<PostView> posts,
		List<GradeView> grades) {

	public JobView {
		grades = List.copyOf(grades);
		participants = List.copyOf(participants);
		plan = List.copyOf(plan);
		mixtures = List.copyOf(mixtures);
		results = List.copyOf(results);
		exposures = List.copyOf(exposures);
		posts = List.copyOf(posts);
	}

	public record ParticipantView(JobStep step, long staffId, String staffName) {
	}

	/**
	 * A plan row with its grading inputs ({@code null} where the factor's kind needs none).
	 * @param irregularWeek noise at the post is judged as L_EX,W over the sampled days
	 */
	public record PlanRowView(long id, long postId, String postName, String workshopName, String pointName,
			String factorCode, String factorName, String limitCode, SamplingMode mode, int plannedSamples,
			ToxicityClass toxicityClass, BigDecimal silicaPercent, LabourIntensity labourIntensity,
			boolean irregularWeek) {
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
	 * @param partOfWeek a day's L_EX,8h at a post with an irregular week: it feeds the weekly exposure
	 * and decides nothing itself
	 * @param weekDays for a weekly exposure (L_EX,W), the days it combines; else empty
	 */
	@Schema(name = "JobExposureView")
	public record ExposureView(long id, long postId, String factorCode, String limitCode, String kind, LocalDate day,
			String subject, JudgementView decisive, List<CheckView> checks, List<Rule> notAssessed,
			boolean limitVerified, String problemCode, List<String> problemArguments, boolean partOfWeek,
			List<LocalDate> weekDays) {

		public ExposureView {
			checks = List.copyOf(checks);
			notAssessed = List.copyOf(notAssessed);
			problemArguments = List.copyOf(problemArguments);
			weekDays = List.copyOf(weekDays);
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

	/** How a grade came out: graded, or why not. */
	public enum GradeStatus {

		GRADED, TABLE_NOT_LOADED, INPUT_MISSING, PROBLEM

	}

	/**
	 * The job grade (GBZ/T 229) of a factor at a post, with its inputs, weights and the table that
	 * graded, so that a page prints the formula filled in (G = W_D × W_B × W_L = 4 × 2 × 1 = 8 → Ⅱ级).
	 * @param kind CHEMICAL, DUST, NOISE or HEAT
	 * @param grade {@code null} unless graded, or when heat is beyond the table
	 * @param index G (chemicals, dusts), the level (noise: L_EX,8h or L_EX,W) or the WBGT (heat)
	 * @param hazardWeight W_D or W_M
	 * @param exposureRatio B = C/OEL
	 * @param exposureWeight W_B
	 * @param labourWeight W_L
	 * @param rule the rule whose value graded (C_TWA, C_STE, C_ME, L_EX,8h, L_EX,W, WBGT)
	 * @param day the day of the exposure that graded (the last day for L_EX,W)
	 * @param timeShare for heat, the exposure time share in per cent
	 * @param problemCode for INPUT_MISSING and PROBLEM, the message code
	 */
	public record GradeView(long postId, String factorCode, String limitCode, String kind, GradeStatus status,
			JobGrade grade, String gradeName, BigDecimal index, BigDecimal hazardWeight, BigDecimal exposureRatio,
			BigDecimal exposureWeight, BigDecimal labourWeight, boolean beyondTable, Rule rule, BigDecimal value,
			BigDecimal limit, String unit, LocalDate day, String subject, ToxicityClass toxicityClass,
			BigDecimal silicaPercent, LabourIntensity labourIntensity, Integer timeShare, String tableCatalog,
			String tableEdition, String tableSource, boolean tableVerified, String problemCode,
			List<String> problemArguments) {

		public GradeView {
			problemArguments = problemArguments == null ? List.of() : List.copyOf(problemArguments);
		}

		/** The message of the filled-in formula: {@code testing.grade.formula.<kind>} or the status's. */
		public String formulaKey() {
			return switch (this.status) {
				case GRADED -> "testing.grade.formula." + this.kind;
				case PROBLEM -> this.problemCode;
				default -> "testing.grade.status." + this.status;
			};
		}

		/** The arguments of {@link #formulaKey()}, numbers to at most 3 significant figures. */
		public List<Object> formulaArguments() {
			if (this.status != GradeStatus.GRADED) {
				return this.status == GradeStatus.TABLE_NOT_LOADED ? List.of(this.tableCatalog)
						: List.copyOf(this.problemArguments);
			}
			return switch (this.kind) {
				case "CHEMICAL", "DUST" -> List.of(show(this.hazardWeight), show(this.exposureWeight),
						show(this.labourWeight), show(this.index));
				case "NOISE" -> List.of(this.rule.quantity(), show(this.index));
				default -> List.of(show(this.index), this.labourIntensity == null ? "" : this.labourIntensity.numeral(),
						this.timeShare == null ? "" : this.timeShare);
			};
		}

		/** The message that names the inputs: B, the class or band, the labour intensity. */
		public String detailKey() {
			return "testing.grade.detail." + this.kind;
		}

		public List<Object> detailArguments() {
			return List.of(this.rule == null ? "" : this.rule.quantity(), show(this.value),
					this.rule == null ? "" : this.rule.limit(), show(this.limit), this.unit == null ? "" : this.unit,
					show(this.exposureRatio), this.toxicityClass == null ? "" : this.toxicityClass.chinese(),
					show(this.silicaPercent), this.labourIntensity == null ? "" : this.labourIntensity.numeral());
		}

		/** A number as a formula prints it: at most 3 significant figures, no trailing zeros. */
		public static String show(BigDecimal value) {
			if (value == null) {
				return "—";
			}
			BigDecimal rounded = value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
					? value.setScale(0, java.math.RoundingMode.HALF_UP)
					: value.round(new java.math.MathContext(3, java.math.RoundingMode.HALF_UP));
			return rounded.stripTrailingZeros().toPlainString();
		}

	}

}
