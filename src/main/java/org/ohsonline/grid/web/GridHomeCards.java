package org.ohsonline.grid.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.grid.GridFilter;
import org.ohsonline.grid.GridSummary;
import org.ohsonline.grid.Grids;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 我的网格 on a grid assistant's home page (someone who reads only the grids assigned to them): how many grids and
 * employers they hold today, and each grid with its employers.
 */
@Configuration(proxyBeanMethods = false)
class GridHomeCards {

	private final Grids grids;

	GridHomeCards(Grids grids) {
		this.grids = grids;
	}

	@Bean
	HomeCard gridsAssignedCard() {
		return HomeCard.of("grid-mine", "grid.home.mine", 88, "grid:assigned:read", Set.of(Scope.Kind.REGION), this::view)
			.when(actor -> !actor.can("grid:grid:read"));
	}

	private View view(Actor actor) {
		List<GridSummary> mine = this.grids.search(actor, GridFilter.none(), PageQuery.of(1, 20)).items();
		List<Line> lines = new ArrayList<>();
		lines.add(Line.figure("grid-mine-grids", "grid.home.grids", mine.size(), "/grids"));
		lines.add(Line.figure("grid-mine-employers", "grid.home.employers",
				mine.stream().mapToLong(GridSummary::members).sum(), "/grids"));
		for (GridSummary g : mine) {
			lines.add(Line.item("grid-mine-" + g.id(), HomeCard.Urgency.INFO, "grid.home.grid", "/grids/" + g.id(),
					Label.text(g.name()), Label.text(Integer.toString(g.members()))));
		}
		return View.of(lines);
	}

}
