package org.ohsonline.risk;

import java.time.LocalDate;

/**
 * An employer's class in force changed (or it was classified for the first time: {@code from} is
 * {@code null}). Enforcement samples by class, indicators count classes; the public light's poster of
 * the earlier class is withdrawn in the same transaction.
 *
 * @param triggerKind what caused the reassessment (see {@link AssessmentView#triggerKind()})
 */
public record ClassChanged(long employerId, String creditCode, String regionCode, RiskClass from, RiskClass to,
		Light light, boolean overridden, LocalDate assessedOn, String triggerKind, long assessmentId) {
}
