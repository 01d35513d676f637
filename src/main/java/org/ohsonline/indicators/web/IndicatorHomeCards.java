package org.ohsonline.indicators.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.FigureTable;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.Indicators;
import org.ohsonline.indicators.Rating;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The supervisors' home card: how many indicators of their jurisdiction are below target this year, and the
 * red and amber ones with numerator, denominator and rate — read from the module's read model (a few statements).
 */
@Configuration(proxyBeanMethods = false)
class IndicatorHomeCards {

	private final Indicators indicators;

	IndicatorHomeCards(Indicators indicators) {
		this.indicators = indicators;
	}

	@Bean
	HomeCard indicatorsCard() {
		return HomeCard.of("indicators", "indicators.home.title", 72, "indicators:figure:read", Set.of(Scope.Kind.REGION),
				this::view);
	}

	private View view(Actor actor) {
		FigureTable table = this.indicators.figures(actor, null, LocalDate.now(IndicatorPageController.ZONE).getYear());
		List<Line> lines = new ArrayList<>();
		long red = table.figures().values().stream().filter(f -> f.rating() == Rating.RED).count();
		lines.add(Line.count("indicators-red", "indicators.home.red", red, "/indicators",
				red > 0 ? Urgency.OVERDUE : Urgency.NONE));
		for (IndicatorDefinition d : table.definitions()) {
			Figure f = table.figure(d.code());
			if (f != null && (f.rating() == Rating.RED || f.rating() == Rating.AMBER) && lines.size() < 5) {
				lines.add(Line.item("indicator-" + d.code(), f.rating() == Rating.RED ? Urgency.OVERDUE : Urgency.DUE_SOON,
						"indicators.home.line", "/indicators?indicator=" + d.code(), Label.text(d.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())),
						Label.text(f.numerator() + "/" + f.denominator() + " · " + f.percent() + "%")));
			}
		}
		return View.of(lines);
	}

}
