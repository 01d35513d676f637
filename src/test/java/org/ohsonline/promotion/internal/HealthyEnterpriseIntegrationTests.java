package org.ohsonline.promotion.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.promotion.ApplicationFilter;
import org.ohsonline.promotion.ApplicationStatus;
import org.ohsonline.promotion.HealthyApplicationView;
import org.ohsonline.promotion.HealthyEnterpriseListed;
import org.ohsonline.promotion.HealthyEnterprises;
import org.ohsonline.promotion.ItemScore;
import org.ohsonline.promotion.ModelEnterpriseView;
import org.ohsonline.promotion.ModelEnterprises;
import org.ohsonline.promotion.Review;
import org.ohsonline.promotion.SelfEvaluation;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ohsonline.Eventually.eventually;

/**
 * Healthy enterprises on the shared context's tiny register (拱墅区 330105): the scoring where a mandatory item
 * not met fails the application whatever the points and its approval is refused; a passed review listed,
 * published without personal data and read by the risk module's downgrade; who may see and change what
 * (another county's supervisor and another employer see nothing); model enterprises in the jurisdiction only.
 */
@IntegrationTest
@RecordApplicationEvents
class HealthyEnterpriseIntegrationTests {

	static final String COUNTY = "330105";

	@Autowired HealthyEnterprises healthy;
	@Autowired ModelEnterprises models;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEvents events;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	record Employer(long id, String creditCode, String regionCode) {
	}

