package org.ohsonline.risk;

import java.math.BigDecimal;
import java.util.List;

import org.ohsonline.shared.Actor;

/**
 * Self-inspections (自查): an employer fills the checklist in force once a year and on demand; its score
 * sets the management status A (90–100) / B (70–89) / C (below 70). A draft is saved as often as needed and
 * submitted once; a supervisor's spot-check may correct an item's points, each with a reason. An employer
 * that never submitted one is C. Every write is audited and reclassifies the employer.
 */
public interface SelfInspections {

	/** The checklist in force today. */
	Checklist checklist();

	/** The checklist of one catalog version (a self-inspection is read against its own edition). */
	Checklist checklist(long versionId);

	/** The employer's self-inspections in scope, newest first. */
	List<SelfInspectionView> ofEmployer(Actor actor, long employerId);

	SelfInspectionView find(Actor actor, long id);

	/** Starts a draft for the actor's own employer (the one draft there is, if one exists). */
	SelfInspectionView draft(Actor actor, long employerId, String occasion);

	/**
	 * Saves answers into a draft; points outside 0…item's points, an unknown item or a text too long are
	 * refused per field and nothing is saved.
	 */
	SelfInspectionView save(Actor actor, long id, List<AnswerInput> answers);

	/** Submits a draft whose every item is answered; computes the score and reclassifies. */
	SelfInspectionView submit(Actor actor, long id);

	/**
	 * A supervisor's spot-check of a submitted self-inspection: corrections of items' points, each with
	 * its reason (refused beside the field without one), and a note.
	 */
	SelfInspectionView spotCheck(Actor actor, long id, List<Correction> corrections, String note);

	/** An item's points and where its evidence is. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "SelfInspectionAnswerInput")
	record AnswerInput(String itemCode, BigDecimal points, String evidence) {
	}

	/** A supervisor's corrected points for an item and why. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "SelfInspectionCorrection")
	record Correction(String itemCode, BigDecimal points, String reason) {
	}

}
