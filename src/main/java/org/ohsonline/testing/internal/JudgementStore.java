package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.testing.JobView;
import org.ohsonline.testing.judgement.Check;
import org.ohsonline.testing.judgement.PostJudgement;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The judgements stored for a job: replaced as a whole whenever its results change, so what is
 * stored is always the judgement of the results stored.
 */
@Repository
class JudgementStore {

	private final JdbcClient jdbc;

	JudgementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(long jobId, Judging.Outcome outcome) {
		this.jdbc.sql("delete from testing.exposure_judgement where job_id = :job").param("job", jobId).update();
		this.jdbc.sql("delete from testing.result_judgement where job_id = :job").param("job", jobId).update();
		this.jdbc.sql("delete from testing.post_failure where job_id = :job").param("job", jobId).update();
		this.jdbc.sql("delete from testing.post_judgement where job_id = :job").param("job", jobId).update();
		for (Judging.Exposure e : outcome.exposures()) {
			List<Check> checks = e.judgement() != null ? e.judgement().checks()
					: e.mixture() != null ? List.of(e.mixture().check()) : List.of();
			Check decisive = e.decisive().orElse(null);
			Verdict verdict = e.judgement() != null ? e.judgement().verdict()
					: e.mixture() != null ? e.mixture().verdict() : null;
			String notAssessed = e.judgement() == null ? ""
					: String.join(",", e.judgement().notAssessed().stream().map(Rule::name).toList());
			long id = this.jdbc.sql("""
					insert into testing.exposure_judgement (job_id, post_id, factor_code, limit_code, kind, day, subject,
					    verdict, rule, value, limit_value, unit, clause, limit_verified, not_assessed, problem_code, problem_args,
					    part_of_week, week_days)
					values (:job, :post, :factor, :limit, :kind, :day, :subject, :verdict, :rule, :value, :limitValue, :unit,
					    :clause, :verified, :notAssessed, :problem, :args, :partOfWeek, :weekDays)
					returning id""")
				.param("job", jobId)
				.param("post", e.key().postId())
				.param("factor", e.key().factorCode())
				.param("limit", e.key().limitCode().isEmpty() ? null : e.key().limitCode())
				.param("kind", e.kind() == null ? "CHEMICAL" : e.kind())
				.param("day", Date.valueOf(e.key().day()))
				.param("subject", e.key().subject())
				.param("verdict", verdict == null ? null : verdict.name())
				.param("rule", decisive == null ? null : decisive.rule().name())
				.param("value", decisive == null ? null : decisive.value())
				.param("limitValue", decisive == null ? null : decisive.limit())
				.param("unit", decisive == null ? null : decisive.unit())
				.param("clause", decisive == null ? null : decisive.rule().clause())
				.param("verified", e.limitVerified())
				.param("notAssessed", notAssessed)
				.param("problem", e.problem() == null ? null : e.problem().code())
				.param("args", e.problem() == null ? null
						: String.join("\u001f", e.problem().arguments().stream().map(String::valueOf).toList()))
				.param("partOfWeek", e.partOfWeek())
				.param("weekDays", String.join(",", e.weekDays().stream().map(LocalDate::toString).toList()))
				.query(Long.class)
				.single();
			int ordinal = 0;
			for (Check c : checks) {
				this.jdbc.sql("""
						insert into testing.exposure_check (judgement_id, ordinal, rule, value, limit_value, unit, verdict)
						values (:id, :ordinal, :rule, :value, :limit, :unit, :verdict)""")
					.param("id", id)
					.param("ordinal", ordinal++)
					.param("rule", c.rule().name())
					.param("value", c.value())
					.param("limit", c.limit())
					.param("unit", c.unit())
					.param("verdict", c.verdict().name())
					.update();
			}
		}
		for (Judging.ResultOutcome r : outcome.results()) {
			Check c = r.check();
			this.jdbc.sql("""
					insert into testing.result_judgement (result_id, job_id, verdict, rule, value, limit_value, unit, clause)
					values (:result, :job, :verdict, :rule, :value, :limit, :unit, :clause)""")
				.param("result", r.resultId())
				.param("job", jobId)
				.param("verdict", c == null ? null : c.verdict().name())
				.param("rule", c == null ? null : c.rule().name())
				.param("value", c == null ? null : c.value())
				.param("limit", c == null ? null : c.limit())
				.param("unit", c == null ? null : c.unit())
				.param("clause", c == null ? null : c.rule().clause())
				.update();
		}
		for (Map.Entry<Long, PostJudgement> post : outcome.posts().entrySet()) {
			this.jdbc.sql("""
					insert into testing.post_judgement (job_id, post_id, post_name, verdict)
					values (:job, :post, :name, :verdict)""")
				.param("job", jobId)
				.param("post", post.getKey())
				.param("name", outcome.postNames().get(post.getKey()))
				.param("verdict", post.getValue().verdict().name())
				.update();
			int ordinal = 0;
			for (PostJudgement.Failure f : post.getValue().failures()) {
				this.jdbc.sql("""
						insert into testing.post_failure (job_id, post_id, ordinal, factor_code, rule, value, limit_value, unit)
						values (:job, :post, :ordinal, :factor, :rule, :value, :limit, :unit)""")
					.param("job", jobId)
					.param("post", post.getKey())
					.param("ordinal", ordinal++)
					.param("factor", f.hazardCode())
					.param("rule", f.check().rule().name())
					.param("value", f.check().value())
					.param("limit", f.check().limit())
					.param("unit", f.check().unit())
					.update();
			}
		}
	}

