package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.promotion.ChampionView;
import org.ohsonline.promotion.Champions;
import org.ohsonline.promotion.NominationStatus;
import org.ohsonline.promotion.NomineeRole;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Health champions on the shared context's tiny register (拱墅区 330105): approvals within the quota of every
 * region on the path (county full, province full, none set) refused with the reason; the pass mark; who may see
 * and change what; the published names masked.
 */
@IntegrationTest
class ChampionIntegrationTests {

	static final String COUNTY = "330105";

	@Autowired Champions champions;
	@Autowired JdbcClient jdbc;
	@Autowired @Qualifier("championEmployerCard") HomeCard employerCard;
	@Autowired @Qualifier("championReviewCard") HomeCard reviewCard;
	@Autowired @Qualifier("championDecideCard") HomeCard decideCard;

	record Employer(long id, String creditCode, String regionCode, List<Long> workers) {
	}

	/**
	 * The n-th employer of the county from the end of the register with at least three current workers, and its
	 * workers not nominated by anyone else (the matrix's world nominates its worker in the same context).
	 */
	Employer employer(int n) {
		Object[] row = this.jdbc.sql("""
				select e.id, e.credit_code, e.region_code from registry.employer e where e.region_code like '330105%'
				  and (select count(*) from registry.employment m where m.employer_id = e.id and m.left_on is null
				       and not m.dispatched) >= 3
				order by e.id desc offset :n limit 1""")
			.param("n", n)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		List<Long> workers = this.jdbc.sql("""
				select worker_id from registry.employment m where employer_id = :e and left_on is null and not dispatched
				  and not exists (select 1 from promotion.champion_nomination n where n.worker_id = m.worker_id)
				order by worker_id""").param("e", row[0]).query(Long.class).list();
		return new Employer((Long) row[0], (String) row[1], (String) row[2], workers);
	}

