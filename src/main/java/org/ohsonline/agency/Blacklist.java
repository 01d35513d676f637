package org.ohsonline.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;

/**
 * The blacklist (黑名单) of agencies and institutions. Read in scope ({@code agency:blacklist:read}: supervisors
 * their region, an organisation its own); written by supervisors of the organisation's region
 * ({@code agency:blacklist:write}). An entry in force blocks new engagements of the organisation, with a clear
 * message to the employer; it ends on its last day or when removed early with a reason. Triggers
 * ({@link BlacklistTrigger}) propose entries that a supervisor confirms or rejects. Every write is audited.
 */
public interface Blacklist {

	/** Entries in scope, open ones first; {@code status} {@code null}: every status. */
	List<BlacklistView> list(Actor actor, BlacklistStatus status, String region);

	void forEach(Actor actor, BlacklistStatus status, String region, Consumer<BlacklistView> consumer);

	/** An organisation's entries in scope, newest first. */
	List<BlacklistView> ofAgency(Actor actor, long agencyId);

	BlacklistView find(Actor actor, long entryId);

	/** A supervisor proposes an entry (reason, legal basis and period required; the document may follow). */
	BlacklistView propose(Actor actor, long agencyId, BlacklistCommand command);

	/** Confirms a proposed entry: it needs its period and decision document (given now or before). */
	BlacklistView confirm(Actor actor, long entryId, BlacklistCommand command);

	/** Rejects a proposed entry with a reason. */
	BlacklistView reject(Actor actor, long entryId, String reason);

	/** Removes an entry in force before its last day, with a reason. */
	BlacklistView remove(Actor actor, long entryId, String reason);

	/** The decision document of an entry in scope: served only as an attachment. */
	Document document(Actor actor, long entryId);

	record Document(String fileName, String contentType, byte[] content) {
	}

	/** The entry in force on the day for an organisation ({@code null} day: today); no scope applied. */
	Optional<BlacklistView> inForce(long agencyId, LocalDate on);

}
