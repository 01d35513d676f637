package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ohsonline.indicators.RebuildReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily run (once across instances): a rebuild, because some clocks pass without an event (an exam falling
 * overdue), then this month's totals for the trends. At start, a read model that has never been built is built (a
 * register filled by a bulk import publishes no events).
 */
@Component
@Order(45)
class IndicatorJobs implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndicatorJobs.class);

	private final ReadModel readModel;

	private final FigureReads reads;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean buildAtStart;

	IndicatorJobs(ReadModel readModel, FigureReads reads, JdbcClient jdbc, Clock clock,
			@Value("${ohs.indicators.build-at-start:true}") boolean buildAtStart) {
		this.readModel = readModel;
		this.reads = reads;
		this.jdbc = jdbc;
		this.clock = clock;
		this.buildAtStart = buildAtStart;
	}

	/**
	 * Builds the read models at the first start (none built yet), unless the operator deferred it with
	 * {@code ohs.indicators.build-at-start=false} — on a register of a province's size it takes long; the dashboard
	 * then shows empty figures until the rebuild command or the daily run has built them.
	 */
	@Override
	public void run(ApplicationArguments args) {
		if (args.containsOption("generate-synthetic") || args.containsOption(RebuildCommandOption.OPTION)) {
			return;
		}
		if (!this.buildAtStart) {
			log.info("Indicator read models: not built at start (ohs.indicators.build-at-start=false)");
			return;
		}
		boolean built = this.jdbc.sql("select exists (select 1 from indicators.rebuild_run where finished_at is not null)")
			.query(Boolean.class)
			.single();
		if (!built) {
			RebuildReport report = this.readModel.rebuild("start-up");
			recordMonth();
			log.info("Indicator read models built at start: {} employers, {} rows", report.employers(), report.rows());
		}
	}

	@Scheduled(cron = "${ohs.indicators.daily-cron:0 10 3 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "indicators.daily", lockAtMostFor = "2h")
	void daily() {
		RebuildReport report = this.readModel.rebuild("daily");
		int rows = recordMonth();
		log.info("Indicators daily run: {} employers, {} rows changed since the events ({}), {} monthly totals",
				report.employers(), report.differences(), report.sample().stream().limit(3).toList(), rows);
	}

	@Transactional
	int recordMonth() {
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		return this.reads.recordMonth(String.format("%04d-%02d", today.getYear(), today.getMonthValue()));
	}

}
