package org.ohsonline.radiation;

import java.math.BigDecimal;

/**
 * One personal dose record as a dosimetry service enters it (mSv). The person is the radiation worker
 * {@code radiationWorkerId}, or the one with {@code idNumber} at the employer {@code employerCreditCode}. A
 * value below the detection limit is entered as {@code below} with the detection limit {@code mdl}, never as 0;
 * the lens dose only where it was measured.
 */
public record DoseEntry(Long radiationWorkerId, String employerCreditCode, String idNumber, String period,
		BigDecimal hp10, Boolean hp10Below, BigDecimal hp007, Boolean hp007Below, BigDecimal lens, Boolean lensBelow,
		BigDecimal mdl) {
}
