package org.ohsonline.declaration;

import java.util.List;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Hazard declarations within the actor's scope: supervisors see their region's, an employer's
 * manager their employer's. Every write is audited; a rule broken changes nothing and throws
 * {@link org.ohsonline.shared.InvalidInputException}.
 */
public interface Declarations {

	Page<DeclarationSummary> search(Actor actor, DeclarationFilter filter, PageQuery page);

	/** Streams every declaration matching the filter (for exports), in the filter's order. */
	void forEach(Actor actor, DeclarationFilter filter, Consumer<DeclarationSummary> consumer);

	/**
	 * The latest accepted declaration of each of the employers, in one statement however many (a batch of a read
	 * model's rebuild): by employer id, the accepted declaration (of any kind, a cancellation too) reviewed last, within
	 * the actor's scope; employers without one are absent.
	 */
	java.util.Map<Long, DeclarationSummary> lastAcceptedOf(Actor actor, java.util.Collection<Long> employerIds);

	DeclarationView find(Actor actor, long id);

	/**
	 * What the register already knows of the employer, proposed as a declaration (no kind, reasons or
	 * measures): every hazard factor at its posts with the posts named and the distinct current workers
	 * holding them, the distinct workers exposed to any factor as the total, and the legal
	 * representative as the principal responsible person.
	 */
	DeclarationCommand proposal(Actor actor, long employerId);

	/** Starts a declaration as a draft (one in progress per employer). */
	DeclarationView draft(Actor actor, DeclarationCommand command);

	/** Replaces a draft's or a returned declaration's content. */
	DeclarationView revise(Actor actor, long id, DeclarationCommand command);

	/** Submits (or resubmits after a return) for review; the declaration must be complete. */
	DeclarationView submit(Actor actor, long id);

	/**
	 * Accepts a submitted declaration: the clocks it answers are met, the receipt (回执) is issued
	 * with a QR code, and {@link DeclarationAccepted} is published.
	 */
	DeclarationView accept(Actor actor, long id);

	/** Returns a submitted declaration to the employer; the reasons are required. */
	DeclarationView giveBack(Actor actor, long id, String reasons);

	/** The receipt PDF of an accepted declaration, exactly as issued. */
	byte[] receipt(Actor actor, long id);

}
