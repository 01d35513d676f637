package org.ohsonline.testing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.testing.MeasuredExposures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the exposure judgements and job grades of reviewed jobs; of several grades of one factor at
 * a post (a dust's total and respirable limits) the highest counts. A daily noise level that only
 * feeds a weekly L_EX,W does not stand for the post; the weekly level does.
 */
@Service
class MeasuredExposureService implements MeasuredExposures {

	private final JdbcClient jdbc;

	MeasuredExposureService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostVerdict> latestVerdicts(long employerId) {
		return latestVerdictsOf(List.of(employerId)).getOrDefault(employerId, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<PostVerdict>> latestVerdictsOf(Collection<Long> employerIds) {
		Map<Long, List<PostVerdict>> byEmployer = new HashMap<>();
		if (employerIds.isEmpty()) {
			return byEmployer;
		}
		this.jdbc.sql("""
				with judged as (
				    select j.employer_id, e.post_id, e.factor_code, j.id as job_id, j.number, j.reviewed_on, j.reviewed_at,
				           bool_and(e.verdict is distinct from 'NON_COMPLIANT') as compliant,
				           max(e.value) as value, max(e.limit_value) as limit_value, max(e.unit) as unit
				    from testing.job j
				    join testing.exposure_judgement e on e.job_id = j.id
				    where j.employer_id = any(cast(:employers as bigint[])) and j.status = 'REVIEWED'
				      and e.verdict is not null and not e.part_of_week
				    group by j.employer_id, e.post_id, e.factor_code, j.id, j.number, j.reviewed_on, j.reviewed_at)
				select distinct on (employer_id, post_id, factor_code) *
				from judged
				order by employer_id, post_id, factor_code, reviewed_at desc, job_id desc""")
			.param("employers", employerIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong("employer_id"),
					new PostVerdict(rs.getLong("post_id"), rs.getString("factor_code"), rs.getLong("job_id"),
							rs.getString("number"), rs.getObject("reviewed_on", LocalDate.class), rs.getBoolean("compliant"),
							rs.getBigDecimal("value"), rs.getBigDecimal("limit_value"), rs.getString("unit"))))
			.list()
			.forEach(e -> byEmployer.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return byEmployer;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PostExposure> latest(long employerId, long postId, String factorCode) {
		return this.jdbc.sql("""
				with latest as (
				    select j.id, j.number, j.reviewed_on
				    from testing.job j
				    where j.employer_id = :employer and j.status = 'REVIEWED'
				      and exists (select 1 from testing.exposure_judgement e
				                  where e.job_id = j.id and e.post_id = :post and e.factor_code = :factor
				                    and e.value is not null and not e.part_of_week)
				    order by j.reviewed_at desc, j.id desc
				    limit 1)
				select l.number, l.reviewed_on, e.rule, e.value, e.unit,
				       (select g.grade from testing.job_grade g
				        where g.job_id = l.id and g.post_id = :post and g.factor_code = :factor and g.status = 'GRADED'
				        order by array_position(array['ZERO', 'I', 'II', 'III', 'IV'], g.grade) desc
				        limit 1) as grade
				from latest l
				join testing.exposure_judgement e on e.job_id = l.id
				where e.post_id = :post and e.factor_code = :factor and e.value is not null and not e.part_of_week
				order by e.value desc
				limit 1""")
			.param("employer", employerId)
			.param("post", postId)
			.param("factor", factorCode)
			.query((rs, n) -> new PostExposure(rs.getString("number"),
					rs.getObject("reviewed_on", LocalDate.class), rs.getString("rule"), rs.getBigDecimal("value"),
					rs.getString("unit"), rs.getString("grade")))
			.optional();
	}

}
