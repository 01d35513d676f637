package org.ohsonline.risk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.risk.EvidenceView;
import org.ohsonline.risk.PortraitFact;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationStatus;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.shared.Deadline;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rectification items and their evidence rows. */
@Repository
class RectificationStore {

	static final ScopeColumns COLUMNS = ScopeColumns.on("r").region("region_code").employer("credit_code");

	private final JdbcClient jdbc;

	private final DistributionCache distributions;

	RectificationStore(JdbcClient jdbc, DistributionCache distributions) {
		this.jdbc = jdbc;
		this.distributions = distributions;
	}

	/**
	 * Findings an employer has at most one open item for: their key changes with what they cover (the set of
	 * overdue exams), and the open item follows it instead of a second item opening.
	 */
	static final java.util.Set<String> ONE_OPEN_ITEM = java.util.Set.of("EXAMS_MISSING");

	/** A finding not yet an item becomes one (an item exists once per finding, whatever its state). */
	boolean open(PortraitStore.Row employer, PortraitFact finding, LocalDate foundOn, LocalDate dueOn, String basis) {
		if (ONE_OPEN_ITEM.contains(finding.kind()) && this.jdbc.sql("""
				update risk.rectification set finding_key = :key, message_key = :message, arguments = :args
				where employer_id = :employer and finding_kind = :kind and status <> 'RELEASED' and finding_key <> :key
				  and not exists (select 1 from risk.rectification o where o.employer_id = :employer and o.finding_key = :key)""")
			.param("employer", employer.employerId())
			.param("kind", finding.kind())
			.param("key", finding.findingKey())
			.param("message", finding.messageKey())
			.param("args", finding.arguments().toArray(String[]::new))
			.update() > 0) {
			return false;
		}
		boolean opened = this.jdbc.sql("""
				insert into risk.rectification (employer_id, credit_code, region_code, employer_name, finding_kind,
				    finding_key, message_key, arguments, found_on, source, due_on, deadline_basis, status)
				values (:employer, :credit, :region, :name, :kind, :key, :message, :args, :found, :source, :due, :basis, 'OPEN')
				on conflict (employer_id, finding_key) do nothing""")
			.param("employer", employer.employerId())
			.param("credit", employer.creditCode())
			.param("region", employer.regionCode())
			.param("name", employer.name())
			.param("kind", finding.kind())
			.param("key", finding.findingKey())
			.param("message", finding.messageKey())
			.param("args", finding.arguments().toArray(String[]::new))
			.param("found", foundOn)
			.param("source", finding.source())
			.param("due", dueOn)
			.param("basis", basis)
			.update() > 0;
		if (opened) {
			// One more open item in the dashboards' distribution (DistributionCache).
			this.distributions.invalidate();
		}
		return opened;
	}

	/** The item of a finding. */
	long idOf(long employerId, String findingKey) {
		return this.jdbc.sql("select id from risk.rectification where employer_id = :employer and finding_key = :key")
			.param("employer", employerId)
			.param("key", findingKey)
			.query(Long.class)
			.single();
	}

