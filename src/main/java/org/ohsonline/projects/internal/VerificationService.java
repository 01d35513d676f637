package org.ohsonline.projects.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.projects.RoundSummary;
import org.ohsonline.projects.RoundView;
import org.ohsonline.projects.VerificationLine;
import org.ohsonline.projects.VerificationOutcome;
import org.ohsonline.projects.VerificationRecord;
import org.ohsonline.projects.Verifications;
import org.ohsonline.reference.Severity;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification rounds and their lines (see {@link Verifications}). Only region-scoped users take part. A round
 * is visible to a user whose region it lies in or who lies in its region; of its lines, those in the user's region.
 */
@Service
class VerificationService implements Verifications {

	private static final Pattern PERIOD = Pattern.compile("(20\\d{2})Q([1-4])");

	private static final String ROUND_VISIBLE = """
			(r.region_code like cast(:scope as text) || '%' or cast(:scope as text) like r.region_code || '%')""";

	private static final String LINE_COLUMNS = """
			select l.id, l.round_id, l.seq, l.project_id, p.name, p.employer_name, l.region_code, l.hazard_class,
			       l.verified_on, l.outcome, l.findings, l.inspector_name
			from projects.verification_line l join projects.project p on p.id = l.project_id
			join projects.verification_round r on r.id = l.round_id
			""";

	private final JdbcClient jdbc;

	private final SupervisionRules rules;

	private final AuditTrail audit;

	private final Clock clock;

