package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.promotion.ApplicationStatus;
import org.ohsonline.promotion.EvidenceFile;
import org.ohsonline.promotion.HealthyApplicationSummary;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterprises.Standard;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.promotion.ListedEnterprise;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of healthy-enterprise applications, their items and evidence: reads and row mappers for
 * {@link HealthyEnterpriseService}, which checks permissions and scope before and writes the changes.
 */
@Component
class HealthyApplicationStore {

	static final ScopeColumns SCOPE = ScopeColumns.on("a").region("region_code").employer("employer_credit_code");

	private static final String COLUMNS = """
			a.id, a.employer_id, a.employer_credit_code, a.employer_name, a.region_code, a.year, a.catalog_version_id,
			a.edition, a.status, a.self_points, a.review_points, a.pass_mark, a.mandatory_failed, a.review_passed,
			a.visited_on, a.review_note, a.reviewer_user_id, a.reviewer_name, a.reviewed_at, a.decision_note,
			a.decider_name, a.decided_at, a.submitted_at""";

	/** The list's filter; its parameters: {@code region}, {@code year}, {@code status}, {@code q} and the scope's. */
	private static final String FILTER = """
			 from promotion.healthy_application a
			where a.region_code like :region || '%'
			  and (cast(:year as int) is null or a.year = cast(:year as int))
			  and (cast(:status as text) is null or a.status = cast(:status as text))
			  and (cast(:q as text) is null or a.employer_name like '%' || cast(:q as text) || '%'
			       or a.employer_credit_code = cast(:q as text))
			  and """ + SCOPE.predicate();

	private final JdbcClient jdbc;

	HealthyApplicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The application if the scope's parameters let its reader see it. */
	Optional<Row> visible(Map<String, Object> scope, long id) {
		return this.jdbc.sql("select " + COLUMNS + " from promotion.healthy_application a where a.id = :id and " + SCOPE.predicate())
			.params(scope)
			.param("id", id)
			.query(HealthyApplicationStore::row)
			.optional();
	}

	/** The employer's application of the year, if it opened one. */
	Optional<Long> of(long employerId, int year) {
		return this.jdbc.sql("select id from promotion.healthy_application where employer_id = :e and year = :y")
			.param("e", employerId)
			.param("y", year)
			.query(Long.class)
			.optional();
	}

	/** The application with its items as the standard lists them; the review's scores once it is reviewed. */
	HealthyApplicationView view(Row row, Standard standard) {
		Map<String, ItemRow> scored = new HashMap<>();
		this.jdbc.sql("select * from promotion.healthy_item where application_id = :id")
			.param("id", row.id())
			.query((rs, n) -> new ItemRow(rs.getString("item_code"), rs.getBigDecimal("self_points"), rs.getString("self_note"),
					rs.getBigDecimal("review_points"), (Boolean) rs.getObject("review_met"), rs.getString("review_note")))
			.list()
			.forEach(i -> scored.put(i.code(), i));
		boolean showReview = row.status() != ApplicationStatus.DRAFT && row.status() != ApplicationStatus.SUBMITTED;
		List<ItemScore> items = standard.items().stream().map(item -> {
			ItemRow s = scored.get(item.code());
			return new ItemScore(item.code(), item.name(), item.sectionCode(), item.sectionName(), item.maxPoints(),
					item.mandatory(), item.basis(), s == null ? null : s.selfPoints(), s == null ? null : s.selfNote(),
					s == null || !showReview ? null : s.reviewPoints(), s == null || !showReview ? null : s.reviewMet(),
					s == null || !showReview ? null : s.reviewNote());
		}).toList();
		return new HealthyApplicationView(row.id(), row.employerId(), row.creditCode(), row.employerName(),
				row.regionCode(), row.year(), row.edition(), row.status(), row.selfPoints(), row.reviewPoints(),
				row.passMark(), row.mandatoryFailed(), row.reviewPassed(), row.visitedOn(), row.reviewNote(),
				row.reviewerName(), row.reviewedAt(), row.decisionNote(), row.deciderName(), row.decidedAt(),
				row.submittedAt(), items, evidenceOf(row.id()));
	}

