package org.ohsonline.testing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ohsonline.reference.Oel;
import org.ohsonline.testing.SamplingMode;
import org.ohsonline.testing.judgement.Rule;
import org.ohsonline.testing.judgement.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Noise at a post with an irregular working week: each day's L_EX,8h feeds L_EX,W, which decides
 * the post; a post on a regular week keeps its daily L_EX,8h. Limit: 85 dB(A) (GBZ 2.2-2007 11.2.1).
 */
class JudgingWeeklyTests {

	private static final Oel NOISE = new Oel("3008", null, new BigDecimal("85"), null, "dB(A)", null, "", false);

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

	private final Judging judging = new Judging(new LimitRows(code -> "3008".equals(code) ? List.of(NOISE) : List.of()),
			(intensity, share, hot, on) -> Optional.empty());

	@Test
	void theWeekDecidesAtAnIrregularPostAndTheDayAtARegularOne() {
		// Post 1 (irregular) worked 3 days: L_EX,8h 90.0, 90.0 and 80.0 (each a full 8-h segment).
		// L_EX,W = 10·lg((1/5)·(10^9.0 + 10^9.0 + 10^8.0)) = 10·lg((2.1 × 10^9) / 5) = 10·lg(4.2 × 10^8)
		// = 86.23 → 86.2 dB(A) > 85 → 不符合, decided by L_EX,W.
		// Post 2 (regular) 84.0 on one day: L_EX,8h 84.0 ≤ 85 → 符合.
		List<StoredResult> results = List.of(noise(1, 1, MONDAY, "90.0"), noise(2, 1, MONDAY.plusDays(1), "90.0"),
				noise(3, 1, MONDAY.plusDays(3), "80.0"), noise(4, 2, MONDAY, "84.0"));
		Judging.Outcome outcome = this.judging.judge(results, List.of(), false, Set.of(1L));

		List<Judging.Exposure> week = outcome.exposures().stream().filter(e -> !e.weekDays().isEmpty()).toList();
		assertThat(week).singleElement().satisfies(w -> {
			assertThat(w.key().postId()).isEqualTo(1);
			assertThat(w.weekDays()).containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3));
			assertThat(w.judgement().decisive().rule()).isEqualTo(Rule.NOISE_WEEKLY);
			assertThat(w.judgement().decisive().value()).isEqualByComparingTo("86.2");
			assertThat(w.judgement().verdict()).isEqualTo(Verdict.NON_COMPLIANT);
		});
		assertThat(outcome.exposures().stream().filter(Judging.Exposure::partOfWeek))
			.hasSize(3)
			.allSatisfy(e -> assertThat(e.key().postId()).isEqualTo(1));
		assertThat(outcome.posts().get(1L).failures()).singleElement()
			.satisfies(f -> assertThat(f.check().rule()).isEqualTo(Rule.NOISE_WEEKLY));
		assertThat(outcome.posts().get(2L).verdict()).isEqualTo(Verdict.COMPLIANT);
		assertThat(outcome.posts().get(2L).factors().get(0).decisive().rule()).isEqualTo(Rule.NOISE_DAILY);
		// Each result of the irregular post is judged by the week; the regular one by its day.
		assertThat(outcome.results()).filteredOn(r -> r.resultId() <= 3)
			.allSatisfy(r -> assertThat(r.check().rule()).isEqualTo(Rule.NOISE_WEEKLY));
		assertThat(outcome.results()).filteredOn(r -> r.resultId() == 4)
			.singleElement()
			.satisfies(r -> assertThat(r.check().rule()).isEqualTo(Rule.NOISE_DAILY));
	}

	@Test
	void moreThanSevenSampledDaysCannotMakeOneWeek() {
		List<StoredResult> results = java.util.stream.IntStream.range(0, 8)
			.mapToObj(i -> noise(i + 1, 1, MONDAY.plusDays(i), "80.0"))
			.toList();
		Judging.Outcome outcome = this.judging.judge(results, List.of(), false, Set.of(1L));
		Judging.Exposure week = outcome.exposures().stream().filter(e -> !e.weekDays().isEmpty()).findFirst().orElseThrow();
		assertThat(week.judgement()).isNull();
		assertThat(week.problem().code()).isEqualTo("testing.judgement.weekDays");
		assertThat(outcome.posts()).doesNotContainKey(1L);
	}

	private static StoredResult noise(long id, long post, LocalDate day, String level) {
		return new StoredResult(id, 1, "N-" + id, post, "岗位" + post, "", "工人甲", "3008", "噪声", null,
				"GBZ/T 189.8-2007", SamplingMode.PERSONAL, LocalDateTime.of(day, LocalTime.of(8, 0)),
				LocalDateTime.of(day, LocalTime.of(16, 0)), new BigDecimal("480"), true, new BigDecimal(level), "dB(A)",
				null, false, null, "test", Instant.EPOCH);
	}

}
