package org.ohsonline.registry;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' figures of the register: per lower division and severity, the same as counting
 * the employer table, in the caller's region only; nothing for other scopes.
 */
@IntegrationTest
class EmployerFiguresIntegrationTests {

	private static final Set<String> READ = Set.of("registry:employer:read", "registry:employer:write");

	@Autowired
	EmployerFigures figures;

	@Autowired
	Employers employers;

	@Autowired
	Workers workers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void countsTheCountysEmployersPerTownshipAndSeverity() {
		List<EmployerFigures.SeverityCount> counts = this.figures.bySeverity(region("330105"));
		assertThat(counts).isNotEmpty().allSatisfy(c -> assertThat(c.regionCode()).hasSize(9).startsWith("330105"));
		for (EmployerFigures.SeverityCount count : counts) {
			long employers = this.jdbc.sql("""
					select count(*) from registry.employer
					where region_code like :township || '%' and severity is not distinct from :severity""")
				.param("township", count.regionCode())
				.param("severity", count.severity() == null ? null : count.severity().name())
				.query(Long.class)
				.single();
			assertThat(count.employers()).as(count.toString()).isEqualTo(employers).isPositive();
		}
		long all = this.jdbc.sql("select count(*) from registry.employer where region_code like '330105%'")
			.query(Long.class)
			.single();
		assertThat(counts.stream().mapToLong(EmployerFigures.SeverityCount::employers).sum()).isEqualTo(all);
	}

	@Test
	void countsACitysEmployersPerCountyAndFollowsARegistration() {
		Actor linping = region("330113");
		long before = this.figures.bySeverity(linping).stream().mapToLong(EmployerFigures.SeverityCount::employers).sum();
		long inProduction = inProduction(linping, "330113006");
		EmployerView added = new RegistryFixtures(this.employers, this.workers).employer(linping, "330113006", "3311", 20);
		assertThat(inProduction(linping, "330113006")).isEqualTo(inProduction + 1);
		List<EmployerFigures.SeverityCount> city = this.figures.bySeverity(region("3301"));
		assertThat(city).allSatisfy(c -> assertThat(c.regionCode()).hasSize(6));
		assertThat(city.stream().filter(c -> c.regionCode().equals("330113")).mapToLong(EmployerFigures.SeverityCount::employers).sum())
			.isEqualTo(before + 1);
		Actor manager = new Actor(61, "figures-manager", "单位", "330113", new Scope(Scope.Kind.EMPLOYER, added.creditCode()),
				READ, "127.0.0.1", Actor.Channel.UI);
		assertThat(this.figures.bySeverity(manager)).isEmpty();
	}

	private long inProduction(Actor actor, String township) {
		return this.figures.bySeverity(actor)
			.stream()
			.filter(c -> c.regionCode().equals(township))
			.mapToLong(EmployerFigures.SeverityCount::inProduction)
			.sum();
	}

	private static Actor region(String prefix) {
		return new Actor(60, "figures-" + prefix, "监管", prefix, Scope.region(prefix), READ, "127.0.0.1", Actor.Channel.UI);
	}

}
