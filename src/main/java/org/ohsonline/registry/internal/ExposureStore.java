package org.ohsonline.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.ohsonline.registry.EmployerExposure;
import org.ohsonline.registry.EmployerHazards;
import org.ohsonline.registry.EmployerProfile;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people exposed at employers now, for any number of employers in one statement: one employer after an event and
 * a batch of a read model's rebuild are read alike. A current worker counts for the employer of record and, once it
 * confirmed, for the host a worker is dispatched to; exposed are those holding a post of that employer with a hazard
 * factor.
 */
@Repository
class ExposureStore {

	/** The current employments of the employers {@code :ids}, each under the employer it counts for. */
	private static final String CURRENT = """
			select m.employer_id, m.worker_id, m.post_id from registry.employment m
			where m.left_on is null and m.employer_id = any(cast(:ids as bigint[]))
			union all
			select m.host_employer_id, m.worker_id, m.post_id from registry.employment m
			where m.left_on is null and m.host_status = 'CONFIRMED' and m.host_employer_id = any(cast(:ids as bigint[]))""";

	/** {@link #CURRENT} of every employer. */
	private static final String CURRENT_ALL = """
			select m.employer_id, m.worker_id, m.post_id from registry.employment m
			where m.left_on is null
			union all
			select m.host_employer_id, m.worker_id, m.post_id from registry.employment m
			where m.left_on is null and m.host_status = 'CONFIRMED' and m.host_employer_id is not null""";

	/**
	 * Per employer, rows of three kinds: {@code F} each factor of its posts with the distinct current workers holding
	 * such a post (0 when nobody does), {@code E} the distinct workers holding any post with a factor, {@code W} its
	 * current workforce; ordered by employer. {@code current} gives the employments, {@code posts} restricts the posts.
	 */
	private static String counts(String current, String posts) {
		return "with cur as (" + current + """
				),
				hz as (
				    select p.employer_id, h.post_id, h.hazard_code from registry.post_hazard h
				    join registry.post p on p.id = h.post_id\s""" + posts + """
				)
				select 'F' as kind, hz.employer_id, hz.hazard_code, count(distinct cur.worker_id) as n
				from hz left join cur on cur.post_id = hz.post_id and cur.employer_id = hz.employer_id
				group by hz.employer_id, hz.hazard_code
				union all
				select 'E', cur.employer_id, null, count(distinct cur.worker_id) from cur
				where exists (select 1 from hz where hz.post_id = cur.post_id and hz.employer_id = cur.employer_id)
				group by cur.employer_id
				union all
				select 'W', cur.employer_id, null, count(distinct cur.worker_id) from cur group by cur.employer_id""";
	}

	/** Rows fetched at a time by {@link #forEach}, which reads the whole register through a cursor. */
	static final int FETCH = 5_000;

	private final JdbcClient jdbc;

	ExposureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each employer's profile with the factors of its posts and its exposed workforce, by employer id: per factor of a
	 * post (held or not) the distinct current workers holding such a post, the distinct workers holding any post with
	 * a factor, and the current workforce.
	 */
	Map<Long, EmployerExposure> exposures(Collection<EmployerProfile> profiles) {
		Map<Long, Counts> counts = new HashMap<>();
		profiles.forEach(p -> counts.put(p.duties().id(), new Counts()));
		if (!counts.isEmpty()) {
			this.jdbc.sql(counts(CURRENT, "where p.employer_id = any(cast(:ids as bigint[]))") + " order by 2, 1, 3")
				.param("ids", counts.keySet().toArray(Long[]::new))
				.query((rs, n) -> {
					counts.get(rs.getLong("employer_id")).add(rs);
					return n;
				})
				.list();
		}
		Map<Long, EmployerExposure> exposures = new LinkedHashMap<>();
		for (EmployerProfile p : profiles) {
			Counts of = counts.get(p.duties().id());
			exposures.put(p.duties().id(), new EmployerExposure(p.duties(), p.industryCode(), p.registeredOn(), of.codes,
					of.workforce()));
		}
		return exposures;
	}