	VerificationService(JdbcClient jdbc, SupervisionRules rules, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ProjectService.ZONE));
	}

	/** The first and last day of a quarter written {@code 2026Q3}. */
	static LocalDate[] quarter(String period) {
		Matcher m = PERIOD.matcher(period == null ? "" : period.trim());
		if (!m.matches()) {
			throw InvalidInputException.of("period", "projects.period.invalid");
		}
		LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
		return new LocalDate[] { from, from.plusMonths(3).minusDays(1) };
	}

	private static String scopeOf(Actor actor) {
		return actor.scope().regionPrefix().orElseThrow(() -> new AccessDeniedException(ProjectPermissions.READ));
	}

	@Override
	@Transactional
	public RoundView draw(Actor actor, String region, String period) {
		actor.require(ProjectPermissions.DRAW);
		scopeOf(actor);
		String within = actor.scope().narrowRegion(Text.blankToNull(region)).orElseThrow(() -> new NotFoundException("region", region));
		LocalDate[] range = quarter(period);
		String name = period.trim();
		if (!range[1].isBefore(today())) {
			throw InvalidInputException.of("period", "projects.period.notOver");
		}
		boolean exists = this.jdbc.sql("select exists (select 1 from projects.verification_round where region_code = :r and period = :p)")
			.param("r", within)
			.param("p", name)
			.query(Boolean.class)
			.single();
		if (exists) {
			throw InvalidInputException.of("period", "projects.round.exists");
		}
		SupervisionRules.Edition edition = this.rules.inForce(range[1]);
		List<VerificationDraw.Candidate> candidates = this.jdbc.sql("""
				select id, coalesce(hazard_class, 'NONE'), employer_credit_code from projects.project
				where completed_on between :from and :to and region_code like :region || '%'""")
			.param("from", range[0])
			.param("to", range[1])
			.param("region", within)
			.query((rs, n) -> new VerificationDraw.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		VerificationDraw.Inputs inputs = new VerificationDraw.Inputs(within, name, edition.edition(), edition.ratios(), candidates);
		String text = VerificationDraw.inputsText(inputs);
		List<VerificationDraw.Line> lines = VerificationDraw.draw(inputs);
		String seed = VerificationDraw.seed(inputs);
		long id = this.jdbc.sql("""
				insert into projects.verification_round (region_code, period, period_from, period_to, algorithm,
				    catalog_version_id, edition, inputs, inputs_digest, seed, result_digest, frame_size, drawn_size, drawn_by)
				values (:region, :period, :from, :to, :algorithm, :version, :edition, :inputs, :digest, :seed, :result,
				    :frame, :drawn, :by) returning id""")
			.param("region", within)
			.param("period", name)
			.param("from", range[0])
			.param("to", range[1])
			.param("algorithm", VerificationDraw.NAME)
			.param("version", edition.versionId())
			.param("edition", edition.edition())
			.param("inputs", text)
			.param("digest", Hashes.sha256Hex(text))
			.param("seed", seed)
			.param("result", Hashes.sha256Hex(VerificationDraw.resultText(lines)))
			.param("frame", candidates.size())
			.param("drawn", lines.size())
			.param("by", actor.displayName())
			.query(Long.class)
			.single();
		for (VerificationDraw.Line line : lines) {
			this.jdbc.sql("""
					insert into projects.verification_line (round_id, seq, project_id, region_code, hazard_class)
					select :round, :seq, p.id, p.region_code, :class from projects.project p where p.id = :project""")
				.param("round", id)
				.param("seq", line.seq())
				.param("project", line.projectId())
				.param("class", line.hazardClass())
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("region", within);
		after.put("period", name);
		after.put("algorithm", VerificationDraw.NAME);
		after.put("edition", edition.edition());
		after.put("inputsDigest", Hashes.sha256Hex(text));
		after.put("seed", seed);
		after.put("frame", candidates.size());
		after.put("drawn", lines.size());
		this.audit.record(actor, "projects.verification.drawn", AuditTarget.of("verification-round", id, within), null, after);
		return round(actor, id);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<RoundSummary> rounds(Actor actor, String region, PageQuery page) {
		actor.require(ProjectPermissions.READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return Page.of(List.of(), 0, page);
		}
		String scope = scopeOf(actor);
		String within = actor.scope().narrowRegion(Text.blankToNull(region)).orElse(null);
		if (within == null) {
			return Page.of(List.of(), 0, page);
		}
		String where = " from projects.verification_round r where " + ROUND_VISIBLE
				+ " and (r.region_code like cast(:within as text) || '%' or cast(:within as text) like r.region_code || '%')";
		List<RoundSummary> items = this.jdbc.sql("""
				select r.id, r.region_code, r.period, r.period_from, r.period_to, r.frame_size, r.drawn_size, r.drawn_by, r.drawn_at,
				       (select count(*) from projects.verification_line l where l.round_id = r.id and l.outcome is not null
				        and l.region_code like cast(:scope as text) || '%') as verified""" + where
				+ " order by r.period desc, r.region_code, r.id desc limit :limit offset :offset")
			.param("scope", scope)
			.param("within", within)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new RoundSummary(rs.getLong("id"), rs.getString("region_code"), rs.getString("period"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getInt("frame_size"), rs.getInt("drawn_size"), rs.getLong("verified"), rs.getString("drawn_by"),
					rs.getTimestamp("drawn_at").toInstant()))
			.list();
		long total = this.jdbc.sql("select count(*)" + where).param("scope", scope).param("within", within).query(Long.class).single();
		return Page.of(items, total, page);
	}

	@Override
	@Transactional(readOnly = true)
	public RoundView round(Actor actor, long id) {
		actor.require(ProjectPermissions.READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new NotFoundException("verification-round", id);
		}
		String scope = scopeOf(actor);
		List<VerificationLine> lines = this.jdbc.sql(LINE_COLUMNS + " where l.round_id = :id and l.region_code like :scope || '%' order by l.seq")
			.param("id", id)
			.param("scope", scope)
			.query(VerificationService::line)
			.list();
		return this.jdbc.sql("select * from projects.verification_round r where r.id = :id and " + ROUND_VISIBLE)
			.param("id", id)
			.param("scope", scope)
			.query((rs, n) -> new RoundView(rs.getLong("id"), rs.getString("region_code"), rs.getString("period"),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getString("algorithm"), rs.getString("edition"), rs.getString("inputs_digest"), rs.getString("seed"),
					rs.getString("result_digest"), rs.getInt("frame_size"), rs.getInt("drawn_size"), rs.getString("drawn_by"),
					rs.getTimestamp("drawn_at").toInstant(), lines))
			.optional()
			.orElseThrow(() -> new NotFoundException("verification-round", id));
	}

	@Override
	@Transactional(readOnly = true)
	public String inputs(Actor actor, long id) {
		round(actor, id);
		return this.jdbc.sql("select inputs from projects.verification_round where id = :id").param("id", id).query(String.class).single();
	}

	@Override
	@Transactional
	public VerificationLine record(Actor actor, long lineId, VerificationRecord record) {
		actor.require(ProjectPermissions.VERIFY);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new NotFoundException("verification-line", lineId);
		}
		String scope = scopeOf(actor);
		// Both objects of the link: the round must concern the inspector's region, and the project must lie in it
		// (read from the project itself, not from the line's copy).
		Map<String, Object> head = this.jdbc.sql("""
				select l.id, l.round_id, l.outcome, p.region_code as project_region, r.region_code as round_region
				from projects.verification_line l join projects.project p on p.id = l.project_id
				join projects.verification_round r on r.id = l.round_id
				where l.id = :id for update of l""")
			.param("id", lineId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElse(null);
		String projectRegion = head == null ? null : (String) head.get("project_region");
		String roundRegion = head == null ? null : (String) head.get("round_region");
		if (projectRegion == null || !projectRegion.startsWith(scope)
				|| !(roundRegion.startsWith(scope) || scope.startsWith(roundRegion))) {
			throw new NotFoundException("verification-line", lineId);
		}
		java.util.List<InvalidInputException.FieldError> errors = new java.util.ArrayList<>();
		if (record.outcome() == null) {
			errors.add(InvalidInputException.FieldError.of("outcome", "projects.verification.outcome.required"));
		}
		if (record.verifiedOn() == null || record.verifiedOn().isAfter(today())) {
			errors.add(InvalidInputException.FieldError.of("verifiedOn", "projects.verification.verifiedOn.range"));
		}
		String findings = Text.blankToNull(record.findings()) == null ? null : Text.printable(record.findings().strip());
		if (record.outcome() == VerificationOutcome.NONCONFORMING && findings == null) {
			errors.add(InvalidInputException.FieldError.of("findings", "projects.verification.findings.required"));
		}
		if (findings != null && findings.length() > 2000) {
			errors.add(InvalidInputException.FieldError.of("findings", "projects.conclusion.long", 2000));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Object before = head.get("outcome");
		this.jdbc.sql("""
				update projects.verification_line set verified_on = :on, outcome = :outcome, findings = :findings,
				    inspector_user_id = :uid, inspector_name = :uname, recorded_at = now()
				where id = :id""")
			.param("on", record.verifiedOn())
			.param("outcome", record.outcome().name())
			.param("findings", findings)
			.param("uid", actor.userId())
			.param("uname", actor.displayName())
			.param("id", lineId)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("outcome", record.outcome().name());
		after.put("verifiedOn", record.verifiedOn().toString());
		after.put("findings", findings == null ? "" : findings);
		this.audit.record(actor, "projects.verification.recorded", AuditTarget.of("verification-line", lineId, projectRegion),
				before == null ? null : Map.of("outcome", before), after);
		return this.jdbc.sql(LINE_COLUMNS + " where l.id = :id").param("id", lineId).query(VerificationService::line).single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VerificationLine> pending(Actor actor, int limit) {
		actor.require(ProjectPermissions.READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return List.of();
		}
		return this.jdbc.sql(LINE_COLUMNS + " where l.outcome is null and l.region_code like :scope || '%' order by r.period, l.round_id, l.seq limit :limit")
			.param("scope", scopeOf(actor))
			.param("limit", limit)
			.query(VerificationService::line)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long pendingCount(Actor actor) {
		actor.require(ProjectPermissions.READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from projects.verification_line l where l.outcome is null and l.region_code like :scope || '%'")
			.param("scope", scopeOf(actor))
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VerificationLine> ofProject(Actor actor, long projectId) {
		actor.require(ProjectPermissions.READ);
		if (actor.scope().kind() != Scope.Kind.REGION) {
			return List.of();
		}
		return this.jdbc.sql(LINE_COLUMNS + " where l.project_id = :p and l.region_code like :scope || '%' order by l.id desc")
			.param("p", projectId)
			.param("scope", scopeOf(actor))
			.query(VerificationService::line)
			.list();
	}

	private static VerificationLine line(ResultSet rs, int n) throws SQLException {
		String cls = rs.getString("hazard_class");
		String outcome = rs.getString("outcome");
		return new VerificationLine(rs.getLong("id"), rs.getLong("round_id"), rs.getInt("seq"), rs.getLong("project_id"),
				rs.getString("name"), rs.getString("employer_name"), rs.getString("region_code"),
				"NONE".equals(cls) ? null : Severity.valueOf(cls), rs.getObject("verified_on", LocalDate.class),
				outcome == null ? null : VerificationOutcome.valueOf(outcome), rs.getString("findings"),
				rs.getString("inspector_name"));
	}

}
