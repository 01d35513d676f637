package org.ohsonline.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.reference.RiskDirectory;
import org.ohsonline.reference.Severity;
import org.ohsonline.reference.SeverityAnswers;
import org.ohsonline.reference.SeverityQuestion;
import org.ohsonline.registry.SeverityRecomputations.Change;
import org.ohsonline.registry.SeverityRecomputations.Run;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code registry.severity_run} and {@code severity_change}, and the employers a run reads. */
@Repository
class SeverityRunStore {

	private static final ScopeColumns COLUMNS = ScopeColumns.on("c").region("region_code").employer("credit_code");

	/** An employer as a run reads it: what the severity is derived from, and what is stored now. */
	record Current(long id, int version, String creditCode, String name, String regionCode, String industryCode,
			List<String> siteIndustries, SeverityAnswers answers, Severity severity, String basis,
			List<SeverityQuestion> questions) {
	}

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	SeverityRunStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long start(String trigger, String startedBy, RiskDirectory directory, Instant at) {
		return this.jdbc.sql("""
				insert into registry.severity_run (started_at, status, trigger, started_by, catalog_version_id, catalog_edition)
				values (:at, 'RUNNING', :trigger, :by, :version, :edition) returning id""")
			.param("at", Timestamp.from(at))
			.param("trigger", trigger)
			.param("by", startedBy)
			.param("version", directory.versionId())
			.param("edition", directory.edition())
			.query(Long.class)
			.single();
	}

	void finish(long id, String status, Counts counts, Instant at, long millis) {
		this.jdbc.sql("""
				update registry.severity_run set status = :status, finished_at = :at, examined = :examined,
				    changed = :changed, questions_changed = :questions, basis_only = :basis, pending = :pending,
				    millis = :millis
				where id = :id""")
			.param("id", id)
			.param("status", status)
			.param("at", Timestamp.from(at))
			.param("examined", counts.examined)
			.param("changed", counts.changed)
			.param("questions", counts.questionsChanged)
			.param("basis", counts.basisOnly)
			.param("pending", counts.pending)
			.param("millis", millis)
			.update();
	}

	/** The directory version the last completed run derived the register from. */
	Optional<Long> lastDoneVersion() {
		return this.jdbc.sql("select catalog_version_id from registry.severity_run where status = 'DONE'"
				+ " order by id desc limit 1")
			.query(Long.class)
			.optional();
	}

	/** The next employers after {@code afterId}, by id, with the industries of their sites. */
	List<Current> batch(long afterId, int size) {
		return this.jdbc.sql("""
				select e.id, e.version, e.credit_code, e.name, e.region_code, e.industry_code, e.activity_codes,
				    e.solvent_use, e.severity, e.severity_basis, e.severity_questions,
				    array(select distinct s.industry_code from registry.site s
				          where s.employer_id = e.id and s.industry_code is not null order by 1) as sites
				from registry.employer e
				where e.id > :after
				order by e.id
				limit :size""")
			.param("after", afterId)
			.param("size", size)
			.query(SeverityRunStore::current)
			.list();
	}

	/**
	 * Writes the derived columns of employers not changed since they were read (a save in between
	 * derived them itself, from the same directory). Returns, per row, whether it was written.
	 */
	int[] update(List<Current> rows, List<Derivations.Derived> derived) {
		SqlParameterSource[] params = new SqlParameterSource[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			params[i] = new MapSqlParameterSource("id", rows.get(i).id()).addValue("version", rows.get(i).version())
				.addValue("severity", derived.get(i).severity() == null ? null : derived.get(i).severity().name())
				.addValue("basis", derived.get(i).basis())
				.addValue("questions", EmployerStore.questions(derived.get(i).questions()));
		}
		return this.batch.batchUpdate("""
				update registry.employer set severity = :severity, severity_basis = :basis,
				    severity_questions = cast(:questions as text[])
				where id = :id and version = :version""", params);
	}

	void insertChanges(long runId, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		SqlParameterSource[] params = changes.stream()
			.map(c -> new MapSqlParameterSource("run", runId).addValue("employer", c.employerId())
				.addValue("credit", c.creditCode())
				.addValue("name", c.employerName())
				.addValue("region", c.regionCode())
				.addValue("industry", c.industryCode())
				.addValue("oldSeverity", c.oldSeverity() == null ? null : c.oldSeverity().name())
				.addValue("newSeverity", c.newSeverity() == null ? null : c.newSeverity().name())
				.addValue("oldQuestions", EmployerStore.questions(c.oldQuestions()))
				.addValue("newQuestions", EmployerStore.questions(c.newQuestions()))
				.addValue("oldBasis", c.oldBasis())
				.addValue("newBasis", c.newBasis()))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate("""
				insert into registry.severity_change (run_id, employer_id, credit_code, employer_name, region_code,
				    industry_code, old_severity, new_severity, old_questions, new_questions, old_basis, new_basis)
				values (:run, :employer, :credit, :name, :region, :industry, :oldSeverity, :newSeverity,
				    cast(:oldQuestions as text[]), cast(:newQuestions as text[]), :oldBasis, :newBasis)""", params);
	}

