package org.ohsonline.training.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.EmployerSummary;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.EmploymentView;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.training.Audience;
import org.ohsonline.training.EmployerRates;
import org.ohsonline.training.RateLine;
import org.ohsonline.training.RegionRates;
import org.ohsonline.training.TrainingRates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training rates (see {@link TrainingRates}). A person counts as trained for an audience while holding a
 * certificate of a course for that audience that is valid today (expired ones do not count). Workers are
 * the register's current workers; principal leaders and managers the people the employer named.
 */
@Service
class RateService implements TrainingRates {

	static final List<Audience> RATED = List.of(Audience.PRINCIPAL, Audience.MANAGER, Audience.WORKER);

	private static final ScopeColumns NAMED = ScopeColumns.on("n").region("region_code").employer("employer_credit_code");

	private final Employers employers;

	private final Workers workers;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RateService(Employers employers, Workers workers, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.employers = employers;
		this.workers = workers;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public EmployerRates ofEmployer(Actor actor, long employerId) {
		actor.require(TrainingPermissions.RATE_READ);
		EmployerView employer = this.employers.find(actor, employerId);
		Map<Long, String> current = currentWorkers(actor, employerId);
		List<EmployerRates.NamedPerson> named = named(employerId);
		// Only this employer's people: the certificates of everyone else cannot change its rates.
		Set<Long> people = new HashSet<>(current.keySet());
		named.forEach(p -> people.add(p.workerId()));
		Map<Audience, Set<Long>> trained = trained(people);
		List<RateLine> lines = new ArrayList<>();
		for (Audience audience : RATED) {
			Map<Long, String> who = new LinkedHashMap<>();
			if (audience == Audience.WORKER) {
				who.putAll(current);
			}
			else {
				named.stream().filter(p -> p.role() == audience).forEach(p -> who.put(p.workerId(), p.name()));
			}
			Set<Long> done = trained.get(audience);
			List<RateLine.Person> missing = who.entrySet()
				.stream()
				.filter(e -> !done.contains(e.getKey()))
				.map(e -> new RateLine.Person(e.getKey(), e.getValue()))
				.toList();
			lines.add(new RateLine(audience, who.size() - missing.size(), who.size(), missing));
		}
		return new EmployerRates(employer.id(), employer.name(), employer.regionCode(), lines, named);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<RateLine>> countsOf(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(TrainingPermissions.RATE_READ);
		Map<Long, Set<Long>> current = new HashMap<>();
		Map<Long, Map<Audience, Set<Long>>> named = new HashMap<>();
		Set<Long> people = new HashSet<>();
		if (!employerIds.isEmpty()) {
			this.workers.forEachCurrentOf(actor, employerIds, w -> {
				current.computeIfAbsent(w.employerId(), k -> new HashSet<>()).add(w.workerId());
				people.add(w.workerId());
			});
			Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
			parameters.put("ids", employerIds.toArray(Long[]::new));
			this.jdbc.sql("select n.employer_id, n.worker_id, n.role from training.named_person n "
					+ "where n.employer_id = any(cast(:ids as bigint[])) and " + NAMED.predicate())
				.params(parameters)
				.query((rs, n) -> {
					named.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Audience.class))
						.computeIfAbsent(Audience.valueOf(rs.getString(3)), k -> new HashSet<>())
						.add(rs.getLong(2));
					people.add(rs.getLong(2));
					return null;
				})
				.list();
		}
		Map<Audience, Set<Long>> trained = trained(people);
		Map<Long, List<RateLine>> counts = new HashMap<>();
		for (Long employerId : employerIds) {
			List<RateLine> lines = new ArrayList<>();
			for (Audience audience : RATED) {
				Set<Long> who = audience == Audience.WORKER ? current.getOrDefault(employerId, Set.of())
						: named.getOrDefault(employerId, Map.of()).getOrDefault(audience, Set.of());
				long done = who.stream().filter(trained.get(audience)::contains).count();
				lines.add(new RateLine(audience, done, who.size(), List.of()));
			}
			counts.put(employerId, lines);
		}
		return counts;
	}

