package org.ohsonline.testing;

import java.util.List;

/**
 * The answer to a batch of results: each valid result is stored (and the job judged again), each
 * invalid one is refused with every reason, by its index in the batch. Refused results change
 * nothing; the valid ones of the same batch are kept (partial acceptance, see the README).
 *
 * @param jobId the job
 * @param received how many results the batch held
 * @param stored the results stored, in batch order
 * @param rejected the refused results' errors, by index
 */
public record ResultBatch(long jobId, int received, List<Stored> stored, List<Rejection> rejected) {

	public ResultBatch {
		stored = List.copyOf(stored);
		rejected = List.copyOf(rejected);
	}

	/** A stored result: its index in the batch, its id and sample number. */
	public record Stored(int index, long resultId, String sampleNumber) {
	}

	/**
	 * One reason a result was refused.
	 * @param index the result's position in the batch (0-based)
	 * @param field the field at fault ({@code null}: the result as a whole)
	 * @param code the message code in {@code messages/testing*.properties}
	 * @param arguments the message's arguments
	 */
	public record Rejection(int index, String sampleNumber, String field, String code, List<Object> arguments) {

		public Rejection {
			arguments = arguments == null ? List.of() : List.copyOf(arguments);
		}

	}

}
