package org.ohsonline.promotion;

/** A health champion as the public results show them: the name masked (surname kept), the employer and region. */
public record PublishedChampion(String nomineeNameMasked, NomineeRole role, String employerName, String regionCode,
		int year) {
}
