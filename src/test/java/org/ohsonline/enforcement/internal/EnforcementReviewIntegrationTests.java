package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;
import org.ohsonline.enforcement.ActionCode;
import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Case-file review on twelve closed cases of a division of their own: the reproducible sample, two reviewers blind
 * to each other, the disputed item agreed with its record, the file's score, refusals, jurisdiction.
 */
@IntegrationTest
class EnforcementReviewIntegrationTests {

	static final String REGION = "330105888";

	static final LocalDate FROM = LocalDate.of(2026, 6, 1);

	static final LocalDate TO = LocalDate.of(2026, 6, 30);

	@Autowired
	CaseReviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.ohsonline.enforcement.EnforcementDashboard dashboard;

	@Autowired
	org.ohsonline.enforcement.PublicReviews publicReviews;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	List<String> codes = new ArrayList<>();

	@BeforeEach
	void twelveClosedCases() {
		this.codes.clear();
		for (int i = 1; i <= 12; i++) {
			String code = new ActionCode("330105", 2026, ActionCode.Kind.PENALTY, 880_000 + i).toString();
			this.codes.add(code);
			this.jdbc.sql("""
					insert into enforcement.enf_case (action_code, region_code, employer_id, credit_code, employer_name, law,
					  article, item, facts, step, filed_on, decision_due, head_hash, opened_by, opened_at)
					values (:code, :region, :i, '91330105MA00000000', '评查样本单位', '职业病防治法（2018年修正）', 71, 1, '事实',
					  'CLOSED', :filed, :filed, :genesis, '办案员', now())
					on conflict (action_code) do nothing""")
				.param("code", code)
				.param("region", REGION)
				.param("i", 990_000 + i)
				.param("filed", FROM.plusDays(i))
				.param("genesis", CaseChain.GENESIS)
				.update();
		}
	}

	static Actor person(long id, String region, String... permissions) {
		return new Actor(id, "reviewer-" + id, "评查员" + id, region, Scope.region(region), Set.of(permissions), "127.0.0.1",
				Actor.Channel.UI);
	}

	static Map<String, BigDecimal> scores(double... points) {
		String[] items = { "SUBJECT", "FACTS", "EVIDENCE", "PROCEDURE", "LAW", "DISCRETION", "DOCUMENTS" };
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (int i = 0; i < items.length; i++) {
			scores.put(items[i], BigDecimal.valueOf(points[i]));
		}
		return scores;
	}

