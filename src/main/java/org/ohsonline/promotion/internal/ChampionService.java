package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.promotion.ChampionQuota;
import org.ohsonline.promotion.ChampionSummary;
import org.ohsonline.promotion.ChampionView;
import org.ohsonline.promotion.Champions;
import org.ohsonline.promotion.NominationStatus;
import org.ohsonline.promotion.NomineeRole;
import org.ohsonline.promotion.PublishedChampion;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.reference.Divisions;
import org.ohsonline.registry.EmployerRef;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.WorkerView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Health champions (see {@link Champions} and docs/promotion.md). */
@Service
class ChampionService implements Champions {

	static final String CATALOG = "health-champion-criteria";

	static final String READ = "promotion:champion:read";

	static final String NOMINATE = "promotion:champion:nominate";

	static final String REVIEW = "promotion:champion:review";

	static final String DECIDE = "promotion:champion:decide";

	static final ScopeColumns SCOPE = ScopeColumns.on("n").region("region_code").employer("employer_credit_code");

	private static final String FILTER = """
			 from promotion.champion_nomination n
			where n.region_code like :region || '%'
			  and (cast(:year as int) is null or n.year = cast(:year as int))
			  and (cast(:status as text) is null or n.status = cast(:status as text))
			  and """;

	private final JdbcClient jdbc;

	private final Employers employers;

	private final Workers workers;

