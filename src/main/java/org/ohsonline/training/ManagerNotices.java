package org.ohsonline.training;

import java.util.List;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Notices of the managers' network (职业健康管理员): a supervisor pushes a notice (rules, standards, training
 * calls) to every certified manager of a region inside their jurisdiction, optionally of one industry; each
 * manager finds it in their inbox, and opening it records a read receipt; the sender sees how many have read
 * it and who has not. The recipients are the certified managers when the notice is sent ({@link CertifiedManagers}).
 */
public interface ManagerNotices {

	/** Sends a notice; refused with field errors (nothing written) when the target lies outside the scope or reaches nobody. */
	ManagerNotice send(Actor actor, ManagerNotice.Command command, List<ManagerNotice.Upload> attachments);

	/** The notices sent to regions inside the actor's jurisdiction, newest first, with their receipts. */
	Page<ManagerNotice> sent(Actor actor, PageQuery page);

	/** The notices the actor received as a certified manager, newest first ({@link ManagerNotice#readAt()} theirs). */
	Page<ManagerNotice> inbox(Actor actor, PageQuery page);

	/** How many notices the actor received and has not opened. */
	long unreadCount(Actor actor);

	/**
	 * A notice: to a recipient it is opened, and the first opening records the read receipt; to a sender in
	 * scope it shows the receipts. Anyone else is answered as if it did not exist.
	 */
	ManagerNotice open(Actor actor, long id);

	/** The recipients who have not read the notice yet (senders in scope). */
	List<ManagerNotice.Recipient> unread(Actor actor, long id);

	/** An attachment, for a recipient or a sender in scope. */
	ManagerNotice.File attachment(Actor actor, long noticeId, long attachmentId);

}
