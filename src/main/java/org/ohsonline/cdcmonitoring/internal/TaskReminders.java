package org.ohsonline.cdcmonitoring.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ohsonline.cdcmonitoring.Assignee;
import org.ohsonline.cdcmonitoring.MonitoringKind;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day (01:50 Asia/Shanghai by default, {@code ohs.cdcmonitoring.reminder-cron}), on one instance only
 * (ShedLock): every task of an open project with surveys still missing is reminded into the inbox of whoever does
 * it — the county's CDC users, or the assigned agency's or institution's staff — once when it falls due within
 * {@value #SOON_DAYS} days, and once more when it is past its day, then also to the CDC that owns the project. Each
 * reminder is sent once per due day the task had: a task reassigned with a new day is reminded again.
 */
@Component
class TaskReminders {

	/** How many days before its due day a task is reminded. */
	static final int SOON_DAYS = 3;

	private static final Logger log = LoggerFactory.getLogger(TaskReminders.class);

	private final JdbcClient jdbc;

	private final Inbox inbox;

	private final Divisions divisions;

	private final Clock clock;

	private final TransactionTemplate transactions;

	TaskReminders(JdbcClient jdbc, Inbox inbox, Divisions divisions, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.divisions = divisions;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${ohs.cdcmonitoring.reminder-cron:0 50 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "cdcmonitoring-task-reminders", lockAtMostFor = "30m")
	void daily() {
		LocalDate today = LocalDate.now(this.clock.withZone(MonitoringProjectService.ZONE));
		int[] sent = this.transactions.execute(status -> remind(today));
		log.info("CDC monitoring task reminders: {} due soon, {} overdue", sent[0], sent[1]);
	}

	record Due(long taskId, long projectId, String name, MonitoringKind kind, String regionCode, String county,
			Assignee assignee, String agencyCreditCode, LocalDate dueOn, int missing, boolean overdue) {
	}

	/** Sends the reminders due on {@code today} not sent yet (call within a transaction); how many: soon, overdue. */
	int[] remind(LocalDate today) {
		List<Due> due = this.jdbc.sql("""
				select * from (
				  select k.id, k.project_id, p.name, p.kind, p.region_code, k.county_code, k.assignee, k.agency_credit_code, k.due_on,
				    (select count(*) from cdcmonitoring.sampled_employer s where s.project_id = k.project_id and s.county_code = k.county_code)
				    - (select count(*) from cdcmonitoring.survey v where v.project_id = k.project_id and v.county_code = k.county_code) as missing,
				    k.due_on < :today as overdue
				  from cdcmonitoring.survey_task k join cdcmonitoring.monitoring_project p on p.id = k.project_id
				  where p.closed_at is null
				    and ((k.due_on < :today and k.reminded_overdue_for is distinct from k.due_on)
				      or (k.due_on >= :today and k.due_on <= :soon and k.reminded_soon_for is distinct from k.due_on))
				) x where x.missing > 0
				order by x.due_on, x.id""")
			.param("today", today)
			.param("soon", today.plusDays(SOON_DAYS))
			.query((rs, n) -> new Due(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"),
					MonitoringKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("county_code"),
					Assignee.valueOf(rs.getString("assignee")), rs.getString("agency_credit_code"),
					rs.getObject("due_on", LocalDate.class), rs.getInt("missing"), rs.getBoolean("overdue")))
			.list();
		int[] sent = { 0, 0 };
		for (Due d : due) {
			String key = d.overdue() ? "cdcmonitoring.notice.overdue" : "cdcmonitoring.notice.dueSoon";
			List<String> arguments = List.of(d.name(), this.divisions.fullName(d.county()), d.dueOn().toString(),
					Integer.toString(d.missing()));
			String link = "/cdc/monitoring-tasks/" + d.taskId();
			String source = "cdcmonitoring:task:" + d.taskId() + ":" + (d.overdue() ? "overdue" : "soon") + ":" + d.dueOn();
			this.inbox.deliver(new Notice(doers(d), CdcMonitoringPermissions.SURVEY_WRITE, key, arguments, link, source));
			if (d.overdue() && d.assignee() == Assignee.AGENCY) {
				// The CDC that owns the project hears of an agency's overdue task too (a county CDC's task already
				// reaches it: a notice to a county is seen by the users of the city and province above it).
				this.inbox.deliver(new Notice(Scope.region(d.regionCode()), CdcMonitoringPermissions.PROJECT_WRITE, key, arguments,
						link, source));
			}
			this.jdbc.sql("update cdcmonitoring.survey_task set " + (d.overdue() ? "reminded_overdue_for" : "reminded_soon_for")
					+ " = due_on where id = :id")
				.param("id", d.taskId())
				.update();
			sent[d.overdue() ? 1 : 0]++;
		}
		return sent;
	}

	/** Who does the task: the county's CDC users, or the staff of the assigned agency (exam institution for KEY_DISEASE). */
	static Scope doers(Due d) {
		if (d.assignee() == Assignee.COUNTY_CDC) {
			return Scope.region(d.county());
		}
		return new Scope(d.kind() == MonitoringKind.KEY_DISEASE ? Scope.Kind.INSTITUTION : Scope.Kind.AGENCY, d.agencyCreditCode());
	}

}
