package org.ohsonline.enforcement.internal;

import java.util.List;
import java.util.Optional;

import org.ohsonline.enforcement.CaseView;

/**
 * The hash chain of a case's steps: each step's hash is SHA-256 (hex) over the hash of the step before (64 zeros for
 * the first), the action code, its number, kind, date, recorder, note and data, one per line. Editing, removing or
 * reordering a step breaks the chain at that step. Pure.
 */
final class CaseChain {

	static final String GENESIS = "0".repeat(64);

	private CaseChain() {
	}

	static String hash(String prevHash, String actionCode, int seq, String step, String happenedOn, String actor,
			String note, String data) {
		return DrawAlgorithm.sha256(String.join("\n", prevHash, actionCode, String.valueOf(seq), step, happenedOn, actor,
				note == null ? "" : note, data));
	}

	/** The first step whose hash does not follow from its content and the step before, if any. */
	static Optional<Integer> firstBroken(String actionCode, List<CaseView.StepView> steps) {
		String prev = GENESIS;
		int expectedSeq = 1;
		for (CaseView.StepView s : steps) {
			String again = hash(prev, actionCode, s.seq(), s.step().name(), s.happenedOn().toString(), s.actor(), s.note(),
					s.data());
			if (s.seq() != expectedSeq || !s.prevHash().equals(prev) || !again.equals(s.hash())) {
				return Optional.of(s.seq());
			}
			prev = s.hash();
			expectedSeq++;
		}
		return Optional.empty();
	}

}
