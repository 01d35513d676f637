package org.ohsonline;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's view of the platform's background work: scheduled jobs holding their lock
 * now ({@link SchedulingConfiguration}), event deliveries not yet completed or failed
 * ({@link FailedEventRetries} retries these). It reads the platform's own tables, not any module's;
 * the register shows the user's own imports in a card of its own.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundWork {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final JdbcClient jdbc;

	BackgroundWork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Bean
	HomeCard backgroundWorkCard() {
		return HomeCard.of("background", "home.background.title", 95, "iam:user:write", Set.of(Scope.Kind.REGION),
				this::view);
	}

	private View view(Actor actor) {
		List<Line> lines = new ArrayList<>();
		List<Line> jobs = this.jdbc.sql("""
				select name, locked_at from scheduling.shedlock where lock_until > now() order by locked_at""")
			.query((rs, n) -> Line
				.item("job-" + rs.getString("name"), Urgency.INFO, "home.background.jobRunning", null,
						Label.key("home.background.job." + rs.getString("name"), rs.getString("name")))
				.withDetail("home.background.since", TIME.format(rs.getObject("locked_at", Timestamp.class).toInstant())))
			.list();
		lines.addAll(jobs);
		if (jobs.isEmpty()) {
			lines.add(Line.figure("jobs-running", "home.background.jobsRunning", 0, null));
		}
		long[] events = this.jdbc.sql("""
				select count(*) filter (where completion_date is null) as incomplete,
				       count(*) filter (where completion_date is null and status = 'FAILED') as failed
				from event_publication""")
			.query((rs, n) -> new long[] { rs.getLong("incomplete"), rs.getLong("failed") })
			.single();
		lines.add(Line.count("events-failed", "home.background.eventsFailed", events[1], null, Urgency.TO_DO));
		lines.add(Line.figure("events-incomplete", "home.background.eventsIncomplete", events[0], null));
		return View.of(lines).withNote("home.background.note");
	}

}
