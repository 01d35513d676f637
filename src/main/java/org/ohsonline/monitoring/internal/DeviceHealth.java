package org.ohsonline.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ohsonline.monitoring.DeviceOffline;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Scope;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks devices offline that sent nothing for {@code offline-intervals} of their sampling
 * intervals (once per silence: the next reading clears the mark), publishes {@link DeviceOffline}
 * and tells the employer. Calibration overdue needs no job: pages and the API compare the due date
 * with today.
 */
@Component
class DeviceHealth {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Inbox inbox;

	private final MonitoringSettings settings;

	private final Clock clock;

	DeviceHealth(JdbcClient jdbc, ApplicationEventPublisher events, Inbox inbox, MonitoringSettings settings,
			Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.inbox = inbox;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ohs.monitoring.offline-check:60s}", initialDelayString = "45s")
	@SchedulerLock(name = "monitoring.offline-check", lockAtMostFor = "5m")
	@Transactional
	public void scheduled() {
		detectOffline(Instant.now(this.clock));
	}

	/** Marks and answers the devices that went quiet as of {@code now}. */
	@Transactional
	public List<DeviceOffline> detectOffline(Instant now) {
		List<DeviceOffline> offline = this.jdbc.sql("""
				update monitoring.device_state s set offline_since = :now
				from monitoring.device d
				where d.id = s.device_id and d.status = 'ACTIVE' and s.offline_since is null
				  and s.last_measured_at < cast(:now as timestamptz) - make_interval(secs => d.sampling_seconds * :intervals)
				returning d.id, d.code, d.employer_id, d.region_code, s.last_measured_at, d.employer_credit_code""")
			.param("now", Timestamp.from(now))
			.param("intervals", this.settings.offlineIntervals())
			.query((rs, n) -> {
				DeviceOffline event = new DeviceOffline(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), now);
				this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, rs.getString(6)),
						MonitoringPermissions.DEVICE_READ, "monitoring.notice.offline", List.of(rs.getString(2)),
						"/monitoring/devices/" + rs.getLong(1), "monitoring:device:" + rs.getLong(1)));
				return event;
			})
			.list();
		offline.forEach(this.events::publishEvent);
		return offline;
	}

}
