package org.ohsonline.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the day partitions of {@code reading} and {@code reading_minute} (UTC days): creates them
 * from the oldest acceptable day to {@code partitions-ahead} days ahead, at start-up and every hour,
 * and drops whole partitions past their retention; old hour aggregates are deleted. Partition names
 * are built from dates only (DDL takes no parameters); a transaction-scoped advisory lock keeps two
 * instances starting at once from racing.
 */
@Component
class PartitionMaintenance implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);

	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final Pattern PARTITION = Pattern.compile("^(reading|reading_minute)_p(\\d{8})$");

	private static final long LOCK = 0x6d6f6e69746f72L; // "monitor"

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MonitoringSettings settings;

	private final Clock clock;

	PartitionMaintenance(JdbcClient jdbc, TransactionTemplate transactions, MonitoringSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		maintain();
	}

	@Scheduled(cron = "${ohs.monitoring.partition-cron:0 7 * * * *}")
	@SchedulerLock(name = "monitoring.partitions", lockAtMostFor = "10m")
	public void scheduled() {
		maintain();
	}

	/** Creates missing partitions and drops expired ones; answers the names created and dropped. */
	Result maintain() {
		return this.transactions.execute(status -> {
			this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(:lock)) l").param("lock", LOCK).query(Integer.class).single();
			LocalDate today = LocalDate.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
			List<String> existing = existing();
			List<String> created = new ArrayList<>();
			for (LocalDate day = today.minusDays(this.settings.daysBehind()); !day.isAfter(
					today.plusDays(this.settings.partitionsAhead())); day = day.plusDays(1)) {
				for (String table : List.of("reading", "reading_minute")) {
					String name = table + "_p" + day.format(SUFFIX);
					if (!existing.contains(name)) {
						this.jdbc.sql("create table monitoring." + name + " partition of monitoring." + table
								+ " for values from ('" + day + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')")
							.update();
						created.add(name);
					}
				}
			}
			List<String> dropped = new ArrayList<>();
			for (String name : existing) {
				Matcher m = PARTITION.matcher(name);
				if (!m.matches()) {
					continue;
				}
				LocalDate day = LocalDate.parse(m.group(2), SUFFIX);
				var retention = "reading".equals(m.group(1)) ? this.settings.readingRetention()
						: this.settings.minuteRetention();
				Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
				if (end.isBefore(Instant.now(this.clock).minus(retention))) {
					this.jdbc.sql("drop table monitoring." + name).update();
					dropped.add(name);
				}
			}
			int hours = this.jdbc.sql("delete from monitoring.reading_hour where hour < :before")
				.param("before", java.sql.Timestamp.from(Instant.now(this.clock).minus(this.settings.hourRetention())))
				.update();
			if (!created.isEmpty() || !dropped.isEmpty() || hours > 0) {
				log.info("Monitoring partitions: created {}, dropped {}, {} expired hour aggregate(s) deleted", created,
						dropped, hours);
			}
			return new Result(created, dropped, hours);
		});
	}

	record Result(List<String> created, List<String> dropped, int hoursDeleted) {
	}

	private List<String> existing() {
		return this.jdbc.sql("""
				select c.relname from pg_inherits i
				join pg_class c on c.oid = i.inhrelid
				join pg_class p on p.oid = i.inhparent
				join pg_namespace n on n.oid = p.relnamespace
				where n.nspname = 'monitoring' and p.relname in ('reading', 'reading_minute')""")
			.query(String.class)
			.list();
	}

}
