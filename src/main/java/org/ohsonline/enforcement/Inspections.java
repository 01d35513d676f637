package org.ohsonline.enforcement;

import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * On-site inspections of the employers drawn. Only the two inspectors drawn for an employer start and fill in
 * its inspection ({@link org.ohsonline.shared.AccessDeniedException} for anyone else); supervisors and inspectors
 * of the region read it. Recording it issues the on-site record (现场检查笔录) as a PDF with the QR code of its
 * public verification page and opens a rectification item (risk module) for each violation, all in one
 * transaction with its audit entries.
 */
public interface Inspections {

	/** Starts (or returns) the inspection of a line drawn for the actor. */
	InspectionView start(Actor actor, long planId, int seq);

	InspectionView find(Actor actor, long id);

	/**
	 * Saves answers into an inspection in progress; a violation needs what was seen (note). Refused per field,
	 * nothing saved.
	 */
	InspectionView save(Actor actor, long id, List<AnswerInput> answers, String summary);

	/** Records an inspection whose every item is answered: the on-site record is issued, violations become rectification items. */
	InspectionView record(Actor actor, long id);

	/**
	 * Attaches an evidence file to an inspection in progress (only the inspectors drawn): PDF, PNG or JPEG by content,
	 * not by name, at most {@code ohs.enforcement.evidence-max-size} (10 MB); optionally for one checklist item. Stored
	 * outside the database under its SHA-256; audited. Refused with the reason, nothing stored.
	 */
	InspectionView.FileView attach(Actor actor, long id, String itemCode, String fileName, byte[] content);

	/** An evidence file of an inspection in the caller's scope, to stream as an attachment. */
	InspectionFile file(Actor actor, long id, long fileId);

	/** The issued on-site record. */
	byte[] recordPdf(Actor actor, long id);

	record AnswerInput(String itemCode, Outcome outcome, String note) {
	}

}
