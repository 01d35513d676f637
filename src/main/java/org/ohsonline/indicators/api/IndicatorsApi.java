package org.ohsonline.indicators.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.ImportResult;
import org.ohsonline.indicators.ImportRow;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Member;
import org.ohsonline.indicators.RebuildReport;
import org.ohsonline.indicators.TargetCommand;
import org.ohsonline.indicators.TargetView;
import org.ohsonline.indicators.TrendPoint;
import org.ohsonline.indicators.internal.IndicatorPermissions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The indicators over the API, in the token owner's jurisdiction: definitions, figures of a region and the divisions
 * below it (numerator and denominator with every rate), the employers behind a figure, trends, targets (set with the
 * tightening rule), imports of figures the platform does not hold, and the rebuild. A region outside the
 * jurisdiction is a 404; refused input a 400 problem naming each field and reason.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators", description = "Indicators by region against targets: definitions, figures, employers behind each figure, targets, imports, rebuild")
class IndicatorsApi {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Indicators indicators;

	IndicatorsApi(Indicators indicators) {
		this.indicators = indicators;
	}

	@Schema(name = "IndicatorImport", description = "Figures per county and year with their named source")
	record ImportRequest(String source, List<ImportRow> rows) {
	}

	@GetMapping("/definitions")
	@Operation(summary = "The indicator definitions in force: population, numerator, denominator, unit, source, plan target")
	List<IndicatorDefinition> definitions(Actor actor) {
		actor.require(IndicatorPermissions.FIGURE_READ);
		return this.indicators.definitions();
	}

	@GetMapping("/figures")
	@Operation(summary = "The figures of a region (the caller's own by default) and of each division directly below it, against the targets of the year")
	FigureTable figures(Actor actor, @RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		return this.indicators.figures(actor, region, year == null ? LocalDate.now(ZONE).getYear() : year);
	}

	@GetMapping("/figures/{code}/members")
	@Operation(summary = "The employers behind a figure: which=numerator, missing, or all")
	Page<Member> members(Actor actor, @PathVariable String code, @RequestParam(required = false) String region,
			@RequestParam(required = false) String which, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.indicators.members(actor, code, region, which, PageQuery.of(page, size));
	}

	@GetMapping("/figures/{code}/trend")
	@Operation(summary = "Month-end figures of an indicator in a region, oldest first")
	List<TrendPoint> trend(Actor actor, @PathVariable String code, @RequestParam(required = false) String region) {
		return this.indicators.trend(actor, code, region);
	}

	@GetMapping("/targets")
	@Operation(summary = "Targets of a year set for the caller's region, the regions above it and those below it")
	List<TargetView> targets(Actor actor, @RequestParam(required = false) Integer year) {
		return this.indicators.targets(actor, year == null ? LocalDate.now(ZONE).getYear() : year);
	}

	@PostMapping("/targets")
	@Operation(summary = "Set a target of a region in scope; refused when looser than a higher region's or when it would leave a lower region's looser")
	TargetView setTarget(Actor actor, @RequestBody TargetCommand command) {
		return this.indicators.setTarget(actor, command);
	}

	@Schema(name = "IndicatorTargetImport", description = "Targets to set together: all rows or none; a row's basis (source) defaults to the batch's")
	record TargetImportRequest(String source, List<org.ohsonline.indicators.TargetRow> rows) {
	}

	@PostMapping("/targets/import")
	@Operation(summary = "Set several targets in one transaction, all or none: each row is checked as a single target and by the tightening rule against the stored targets and the other rows (a parent's target in the same batch counts); 400 names every refused row as rows[n].field and stores nothing")
	List<TargetView> importTargets(Actor actor, @RequestBody(required = false) TargetImportRequest request) {
		return this.indicators.importTargets(actor, request == null ? null : request.rows(),
				request == null ? null : request.source());
	}

	@PostMapping("/imports")
	@Operation(summary = "Import figures the platform does not hold per county and year; each refused row is reported with its reason")
	ImportResult importFigures(Actor actor, @RequestBody ImportRequest request) {
		return this.indicators.importFigures(actor, request.rows(), request.source());
	}

	@PostMapping("/rebuild")
	@ResponseStatus(HttpStatus.OK)
	@Operation(summary = "Recompute every read model from the modules' data and report the differences (administrators)")
	RebuildReport rebuild(Actor actor) {
		return this.indicators.rebuild(actor);
	}

	@GetMapping("/rebuild")
	@Operation(summary = "The latest rebuild's report")
	RebuildReport lastRebuild(Actor actor) {
		return this.indicators.lastRebuild(actor).orElseThrow(() -> new NotFoundException("indicator-rebuild", "latest"));
	}

}
