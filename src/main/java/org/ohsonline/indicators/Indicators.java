package org.ohsonline.indicators;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

/**
 * The indicators of the plans, by region, against targets (docs/indicators.md). Figures come from the module's read
 * models only (one row per indicator and employer, kept current by events), never from other modules' tables at
 * request time. Reading needs {@code indicators:figure:read} and a region scope; every region asked for is narrowed
 * to the caller's jurisdiction.
 */
public interface Indicators {

	/** The definitions of the catalog version in force, in the catalog's order. */
	List<IndicatorDefinition> definitions();

	Optional<IndicatorDefinition> definition(String code);

	/**
	 * The figures of a region (the caller's own when {@code region} is blank or wider) and of each division directly
	 * below it; a region outside the caller's jurisdiction is refused as not found.
	 */
	FigureTable figures(Actor actor, String region, int year);

	/**
	 * The employers behind a figure, by name.
	 *
	 * @param which {@code numerator} (all they count is in the numerator), {@code missing} (not all), or anything else
	 * for every employer of the denominator
	 */
	Page<Member> members(Actor actor, String indicatorCode, String region, String which, PageQuery page);

	/** Every employer {@link #members} would page through, for the export. */
	void forEachMember(Actor actor, String indicatorCode, String region, String which, Consumer<Member> consumer);

	/** Month-end figures of an indicator in a region, oldest first (from the daily totals). */
	List<TrendPoint> trend(Actor actor, String indicatorCode, String region);

	/** The targets set for the caller's region, its higher regions and the regions below it, for a year. */
	List<TargetView> targets(Actor actor, int year);

	/**
	 * Sets (or replaces) a target. Needs {@code indicators:target:write} and the region in scope. Refused, with the
	 * reason and nothing changed: an unknown indicator or region, a value outside 0–100, a target looser than that
	 * of a higher region, or one that would leave a lower region's target looser than it.
	 */
	TargetView setTarget(Actor actor, TargetCommand command);

	/**
	 * Sets a batch of targets (a workbook or the API's list): all rows or none. Every row is checked by the rules of
	 * {@link #setTarget} — region in scope, known indicator, year, value 0–100, a basis (the row's own, else
	 * {@code source}) — and by the tightening rule against the targets stored and the other rows of the batch
	 * together (a row may tighten a parent's target set in the same batch, in any order); the same indicator, region
	 * and year twice is refused. Any refusal stores nothing and throws an {@link org.ohsonline.shared.InvalidInputException}
	 * naming every refused row as {@code rows[<row>].<field>}. Each stored target is audited as a single edit is.
	 */
	List<TargetView> importTargets(Actor actor, List<TargetRow> rows, String source);

	/**
	 * Imports figures the platform does not hold (work-injury insurance, warning signs) per county and year, naming
	 * their source. Rows that are valid are taken (replacing an earlier figure of the same county and year); every
	 * other row is reported with its reason: an unknown or counted indicator, an unknown region or one outside the
	 * caller's jurisdiction, a region that is not a county, a numerator above the denominator.
	 */
	ImportResult importFigures(Actor actor, List<ImportRow> rows, String source);

	/**
	 * Recomputes every read model from the modules' facades and reports each difference from what the events had
	 * kept. Needs {@code indicators:readmodel:write}.
	 */
	RebuildReport rebuild(Actor actor);

	/** The latest rebuild, if any. */
	Optional<RebuildReport> lastRebuild(Actor actor);

	/** The boundary map loaded for a region (GeoJSON), if an administrator loaded one. */
	Optional<String> regionMap(Actor actor, String region);

	/** Whether an administrator loaded a boundary map for the region (without reading it). */
	boolean hasRegionMap(Actor actor, String region);

	/**
	 * Loads an approved standard map's GeoJSON for a region (replacing an earlier one), naming its approval. Refused
	 * when the text is not a GeoJSON FeatureCollection. Needs {@code indicators:readmodel:write}.
	 */
	void loadRegionMap(Actor actor, String region, String geojson, String source);

}
