package org.ohsonline.agency;

import java.time.LocalDate;

/**
 * A supervisor's blacklist entry or confirmation: reason, legal basis and period (first and last day).
 * @param document the decision document (PDF, PNG or JPEG, at most 5 MB), {@code null} when not attached yet
 */
public record BlacklistCommand(String reason, String legalBasis, LocalDate startsOn, LocalDate endsOn,
		Document document) {

	/** An uploaded file as received. */
	public record Document(String fileName, byte[] content) {
	}

}
