package org.ohsonline.registry.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import static org.awaitility.Awaitility.await;

/**
 * Each module's listener of {@link EmployerChanged} is called only for the fields it acts on (its condition): for the
 * others no event publication is stored and no transaction runs — at 200 register changes a second, four listeners of
 * every change were what kept the machine busy (docs/benchmarks.md, risk classification). The indicators and risk
 * modules queue the employer in the publisher's own transaction (no publication at all): seen here as their queue rows,
 * inside that transaction.
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
	 * Publishes a change of the field and returns the listeners that got (and completed) a publication of it, and
	 * {@code IndicatorEvents} and {@code RiskEvents} when the employer was queued for the indicators' recompute or the
	 * portrait's refresh in the publishing transaction.
	 */
	private List<String> listenersOf(EmployerView employer, String field) {
		Instant before = Instant.now();
		List<String> queued = this.transactions.execute(status -> {
			this.jdbc.sql("delete from indicators.pending_recompute where employer_id = :id")
				.param("id", employer.id())
				.update();
			this.jdbc.sql("delete from risk.pending_refresh where employer_id = :id").param("id", employer.id()).update();
			this.events.publishEvent(
					new EmployerChanged(employer.id(), employer.regionCode(), Set.of(field), LocalDate.now()));
			List<String> in = new ArrayList<>();
			if (queued("indicators.pending_recompute", employer)) {
				in.add("IndicatorEvents");
			}
			if (queued("risk.pending_refresh", employer)) {
				in.add("RiskEvents");
			}
			return in;
		});
		String serialized = "%\"employerId\":" + employer.id() + ",%\"" + field + "\"%";
		await().atMost(Duration.ofSeconds(30)).until(() -> this.jdbc.sql("""
				select count(*) from event_publication where publication_date >= :before and serialized_event like :event
				    and completion_date is null""")
			.param("before", Timestamp.from(before))
			.param("event", serialized)
			.query(Long.class)
			.single() == 0);
		List<String> listeners = new ArrayList<>(this.jdbc.sql("""
				select regexp_replace(listener_id, '^.*[.]([A-Za-z]+)[.]on[(].*$', '\\1') from event_publication
				where publication_date >= :before and serialized_event like :event and event_type like '%EmployerChanged'""")
			.param("before", Timestamp.from(before))
			.param("event", serialized)
			.query(String.class)
			.list());
		listeners.addAll(queued);
		listeners.sort(null);
		return listeners;
	}

	private boolean queued(String table, EmployerView employer) {
		return this.jdbc.sql("select exists (select 1 from " + table + " where employer_id = :id)")
			.param("id", employer.id())
			.query(Boolean.class)
			.single();
	}

}