	private final Catalogs catalogs;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	ChampionService(JdbcClient jdbc, Employers employers, Workers workers, Catalogs catalogs, Divisions divisions,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.employers = employers;
		this.workers = workers;
		this.catalogs = catalogs;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	private int thisYear() {
		return LocalDate.now(this.clock.withZone(HealthyEnterpriseService.ZONE)).getYear();
	}

	@Override
	@Transactional
	public ChampionView nominate(Actor actor, long workerId, NomineeRole role, int year, String reason) {
		actor.require(NOMINATE);
		if (actor.scope().kind() != Scope.Kind.EMPLOYER) {
			throw new AccessDeniedException(NOMINATE);
		}
		EmployerRef employer = this.employers.byCreditCode(actor.scope().value())
			.orElseThrow(() -> new NotFoundException("employer", actor.scope().value()));
		List<FieldError> errors = new ArrayList<>();
		// The worker must be of the employer's own register (the scope check of the link's other end).
		WorkerView worker = this.workers.inScope(actor, workerId).orElse(null);
		if (worker == null) {
			errors.add(FieldError.of("workerId", "promotion.champion.worker"));
		}
		if (role == null) {
			errors.add(FieldError.of("role", "promotion.champion.role.required"));
		}
		if (year != thisYear() && year != thisYear() + 1) {
			errors.add(FieldError.of("year", "promotion.champion.year", thisYear(), thisYear() + 1));
		}
		String text = Text.blankToNull(reason);
		if (text == null) {
			errors.add(FieldError.of("reason", "promotion.champion.reason.required"));
		}
		else if (text.length() > 2000) {
			errors.add(FieldError.of("reason", "promotion.healthy.note.long", 2000));
		}
		if (errors.isEmpty() && this.jdbc.sql("select exists (select 1 from promotion.champion_nomination where worker_id = :w and year = :y)")
			.param("w", workerId)
			.param("y", year)
			.query(Boolean.class)
			.single()) {
			errors.add(FieldError.of("workerId", "promotion.champion.already", year));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		CatalogVersion version = this.catalogs.versionInForce(CATALOG, LocalDate.now(this.clock.withZone(HealthyEnterpriseService.ZONE)))
			.orElseThrow(() -> new IllegalStateException("No version of " + CATALOG + " is in force"));
		long id = this.jdbc.sql("""
				insert into promotion.champion_nomination (employer_id, employer_credit_code, employer_name, region_code, year,
				    catalog_version_id, edition, pass_mark, worker_id, nominee_name, nominee_role, reason, status, nominated_by)
				values (:e, :code, :name, :region, :year, :version, :edition, :pass, :w, :nominee, :role, :reason, 'NOMINATED', :by)
				returning id""")
			.param("e", employer.id())
			.param("code", employer.creditCode())
			.param("name", employer.name())
			.param("region", employer.regionCode())
			.param("year", year)
			.param("version", version.id())
			.param("edition", version.edition())
			.param("pass", passMark(version.id()))
			.param("w", workerId)
			.param("nominee", worker.name())
			.param("role", role.name())
			.param("reason", text)
			.param("by", actor.displayName())
			.query(Long.class)
			.single();
		this.audit.record(actor, "promotion.champion.nominated", AuditTarget.of("champion-nomination", id, employer.regionCode()),
				null, Map.of("worker", workerId, "role", role.name(), "year", year));
		return find(actor, id);
	}

	@Override
	@Transactional
	public ChampionView score(Actor actor, long id, Map<String, BigDecimal> points) {
		actor.require(REVIEW);
		Head head = lockInScope(actor, id);
		if (!"NOMINATED".equals(head.status())) {
			throw InvalidInputException.of("status", "promotion.champion.decided");
		}
		List<ChampionView.Criterion> criteria = criteria(head.versionId());
		Map<String, BigDecimal> given = points == null ? Map.of() : points;
		List<FieldError> errors = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		StringBuilder stored = new StringBuilder();
		for (ChampionView.Criterion c : criteria) {
			BigDecimal p = given.get(c.code());
			if (!HealthyScoring.valid(p, c.points())) {
				errors.add(FieldError.of("points[" + c.code() + "]", "promotion.healthy.points.range", c.points()));
				continue;
			}
			total = total.add(p);
			stored.append(stored.isEmpty() ? "" : ";").append(c.code()).append('=').append(p.stripTrailingZeros().toPlainString());
		}
		for (String code : given.keySet()) {
			if (criteria.stream().noneMatch(c -> c.code().equals(code))) {
				errors.add(FieldError.of("points[" + code + "]", "promotion.healthy.item.unknown", code));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("""
				insert into promotion.champion_score (nomination_id, reviewer_user_id, reviewer_name, total, points)
				values (:id, :uid, :name, :total, :points)
				on conflict (nomination_id, reviewer_user_id) do update set total = excluded.total, points = excluded.points,
				    reviewer_name = excluded.reviewer_name, scored_at = now()""")
			.param("id", id)
			.param("uid", actor.userId())
			.param("name", actor.displayName())
			.param("total", total)
			.param("points", stored.toString())
			.update();
		this.jdbc.sql("""
				update promotion.champion_nomination n set
				    score = (select round(avg(s.total), 1) from promotion.champion_score s where s.nomination_id = n.id),
				    reviews = (select count(*) from promotion.champion_score s where s.nomination_id = n.id)
				where n.id = :id""").param("id", id).update();
		this.audit.record(actor, "promotion.champion.scored", AuditTarget.of("champion-nomination", id, head.regionCode()), null,
				Map.of("total", total, "points", stored.toString()));
		return find(actor, id);
	}

	@Override
	@Transactional
	public ChampionView decide(Actor actor, long id, boolean approve, String note) {
		actor.require(DECIDE);
		Head head = lockInScope(actor, id);
		if (!"NOMINATED".equals(head.status())) {
			throw InvalidInputException.of("status", "promotion.champion.decided");
		}
		String reason = Text.blankToNull(note);
		if (reason != null && reason.length() > 2000) {
			throw InvalidInputException.of("note", "promotion.healthy.note.long", 2000);
		}
		if (approve) {
			if (head.reviews() == 0 || head.score() == null) {
				throw InvalidInputException.of("decision", "promotion.champion.unscored");
			}
			if (head.score().compareTo(head.passMark()) < 0) {
				throw InvalidInputException.of("decision", "promotion.champion.belowPassMark", head.score(), head.passMark());
			}
			checkQuotas(head);
		}
		else if (reason == null) {
			throw InvalidInputException.of("note", "promotion.healthy.decide.reasonRequired");
		}
		String status = approve ? "APPROVED" : "REJECTED";
		this.jdbc.sql("""
				update promotion.champion_nomination set status = :status, decision_note = :note, decider_name = :name,
				    decided_at = now() where id = :id""")
			.param("status", status)
			.param("note", reason)
			.param("name", actor.displayName())
			.param("id", id)
			.update();
		this.audit.record(actor, approve ? "promotion.champion.approved" : "promotion.champion.rejected",
				AuditTarget.of("champion-nomination", id, head.regionCode()), Map.of("status", "NOMINATED"),
				Map.of("status", status, "note", reason == null ? "" : reason));
		return find(actor, id);
	}

	/**
	 * Every quota on the path from the province down to the nominee's region must have room; the quota rows are
	 * locked, so two approvals in one region wait for each other and the second sees the first.
	 */
	private void checkQuotas(Head head) {
		List<String> path = path(head.regionCode());
		List<Object[]> quotas = this.jdbc.sql("""
				select region_code, quota from promotion.champion_quota
				where year = :year and region_code in (:path) order by length(region_code) for update""")
			.param("year", head.year())
			.param("path", path)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2) })
			.list();
		if (quotas.isEmpty()) {
			throw InvalidInputException.of("decision", "promotion.champion.quota.none", this.divisions.fullName(head.regionCode()),
					head.year());
		}
		for (Object[] q : quotas) {
			long approved = approved((String) q[0], head.year());
			if (approved >= (Integer) q[1]) {
				throw InvalidInputException.of("decision", "promotion.champion.quota.full", this.divisions.fullName((String) q[0]),
						head.year(), q[1], approved);
			}
		}
	}

	private long approved(String region, int year) {
		return this.jdbc.sql("""
				select count(*) from promotion.champion_nomination
				where status = 'APPROVED' and year = :year and region_code like :region || '%'""")
			.param("year", year)
			.param("region", region)
			.query(Long.class)
			.single();
	}

	/** The region's code and its ancestors' (2, 4, 6 and 9 digits). */
	static List<String> path(String region) {
		List<String> path = new ArrayList<>();
		for (int length : new int[] { 2, 4, 6, 9, 12 }) {
			if (region.length() >= length) {
				path.add(region.substring(0, length));
			}
		}
		return path;
	}

	@Override
	@Transactional
	public ChampionQuota setQuota(Actor actor, String regionCode, int year, int quota) {
		actor.require(DECIDE);
		String region = Text.blankToNull(regionCode) == null ? null : regionCode.trim();
		List<FieldError> errors = new ArrayList<>();
		boolean valid;
		try {
			RegionCode.of(region);
			valid = true;
		}
		catch (RuntimeException ex) {
			valid = false;
		}
		if (!valid || !actor.scope().coversRegion(region)) {
			errors.add(FieldError.of("region", "promotion.champion.quota.region"));
		}
		if (year < thisYear() - 1 || year > thisYear() + 1) {
			errors.add(FieldError.of("year", "promotion.champion.year", thisYear() - 1, thisYear() + 1));
		}
		if (quota < 0 || quota > 10_000) {
			errors.add(FieldError.of("quota", "promotion.champion.quota.range"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Integer before = this.jdbc.sql("select quota from promotion.champion_quota where region_code = :r and year = :y for update")
			.param("r", region)
			.param("y", year)
			.query(Integer.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("""
				insert into promotion.champion_quota (region_code, year, quota, set_by) values (:r, :y, :q, :by)
				on conflict (region_code, year) do update set quota = excluded.quota, set_by = excluded.set_by, set_at = now()""")
			.param("r", region)
			.param("y", year)
			.param("q", quota)
			.param("by", actor.displayName())
			.update();
		this.audit.record(actor, "promotion.champion.quota-set", AuditTarget.of("champion-quota", region + ":" + year, region),
				before == null ? null : Map.of("quota", before), Map.of("quota", quota, "year", year));
		return new ChampionQuota(region, year, quota, approved(region, year));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChampionQuota> quotas(Actor actor, int year) {
		actor.require(READ);
		String prefix = actor.scope().regionPrefix().orElse(null);
		if (prefix == null) {
			return List.of();
		}
		return this.jdbc.sql("""
				select q.region_code, q.year, q.quota,
				    (select count(*) from promotion.champion_nomination n where n.status = 'APPROVED' and n.year = q.year
				        and n.region_code like q.region_code || '%') as approved
				from promotion.champion_quota q where q.year = :year and q.region_code like :prefix || '%'
				order by q.region_code""")
			.param("year", year)
			.param("prefix", prefix)
			.query((rs, n) -> new ChampionQuota(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getLong(4)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public ChampionView find(Actor actor, long id) {
		actor.require(READ);
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		Row row = this.jdbc.sql("select n.* from promotion.champion_nomination n where n.id = :id and " + SCOPE.predicate())
			.params(parameters)
			.param("id", id)
			.query(ChampionService::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("champion-nomination", id));
		List<ChampionView.Score> scores = this.jdbc.sql("""
				select reviewer_name, total, points, scored_at from promotion.champion_score
				where nomination_id = :id order by scored_at""")
			.param("id", id)
			.query((rs, n) -> new ChampionView.Score(rs.getString(1), rs.getBigDecimal(2), parse(rs.getString(3)),
					rs.getTimestamp(4).toInstant()))
			.list();
		return new ChampionView(row.id, row.employerId, row.creditCode, row.employerName, row.regionCode, row.year, row.edition,
				row.passMark, row.workerId, row.nomineeName, row.role, row.reason, row.status, row.score, row.reviews,
				row.decisionNote, row.deciderName, row.decidedAt, row.createdAt, criteria(row.versionId), scores);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ChampionSummary> search(Actor actor, String region, Integer year, NominationStatus status, PageQuery page) {
		actor.require(READ);
		Map<String, Object> parameters = parameters(actor, region, year, status);
		if (parameters == null) {
			return Page.of(List.of(), 0, page);
		}
		List<ChampionSummary> items = this.jdbc.sql("select n.*" + FILTER + SCOPE.predicate()
				+ " order by n.year desc, n.region_code, n.score desc nulls last, n.id limit :limit offset :offset")
			.params(parameters)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ChampionService::summary)
			.list();
		long total = this.jdbc.sql("select count(*)" + FILTER + SCOPE.predicate()).params(parameters).query(Long.class).single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, String region, Integer year, NominationStatus status, Consumer<ChampionSummary> consumer) {
		actor.require(READ);
		Map<String, Object> parameters = parameters(actor, region, year, status);
		if (parameters == null) {
			return;
		}
		this.jdbc.sql("select n.*" + FILTER + SCOPE.predicate() + " order by n.year desc, n.region_code, n.score desc nulls last, n.id")
			.params(parameters)
			.query(ChampionService::summary)
			.stream()
			.forEach(consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<PublishedChampion> published(int year) {
		return this.jdbc.sql("""
				select nominee_name, nominee_role, employer_name, region_code, year from promotion.champion_nomination
				where status = 'APPROVED' and year = :year order by region_code, employer_name, id""")
			.param("year", year)
			.query((rs, n) -> new PublishedChampion(mask(rs.getString(1)), NomineeRole.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getInt(5)))
			.list();
	}

	/** The surname kept, the rest starred: 张三 → 张*, 欧阳小明 → 欧***. */
	static String mask(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	private Map<String, Object> parameters(Actor actor, String region, Integer year, NominationStatus status) {
		String within = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (within == null) {
			return null;
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", within);
		parameters.put("year", year);
		parameters.put("status", status == null ? null : status.name());
		return parameters;
	}

	private List<ChampionView.Criterion> criteria(long versionId) {
		List<ChampionView.Criterion> criteria = new ArrayList<>();
		for (CatalogEntry e : this.catalogs.allEntries(versionId, "")) {
			if ("criterion".equals(String.valueOf(e.attributes().get("kind")))) {
				criteria.add(new ChampionView.Criterion(e.code(), e.name(), number(e)));
			}
		}
		criteria.sort(java.util.Comparator.comparing(ChampionView.Criterion::code));
		return criteria;
	}

	private BigDecimal passMark(long versionId) {
		return this.catalogs.allEntries(versionId, "").stream().filter(e -> "PASS_MARK".equals(e.code())).findFirst()
			.map(ChampionService::number).orElse(new BigDecimal("60"));
	}

	private static BigDecimal number(CatalogEntry e) {
		Object value = e.attributes().get("points");
		return value == null || String.valueOf(value).isBlank() ? BigDecimal.ZERO : new BigDecimal(String.valueOf(value).trim());
	}

	private static Map<String, BigDecimal> parse(String stored) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		for (String part : stored.split(";")) {
			int at = part.indexOf('=');
			if (at > 0) {
				points.put(part.substring(0, at), new BigDecimal(part.substring(at + 1)));
			}
		}
		return points;
	}

	private Head lockInScope(Actor actor, long id) {
		Head head = this.jdbc.sql("""
				select id, region_code, year, catalog_version_id, status, pass_mark, score, reviews
				from promotion.champion_nomination where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5),
					rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getInt(8)))
			.optional()
			.orElseThrow(() -> new NotFoundException("champion-nomination", id));
		if (!actor.scope().coversRegion(head.regionCode())) {
			throw new NotFoundException("champion-nomination", id);
		}
		return head;
	}

	private record Head(long id, String regionCode, int year, long versionId, String status, BigDecimal passMark,
			BigDecimal score, int reviews) {
	}

	private record Row(long id, long employerId, String creditCode, String employerName, String regionCode, int year,
			long versionId, String edition, BigDecimal passMark, long workerId, String nomineeName, NomineeRole role,
			String reason, NominationStatus status, BigDecimal score, int reviews, String decisionNote, String deciderName,
			Instant decidedAt, Instant createdAt) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		java.sql.Timestamp decided = rs.getTimestamp("decided_at");
		return new Row(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("employer_credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getInt("year"), rs.getLong("catalog_version_id"),
				rs.getString("edition"), rs.getBigDecimal("pass_mark"), rs.getLong("worker_id"), rs.getString("nominee_name"),
				NomineeRole.valueOf(rs.getString("nominee_role")), rs.getString("reason"),
				NominationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"), rs.getInt("reviews"),
				rs.getString("decision_note"), rs.getString("decider_name"), decided == null ? null : decided.toInstant(),
				rs.getTimestamp("created_at").toInstant());
	}

	private static ChampionSummary summary(ResultSet rs, int n) throws SQLException {
		return new ChampionSummary(rs.getLong("id"), rs.getString("nominee_name"), NomineeRole.valueOf(rs.getString("nominee_role")),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getInt("year"),
				NominationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"), rs.getInt("reviews"));
	}

	static BigDecimal round(BigDecimal value) {
		return value.setScale(1, RoundingMode.HALF_UP);
	}

}
