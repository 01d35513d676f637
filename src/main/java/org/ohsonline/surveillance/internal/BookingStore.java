package org.ohsonline.surveillance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.surveillance.Attendance;
import org.ohsonline.surveillance.BookingFilter;
import org.ohsonline.surveillance.BookingParty;
import org.ohsonline.surveillance.BookingStatus;
import org.ohsonline.surveillance.BookingSummary;
import org.ohsonline.surveillance.BookingView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for bookings, their workers and history. Every read by id or list binds the actor's scope. */
@Repository
class BookingStore {

	/** Bookings visible to a scope: by the employer's region, the employer, or the institution booked. */
	static final String SCOPE = ScopeColumns.on("b").region("region_code").employer("employer_credit_code").institution("institution_credit_code")
		.predicate();

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Map<String, String> SORTS = Map.of("day", "b.day", "number", "b.number", "employer",
			"b.employer_name", "institution", "b.institution_name", "headcount", "b.headcount", "status", "b.status");

	private static final String FILTER = """
			from surveillance.booking b
			where %s
			  and b.region_code like :region || '%%'
			  and (cast(:q as text) is null or b.employer_name ilike '%%' || cast(:q as text) || '%%'
			       or b.institution_name ilike '%%' || cast(:q as text) || '%%'
			       or b.employer_credit_code like upper(cast(:q as text)) || '%%' or b.number = upper(cast(:q as text)))
			  and (cast(:status as text) is null or b.status = cast(:status as text))
			  and (cast(:type as text) is null or b.exam_type = cast(:type as text))
			  and (cast(:from as date) is null or b.day >= cast(:from as date))
			  and (cast(:to as date) is null or b.day <= cast(:to as date))
			  and (cast(:institution as bigint) is null or b.institution_id = cast(:institution as bigint))
			""";

	private static final String SUMMARY_COLUMNS = """
			b.id, b.number, b.employer_id, b.employer_name, b.employer_credit_code, b.region_code, b.institution_id,
			b.institution_name, b.exam_type, b.day, b.headcount, b.status""";

	private final JdbcClient jdbc;

	BookingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored state of a booking, without its workers or history. */
	record Row(long id, String number, long institutionId, String institutionCreditCode, String institutionName,
			long employerId, String employerCreditCode, String employerName, String regionCode, ExamType examType,
			LocalDate day, BookingStatus status, int headcount, String note, String cancelReason,
			BookingParty cancelledBy, boolean synthetic, Instant createdAt, Instant confirmedAt, int version) {
	}

	record NewWorker(long workerId, String name, String idNumberMasked, String postName, List<String> hazardCodes) {
	}

	long insert(Row row, String createdBy, List<NewWorker> workers) {
		long id = this.jdbc.sql("""
				insert into surveillance.booking (institution_id, institution_credit_code, institution_name, employer_id,
				    employer_credit_code, employer_name, region_code, exam_type, day, status, headcount, note, synthetic,
				    created_at, created_by, updated_at)
				values (:institution, :institutionCredit, :institutionName, :employer, :employerCredit, :employerName,
				    :region, :type, :day, 'REQUESTED', :headcount, :note, :synthetic, :at, :by, :at)
				returning id""")
			.param("institution", row.institutionId())
			.param("institutionCredit", row.institutionCreditCode())
			.param("institutionName", row.institutionName())
			.param("employer", row.employerId())
			.param("employerCredit", row.employerCreditCode())
			.param("employerName", row.employerName())
			.param("region", row.regionCode())
			.param("type", row.examType().name())
			.param("day", row.day())
			.param("headcount", row.headcount())
			.param("note", row.note())
			.param("synthetic", row.synthetic())
			.param("at", Timestamp.from(row.createdAt()))
			.param("by", createdBy)
			.query(Long.class)
			.single();
		// 预约编号: YY + county + year + sequence, short enough to read out on the phone.
		this.jdbc.sql("update surveillance.booking set number = :number where id = :id")
			.param("number", "YY" + row.regionCode().substring(0, Math.min(6, row.regionCode().length())) + "-"
					+ row.createdAt().atZone(ZONE).getYear() + "-" + String.format("%06d", id))
			.param("id", id)
			.update();
		for (NewWorker worker : workers) {
			this.jdbc.sql("""
					insert into surveillance.booking_worker (booking_id, worker_id, worker_name, id_number_masked, post_name,
					    hazard_codes)
					values (:id, :worker, :name, :masked, :post, :hazards)""")
				.param("id", id)
				.param("worker", worker.workerId())
				.param("name", worker.name())
				.param("masked", worker.idNumberMasked())
				.param("post", worker.postName())
				.param("hazards", worker.hazardCodes().toArray(String[]::new))
				.update();
		}
		return id;
	}

