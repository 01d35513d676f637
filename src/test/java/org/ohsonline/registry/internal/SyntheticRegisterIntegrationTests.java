package org.ohsonline.registry.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.IntegrationTest;
import org.ohsonline.audit.AuditFilter;
import org.ohsonline.audit.AuditQueries;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.registry.EmployerFilter;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.SyntheticData;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.CreditCode;
import org.ohsonline.shared.IdNumber;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared test context starts standalone with {@code ohs.demo.synthetic-scale=tiny}: the tiny
 * synthetic register must be there, flagged, in scope of the county supervisor, and tied to the
 * demo logins; and a second generation without {@code --append} must be refused.
 */
@IntegrationTest
class SyntheticRegisterIntegrationTests {

	private static final String DEMO_EMPLOYER = "91330105DEM000001" + CreditCode.checkCharacter("91330105DEM000001");

	private static final String DEMO_WORKER = "33010519900307001" + IdNumber.checkCharacter("33010519900307001");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SyntheticData synthetic;

	@Autowired
	Employers employers;

	@Autowired
	HazardFactors hazards;

	@Autowired
	PiiCipher cipher;

	@Autowired
	AuditQueries audit;

	@Test
	void standaloneSeedsTheTinyRegisterAllOfItSynthetic() {
		SyntheticData.Census census = this.synthetic.census();
		assertThat(census.employers()).isEqualTo(SyntheticData.Scale.TINY.employers());
		assertThat(census.workers()).isBetween(1_000L, 2_500L);
		assertThat(census.lastScale()).contains("TINY");
		assertThat(census.lastSeed()).contains(7L);
		// Other tests add real (non-synthetic) records to the shared database: look at synthetic ones.
		assertThat(count("select count(*) from registry.employer where synthetic")).isEqualTo(census.employers());
		assertThat(count("select count(*) from registry.employer where synthetic and name not like '%"
				+ SyntheticData.NAME_MARK + "'")).isZero();
		assertThat(count("select count(*) from registry.employer where name like '%" + SyntheticData.NAME_MARK
				+ "' and not synthetic")).isZero();
		assertThat(count("select count(*) from registry.employer where synthetic and region_code not like '330105%'"))
			.isZero();
		assertThat(count("""
				select count(*) from registry.employer e
				where e.synthetic and (not exists (select 1 from registry.site s where s.employer_id = e.id)
				   or not exists (select 1 from registry.post p where p.employer_id = e.id))""")).isZero();
	}

	@Test
	void codesAreValidAndSizeAndSeverityDerived() {
		List<String> codes = this.jdbc.sql("select credit_code from registry.employer where synthetic").query(String.class).list();
		assertThat(codes).allSatisfy(code -> assertThat(CreditCode.isValid(code)).as(code).isTrue());
		// Severity comes from the 2021 directory: an employer none of whose industries it lists has none
		// ("not in the directory"), every other one has a class.
		assertThat(count("select count(*) from registry.employer where synthetic and severity is not null")).isPositive();
		assertThat(count("""
				select count(*) from registry.employer where synthetic
				  and (severity is null) = (severity_basis like '%→%')""")).isZero();
		long smallOrMicro = count("select count(*) from registry.employer where synthetic and size_class in ('SMALL', 'MICRO')");
		assertThat(smallOrMicro).isGreaterThan(count("select count(*) from registry.employer where synthetic") * 60 / 100);
		List<String> factors = this.jdbc.sql("select distinct hazard_code from registry.post_hazard").query(String.class).list();
		assertThat(factors).isNotEmpty()
			.allSatisfy(code -> assertThat(this.hazards.findFactor(code)).as(code).isPresent());
		List<String> masked = this.jdbc.sql("select id_number_masked from registry.worker where synthetic").query(String.class).list();
		assertThat(masked).allSatisfy(m -> assertThat(m).matches("33\\d{4}\\*{8}\\d{3}[\\dX]"));
	}

	@Test
	void everyWorkerIsInTheCountySupervisorsScope() {
		ScopeFilter county = ScopeFilter.of(actor(Scope.region("330105")));
		long visible = this.jdbc.sql("select count(*) from registry.worker w where w.synthetic and " + WorkerStore.SCOPE)
			.params(county.parameters())
			.query(Long.class)
			.single();
		assertThat(visible).isEqualTo(count("select count(*) from registry.worker where synthetic"));
		ScopeFilter elsewhere = ScopeFilter.of(actor(Scope.region("330106")));
		assertThat(this.jdbc.sql("select count(*) from registry.worker w where w.synthetic and " + WorkerStore.SCOPE)
			.params(elsewhere.parameters())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.employers.search(actor(Scope.region("330105")),
				new EmployerFilter(SyntheticData.NAME_MARK, null, null, null, null, null, null), PageQuery.of(1, 20))
			.total()).isEqualTo(SyntheticData.Scale.TINY.employers());
	}

	@Test
	void theDemoEmployerAndWorkerLoginsSeeGeneratedRecords() {
		var employer = this.employers.search(actor(new Scope(Scope.Kind.EMPLOYER, DEMO_EMPLOYER)), EmployerFilter.none(),
				PageQuery.of(1, 20));
		assertThat(employer.items()).singleElement().satisfies(e -> {
			assertThat(e.name()).isEqualTo("杭州拱墅模拟金属制品有限公司（模拟）");
			assertThat(e.employees()).isEqualTo(40);
		});
		long employerId = employer.items().get(0).id();
		assertThat(this.jdbc.sql("select count(*) from registry.post_hazard h join registry.post p on p.id = h.post_id "
				+ "where p.employer_id = :id").param("id", employerId).query(Long.class).single()).isPositive();
		ScopeFilter person = ScopeFilter.of(actor(new Scope(Scope.Kind.PERSON, this.cipher.blindIndex(DEMO_WORKER))));
		List<Long> employersOfWorker = this.jdbc.sql("""
				select m.employer_id from registry.worker w join registry.employment m on m.worker_id = w.id
				where m.left_on is null and """ + WorkerStore.SCOPE)
			.params(person.parameters())
			.query(Long.class)
			.list();
		assertThat(employersOfWorker).containsExactly(employerId);
	}

	@Test
	void aSecondRunWithoutAppendIsRefusedAndChangesNothing() {
		long before = count("select count(*) from registry.worker");
		assertThatThrownBy(() -> this.synthetic.generate(
				new SyntheticData.Request(SyntheticData.Scale.TINY, 8, false, false), progress -> {
				}))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("--append");
		assertThat(count("select count(*) from registry.worker")).isEqualTo(before);
		assertThat(this.audit.search(Actor.system("test"),
				new AuditFilter(null, null, SyntheticData.AUDIT_ACTION, null, null, null, null), PageQuery.of(1, 10))
			.total()).isEqualTo(1);
	}

	private static Actor actor(Scope scope) {
		return new Actor(1, "test", "test", "330105", scope,
				Set.of(RegistryPermissions.EMPLOYER_READ, RegistryPermissions.WORKER_READ), "127.0.0.1",
				Actor.Channel.UI);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
