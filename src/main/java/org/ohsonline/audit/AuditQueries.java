package org.ohsonline.audit;

import java.time.Instant;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/** Reading the trail, always within the actor's jurisdiction. */
public interface AuditQueries {

	/** Entries in the actor's scope matching the filter, newest first. */
	Page<AuditEntryView> search(Actor actor, AuditFilter filter, PageQuery page);

	/** One entry, if it lies in the actor's scope. */
	AuditEntryView find(Actor actor, long id);

	/** Entries in the actor's scope since the given instant. */
	long countSince(Actor actor, Instant since);

	/** Entries written by the actor themself since the given instant, newest first. */
	Page<AuditEntryView> ownActivity(Actor actor, PageQuery page);

	/** Walks the whole chain; requires {@code audit:chain:verify}. */
	ChainVerification verify(Actor actor);

}
