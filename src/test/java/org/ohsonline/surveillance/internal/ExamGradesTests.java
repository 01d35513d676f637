package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.ohsonline.testing.MeasuredExposures.PostExposure;

import static org.assertj.core.api.Assertions.assertThat;

class ExamGradesTests {

	@Test
	void noiseIsGradedByItsLevelWithBothBoundsInclusiveFromBelow() {
		assertThat(ExamGrades.of(noise("NOISE_DAILY", "85.0"))).contains("L85");
		assertThat(ExamGrades.of(noise("NOISE_WEEKLY", "91.3"))).contains("L85");
		assertThat(ExamGrades.of(noise("NOISE_DAILY", "84.9"))).contains("L80");
		assertThat(ExamGrades.of(noise("NOISE_DAILY", "80"))).contains("L80");
		assertThat(ExamGrades.of(noise("NOISE_DAILY", "79.9"))).as("below 80: ungraded, the strict rule applies").isEmpty();
	}

	@Test
	void otherFactorsTakeTheirJobGrade() {
		assertThat(ExamGrades.of(graded("ZERO"))).contains("I");
		assertThat(ExamGrades.of(graded("I"))).contains("I");
		assertThat(ExamGrades.of(graded("II"))).contains("II+");
		assertThat(ExamGrades.of(graded("III"))).contains("II+");
		assertThat(ExamGrades.of(graded(null))).as("measured but not graded").isEmpty();
		assertThat(ExamGrades.of(null)).isEmpty();
	}

	@Test
	void theEvidenceNamesTheJobRuleAndValue() {
		assertThat(ExamGrades.evidence(noise("NOISE_DAILY", "87.40"))).isEqualTo("JC-1 NOISE_DAILY 87.4 dB(A)");
		assertThat(ExamGrades.evidence(graded("II"))).isEqualTo("JC-1 TWA 0.6 mg/m³ grade II");
	}

	private static PostExposure noise(String rule, String level) {
		return new PostExposure("JC-1", LocalDate.of(2026, 10, 1), rule, new BigDecimal(level), "dB(A)", null);
	}

	private static PostExposure graded(String grade) {
		return new PostExposure("JC-1", LocalDate.of(2026, 10, 1), "TWA", new BigDecimal("0.6"), "mg/m³", grade);
	}

}
