package org.ohsonline.agency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.ohsonline.agency.AgencyDirectory;
import org.ohsonline.agency.AgencyKind;
import org.ohsonline.agency.AgencyStatus;
import org.ohsonline.agency.CreditLevel;
import org.ohsonline.agency.DirectoryEntry;
import org.ohsonline.agency.DirectoryFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.agency.JobType;
import org.ohsonline.agency.QualificationState;
import org.ohsonline.agency.RatingStatus;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public directory, one parameterised query: the current rating joined, the blacklist entry in force and the
 * scope aggregated per organisation; best rated first (A before B before C, then stars), not rated after, by name.
 */
@Service
class DirectoryService implements AgencyDirectory {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final String FROM = """
			from agency.agency a
			left join agency.rating r on r.agency_id = a.id and r.current
			where a.status <> 'REVOKED'
			  and a.region_code like :area || '%'
			  and (cast(:q as text) is null or a.name ilike '%' || cast(:q as text) || '%')
			  and (cast(:kind as text) is null or a.kind = cast(:kind as text))
			  and (cast(:jobType as text) is null or exists (select 1 from agency.scope_job_type j
			       where j.agency_id = a.id and j.job_type = cast(:jobType as text)))
			  and (cast(:examType as text) is null or exists (select 1 from agency.exam_capacity c
			       where c.agency_id = a.id and c.exam_type = cast(:examType as text) and c.daily_capacity > 0))
			  and (cast(:hazard as text) is null or exists (select 1 from agency.scope_hazard h
			       where h.agency_id = a.id and (h.hazard_code = cast(:hazard as text)
			             or (h.category and h.hazard_code = left(cast(:hazard as text), 1))
			             or (not h.category and h.hazard_code like cast(:hazard as text) || '%'))))
			""";

	private static final String COLUMNS = """
			a.id, a.name, a.kind, a.region_code, a.status, a.valid_from, a.valid_to, r.status as rating_status,
			coalesce(r.adjusted_level, r.level) as shown_level, coalesce(r.adjusted_stars, r.stars) as shown_stars,
			r.rated_on,
			(select max(b.ends_on) from agency.blacklist_entry b where b.agency_id = a.id and b.status = 'IN_FORCE'
			   and b.starts_on <= :today and b.ends_on >= :today) as blacklisted_until,
			(select string_agg(j.job_type, ',' order by j.job_type) from agency.scope_job_type j where j.agency_id = a.id) as job_types,
			(select string_agg(c.exam_type, ',' order by c.exam_type) from agency.exam_capacity c
			   where c.agency_id = a.id and c.daily_capacity > 0) as exam_types,
			(select string_agg(h.hazard_code, ',' order by h.hazard_code) from agency.scope_hazard h where h.agency_id = a.id) as hazards
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DirectoryService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DirectoryEntry> search(DirectoryFilter filter, PageQuery page) {
		DirectoryFilter f = filter == null ? DirectoryFilter.none() : filter;
		LocalDate today = LocalDate.now(this.clock.withZone(CHINA));
		long total = bind(this.jdbc.sql("select count(*) " + FROM), f, today).query(Long.class).single();
		List<DirectoryEntry> items = bind(this.jdbc.sql("select " + COLUMNS + FROM + """
				order by (r.status = 'RATED') desc nulls last, coalesce(r.adjusted_level, r.level) asc nulls last,
				         coalesce(r.adjusted_stars, r.stars) desc nulls last, a.name, a.id
				limit :limit offset :offset"""), f, today)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> entry(rs, today))
			.list();
		return Page.of(items, total, page);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DirectoryFilter f, LocalDate today) {
		String service = Text.blankToNull(f.service());
		String jobType = Text.enumName(service, JobType.class);
		String examType = Optional.ofNullable(Text.enumName(service, ExamType.class)).map(n -> ExamType.valueOf(n).code())
			.orElse(null);
		String area = Text.blankToNull(f.area());
		String hazard = Text.blankToNull(f.hazard());
		return spec.param("area", area == null || !area.matches("\\d{2,12}") ? "" : area)
			.param("q", Text.blankToNull(f.q()))
			.param("kind", Text.enumName(f.kind(), AgencyKind.class))
			.param("jobType", jobType)
			.param("examType", examType)
			.param("hazard", hazard == null || !hazard.matches("\\d{1,4}") ? null : hazard)
			.param("today", today);
	}

	private static DirectoryEntry entry(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate validFrom = rs.getDate("valid_from").toLocalDate();
		LocalDate validTo = rs.getDate("valid_to").toLocalDate();
		String rating = rs.getString("rating_status");
		String level = rs.getString("shown_level");
		java.sql.Date rated = rs.getDate("rated_on");
		java.sql.Date until = rs.getDate("blacklisted_until");
		return new DirectoryEntry(rs.getLong("id"), rs.getString("name"), AgencyKind.valueOf(rs.getString("kind")),
				rs.getString("region_code"), AgencyStatus.valueOf(rs.getString("status")),
				QualificationState.on(today, validFrom, validTo), validTo,
				split(rs.getString("job_types")).stream().map(JobType::valueOf).toList(),
				split(rs.getString("exam_types")).stream().map(ExamType::ofCode).flatMap(Optional::stream).toList(),
				split(rs.getString("hazards")), rating == null ? RatingStatus.NOT_RATED : RatingStatus.valueOf(rating),
				level == null ? null : CreditLevel.valueOf(level), (Integer) rs.getObject("shown_stars"),
				rated == null ? null : rated.toLocalDate(), until == null ? null : until.toLocalDate());
	}

	private static List<String> split(String text) {
		return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
	}

}
