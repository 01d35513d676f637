package org.ohsonline.notification;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * Delivers notices and lists each user's inbox. Delivery joins the caller's transaction, so a
 * notice exists exactly when the change it reports was committed.
 */
public interface Inbox {

	void deliver(Notice notice);

	/** The actor's notices, newest first. */
	Page<InboxItem> list(Actor actor, boolean unreadOnly, PageQuery page);

	long unreadCount(Actor actor);

	void markRead(Actor actor, long noticeId);

}