	/**
	 * The same counts as {@link #exposures} for every employer in the scope with a post with a factor or a current
	 * worker, in one pass over the register, employer after employer (a whole province's risk portraits are built
	 * from it), fetched {@value #FETCH} rows at a time: held in memory whole, a province's rows filled 4 GB of heap. Runs
	 * in the caller's transaction (the cursor lives as long as it).
	 */
	void forEach(ScopeFilter scope, Consumer<EmployerHazards> consumer) {
		Counts[] of = { null };
		long[] current = { -1 };
		// A cursor of the caller's transaction, read FETCH rows at a time: the driver otherwise holds every row at once.
		this.jdbc.sql("declare exposure_rows no scroll cursor for select r.* from (" + counts(CURRENT_ALL, "") + """
				) r join registry.employer e on e.id = r.employer_id
				where \s""" + EmployerStore.SCOPE + " order by 2, 1, 3")
			.params(scope.parameters())
			.update();
		int fetched;
		do {
			fetched = this.jdbc.sql("fetch forward " + FETCH + " from exposure_rows").query((rs, n) -> {
				long employer = rs.getLong("employer_id");
				if (employer != current[0]) {
					if (of[0] != null) {
						consumer.accept(of[0].hazards(current[0]));
					}
					current[0] = employer;
					of[0] = new Counts();
				}
				of[0].add(rs);
				return n;
			}).list().size();
		}
		while (fetched == FETCH);
		this.jdbc.sql("close exposure_rows").update();
		if (of[0] != null) {
			consumer.accept(of[0].hazards(current[0]));
		}
	}

	/** One employer's counts as the statement of {@link #counts} delivers them. */
	private static final class Counts {

		final List<String> codes = new ArrayList<>();

		final Map<String, Integer> byHazard = new LinkedHashMap<>();

		int exposed;

		int workforce;

		void add(ResultSet rs) throws SQLException {
			switch (rs.getString("kind")) {
				case "F" -> {
					this.codes.add(rs.getString("hazard_code"));
					if (rs.getInt("n") > 0) {
						this.byHazard.put(rs.getString("hazard_code"), rs.getInt("n"));
					}
				}
				case "E" -> this.exposed = rs.getInt("n");
				default -> this.workforce = rs.getInt("n");
			}
		}

		ExposedWorkforce workforce() {
			return new ExposedWorkforce(this.workforce, this.exposed, this.byHazard);
		}

		EmployerHazards hazards(long employerId) {
			return new EmployerHazards(employerId, this.codes, workforce());
		}

	}

	/**
	 * Per employer in the scope among {@code employerIds} that has an exposed worker, per hazard factor category (the
	 * factor code's leading digit) the distinct current workers holding a post of the employer with a factor of it:
	 * the same current employments as {@link #exposures}.
	 */
	Map<Long, Map<String, Set<Long>>> exposedByCategory(ScopeFilter scope, Collection<Long> employerIds) {
		Map<Long, Map<String, Set<Long>>> byEmployer = new HashMap<>();
		if (employerIds.isEmpty()) {
			return byEmployer;
		}
		this.jdbc.sql("select distinct cur.employer_id, substr(h.hazard_code, 1, 1) as category, cur.worker_id from ("
				+ CURRENT + """
				) cur
				join registry.post_hazard h on h.post_id = cur.post_id
				join registry.post p on p.id = h.post_id and p.employer_id = cur.employer_id
				join registry.employer e on e.id = cur.employer_id
				-- the ids again on the employer: without them the planner hashes every employer of the register
				where e.id = any(cast(:ids as bigint[])) and """ + EmployerStore.SCOPE)
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.query((rs, n) -> byEmployer.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>())
				.computeIfAbsent(rs.getString(2), c -> new TreeSet<>())
				.add(rs.getLong(3)))
			.list();
		return byEmployer;
	}

}
