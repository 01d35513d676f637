package org.ohsonline.indicators.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.ohsonline.indicators.Member;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The membership rows (one per indicator and employer in its population) and the employers' refresh state. Writes
 * replace an employer's rows as a whole, so a repeated event or a rebuild gives the same rows (idempotent).
 */
@Component
class MembershipStore {

	/** Totals of one indicator in one region (the region itself, or a division below it). */
	record Total(String indicatorCode, String regionCode, long numerator, long denominator) {
	}

	private final JdbcClient jdbc;

	MembershipStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the employer's rows for the rest of the transaction (an advisory lock keyed by the module and the id). */
	void lock(long employerId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.membership'), cast(:id as integer))")
			.param("id", (int) (employerId ^ (employerId >>> 32)))
			.query(Object.class)
			.list();
	}

	/** Holds the institutions' rows for the rest of the transaction (one lock: they are few and rewritten together). */
	void lockInstitutions() {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('indicators.institutions'), 0)").query(Object.class).list();
	}

	/**
	 * {@link #lock(long)} for many employers (a batch of the rebuild), in ascending order of their keys so that two
	 * batches never wait for each other in a circle.
	 */
	void lock(List<Long> employerIds) {
		this.jdbc.sql("""
				select pg_advisory_xact_lock(hashtext('indicators.membership'), k)
				from (select distinct cast((i # (i >> 32)) & 4294967295 as bigint) as raw from unnest(cast(:ids as bigint[])) i) x,
				     lateral (select cast(case when raw >= 2147483648 then raw - 4294967296 else raw end as integer) as k) c
				order by k""")
			.param("ids", employerIds.toArray(Long[]::new))
			.query(Object.class)
			.list();
	}

	Map<String, MembershipRules.Row> rowsOf(long employerId) {
		Map<String, MembershipRules.Row> rows = new HashMap<>();
		this.jdbc.sql("select indicator_code, numerator, denominator from indicators.membership where employer_id = :id"
				+ " and holder = 'EMPLOYER'")
			.param("id", employerId)
			.query((rs, i) -> new MembershipRules.Row(rs.getString(1), rs.getInt(2), rs.getInt(3)))
			.list()
			.forEach(r -> rows.put(r.indicatorCode(), r));
		return rows;
	}

	/**
	 * Replaces the employer's rows by {@code rows} and returns what changed, as {@code indicator employer: before →
	 * after} lines ({@code -} for no row). Runs in the caller's transaction.
	 */
	List<String> replace(EmployerFacts facts, List<MembershipRules.Row> rows, String cause, Instant now) {
		Map<String, MembershipRules.Row> before = rowsOf(facts.employerId());
		Map<String, MembershipRules.Row> after = new HashMap<>();
		rows.forEach(r -> after.put(r.indicatorCode(), r));
		List<String> differences = differences(facts.employerId(), before, after);
		if (!differences.isEmpty()) {
			this.jdbc.sql("delete from indicators.membership where employer_id = :id and holder = 'EMPLOYER'")
				.param("id", facts.employerId())
				.update();
			for (MembershipRules.Row row : rows) {
				this.jdbc.sql("""
						insert into indicators.membership (indicator_code, employer_id, region_code, credit_code,
						    employer_name, numerator, denominator, computed_at)
						values (:code, :id, :region, :credit, :name, :numerator, :denominator, :at)""")
					.param("code", row.indicatorCode())
					.param("id", facts.employerId())
					.param("region", facts.regionCode())
					.param("credit", facts.creditCode())
					.param("name", facts.name())
					.param("numerator", row.numerator())
					.param("denominator", row.denominator())
					.param("at", Timestamp.from(now))
					.update();
			}
		}
		else if (!rows.isEmpty()) {
			// Same figures; the name or region may still have changed (a move between townships changes no figure).
			this.jdbc.sql("""
					update indicators.membership set region_code = :region, credit_code = :credit, employer_name = :name
					where employer_id = :id and holder = 'EMPLOYER' and (region_code <> :region or employer_name <> :name or credit_code <> :credit)""")
				.param("id", facts.employerId())
				.param("region", facts.regionCode())
				.param("credit", facts.creditCode())
				.param("name", facts.name())
				.update();
		}
		this.jdbc.sql("""
				insert into indicators.employer_state (employer_id, region_code, computed_at, cause)
				values (:id, :region, :at, :cause)
				on conflict (employer_id) do update set region_code = excluded.region_code,
				    computed_at = excluded.computed_at, cause = excluded.cause""")
			.param("id", facts.employerId())
			.param("region", facts.regionCode())
			.param("at", Timestamp.from(now))
			.param("cause", cause)
			.update();
		return differences;
	}

	/** Removes an employer the register no longer knows; returns its rows as differences. */
	List<String> remove(long employerId) {
		List<String> differences = differences(employerId, rowsOf(employerId), Map.of());
		this.jdbc.sql("delete from indicators.membership where employer_id = :id and holder = 'EMPLOYER'")
			.param("id", employerId)
			.update();
		this.jdbc.sql("delete from indicators.employer_state where employer_id = :id").param("id", employerId).update();
		return differences;
	}

	/** The institutions' rows of the indicators counted per diagnosis institution, as they are now. */
	Map<String, MembershipRules.Row> institutionRows() {
		Map<String, MembershipRules.Row> rows = new HashMap<>();
		this.jdbc.sql("""
				select indicator_code, employer_id, numerator, denominator from indicators.membership
				where holder = 'INSTITUTION'""")
			.query((rs, i) -> rows.put(rs.getString(1) + " " + rs.getLong(2),
					new MembershipRules.Row(rs.getString(1), rs.getInt(3), rs.getInt(4))))
			.list();
		return rows;
	}

	/**
	 * Replaces the rows of the indicators counted per institution, for one institution ({@code institutionId}) or all
	 * (null), by {@code rows} (each an institution's part, placed in its own region); returns what changed as
	 * {@code indicator institution: before → after} lines. Runs in the caller's transaction.
	 */
	List<String> replaceInstitutions(Long institutionId, List<InstitutionRow> rows, Instant now) {
		Map<String, MembershipRules.Row> before = new HashMap<>();
		institutionRows().forEach((key, row) -> {
			if (institutionId == null || key.endsWith(" " + institutionId)) {
				before.put(key, row);
			}
		});
		Map<String, MembershipRules.Row> after = new HashMap<>();
		rows.forEach(r -> after.put(r.row().indicatorCode() + " " + r.institutionId(), r.row()));
		List<String> lines = new ArrayList<>();
		TreeSet<String> keys = new TreeSet<>(before.keySet());
		keys.addAll(after.keySet());
		for (String key : keys) {
			if (!Objects.equals(before.get(key), after.get(key))) {
				lines.add("institution " + key + ": " + text(before.get(key)) + " → " + text(after.get(key)));
			}
		}
		this.jdbc.sql("""
				delete from indicators.membership where holder = 'INSTITUTION'
				  and (cast(:id as bigint) is null or employer_id = :id)""")
			.param("id", institutionId)
			.update();
		for (InstitutionRow r : rows) {
			this.jdbc.sql("""
					insert into indicators.membership (indicator_code, holder, employer_id, region_code, credit_code,
					    employer_name, numerator, denominator, computed_at)
					values (:code, 'INSTITUTION', :id, :region, :credit, :name, :numerator, :denominator, :at)""")
				.param("code", r.row().indicatorCode())
				.param("id", r.institutionId())
				.param("region", r.regionCode())
				.param("credit", r.creditCode())
				.param("name", r.name())
				.param("numerator", r.row().numerator())
				.param("denominator", r.row().denominator())
				.param("at", Timestamp.from(now))
				.update();
		}
		return lines;
	}

	/** An institution's part of an indicator counted per diagnosis institution. */
	record InstitutionRow(long institutionId, String creditCode, String name, String regionCode, MembershipRules.Row row) {
	}

	List<Long> knownEmployers() {
		return this.jdbc.sql("select employer_id from indicators.employer_state order by employer_id").query(Long.class).list();
	}

	static List<String> differences(long employerId, Map<String, MembershipRules.Row> before,
			Map<String, MembershipRules.Row> after) {
		List<String> lines = new ArrayList<>();
		TreeSet<String> codes = new TreeSet<>(before.keySet());
		codes.addAll(after.keySet());
		for (String code : codes) {
			MembershipRules.Row b = before.get(code);
			MembershipRules.Row a = after.get(code);
			if (!Objects.equals(b, a)) {
				lines.add(code + " " + employerId + ": " + text(b) + " → " + text(a));
			}
		}
		return lines;
	}

	private static String text(MembershipRules.Row row) {
		return row == null ? "-" : row.numerator() + "/" + row.denominator();
	}

	/**
	 * The totals of every indicator in the region ({@code regionCode} = the prefix) and, when {@code childLength} is
	 * longer than the prefix, in each division of that code length below it — one statement over the module's own
	 * rows (index {@code membership_region}).
	 */
	List<Total> totals(String prefix, int childLength) {
		List<Total> totals = new ArrayList<>(this.jdbc.sql("""
				select indicator_code, sum(numerator), sum(denominator) from indicators.membership
				where region_code like :prefix || '%' group by indicator_code""")
			.param("prefix", prefix)
			.query((rs, i) -> new Total(rs.getString(1), prefix, rs.getLong(2), rs.getLong(3)))
			.list());
		if (childLength > prefix.length()) {
			totals.addAll(this.jdbc.sql("""
					select indicator_code, substr(region_code, 1, :len) as child, sum(numerator), sum(denominator)
					from indicators.membership where region_code like :prefix || '%' and length(region_code) >= :len
					group by indicator_code, child""")
				.param("prefix", prefix)
				.param("len", childLength)
				.query((rs, i) -> new Total(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
				.list());
		}
		return totals;
	}

	Optional<Instant> lastComputed(String prefix) {
		return this.jdbc.sql("""
				select max(computed_at) from indicators.employer_state where region_code like :prefix || '%'""")
			.param("prefix", prefix)
			.query((rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single();
	}

	private static final String WHICH = """
			where indicator_code = :code and region_code like :prefix || '%'
			  and (cast(:which as text) is null
			       or (cast(:which as text) = 'numerator' and numerator = denominator)
			       or (cast(:which as text) = 'missing' and numerator < denominator))""";

	Page<Member> members(String code, String prefix, String which, PageQuery page) {
		long total = this.jdbc.sql("select count(*) from indicators.membership " + WHICH)
			.param("code", code)
			.param("prefix", prefix)
			.param("which", which)
			.query(Long.class)
			.single();
		List<Member> items = this.jdbc.sql("""
				select employer_id, credit_code, employer_name, region_code, numerator, denominator, holder
				from indicators.membership""" + " " + WHICH + " order by employer_name, employer_id limit :limit offset :offset")
			.param("code", code)
			.param("prefix", prefix)
			.param("which", which)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, i) -> member(rs))
			.list();
		return Page.of(items, total, page);
	}

	void forEachMember(String code, String prefix, String which, Consumer<Member> consumer) {
		this.jdbc.sql("""
				select employer_id, credit_code, employer_name, region_code, numerator, denominator, holder
				from indicators.membership""" + " " + WHICH + " order by employer_name, employer_id")
			.param("code", code)
			.param("prefix", prefix)
			.param("which", which)
			.query(rs -> {
				consumer.accept(member(rs));
			});
	}

	private static Member member(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
				"INSTITUTION".equals(rs.getString(7)));
	}

}
