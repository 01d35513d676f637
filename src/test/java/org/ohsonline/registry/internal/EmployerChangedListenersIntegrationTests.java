package org.ohsonline.registry.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.registry.EmployerChanged;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.RegistryFixtures;
import org.ohsonline.registry.Workers;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's listener of {@link EmployerChanged} is called only for the fields it acts on (its condition) and
 * queues the employer in the publisher's own transaction, with no event publication (decisions 0039 and 0043): at 200
 * register changes a second, four listeners of every change, each with a publication and three transactions, were
 * what kept the machine busy (docs/benchmarks.md, risk classification). Seen here as the queue rows, inside that
 * transaction.
 */
@IntegrationTest
class EmployerChangedListenersIntegrationTests {

	private static final Actor SUPERVISOR = new Actor(31, "listeners-test-330105", "监管拱墅", "330105",
			Scope.region("330105"), Set.of("registry:employer:read", "registry:employer:write"), "127.0.0.1",
			Actor.Channel.UI);

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eachModuleIsCalledOnlyForTheFieldsItActsOn() {
		EmployerView employer = new RegistryFixtures(this.employers, this.workers).employer(SUPERVISOR, "330105001",
				"3311", 12);
		// A new legal representative: a change declaration is due (declaration); nothing a portrait, a testing clock
		// or an indicator holds.
		assertThat(listenersOf(employer, "legalRepresentative")).containsExactly("RegistryEvents");
		// A new industry: the class may change (risk, testing clocks, indicators); not a reason for a declaration.
		assertThat(listenersOf(employer, "industryCode")).containsExactly("IndicatorEvents", "RiskEvents",
				"ValidityClockJobs");
		// A site alone: the declaration's workplace change.
		assertThat(listenersOf(employer, "sites")).containsExactly("RegistryEvents");
		// A new name and a post with hazard factors: everyone.
		assertThat(listenersOf(employer, "name")).containsExactly("IndicatorEvents", "RegistryEvents", "RiskEvents",
				"ValidityClockJobs");
		assertThat(listenersOf(employer, EmployerChanged.HAZARDS)).containsExactly("IndicatorEvents",
				"RegistryEvents", "RiskEvents", "ValidityClockJobs");
		// A field no module acts on: nobody.
		assertThat(listenersOf(employer, "contactPhone")).isEmpty();
	}

	/**
	 * Publishes a change of the field and returns the modules that queued the employer in the publishing transaction,
	 * by their listeners' names. No module listens through the event publication registry: none of them stored a
	 * publication of the change.
	 */
	private List<String> listenersOf(EmployerView employer, String field) {
		Instant before = Instant.now();
		List<String> queued = this.transactions.execute(status -> {
			QUEUES.keySet()
				.forEach(table -> this.jdbc.sql("delete from " + table + " where employer_id = :id")
					.param("id", employer.id())
					.update());
			this.events.publishEvent(
					new EmployerChanged(employer.id(), employer.regionCode(), Set.of(field), LocalDate.now()));
			List<String> in = new ArrayList<>();
			QUEUES.forEach((table, listener) -> {
				if (queued(table, employer)) {
					in.add(listener);
				}
			});
			return in;
		});
		assertThat(this.jdbc.sql("""
				select count(*) from event_publication where publication_date >= :before and serialized_event like :event
				    and event_type like '%EmployerChanged'""")
			.param("before", Timestamp.from(before))
			.param("event", "%\"employerId\":" + employer.id() + ",%")
			.query(Long.class)
			.single()).as("publications of the change").isZero();
		queued.sort(null);
		return queued;
	}

	/** Each module's queue of register changes and the listener that fills it. */
	private static final Map<String, String> QUEUES = Map.of("indicators.pending_recompute", "IndicatorEvents",
			"risk.pending_refresh", "RiskEvents", "declaration.pending_register_change", "RegistryEvents",
			"testing.pending_register_change", "ValidityClockJobs");

	private boolean queued(String table, EmployerView employer) {
		return this.jdbc.sql("select exists (select 1 from " + table + " where employer_id = :id)")
			.param("id", employer.id())
			.query(Boolean.class)
			.single();
	}

}
