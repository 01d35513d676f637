package org.ohsonline.indicators;

/**
 * An employer behind an overdue figure of a snapshot (declaration, periodic testing or exams not met when frozen),
 * listed by name in the bulletin (逾期通报).
 */
public record OverdueEmployer(String indicatorCode, long employerId, String regionCode, String creditCode, String name,
		int numerator, int denominator) {
}