	@Override
	@Transactional(readOnly = true)
	public RegionRates ofRegion(Actor actor, String region, PageQuery page) {
		actor.require(TrainingPermissions.RATE_READ);
		String prefix = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (prefix == null) {
			return new RegionRates(region, RATED.stream().map(a -> new RateLine(a, 0, 0, List.of())).toList(),
					Page.of(List.of(), 0, page));
		}
		Map<Long, long[][]> counts = counts(actor, prefix);
		long[][] totals = new long[RATED.size()][2];
		counts.values().forEach(c -> {
			for (int i = 0; i < RATED.size(); i++) {
				totals[i][0] += c[i][0];
				totals[i][1] += c[i][1];
			}
		});
		Page<EmployerSummary> employers = this.employers.search(actor,
				new EmployerFilter(null, prefix, null, null, null, null, "name"), page);
		return new RegionRates(prefix, lines(totals), employers.map(e -> row(e, counts)));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachEmployer(Actor actor, String region, Consumer<RegionRates.Row> consumer) {
		actor.require(TrainingPermissions.RATE_READ);
		String prefix = ScopeFilter.narrowRegion(actor, region).orElse(null);
		if (prefix == null) {
			return;
		}
		Map<Long, long[][]> counts = counts(actor, prefix);
		this.employers.forEach(actor, new EmployerFilter(null, prefix, null, null, null, null, "name"),
				e -> consumer.accept(row(e, counts)));
	}

	@Override
	@Transactional
	public EmployerRates name(Actor actor, long employerId, Audience role, List<Long> workerIds) {
		actor.require(TrainingPermissions.PEOPLE_WRITE);
		EmployerView employer = this.employers.find(actor, employerId);
		if (!actor.scope().kind().equals(org.ohsonline.shared.Scope.Kind.EMPLOYER)
				|| !actor.scope().value().equals(employer.creditCode())) {
			throw new AccessDeniedException(TrainingPermissions.PEOPLE_WRITE);
		}
		if (role != Audience.PRINCIPAL && role != Audience.MANAGER) {
			throw InvalidInputException.of("role", "training.people.role");
		}
		List<Long> ids = workerIds == null ? List.of() : workerIds.stream().distinct().toList();
		Map<Long, String> current = currentWorkers(actor, employerId);
		if (ids.stream().anyMatch(id -> id == null || !current.containsKey(id))) {
			throw InvalidInputException.of("workerIds", "training.enrolment.notYourWorker");
		}
		List<Long> before = named(employerId).stream().filter(p -> p.role() == role).map(EmployerRates.NamedPerson::workerId).toList();
		this.jdbc.sql("delete from training.named_person where employer_id = :e and role = :role")
			.param("e", employerId)
			.param("role", role.name())
			.update();
		for (Long id : ids) {
			this.jdbc.sql("""
					insert into training.named_person (employer_id, employer_credit_code, region_code, worker_id, worker_name,
					    role, named_at)
					values (:e, :credit, :region, :w, :name, :role, :now)""")
				.param("e", employerId)
				.param("credit", employer.creditCode())
				.param("region", employer.regionCode())
				.param("w", id)
				.param("name", current.get(id))
				.param("role", role.name())
				.param("now", java.sql.Timestamp.from(Instant.now(this.clock)))
				.update();
		}
		this.audit.record(actor, "training.people.named", AuditTarget.of("employer", employerId, employer.regionCode()),
				Map.of("role", role.name(), "workers", before), Map.of("role", role.name(), "workers", ids));
		return ofEmployer(actor, employerId);
	}

	private RegionRates.Row row(EmployerSummary e, Map<Long, long[][]> counts) {
		return new RegionRates.Row(e.id(), e.name(), e.regionCode(),
				lines(counts.getOrDefault(e.id(), new long[RATED.size()][2])));
	}

	private static List<RateLine> lines(long[][] c) {
		List<RateLine> lines = new ArrayList<>();
		for (int i = 0; i < RATED.size(); i++) {
			lines.add(new RateLine(RATED.get(i), c[i][0], c[i][1], List.of()));
		}
		return lines;
	}

	/** Per employer of the region, per rated audience: {trained, must be trained}. */
	private Map<Long, long[][]> counts(Actor actor, String prefix) {
		Map<Audience, Set<Long>> trained = trained();
		Map<Long, long[][]> counts = new HashMap<>();
		int worker = RATED.indexOf(Audience.WORKER);
		this.workers.currentCounts(actor, prefix, trained.get(Audience.WORKER)).forEach((employerId, current) -> {
			long[][] c = counts.computeIfAbsent(employerId, k -> new long[RATED.size()][2]);
			c[worker][1] += current[0];
			c[worker][0] += current[1];
		});
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("prefix", prefix);
		this.jdbc.sql("select n.employer_id, n.worker_id, n.role from training.named_person n where n.region_code like :prefix || '%' and "
				+ NAMED.predicate())
			.params(parameters)
			.query((rs, n) -> {
				Audience role = Audience.valueOf(rs.getString(3));
				long[][] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[RATED.size()][2]);
				int i = RATED.indexOf(role);
				c[i][1]++;
				if (trained.get(role).contains(rs.getLong(2))) {
					c[i][0]++;
				}
				return null;
			})
			.list();
		return counts;
	}

