package org.ohsonline.promotion;

import java.math.BigDecimal;

/** A line of the nominations list. */
public record ChampionSummary(long id, String nomineeName, NomineeRole role, String employerName, String regionCode,
		int year, NominationStatus status, BigDecimal score, int reviews) {
}
