package org.ohsonline.shared;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One mechanism decides what every query returns: the actor's scope sets exactly one parameter,
 * and the table's columns decide which clause that parameter meets. A kind of scope the table has
 * no column for sees nothing.
 */
class ScopeFilterTests {

	private static final ScopeColumns JOBS = ScopeColumns.on("j")
		.region("region_code")
		.employer("credit_code")
		.agency("agency_credit_code");

	@Test
	void setsExactlyTheParameterOfTheActorsKindOfScope() {
		assertThat(ScopeFilter.of(actor(Scope.region("3301")))).isEqualTo(new ScopeFilter("3301", null, null, null, null, null));
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.EMPLOYER, "E1"))).employer()).isEqualTo("E1");
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.AGENCY, "A1"))).agency()).isEqualTo("A1");
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.INSTITUTION, "I1"))).institution()).isEqualTo("I1");
		ScopeFilter person = ScopeFilter.of(actor(new Scope(Scope.Kind.PERSON, "blind")), Optional.of(42L));
		assertThat(person).isEqualTo(new ScopeFilter(null, null, null, null, 42L, "blind"));
		assertThat(person.parameters()).hasSize(6).containsEntry("scopeWorker", 42L).containsEntry("scopeRegion", null);
	}

	@Test
	void leavesAPersonWithoutResolvedRecordWithoutWorkerKey() {
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.PERSON, "blind"))).worker()).isNull();
	}

	@Test
	void buildsOneClausePerMappedColumnQualifiedByTheAlias() {
		String predicate = JOBS.predicate();
		assertThat(predicate).contains("j.region_code like cast(:scopeRegion as text) || '%'")
			.contains("j.credit_code = cast(:scopeEmployer as text)")
			.contains("j.agency_credit_code = cast(:scopeAgency as text)")
			.doesNotContain("scopeInstitution")
			.doesNotContain("scopeWorker");
	}

	@Test
	void takesExpressionsAsWritten() {
		assertThat(ScopeColumns.on("a").agency("case when a.kind = 'X' then a.credit_code end").predicate())
			.contains("case when a.kind = 'X' then a.credit_code end = cast(:scopeAgency as text)");
		assertThat(ScopeColumns.on("sm").employer("se.credit_code").predicate()).contains("se.credit_code =");
	}

	@Test
	void seesNothingWithoutColumns() {
		assertThat(ScopeColumns.on("x").predicate()).isEqualTo("false");
	}

	@Test
	void givesAFixedFragmentPerKindForListsAlreadyNarrowedToARegion() {
		assertThat(JOBS.predicateWithinRegion(ScopeFilter.of(actor(Scope.region("33"))))).isEqualTo("true");
		assertThat(JOBS.predicateWithinRegion(ScopeFilter.of(actor(new Scope(Scope.Kind.EMPLOYER, "E1")))))
			.isEqualTo("j.credit_code = cast(:scopeEmployer as text)");
		assertThat(JOBS.predicateWithinRegion(ScopeFilter.of(actor(new Scope(Scope.Kind.INSTITUTION, "I1")))))
			.isEqualTo("false");
		assertThat(JOBS.predicateWithinRegion(ScopeFilter.NONE)).isEqualTo("false");
		assertThat(ScopeColumns.on("d").employer("credit_code").predicateWithinRegion(ScopeFilter.of(actor(Scope.region("33")))))
			.isEqualTo("false");
	}

	@Test
	void narrowsRegionsForRegionScopesAndFiltersForTheOthers() {
		assertThat(ScopeFilter.narrowRegion(actor(Scope.region("3301")), "330105")).contains("330105");
		assertThat(ScopeFilter.narrowRegion(actor(Scope.region("3301")), "3302")).isEmpty();
		assertThat(ScopeFilter.narrowRegion(actor(Scope.region("3301")), null)).contains("3301");
		// An employer's rows are limited by its key; a requested region only filters them further.
		assertThat(ScopeFilter.narrowRegion(actor(new Scope(Scope.Kind.EMPLOYER, "E1")), " 330105 ")).contains("330105");
		assertThat(ScopeFilter.narrowRegion(actor(new Scope(Scope.Kind.EMPLOYER, "E1")), null)).contains("");
	}

	@Test
	void coversInMemoryWhatThePredicateSelects() {
		ScopeKeys job = ScopeKeys.of("330105", "E1").agency("A1");
		assertThat(ScopeFilter.of(actor(Scope.region("3301"))).covers(job)).isTrue();
		assertThat(ScopeFilter.of(actor(Scope.region("3302"))).covers(job)).isFalse();
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.EMPLOYER, "E1"))).covers(job)).isTrue();
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.EMPLOYER, "E2"))).covers(job)).isFalse();
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.AGENCY, "A1"))).covers(job)).isTrue();
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.INSTITUTION, "A1"))).covers(job)).isFalse();
		assertThat(ScopeFilter.of(actor(new Scope(Scope.Kind.PERSON, "b")), Optional.of(7L))
			.covers(ScopeKeys.of("330105", "E1").worker(7L))).isTrue();
		assertThat(ScopeFilter.NONE.covers(job)).isFalse();
	}

	private static Actor actor(Scope scope) {
		return new Actor(1, "u", "u", "330105", scope, Set.of(), "127.0.0.1", Actor.Channel.UI);
	}

}
