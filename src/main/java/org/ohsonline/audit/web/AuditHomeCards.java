package org.ohsonline.audit.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.ohsonline.audit.AuditQueries;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.web.HomeCard;
import org.ohsonline.shared.web.HomeCard.Line;
import org.ohsonline.shared.web.HomeCard.Urgency;
import org.ohsonline.shared.web.HomeCard.View;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administrator's audit trail: the week's entries and the verification of the chain. */
@Configuration(proxyBeanMethods = false)
class AuditHomeCards {

	private final AuditQueries audit;

	private final Clock clock;

	AuditHomeCards(AuditQueries audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	@Bean
	HomeCard auditCard() {
		return HomeCard.of("audit", "audit.home.title", 90, "audit:chain:verify", Set.of(Scope.Kind.REGION),
				actor -> View.of(
						Line.figure("audit-week", "audit.home.week",
								this.audit.countSince(actor, Instant.now(this.clock).minus(Duration.ofDays(7))), "/audit"),
						Line.item("audit-verify", Urgency.INFO, "audit.home.verify", "/audit/verification")));
	}

}