	static Actor manager(Employer e) {
		return new Actor(9400 + e.id(), "champion-manager-" + e.id(), "推荐人", e.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, e.creditCode()), Set.of("promotion:champion:read", "promotion:champion:nominate"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor reviewer(long id) {
		return new Actor(id, "champion-reviewer-" + id, "评审专家" + id, COUNTY, Scope.region(COUNTY),
				Set.of("promotion:champion:read", "promotion:champion:review"), "127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region) {
		return new Actor(9500 + region.length(), "champion-supervisor-" + region, "审定人", region, Scope.region(region),
				Set.of("promotion:champion:read", "promotion:champion:decide"), "127.0.0.1", Actor.Channel.UI);
	}

	static int year() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	ChampionView scored(Actor manager, long workerId, int year, int points) {
		ChampionView nomination = this.champions.nominate(manager, workerId, NomineeRole.WORKER, year, "坚持正确佩戴防护用品并带动班组");
		Map<String, BigDecimal> all = new HashMap<>();
		nomination.criteria().forEach(c -> all.put(c.code(), BigDecimal.valueOf(points).min(c.points())));
		this.champions.score(reviewer(9601), nomination.id(), all);
		return this.champions.find(manager, nomination.id());
	}

	static String code(Throwable ex) {
		return ((InvalidInputException) ex).errors().get(0).code();
	}

	static long count(HomeCard card, Actor actor) {
		return card.view(actor).lines().get(0).count();
	}

	@Test
	void homeCardsShowAnEmployerItsNominationsAndCountTheOpenOnesForReviewersAndSupervisors() {
		Employer employer = employer(3);
		Actor manager = manager(employer);
		Actor county = supervisor(COUNTY);
		long toScore = count(this.reviewCard, reviewer(9602));
		long toDecide = count(this.decideCard, county);
		ChampionView nomination = this.champions.nominate(manager, employer.workers().get(0), NomineeRole.WORKER, year(),
				"带头做好岗位通风设施点检");
		assertThat(this.employerCard.view(manager).lines()).extracting(HomeCard.Line::key)
			.contains("promotion-nomination-" + nomination.id());
		assertThat(count(this.reviewCard, reviewer(9602))).isEqualTo(toScore + 1);
		assertThat(count(this.decideCard, county)).isEqualTo(toDecide + 1);
		// another county's supervisor does not count it
		long elsewhere = count(this.decideCard, supervisor("330106"));
		this.champions.decide(county, nomination.id(), false, "事迹材料不足");
		assertThat(count(this.decideCard, county)).as("decided: no longer open").isEqualTo(toDecide);
		assertThat(count(this.reviewCard, reviewer(9602))).isEqualTo(toScore);
		assertThat(count(this.decideCard, supervisor("330106"))).isEqualTo(elsewhere);
	}

	@Test
	void anApprovalOverTheQuotaOfAnyRegionOnItsPathIsRefusedWithTheReason() {
		Employer employer = employer(0);
		Actor manager = manager(employer);
		Actor county = supervisor(COUNTY);
		int year = year();
		ChampionView first = scored(manager, employer.workers().get(0), year, 20);
		ChampionView second = scored(manager, employer.workers().get(1), year, 20);
		assertThat(first.score()).isEqualByComparingTo("100");
		assertThat(first.criteria()).hasSize(5);
		// No quota anywhere on the path: refused.
		assertThatThrownBy(() -> this.champions.decide(county, first.id(), true, null)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.quota.none"));
		this.champions.setQuota(county, COUNTY, year, 1);
		assertThat(this.champions.decide(county, first.id(), true, null).status()).isEqualTo(NominationStatus.APPROVED);
		// The county's one place is taken: the second is refused, saying the quota and how many are selected.
		assertThatThrownBy(() -> this.champions.decide(county, second.id(), true, null)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> {
				assertThat(code(ex)).isEqualTo("promotion.champion.quota.full");
				assertThat(((InvalidInputException) ex).errors().get(0).arguments()).containsSubsequence(year, 1, 1L);
			});
		assertThat(this.champions.find(county, second.id()).status()).isEqualTo(NominationStatus.NOMINATED);
		assertThat(this.champions.quotas(county, year)).anySatisfy(q -> {
			assertThat(q.regionCode()).isEqualTo(COUNTY);
			assertThat(q.quota()).isEqualTo(1);
			assertThat(q.approved()).isEqualTo(1);
		});
		// More room in the county, but the province set none left for the year: still refused.
		this.champions.setQuota(county, COUNTY, year, 5);
		this.champions.setQuota(supervisor("33"), "33", year, 1);
		assertThatThrownBy(() -> this.champions.decide(county, second.id(), true, null))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.quota.full"));
		this.champions.setQuota(supervisor("33"), "33", year, 2);
		assertThat(this.champions.decide(county, second.id(), true, null).status()).isEqualTo(NominationStatus.APPROVED);
		// Published with the names masked.
		String name = this.jdbc.sql("select name from registry.worker where id = :id").param("id", employer.workers().get(0))
			.query(String.class).single();
		assertThat(this.champions.published(year)).anySatisfy(p -> {
			assertThat(p.nomineeNameMasked()).isEqualTo(ChampionService.mask(name)).isNotEqualTo(name).startsWith(name.substring(0, 1));
			assertThat(p.employerName()).isNotBlank();
		});
	}

	@Test
	void belowThePassMarkOrUnscoredIsNotApprovedAndRejectionNeedsAReason() {
		Employer employer = employer(1);
		Actor manager = manager(employer);
		Actor county = supervisor(COUNTY);
		int year = year() + 1;
		this.champions.setQuota(county, COUNTY, year, 10);
		ChampionView low = scored(manager, employer.workers().get(0), year, 10);
		assertThat(low.score()).isEqualByComparingTo("50");
		assertThatThrownBy(() -> this.champions.decide(county, low.id(), true, null))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.belowPassMark"));
		// A second reviewer's score moves the average: (50 + 100) / 2 = 75.
		Map<String, BigDecimal> full = new HashMap<>();
		low.criteria().forEach(c -> full.put(c.code(), c.points()));
		assertThat(this.champions.score(reviewer(9602), low.id(), full).score()).isEqualByComparingTo("75");
		ChampionView unscored = this.champions.nominate(manager, employer.workers().get(1), NomineeRole.MANAGER, year, "推动本单位改进通风");
		assertThatThrownBy(() -> this.champions.decide(county, unscored.id(), true, null))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.unscored"));
		assertThatThrownBy(() -> this.champions.decide(county, unscored.id(), false, ""))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.healthy.decide.reasonRequired"));
		assertThat(this.champions.decide(county, unscored.id(), false, "事迹材料不足").status()).isEqualTo(NominationStatus.REJECTED);
		// Scores out of range, and a nomination twice for the same year, are refused.
		assertThatThrownBy(() -> this.champions.score(reviewer(9601), low.id(), Map.of("C1", new BigDecimal("21"))))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.champions.nominate(manager, employer.workers().get(0), NomineeRole.WORKER, year, "再次"))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.already"));
	}

	@Test
	void anotherCountyAndAnotherEmployerSeeAndChangeNothing() {
		Employer employer = employer(2);
		Employer other = employer(3);
		ChampionView nomination = scored(manager(employer), employer.workers().get(0), year(), 20);
		Actor foreign = supervisor("330106");
		assertThatThrownBy(() -> this.champions.find(foreign, nomination.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.champions.decide(foreign, nomination.id(), false, "越权")).isInstanceOf(NotFoundException.class);
		assertThat(this.champions.search(foreign, null, null, null, PageQuery.of(1, 200)).items())
			.noneMatch(c -> c.id() == nomination.id());
		Actor foreignReviewer = new Actor(9603, "champion-reviewer-330106", "外区专家", "330106", Scope.region("330106"),
				Set.of("promotion:champion:read", "promotion:champion:review"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.champions.score(foreignReviewer, nomination.id(), Map.of()))
			.isInstanceOf(NotFoundException.class);
		// A quota outside one's jurisdiction is refused.
		assertThatThrownBy(() -> this.champions.setQuota(foreign, COUNTY, year(), 9))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.quota.region"));
		// Another employer neither sees it nor nominates a worker not of its own register; an employer cannot score.
		assertThatThrownBy(() -> this.champions.find(manager(other), nomination.id())).isInstanceOf(NotFoundException.class);
		long stranger = employer.workers().stream().filter(w -> !other.workers().contains(w)).findFirst().orElseThrow();
		assertThatThrownBy(() -> this.champions.nominate(manager(other), stranger, NomineeRole.WORKER, year(), "不是本单位的人"))
			.satisfies(ex -> assertThat(code(ex)).isEqualTo("promotion.champion.worker"));
		assertThatThrownBy(() -> this.champions.score(manager(employer), nomination.id(), Map.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

}
