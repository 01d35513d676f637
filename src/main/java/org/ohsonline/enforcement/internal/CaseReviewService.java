package org.ohsonline.enforcement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.enforcement.CaseReviews;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.ScopeColumns;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Case-file review rounds: the reproducible sample, blind double scoring, discussion of disputed items, results. */
@Service
class CaseReviewService implements CaseReviews {

	static final String ALGORITHM = "OHS-REVIEW-1";

	static final String RUBRIC = "case-review-rubric";

	static final String READ = "enforcement:review:read";

	static final String WRITE = "enforcement:review:write";

	static final String SCORE = "enforcement:review:score";

	private static final ScopeColumns ROUNDS = ScopeColumns.on("r").region("region_code");

	private static final ScopeColumns CASES = ScopeColumns.on("c").region("region_code");

	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final AuditTrail audit;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	CaseReviewService(JdbcClient jdbc, Catalogs catalogs, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Rubric rubric(LocalDate on) {
		CatalogVersion version = this.catalogs.versionInForce(RUBRIC, on)
			.orElseThrow(() -> new IllegalStateException("No review rubric in force on " + on));
		return rubric(version.id());
	}

	private Rubric rubric(long versionId) {
		CatalogVersion version = this.catalogs.version(versionId).orElseThrow();
		List<Rubric.Item> items = new ArrayList<>();
		BigDecimal dispute = new BigDecimal("3");
		for (CatalogEntry e : this.catalogs.allEntries(versionId, "")) {
			BigDecimal points = new BigDecimal(String.valueOf(e.attributes().get("points")).trim());
			if ("option".equals(e.attributes().get("kind"))) {
				dispute = points;
			}
			else {
				items.add(new Rubric.Item(e.code(), e.name(), points));
			}
		}
		return new Rubric(version.edition(), List.copyOf(items), dispute);
	}

	/** The seed of a round: anyone can compute it from the round's region and period. */
	static String seed(String region, LocalDate from, LocalDate to) {
		return DrawAlgorithm.sha256(ALGORITHM + "|" + region + "|" + from + "|" + to);
	}

	/** The sample: the action codes ordered by SHA-256 of {@code seed|V|code}, the first {@code n}. */
	static List<String> sample(String seed, List<String> actionCodes, int n) {
		return actionCodes.stream()
			.sorted(Comparator.comparing((String c) -> DrawAlgorithm.sha256(seed + "|V|" + c)))
			.limit(n)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Round> rounds(Actor actor) {
		actor.require(READ);
		ScopeFilter scope = ScopeFilter.of(actor);
		return this.jdbc.sql("select r.id from enforcement.review_round r where " + ROUNDS.predicate()
				+ " order by r.created_at desc, r.id desc limit 100")
			.params(scope.parameters())
			.query(Long.class)
			.list()
			.stream()
			.map(id -> round(actor, id, false))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Round find(Actor actor, long id) {
		actor.require(READ);
		return round(actor, id, true);
	}

	@Override
	@Transactional
	public Round draw(Actor actor, String region, LocalDate from, LocalDate to, Integer sampleSize) {
		actor.require(WRITE);
		List<FieldError> errors = new ArrayList<>();
		String r = region == null ? "" : region.trim();
		if (r.isEmpty() || !actor.scope().coversRegion(r) || !r.matches("\\d{2,9}")) {
			errors.add(FieldError.of("region", "enforcement.review.regionOutsideScope"));
		}
		if (from == null) {
			errors.add(FieldError.of("from", "enforcement.review.fromRequired"));
		}
		if (to == null) {
			errors.add(FieldError.of("to", "enforcement.review.toRequired"));
		}
		else if (from != null && to.isBefore(from)) {
			errors.add(FieldError.of("to", "enforcement.review.toBeforeFrom"));
		}
		int n = sampleSize == null ? 10 : sampleSize;
		if (n < 1 || n > 500) {
			errors.add(FieldError.of("sampleSize", "enforcement.review.sampleSizeRange"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		List<String> closed = this.jdbc.sql("""
				select c.action_code from enforcement.enf_case c
				where c.step = 'CLOSED' and c.region_code like :region || '%' and c.filed_on between :from and :to and """
				+ CASES.predicate())
			.params(ScopeFilter.of(actor).parameters())
			.param("region", r)
			.param("from", from)
			.param("to", to)
			.query(String.class)
			.list();
		if (closed.isEmpty()) {
			throw InvalidInputException.of("region", "enforcement.review.noClosedCases");
		}
		String seed = seed(r, from, to);
		List<String> sample = sample(seed, closed, n);
		LocalDate today = LocalDate.now(this.clock);
		CatalogVersion rubric = this.catalogs.versionInForce(RUBRIC, today).orElseThrow();
		StringBuilder code = new StringBuilder("PC");
		for (int i = 0; i < 10; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		long id = this.jdbc.sql("""
				insert into enforcement.review_round (public_code, region_code, period_from, period_to, sample_size, seed,
				  frame, rubric_version, rubric_edition, created_by, created_at)
				values (:code, :region, :from, :to, :n, :seed, :frame, :rubric, :edition, :by, :at) returning id""")
			.param("code", code.toString())
			.param("region", r)
			.param("from", from)
			.param("to", to)
			.param("n", n)
			.param("seed", seed)
			.param("frame", closed.size())
			.param("rubric", rubric.id())
			.param("edition", rubric.edition())
			.param("by", actor.displayName())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.query(Long.class)
			.single();
		for (int i = 0; i < sample.size(); i++) {
			this.jdbc.sql("""
					insert into enforcement.review_case (round_id, case_id, seq, action_code, region_code)
					select :round, c.id, :seq, c.action_code, c.region_code from enforcement.enf_case c where c.action_code = :code""")
				.param("round", id)
				.param("seq", i + 1)
				.param("code", sample.get(i))
				.update();
		}
		this.audit.record(actor, "enforcement.review.drawn", AuditTarget.of("review-round", id, r), Map.of(),
				Map.of("period", from + "/" + to, "frame", closed.size(), "sample", sample));
		return find(actor, id);
	}

	private record Sheet(long reviewerId, Map<String, BigDecimal> scores, BigDecimal total) {
	}

	private List<Sheet> sheets(long roundId, long caseId) {
		return this.jdbc.sql("""
				select reviewer_id, scores, total from enforcement.review_sheet where round_id = :round and case_id = :case
				order by submitted_at, reviewer_id""")
			.param("round", roundId)
			.param("case", caseId)
			.query((rs, n) -> new Sheet(rs.getLong(1), parse(rs.getString(2)), rs.getBigDecimal(3)))
			.list();
	}

	private static String format(Map<String, BigDecimal> scores) {
		StringBuilder s = new StringBuilder();
		new TreeMap<>(scores).forEach((k, v) -> s.append(k).append('=').append(v.toPlainString()).append(';'));
		return s.toString();
	}

	private static Map<String, BigDecimal> parse(String text) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (String pair : text.split(";")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=");
				scores.put(kv[0], new BigDecimal(kv[1]));
			}
		}
		return scores;
	}

	private record RoundRow(long id, String code, String region, LocalDate from, LocalDate to, int n, int frame,
			String seed, long rubric, String edition, String by, Instant at) {
	}

	private RoundRow lockRound(Actor actor, long id) {
		return this.jdbc.sql("select r.* from enforcement.review_round r where r.id = :id and " + ROUNDS.predicate()
				+ " for update")
			.params(ScopeFilter.of(actor).parameters())
			.param("id", id)
			.query((rs, i) -> new RoundRow(rs.getLong("id"), rs.getString("public_code"), rs.getString("region_code"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getInt("sample_size"), rs.getInt("frame"), rs.getString("seed"), rs.getLong("rubric_version"),
					rs.getString("rubric_edition"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("review-round", id));
	}

	private void requireSampled(long roundId, long caseId) {
		if (this.jdbc.sql("select count(*) from enforcement.review_case where round_id = :r and case_id = :c")
			.param("r", roundId)
			.param("c", caseId)
			.query(Long.class)
			.single() == 0) {
			throw new NotFoundException("review-case", roundId + "/" + caseId);
		}
	}

	@Override
	@Transactional
	public Round score(Actor actor, long roundId, long caseId, Map<String, BigDecimal> scores) {
		actor.require(SCORE);
		RoundRow round = lockRound(actor, roundId);
		requireSampled(roundId, caseId);
		Rubric rubric = rubric(round.rubric());
		List<Sheet> sheets = sheets(roundId, caseId);
		List<FieldError> errors = new ArrayList<>();
		if (sheets.stream().anyMatch(s -> s.reviewerId() == actor.userId())) {
			errors.add(FieldError.of("scores", "enforcement.review.scoredAlready"));
		}
		else if (sheets.size() >= 2) {
			errors.add(FieldError.of("scores", "enforcement.review.twoReviewers"));
		}
		Map<String, BigDecimal> given = scores == null ? Map.of() : scores;
		BigDecimal total = BigDecimal.ZERO;
		for (Rubric.Item item : rubric.items()) {
			BigDecimal points = given.get(item.code());
			if (points == null) {
				errors.add(FieldError.of("scores." + item.code(), "enforcement.review.scoreRequired"));
			}
			else if (points.signum() < 0 || points.compareTo(item.points()) > 0 || points.scale() > 1) {
				errors.add(FieldError.of("scores." + item.code(), "enforcement.review.scoreRange", item.points()));
			}
			else {
				total = total.add(points);
			}
		}
		for (String code : given.keySet()) {
			if (code == null || rubric.items().stream().noneMatch(i -> i.code().equals(code))) {
				errors.add(FieldError.of("scores", "enforcement.review.itemUnknown"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Map<String, BigDecimal> kept = new LinkedHashMap<>();
		rubric.items().forEach(i -> kept.put(i.code(), given.get(i.code())));
		this.jdbc.sql("""
				insert into enforcement.review_sheet (round_id, case_id, reviewer_id, reviewer_name, scores, total, submitted_at)
				values (:r, :c, :reviewer, :name, :scores, :total, :at)""")
			.param("r", roundId)
			.param("c", caseId)
			.param("reviewer", actor.userId())
			.param("name", actor.displayName())
			.param("scores", format(kept))
			.param("total", total)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		settle(roundId, caseId, rubric);
		this.audit.record(actor, "enforcement.review.scored", AuditTarget.of("review-round", roundId, round.region()),
				Map.of(), Map.of("case", caseId, "total", total.toPlainString()));
		return find(actor, roundId);
	}

	@Override
	@Transactional
	public Round agree(Actor actor, long roundId, long caseId, String itemCode, BigDecimal agreed, String record) {
		actor.require(WRITE);
		RoundRow round = lockRound(actor, roundId);
		requireSampled(roundId, caseId);
		Rubric rubric = rubric(round.rubric());
		List<FieldError> errors = new ArrayList<>();
		List<String> disputed = disputed(sheets(roundId, caseId), rubric, Map.of());
		if (itemCode == null || !disputed.contains(itemCode)) {
			errors.add(FieldError.of("itemCode", "enforcement.review.notDisputed"));
		}
		Optional<Rubric.Item> item = rubric.items().stream().filter(i -> i.code().equals(itemCode)).findFirst();
		if (agreed == null || agreed.signum() < 0 || item.isEmpty() || agreed.compareTo(item.get().points()) > 0
				|| agreed.scale() > 1) {
			errors.add(FieldError.of("agreed", "enforcement.review.scoreRange", item.map(Rubric.Item::points).orElse(BigDecimal.ZERO)));
		}
		if (record == null || record.isBlank()) {
			errors.add(FieldError.of("record", "enforcement.review.recordRequired"));
		}
		Limits.check(errors, "record", record, Limits.TEXT);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.jdbc.sql("""
				insert into enforcement.review_discussion (round_id, case_id, item_code, agreed, record, recorded_by, recorded_at)
				values (:r, :c, :item, :agreed, :record, :by, :at)
				on conflict (round_id, case_id, item_code) do nothing""")
			.param("r", roundId)
			.param("c", caseId)
			.param("item", itemCode)
			.param("agreed", agreed)
			.param("record", record.trim())
			.param("by", actor.displayName())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		settle(roundId, caseId, rubric);
		this.audit.record(actor, "enforcement.review.agreed", AuditTarget.of("review-round", roundId, round.region()),
				Map.of(), Map.of("case", caseId, "item", itemCode, "agreed", agreed.toPlainString()));
		return find(actor, roundId);
	}

	private Map<String, BigDecimal> agreed(long roundId, long caseId) {
		Map<String, BigDecimal> agreed = new HashMap<>();
		this.jdbc.sql("select item_code, agreed from enforcement.review_discussion where round_id = :r and case_id = :c")
			.param("r", roundId)
			.param("c", caseId)
			.query((rs, n) -> agreed.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return agreed;
	}

	private static List<String> disputed(List<Sheet> sheets, Rubric rubric, Map<String, BigDecimal> agreed) {
		if (sheets.size() < 2) {
			return List.of();
		}
		List<String> disputed = new ArrayList<>();
		for (Rubric.Item item : rubric.items()) {
			BigDecimal a = sheets.get(0).scores().get(item.code());
			BigDecimal b = sheets.get(1).scores().get(item.code());
			if (a.subtract(b).abs().compareTo(rubric.disputePoints()) > 0 && !agreed.containsKey(item.code())) {
				disputed.add(item.code());
			}
		}
		return disputed;
	}

	/** With both sheets in and every disputed item agreed: the mean per item, the agreed points where disputed. */
	private void settle(long roundId, long caseId, Rubric rubric) {
		List<Sheet> sheets = sheets(roundId, caseId);
		Map<String, BigDecimal> agreed = agreed(roundId, caseId);
		if (sheets.size() < 2 || !disputed(sheets, rubric, agreed).isEmpty()) {
			return;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Rubric.Item item : rubric.items()) {
			BigDecimal points = agreed.containsKey(item.code()) ? agreed.get(item.code())
					: sheets.get(0).scores().get(item.code()).add(sheets.get(1).scores().get(item.code()))
						.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
			total = total.add(points);
		}
		this.jdbc.sql("update enforcement.review_case set final_score = :score where round_id = :r and case_id = :c")
			.param("score", total.setScale(1, RoundingMode.HALF_UP))
			.param("r", roundId)
			.param("c", caseId)
			.update();
	}

	private Round round(Actor actor, long id, boolean withFiles) {
		RoundRow r = this.jdbc.sql("select r.* from enforcement.review_round r where r.id = :id and " + ROUNDS.predicate())
			.params(ScopeFilter.of(actor).parameters())
			.param("id", id)
			.query((rs, i) -> new RoundRow(rs.getLong("id"), rs.getString("public_code"), rs.getString("region_code"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getInt("sample_size"), rs.getInt("frame"), rs.getString("seed"), rs.getLong("rubric_version"),
					rs.getString("rubric_edition"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("review-round", id));
		Rubric rubric = rubric(r.rubric());
		record CaseRow(long caseId, int seq, String code, String region, BigDecimal score) {
		}
		List<CaseRow> rows = this.jdbc.sql("""
				select case_id, seq, action_code, region_code, final_score from enforcement.review_case
				where round_id = :r order by seq""")
			.param("r", id)
			.query((rs, i) -> new CaseRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)))
			.list();
		List<File> files = new ArrayList<>();
		if (withFiles) {
			for (CaseRow c : rows) {
				List<Sheet> sheets = sheets(id, c.caseId());
				Map<String, BigDecimal> agreed = agreed(id, c.caseId());
				Optional<Sheet> mine = sheets.stream().filter(s -> s.reviewerId() == actor.userId()).findFirst();
				boolean both = sheets.size() == 2;
				// blind: the other reviewer's scores only once both sheets are in
				Map<String, BigDecimal> other = both ? sheets.stream()
					.filter(s -> s.reviewerId() != actor.userId())
					.findFirst()
					.map(Sheet::scores)
					.orElse(Map.of()) : Map.of();
				files.add(new File(c.caseId(), c.seq(), c.code(), c.region(), sheets.size(), mine.isPresent(),
						mine.map(Sheet::scores).orElse(Map.of()), other, disputed(sheets, rubric, agreed), agreed, c.score()));
			}
		}
		Map<String, List<CaseRow>> byRegion = new TreeMap<>();
		int length = r.region().length() < 6 ? r.region().length() + 2 : 6;
		rows.forEach(c -> byRegion.computeIfAbsent(c.region().substring(0, Math.min(length, c.region().length())),
				k -> new ArrayList<>()).add(c));
		List<RegionResult> results = new ArrayList<>();
		byRegion.forEach((region, list) -> {
			List<BigDecimal> scored = list.stream().map(CaseRow::score).filter(java.util.Objects::nonNull).toList();
			BigDecimal average = scored.isEmpty() ? null
					: scored.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
						.divide(BigDecimal.valueOf(scored.size()), 1, RoundingMode.HALF_UP);
			results.add(new RegionResult(region, list.size(), scored.size(), average));
		});
		return new Round(r.id(), r.code(), r.region(), r.from(), r.to(), r.n(), r.frame(), r.seed(), r.edition(), r.by(),
				r.at(), files, results);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BigDecimal> scoreOf(Actor actor, long caseId) {
		if (!actor.can(READ) && !actor.can(EnforcementCaseService.CASE_READ)) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select v.final_score from enforcement.review_case v join enforcement.enf_case c on c.id = v.case_id
				where v.case_id = :id and v.final_score is not null and """ + CASES.predicate()
				+ " order by v.round_id desc limit 1")
			.params(ScopeFilter.of(actor).parameters())
			.param("id", caseId)
			.query(BigDecimal.class)
			.optional();
	}

}
