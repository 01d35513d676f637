package org.ohsonline.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The rectification loop (画像—整改—审核—解除): findings of the portrait become items with a deadline from
 * the {@code rectification-deadlines} catalog; the employer answers with its actions and evidence files; a
 * supervisor approves (the item is released and the portrait updated) or returns it with reasons. Items
 * past their deadline raise a reminder and {@link RectificationOverdue}. Within the actor's scope; audited.
 */
public interface Rectifications {

	Page<RectificationView> search(Actor actor, RectificationFilter filter, PageQuery page);

	void forEach(Actor actor, RectificationFilter filter, Consumer<RectificationView> consumer);

	/**
	 * The items of many employers whose deadline in force falls from {@code dueFrom} to {@code dueTo} (both included),
	 * in one statement (a batch of a read model's rebuild): by employer id, every such item in any state (released
	 * ones too) of each employer in the actor's scope, earliest deadline first; employers without one are absent.
	 */
	java.util.Map<Long, List<RectificationView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds,
			LocalDate dueFrom, LocalDate dueTo);

	RectificationView find(Actor actor, long id);

	/**
	 * The open items of the actor's own employer, earliest deadline first (the employer's home page);
	 * empty for other scopes.
	 */
	List<RectificationView> ownOpen(Actor actor);

	/** The employer's answer: what it did (required). */
	RectificationView answer(Actor actor, long id, String actions);

	/**
	 * Attaches an evidence file to an item the employer may still answer: PDF, PNG or JPEG by content
	 * (not by name), at most {@code ohs.risk.evidence-max-size}; stored outside the database with its SHA-256.
	 */
	EvidenceView attach(Actor actor, long id, String fileName, byte[] content);

	/** An evidence file of an item in scope, for download. */
	EvidenceFile evidence(Actor actor, long id, long evidenceId);

	/** Approves an answered item: it is released and the employer reassessed. */
	RectificationView approve(Actor actor, long id, String note);

	/** Returns an answered item to the employer; the reasons are required. */
	RectificationView giveBack(Actor actor, long id, String reasons);

	/** Moves the deadline (not into the past); the reason is required. */
	RectificationView setDeadline(Actor actor, long id, LocalDate dueOn, String reason);

	/**
	 * Opens the rectification item of a violation found on site (module enforcement) for an employer in the actor's
	 * scope, due after the {@code INSPECTION_FINDING} period of the deadlines catalog; the same finding key returns
	 * the same item. Needs {@code risk:rectification:review}; audited.
	 *
	 * @param findingKey unique per inspection and checklist item, e.g. {@code INSPECTION:12:B2}
	 * @param itemName the checklist item as the employer reads it
	 * @param basis the legal basis of the duty
	 * @return the item's id
	 */
	long openForInspection(Actor actor, long employerId, String findingKey, String itemName, String basis,
			LocalDate foundOn, String link);

}