	Optional<Row> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select b.* from surveillance.booking b where b.id = :id and " + BookingStore.SCOPE)
			.params(scope.parameters())
			.param("id", id)
			.query(BookingStore::row)
			.optional();
	}

	boolean confirmed(long id, int version, Instant at) {
		return this.jdbc.sql("""
				update surveillance.booking set status = 'CONFIRMED', confirmed_at = :at, updated_at = :at,
				    version = version + 1
				where id = :id and version = :version and status = 'REQUESTED'""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean moved(long id, int version, LocalDate day, BookingStatus status, Instant at) {
		return this.jdbc.sql("""
				update surveillance.booking set day = :day, status = :status, updated_at = :at, version = version + 1,
				    confirmed_at = case when :status = 'CONFIRMED' then confirmed_at end
				where id = :id and version = :version""")
			.param("day", day)
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean cancelled(long id, int version, BookingParty by, String reason, Instant at) {
		return this.jdbc.sql("""
				update surveillance.booking set status = 'CANCELLED', cancelled_by = :by, cancel_reason = :reason,
				    updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("by", by.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean completed(long id, int version, Instant at) {
		return this.jdbc.sql("""
				update surveillance.booking set status = 'COMPLETED', updated_at = :at, version = version + 1
				where id = :id and version = :version""")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	void attendance(long id, long workerId, Attendance attendance) {
		this.jdbc.sql("update surveillance.booking_worker set attendance = :a where booking_id = :id and worker_id = :w")
			.param("a", attendance.name())
			.param("id", id)
			.param("w", workerId)
			.update();
	}

	List<BookingView.Worker> workers(long id) {
		return this.jdbc.sql("""
				select worker_id, worker_name, id_number_masked, post_name, hazard_codes, attendance
				from surveillance.booking_worker where booking_id = :id order by post_name nulls last, worker_name, worker_id""")
			.param("id", id)
			.query((rs, n) -> new BookingView.Worker(rs.getLong("worker_id"), rs.getString("worker_name"),
					rs.getString("id_number_masked"), rs.getString("post_name"), strings(rs, "hazard_codes"),
					Attendance.valueOf(rs.getString("attendance"))))
			.list();
	}

	/** The workers among these already in an open booking of the exam type (a worker is booked once). */
	List<Long> alreadyBooked(Collection<Long> workerIds, ExamType examType) {
		if (workerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct w.worker_id from surveillance.booking_worker w
				join surveillance.booking b on b.id = w.booking_id
				where w.worker_id = any(:workers) and b.exam_type = :type and b.status in ('REQUESTED', 'CONFIRMED')
				order by w.worker_id""")
			.param("workers", workerIds.toArray(Long[]::new))
			.param("type", examType.name())
			.query(Long.class)
			.list();
	}

	/** The numbers of the open bookings each of these workers is in. */
	Map<Long, List<String>> openBookings(Collection<Long> workerIds) {
		Map<Long, List<String>> open = new java.util.HashMap<>();
		if (workerIds.isEmpty()) {
			return open;
		}
		this.jdbc.sql("""
				select w.worker_id, b.number from surveillance.booking_worker w
				join surveillance.booking b on b.id = w.booking_id
				where w.worker_id = any(:workers) and b.status in ('REQUESTED', 'CONFIRMED')
				order by b.day, b.id""")
			.param("workers", workerIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> open.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
		return open;
	}

	void history(long id, Instant at, String action, String actorName, String note) {
		this.jdbc.sql("""
				insert into surveillance.booking_history (booking_id, at, action, actor_name, note)
				values (:id, :at, :action, :actor, :note)""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("action", action)
			.param("actor", actorName)
			.param("note", note)
			.update();
	}

	List<BookingView.HistoryEntry> history(long id) {
		return this.jdbc.sql("""
				select at, action, actor_name, note from surveillance.booking_history where booking_id = :id
				order by at, id""")
			.param("id", id)
			.query((rs, n) -> new BookingView.HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("actor_name"), rs.getString("note")))
			.list();
	}

	List<BookingSummary> page(ScopeFilter scope, String region, BookingFilter filter, PageQuery page) {
		return bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER.formatted(BookingStore.SCOPE)
				+ orderBy(filter.sort()) + " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(BookingStore::summary)
			.list();
	}

	long count(ScopeFilter scope, String region, BookingFilter filter) {
		return bind(this.jdbc.sql("select count(*) " + FILTER.formatted(BookingStore.SCOPE)), scope, region, filter)
			.query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, BookingFilter filter, Consumer<BookingSummary> consumer) {
		try (var rows = bind(this.jdbc.sql("select " + SUMMARY_COLUMNS + " " + FILTER.formatted(BookingStore.SCOPE)
				+ orderBy(filter.sort())), scope, region, filter)
			.query(BookingStore::summary)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/** The institution's bookings on a day, open ones first (for its calendar). */
	List<BookingSummary> onDay(ScopeFilter scope, long institutionId, LocalDate day) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from surveillance.booking b where " + BookingStore.SCOPE
				+ """
				 and b.institution_id = :institution and b.day = :day
				order by case b.status when 'REQUESTED' then 0 when 'CONFIRMED' then 1 when 'COMPLETED' then 2 else 3 end,
				    b.exam_type, b.id""")
			.params(scope.parameters())
			.param("institution", institutionId)
			.param("day", day)
			.query(BookingStore::summary)
			.list();
	}

	/** How many bookings the register holds (to seed demo bookings once). */
	long count() {
		return this.jdbc.sql("select count(*) from surveillance.booking").query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			BookingFilter filter) {
		return spec.params(scope.parameters())
			.param("region", region)
			.param("q", blank(filter.q()))
			.param("status", blank(filter.status()))
			.param("type", blank(filter.examType()))
			.param("from", filter.from())
			.param("to", filter.to())
			.param("institution", filter.institutionId());
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	private static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "-day" : sort.trim();
		boolean descending = key.startsWith("-");
		String column = SORTS.getOrDefault(descending ? key.substring(1) : key, "b.day");
		return " order by " + column + (descending ? " desc" : " asc") + ", b.id" + (descending ? " desc" : " asc");
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static BookingSummary summary(ResultSet rs, int n) throws SQLException {
		return new BookingSummary(rs.getLong("id"), rs.getString("number"), rs.getLong("employer_id"),
				rs.getString("employer_name"), rs.getString("employer_credit_code"), rs.getString("region_code"),
				rs.getLong("institution_id"), rs.getString("institution_name"), ExamType.valueOf(rs.getString("exam_type")),
				rs.getObject("day", LocalDate.class), rs.getInt("headcount"), BookingStatus.valueOf(rs.getString("status")));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp confirmed = rs.getTimestamp("confirmed_at");
		String cancelledBy = rs.getString("cancelled_by");
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getLong("institution_id"),
				rs.getString("institution_credit_code"), rs.getString("institution_name"), rs.getLong("employer_id"),
				rs.getString("employer_credit_code"), rs.getString("employer_name"), rs.getString("region_code"),
				ExamType.valueOf(rs.getString("exam_type")), rs.getObject("day", LocalDate.class),
				BookingStatus.valueOf(rs.getString("status")), rs.getInt("headcount"), rs.getString("note"),
				rs.getString("cancel_reason"), cancelledBy == null ? null : BookingParty.valueOf(cancelledBy),
				rs.getBoolean("synthetic"), rs.getTimestamp("created_at").toInstant(),
				confirmed == null ? null : confirmed.toInstant(), rs.getInt("version"));
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
