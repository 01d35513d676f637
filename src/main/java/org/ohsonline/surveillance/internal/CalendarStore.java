package org.ohsonline.surveillance.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.surveillance.WorkingCalendar;
import org.ohsonline.surveillance.WorkingWeek;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for institutions' working calendars. */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored week, when the institution set one. */
	record StoredWeek(WorkingWeek week, Instant updatedAt, String updatedBy) {
	}

	Optional<StoredWeek> week(long institutionId) {
		return this.jdbc.sql("""
				select working_days, opens_at, closes_at, updated_at, updated_by from surveillance.institution_calendar
				where institution_id = :id""")
			.param("id", institutionId)
			.query((rs, n) -> new StoredWeek(new WorkingWeek(days(rs.getArray("working_days")),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class)),
					rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
			.optional();
	}

	void saveWeek(long institutionId, String creditCode, String regionCode, WorkingWeek week, Instant at, String by) {
		this.jdbc.sql("""
				insert into surveillance.institution_calendar (institution_id, institution_credit_code, region_code,
				    working_days, opens_at, closes_at, updated_at, updated_by)
				values (:id, :credit, :region, :days, :opens, :closes, :at, :by)
				on conflict (institution_id) do update set institution_credit_code = excluded.institution_credit_code,
				    region_code = excluded.region_code, working_days = excluded.working_days,
				    opens_at = excluded.opens_at, closes_at = excluded.closes_at, updated_at = excluded.updated_at,
				    updated_by = excluded.updated_by""")
			.param("id", institutionId)
			.param("credit", creditCode)
			.param("region", regionCode)
			.param("days", week.days().stream().sorted().map(DayOfWeek::getValue).toArray(Integer[]::new))
			.param("opens", week.opensAt())
			.param("closes", week.closesAt())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	/** The days that differ from the week, from {@code from} on, in date order. */
	List<WorkingCalendar.SpecialDay> days(long institutionId, LocalDate from) {
		return this.jdbc.sql("""
				select day, open, note from surveillance.institution_day
				where institution_id = :id and day >= :from order by day""")
			.param("id", institutionId)
			.param("from", from)
			.query((rs, n) -> new WorkingCalendar.SpecialDay(rs.getObject("day", LocalDate.class), rs.getBoolean("open"),
					rs.getString("note")))
			.list();
	}

	Optional<WorkingCalendar.SpecialDay> day(long institutionId, LocalDate day) {
		return this.jdbc.sql("select day, open, note from surveillance.institution_day where institution_id = :id and day = :day")
			.param("id", institutionId)
			.param("day", day)
			.query((rs, n) -> new WorkingCalendar.SpecialDay(rs.getObject("day", LocalDate.class), rs.getBoolean("open"),
					rs.getString("note")))
			.optional();
	}

	Optional<Instant> lastDayChange(long institutionId) {
		return this.jdbc.sql("select max(updated_at) from surveillance.institution_day where institution_id = :id")
			.param("id", institutionId)
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	void saveDay(long institutionId, LocalDate day, boolean open, String note, Instant at, String by) {
		this.jdbc.sql("""
				insert into surveillance.institution_day (institution_id, day, open, note, updated_at, updated_by)
				values (:id, :day, :open, :note, :at, :by)
				on conflict (institution_id, day) do update set open = excluded.open, note = excluded.note,
				    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
			.param("id", institutionId)
			.param("day", day)
			.param("open", open)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	boolean clearDay(long institutionId, LocalDate day) {
		return this.jdbc.sql("delete from surveillance.institution_day where institution_id = :id and day = :day")
			.param("id", institutionId)
			.param("day", day)
			.update() > 0;
	}

	/** The days after {@code today} with places held, for a change that would close days. */
	List<LocalDate> bookedDays(long institutionId, LocalDate today) {
		return this.jdbc.sql("""
				select day from surveillance.booking_day where institution_id = :id and day > :today
				group by day having sum(booked) > 0 order by day""")
			.param("id", institutionId)
			.param("today", today)
			.query(LocalDate.class)
			.list();
	}

	private static Set<DayOfWeek> days(Array array) throws SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (array != null) {
			for (Object value : (Object[]) array.getArray()) {
				days.add(DayOfWeek.of(((Number) value).intValue()));
			}
		}
		return days;
	}

}
