package org.ohsonline.grid.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridSummary;
import org.ohsonline.grid.GridView;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The grid tables. Every read binds the caller's own {@link ScopeFilter} on the grid's county ({@link #COLUMNS}) and,
 * for an assistant, the user whose current assignments limit the grids ({@code :assignee}, null for everyone else);
 * list queries narrow further to the region the caller asked for ({@code :narrow}).
 */
@Repository
class GridStore {

	/** The grid's jurisdiction: its county. */
	static final ScopeColumns COLUMNS = ScopeColumns.on("g").region("county_code");

	/** Grids the caller sees: in their scope, and for an assistant only those assigned to them today. */
	static final String VISIBLE = COLUMNS.predicate() + """
			 and (cast(:assignee as bigint) is null or exists (
			  select 1 from grid.grid_assignment a where a.grid_id = g.id and a.user_id = cast(:assignee as bigint)
			  and a.from_date <= :today and (a.to_date is null or a.to_date > :today)))""";

	private static final Map<String, String> SORTS = Map.of("name", "g.name", "county", "g.county_code, g.name",
			"members", "members");

	private final JdbcClient jdbc;

	GridStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who is asking: their scope, the assistant limiting the grids (or null), and today. */
	record Reader(ScopeFilter scope, Long assignee, LocalDate today) {
	}

	long count(Reader reader, GridFilter filter, String region) {
		return this.jdbc.sql("select count(*) from grid.grid g where " + VISIBLE
				+ " and g.county_code like :narrow || '%' and (cast(:q as text) is null or g.name like '%' || cast(:q as text) || '%')")
			.params(params(reader))
			.param("narrow", region)
			.param("q", filter.q())
			.query(Long.class)
			.single();
	}

	List<GridSummary> search(Reader reader, GridFilter filter, String region, PageQuery page) {
		String sort = filter.sort() == null ? "name" : filter.sort();
		boolean desc = sort.startsWith("-");
		String column = SORTS.getOrDefault(desc ? sort.substring(1) : sort, "g.name");
		return this.jdbc.sql("""
				select g.id, g.name, g.county_code, g.synthetic,
				  (select count(*) from grid.grid_township t where t.grid_id = g.id and t.to_date is null) as townships,
				  (select count(*) from grid.grid_member m where m.grid_id = g.id and m.to_date is null) as members,
				  (select string_agg(a.user_name, '、' order by a.user_name) from grid.grid_assignment a
				    where a.grid_id = g.id and a.role = 'INSPECTOR' and a.from_date <= :today and (a.to_date is null or a.to_date > :today)) as inspectors,
				  (select string_agg(a.user_name, '、' order by a.user_name) from grid.grid_assignment a
				    where a.grid_id = g.id and a.role = 'ASSISTANT' and a.from_date <= :today and (a.to_date is null or a.to_date > :today)) as assistants
				from grid.grid g where """ + VISIBLE + """
				 and g.county_code like :narrow || '%' and (cast(:q as text) is null or g.name like '%' || cast(:q as text) || '%')
				order by """ + " " + column + (desc ? " desc" : "") + ", g.id limit :limit offset :offset")
			.params(params(reader))
			.param("narrow", region)
			.param("q", filter.q())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new GridSummary(rs.getLong("id"), rs.getString("name"), rs.getString("county_code"),
					rs.getInt("townships"), rs.getInt("members"), rs.getString("inspectors"), rs.getString("assistants"),
					rs.getBoolean("synthetic")))
			.list();
	}

	/** The grid's row when the reader sees it. */
	Optional<GridRow> find(Reader reader, long id) {
		return this.jdbc.sql("select g.* from grid.grid g where g.id = :id and " + VISIBLE)
			.params(params(reader))
			.param("id", id)
			.query(GridStore::row)
			.optional();
	}

	/** The grid's row for a writer (no assistant limit): in the writer's scope only; locked when about to change it. */
	Optional<GridRow> findForWriter(ScopeFilter scope, long id, boolean lock) {
		return this.jdbc.sql("select g.* from grid.grid g where g.id = :id and " + COLUMNS.predicate() + (lock ? " for update of g" : ""))
			.params(scope.parameters())
			.param("id", id)
			.query(GridStore::row)
			.optional();
	}

	record GridRow(long id, String countyCode, String name, String note, boolean synthetic) {
	}

	private static GridRow row(ResultSet rs, int n) throws SQLException {
		return new GridRow(rs.getLong("id"), rs.getString("county_code"), rs.getString("name"), rs.getString("note"),
				rs.getBoolean("synthetic"));
	}

	boolean nameTaken(String county, String name) {
		return this.jdbc.sql("select exists (select 1 from grid.grid where county_code = :c and name = :n)")
			.param("c", county)
			.param("n", name)
			.query(Boolean.class)
			.single();
	}

	long insert(String county, String name, String note, String by, Instant at, boolean synthetic) {
		return this.jdbc.sql("""
				insert into grid.grid (county_code, name, note, created_by, created_at, synthetic)
				values (:c, :n, :note, :by, :at, :synthetic) returning id""")
			.param("c", county)
			.param("n", name)
			.param("note", note)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.param("synthetic", synthetic)
			.query(Long.class)
			.single();
	}

	List<GridView.Township> townships(long gridId) {
		return this.jdbc.sql("select township_code, from_date, to_date from grid.grid_township where grid_id = :g order by township_code, from_date")
			.param("g", gridId)
			.query((rs, n) -> new GridView.Township(rs.getString(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.list();
	}

	/** The grid holding the township now, if any. */
	Optional<String> townshipHolder(String township) {
		return this.jdbc.sql("select g.name from grid.grid_township t join grid.grid g on g.id = t.grid_id"
				+ " where t.township_code = :t and t.to_date is null")
			.param("t", township)
			.query(String.class)
			.optional();
	}

	void insertTownship(long gridId, String township, String county, LocalDate from) {
		this.jdbc.sql("insert into grid.grid_township (grid_id, township_code, county_code, from_date) values (:g, :t, :c, :f)")
			.param("g", gridId)
			.param("t", township)
			.param("c", county)
			.param("f", from)
			.update();
	}

	/** Open grids holding the townships now: township → grid id (for employers registering there). */
	Optional<Long> gridOfTownship(String township) {
		return this.jdbc.sql("select grid_id from grid.grid_township where township_code = :t and to_date is null")
			.param("t", township)
			.query(Long.class)
			.optional();
	}

	List<GridView.Member> members(long gridId) {
		return this.jdbc.sql("select * from grid.grid_member where grid_id = :g order by to_date nulls first, employer_name, from_date")
			.param("g", gridId)
			.query(GridStore::member)
			.list();
	}

	/** The members of the grids on a day. */
	List<GridView.Member> membersOn(List<Long> gridIds, LocalDate day) {
		if (gridIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from grid.grid_member where grid_id in (:g) and from_date <= :day and (to_date is null or to_date > :day)
				order by employer_name, employer_id""")
			.param("g", gridIds)
			.param("day", day)
			.query(GridStore::member)
			.list();
	}

	private static GridView.Member member(ResultSet rs, int n) throws SQLException {
		return new GridView.Member(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("via"),
				rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class));
	}

	/** The grid of the county holding the employer now (its name), if any. */
	Optional<String> memberHolder(String county, long employerId) {
		return this.jdbc.sql("select g.name from grid.grid_member m join grid.grid g on g.id = m.grid_id"
				+ " where m.county_code = :c and m.employer_id = :e and m.to_date is null")
			.param("c", county)
			.param("e", employerId)
			.query(String.class)
			.optional();
	}

	/** Whether the employer was ever in a grid of the county. */
	boolean anyMembership(String county, long employerId) {
		return this.jdbc.sql("select exists (select 1 from grid.grid_member where county_code = :c and employer_id = :e)")
			.param("c", county)
			.param("e", employerId)
			.query(Boolean.class)
			.single();
	}

	/** The last day an earlier, ended membership of the employer in the county ran up to (exclusive), if any. */
	Optional<LocalDate> lastEnd(String county, long employerId) {
		return this.jdbc.sql("select max(to_date) from grid.grid_member where county_code = :c and employer_id = :e")
			.param("c", county)
			.param("e", employerId)
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	long insertMember(long gridId, String county, long employerId, String creditCode, String name, String region,
			String via, LocalDate from) {
		return this.jdbc.sql("""
				insert into grid.grid_member (grid_id, county_code, employer_id, credit_code, employer_name, region_code, via, from_date)
				values (:g, :c, :e, :cc, :n, :r, :via, :f) returning id""")
			.param("g", gridId)
			.param("c", county)
			.param("e", employerId)
			.param("cc", creditCode)
			.param("n", name)
			.param("r", region)
			.param("via", via)
			.param("f", from)
			.query(Long.class)
			.single();
	}

	int endMember(long gridId, long memberId, LocalDate on) {
		return this.jdbc.sql("update grid.grid_member set to_date = :on where id = :m and grid_id = :g and to_date is null and from_date < :on")
			.param("on", on)
			.param("m", memberId)
			.param("g", gridId)
			.update();
	}

	List<GridView.Assignment> assignments(long gridId) {
		return this.jdbc.sql("select * from grid.grid_assignment where grid_id = :g order by to_date nulls first, role, user_name, from_date")
			.param("g", gridId)
			.query(GridStore::assignment)
			.list();
	}

	private static GridView.Assignment assignment(ResultSet rs, int n) throws SQLException {
		return new GridView.Assignment(rs.getLong("id"), rs.getLong("user_id"), rs.getString("user_name"),
				GridRole.valueOf(rs.getString("role")), rs.getObject("from_date", LocalDate.class),
				rs.getObject("to_date", LocalDate.class));
	}

	boolean assigned(long gridId, long userId, GridRole role) {
		return this.jdbc.sql("select exists (select 1 from grid.grid_assignment where grid_id = :g and user_id = :u and role = :r and to_date is null)")
			.param("g", gridId)
			.param("u", userId)
			.param("r", role.name())
			.query(Boolean.class)
			.single();
	}

	long insertAssignment(long gridId, long userId, String userName, GridRole role, LocalDate from, String by, Instant at) {
		return this.jdbc.sql("""
				insert into grid.grid_assignment (grid_id, user_id, user_name, role, from_date, created_by, created_at)
				values (:g, :u, :n, :r, :f, :by, :at) returning id""")
			.param("g", gridId)
			.param("u", userId)
			.param("n", userName)
			.param("r", role.name())
			.param("f", from)
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	int endAssignment(long gridId, long assignmentId, LocalDate on) {
		return this.jdbc.sql("update grid.grid_assignment set to_date = :on where id = :a and grid_id = :g and to_date is null and from_date < :on")
			.param("on", on)
			.param("a", assignmentId)
			.param("g", gridId)
			.update();
	}

	/** The assignments of grids in the scope running on the day, optionally of one user: with the grid's name. */
	List<AssignmentOn> assignmentsOn(ScopeFilter scope, Long userId, LocalDate day) {
		return this.jdbc.sql("""
				select a.user_id, a.user_name, a.role, g.id, g.name, g.county_code from grid.grid_assignment a
				join grid.grid g on g.id = a.grid_id
				where """ + COLUMNS.predicate() + """
				  and (cast(:u as bigint) is null or a.user_id = cast(:u as bigint))
				  and a.from_date <= :day and (a.to_date is null or a.to_date > :day)
				order by a.user_name, a.user_id, g.name, a.role""")
			.params(scope.parameters())
			.param("u", userId)
			.param("day", day)
			.query((rs, n) -> new AssignmentOn(rs.getLong(1), rs.getString(2), GridRole.valueOf(rs.getString(3)),
					rs.getLong(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	record AssignmentOn(long userId, String userName, GridRole role, long gridId, String gridName, String countyCode) {
	}

	/** Grid ids of a county inside the reader's view, by name. */
	List<GridRow> ofCounty(Reader reader, String county) {
		return this.jdbc.sql("select g.* from grid.grid g where g.county_code = :county and " + VISIBLE + " order by g.name")
			.params(params(reader))
			.param("county", county)
			.query(GridStore::row)
			.list();
	}

	boolean anySynthetic() {
		return this.jdbc.sql("select exists (select 1 from grid.grid where synthetic)").query(Boolean.class).single();
	}

	private static Map<String, Object> params(Reader reader) {
		java.util.HashMap<String, Object> p = new java.util.HashMap<>(reader.scope().parameters());
		p.put("assignee", reader.assignee());
		p.put("today", reader.today());
		return p;
	}

}
