package org.ohsonline.indicators.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Member;
import org.ohsonline.indicators.RebuildReport;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.indicators.TargetView;
import org.ohsonline.indicators.TrendPoint;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.RegionCode;
import org.ohsonline.shared.Scope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facade: every read narrowed to the caller's region scope, every write checked, audited in its transaction.
 * Imports and boundary maps are in {@link ImportService}.
 */
@Service
class IndicatorService implements Indicators {

	private final DefinitionCatalog definitions;

	private final FigureReads reads;

	private final MembershipStore store;

	private final TargetStore targets;

	private final ReadModel readModel;

	private final ImportService imports;

	private final Divisions divisions;

	private final AuditTrail audit;

	private final Clock clock;

	private final FigureCache cache;

	IndicatorService(DefinitionCatalog definitions, FigureReads reads, MembershipStore store, TargetStore targets,
			ReadModel readModel, ImportService imports, Divisions divisions, AuditTrail audit, Clock clock,
			FigureCache cache) {
		this.cache = cache;
		this.definitions = definitions;
		this.reads = reads;
		this.store = store;
		this.targets = targets;
		this.readModel = readModel;
		this.imports = imports;
		this.divisions = divisions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public List<IndicatorDefinition> definitions() {
		return this.definitions.inForce();
	}

	@Override
	public Optional<IndicatorDefinition> definition(String code) {
		return definitions().stream().filter(d -> d.code().equals(code)).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public FigureTable figures(Actor actor, String region, int year) {
		String prefix = prefix(actor, region);
		int checked = checkedYear(year);
		List<IndicatorDefinition> definitions = definitions();
		// Narrowed to the caller's region first: the cache is keyed by the region they may see.
		return this.cache.table(prefix, checked, definitions, () -> this.reads.table(prefix, checked, definitions));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Member> members(Actor actor, String indicatorCode, String region, String which, PageQuery page) {
		String prefix = prefix(actor, region);
		return this.store.members(known(indicatorCode).code(), prefix, which(which), page);
	}

	@Override
	@Transactional(readOnly = true)
	public void forEachMember(Actor actor, String indicatorCode, String region, String which,
			Consumer<Member> consumer) {
		String prefix = prefix(actor, region);
		this.store.forEachMember(known(indicatorCode).code(), prefix, which(which), consumer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TrendPoint> trend(Actor actor, String indicatorCode, String region) {
		String prefix = prefix(actor, region);
		return this.reads.trend(known(indicatorCode).code(), prefix);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TargetView> targets(Actor actor, int year) {
		return this.targets.related(prefix(actor, null), checkedYear(year));
	}

	@Override
	@Transactional
	public TargetView setTarget(Actor actor, TargetCommand command) {
		actor.require(IndicatorPermissions.TARGET_WRITE);
		regionScope(actor);
		List<FieldError> errors = checkTarget(actor, command, "");
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		String code = command.indicatorCode().trim();
		String region = command.regionCode().trim();
		this.targets.lock(code, command.year());
		List<TargetRules.Existing> others = this.targets.forYear(command.year())
			.getOrDefault(code, List.of())
			.stream()
			.filter(t -> !t.regionCode().equals(region))
			.toList();
		TargetRules.check(region, command.value(), others).ifPresent(e -> {
			throw new InvalidInputException(List.of(e));
		});
		return store(actor, code, region, command.year(), command.value(), command.source().trim());
	}

	/** Upper bound of a batch of targets: far above regions × indicators of a province, below a runaway file. */
	static final int MAX_TARGET_ROWS = 5_000;

	@Override
	@Transactional
	public List<TargetView> importTargets(Actor actor, List<org.ohsonline.indicators.TargetRow> rows, String source) {
		actor.require(IndicatorPermissions.TARGET_WRITE);
		regionScope(actor);
		if (rows == null || rows.isEmpty()) {
			throw InvalidInputException.of("rows", "indicators.targets.import.empty");
		}
		if (rows.size() > MAX_TARGET_ROWS) {
			throw InvalidInputException.of("rows", "indicators.targets.import.tooMany", MAX_TARGET_ROWS);
		}
		String batchSource = source == null ? "" : source.trim();
		List<FieldError> errors = new ArrayList<>();
		List<Accepted> accepted = new ArrayList<>();
		Map<String, Integer> seen = new java.util.HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			org.ohsonline.indicators.TargetRow row = rows.get(i);
			int number = row.row() == null ? i + 1 : row.row();
			String own = row.source() == null ? "" : row.source().trim();
			TargetCommand command = new TargetCommand(row.indicatorCode(), row.regionCode(), row.year(), row.value(),
					own.isEmpty() ? batchSource : own);
			List<FieldError> rowErrors = checkTarget(actor, command, "rows[" + number + "].");
			if (!rowErrors.isEmpty()) {
				errors.addAll(rowErrors);
				continue;
			}
			String key = command.indicatorCode().trim() + " " + command.regionCode().trim() + " " + command.year();
			Integer first = seen.putIfAbsent(key, number);
			if (first != null) {
				errors.add(FieldError.of("rows[" + number + "].regionCode", "indicators.targets.import.twice", first));
				continue;
			}
			accepted.add(new Accepted(number, command.indicatorCode().trim(), command.regionCode().trim(),
					command.year(), command.value(), command.source().trim()));
		}
		// The tightening rule per indicator and year, against what would stand after the batch: the stored targets
		// with the batch's rows in their places. Each row is checked against all the others, so the order of the rows
		// does not matter and a county may tighten a province target set in the same file.
		Map<String, List<Accepted>> groups = new java.util.TreeMap<>();
		accepted.forEach(a -> groups.computeIfAbsent(a.code() + " " + a.year(), k -> new ArrayList<>()).add(a));
		for (List<Accepted> group : groups.values()) {
			String code = group.get(0).code();
			int year = group.get(0).year();
			this.targets.lock(code, year);
			Map<String, BigDecimal> after = new java.util.TreeMap<>();
			this.targets.forYear(year).getOrDefault(code, List.of()).forEach(t -> after.put(t.regionCode(), t.value()));
			group.forEach(a -> after.put(a.region(), a.value()));
			for (Accepted a : group) {
				List<TargetRules.Existing> others = after.entrySet()
					.stream()
					.filter(e -> !e.getKey().equals(a.region()))
					.map(e -> new TargetRules.Existing(e.getKey(), e.getValue()))
					.toList();
				TargetRules.check(a.region(), a.value(), others)
					.ifPresent(e -> errors.add(new FieldError("rows[" + a.row() + "]." + e.field(), e.code(), e.arguments())));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(IndicatorService::rowOf));
			throw new InvalidInputException(errors);
		}
		List<TargetView> saved = new ArrayList<>();
		for (Accepted a : accepted) {
			saved.add(store(actor, a.code(), a.region(), a.year(), a.value(), a.source()));
		}
		return saved;
	}

	/** A batch row that passed the checks of a single edit. */
	private record Accepted(int row, String code, String region, int year, BigDecimal value, String source) {
	}

	private static int rowOf(FieldError e) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows\\[(\\d+)].*").matcher(e.field() == null ? "" : e.field());
		return m.matches() ? Integer.parseInt(m.group(1)) : 0;
	}

	/** The checks of one target before the tightening rule, each error's field prefixed (a batch's row). */
	private List<FieldError> checkTarget(Actor actor, TargetCommand command, String at) {
		List<FieldError> errors = new ArrayList<>();
		String code = command.indicatorCode() == null ? "" : command.indicatorCode().trim();
		if (definition(code).isEmpty()) {
			errors.add(FieldError.of(at + "indicatorCode", "indicators.indicator.unknown", code));
		}
		String region = command.regionCode() == null ? "" : command.regionCode().trim();
		if (!RegionCode.isValid(region) || region.length() > 6 || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of(at + "regionCode", "indicators.target.regionInvalid", region));
		}
		else if (!actor.scope().coversRegion(region)) {
			errors.add(FieldError.of(at + "regionCode", "indicators.region.outside", region));
		}
		if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
			errors.add(FieldError.of(at + "year", "indicators.year.invalid"));
		}
		BigDecimal value = command.value();
		if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("100")) > 0 || value.scale() > 2) {
			errors.add(FieldError.of(at + "value", "indicators.target.valueInvalid"));
		}
		String source = command.source() == null ? "" : command.source().trim();
		if (source.isEmpty() || source.length() > 300) {
			errors.add(FieldError.of(at + "source", "indicators.target.sourceMissing"));
		}
		return errors;
	}

