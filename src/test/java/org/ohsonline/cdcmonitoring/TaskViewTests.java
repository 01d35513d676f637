package org.ohsonline.cdcmonitoring;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskViewTests {

	private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

	private static TaskView task(int sampled, int surveyed, boolean projectClosed) {
		return new TaskView(1, 2, "重点职业病监测", 2026, MonitoringKind.KEY_DISEASE, "330203", Assignee.COUNTY_CDC, null, null,
				DUE, sampled, surveyed, projectClosed);
	}

	@Test
	void aTaskIsOverdueOnlyAfterItsDayWithSurveysMissingWhileItsProjectIsOpen() {
		assertThat(task(10, 7, false).overdue(DUE)).isFalse();
		assertThat(task(10, 7, false).overdue(DUE.plusDays(1))).isTrue();
		assertThat(task(10, 10, false).overdue(DUE.plusDays(1))).isFalse();
		// Closing the project finishes its tasks: the lists and the home card stop calling them overdue.
		assertThat(task(10, 7, true).overdue(DUE.plusDays(1))).isFalse();
	}

}
