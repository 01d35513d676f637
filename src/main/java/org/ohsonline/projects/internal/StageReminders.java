package org.ohsonline.projects.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day (01:40 Asia/Shanghai by default, {@code ohs.projects.reminder-cron}), on one instance only: every stage
 * not completed past its due day (the days of the {@code project-supervision} catalog from the day it started)
 * raises a reminder, once per stage — to the employer's managers and to the supervisors of its region —, and is
 * marked so.
 */
@Component
class StageReminders {

	private static final Logger log = LoggerFactory.getLogger(StageReminders.class);

	private final JdbcClient jdbc;

	private final Inbox inbox;

	private final Clock clock;

	private final TransactionTemplate transactions;

	StageReminders(JdbcClient jdbc, Inbox inbox, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${ohs.projects.reminder-cron:0 40 1 * * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "project-stage-reminders", lockAtMostFor = "30m")
	void daily() {
		// Called on this bean, not through its proxy: the transaction is opened here, so the marks and notices commit together.
		LocalDate today = LocalDate.now(this.clock.withZone(ProjectService.ZONE));
		int raised = this.transactions.execute(status -> remind(today));
		log.info("Construction-project reminders: {} stage(s) newly overdue", raised);
	}

	record Overdue(long projectId, String stage, String name, String creditCode, String regionCode, LocalDate dueOn) {
	}

	/** Raises the reminders of the stages overdue on {@code today} not reminded yet; how many. */
	@Transactional
	int remind(LocalDate today) {
		List<Overdue> overdue = this.jdbc.sql("""
				select s.project_id, s.stage, p.name, p.employer_credit_code, p.region_code, s.due_on
				from projects.project_stage s join projects.project p on p.id = s.project_id
				where s.completed_on is null and s.due_on < :today and s.overdue_notified_on is null
				order by s.due_on, s.project_id
				for update of s skip locked""")
			.param("today", today)
			.query((rs, n) -> new Overdue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class)))
			.list();
		for (Overdue o : overdue) {
			List<String> arguments = List.of(o.name(), "#{projects.stage." + o.stage() + "}", o.dueOn().toString());
			String link = "/projects/" + o.projectId();
			String source = "projects:stage:" + o.projectId() + ":" + o.stage();
			this.inbox.deliver(new Notice(new Scope(Scope.Kind.EMPLOYER, o.creditCode()), ProjectPermissions.WRITE,
					"projects.notice.overdue", arguments, link, source));
			this.inbox.deliver(new Notice(Scope.region(o.regionCode()), ProjectPermissions.READ, "projects.notice.overdue",
					arguments, link, source));
			this.jdbc.sql("update projects.project_stage set overdue_notified_on = :today where project_id = :id and stage = :stage")
				.param("today", today)
				.param("id", o.projectId())
				.param("stage", o.stage())
				.update();
		}
		return overdue.size();
	}

}
