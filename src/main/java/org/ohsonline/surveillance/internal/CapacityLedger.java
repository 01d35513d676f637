package org.ohsonline.surveillance.internal;

import java.time.LocalDate;
import java.util.List;

import org.ohsonline.agency.ExamType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places held per institution, day and exam type. Taking places is one conditional update of
 * one row: PostgreSQL serialises concurrent updates of a row and re-checks the condition against
 * the committed count, so of two transactions racing for the last places the second finds them
 * gone. The row is created first (idempotently) so that the update always has a row to lock.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class CapacityLedger {

	private final JdbcClient jdbc;

	CapacityLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes {@code places} if the day keeps within {@code capacity}; false (nothing changed) otherwise. */
	boolean hold(long institutionId, LocalDate day, ExamType examType, int places, int capacity) {
		this.jdbc.sql("""
				insert into surveillance.booking_day (institution_id, day, exam_type, booked)
				values (:institution, :day, :type, 0) on conflict do nothing""")
			.param("institution", institutionId)
			.param("day", day)
			.param("type", examType.name())
			.update();
		return this.jdbc.sql("""
				update surveillance.booking_day set booked = booked + :places
				where institution_id = :institution and day = :day and exam_type = :type
				  and booked + :places <= :capacity""")
			.param("places", places)
			.param("capacity", capacity)
			.param("institution", institutionId)
			.param("day", day)
			.param("type", examType.name())
			.update() == 1;
	}

	void release(long institutionId, LocalDate day, ExamType examType, int places) {
		int changed = this.jdbc.sql("""
				update surveillance.booking_day set booked = booked - :places
				where institution_id = :institution and day = :day and exam_type = :type and booked >= :places""")
			.param("places", places)
			.param("institution", institutionId)
			.param("day", day)
			.param("type", examType.name())
			.update();
		if (changed != 1) {
			throw new IllegalStateException("Releasing " + places + " places that were not held: institution "
					+ institutionId + ", " + day + ", " + examType);
		}
	}

	/** The places taken on the day (0 when none). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	int booked(long institutionId, LocalDate day, ExamType examType) {
		return this.jdbc.sql("""
				select coalesce(max(booked), 0) from surveillance.booking_day
				where institution_id = :institution and day = :day and exam_type = :type""")
			.param("institution", institutionId)
			.param("day", day)
			.param("type", examType.name())
			.query(Integer.class)
			.single();
	}

	record Held(LocalDate day, ExamType examType, int booked) {
	}

	/** Every day and type with places taken between the two days (inclusive). */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<Held> between(long institutionId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select day, exam_type, booked from surveillance.booking_day
				where institution_id = :institution and day between :from and :to and booked > 0
				order by day, exam_type""")
			.param("institution", institutionId)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Held(rs.getObject("day", LocalDate.class), ExamType.valueOf(rs.getString("exam_type")),
					rs.getInt("booked")))
			.list();
	}

}
