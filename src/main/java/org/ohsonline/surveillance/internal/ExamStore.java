package org.ohsonline.surveillance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.agency.ExamType;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.PiiCipher;
import org.ohsonline.surveillance.ExamCommand;
import org.ohsonline.surveillance.ExamConclusion;
import org.ohsonline.surveillance.ExamFilter;
import org.ohsonline.surveillance.ExamSummary;
import org.ohsonline.surveillance.ExamView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exam tables, always queried with an {@link ScopeFilter}; clinical free text sealed with {@link PiiCipher}. */
@Repository
class ExamStore {

	/** Exams visible to a scope: by region, employer, the institution that recorded them, or the worker examined. */
	static final String SCOPE = ScopeColumns.on("t").region("region_code").employer("credit_code").institution("institution_credit").worker("worker_id")
		.predicate();

	private static final String FROM = " from surveillance.exam t where " + ExamStore.SCOPE;

	/** Order of seriousness for the list's "worst conclusion". */
	private static final String WORST = """
			(select c.conclusion from surveillance.exam_conclusion c where c.exam_id = t.id
			 order by array_position(array['SUSPECTED_DISEASE','CONTRAINDICATION','RECHECK','OTHER','NORMAL'], c.conclusion)
			 limit 1) as worst""";

	private static final String HAZARDS = """
			(select string_agg(c.hazard_name, '、' order by c.hazard_code) from surveillance.exam_conclusion c
			 where c.exam_id = t.id) as hazards""";

	private static final String SUMMARY = "select t.id, t.number, t.examined_on, t.exam_type, t.worker_id, t.worker_name,"
			+ " t.id_number_masked, t.employer_id, t.employer_name, t.region_code, t.institution_name, t.threshold_shift, "
			+ WORST + ", " + HAZARDS;

	private final JdbcClient jdbc;

	private final PiiCipher cipher;

