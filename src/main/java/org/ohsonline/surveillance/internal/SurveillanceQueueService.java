package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.shared.Tallies;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamDueItem;
import org.ohsonline.surveillance.ExamTaskKind;
import org.ohsonline.surveillance.SurveillanceQueues;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home pages' counts of exams due, tasks, bookings and conclusions, with the scope predicates
 * and state conditions of the lists they link to.
 */
@Service
class SurveillanceQueueService implements SurveillanceQueues {

	/** Most serious first, as the exam list's "worst conclusion". */
	private static final String SERIOUSNESS = "array['SUSPECTED_DISEASE','CONTRAINDICATION','RECHECK','OTHER','NORMAL']";

	private final JdbcClient jdbc;

	private final ExamService exams;

	SurveillanceQueueService(JdbcClient jdbc, ExamService exams) {
		this.jdbc = jdbc;
		this.exams = exams;
	}

	@Override
	@Transactional(readOnly = true)
	public DueQueue due(Actor actor) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return new DueQueue(0, 0, 0, null, null);
		}
		LocalDate today = this.exams.today();
		Map<String, Object> parameters = parameters(actor, region.get(), today);
		String open = "from surveillance.exam_schedule t where t.state = 'OPEN' and " + ExamScheduleStore.SCOPE
				+ " and t.region_code like :region || '%'";
		long[] counts = this.jdbc.sql("""
				select count(*) filter (where t.due_on < :today) as overdue,
				       count(*) filter (where t.due_on between :today and cast(:today as date) + %d) as soon,
				       count(*) filter (where t.due_on <= cast(:today as date) + 30) as within30
				""".formatted(Deadline.AMBER_DAYS) + open)
			.params(parameters)
			.query((rs, n) -> new long[] { rs.getLong("overdue"), rs.getLong("soon"), rs.getLong("within30") })
			.single();
		ExamDueItem oldest = counts[0] == 0 ? null
				: first("select t.* " + open + " and t.due_on < :today order by t.due_on, t.id limit 1", parameters,
						today);
		ExamDueItem next = first("select t.* " + open + " and t.due_on >= :today order by t.due_on, t.id limit 1",
				parameters, today);
		return new DueQueue(counts[0], counts[1], counts[2], oldest, next);
	}

	@Override
	@Transactional(readOnly = true)
	public Tallies overdue(Actor actor, int top) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return Tallies.NONE;
		}
		return Tallies.count(this.jdbc, """
				select t.region_code, t.employer_id, t.employer_name from surveillance.exam_schedule t
				where t.state = 'OPEN' and t.due_on < :today and t.region_code like :region || '%' and """
				+ ExamScheduleStore.SCOPE, parameters(actor, region.get(), this.exams.today()),
				Tallies.lowerLevelLength(actor), top);
	}

	@Override
	@Transactional(readOnly = true)
	public TaskQueue tasks(Actor actor) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		Map<ExamTaskKind, TaskCount> counts = new HashMap<>();
		for (ExamTaskKind kind : ExamTaskKind.values()) {
			counts.put(kind, new TaskCount(kind, 0, 0, null));
		}
		if (region.isPresent()) {
			this.jdbc.sql("""
					select t.kind, count(*) as open, count(*) filter (where t.due_on < :today) as overdue,
					       min(t.due_on) as next
					from surveillance.exam_task t
					where t.state = 'OPEN' and t.region_code like :region || '%' and """ + ExamTaskStore.SCOPE + """

					group by t.kind""")
				.params(parameters(actor, region.get(), this.exams.today()))
				.query(rs -> {
					ExamTaskKind kind = ExamTaskKind.valueOf(rs.getString("kind"));
					counts.put(kind, new TaskCount(kind, rs.getLong("open"), rs.getLong("overdue"),
							rs.getObject("next", LocalDate.class)));
				});
		}
		return new TaskQueue(counts.get(ExamTaskKind.JOB_TRANSFER), counts.get(ExamTaskKind.SUSPECTED_REPORT));
	}

	@Override
	@Transactional(readOnly = true)
	public BookingQueue bookings(Actor actor) {
		actor.require(BookingPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return new BookingQueue(0, null, 0, 0, 0, 0, null);
		}
		Map<String, Object> parameters = new HashMap<>(ScopeFilter.of(actor).parameters());
		parameters.put("region", region.get());
		parameters.put("today", this.exams.today());
		return this.jdbc.sql("""
				select count(*) filter (where b.status = 'REQUESTED') as requested,
				       min(b.day) filter (where b.status = 'REQUESTED') as first_requested,
				       count(*) filter (where b.status = 'CONFIRMED' and b.day = :today) as today,
				       coalesce(sum(b.headcount) filter (where b.status = 'CONFIRMED' and b.day = :today), 0) as headcount,
				       count(*) filter (where b.status = 'CONFIRMED' and b.day < :today) as to_complete,
				       count(*) filter (where b.status = 'CONFIRMED' and b.day >= :today) as upcoming,
				       min(b.day) filter (where b.status = 'CONFIRMED' and b.day >= :today) as next_day
				from surveillance.booking b
				where b.status in ('REQUESTED', 'CONFIRMED') and b.region_code like :region || '%' and """
				+ BookingStore.SCOPE)
			.params(parameters)
			.query((rs, n) -> new BookingQueue(rs.getLong("requested"), rs.getObject("first_requested", LocalDate.class),
					rs.getLong("today"), rs.getLong("headcount"), rs.getLong("to_complete"), rs.getLong("upcoming"),
					rs.getObject("next_day", LocalDate.class)))
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public long reportsToIssue(Actor actor, LocalDate from) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return 0;
		}
		Map<String, Object> parameters = parameters(actor, region.get(), this.exams.today());
		parameters.put("from", from);
		return this.jdbc.sql("""
				select count(*) from surveillance.exam t
				where t.report_code is null and t.examined_on >= :from and t.region_code like :region || '%' and """
				+ ExamStore.SCOPE)
			.params(parameters)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConclusionCount> conclusionsByRegion(Actor actor, LocalDate from) {
		actor.require(ExamPermissions.READ);
		Optional<String> region = ScopeFilter.narrowRegion(actor, null);
		if (region.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = parameters(actor, region.get(), this.exams.today());
		parameters.put("from", from);
		parameters.put("length", Tallies.lowerLevelLength(actor));
		List<ConclusionCount> counts = new ArrayList<>();
		this.jdbc.sql("""
				select substr(t.region_code, 1, :length) as division, w.worst, count(*) as exams
				from surveillance.exam t
				cross join lateral (select (%1$s)[min(array_position(%1$s, c.conclusion))] as worst
				                    from surveillance.exam_conclusion c where c.exam_id = t.id) w
				where t.examined_on >= :from and t.region_code like :region || '%%' and %2$s
				group by 1, 2 order by 1, 2""".formatted(SERIOUSNESS, ExamStore.SCOPE))
			.params(parameters)
			.query(rs -> {
				String worst = rs.getString("worst");
				if (worst != null) {
					counts.add(new ConclusionCount(rs.getString("division"), ExamConclusion.valueOf(worst),
							rs.getLong("exams")));
				}
			});
		return counts;
	}

	private Map<String, Object> parameters(Actor actor, String region, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>(this.exams.scope(actor).parameters());
		parameters.put("region", region);
		parameters.put("today", today);
		return parameters;
	}

	private ExamDueItem first(String sql, Map<String, Object> parameters, LocalDate today) {
		return this.jdbc.sql(sql)
			.params(parameters)
			.query((rs, n) -> ExamScheduleStore.item(rs, today))
			.optional()
			.orElse(null);
	}

}