	@Test
	void samplesReproduciblyScoresBlindAndSettlesTheDisputedItem() throws Exception {
		Actor city = person(9100, "3301", "enforcement:review:read", "enforcement:review:write", "enforcement:review:score");
		CaseReviews.Round round = this.reviews.draw(city, REGION, FROM, TO, 5);

		// anyone: the seed from the region and period, the order from the seed and the codes
		assertThat(round.seed()).isEqualTo(DrawAlgorithm.sha256("OHS-REVIEW-1|" + REGION + "|" + FROM + "|" + TO));
		assertThat(round.frame()).isEqualTo(12);
		assertThat(round.files()).extracting(CaseReviews.File::actionCode)
			.containsExactlyElementsOf(CaseReviewService.sample(round.seed(), this.codes, 5));
		assertThat(this.reviews.draw(city, REGION, FROM, TO, 5).files()).extracting(CaseReviews.File::actionCode)
			.as("the same region and period: the same sample")
			.containsExactlyElementsOf(round.files().stream().map(CaseReviews.File::actionCode).toList());

		long caseId = round.files().get(0).caseId();
		Actor a = person(9101, "3301", "enforcement:review:read", "enforcement:review:score");
		Actor b = person(9102, "3301", "enforcement:review:read", "enforcement:review:score");
		Actor c = person(9103, "3301", "enforcement:review:read", "enforcement:review:score");
		// above an item's points: refused, nothing saved
		assertThatThrownBy(() -> this.reviews.score(a, round.id(), caseId, scores(12, 18, 18, 18, 9, 9, 9)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("scores.SUBJECT"));
		assertThat(this.reviews.find(a, round.id()).files().get(0).reviewers()).isZero();

		this.reviews.score(a, round.id(), caseId, scores(10, 18, 18, 18, 9, 9, 9));
		CaseReviews.File seenByB = this.reviews.find(b, round.id()).files().get(0);
		assertThat(seenByB.reviewers()).isEqualTo(1);
		assertThat(seenByB.otherScores()).as("blind until both have submitted").isEmpty();
		assertThat(seenByB.myScores()).isEmpty();
		assertThatThrownBy(() -> this.reviews.score(a, round.id(), caseId, scores(10, 18, 18, 18, 9, 9, 9)))
			.isInstanceOf(InvalidInputException.class);

		// B differs by 5 on the facts (more than the rubric's 3): disputed, no score yet
		CaseReviews.File both = this.reviews.score(b, round.id(), caseId, scores(9, 13, 17, 18, 9, 8, 9)).files().get(0);
		assertThat(both.otherScores().get("FACTS")).isEqualByComparingTo("18");
		assertThat(both.disputed()).containsExactly("FACTS");
		assertThat(both.finalScore()).isNull();
		assertThatThrownBy(() -> this.reviews.score(c, round.id(), caseId, scores(10, 20, 20, 20, 10, 10, 10)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.errors().get(0).code()).isEqualTo("enforcement.review.twoReviewers"));
		assertThatThrownBy(() -> this.reviews.agree(city, round.id(), caseId, "FACTS", new BigDecimal("16"), " "))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.reviews.agree(city, round.id(), caseId, "LAW", new BigDecimal("9"), "无争议"))
			.isInstanceOf(InvalidInputException.class);

		CaseReviews.File settled = this.reviews.agree(city, round.id(), caseId, "FACTS", new BigDecimal("16"),
				"复核询问笔录后认定事实基本清楚").files().get(0);
		// means 9.5 + 17.5 + 18 + 9 + 8.5 + 9 = 71.5, agreed facts 16: 87.5
		assertThat(settled.finalScore()).isEqualByComparingTo("87.5");
		assertThat(settled.disputed()).isEmpty();
		assertThat(this.reviews.scoreOf(city, caseId)).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("87.5"));
		CaseReviews.RegionResult result = this.reviews.find(city, round.id()).results().get(0);
		assertThat(result.files()).isEqualTo(5);
		assertThat(result.scored()).isEqualTo(1);
		assertThat(result.average()).isEqualByComparingTo("87.5");

		// the dashboard shows the scores by division, to readers of reviews only
		Actor cityReader = person(9105, "3301", "enforcement:plan:read", "enforcement:review:read");
		assertThat(this.dashboard.figures(cityReader, REGION, FROM, TO).reviews())
			.filteredOn(r -> r.regionCode().equals(REGION))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.files()).isGreaterThanOrEqualTo(5);
				assertThat(r.scored()).isGreaterThanOrEqualTo(1);
				assertThat(r.average()).isNotNull();
			});
		assertThat(this.dashboard.figures(person(9104, "3301", "enforcement:plan:read"), REGION, FROM, TO).reviews()).isEmpty();
		assertThat(this.dashboard.figures(person(9201, "3302", "enforcement:plan:read", "enforcement:review:read"), null,
				FROM, TO).reviews()).noneMatch(r -> r.regionCode().startsWith("3301"));

		// published by region without login: counts and averages, the seed; no reviewer, no single file's score
		assertThat(this.publicReviews.rounds(REGION)).filteredOn(p -> p.publicCode().equals(round.publicCode()))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.seed()).isEqualTo(round.seed());
				assertThat(p.files()).isEqualTo(5);
				assertThat(p.scored()).isEqualTo(1);
				assertThat(p.average()).isEqualByComparingTo("87.5");
			});
		String page = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/verify/reviews").param("region", REGION))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(round.publicCode(), "平均 87.5 分").doesNotContain("评查员", "reviewer-9101");

		// another city sees nothing of the round
		assertThatThrownBy(() -> this.reviews.find(person(9200, "3302", "enforcement:review:read"), round.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.reviews.draw(person(9200, "3302", "enforcement:review:write"), REGION, FROM, TO, 5))
			.isInstanceOf(InvalidInputException.class);
	}

}
