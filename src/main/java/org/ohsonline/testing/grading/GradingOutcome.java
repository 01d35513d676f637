package org.ohsonline.testing.grading;

import java.math.BigDecimal;

import org.ohsonline.reference.GradingTables;
import org.ohsonline.reference.JobGrade;

/**
 * A job's grade with the figures that made it, so a report can print
 * G = W_D × W_B × W_L = 4 × 1.5 × 1.5 = 9 → Ⅱ级 (中度危害作业).
 *
 * @param grade the grade; {@code null} only when {@code beyondTable}
 * @param gradeName the table's name for the grade
 * @param index G for chemicals and dusts, the level for noise, the WBGT for heat
 * @param hazardWeight W_D (chemicals) or W_M (dusts); {@code null} otherwise
 * @param exposureRatio B = C/OEL (chemicals, dusts); {@code null} otherwise
 * @param exposureWeight W_B; {@code null} for noise and heat
 * @param labourWeight W_L; {@code null} for noise and heat
 * @param beyondTable heat above the table's last column: a special heat-stress assessment is needed
 * @param table the catalog version that graded
 */
public record GradingOutcome(JobGrade grade, String gradeName, BigDecimal index, BigDecimal hazardWeight,
		BigDecimal exposureRatio, BigDecimal exposureWeight, BigDecimal labourWeight, boolean beyondTable,
		GradingTables.Source table) {
}
