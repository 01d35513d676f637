package org.ohsonline.monitoring.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.ohsonline.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Day partitions are created ahead and dropped after the retention period. */
@IntegrationTest
class PartitionMaintenanceIntegrationTests {

	@Autowired
	PartitionMaintenance maintenance;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsMissingPartitionsAheadAndDropsExpiredOnes() {
		// An expired day (2020-01-01, far beyond the 90-day retention) and a missing future day.
		this.jdbc.sql("create table if not exists monitoring.reading_p20200101 partition of monitoring.reading"
				+ " for values from ('2020-01-01 00:00:00+00') to ('2020-01-02 00:00:00+00')")
			.update();
		String ahead = "reading_p" + LocalDate.now(ZoneOffset.UTC).plusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
		this.jdbc.sql("drop table if exists monitoring." + ahead).update();

		PartitionMaintenance.Result result = this.maintenance.maintain();

		assertThat(result.dropped()).contains("reading_p20200101");
		assertThat(result.created()).contains(ahead);
		assertThat(exists("reading_p20200101")).isFalse();
		assertThat(exists(ahead)).isTrue();
		String today = "reading_p" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE);
		assertThat(exists(today)).isTrue();
		assertThat(this.maintenance.maintain().created()).as("a second run has nothing to do").isEmpty();
	}

	private boolean exists(String table) {
		return this.jdbc.sql("select to_regclass(:name) is not null")
			.param("name", "monitoring." + table)
			.query(Boolean.class)
			.single();
	}

}
