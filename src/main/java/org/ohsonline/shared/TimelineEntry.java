package org.ohsonline.shared;

import java.time.Instant;
import java.util.List;

/**
 * One event on an employer's or worker's timeline (一企一案 / 一人一档), contributed by whichever
 * module owns it.
 *
 * @param at when it happened
 * @param module the contributing module, for the icon and filter
 * @param labelKey message key of the label
 * @param arguments message arguments; {@code #{key}} stands for a label (who applied, which window),
 * resolved in the reader's language
 * @param link a page with details, or {@code null}
 */
public record TimelineEntry(Instant at, String module, String labelKey, List<String> arguments, String link) {

	public TimelineEntry {
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

}