	ExamStore(JdbcClient jdbc, PiiCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** What an exam row holds besides its children, as the service assembled it. */
	record NewExam(long institutionId, String institutionCredit, String institutionName, long employerId,
			String creditCode, String employerName, String regionCode, long workerId, String workerName,
			String idNumberMasked, ExamType type, LocalDate examinedOn, boolean synthetic, Instant createdAt,
			String createdBy) {
	}

	/** Inserts the exam with its conclusions, audiogram and items; returns id and number. */
	long insert(NewExam exam, ExamCommand command, Map<String, String> hazardNames) {
		long id = this.jdbc.sql("select nextval('surveillance.exam_id_seq')").query(Long.class).single();
		String number = number(exam.examinedOn(), id);
		this.jdbc.sql("""
				insert into surveillance.exam (id, number, institution_id, institution_credit, institution_name,
				  employer_id, credit_code, employer_name, region_code, worker_id, worker_name, id_number_masked,
				  exam_type, examined_on, chest_result, fvc_percent, fev1_percent, fev1_fvc_percent, blood_lead, wbc,
				  neutrophils, hemoglobin, platelets, recommendation_sealed, synthetic, created_at, created_by)
				values (:id, :number, :institutionId, :institutionCredit, :institutionName, :employerId, :credit,
				  :employerName, :region, :workerId, :workerName, :masked, :type, :examinedOn, :chest, :fvc, :fev1,
				  :ratio, :lead, :wbc, :neutrophils, :hemoglobin, :platelets, :recommendation, :synthetic, :createdAt,
				  :createdBy)""")
			.param("id", id)
			.param("number", number)
			.param("institutionId", exam.institutionId())
			.param("institutionCredit", exam.institutionCredit())
			.param("institutionName", exam.institutionName())
			.param("employerId", exam.employerId())
			.param("credit", exam.creditCode())
			.param("employerName", exam.employerName())
			.param("region", exam.regionCode())
			.param("workerId", exam.workerId())
			.param("workerName", exam.workerName())
			.param("masked", exam.idNumberMasked())
			.param("type", exam.type().name())
			.param("examinedOn", exam.examinedOn())
			.param("chest", blank(command.chestResult()))
			.param("fvc", command.fvcPercent())
			.param("fev1", command.fev1Percent())
			.param("ratio", command.fev1FvcPercent())
			.param("lead", command.bloodLead())
			.param("wbc", command.wbc())
			.param("neutrophils", command.neutrophils())
			.param("hemoglobin", command.hemoglobin())
			.param("platelets", command.platelets())
			.param("recommendation", this.cipher.encrypt(blank(command.recommendation())))
			.param("synthetic", exam.synthetic())
			.param("createdAt", java.sql.Timestamp.from(exam.createdAt()))
			.param("createdBy", exam.createdBy())
			.update();
		for (ExamCommand.HazardConclusion c : command.conclusions()) {
			this.jdbc.sql("""
					insert into surveillance.exam_conclusion (exam_id, hazard_code, hazard_name, conclusion,
					  disease_code, detail_sealed, recheck_on)
					values (:id, :hazard, :name, :conclusion, :disease, :detail, :recheck)""")
				.param("id", id)
				.param("hazard", c.hazardCode().trim())
				.param("name", hazardNames.getOrDefault(c.hazardCode().trim(), c.hazardCode().trim()))
				.param("conclusion", c.conclusion().name())
				.param("disease", blank(c.diseaseCode()))
				.param("detail", this.cipher.encrypt(blank(c.detail())))
				.param("recheck", c.recheckOn())
				.update();
		}
		for (ExamCommand.Threshold t : command.audiogram()) {
			this.jdbc.sql("""
					insert into surveillance.exam_audiogram (exam_id, ear, frequency_hz, threshold_db)
					values (:id, :ear, :f, :db)""")
				.param("id", id)
				.param("ear", t.ear().trim().toUpperCase(java.util.Locale.ROOT))
				.param("f", t.frequencyHz())
				.param("db", t.thresholdDb())
				.update();
		}
		for (ExamCommand.Item item : command.items()) {
			this.jdbc.sql("""
					insert into surveillance.exam_item (exam_id, item_code, item_value, unit, abnormal)
					values (:id, :code, :value, :unit, :abnormal)""")
				.param("id", id)
				.param("code", item.code().trim())
				.param("value", item.value().trim())
				.param("unit", blank(item.unit()))
				.param("abnormal", Boolean.TRUE.equals(item.abnormal()))
				.update();
		}
		return id;
	}

	/** {@code TJ} + the exam year + the id, zero-padded: unique, and readable on the report. */
	static String number(LocalDate examinedOn, long id) {
		return "TJ" + examinedOn.getYear() + String.format("%08d", id);
	}

	Optional<ExamView> find(ScopeFilter scope, long id) {
		return this.jdbc.sql("select t.*" + FROM + " and t.id = :id")
			.params(scope.parameters())
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional();
	}

	/** The exam whatever the scope (listeners and report rendering after the scope was checked). */
	Optional<ExamView> get(long id) {
		return this.jdbc.sql("select t.* from surveillance.exam t where t.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional();
	}

	/** Who recorded the exam (the exchange's 填表人). */
	String recordedBy(long id) {
		return this.jdbc.sql("select created_by from surveillance.exam where id = :id").param("id", id).query(String.class).single();
	}

	/** Whether the institution has already recorded an exam of this type for the worker on the day. */
	boolean recorded(String institutionCredit, long workerId, String examType, java.time.LocalDate examinedOn) {
		return this.jdbc.sql("""
				select exists (select 1 from surveillance.exam where institution_credit = :institution
				and worker_id = :worker and exam_type = :type and examined_on = :on)""")
			.param("institution", institutionCredit)
			.param("worker", workerId)
			.param("type", examType)
			.param("on", examinedOn)
			.query(Boolean.class)
			.single();
	}

	List<ExamView> ofWorker(ScopeFilter scope, long workerId) {
		return this.jdbc.sql("select t.*" + FROM + " and t.worker_id = :worker order by t.examined_on, t.id")
			.params(scope.parameters())
			.param("worker", workerId)
			.query((rs, n) -> view(rs))
			.list();
	}

	List<ExamSummary> page(ScopeFilter scope, String region, ExamFilter filter, PageQuery page) {
		return bind(this.jdbc.sql(SUMMARY + where(region, filter) + orderBy(filter.sort())
				+ " limit :limit offset :offset"), scope, region, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> summary(rs))
			.list();
	}

	long count(ScopeFilter scope, String region, ExamFilter filter) {
		return bind(this.jdbc.sql("select count(*)" + where(region, filter)), scope, region, filter).query(Long.class)
			.single();
	}

	void forEach(ScopeFilter scope, String region, ExamFilter filter, Consumer<ExamSummary> consumer) {
		try (Stream<ExamSummary> rows = bind(this.jdbc.sql(SUMMARY + where(region, filter) + orderBy(filter.sort())),
				scope, region, filter)
			.query((rs, n) -> summary(rs))
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static String where(String region, ExamFilter filter) {
		StringBuilder sql = new StringBuilder(FROM);
		if (!region.isEmpty()) {
			sql.append(" and t.region_code like :region || '%'");
		}
		if (filter.q() != null) {
			sql.append(" and (t.worker_name like '%' || :q || '%' or t.employer_name like '%' || :q || '%'"
					+ " or t.number = :q)");
		}
		if (filter.type() != null) {
			sql.append(" and t.exam_type = :type");
		}
		if (filter.conclusion() != null) {
			sql.append(" and exists (select 1 from surveillance.exam_conclusion c where c.exam_id = t.id"
					+ " and c.conclusion = :conclusion)");
		}
		if (filter.hazard() != null) {
			sql.append(" and exists (select 1 from surveillance.exam_conclusion c where c.exam_id = t.id"
					+ " and c.hazard_code = :hazard)");
		}
		if (filter.from() != null) {
			sql.append(" and t.examined_on >= :from");
		}
		if (filter.to() != null) {
			sql.append(" and t.examined_on <= :to");
		}
		if (filter.employerId() != null) {
			sql.append(" and t.employer_id = :employerId");
		}
		if (filter.workerId() != null) {
			sql.append(" and t.worker_id = :workerId");
		}
		return sql.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ScopeFilter scope, String region,
			ExamFilter filter) {
		Map<String, Object> params = new HashMap<>(scope.parameters());
		if (!region.isEmpty()) {
			params.put("region", region);
		}
		put(params, "q", filter.q());
		put(params, "type", filter.type());
		put(params, "conclusion", filter.conclusion());
		put(params, "hazard", filter.hazard());
		put(params, "from", filter.from());
		put(params, "to", filter.to());
		put(params, "employerId", filter.employerId());
		put(params, "workerId", filter.workerId());
		return spec.params(params);
	}

	private static void put(Map<String, Object> params, String name, Object value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	/** The sort column comes from a fixed list, never from the request text itself. */
	static String orderBy(String sort) {
		String key = sort == null || sort.isBlank() ? "-date" : sort.trim();
		boolean descending = key.startsWith("-");
		String column = switch (descending ? key.substring(1) : key) {
			case "worker" -> "t.worker_name";
			case "employer" -> "t.employer_name";
			case "number" -> "t.number";
			default -> "t.examined_on";
		};
		String direction = descending ? " desc" : " asc";
		return " order by " + column + direction + ", t.id" + direction;
	}

	/** The date of the latest exam of the types for the worker at the employer with a conclusion for the hazard. */
	Optional<LocalDate> lastExamOn(long workerId, long employerId, String hazardCode, List<ExamType> types) {
		List<LocalDate> last = this.jdbc.sql("""
				select max(t.examined_on) from surveillance.exam t
				join surveillance.exam_conclusion c on c.exam_id = t.id
				where t.worker_id = :worker and t.employer_id = :employer and c.hazard_code = :hazard
				  and t.exam_type in (:types)""")
			.param("worker", workerId)
			.param("employer", employerId)
			.param("hazard", hazardCode)
			.param("types", types.stream().map(Enum::name).toList())
			.query((rs, n) -> rs.getObject(1, LocalDate.class))
			.list();
		return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0));
	}

	/** Whether an exam of the types for the hazard took place between the two days (inclusive). */
	boolean examBetween(long workerId, long employerId, String hazardCode, List<ExamType> types, LocalDate from,
			LocalDate to) {
		return this.jdbc.sql("""
				select exists (select 1 from surveillance.exam t
				  join surveillance.exam_conclusion c on c.exam_id = t.id
				  where t.worker_id = :worker and t.employer_id = :employer and c.hazard_code = :hazard
				    and t.exam_type in (:types) and t.examined_on between :from and :to)""")
			.param("worker", workerId)
			.param("employer", employerId)
			.param("hazard", hazardCode)
			.param("types", types.stream().map(Enum::name).toList())
			.param("from", from)
			.param("to", to)
			.query(Boolean.class)
			.single();
	}

	/** Audiograms of a worker before (or on the day and with a lower id than) an exam, oldest first. */
	List<Map.Entry<Long, ThresholdShiftRule.Audiogram>> audiogramsBefore(long workerId, LocalDate examinedOn,
			long examId) {
		Map<Long, Map<String, Map<Integer, Integer>>> byExam = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				select a.exam_id, a.ear, a.frequency_hz, a.threshold_db from surveillance.exam_audiogram a
				join surveillance.exam t on t.id = a.exam_id
				where t.worker_id = :worker and (t.examined_on < :on or (t.examined_on = :on and t.id < :id))
				order by t.examined_on, t.id""")
			.param("worker", workerId)
			.param("on", examinedOn)
			.param("id", examId)
			.query(rs -> {
				byExam.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
					.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
					.put(rs.getInt(3), rs.getInt(4));
			});
		List<Map.Entry<Long, ThresholdShiftRule.Audiogram>> result = new ArrayList<>();
		byExam.forEach((id, thresholds) -> result.add(Map.entry(id, new ThresholdShiftRule.Audiogram(thresholds))));
		return result;
	}

	ThresholdShiftRule.Audiogram audiogram(long examId) {
		Map<String, Map<Integer, Integer>> thresholds = new HashMap<>();
		this.jdbc.sql("select ear, frequency_hz, threshold_db from surveillance.exam_audiogram where exam_id = :id")
			.param("id", examId)
			.query(rs -> {
				thresholds.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
			});
		return new ThresholdShiftRule.Audiogram(thresholds);
	}

	/** Exams of the worker whose shift assessment found a shift (revised baselines). */
	List<Long> shiftsFound(long workerId) {
		return this.jdbc.sql("select exam_id from surveillance.exam_threshold_shift where worker_id = :w and found")
			.param("w", workerId)
			.query(Long.class)
			.list();
	}

	void shift(long examId, long baselineExamId, long workerId, ThresholdShiftRule.Shift shift) {
		this.jdbc.sql("""
				insert into surveillance.exam_threshold_shift (exam_id, baseline_exam_id, worker_id, left_shift_db,
				  right_shift_db, found) values (:exam, :baseline, :worker, :left, :right, :found)
				on conflict (exam_id) do nothing""")
			.param("exam", examId)
			.param("baseline", baselineExamId)
			.param("worker", workerId)
			.param("left", shift.leftDb())
			.param("right", shift.rightDb())
			.param("found", shift.found())
			.update();
		this.jdbc.sql("update surveillance.exam set threshold_shift = :found where id = :id")
			.param("found", shift.found())
			.param("id", examId)
			.update();
	}

	/** Keeps the issued report; false when the exam already had one (it stays as first issued). */
	boolean report(long id, String number, String code, String sha256, byte[] pdf) {
		return this.jdbc.sql("""
				update surveillance.exam set report_number = :number, report_code = :code, report_sha256 = :sha,
				  report_pdf = :pdf where id = :id and report_code is null""")
			.param("number", number)
			.param("code", code)
			.param("sha", sha256)
			.param("pdf", pdf)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Exams without a report, oldest first, at most {@code limit}: real ones, and synthetic ones too when
	 * asked.
	 */
	List<Long> withoutReport(boolean synthetic, int limit) {
		return this.jdbc.sql("""
				select id from surveillance.exam where report_code is null and (:synthetic or not synthetic)
				order by id limit :limit""")
			.param("synthetic", synthetic)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	String institutionCredit(long examId) {
		return this.jdbc.sql("select institution_credit from surveillance.exam where id = :id")
			.param("id", examId)
			.query(String.class)
			.single();
	}

	Optional<byte[]> reportPdf(long id) {
		return this.jdbc.sql("select report_pdf from surveillance.exam where id = :id and report_pdf is not null")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	private ExamView view(ResultSet rs) throws SQLException {
		return view(rs, children(List.of(rs.getLong("id"))));
	}

	/** What an exam holds besides its row: conclusions, audiogram, items and threshold shift, by exam. */
	private record Children(Map<Long, List<ExamView.Conclusion>> conclusions,
			Map<Long, List<ExamCommand.Threshold>> audiograms, Map<Long, List<ExamCommand.Item>> items,
			Map<Long, ExamView.ShiftView> shifts) {
	}

	/** The children of the exams in four statements, whatever their number. */
	private Children children(List<Long> ids) {
		Map<Long, List<ExamView.Conclusion>> conclusions = new HashMap<>();
		this.jdbc.sql("""
				select exam_id, hazard_code, hazard_name, conclusion, disease_code, detail_sealed, recheck_on
				from surveillance.exam_conclusion where exam_id in (:ids) order by exam_id, hazard_code""")
			.param("ids", ids)
			.query(r -> {
				conclusions.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
					.add(new ExamView.Conclusion(r.getString(2), r.getString(3), ExamConclusion.valueOf(r.getString(4)),
							r.getString(5), this.cipher.decrypt(r.getString(6)), r.getObject(7, LocalDate.class)));
			});
		Map<Long, List<ExamCommand.Threshold>> audiograms = new HashMap<>();
		this.jdbc.sql("""
				select exam_id, ear, frequency_hz, threshold_db from surveillance.exam_audiogram where exam_id in (:ids)
				order by exam_id, ear, frequency_hz""")
			.param("ids", ids)
			.query(r -> {
				audiograms.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
					.add(new ExamCommand.Threshold(r.getString(2), r.getInt(3), r.getInt(4)));
			});
		Map<Long, List<ExamCommand.Item>> items = new HashMap<>();
		this.jdbc.sql("""
				select exam_id, item_code, item_value, unit, abnormal from surveillance.exam_item where exam_id in (:ids)
				order by exam_id, item_code""")
			.param("ids", ids)
			.query(r -> {
				items.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
					.add(new ExamCommand.Item(r.getString(2), r.getString(3), r.getString(4), r.getBoolean(5)));
			});
		Map<Long, ExamView.ShiftView> shifts = new HashMap<>();
		this.jdbc.sql("""
				select exam_id, baseline_exam_id, left_shift_db, right_shift_db, found from surveillance.exam_threshold_shift
				where exam_id in (:ids)""")
			.param("ids", ids)
			.query(r -> {
				shifts.put(r.getLong(1),
						new ExamView.ShiftView(r.getLong(2), r.getBigDecimal(3), r.getBigDecimal(4), r.getBoolean(5)));
			});
		return new Children(conclusions, audiograms, items, shifts);
	}

	/** An exam as recorded, with who recorded it (the exchange's 填表人). */
	record Recorded(ExamView exam, String recordedBy) {
	}

	/**
	 * The exams of the ids, whatever the scope (the caller found the ids in the actor's scope), in the ids' order, in
	 * five statements: the national exchange's export reads a county's year a page at a time.
	 */
	List<Recorded> recorded(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Children children = children(ids);
		Map<Long, Recorded> byId = new HashMap<>();
		this.jdbc.sql("select t.* from surveillance.exam t where t.id in (:ids)")
			.param("ids", ids)
			.query(rs -> {
				byId.put(rs.getLong("id"), new Recorded(view(rs, children), rs.getString("created_by")));
			});
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	private ExamView view(ResultSet rs, Children children) throws SQLException {
		long id = rs.getLong("id");
		List<ExamView.Conclusion> conclusions = children.conclusions().getOrDefault(id, List.of());
		List<ExamCommand.Threshold> audiogram = children.audiograms().getOrDefault(id, List.of());
		List<ExamCommand.Item> items = children.items().getOrDefault(id, List.of());
		ExamView.ShiftView shift = children.shifts().get(id);
		return new ExamView(id, rs.getString("number"), rs.getLong("institution_id"), rs.getString("institution_name"),
				rs.getLong("employer_id"), rs.getString("employer_name"), rs.getString("credit_code"),
				rs.getString("region_code"), rs.getLong("worker_id"), rs.getString("worker_name"),
				rs.getString("id_number_masked"), ExamType.valueOf(rs.getString("exam_type")),
				rs.getObject("examined_on", LocalDate.class), conclusions, audiogram, rs.getString("chest_result"),
				rs.getBigDecimal("fvc_percent"), rs.getBigDecimal("fev1_percent"), rs.getBigDecimal("fev1_fvc_percent"),
				rs.getBigDecimal("blood_lead"), rs.getBigDecimal("wbc"), rs.getBigDecimal("neutrophils"),
				rs.getBigDecimal("hemoglobin"), rs.getBigDecimal("platelets"), items,
				this.cipher.decrypt(rs.getString("recommendation_sealed")), (Boolean) rs.getObject("threshold_shift"),
				shift, rs.getString("report_number"), rs.getString("report_code"), rs.getString("report_sha256"),
				rs.getBoolean("synthetic"), rs.getTimestamp("created_at").toInstant());
	}

	private static ExamSummary summary(ResultSet rs) throws SQLException {
		String worst = rs.getString("worst");
		return new ExamSummary(rs.getLong("id"), rs.getString("number"), rs.getObject("examined_on", LocalDate.class),
				ExamType.valueOf(rs.getString("exam_type")), rs.getLong("worker_id"), rs.getString("worker_name"),
				rs.getString("id_number_masked"), rs.getLong("employer_id"), rs.getString("employer_name"),
				rs.getString("region_code"), rs.getString("institution_name"), rs.getString("hazards"),
				worst == null ? null : ExamConclusion.valueOf(worst), (Boolean) rs.getObject("threshold_shift"));
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}


}
