package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.enforcement.PublicReviews;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review results for the portal: counts and averages only, grouped as a round's page groups them (the divisions
 * directly below the round's region, counties at most).
 */
@Service
class PublicReviewService implements PublicReviews {

	private final JdbcClient jdbc;

	PublicReviewService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record RoundRow(long id, String code, String region, LocalDate from, LocalDate to, int frame, int size,
			String seed, String edition) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedRound> rounds(String region) {
		String prefix = region == null || !region.matches("\\d{2,9}") ? "" : region;
		return this.jdbc.sql("""
				select id, public_code, region_code, period_from, period_to, frame, sample_size, seed, rubric_edition
				from enforcement.review_round where region_code like :prefix || '%'
				order by created_at desc, id desc limit 100""")
			.param("prefix", prefix)
			.query((rs, n) -> new RoundRow(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7),
					rs.getString(8), rs.getString(9)))
			.list()
			.stream()
			.map(this::published)
			.toList();
	}

	private PublishedRound published(RoundRow r) {
		int length = r.region().length() < 6 ? r.region().length() + 2 : 6;
		List<CaseReviews.RegionResult> results = this.jdbc.sql("""
				select substring(region_code, 1, :len), count(*), count(final_score), round(avg(final_score), 1)
				from enforcement.review_case where round_id = :id group by 1 order by 1""")
			.param("len", length)
			.param("id", r.id())
			.query((rs, n) -> new CaseReviews.RegionResult(rs.getString(1), rs.getInt(2), rs.getInt(3),
					rs.getBigDecimal(4)))
			.list();
		long files = results.stream().mapToLong(CaseReviews.RegionResult::files).sum();
		long scored = results.stream().mapToLong(CaseReviews.RegionResult::scored).sum();
		BigDecimal average = this.jdbc.sql("select round(avg(final_score), 1) from enforcement.review_case where round_id = :id")
			.param("id", r.id())
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
		return new PublishedRound(r.code(), r.region(), r.from(), r.to(), r.frame(), r.size(), r.seed(), r.edition(), files,
				scored, average, results);
	}

}
