package org.ohsonline.risk.internal;

import static java.util.stream.Collectors.joining;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.Workers;
import org.ohsonline.risk.ClassChanged;
import org.ohsonline.risk.Outcome;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whole-register work: building the portraits of every employer from the register in bulk (a province's
 * first start), and reclassifying every portrait from its stored inputs (a new edition of the rules, the
 * benchmark). Classes are computed in Java by {@link Classifier}, in chunks of employers by id, each chunk
 * one transaction whose changed rows are written in batches; {@link #baseline} computes the same classes in
 * one set-based SQL statement, to compare. First classifications in bulk publish no {@link ClassChanged}.
 */
@Service
class FullReclassification {

	private static final Logger log = LoggerFactory.getLogger(FullReclassification.class);

	static final int CHUNK = 5000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	private final TransactionTemplate transactions;

	private final RulesSource rules;

	private final Assessor assessor;

	private final Employers employers;

	private final Workers workers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final DistributionCache distributions;

	private final FactCollector collector;

	FullReclassification(JdbcClient jdbc, NamedParameterJdbcTemplate template, TransactionTemplate transactions, RulesSource rules,
			Assessor assessor, Employers employers, Workers workers, AuditTrail audit, ApplicationEventPublisher events,
			DistributionCache distributions, FactCollector collector) {
		this.distributions = distributions;
		this.collector = collector;
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.rules = rules;
		this.assessor = assessor;
		this.employers = employers;
		this.workers = workers;
		this.audit = audit;
		this.events = events;
	}

	/** Outcome counts of a run. */
	record Run(int employers, int changed, long millis) {
	}

	/**
	 * Outcome counts of a build.
	 * @param created the portraits created
	 * @param recounted the portraits never gathered whose counts of findings changed
	 */
	record Built(int employers, int created, int recounted, long millis) {
	}

	/**
	 * {@link #buildMissing()}, then {@link #reclassifyAll} when a portrait has no class yet or the counts of one
	 * changed: what the start, the daily run and the demo data do.
	 */
	Built build(String why) {
		Built built = buildMissing();
		if (built.recounted() > 0 || this.jdbc.sql("select exists (select 1 from risk.portrait where risk_class is null)")
			.query(Boolean.class)
			.single()) {
			reclassifyAll(why);
		}
		return built;
	}

	/**
	 * Creates the portraits the register has and the risk module does not, with their exposure, and counts the
	 * declaration and testing findings of every portrait that never gathered those groups (their facts are gathered,
	 * and their rectification items opened, on the portrait's first view or an event of the group): its class counts
	 * its exceedances and overdue tests from the start, as a refresh would.
	 */
	Built buildMissing() {
		long start = System.currentTimeMillis();
		Actor system = Actor.system("risk-build");
		RiskRules rules = this.rules.rules(this.assessor.today());
		List<SqlParameterSource> identities = new ArrayList<>();
		this.employers.forEachDuties(system, d -> identities.add(new MapSqlParameterSource().addValue("id", d.id())
			.addValue("credit", d.creditCode())
			.addValue("name", d.name())
			.addValue("region", d.regionCode())
			.addValue("status", d.status().name())
			.addValue("severity", d.severity() == null ? null : d.severity().name())
			.addValue("since", d.dutiesSince())
			.addValue("known", d.productionStartKnown())));
		int created = 0;
		for (int from = 0; from < identities.size(); from += 2000) {
			List<SqlParameterSource> chunk = identities.subList(from, Math.min(identities.size(), from + 2000));
			created += this.transactions.execute(status -> {
				int total = 0;
				for (int c : this.template.batchUpdate("""
						insert into risk.portrait (employer_id, credit_code, name, region_code, employer_status,
						    industry_severity, duties_since, production_start_known)
						values (:id, :credit, :name, :region, :status, :severity, :since, :known)
						on conflict (employer_id) do nothing""", chunk.toArray(SqlParameterSource[]::new))) {
					total += Math.max(c, 0);
				}
				if (total > 0) {
					// New portraits count as not yet classified in the dashboards' distribution.
					this.distributions.invalidate();
				}
				return total;
			});
		}
		List<SqlParameterSource> exposures = new ArrayList<>();
		// The same figures as a refresh after an event writes (FactCollector.register): the factors of every post, held
		// or not, the serious ones among them, the exposed people and the workforce.
		this.workers.forEachExposure(system, employer -> exposures.add(new MapSqlParameterSource()
			.addValue("id", employer.employerId())
			.addValue("exposed", employer.exposed().total())
			.addValue("workforce", employer.exposed().workforce())
			.addValue("hazards", employer.hazardCodes().toArray(String[]::new))
			.addValue("serious", employer.hazardCodes().stream().filter(rules.seriousFactors()::contains)
				.toArray(String[]::new))));
		for (int from = 0; from < exposures.size(); from += 2000) {
			List<SqlParameterSource> chunk = exposures.subList(from, Math.min(exposures.size(), from + 2000));
			this.transactions.executeWithoutResult(status -> this.template.batchUpdate("""
					update risk.portrait set exposed = :exposed, workforce = :workforce, hazard_codes = :hazards,
					    serious_factors = :serious
					where employer_id = :id""", chunk.toArray(SqlParameterSource[]::new)));
		}
		int recounted = countUngathered();
		log.info("Risk portraits built: {} new of {} employers, {} with exposed workers, {} never gathered recounted, in {} ms",
				created, identities.size(), exposures.size(), recounted, System.currentTimeMillis() - start);
		return new Built(identities.size(), created, recounted, System.currentTimeMillis() - start);
	}

	/**
	 * Counts the findings of the declaration and testing groups of the portraits that never gathered one of them, read
	 * for {@link #CHUNK} employers at a time ({@link FactCollector#declarationAndTesting}), into the count columns a
	 * refresh writes from those groups ({@link PortraitStore#COUNTED}) — a group's columns only while it is not
	 * gathered; the facts themselves are not stored.
	 * @return the portraits whose counts changed
	 */
	private int countUngathered() {
		List<PortraitStore.Counted> counted = PortraitStore.COUNTED.stream()
			.filter(c -> c.group().equals(FactCollector.DECLARATION) || c.group().equals(FactCollector.TESTING))
			.toList();
		String update = "update risk.portrait p set "
				+ counted.stream()
					.map(c -> c.column() + " = case when '" + c.group() + "' = any(p.gathered) then p." + c.column()
							+ " else :" + c.column() + " end")
					.collect(joining(", "))
				+ " where p.employer_id = :id and ("
				+ counted.stream()
					.map(c -> "('" + c.group() + "' <> all(p.gathered) and p." + c.column() + " <> :" + c.column() + ")")
					.collect(joining(" or "))
				+ ")";
		int recounted = 0;
		long after = -1;
		while (true) {
			List<Long> ids = this.jdbc.sql("""
					select p.employer_id from risk.portrait p
					where p.employer_id > :after and not p.gathered @> cast(:groups as text[])
					order by p.employer_id limit :n""")
				.param("groups", new String[] { FactCollector.DECLARATION, FactCollector.TESTING })
				.param("after", after)
				.param("n", CHUNK)
				.query(Long.class)
				.list();
			if (ids.isEmpty()) {
				return recounted;
			}
			after = ids.get(ids.size() - 1);
			Map<Long, List<PortraitFact>> facts = this.collector.declarationAndTesting(ids);
			SqlParameterSource[] counts = ids.stream().map(id -> {
				MapSqlParameterSource row = new MapSqlParameterSource("id", id);
				counted.forEach(c -> row.addValue(c.column(), c.of(facts.get(id))));
				return row;
			}).toArray(SqlParameterSource[]::new);
			recounted += this.transactions.execute(status -> {
				int changed = 0;
				for (int c : this.template.batchUpdate(update, counts)) {
					changed += Math.max(c, 0);
				}
				return changed;
			});
		}
	}

	/** Reclassifies every portrait from its stored inputs with the rules in force. */
	Run reclassifyAll(String why) {
		long start = System.currentTimeMillis();
		LocalDate today = this.assessor.today();
		RiskRules rules = this.rules.rules(today);
		Actor system = Actor.system("risk-full");
		long after = -1;
		int total = 0;
		int changed = 0;
		while (true) {
			long from = after;
			List<PortraitStore.Row> rows = this.jdbc
				.sql("select p.* from risk.portrait p where p.employer_id > :after order by p.employer_id limit :n")
				.param("after", from)
				.param("n", CHUNK)
				.query(PortraitStore::row)
				.list();
			if (rows.isEmpty()) {
				break;
			}
			after = rows.get(rows.size() - 1).employerId();
			total += rows.size();
			changed += this.transactions.execute(status -> writeChunk(rows, rules, today, why, system));
		}
		long millis = System.currentTimeMillis() - start;
		Map<String, Object> after2 = Map.of("employers", total, "changed", changed, "why", why, "edition",
				rules.edition(), "millis", millis);
		this.transactions.executeWithoutResult(status -> this.audit.record(system, "risk.class.reclassified-all",
				AuditTarget.of("risk-run", today, ""), null, after2));
		log.info("Risk reclassification ({}): {} employers, {} changed, {} ms", why, total, changed, millis);
		return new Run(total, changed, millis);
	}

	private int writeChunk(List<PortraitStore.Row> rows, RiskRules rules, LocalDate today, String why, Actor actor) {
		List<PortraitStore.Row> changedRows = new ArrayList<>();
		List<Outcome> outcomes = new ArrayList<>();
		for (PortraitStore.Row row : rows) {
			if (row.overridden()) {
				continue;
			}
			Outcome outcome = Classifier.classify(rules, row.inputs());
			if (outcome.riskClass() == row.riskClass() && outcome.hazardLevel() == row.hazardLevel()
					&& outcome.grade() == row.grade() && outcome.light() == row.light()) {
				continue;
			}
			changedRows.add(row);
			outcomes.add(outcome);
		}
		if (changedRows.isEmpty()) {
			return 0;
		}
		List<Long> ids = this.jdbc.sql("select nextval('risk.assessment_id_seq') from generate_series(1, :n)")
			.param("n", changedRows.size())
			.query(Long.class)
			.list();
		SqlParameterSource[] inserts = new SqlParameterSource[changedRows.size()];
		SqlParameterSource[] updates = new SqlParameterSource[changedRows.size()];
		for (int i = 0; i < changedRows.size(); i++) {
			PortraitStore.Row row = changedRows.get(i);
			Outcome outcome = outcomes.get(i);
			LocalDate due = Assessor.nextDue(row, rules, today);
			inserts[i] = new MapSqlParameterSource().addValue("id", ids.get(i))
				.addValue("employer", row.employerId())
				.addValue("region", row.regionCode())
				.addValue("on", today)
				.addValue("detail", why)
				.addValue("level", outcome.hazardLevel().name())
				.addValue("grade", outcome.grade().name())
				.addValue("class", outcome.riskClass().name())
				.addValue("light", outcome.light().name())
				.addValue("actor", actor.displayName())
				.addValue("previous", row.riskClass() == null ? null : row.riskClass().name())
				.addValue("inputs", AssessmentStore.JSON.writeValueAsString(row.inputs()))
				.addValue("path", AssessmentStore.JSON.writeValueAsString(outcome.path()))
				.addValue("version", rules.versionId())
				.addValue("edition", rules.edition())
				.addValue("due", due);
			updates[i] = new MapSqlParameterSource().addValue("assessment", ids.get(i))
				.addValue("level", outcome.hazardLevel().name())
				.addValue("grade", outcome.grade().name())
				.addValue("class", outcome.riskClass().name())
				.addValue("light", outcome.light().name())
				.addValue("on", today)
				.addValue("due", due)
				.addValue("employer", row.employerId());
		}
		this.template.batchUpdate("""
				insert into risk.assessment (id, employer_id, region_code, assessed_on, trigger_kind, trigger_detail,
				    hazard_level, grade, computed_class, risk_class, light, actor_name, previous_class, inputs, path,
				    rules_version_id, rules_edition, next_due_on)
				values (:id, :employer, :region, :on, 'FULL', :detail, :level, :grade, :class, :class, :light, :actor,
				    :previous, cast(:inputs as jsonb), cast(:path as jsonb), :version, :edition, :due)""", inserts);
		this.template.batchUpdate("""
				update risk.portrait set assessment_id = :assessment, hazard_level = :level, grade = :grade,
				    risk_class = :class, light = :light, overridden = false, assessed_on = :on, next_due_on = :due
				where employer_id = :employer""", updates);
		if (!changedRows.isEmpty()) {
			this.distributions.invalidate();
		}
		for (int i = 0; i < changedRows.size(); i++) {
			PortraitStore.Row row = changedRows.get(i);
			if (row.riskClass() != null && row.riskClass() != outcomes.get(i).riskClass()) {
				this.events.publishEvent(new ClassChanged(row.employerId(), row.creditCode(), row.regionCode(),
						row.riskClass(), outcomes.get(i).riskClass(), outcomes.get(i).light(), false, today, "FULL",
						ids.get(i)));
			}
		}
		return changedRows.size();
	}

	/**
	 * The same classes by one set-based SQL statement over the stored inputs (overrides left out), into the
	 * temporary table {@code risk_baseline}; for the benchmark.
	 * @return the statement's time in milliseconds and the number of employers whose class differs from Java's
	 */
	long[] baseline() {
		RiskRules rules = this.rules.rules(this.assessor.today());
		List<String> bands = rules.bands().stream()
			.map(b -> b.number() + "|" + b.from() + "|" + (b.to() == null ? "" : b.to()))
			.toList();
		List<String> hazard = rules.hazardCells().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value()).toList();
		List<String> grades = rules.gradeBands().stream().map(g -> g.grade() + "|" + g.from()).toList();
		List<String> combined = rules.combinedCells().entrySet().stream()
			.map(e -> e.getKey() + "=" + e.getValue().value().ordinal())
			.toList();
		int healthy = rules.downgrade("HEALTHY_ENTERPRISE").map(RiskRules.Downgrade::steps).orElse(0);
		int complete = rules.downgrade("SELF_INSPECTION_COMPLETE").map(RiskRules.Downgrade::steps).orElse(0);
		return this.transactions.execute(status -> {
			this.jdbc.sql("drop table if exists risk_baseline").update();
			long start = System.nanoTime();
			this.jdbc.sql("""
					create temporary table risk_baseline as
					with bands as (select split_part(x, '|', 1)::int as band, split_part(x, '|', 2)::int as lo,
					                      nullif(split_part(x, '|', 3), '')::int as hi
					               from unnest(cast(:bands as text[])) x),
					     hazard as (select split_part(x, '=', 1) as k, split_part(x, '=', 2) as level
					                from unnest(cast(:hazard as text[])) x),
					     grades as (select split_part(x, '|', 1) as grade, split_part(x, '|', 2)::numeric as lo
					                from unnest(cast(:grades as text[])) x),
					     combined as (select split_part(x, '=', 1) as k, split_part(x, '=', 2)::int as idx
					                  from unnest(cast(:combined as text[])) x),
					     inputs as (
					       select p.employer_id,
					              case when cardinality(p.serious_factors) > 0
					                     or (:fromIndustry and p.industry_severity = 'SERIOUS') then 'SERIOUS' else 'GENERAL' end
					              || '|' || (p.exceedances = 0 and not (:overdue and p.overdue_tests > 0))::text
					              || '|' || (select b.band from bands b
					                         where p.exposed >= b.lo and (b.hi is null or p.exposed <= b.hi)
					                         order by b.lo limit 1) as hazard_key,
					              case when p.score is null then 'C'
					                   else (select g.grade from grades g where p.score >= g.lo order by g.lo desc limit 1) end as grade,
					              least(:maxSteps, case when p.healthy_enterprise then :healthy else 0 end
					                    + case when p.self_inspection_complete and p.score is not null then :complete else 0 end) as steps
					       from risk.portrait p where not p.overridden)
					select i.employer_id,
					       (array['JIA','YI','BING'])[greatest(0, c.idx - i.steps) + 1] as risk_class
					from inputs i
					join hazard h on h.k = i.hazard_key
					join combined c on c.k = h.level || '|' || i.grade""")
				.param("bands", bands.toArray(String[]::new))
				.param("hazard", hazard.toArray(String[]::new))
				.param("grades", grades.toArray(String[]::new))
				.param("combined", combined.toArray(String[]::new))
				.param("fromIndustry", rules.natureFromIndustry())
				.param("overdue", rules.overdueIsNonCompliant())
				.param("maxSteps", rules.maxDowngradeSteps())
				.param("healthy", healthy)
				.param("complete", complete)
				.update();
			long millis = (System.nanoTime() - start) / 1_000_000;
			long differing = this.jdbc.sql("""
					select count(*) from risk_baseline b join risk.portrait p on p.employer_id = b.employer_id
					where p.risk_class is distinct from b.risk_class""")
				.query(Long.class)
				.single();
			return new long[] { millis, differing };
		});
	}

}
