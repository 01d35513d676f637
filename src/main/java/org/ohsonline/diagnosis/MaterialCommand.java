package org.ohsonline.diagnosis;

import java.time.LocalDate;

/**
 * A material of the checklist received, or waived where the law allows the institution to proceed
 * without it (职业病防治法 Art. 48: the employer provides no testing results).
 *
 * @param code the item's code in the {@code diagnosis-materials} catalog
 * @param receivedOn the day it was received (or waived)
 * @param waived whether it was waived instead of received
 * @param note what was received, or why it was waived (required for a waiver)
 */
public record MaterialCommand(String code, LocalDate receivedOn, Boolean waived, String note) {
}
