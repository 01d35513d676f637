package org.ohsonline.grid.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ohsonline.grid.Appraisal;
import org.ohsonline.grid.AssignedPerson;
import org.ohsonline.grid.GridCommand;
import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridKpis;
import org.ohsonline.grid.GridRole;
import org.ohsonline.grid.GridSummary;
import org.ohsonline.grid.GridView;
import org.ohsonline.grid.Grids;
import org.ohsonline.grid.KpiEmployer;
import org.ohsonline.grid.KpiSheet;
import org.ohsonline.grid.MembershipChange;
import org.ohsonline.grid.Quarter;
import org.ohsonline.shared.Actor;
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
 * Grid supervision over the API, in the token owner's scope: grids, their membership and assignments, the KPIs per
 * grid and quarter with the employers behind them, and a person's appraisal sheet. A grid out of reach is a 404;
 * a quarter is written {@code 2026Q3} (blank: the current one).
 */
@RestController
@RequestMapping("/api/v1/grids")
@Tag(name = "Grid supervision", description = "Grids (网格) of a county, their employers and assigned persons, quarterly KPIs and appraisal sheets")
class GridsApi {

	private final Grids grids;

	private final GridKpis kpis;

	GridsApi(Grids grids, GridKpis kpis) {
		this.grids = grids;
		this.kpis = kpis;
	}

	@Schema(name = "GridEmployerInput", description = "An employer to add by unified social credit code, from a day on (blank: today)")
	record EmployerInput(String creditCode, LocalDate from) {
	}

	@Schema(name = "GridTownshipInput", description = "A township (9-digit code of the grid's county) to add, from a day on")
	record TownshipInput(String townshipCode, LocalDate from) {
	}

	@Schema(name = "GridAssignmentInput", description = "A person to assign in a role from a day on (blank: today)")
	record AssignmentInput(Long userId, GridRole role, LocalDate from) {
	}

	private static Quarter quarter(String text) {
		return Quarter.parse(text, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
	}

	@GetMapping
	@Operation(summary = "Grids in the caller's reach (a grid assistant: the grids assigned to them)")
	Page<GridSummary> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String region, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.grids.search(actor, new GridFilter(q, region, sort), PageQuery.of(page, size));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Draw a grid from townships and/or employers; employers another grid holds are listed, not taken")
	MembershipChange create(Actor actor, @RequestBody GridCommand command) {
		return this.grids.create(actor, command);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A grid with its townships, membership and assignments (with their dates)")
	GridView find(Actor actor, @PathVariable long id) {
		return this.grids.find(actor, id);
	}

	@PostMapping("/{id}/townships")
	@Operation(summary = "Add a township and its employers not held by another grid of the county")
	MembershipChange addTownship(Actor actor, @PathVariable long id, @RequestBody TownshipInput input) {
		return this.grids.addTownship(actor, id, input.townshipCode(), input.from());
	}

	@PostMapping("/{id}/employers")
	@Operation(summary = "Add an employer of the grid's county; refused with the holder's name when another grid holds it")
	MembershipChange addEmployer(Actor actor, @PathVariable long id, @RequestBody EmployerInput input) {
		return this.grids.addEmployer(actor, id, input.creditCode(), input.from());
	}

	@PostMapping("/{id}/assignments")
	@Operation(summary = "Assign an inspector or grid assistant whose scope covers the grid")
	GridView assign(Actor actor, @PathVariable long id, @RequestBody AssignmentInput input) {
		// A missing person is refused by the facade after its permission check (0 is nobody).
		return this.grids.assign(actor, id, input.userId() == null ? 0 : input.userId(), input.role(), input.from());
	}

	@GetMapping("/{id}/kpis")
	@Operation(summary = "The grid's KPIs for a quarter, with numerators, denominators, points and the catalog edition")
	KpiSheet kpis(Actor actor, @PathVariable long id, @RequestParam(required = false) String quarter) {
		return this.kpis.ofGrid(actor, id, quarter(quarter));
	}

	@GetMapping("/{id}/kpis/employers")
	@Operation(summary = "The grid's employers in the quarter with their figures (the lists behind each KPI)")
	List<KpiEmployer> employers(Actor actor, @PathVariable long id, @RequestParam(required = false) String quarter) {
		return this.kpis.employersOfGrid(actor, id, quarter(quarter));
	}

	@GetMapping("/appraisals")
	@Operation(summary = "Persons assigned to grids in reach on the quarter's reference day (oneself only without grid:appraisal:read)")
	List<AssignedPerson> persons(Actor actor, @RequestParam(required = false) String quarter) {
		return this.kpis.assignedPersons(actor, quarter(quarter));
	}

	@GetMapping("/appraisals/{userId}")
	@Operation(summary = "A person's quarterly appraisal sheet: grids held, KPIs, points and score")
	Appraisal appraisal(Actor actor, @PathVariable long userId, @RequestParam(required = false) String quarter) {
		return this.kpis.appraisal(actor, userId, quarter(quarter));
	}

}
