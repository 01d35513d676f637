package org.ohsonline.registry.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.registry.DispatchStatus;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.ExposedWorkforce;
import org.ohsonline.shared.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for workers and employment. Identity numbers arrive here already encrypted. */
@Repository
class WorkerStore {

	/**
	 * Workers visible to a scope: the person themself; anyone whose scope covers one of the worker's
	 * employers, current or past (for a dispatched worker, the host employer too once it confirmed);
	 * an institution that a grant in force opens the worker to.
	 */
	static final String SCOPE = "(" + ScopeColumns.on("w").person("id_number_index").predicate() + """
			 or exists (select 1 from registry.employment sm
			            join registry.employer se on se.id = sm.employer_id
			            left join registry.employer sh on sh.id = sm.host_employer_id and sm.host_status = 'CONFIRMED'
			            where sm.worker_id = w.id and (%s or %s))
			 or %s)""".formatted(ScopeColumns.on("sm").region("region_code").employer("se.credit_code").predicate(),
			ScopeColumns.on("sh").region("region_code").employer("credit_code").predicate(), GrantStore.WORKER_GRANTED);

	private static final String EMPLOYMENT_COLUMNS = """
			m.id, m.worker_id, w.name as worker_name, m.employer_id, e.name as employer_name, m.region_code,
			m.post_id, p.name as post_name, m.hired_on, m.left_on, m.dispatched, m.host_employer_id,
			h.name as host_name, m.host_status
			from registry.employment m
			join registry.worker w on w.id = m.worker_id
			join registry.employer e on e.id = m.employer_id
			left join registry.post p on p.id = m.post_id
			left join registry.employer h on h.id = m.host_employer_id""";

	private final JdbcClient jdbc;

	WorkerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored worker; the identity number still encrypted. */
	record Row(long id, String idNumberCipher, String idNumberMasked, String name, String gender, LocalDate birthDate,
			String mobileCipher, boolean synthetic) {
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select w.* from registry.worker w where w.id = :id and " + WorkerStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(WorkerStore::row)
			.optional();
	}

	/** The workers of the ids in scope (exchange exports read a page at a time). */
	List<Row> findAll(ScopeFilter scope, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select w.* from registry.worker w where w.id in (:ids) and " + WorkerStore.SCOPE)
			.params(scope.parameters())
			.param("ids", List.copyOf(ids))
			.query(WorkerStore::row)
			.list();
	}

	Optional<Row> findById(long id) {
		return this.jdbc.sql("select w.* from registry.worker w where w.id = :id").param("id", id).query(WorkerStore::row).optional();
	}

	/** The worker stored under any of the blind indexes (the current key's and, during a key rotation, the previous one's). */
	Optional<Row> findByIndexes(List<String> blindIndexes) {
		return this.jdbc.sql("select w.* from registry.worker w where w.id_number_index in (:i) order by w.id limit 1")
			.param("i", blindIndexes)
			.query(WorkerStore::row)
			.optional();
	}

	Optional<Row> findByIndex(String blindIndex) {
		return this.jdbc.sql("select w.* from registry.worker w where w.id_number_index = :i")
			.param("i", blindIndex)
			.query(WorkerStore::row)
			.optional();
	}

