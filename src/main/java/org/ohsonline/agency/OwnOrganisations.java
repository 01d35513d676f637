package org.ohsonline.agency;

import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;

/**
 * The organisation a staff user works for, as the console needs it on every page: exam and
 * diagnosis institutions' staff hold the same role and the same kind of scope, so menus and home
 * cards ask which kind of organisation stands behind the scope. Answers are kept for a minute.
 */
public interface OwnOrganisations {

	/**
	 * The kinds the actor's organisation is registered as (one credit code may hold several); empty
	 * for a user who is no agency's or institution's staff, or whose code no organisation holds (a
	 * rehabilitation station's own staff).
	 */
	Set<AgencyKind> kinds(Actor actor);

	/**
	 * Whether the actor works as an organisation of the kind: always for users whose scope is not
	 * that kind's staff scope (supervisors, employers, workers are told apart by permissions), and for
	 * its staff when their organisation is registered as that kind.
	 */
	default boolean actsAs(Actor actor, AgencyKind kind) {
		return actor.scope().kind() != kind.staffScope() || kinds(actor).contains(kind);
	}

	/**
	 * The actor's own organisations with their qualification (validity and status), for the staff's
	 * home page; empty for other users.
	 */
	List<AgencyRef> own(Actor actor);

}
