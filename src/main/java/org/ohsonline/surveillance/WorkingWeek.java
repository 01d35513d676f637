package org.ohsonline.surveillance;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * An exam institution's working week: the days it examines and its hours (China Standard Time).
 *
 * @param days the days of the week it receives workers
 * @param opensAt when reception opens
 * @param closesAt when it closes (after {@code opensAt})
 */
public record WorkingWeek(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt) {

	public WorkingWeek {
		days = days == null ? Set.of() : Set.copyOf(days);
	}

}