	/** The timeline of each employer whose class changed (一企一案): the new class and the edition. */
	void history(List<Change> changes, String edition, Instant at) {
		SqlParameterSource[] params = changes.stream()
			.filter(c -> c.oldSeverity() != c.newSeverity())
			.map(c -> new MapSqlParameterSource("employer", c.employerId()).addValue("at", Timestamp.from(at))
				.addValue("kind", "SEVERITY_RECOMPUTED_" + (c.newSeverity() == null ? "NONE" : c.newSeverity().name()))
				.addValue("details", new String[] { edition, c.oldSeverity() == null ? "" : c.oldSeverity().name() }))
			.toArray(SqlParameterSource[]::new);
		if (params.length > 0) {
			this.batch.batchUpdate("""
					insert into registry.history (employer_id, occurred_at, kind, details)
					values (:employer, :at, :kind, cast(:details as text[]))""", params);
		}
	}

	List<Run> runs() {
		return this.jdbc.sql("select * from registry.severity_run order by id desc limit 50").query(SeverityRunStore::run).list();
	}

	Optional<Run> run(long id) {
		return this.jdbc.sql("select * from registry.severity_run where id = :id").param("id", id)
			.query(SeverityRunStore::run)
			.optional();
	}

	long countChanges(ScopeFilter scope, long runId) {
		return this.jdbc.sql("select count(*) from registry.severity_change c where c.run_id = :run and "
				+ COLUMNS.predicate())
			.params(scope.parameters())
			.param("run", runId)
			.query(Long.class)
			.single();
	}

	List<Change> changes(ScopeFilter scope, long runId, PageQuery page) {
		return this.jdbc.sql("select * from registry.severity_change c where c.run_id = :run and " + COLUMNS.predicate()
				+ " order by c.region_code, c.employer_name, c.employer_id limit :limit offset :offset")
			.params(scope.parameters())
			.param("run", runId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(SeverityRunStore::change)
			.list();
	}

	void forEachChange(ScopeFilter scope, long runId, Consumer<Change> consumer) {
		try (Stream<Change> rows = this.jdbc.sql("select * from registry.severity_change c where c.run_id = :run and "
				+ COLUMNS.predicate() + " order by c.region_code, c.employer_name, c.employer_id")
			.params(scope.parameters())
			.param("run", runId)
			.query(SeverityRunStore::change)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	/** What a run counted. */
	static final class Counts {

		int examined;

		int changed;

		int questionsChanged;

		int basisOnly;

		int pending;

	}

	private static Current current(ResultSet rs, int n) throws SQLException {
		String severity = rs.getString("severity");
		return new Current(rs.getLong("id"), rs.getInt("version"), rs.getString("credit_code"), rs.getString("name"),
				rs.getString("region_code"), rs.getString("industry_code"), Arrays.asList(strings(rs.getArray("sites"))),
				EmployerStore.answers(rs), severity == null ? null : Severity.valueOf(severity),
				rs.getString("severity_basis"), EmployerStore.questions(rs));
	}

	private static Run run(ResultSet rs, int n) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Run(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
				finished == null ? null : finished.toInstant(), rs.getString("status"), rs.getString("trigger"),
				rs.getString("started_by"), rs.getString("catalog_edition"), rs.getInt("examined"), rs.getInt("changed"),
				rs.getInt("questions_changed"), rs.getInt("basis_only"), rs.getInt("pending"),
				(Long) rs.getObject("millis", Long.class));
	}

	private static Change change(ResultSet rs, int n) throws SQLException {
		return new Change(rs.getLong("employer_id"), rs.getString("credit_code"), rs.getString("employer_name"),
				rs.getString("region_code"), rs.getString("industry_code"), severity(rs.getString("old_severity")),
				severity(rs.getString("new_severity")), questions(rs.getArray("old_questions")),
				questions(rs.getArray("new_questions")), rs.getString("old_basis"), rs.getString("new_basis"));
	}

	private static Severity severity(String value) {
		return value == null ? null : Severity.valueOf(value);
	}

	private static List<SeverityQuestion> questions(java.sql.Array array) throws SQLException {
		return Arrays.stream(strings(array)).map(SeverityQuestion::valueOf).toList();
	}

	private static String[] strings(java.sql.Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