	long insert(String cipher, String index, String masked, String name, String gender, LocalDate birthDate,
			String mobileCipher, Instant now) {
		return this.jdbc.sql("""
				insert into registry.worker (id_number_cipher, id_number_index, id_number_masked, name, gender,
				    birth_date, mobile_cipher, created_at)
				values (:c, :i, :m, :n, :g, :b, :mobile, :at) returning id""")
			.param("c", cipher)
			.param("i", index)
			.param("m", masked)
			.param("n", name)
			.param("g", gender)
			.param("b", Date.valueOf(birthDate))
			.param("mobile", mobileCipher)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	long insertEmployment(long workerId, long employerId, String region, Long postId, LocalDate hiredOn,
			boolean dispatched, Long hostEmployerId) {
		return this.jdbc.sql("""
				insert into registry.employment (worker_id, employer_id, region_code, post_id, hired_on, dispatched,
				    host_employer_id, host_status)
				values (:w, :e, :r, :p, :h, :d, :host, case when cast(:host as bigint) is null then null else 'PENDING' end)
				returning id""")
			.param("w", workerId)
			.param("e", employerId)
			.param("r", region)
			.param("p", postId)
			.param("h", Date.valueOf(hiredOn))
			.param("d", dispatched)
			.param("host", hostEmployerId)
			.query(Long.class)
			.single();
	}

	boolean currentlyEmployed(long workerId, long employerId) {
		return this.jdbc.sql("select count(*) from registry.employment where worker_id = :w and employer_id = :e and left_on is null")
			.param("w", workerId)
			.param("e", employerId)
			.query(Long.class)
			.single() > 0;
	}

	void leave(long employmentId, LocalDate leftOn) {
		this.jdbc.sql("update registry.employment set left_on = :l where id = :id")
			.param("l", Date.valueOf(leftOn))
			.param("id", employmentId)
			.update();
	}

	/** Records the host employer's answer to a dispatch. */
	void answerDispatch(long employmentId, DispatchStatus status, Instant at) {
		this.jdbc.sql("update registry.employment set host_status = :s, host_answered_at = :at where id = :id")
			.param("s", status.name())
			.param("at", Timestamp.from(at))
			.param("id", employmentId)
			.update();
	}

	/** Dispatches to the host employer awaiting its confirmation, oldest first. */
	List<EmploymentView> pendingDispatches(long hostEmployerId) {
		return this.jdbc.sql("select " + EMPLOYMENT_COLUMNS
				+ " where m.host_employer_id = :h and m.host_status = 'PENDING' and m.left_on is null order by m.hired_on, m.id")
			.param("h", hostEmployerId)
			.query(WorkerStore::employment)
			.list();
	}

	/** Whether the worker lets the employer see their history at other employers. */
	boolean consents(long workerId, long employerId) {
		return this.jdbc.sql("""
				select count(*) from registry.history_consent
				where worker_id = :w and employer_id = :e and revoked_at is null""")
			.param("w", workerId)
			.param("e", employerId)
			.query(Long.class)
			.single() > 0;
	}

	/** The employers the worker lets see their whole history. */
	List<Long> consentedEmployers(long workerId) {
		return this.jdbc.sql("select employer_id from registry.history_consent where worker_id = :w and revoked_at is null")
			.param("w", workerId)
			.query(Long.class)
			.list();
	}

	void grantConsent(long workerId, long employerId, Instant at) {
		this.jdbc.sql("insert into registry.history_consent (worker_id, employer_id, granted_at) values (:w, :e, :at)")
			.param("w", workerId)
			.param("e", employerId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void revokeConsent(long workerId, long employerId, Instant at) {
		this.jdbc.sql("""
				update registry.history_consent set revoked_at = :at
				where worker_id = :w and employer_id = :e and revoked_at is null""")
			.param("w", workerId)
			.param("e", employerId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** A change of post within an employment, as kept for the exposure history. */
	record PostChange(long employmentId, Long oldPostId, Long newPostId, LocalDate changedOn) {
	}

	void changePost(long employmentId, Long postId) {
		this.jdbc.sql("update registry.employment set post_id = :p where id = :id")
			.param("p", postId)
			.param("id", employmentId)
			.update();
	}

	void insertPostChange(EmploymentView employment, Long newPostId, LocalDate changedOn, Instant now) {
		this.jdbc.sql("""
				insert into registry.post_change (employment_id, worker_id, employer_id, old_post_id, new_post_id,
				    changed_on, created_at)
				values (:m, :w, :e, :old, :new, :on, :at)""")
			.param("m", employment.id())
			.param("w", employment.workerId())
			.param("e", employment.employerId())
			.param("old", employment.postId())
			.param("new", newPostId)
			.param("on", Date.valueOf(changedOn))
			.param("at", Timestamp.from(now))
			.update();
	}

	/** The worker's changes of post, per employment in the order they happened. */
	List<PostChange> postChangesOf(long workerId) {
		return this.jdbc.sql("""
				select employment_id, old_post_id, new_post_id, changed_on from registry.post_change
				where worker_id = :w order by employment_id, changed_on, id""")
			.param("w", workerId)
			.query((rs, n) -> new PostChange(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					(Long) rs.getObject(3, Long.class), rs.getObject(4, LocalDate.class)))
			.list();
	}

	Optional<EmploymentView> employment(long id) {
		return this.jdbc.sql("select " + EMPLOYMENT_COLUMNS + " where m.id = :id")
			.param("id", id)
			.query(WorkerStore::employment)
			.optional();
	}

	/** The employments of the workers, by worker, latest first as {@link #employmentsOf(long)}. */
	Map<Long, List<EmploymentView>> employmentsOf(java.util.Collection<Long> workerIds) {
		Map<Long, List<EmploymentView>> byWorker = new java.util.HashMap<>();
		if (workerIds.isEmpty()) {
			return byWorker;
		}
		this.jdbc.sql("select " + EMPLOYMENT_COLUMNS + " where m.worker_id in (:w) order by m.hired_on desc, m.id desc")
			.param("w", List.copyOf(workerIds))
			.query(WorkerStore::employment)
			.list()
			.forEach(e -> byWorker.computeIfAbsent(e.workerId(), k -> new java.util.ArrayList<>()).add(e));
		return byWorker;
	}

	List<EmploymentView> employmentsOf(long workerId) {
		return this.jdbc.sql("select " + EMPLOYMENT_COLUMNS + " where m.worker_id = :w order by m.hired_on desc, m.id desc")
			.param("w", workerId)
			.query(WorkerStore::employment)
			.list();
	}

	/**
	 * Distinct current workers of the employer (employees, and dispatched workers it confirmed) per
	 * hazard factor of the post they hold, and over all factors: a person counts once however many
	 * factors their post has.
	 */
	ExposedWorkforce exposed(long employerId) {
		String current = """
				from registry.employment m
				where m.left_on is null
				  and (m.employer_id = :e or (m.host_employer_id = :e and m.host_status = 'CONFIRMED'))""";
		String exposed = """
				from registry.employment m
				join registry.post p on p.id = m.post_id and p.employer_id = :e
				join registry.post_hazard h on h.post_id = p.id
				where m.left_on is null
				  and (m.employer_id = :e or (m.host_employer_id = :e and m.host_status = 'CONFIRMED'))""";
		Map<String, Integer> byHazard = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select h.hazard_code, count(distinct m.worker_id) " + exposed
				+ " group by h.hazard_code order by h.hazard_code")
			.param("e", employerId)
			.query((rs, n) -> byHazard.put(rs.getString(1), rs.getInt(2)))
			.list();
		int total = this.jdbc.sql("select count(distinct m.worker_id) " + exposed)
			.param("e", employerId)
			.query(Integer.class)
			.single();
		int workforce = this.jdbc.sql("select count(distinct m.worker_id) " + current)
			.param("e", employerId)
			.query(Integer.class)
			.single();
		return new ExposedWorkforce(workforce, total, byHazard);
	}

	private static final ScopeColumns EMPLOYER_COLUMNS = ScopeColumns.on("e").region("region_code")
		.employer("credit_code");

	long countWorkforce(long employerId, boolean current, String q) {
		return this.jdbc.sql("""
				select count(*) from registry.employment m join registry.worker w on w.id = m.worker_id
				where (m.employer_id = :e or (m.host_employer_id = :e and m.host_status = 'CONFIRMED')) and (not :current or m.left_on is null)
				  and (cast(:q as text) is null or w.name like '%' || cast(:q as text) || '%')""")
			.param("e", employerId)
			.param("current", current)
			.param("q", q)
			.query(Long.class)
			.single();
	}

	/** Current workers per employer in scope and region: employees, and confirmed dispatched workers at their host. */
	/**
	 * {@link #forEachCurrent}'s rows counted per employer, with how many are among the given workers (joined as one
	 * array, hashed by the database): the denominators and numerators of a rate without streaming every worker.
	 */
	Map<Long, long[]> currentCounts(ScopeFilter scope, String regionPrefix, java.util.Set<Long> workerIds) {
		Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
		parameters.put("prefix", regionPrefix);
		parameters.put("among", workerIds.toArray(Long[]::new));
		Map<Long, long[]> counts = new java.util.HashMap<>();
		this.jdbc.sql("""
				select e.id, count(*), count(t.worker_id)
				from registry.employment m
				join registry.employer e on e.id = m.employer_id
				  or (e.id = m.host_employer_id and m.host_status = 'CONFIRMED')
				left join (select distinct unnest(cast(:among as bigint[])) as worker_id) t on t.worker_id = m.worker_id
				where m.left_on is null and e.region_code like :prefix || '%'
				  and """ + EMPLOYER_COLUMNS.predicate() + """

				group by e.id""")
			.params(parameters)
			.query((rs, n) -> counts.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

	/**
	 * The same people as {@link #workforce} with {@code current} for each employer (employees of record and confirmed
	 * dispatched workers), for many employers in one statement: each (employer, worker) once.
	 */
	void forEachCurrentOf(ScopeFilter scope, java.util.Collection<Long> employerIds,
			java.util.function.Consumer<org.ohsonline.registry.CurrentWorker> consumer) {
		Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
		parameters.put("ids", employerIds.toArray(Long[]::new));
		this.jdbc.sql("""
				select distinct x.employer_id, x.worker_id
				from (select m.employer_id, m.worker_id from registry.employment m
				      where m.left_on is null and m.employer_id = any(cast(:ids as bigint[]))
				      union all
				      select m.host_employer_id, m.worker_id from registry.employment m
				      where m.left_on is null and m.host_status = 'CONFIRMED'
				        and m.host_employer_id = any(cast(:ids as bigint[]))) x
				join registry.employer e on e.id = x.employer_id
				-- the ids again on the employer: without them the planner hashes every employer of the register
				where e.id = any(cast(:ids as bigint[])) and """ + EMPLOYER_COLUMNS.predicate())
			.params(parameters)
			.query((rs, n) -> {
				consumer.accept(new org.ohsonline.registry.CurrentWorker(rs.getLong(1), rs.getLong(2), null));
				return null;
			})
			.list();
	}

	void forEachCurrent(ScopeFilter scope, String regionPrefix,
			java.util.function.Consumer<org.ohsonline.registry.CurrentWorker> consumer) {
		Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
		parameters.put("prefix", regionPrefix);
		try (java.util.stream.Stream<org.ohsonline.registry.CurrentWorker> rows = this.jdbc.sql("""
				select e.id as employer_id, w.id as worker_id, w.name
				from registry.employment m
				join registry.worker w on w.id = m.worker_id
				join registry.employer e on e.id = m.employer_id
				  or (e.id = m.host_employer_id and m.host_status = 'CONFIRMED')
				where m.left_on is null and e.region_code like :prefix || '%'
				  and """ + EMPLOYER_COLUMNS.predicate() + """

				order by e.id, w.id""")
			.params(parameters)
			.query((rs, n) -> new org.ohsonline.registry.CurrentWorker(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	List<EmploymentView> workforce(long employerId, boolean current, String q, PageQuery page) {
		return this.jdbc.sql("select " + EMPLOYMENT_COLUMNS + """
				 where (m.employer_id = :e or (m.host_employer_id = :e and m.host_status = 'CONFIRMED')) and (not :current or m.left_on is null)
				  and (cast(:q as text) is null or w.name like '%' || cast(:q as text) || '%')
				order by m.left_on desc nulls first, w.name, m.id limit :limit offset :offset""")
			.param("e", employerId)
			.param("current", current)
			.param("q", q)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(WorkerStore::employment)
			.list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("id_number_cipher"), rs.getString("id_number_masked"),
				rs.getString("name"), rs.getString("gender"), rs.getObject("birth_date", LocalDate.class),
				rs.getString("mobile_cipher"), rs.getBoolean("synthetic"));
	}

	private static EmploymentView employment(ResultSet rs, int n) throws SQLException {
		return new EmploymentView(rs.getLong("id"), rs.getLong("worker_id"), rs.getString("worker_name"),
				rs.getLong("employer_id"), rs.getString("employer_name"), rs.getString("region_code"),
				(Long) rs.getObject("post_id", Long.class), rs.getString("post_name"),
				rs.getObject("hired_on", LocalDate.class), rs.getObject("left_on", LocalDate.class),
				rs.getBoolean("dispatched"), (Long) rs.getObject("host_employer_id", Long.class), rs.getString("host_name"),
				rs.getString("host_status") == null ? null : DispatchStatus.valueOf(rs.getString("host_status")));
	}

}