	/** The counts of the employer's findings by kind, leaving out findings whose item was released. */
	Optional<RectificationView> find(ScopeFilter scope, long id, LocalDate today) {
		return this.jdbc.sql("select r.* from risk.rectification r where r.id = :id and " + COLUMNS.predicate())
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> view(rs, today, evidence(rs.getLong("id"))))
			.optional();
	}

	Optional<RectificationView> lock(long id, LocalDate today) {
		return this.jdbc.sql("select r.* from risk.rectification r where r.id = :id for update")
			.param("id", id)
			.query((rs, n) -> view(rs, today, List.of()))
			.optional()
			.map(v -> withEvidence(v, today));
	}

	private RectificationView withEvidence(RectificationView v, LocalDate today) {
		return new RectificationView(v.id(), v.employerId(), v.creditCode(), v.employerName(), v.regionCode(),
				v.findingKind(), v.messageKey(), v.arguments(), v.foundOn(), v.source(), v.dueOn(), v.deadlineBasis(),
				v.deadline(), v.status(), v.answer(), v.answeredOn(), v.answeredBy(), v.reviewNote(), v.reviewedOn(),
				v.reviewedBy(), v.releasedOn(), evidence(v.id()));
	}

	void answer(long id, String answer, LocalDate on, String by) {
		this.jdbc.sql("""
				update risk.rectification set status = 'ANSWERED', answer = :answer, answered_on = :on, answered_by = :by
				where id = :id""")
			.param("id", id)
			.param("answer", answer)
			.param("on", on)
			.param("by", by)
			.update();
	}

	void review(long id, RectificationStatus status, String note, LocalDate on, String by) {
		this.jdbc.sql("""
				update risk.rectification set status = :status, review_note = :note, reviewed_on = :on, reviewed_by = :by,
				    released_on = case when :status = 'RELEASED' then cast(:on as date) end
				where id = :id""")
			.param("id", id)
			.param("status", status.name())
			.param("note", note)
			.param("on", on)
			.param("by", by)
			.update();
		// A released item leaves the open ones of the dashboards' distribution (DistributionCache).
		this.distributions.invalidate();
	}

	void setDeadline(long id, LocalDate dueOn, String basis) {
		this.jdbc.sql("update risk.rectification set due_on = :due, deadline_basis = :basis, overdue_notified = false where id = :id")
			.param("id", id)
			.param("due", dueOn)
			.param("basis", basis)
			.update();
		// A new deadline may make the item overdue or no longer so (DistributionCache).
		this.distributions.invalidate();
	}

	long addEvidence(long id, String fileName, String contentType, long size, String sha256, String storageName,
			String by) {
		return this.jdbc.sql("""
				insert into risk.evidence (rectification_id, file_name, content_type, size_bytes, sha256, storage_name, uploaded_by)
				values (:id, :name, :type, :size, :sha, :storage, :by) returning id""")
			.param("id", id)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", size)
			.param("sha", sha256)
			.param("storage", storageName)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	/** The evidence row and where its file is stored. */
	record StoredEvidence(EvidenceView view, String storageName) {
	}

	Optional<StoredEvidence> evidence(long itemId, long evidenceId) {
		return this.jdbc.sql("select * from risk.evidence where id = :e and rectification_id = :id")
			.param("e", evidenceId)
			.param("id", itemId)
			.query((rs, n) -> new StoredEvidence(evidenceView(rs), rs.getString("storage_name")))
			.optional();
	}

	List<EvidenceView> evidence(long itemId) {
		return this.jdbc.sql("select * from risk.evidence where rectification_id = :id order by id")
			.param("id", itemId)
			.query((rs, n) -> evidenceView(rs))
			.list();
	}

	/** Items past their deadline, not released, not yet announced as overdue. */
	List<RectificationView> newlyOverdue(LocalDate today) {
		return this.jdbc.sql("""
				select r.* from risk.rectification r
				where r.status in ('OPEN', 'RETURNED', 'ANSWERED') and r.due_on < :today and not r.overdue_notified
				order by r.id limit 5000""")
			.param("today", today)
			.query((rs, n) -> view(rs, today, List.of()))
			.list();
	}

	void markOverdueNotified(long id) {
		this.jdbc.sql("update risk.rectification set overdue_notified = true where id = :id").param("id", id).update();
	}

	long count(ScopeFilter scope, String region, RectificationFilter filter, LocalDate today) {
		return this.jdbc.sql("select count(*) from risk.rectification r where " + where(scope))
			.params(parameters(scope, region, filter, today))
			.query(Long.class)
			.single();
	}

	List<RectificationView> search(ScopeFilter scope, String region, RectificationFilter filter, LocalDate today,
			PageQuery page) {
		return this.jdbc.sql("select r.* from risk.rectification r where " + where(scope)
				+ " order by r.status = 'RELEASED', r.due_on, r.id limit :limit offset :offset")
			.params(parameters(scope, region, filter, today))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> view(rs, today, List.of()))
			.list();
	}

	void forEach(ScopeFilter scope, String region, RectificationFilter filter, LocalDate today,
			Consumer<RectificationView> consumer) {
		try (Stream<RectificationView> rows = this.jdbc.sql("select r.* from risk.rectification r where " + where(scope)
				+ " order by r.status = 'RELEASED', r.due_on, r.id")
			.params(parameters(scope, region, filter, today))
			.query((rs, n) -> view(rs, today, List.of()))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/**
	 * The items (every state) of each of the employers in the scope whose deadline falls from {@code from} to
	 * {@code to}, in one statement, by employer id, earliest deadline first.
	 */
	Map<Long, List<RectificationView>> ofEmployers(ScopeFilter scope, java.util.Collection<Long> employerIds,
			LocalDate from, LocalDate to, LocalDate today) {
		Map<Long, List<RectificationView>> byEmployer = new HashMap<>();
		this.jdbc.sql("select r.* from risk.rectification r where r.employer_id = any(cast(:ids as bigint[]))"
				+ " and r.due_on between :from and :to and " + COLUMNS.predicate() + " order by r.due_on, r.id")
			.params(scope.parameters())
			.param("ids", employerIds.toArray(Long[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> view(rs, today, List.of()))
			.list()
			.forEach(r -> byEmployer.computeIfAbsent(r.employerId(), k -> new java.util.ArrayList<>()).add(r));
		return byEmployer;
	}

	private static String where(ScopeFilter scope) {
		return """
				r.region_code like :region || '%%' and %s
				  and (cast(:employer as bigint) is null or r.employer_id = cast(:employer as bigint))
				  and (cast(:kind as text) is null or r.finding_kind = cast(:kind as text))
				  and (cast(:q as text) is null or r.employer_name like '%%' || cast(:q as text) || '%%')
				  and case cast(:state as text)
				        when 'all' then true
				        when 'released' then r.status = 'RELEASED'
				        when 'answered' then r.status = 'ANSWERED'
				        when 'overdue' then r.status <> 'RELEASED' and r.due_on < cast(:today as date)
				        else r.status <> 'RELEASED' end""".formatted(COLUMNS.predicateWithinRegion(scope));
	}

	private static Map<String, Object> parameters(ScopeFilter scope, String region, RectificationFilter filter,
			LocalDate today) {
		Map<String, Object> parameters = new HashMap<>(scope.parameters());
		parameters.put("region", region);
		parameters.put("employer", filter.employerId());
		parameters.put("kind", filter.kind() == null || filter.kind().isBlank() ? null : filter.kind());
		parameters.put("q", filter.q() == null || filter.q().isBlank() ? null : filter.q().trim());
		parameters.put("state", filter.state() == null || filter.state().isBlank() ? "open" : filter.state());
		parameters.put("today", today);
		return parameters;
	}

	private static EvidenceView evidenceView(ResultSet rs) throws SQLException {
		return new EvidenceView(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant(),
				rs.getString("uploaded_by"));
	}

	static RectificationView view(ResultSet rs, LocalDate today, List<EvidenceView> evidence) throws SQLException {
		RectificationStatus status = RectificationStatus.valueOf(rs.getString("status"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return new RectificationView(rs.getLong("id"), rs.getLong("employer_id"), rs.getString("credit_code"),
				rs.getString("employer_name"), rs.getString("region_code"), rs.getString("finding_kind"),
				rs.getString("message_key"), PortraitStore.strings(rs.getArray("arguments")),
				rs.getObject("found_on", LocalDate.class), rs.getString("source"), due, rs.getString("deadline_basis"),
				status == RectificationStatus.RELEASED ? null : Deadline.of(due, today), status, rs.getString("answer"),
				rs.getObject("answered_on", LocalDate.class), rs.getString("answered_by"), rs.getString("review_note"),
				rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewed_by"),
				rs.getObject("released_on", LocalDate.class), evidence);
	}

}
