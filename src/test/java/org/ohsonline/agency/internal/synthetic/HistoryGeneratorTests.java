package org.ohsonline.agency.internal.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.ohsonline.agency.DeliveryKind;
import org.ohsonline.agency.QualityRubric;
import org.ohsonline.agency.ServiceType;
import org.ohsonline.agency.internal.synthetic.HistoryGenerator.Delivery;
import org.ohsonline.agency.internal.synthetic.HistoryGenerator.Engaged;

import static org.assertj.core.api.Assertions.assertThat;

/** The synthetic service history: deterministic, inside its year, and following each organisation's quality. */
class HistoryGeneratorTests {

	private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 4);

	private static final List<QualityRubric.Criterion> RUBRIC = List.of(
			new QualityRubric.Criterion("METHODS", "方法与仪器有效", BigDecimal.valueOf(20), ""),
			new QualityRubric.Criterion("CALCULATION", "计算正确", BigDecimal.valueOf(25), ""),
			new QualityRubric.Criterion("TIMELINESS", "报告出具及时", BigDecimal.valueOf(15), ""));

	@Test
	void makesTheSameHistoryForTheSameSeedAndDayAndAnotherForAnotherSeed() {
		HistoryGenerator first = new HistoryGenerator(7, LAST_DAY);
		HistoryGenerator second = new HistoryGenerator(7, LAST_DAY);
		HistoryGenerator other = new HistoryGenerator(8, LAST_DAY);
		List<Engaged> engaged = engagements("AGENCY-1", ServiceType.PERIODIC_TESTING, 200);
		assertThat(deliveries(second, engaged)).isEqualTo(deliveries(first, engaged));
		assertThat(second.complaints("AGENCY-1")).isEqualTo(first.complaints("AGENCY-1"));
		assertThat(second.review("AGENCY-1", "SYN-T-1", RUBRIC)).isEqualTo(first.review("AGENCY-1", "SYN-T-1", RUBRIC));
		assertThat(deliveries(other, engaged)).isNotEqualTo(deliveries(first, engaged));
	}

	@Test
	void keepsEveryDeliveryAndEvaluationInsideTheYearAndTheEngagement() {
		HistoryGenerator generator = new HistoryGenerator(7, LAST_DAY);
		assertThat(generator.firstDay()).isEqualTo(LocalDate.of(2025, 12, 5));
		List<Delivery> all = new ArrayList<>();
		for (ServiceType service : List.of(ServiceType.PERIODIC_TESTING, ServiceType.HEALTH_EXAMINATION)) {
			for (Engaged e : engagements("ORG-" + service, service, 300)) {
				List<Delivery> made = generator.deliveries(e);
				made.forEach(d -> {
					assertThat(d.subjectKey()).startsWith(HistoryGenerator.KEY_PREFIX);
					assertThat(d.workEndedOn()).isAfterOrEqualTo(e.startsOn()).isBeforeOrEqualTo(e.endsOn());
					assertThat(d.deliveredOn()).isAfterOrEqualTo(generator.firstDay()).isBeforeOrEqualTo(LAST_DAY);
					d.evaluation().ifPresent(v -> {
						assertThat(v.ratedOn()).isAfter(d.deliveredOn()).isBeforeOrEqualTo(LAST_DAY);
						assertThat(List.of(v.timeliness(), v.professionalism(), v.priceTransparency()))
							.allSatisfy(mark -> assertThat(mark).isBetween(1, 5));
					});
				});
				all.addAll(made);
			}
		}
		assertThat(all).filteredOn(d -> d.kind() == DeliveryKind.TESTING_JOB).hasSizeGreaterThan(200);
		assertThat(all).filteredOn(d -> d.kind() == DeliveryKind.EXAM_BATCH)
			.hasSizeGreaterThan(300)
			.allSatisfy(d -> assertThat(d.exams()).isBetween(5, 64));
		long rated = all.stream().filter(d -> d.evaluation().isPresent()).count();
		assertThat(rated).as("about four in ten rated").isBetween(all.size() * 3L / 10, all.size() / 2L);
		// An engagement that ended before the year delivered nothing in it.
		Engaged ended = new Engaged(1, 1, "ORG", 1, "EMP", "单位", "330105", ServiceType.PERIODIC_TESTING,
				LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
		assertThat(generator.deliveries(ended)).isEmpty();
	}

	@Test
	void aBetterOrganisationReportsOnTimeMoreOftenIsRatedHigherAndScoresHigher() {
		HistoryGenerator generator = new HistoryGenerator(7, LAST_DAY);
		String good = IntStream.range(0, 1000).mapToObj(i -> "ORG-" + i)
			.filter(code -> generator.quality(code) > 0.95)
			.findFirst()
			.orElseThrow();
		String poor = IntStream.range(0, 1000).mapToObj(i -> "ORG-" + i)
			.filter(code -> generator.quality(code) < 0.5)
			.findFirst()
			.orElseThrow();
		assertThat(onTimeShare(generator, good)).isGreaterThan(onTimeShare(generator, poor) + 0.2);
		assertThat(meanMark(generator, good)).isGreaterThan(meanMark(generator, poor) + 1);
		BigDecimal goodScore = generator.review(good, "SYN-T-1", RUBRIC).score();
		BigDecimal poorScore = generator.review(poor, "SYN-T-1", RUBRIC).score();
		assertThat(goodScore).isGreaterThan(poorScore);
		assertThat(IntStream.range(0, 1000).mapToDouble(i -> generator.quality("ORG-" + i)))
			.allSatisfy(q -> assertThat(q).isBetween(0.4, 1.0));
	}

	@Test
	void scoresAReviewByTheRubricAndRaisesAFindingForEveryLowMark() {
		HistoryGenerator generator = new HistoryGenerator(7, LAST_DAY);
		for (int i = 0; i < 200; i++) {
			HistoryGenerator.Review review = generator.review("ORG-" + i, "SYN-T-" + i, RUBRIC);
			assertThat(review.marks()).extracting(HistoryGenerator.Mark::criterion)
				.containsExactly("METHODS", "CALCULATION", "TIMELINESS");
			BigDecimal awarded = BigDecimal.ZERO;
			for (HistoryGenerator.Mark mark : review.marks()) {
				assertThat(mark.awarded()).isBetween(BigDecimal.ZERO, mark.maximum());
				boolean low = mark.awarded().doubleValue() < 0.6 * mark.maximum().doubleValue();
				assertThat(mark.finding().isPresent()).as(mark.toString()).isEqualTo(low);
				awarded = awarded.add(mark.awarded());
			}
			// 60 points in all: the score is awarded / 60 × 100, one decimal.
			assertThat(review.score()).isEqualByComparingTo(
					awarded.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP));
		}
	}

	private static double onTimeShare(HistoryGenerator generator, String agency) {
		List<Delivery> jobs = deliveries(generator, engagements(agency, ServiceType.PERIODIC_TESTING, 400));
		return jobs.stream().filter(d -> !d.deliveredOn().isAfter(d.workEndedOn().plusDays(20))).count()
				/ (double) jobs.size();
	}

	private static double meanMark(HistoryGenerator generator, String agency) {
		return deliveries(generator, engagements(agency, ServiceType.HEALTH_EXAMINATION, 400)).stream()
			.flatMap(d -> d.evaluation().stream())
			.mapToInt(v -> v.timeliness() + v.professionalism() + v.priceTransparency())
			.average()
			.orElseThrow() / 3;
	}

	private static List<Delivery> deliveries(HistoryGenerator generator, List<Engaged> engaged) {
		return engaged.stream().flatMap(e -> generator.deliveries(e).stream()).toList();
	}

	private static List<Engaged> engagements(String agency, ServiceType service, int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> new Engaged(i + 1, 1, agency, 1000 + i, "EMPLOYER-" + i, "单位" + i, "330105", service,
					LocalDate.of(2024, 1, 1).plusDays(i), LocalDate.of(2027, 12, 31)))
			.toList();
	}

}
