package org.ohsonline.surveillance.api;

import java.time.LocalDate;

import org.ohsonline.agency.ExamType;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueFilter;
import org.ohsonline.surveillance.ExamDueKind;
import org.ohsonline.surveillance.ExamFilter;

/** Request parameters as filters: unknown values dropped, blanks as absent. Shared by the API and the pages. */
public final class ExamFilters {

	private ExamFilters() {
	}

	public static ExamFilter of(String q, String region, String type, String conclusion, String hazard, LocalDate from,
			LocalDate to, Long employerId, Long workerId, String sort) {
		return new ExamFilter(trim(q), trim(region), known(type, ExamType.class), known(conclusion, ExamConclusion.class),
				trim(hazard), from, to, employerId, workerId, trim(sort));
	}

	public static ExamDueFilter due(String region, Long employerId, String kind, String hazard, String state,
			Integer withinDays, String q, String sort) {
		String s = trim(state);
		if (s != null && !s.equals("overdue") && !s.equals("soon") && !s.equals("due")) {
			s = null;
		}
		Integer within = withinDays == null ? null : Math.max(0, Math.min(withinDays, 3660));
		return new ExamDueFilter(trim(region), employerId, known(kind, ExamDueKind.class), trim(hazard), s, within,
				trim(q), trim(sort));
	}

	static <E extends Enum<E>> String known(String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value.trim())) {
				return constant.name();
			}
		}
		return null;
	}

	static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
