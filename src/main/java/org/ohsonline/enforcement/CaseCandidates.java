package org.ohsonline.enforcement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.ohsonline.shared.Actor;

/**
 * Opening a case (立案) straight from a candidate in the inspector's queue: a monitoring alert confirmed as a violation
 * or a rectification item past its deadline, read through the monitoring and risk facades with the caller's own
 * actor. The candidate and its employer must both be in the caller's scope; the inspector names the violation (law,
 * article, item) among the articles the discretion benchmark covers; the case carries the candidate's reference and
 * is opened at most once per candidate. Refused with the reason, nothing saved; audited.
 */
public interface CaseCandidates {

	/** The candidate with what the form needs; {@link org.ohsonline.shared.NotFoundException} outside the scope. */
	Candidate find(Actor actor, CandidateKind kind, long id);

	/** Opens the case; the action code is given now (kind {@code 02}, penalty). */
	CaseView open(Actor actor, CandidateKind kind, long id, int article, int item, String facts, LocalDate filedOn);

	/** The cases opened from these candidates, by candidate id (their action codes), within the caller's scope. */
	Map<Long, CaseRef> opened(Actor actor, CandidateKind kind, Collection<Long> ids);

	/** A case as a candidate list links to it. */
	record CaseRef(long id, String actionCode) {
	}

}
