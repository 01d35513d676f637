package org.ohsonline.agency.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.RatingIndicator;
import org.ohsonline.agency.internal.RatingCalculator.Measure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gathers the indicators of one organisation on a day from the module's own tables: the register (status,
 * qualification, staff, declared capacity) and what the testing and surveillance modules told it (deliveries)
 * and the employers' evaluations, over the window of the rule (WINDOW_MONTHS back from the day).
 */
@Repository
class RatingFacts {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	RatingFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<RatingIndicator, Measure> measure(AgencyStore.Row agency, RatingRules rules, LocalDate day) {
		Map<RatingIndicator, Measure> measures = new EnumMap<>(RatingIndicator.class);
		boolean valid = agency.status() == AgencyStatus.ACTIVE && !day.isBefore(agency.validFrom())
				&& !day.isAfter(agency.validTo());
		measures.put(RatingIndicator.QUALIFICATION, new Measure(valid ? HUNDRED : BigDecimal.ZERO, 1, valid ? 1 : 0));
		measures.put(RatingIndicator.STAFF, staff(agency.id()));
		LocalDate from = day.minusMonths(rules.parameter("WINDOW_MONTHS", 12));
		measures.put(RatingIndicator.ON_TIME, onTime(agency.id(), from, day, rules.parameter("REPORT_DAYS", 20),
				rules.parameter("MIN_JOBS", 1)));
		measures.put(RatingIndicator.CLIENT, client(agency.id(), from, day, rules.parameter("MIN_EVALUATIONS", 1)));
		measures.put(RatingIndicator.CAPACITY, capacity(agency.id(), from, day));
		measures.put(RatingIndicator.QUALITY, quality(agency.id(), from, day, rules.parameter("MIN_REVIEWS", 1)));
		measures.put(RatingIndicator.RECOMPUTATION, recomputation(agency.id(), from, day));
		boolean delivered = delivered(agency.id(), from, day);
		measures.put(RatingIndicator.COMPLAINTS, deduction(count(COMPLAINTS, agency.id(), from, day),
				rules.parameter("COMPLAINT_POINTS", 20), delivered));
		measures.put(RatingIndicator.PENALTIES, deduction(count(PENALTIES, agency.id(), from, day),
				rules.parameter("PENALTY_POINTS", 50), delivered));
		return measures;
	}

	private static final String COMPLAINTS = """
			select count(*) from agency.complaint where agency_id = :id and received_on > :from and received_on <= :day""";

	private static final String PENALTIES = """
			select count(*) from agency.penalty where agency_id = :id and decided_on > :from and decided_on <= :day""";

	/**
	 * Sampled report quality: the mean rubric score of the reviews of the window (one decimal, half up); favourable:
	 * a score of 60 or more. No data below MIN_REVIEWS reviews.
	 */
	private Measure quality(long agencyId, LocalDate from, LocalDate day, int minimum) {
		List<BigDecimal> scores = this.jdbc.sql("""
				select score from agency.quality_sample
				where agency_id = :id and status = 'REVIEWED'
				  and cast(reviewed_at at time zone 'Asia/Shanghai' as date) > :from
				  and cast(reviewed_at at time zone 'Asia/Shanghai' as date) <= :day""")
			.param("id", agencyId)
			.param("from", from)
			.param("day", day)
			.query(BigDecimal.class)
			.list();
		if (scores.isEmpty() || scores.size() < minimum) {
			return Measure.none(scores.size());
		}
		BigDecimal mean = scores.stream()
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
		long favourable = scores.stream().filter(v -> v.compareTo(BigDecimal.valueOf(60)) >= 0).count();
		return new Measure(mean, scores.size(), favourable);
	}