	/** Stores a checked target and audits it in the caller's transaction. */
	private TargetView store(Actor actor, String code, String region, int year, BigDecimal value, String source) {
		Optional<TargetView> before = this.targets.find(code, region, year);
		TargetView saved = this.targets.upsert(code, region, year, value, source, actor.username(),
				this.clock.instant());
		this.cache.invalidate();
		this.audit.record(actor, before.isPresent() ? "indicators.target.changed" : "indicators.target.set",
				AuditTarget.of("indicator-target", saved.id(), region), before.map(IndicatorService::auditFields).orElse(null),
				auditFields(saved));
		return saved;
	}

	private static Map<String, Object> auditFields(TargetView t) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("indicator", t.indicatorCode());
		fields.put("region", t.regionCode());
		fields.put("year", t.year());
		fields.put("value", t.value().toPlainString());
		fields.put("source", t.source());
		return fields;
	}

	@Override
	public org.ohsonline.indicators.ImportResult importFigures(Actor actor, List<org.ohsonline.indicators.ImportRow> rows,
			String source) {
		actor.require(IndicatorPermissions.IMPORT_WRITE);
		regionScope(actor);
		org.ohsonline.indicators.ImportResult result = this.imports.importFigures(actor, rows, source, definitions());
		// After the import's own transaction: the imported figures are part of the tables.
		this.cache.invalidate();
		return result;
	}

	@Override
	public RebuildReport rebuild(Actor actor) {
		actor.require(IndicatorPermissions.READMODEL_WRITE);
		RebuildReport report = this.readModel.rebuild(actor.username());
		this.imports.auditRebuild(actor, report);
		return report;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RebuildReport> lastRebuild(Actor actor) {
		actor.require(IndicatorPermissions.FIGURE_READ);
		return this.readModel.lastRebuild();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> regionMap(Actor actor, String region) {
		return this.imports.regionMap(prefix(actor, region));
	}

	@Override
	public boolean hasRegionMap(Actor actor, String region) {
		return this.imports.hasRegionMap(prefix(actor, region));
	}

	@Override
	public void loadRegionMap(Actor actor, String region, String geojson, String source) {
		actor.require(IndicatorPermissions.READMODEL_WRITE);
		String prefix = prefix(actor, region);
		this.imports.loadRegionMap(actor, prefix, geojson, source);
	}

	/** The region a reading caller may see: the requested one inside their scope, their own when none is asked. */
	private String prefix(Actor actor, String region) {
		return regionFor(actor, region);
	}

	/** {@link #prefix}, shared with the snapshots so both narrow a region the same way. */
	static String regionFor(Actor actor, String region) {
		actor.require(IndicatorPermissions.FIGURE_READ);
		regionScope(actor);
		String requested = region == null ? "" : region.trim();
		if (!requested.isEmpty() && !RegionCode.isValid(requested)) {
			throw InvalidInputException.of("region", "indicators.region.invalid", requested);
		}
		if (!requested.isEmpty() && !requested.startsWith(actor.scope().value())) {
			// Outside the jurisdiction (or wider than it): answered as for a region the caller cannot know.
			if (actor.scope().value().startsWith(requested)) {
				return actor.scope().value();
			}
			throw new NotFoundException("region", requested);
		}
		return actor.scope().narrowRegion(requested).orElseThrow(() -> new NotFoundException("region", requested));
	}

	private static void regionScope(Actor actor) {
		if (actor.scope().kind() != Scope.Kind.REGION) {
			throw new AccessDeniedException(IndicatorPermissions.FIGURE_READ);
		}
	}

	private IndicatorDefinition known(String code) {
		return definition(code == null ? "" : code).orElseThrow(() -> new NotFoundException("indicator", code));
	}

	private static String which(String which) {
		return "numerator".equals(which) || "missing".equals(which) ? which : null;
	}

	private int checkedYear(int year) {
		if (year < 2000 || year > 2100) {
			throw InvalidInputException.of("year", "indicators.year.invalid");
		}
		return year;
	}

	int currentYear() {
		return LocalDate.now(this.clock.withZone(IndicatorZone.ZONE)).getYear();
	}

}
