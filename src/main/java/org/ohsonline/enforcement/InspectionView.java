package org.ohsonline.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * An on-site inspection with its checklist items and their answers.
 *
 * @param recordCode the verification code of the issued on-site record, once recorded
 */
public record InspectionView(long id, long planId, int seq, long employerId, String creditCode, String employerName,
		String regionCode, long inspectorA, String inspectorAName, long inspectorB, String inspectorBName,
		InspectionStatus status, String checklistEdition, String summary, String startedBy, Instant startedAt,
		String recordedBy, Instant recordedAt, String recordCode, List<Item> items) {

	/**
	 * A checklist item and its answer ({@code outcome} {@code null} while unanswered).
	 *
	 * @param basis the duty the item checks
	 * @param violation the penalty article and item that a violation falls under
	 */
	public record Item(String code, String sectionCode, String sectionName, String name, LegalBasis basis,
			LegalBasis violation, Outcome outcome, String note, Long rectificationId) {
	}

	public long violations() {
		return this.items.stream().filter(i -> i.outcome() == Outcome.VIOLATION).count();
	}

	public long unanswered() {
		return this.items.stream().filter(i -> i.outcome() == null).count();
	}

	/** Whether the actor's user is one of the two inspectors drawn. */
	public boolean drawnFor(long userId) {
		return this.inspectorA == userId || this.inspectorB == userId;
	}

}