	Map<Long, JobView.JudgementView> ofResults(long jobId) {
		Map<Long, JobView.JudgementView> judgements = new HashMap<>();
		this.jdbc.sql("select * from testing.result_judgement where job_id = :job and verdict is not null")
			.param("job", jobId)
			.query((ResultSet rs) -> {
				judgements.put(rs.getLong("result_id"), judgement(rs));
			});
		return judgements;
	}

	List<JobView.ExposureView> exposures(long jobId) {
		Map<Long, List<JobView.CheckView>> checks = new HashMap<>();
		this.jdbc.sql("""
				select c.* from testing.exposure_check c join testing.exposure_judgement e on e.id = c.judgement_id
				where e.job_id = :job order by c.judgement_id, c.ordinal""")
			.param("job", jobId)
			.query((ResultSet rs) -> {
				checks.computeIfAbsent(rs.getLong("judgement_id"), k -> new ArrayList<>())
					.add(new JobView.CheckView(Rule.valueOf(rs.getString("rule")), rs.getBigDecimal("value"),
							rs.getBigDecimal("limit_value"), rs.getString("unit"), Verdict.valueOf(rs.getString("verdict"))));
			});
		return this.jdbc.sql("select * from testing.exposure_judgement where job_id = :job order by post_id, factor_code, day, subject, id")
			.param("job", jobId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				String notAssessed = rs.getString("not_assessed");
				String args = rs.getString("problem_args");
				return new JobView.ExposureView(id, rs.getLong("post_id"), rs.getString("factor_code"),
						rs.getString("limit_code"), rs.getString("kind"), rs.getDate("day").toLocalDate(),
						rs.getString("subject"), rs.getString("verdict") == null ? null : judgement(rs),
						checks.getOrDefault(id, List.of()),
						notAssessed.isEmpty() ? List.of() : Arrays.stream(notAssessed.split(",")).map(Rule::valueOf).toList(),
						rs.getBoolean("limit_verified"), rs.getString("problem_code"),
						args == null ? List.of() : Arrays.asList(args.split("\u001f", -1)), rs.getBoolean("part_of_week"),
						weekDays(rs.getString("week_days")));
			})
			.list();
	}

	List<JobView.PostView> posts(long jobId) {
		Map<Long, List<JobView.FailureView>> failures = new HashMap<>();
		this.jdbc.sql("select * from testing.post_failure where job_id = :job order by post_id, ordinal")
			.param("job", jobId)
			.query((ResultSet rs) -> {
				failures.computeIfAbsent(rs.getLong("post_id"), k -> new ArrayList<>())
					.add(new JobView.FailureView(rs.getString("factor_code"), Rule.valueOf(rs.getString("rule")),
							rs.getBigDecimal("value"), rs.getBigDecimal("limit_value"), rs.getString("unit")));
			});
		Map<Long, JobView.PostView> posts = new LinkedHashMap<>();
		this.jdbc.sql("select * from testing.post_judgement where job_id = :job order by post_name, post_id")
			.param("job", jobId)
			.query((ResultSet rs) -> {
				long post = rs.getLong("post_id");
				posts.put(post, new JobView.PostView(post, rs.getString("post_name"), Verdict.valueOf(rs.getString("verdict")),
						failures.getOrDefault(post, List.of())));
			});
		return List.copyOf(posts.values());
	}

	private static List<LocalDate> weekDays(String days) {
		return days == null || days.isEmpty() ? List.of() : Arrays.stream(days.split(",")).map(LocalDate::parse).toList();
	}

	private static JobView.JudgementView judgement(ResultSet rs) throws SQLException {
		BigDecimal value = rs.getBigDecimal("value");
		return new JobView.JudgementView(Verdict.valueOf(rs.getString("verdict")), Rule.valueOf(rs.getString("rule")),
				value, rs.getBigDecimal("limit_value"), rs.getString("unit"), rs.getString("clause"));
	}


}
