package org.ohsonline.agency;

import java.util.List;
import java.util.Optional;

/**
 * Recomputes a sampled report's conclusions from the results the platform stores, implemented by the module that
 * holds them (testing: the OEL judgement of a reviewed job's results) — that module depends on this one, so the
 * agency module asks through this interface instead of depending back (decision 0034). Exam batches have no
 * implementation: they are checked by the rubric only.
 */
public interface ReportRecomputation {

	/** The kind of delivery this recomputes. */
	DeliveryKind kind();

	/**
	 * The report's stated conclusions against the recomputed ones; empty when the report cannot be found or holds
	 * nothing to recompute.
	 * @param subjectKey the delivery's subject (a testing job's id)
	 */
	Optional<Recomputed> recompute(String subjectKey);

	/** The outcome: {@code agrees} when every post's recomputed conclusion is the stated one. */
	record Recomputed(boolean agrees, List<QualitySampleView.PostDifference> differences) {

		public Recomputed {
			differences = List.copyOf(differences);
		}

	}

}
