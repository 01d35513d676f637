package org.ohsonline.promotion.consultation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routing by field and region, most local first, then the least loaded; and the request's status rules. */
class ExpertRoutingTests {

	static Consultation.Expert expert(long id, String region, long open, String... fields) {
		return new Consultation.Expert(id, "专家" + id, region, List.of(fields), true, open);
	}

	@Test
	void routesToTheMostLocalExpertOfTheField() {
		List<Consultation.Expert> team = List.of(expert(1, "33", 0, "LAW", "TESTING"), expert(2, "3301", 5, "TESTING"),
				expert(3, "330105", 9, "TESTING"), expert(4, "330106", 0, "TESTING"));
		// the county's expert (330105) before the city's and the province's, however busy; 330106 does not cover 330105001
		assertThat(ExpertRouting.choose(team, "TESTING", "330105001")).map(Consultation.Expert::userId).contains(3L);
		// only the province's expert answers law
		assertThat(ExpertRouting.choose(team, "LAW", "330105001")).map(Consultation.Expert::userId).contains(1L);
		// nobody answers diagnosis: the request stays queued
		assertThat(ExpertRouting.choose(team, "DIAGNOSIS", "330105001")).isEmpty();
	}

	@Test
	void amongEquallyLocalExpertsTheLeastLoadedThenTheLowestIdTakesIt() {
		List<Consultation.Expert> team = List.of(expert(7, "3301", 3, "ENGINEERING"), expert(5, "3301", 1, "ENGINEERING"),
				expert(6, "3301", 1, "ENGINEERING"));
		assertThat(ExpertRouting.choose(team, "ENGINEERING", "330105")).map(Consultation.Expert::userId).contains(5L);
	}

	@Test
	void inactiveExpertsTakeNothing() {
		List<Consultation.Expert> team = List.of(new Consultation.Expert(1, "停用", "330105", List.of("LAW"), false, 0),
				expert(2, "33", 4, "LAW"));
		assertThat(ExpertRouting.choose(team, "LAW", "330105")).map(Consultation.Expert::userId).contains(2L);
	}

	@Test
	void aRequestIsAnsweredOnceAndRatedOnceAfterItsAnswer() {
		assertThat(ConsultationStatus.QUEUED.assign()).isEqualTo(ConsultationStatus.ASSIGNED);
		assertThat(ConsultationStatus.ASSIGNED.answer()).isEqualTo(ConsultationStatus.ANSWERED);
		assertThat(ConsultationStatus.ANSWERED.rate()).isEqualTo(ConsultationStatus.RATED);
		assertThatThrownBy(ConsultationStatus.ANSWERED::answer).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(ConsultationStatus.ASSIGNED::rate).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(ConsultationStatus.RATED::rate).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(ConsultationStatus.QUEUED::answer).isInstanceOf(IllegalStateException.class);
	}

}
