package org.ohsonline.reference.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.Catalogs;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Breakdown;
import org.ohsonline.shared.web.HomeCard.Label;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** The administrator's catalogs: which have no version in force, and the entries of each edition. */
@Configuration(proxyBeanMethods = false)
class ReferenceHomeCards {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Catalogs catalogs;

	private final Clock clock;

	private final org.ohsonline.reference.CatalogTexts texts;

	ReferenceHomeCards(Catalogs catalogs, Clock clock, org.ohsonline.reference.CatalogTexts texts) {
		this.catalogs = catalogs;
		this.clock = clock;
		this.texts = texts;
	}

	@Bean
	HomeCard catalogsCard() {
		return HomeCard.of("catalogs", "reference.home.title", 80, "reference:catalog:write", Set.of(Scope.Kind.REGION),
				actor -> {
					LocalDate today = LocalDate.now(this.clock.withZone(ZONE));
					boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
					List<Breakdown.Row> rows = this.catalogs.catalogs().stream().map(c -> {
						Optional<CatalogVersion> inForce = this.catalogs.versionInForce(c.code(), today);
						String name = english ? c.nameEn() : c.nameZh();
						return new Breakdown.Row(Label.text(inForce.map(v -> name + " · " + this.texts.edition(c.code(), v.edition())).orElse(name)),
								inForce.map(v -> (long) v.entryCount()).orElse(0L), "/catalogs/" + c.code());
					}).toList();
					long missing = rows.stream().filter(r -> r.count() == 0).count();
					return View.of(Line.count("catalogs-missing", "reference.home.missing", missing, "/catalogs",
							Urgency.TO_DO))
						.withBreakdowns(List.of(new Breakdown("in-force", "reference.home.inForce", "reference.home.catalog",
								rows)));
				});
	}

}
