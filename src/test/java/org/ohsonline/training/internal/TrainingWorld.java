package org.ohsonline.training.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.training.Audience;
import org.ohsonline.training.CourseCommand;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Actors, employers and a movable clock for the training tests, on the shared context's tiny register (拱墅区). */
final class TrainingWorld {

	static final String COUNTY = "330105";

	private TrainingWorld() {
	}

	/** A clock the test moves. */
	static final class MovableClock extends Clock {

		Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(long seconds) {
			this.now = this.now.plusSeconds(seconds);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			MovableClock self = this;
			return new Clock() {

				@Override
				public ZoneId getZone() {
					return zone;
				}

				@Override
				public Clock withZone(ZoneId other) {
					return self.withZone(other);
				}

				@Override
				public Instant instant() {
					return self.now;
				}

			};
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	record Employer(long id, String creditCode, String regionCode, List<Long> workerIds) {
	}

	/** The n-th employer of the county with at least {@code workers} current workers (and none dispatched). */
	static Employer employer(JdbcClient jdbc, int n, int workers) {
		Object[] row = jdbc.sql("""
				select e.id, e.credit_code, e.region_code from registry.employer e
				where e.region_code like '330105%'
				  and (select count(*) from registry.employment m where m.employer_id = e.id and m.left_on is null) >= :w
				  and not exists (select 1 from registry.employment m where (m.employer_id = e.id or m.host_employer_id = e.id)
				      and m.dispatched)
				order by e.id offset :n limit 1""")
			.param("n", n)
			.param("w", workers)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		List<Long> ids = jdbc.sql("select worker_id from registry.employment where employer_id = :e and left_on is null order by worker_id")
			.param("e", row[0])
			.query(Long.class)
			.list();
		return new Employer((Long) row[0], (String) row[1], (String) row[2], ids);
	}

	static Actor author(String region) {
		return new Actor(7101, "training-author-" + region, "课程作者", region, Scope.region(region),
				Set.of("training:course:read", "training:course:write", "training:course:learn", "training:enrolment:read",
						"training:rate:read", "registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	static Actor manager(Employer employer) {
		return new Actor(7200 + employer.id(), "training-manager-" + employer.id(), "本单位管理员", employer.regionCode(),
				new Scope(Scope.Kind.EMPLOYER, employer.creditCode()),
				Set.of("training:course:read", "training:course:learn", "training:enrolment:read", "training:enrolment:write",
						"training:people:write", "training:rate:read", "registry:employer:read", "registry:worker:read"),
				"127.0.0.1", Actor.Channel.UI);
	}

	/** The worker as they log in: a person scope holding the blind index of their identity number. */
	static Actor worker(JdbcClient jdbc, long workerId) {
		Object[] row = jdbc.sql("select id_number_index, name from registry.worker where id = :id")
			.param("id", workerId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2) })
			.single();
		return new Actor(800_000 + workerId, "training-worker-" + workerId, (String) row[1], COUNTY,
				new Scope(Scope.Kind.PERSON, (String) row[0]),
				Set.of("training:course:read", "training:course:learn", "registry:worker:read"), "127.0.0.1", Actor.Channel.UI);
	}

	static CourseCommand course(String title, Audience audience) {
		return new CourseCommand(title, "职业病防治基础", audience, List.of(), new BigDecimal("8"), 50, 2, 30, 2);
	}

}
