package org.ohsonline.surveillance.api;

import java.time.LocalDate;

import org.ohsonline.shared.Text;
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
		return new ExamFilter(Text.blankToNull(q), Text.blankToNull(region), Text.enumName(type, ExamType.class), Text.enumName(conclusion, ExamConclusion.class),
				Text.blankToNull(hazard), from, to, employerId, workerId, Text.blankToNull(sort));
	}

	public static ExamDueFilter due(String region, Long employerId, String kind, String hazard, String state,
			Integer withinDays, String q, String sort) {
		String s = Text.blankToNull(state);
		if (s != null && !s.equals("overdue") && !s.equals("soon") && !s.equals("due")) {
			s = null;
		}
		Integer within = withinDays == null ? null : Math.max(0, Math.min(withinDays, 3660));
		return new ExamDueFilter(Text.blankToNull(region), employerId, Text.enumName(kind, ExamDueKind.class), Text.blankToNull(hazard), s, within,
				Text.blankToNull(q), Text.blankToNull(sort));
	}


}