	/** The n-th employer of the county from the end of the register (the browser and matrix tests use others). */
	Employer employer(int n) {
		return this.jdbc.sql("select id, credit_code, region_code from registry.employer where region_code like '330105%' order by id desc offset :n limit 1")
			.param("n", n)
			.query((rs, i) -> new Employer(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.single();
	}

	static Actor manager(Employer employer) {
		return new Actor(9300 + employer.id(), "promo-manager-" + employer.id(), "申报管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()), Set.of("promotion:healthy:read", "promotion:healthy:apply"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor reviewer() {
		return new Actor(9101, "promo-cdc", "评审专家", COUNTY, Scope.region(COUNTY),
				Set.of("promotion:healthy:read", "promotion:healthy:review"), "127.0.0.1", Actor.Channel.UI);
	}

	static Actor supervisor(String region, long userId) {
		return new Actor(userId, "promo-supervisor-" + region, "审定人", region, Scope.region(region),
				Set.of("promotion:healthy:read", "promotion:healthy:decide", "promotion:model:write"), "127.0.0.1",
				Actor.Channel.UI);
	}

	int year() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
	}

	/** Opens, self-evaluates every item at full points, attaches a PDF and submits. */
	HealthyApplicationView submitted(Actor manager) {
		HealthyApplicationView draft = this.healthy.open(manager, year());
		Map<String, SelfEvaluation.Entry> all = new HashMap<>();
		draft.items().forEach(i -> all.put(i.code(), new SelfEvaluation.Entry(i.maxPoints(), "见材料")));
		this.healthy.evaluate(manager, draft.id(), new SelfEvaluation(all));
		this.healthy.attach(manager, draft.id(), null, "制度汇编.pdf", PDF);
		return this.healthy.submit(manager, draft.id());
	}

	/** A review at full points, with one mandatory item found not met when {@code failing} names it. */
	static Review review(HealthyApplicationView application, String failing) {
		Map<String, Review.Entry> items = new HashMap<>();
		for (ItemScore i : application.items()) {
			items.put(i.code(), new Review.Entry(i.maxPoints(), i.mandatory() ? !i.code().equals(failing) : null, null));
		}
		return new Review(LocalDate.now(ZoneId.of("Asia/Shanghai")), "现场核查", items);
	}

	@Test
	void aMandatoryItemNotMetFailsTheApplicationWhateverThePointsAndItCannotBeListed() {
		Employer employer = employer(0);
		Actor manager = manager(employer);
		HealthyApplicationView draft = this.healthy.open(manager, year());
		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(draft.items()).hasSize(15).filteredOn(ItemScore::mandatory).hasSize(6);
		assertThat(draft.passMark()).isEqualByComparingTo("60");
		// Submitting before every item is self-evaluated, or with points beyond an item, is refused.
		assertThatThrownBy(() -> this.healthy.submit(manager, draft.id())).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("promotion.healthy.submit.unscored"));
		String first = draft.items().get(0).code();
		assertThatThrownBy(() -> this.healthy.evaluate(manager, draft.id(),
				new SelfEvaluation(Map.of(first, new SelfEvaluation.Entry(new BigDecimal("99"), null)))))
			.isInstanceOf(InvalidInputException.class);
		// A file that is not a PDF or image is refused, whatever its name.
		assertThatThrownBy(() -> this.healthy.attach(manager, draft.id(), null, "假的.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code()).isEqualTo("promotion.evidence.type"));

		HealthyApplicationView submitted = submitted(manager);
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(submitted.selfPoints()).isEqualByComparingTo("100");
		// Nothing changes after submitting.
		assertThatThrownBy(() -> this.healthy.attach(manager, draft.id(), null, "后补.pdf", PDF))
			.isInstanceOf(InvalidInputException.class);

		String mandatory = submitted.items().stream().filter(ItemScore::mandatory).findFirst().orElseThrow().code();
		HealthyApplicationView reviewed = this.healthy.review(reviewer(), draft.id(), review(submitted, mandatory));
		assertThat(reviewed.status()).isEqualTo(ApplicationStatus.REVIEWED);
		assertThat(reviewed.reviewPoints()).isEqualByComparingTo("100");
		assertThat(reviewed.mandatoryFailed()).isEqualTo(1);
		assertThat(reviewed.reviewPassed()).isFalse();
		assertThat(reviewed.items()).filteredOn(i -> i.code().equals(mandatory)).singleElement()
			.satisfies(i -> assertThat(i.reviewMet()).isFalse());

		Actor county = supervisor(COUNTY, 9102);
		assertThatThrownBy(() -> this.healthy.decide(county, draft.id(), true, null)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors().get(0).code())
				.isEqualTo("promotion.healthy.decide.mandatoryFailed"));
		assertThat(this.healthy.find(county, draft.id()).status()).isEqualTo(ApplicationStatus.REVIEWED);
		assertThatThrownBy(() -> this.healthy.decide(county, draft.id(), false, " ")).isInstanceOf(InvalidInputException.class);
		HealthyApplicationView rejected = this.healthy.decide(county, draft.id(), false, "职业健康检查项不符合");
		assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(this.healthy.listed(year(), "")).noneMatch(l -> l.employerId() == employer.id());
		assertThat(this.healthy.isListed(employer.id(), LocalDate.now(ZoneId.of("Asia/Shanghai")))).isFalse();
		assertThat(this.events.stream(HealthyEnterpriseListed.class)).noneMatch(e -> e.employerId() == employer.id());
	}

	@Test
	void aPassedReviewIsListedPublishedAndReadByTheRiskDowngrade() {
		Employer employer = employer(1);
		HealthyApplicationView submitted = submitted(manager(employer));
		// A reviewer who may also decide still cannot decide their own review.
		Actor both = new Actor(9103, "promo-both", "专家兼审定", COUNTY, Scope.region(COUNTY),
				Set.of("promotion:healthy:read", "promotion:healthy:review", "promotion:healthy:decide"), "127.0.0.1",
				Actor.Channel.UI);
		HealthyApplicationView reviewed = this.healthy.review(both, submitted.id(), review(submitted, null));
		assertThat(reviewed.reviewPassed()).isTrue();
		assertThatThrownBy(() -> this.healthy.decide(both, submitted.id(), true, null)).isInstanceOf(InvalidInputException.class);
		HealthyApplicationView approved = this.healthy.decide(supervisor(COUNTY, 9102), submitted.id(), true, null);
		assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(this.events.stream(HealthyEnterpriseListed.class))
			.anyMatch(e -> e.employerId() == employer.id() && e.year() == year() && e.applicationId() == submitted.id());
		assertThat(this.healthy.listed(year(), "33")).anyMatch(l -> l.employerId() == employer.id()
				&& l.creditCode().equals(employer.creditCode()));
		assertThat(this.healthy.listedYears()).contains(year());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(this.healthy.isListed(employer.id(), today)).isTrue();
		assertThat(this.healthy.isListed(employer.id(), today.plusYears(3))).isFalse();
		// The risk module's portrait takes the listing for its HEALTHY_ENTERPRISE downgrade.
		eventually(() -> this.jdbc.sql("select healthy_enterprise from risk.portrait where employer_id = :e")
			.param("e", employer.id())
			.query(Boolean.class)
			.optional()
			.orElse(false), Boolean::booleanValue);
	}

	@Test
	void anotherCountyAndAnotherEmployerSeeAndChangeNothing() {
		Employer employer = employer(2);
		Employer other = employer(3);
		HealthyApplicationView submitted = submitted(manager(employer));
		Actor foreign = supervisor("330106", 9201);
		Actor foreignReviewer = new Actor(9202, "promo-cdc-330106", "外区专家", "330106", Scope.region("330106"),
				Set.of("promotion:healthy:read", "promotion:healthy:review"), "127.0.0.1", Actor.Channel.UI);
		assertThatThrownBy(() -> this.healthy.find(foreign, submitted.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.healthy.search(foreign, ApplicationFilter.none(), PageQuery.of(1, 200)).items())
			.noneMatch(a -> a.id() == submitted.id());
		assertThat(this.healthy.search(foreign, new ApplicationFilter(COUNTY, null, null, null), PageQuery.of(1, 200)).items())
			.isEmpty();
		assertThatThrownBy(() -> this.healthy.review(foreignReviewer, submitted.id(), review(submitted, null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.healthy.evidence(foreign, submitted.id(), submitted.evidence().get(0).id()))
			.isInstanceOf(NotFoundException.class);
		// Another employer neither reads nor writes it; an employer cannot review.
		Actor otherManager = manager(other);
		assertThatThrownBy(() -> this.healthy.find(otherManager, submitted.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.healthy.search(otherManager, ApplicationFilter.none(), PageQuery.of(1, 200)).items())
			.noneMatch(a -> a.id() == submitted.id());
		assertThatThrownBy(() -> this.healthy.review(manager(employer), submitted.id(), review(submitted, null)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.healthy.find(reviewer(), submitted.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
		// The county's own supervisor sees it and its evidence.
		assertThat(this.healthy.search(supervisor(COUNTY, 9102), ApplicationFilter.none(), PageQuery.of(1, 200)).items())
			.anyMatch(a -> a.id() == submitted.id());
		assertThat(this.healthy.evidence(supervisor(COUNTY, 9102), submitted.id(), submitted.evidence().get(0).id()).content())
			.isEqualTo(PDF);
	}

	@Test
	void modelEnterprisesAreMarkedInTheJurisdictionWithWhatTheyDoWell() {
		Employer employer = employer(4);
		Actor county = supervisor(COUNTY, 9102);
		assertThatThrownBy(() -> this.models.mark(county, employer.id(), year(), "  ")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.models.mark(supervisor("330106", 9201), employer.id(), year(), "湿式作业"))
			.isInstanceOf(InvalidInputException.class);
		ModelEnterpriseView marked = this.models.mark(county, employer.id(), year(), "粉尘岗位全面湿式作业");
		assertThat(marked.creditCode()).isEqualTo(employer.creditCode());
		assertThatThrownBy(() -> this.models.mark(county, employer.id(), year(), "再次")).isInstanceOf(InvalidInputException.class);
		assertThat(this.models.published("")).anyMatch(m -> m.id() == marked.id());
		assertThat(this.models.search(supervisor("330106", 9201), null, null, PageQuery.of(1, 200)).items())
			.noneMatch(m -> m.id() == marked.id());
		assertThatThrownBy(() -> this.models.withdraw(supervisor("330106", 9201), marked.id(), "不再符合"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.models.withdraw(county, marked.id(), "")).isInstanceOf(InvalidInputException.class);
		this.models.withdraw(county, marked.id(), "不再符合");
		assertThat(this.models.published("")).noneMatch(m -> m.id() == marked.id());
	}

}