	List<HealthyApplicationSummary> search(Map<String, Object> filter, PageQuery page) {
		return this.jdbc.sql("select " + COLUMNS + FILTER
				+ " order by a.year desc, coalesce(a.submitted_at, a.created_at) desc, a.id desc limit :limit offset :offset")
			.params(filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(HealthyApplicationStore::summary)
			.list();
	}

	long count(Map<String, Object> filter) {
		return this.jdbc.sql("select count(*)" + FILTER).params(filter).query(Long.class).single();
	}

	void forEach(Map<String, Object> filter, Consumer<HealthyApplicationSummary> consumer) {
		this.jdbc.sql("select " + COLUMNS + FILTER + " order by a.year desc, a.region_code, a.employer_name, a.id")
			.params(filter)
			.query(HealthyApplicationStore::summary)
			.stream()
			.forEach(consumer);
	}

	List<ListedEnterprise> listed(int year, String regionPrefix) {
		return this.jdbc.sql("""
				select employer_id, employer_credit_code, employer_name, region_code, year
				from promotion.healthy_application
				where status = 'APPROVED' and year = :year and region_code like :region || '%'
				order by region_code, employer_name, id""")
			.param("year", year)
			.param("region", regionPrefix)
			.query((rs, n) -> new ListedEnterprise(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.list();
	}

	List<Integer> listedYears() {
		return this.jdbc.sql("select distinct year from promotion.healthy_application where status = 'APPROVED' order by year desc")
			.query(Integer.class)
			.list();
	}

	/** Whether the employer was listed in one of the years from {@code from} to {@code to}. */
	boolean listedBetween(long employerId, int from, int to) {
		return this.jdbc.sql("""
				select exists (select 1 from promotion.healthy_application
				where employer_id = :e and status = 'APPROVED' and year between :from and :to)""")
			.param("e", employerId)
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

	/** The application locked for a change. */
	Head lock(long id) {
		return this.jdbc.sql("""
				select id, employer_id, employer_credit_code, region_code, year, catalog_version_id, status, pass_mark,
				    review_points, mandatory_failed, review_passed, reviewer_user_id
				from promotion.healthy_application where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_credit_code"),
					rs.getString("region_code"), rs.getInt("year"), rs.getLong("catalog_version_id"),
					ApplicationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("pass_mark"),
					rs.getBigDecimal("review_points"), (Integer) rs.getObject("mandatory_failed"),
					(Boolean) rs.getObject("review_passed"), (Long) rs.getObject("reviewer_user_id")))
			.optional()
			.orElseThrow(() -> new NotFoundException("healthy-application", id));
	}

	/** The points the employer claimed, per item scored. */
	Map<String, BigDecimal> selfPoints(long id) {
		Map<String, BigDecimal> points = new HashMap<>();
		this.jdbc.sql("select item_code, self_points from promotion.healthy_item where application_id = :id and self_points is not null")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.forEach(e -> points.put(e.getKey(), e.getValue()));
		return points;
	}

	List<EvidenceFile> evidenceOf(long id) {
		return this.jdbc.sql("""
				select id, item_code, file_name, content_type, size_bytes, uploaded_at from promotion.healthy_evidence
				where application_id = :id order by id""")
			.param("id", id)
			.query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** The stored file's SHA-256, name and type of an application's evidence. */
	Optional<String[]> evidenceFile(long id, long fileId) {
		return this.jdbc.sql("""
				select sha256, file_name, content_type from promotion.healthy_evidence where id = :f and application_id = :id""")
			.param("f", fileId)
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional();
	}

	record Head(long id, long employerId, String creditCode, String regionCode, int year, long versionId,
			ApplicationStatus status, BigDecimal passMark, BigDecimal reviewPoints, Integer mandatoryFailed,
			Boolean reviewPassed, Long reviewerUserId) {
	}

	private record ItemRow(String code, BigDecimal selfPoints, String selfNote, BigDecimal reviewPoints, Boolean reviewMet,
			String reviewNote) {
	}

	record Row(long id, long employerId, String creditCode, String employerName, String regionCode, int year,
			long versionId, String edition, ApplicationStatus status, BigDecimal selfPoints, BigDecimal reviewPoints,
			BigDecimal passMark, Integer mandatoryFailed, Boolean reviewPassed, LocalDate visitedOn, String reviewNote,
			String reviewerName, Instant reviewedAt, String decisionNote, String deciderName, Instant decidedAt,
			Instant submittedAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getInt("year"), rs.getLong("catalog_version_id"),
				rs.getString("edition"), ApplicationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("self_points"),
				rs.getBigDecimal("review_points"), rs.getBigDecimal("pass_mark"), (Integer) rs.getObject("mandatory_failed"),
				(Boolean) rs.getObject("review_passed"), rs.getObject("visited_on", LocalDate.class), rs.getString("review_note"),
				rs.getString("reviewer_name"), instant(rs, "reviewed_at"), rs.getString("decision_note"),
				rs.getString("decider_name"), instant(rs, "decided_at"), instant(rs, "submitted_at"));
	}

	private static HealthyApplicationSummary summary(ResultSet rs, int n) throws SQLException {
		return new HealthyApplicationSummary(rs.getLong("id"), rs.getString("employer_name"),
				rs.getString("employer_credit_code"), rs.getString("region_code"), rs.getInt("year"),
				ApplicationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("self_points"),
				rs.getBigDecimal("review_points"), (Integer) rs.getObject("mandatory_failed"),
				(Boolean) rs.getObject("review_passed"), instant(rs, "submitted_at"), instant(rs, "decided_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