	/** Recomputation agreement: the share of the window's recomputed sampled reports the platform confirms. */
	private Measure recomputation(long agencyId, LocalDate from, LocalDate day) {
		long[] counts = this.jdbc.sql("""
				select count(*) as total, count(*) filter (where s.recomputation = 'AGREES') as agrees
				from agency.quality_sample s join agency.quality_draw d on d.id = s.draw_id
				where s.agency_id = :id and s.recomputation in ('AGREES', 'DISAGREES')
				  and cast(d.drawn_at at time zone 'Asia/Shanghai' as date) > :from
				  and cast(d.drawn_at at time zone 'Asia/Shanghai' as date) <= :day""")
			.param("id", agencyId)
			.param("from", from)
			.param("day", day)
			.query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("agrees") })
			.single();
		return counts[0] == 0 ? Measure.none(0) : Measure.share(counts[1], counts[0]);
	}

	private boolean delivered(long agencyId, LocalDate from, LocalDate day) {
		return this.jdbc.sql("""
				select exists (select 1 from agency.delivery where agency_id = :id and delivered_on > :from
				  and delivered_on <= :day)""")
			.param("id", agencyId)
			.param("from", from)
			.param("day", day)
			.query(Boolean.class)
			.single();
	}

	private long count(String sql, long agencyId, LocalDate from, LocalDate day) {
		return this.jdbc.sql(sql).param("id", agencyId).param("from", from).param("day", day).query(Long.class).single();
	}

	/**
	 * Complaints and penalties: 100 less the points per record of the window, not below 0. Without deliveries and
	 * records in the window there is nothing to judge by: no data (so that the register alone never rates).
	 */
	static Measure deduction(long records, int points, boolean delivered) {
		if (records == 0 && !delivered) {
			return Measure.none(0);
		}
		long value = Math.max(0, 100 - records * points);
		return new Measure(BigDecimal.valueOf(value), records, 0);
	}

	private Measure staff(long agencyId) {
		long[] counts = this.jdbc.sql("""
				select count(*) as total,
				       count(*) filter (where coalesce(trim(certificate_number), '') <> '') as certified
				from agency.staff where agency_id = :id and status = 'ACTIVE'""")
			.param("id", agencyId)
			.query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("certified") })
			.single();
		return counts[0] == 0 ? Measure.none(0) : Measure.share(counts[1], counts[0]);
	}

	/** Jobs with a sampling period: on time when reviewed at most REPORT_DAYS after the last sampling day. */
	private Measure onTime(long agencyId, LocalDate from, LocalDate day, int reportDays, int minimum) {
		long[] counts = this.jdbc.sql("""
				select count(*) as total,
				       count(*) filter (where delivered_on <= work_ended_on + cast(:days as int)) as on_time
				from agency.delivery
				where agency_id = :id and kind = 'TESTING_JOB' and work_ended_on is not null
				  and delivered_on > :from and delivered_on <= :day""")
			.param("id", agencyId)
			.param("days", reportDays)
			.param("from", from)
			.param("day", day)
			.query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("on_time") })
			.single();
		return counts[0] == 0 || counts[0] < minimum ? Measure.none(counts[0]) : Measure.share(counts[1], counts[0]);
	}

	/** The mean of each evaluation's three marks, (mean − 1) / 4 × 100; favourable: a mean of 4 or more. */
	private Measure client(long agencyId, LocalDate from, LocalDate day, int minimum) {
		List<BigDecimal> means = this.jdbc.sql("""
				select (timeliness + professionalism + price_transparency) as marks
				from agency.evaluation
				where agency_id = :id
				  and cast(rated_at at time zone 'Asia/Shanghai' as date) > :from
				  and cast(rated_at at time zone 'Asia/Shanghai' as date) <= :day""")
			.param("id", agencyId)
			.param("from", from)
			.param("day", day)
			.query((rs, n) -> BigDecimal.valueOf(rs.getInt("marks")))
			.list();
		if (means.isEmpty() || means.size() < minimum) {
			return Measure.none(means.size());
		}
		BigDecimal sum = means.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		// mean of the marks = sum / (3 n); value = (mean - 1) / 4 * 100 = (sum - 3n) * 100 / (12 n)
		long n = means.size();
		BigDecimal value = sum.subtract(BigDecimal.valueOf(3 * n))
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(12 * n), 1, RoundingMode.HALF_UP);
		long favourable = means.stream().filter(m -> m.compareTo(BigDecimal.valueOf(12)) >= 0).count();
		return new Measure(value, n, favourable);
	}

	/** Exam days of the window on which the exams stayed within the declared daily capacity (all exam types). */
	private Measure capacity(long agencyId, LocalDate from, LocalDate day) {
		Long declared = this.jdbc.sql("select sum(daily_capacity) from agency.exam_capacity where agency_id = :id")
			.param("id", agencyId)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (declared == null || declared == 0) {
			return Measure.none(0);
		}
		List<Long> perDay = this.jdbc.sql("""
				select sum(exams) from agency.delivery
				where agency_id = :id and kind = 'EXAM_BATCH' and delivered_on > :from and delivered_on <= :day
				group by delivered_on""")
			.param("id", agencyId)
			.param("from", from)
			.param("day", day)
			.query(Long.class)
			.list();
		if (perDay.isEmpty()) {
			return Measure.none(0);
		}
		return Measure.share(perDay.stream().filter(exams -> exams <= declared).count(), perDay.size());
	}

}
