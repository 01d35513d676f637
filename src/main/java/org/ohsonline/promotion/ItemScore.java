package org.ohsonline.promotion;

import java.math.BigDecimal;

/**
 * One item of the standard in an application: its points, whether it is mandatory, what the employer
 * claimed and what the expert panel found.
 *
 * @param reviewMet for a mandatory item, whether the panel found it met ({@code null} before the review)
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "HealthyItemScore")
public record ItemScore(String code, String name, String sectionCode, String sectionName, BigDecimal maxPoints,
		boolean mandatory, String basis, BigDecimal selfPoints, String selfNote, BigDecimal reviewPoints,
		Boolean reviewMet, String reviewNote) {
}
