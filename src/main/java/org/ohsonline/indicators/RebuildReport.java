package org.ohsonline.indicators;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild of the read models from the modules' data: how many employers and rows it recomputed and which rows of
 * the event-fed read model differed (every difference counted, the first ones listed).
 *
 * @param differences rows added, removed or changed by the rebuild
 * @param sample up to 50 of them, as {@code indicator employer: before → after}
 */
public record RebuildReport(long runId, Instant startedAt, Instant finishedAt, int employers, int rows,
		int differences, List<String> sample) {

	public RebuildReport {
		sample = List.copyOf(sample);
	}

}
