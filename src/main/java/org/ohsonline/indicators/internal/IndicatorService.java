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
		List<FieldError> errors = new ArrayList<>();
		IndicatorDefinition definition = command.indicatorCode() == null ? null
				: definition(command.indicatorCode()).orElse(null);
		if (definition == null) {
			errors.add(FieldError.of("indicatorCode", "indicators.indicator.unknown",
					command.indicatorCode() == null ? "" : command.indicatorCode()));
		}
		String region = command.regionCode() == null ? "" : command.regionCode().trim();
		if (!RegionCode.isValid(region) || region.length() > 6 || this.divisions.find(region).isEmpty()) {
			errors.add(FieldError.of("regionCode", "indicators.target.regionInvalid", region));
		}
		else if (!actor.scope().coversRegion(region)) {
			errors.add(FieldError.of("regionCode", "indicators.region.outside", region));
		}
		if (command.year() == null || command.year() < 2000 || command.year() > 2100) {
			errors.add(FieldError.of("year", "indicators.year.invalid"));
		}
		BigDecimal value = command.value();
		if (value == null || value.signum() < 0 || value.compareTo(new BigDecimal("100")) > 0 || value.scale() > 2) {
			errors.add(FieldError.of("value", "indicators.target.valueInvalid"));
		}
		String source = command.source() == null ? "" : command.source().trim();
		if (source.isEmpty() || source.length() > 300) {
			errors.add(FieldError.of("source", "indicators.target.sourceMissing"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.targets.lock(definition.code(), command.year());
		List<TargetRules.Existing> others = this.targets.forYear(command.year())
			.getOrDefault(definition.code(), List.of())
			.stream()
			.filter(t -> !t.regionCode().equals(region))
			.toList();
		TargetRules.check(region, value, others).ifPresent(e -> {
			throw new InvalidInputException(List.of(e));
		});
		Optional<TargetView> before = this.targets.find(definition.code(), region, command.year());
		TargetView saved = this.targets.upsert(definition.code(), region, command.year(), value, source,
				actor.username(), this.clock.instant());
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