	/** Those of {@code people} holding a valid certificate, per audience (one statement, by the worker index). */
	private Map<Audience, Set<Long>> trained(Set<Long> people) {
		Map<Audience, Set<Long>> trained = new EnumMap<>(Audience.class);
		for (Audience audience : Audience.values()) {
			trained.put(audience, new HashSet<>());
		}
		if (people.isEmpty()) {
			return trained;
		}
		this.jdbc.sql("""
				select distinct learner_worker_id, audience from training.certificate
				where learner_worker_id = any(cast(:people as bigint[])) and (expires_on is null or expires_on >= :today)""")
			.param("people", people.toArray(Long[]::new))
			.param("today", LocalDate.now(this.clock.withZone(CourseService.ZONE)))
			.query((rs, n) -> trained.get(Audience.valueOf(rs.getString(2))).add(rs.getLong(1)))
			.list();
		return trained;
	}

	/** The register's workers holding a valid certificate, per audience. */
	private Map<Audience, Set<Long>> trained() {
		Map<Audience, Set<Long>> trained = new EnumMap<>(Audience.class);
		for (Audience audience : Audience.values()) {
			trained.put(audience, new HashSet<>());
		}
		this.jdbc.sql("""
				select distinct learner_worker_id, audience from training.certificate
				where learner_worker_id is not null and (expires_on is null or expires_on >= :today)""")
			.param("today", LocalDate.now(this.clock.withZone(CourseService.ZONE)))
			.query((rs, n) -> trained.get(Audience.valueOf(rs.getString(2))).add(rs.getLong(1)))
			.list();
		return trained;
	}

	private Map<Long, String> currentWorkers(Actor actor, long employerId) {
		Map<Long, String> current = new LinkedHashMap<>();
		int number = 1;
		while (true) {
			Page<EmploymentView> page = this.workers.workforce(actor, employerId, true, null, PageQuery.of(number, PageQuery.MAX_SIZE));
			page.items().forEach(e -> current.putIfAbsent(e.workerId(), e.workerName()));
			if (!page.hasNext()) {
				return current;
			}
			number++;
		}
	}

	private List<EmployerRates.NamedPerson> named(long employerId) {
		return this.jdbc.sql("select worker_id, worker_name, role from training.named_person where employer_id = :e order by role, worker_name")
			.param("e", employerId)
			.query((rs, n) -> new EmployerRates.NamedPerson(rs.getLong(1), rs.getString(2), Audience.valueOf(rs.getString(3))))
			.list();
	}

}
